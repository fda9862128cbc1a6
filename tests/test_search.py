"""Static search: the build indexes articles, actor profiles and pages (Pagefind) as it renders them."""

from __future__ import annotations

import ctypes
import gzip
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest

from generator.build import BuildOptions, build
from generator.diagnostics import ContentError, Diagnostics
from generator.search import Document, SearchIndexError, indexer, make_index, site_documents, site_index, write_index
from tests.browser_driver import require_tools, run_in_page, serve_folder
from tests.conftest import build_errors, build_site, page

SITE = {
    "content/actors/zelda-quorum.md": "---\nname: Zelda Quorum\n---\nA diplomat.\n",
    "content/articles/story.md": "---\ntitle: A story\ndate: 2024-11-10\n---\nZelda Quorum spoke.\n",
    "content/pages/about.md": "---\ntitle: About us\n---\nWe explain the quillwort treaty.\n",
}
NO_SEARCH = "title: Test explainers\nbase_url: https://example.org/news/\nsearch: false\n"


def fragments(bundle: Path) -> dict[str, dict[str, object]]:
    """The indexed pages, by URL: Pagefind's fragment files are gzipped ``pagefind_dcd`` + JSON."""
    found = {}
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        fragment = json.loads(data.removeprefix(b"pagefind_dcd"))
        found[fragment["url"]] = fragment
    return found


def test_build_writes_the_pagefind_bundle_and_a_search_page(make_site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_site(make_site(SITE), out=out)
    assert (out / "pagefind" / "pagefind.js").is_file()
    assert (out / "pagefind" / "pagefind-ui.js").is_file()
    assert list((out / "pagefind" / "index").glob("*.pf_index"))
    assert len(list((out / "pagefind" / "fragment").glob("*.pf_fragment"))) == 3  # the article, actor and page
    doc = page(out, "search/")
    scripts = [s.get("src") for s in doc.xpath("//script[@src]")]
    assert "../pagefind/pagefind-ui.js" in scripts
    assert "../pagefind/pagefind-ui.css" in doc.xpath("//link[@rel='stylesheet']/@href")
    assert "needs JavaScript" in doc.xpath("string(//noscript)")
    assert "search/" in page(out, "").xpath("//nav[@aria-label='Main']//a/@href")


def test_only_articles_actors_and_pages_are_indexed(make_site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_site(make_site(SITE), out=out)
    for url in ("articles/story/", "actors/zelda-quorum/", "pages/about/"):
        assert page(out, url).xpath("//*[@data-pagefind-body]"), url
    found = fragments(out / "pagefind")
    assert sorted(found) == ["/actors/zelda-quorum/", "/articles/story/", "/pages/about/"]
    assert found["/pages/about/"]["meta"]["title"] == "About us"
    assert "quillwort treaty" in found["/pages/about/"]["content"]
    assert "Zelda Quorum spoke." in found["/articles/story/"]["content"]
    for url in ("", "timeline/", "actors/", "search/"):
        assert not page(out, url).xpath("//*[@data-pagefind-body]"), url


def test_search_false_builds_no_index_page_or_link(make_site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_site(make_site({**SITE, "site.yaml": NO_SEARCH}), out=out)
    assert not (out / "pagefind").exists()
    assert not (out / "search").exists()
    assert not any("search" in href for href in page(out, "").xpath("//a/@href"))


def test_check_does_not_run_pagefind(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail() -> None:
        raise AssertionError("pagefind ran")

    monkeypatch.setattr(indexer, "pagefind_binary", fail)
    build(BuildOptions(site_root=make_site(SITE), write=False), Diagnostics())


def test_a_failing_pagefind_is_a_clear_error_and_keeps_the_old_output(make_site, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    root, out = make_site(SITE), tmp_path / "out"
    build_site(root, out=out)
    before = (out / "index.html").read_bytes()
    failing = fake_pagefind(tmp_path, "sys.stderr.write('Error: index exploded\\n'); sys.exit(3)")
    monkeypatch.setattr(indexer, "pagefind_binary", lambda: failing)
    errors = build_errors(root, out=out)
    assert errors == ["site.yaml:1:1: error: search: Pagefind failed to index the site: the Pagefind service "
                      "stopped: Error: index exploded (set search: false in site.yaml to build without search)"]
    assert (out / "index.html").read_bytes() == before
    assert not list(tmp_path.glob(".out.staging-*"))


def test_missing_pagefind_says_how_to_install_it(make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexer, "pagefind_binary", lambda: None)
    errors = build_errors(make_site(SITE), out=tmp_path / "out")
    assert errors == ["site.yaml:1:1: error: search: true in site.yaml needs Pagefind: "
                      "pip install 'pagefind[extended]' (or set search: false)"]


def test_two_builds_are_byte_identical_including_the_index(make_site, tmp_path: Path) -> None:
    root = make_site(SITE)
    build_site(root, out=tmp_path / "one")
    build_site(root, out=tmp_path / "two")
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert one == two


def _lists_in_creation_order(folder: Path) -> bool:
    probe = folder / "probe"
    probe.mkdir()
    for name in ("b", "a", "c"):
        (probe / name).touch()
    listed = os.listdir(probe)
    shutil.rmtree(probe)
    return listed != sorted(listed)


@pytest.fixture
def ram_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on tmpfs, which lists entries in the order they were made."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or not os.access(shm, os.W_OK):
        pytest.skip("no /dev/shm here")
    folder = Path(tempfile.mkdtemp(dir=shm))
    try:
        if not _lists_in_creation_order(folder):
            pytest.skip("/dev/shm lists entries by name already")
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_index_is_the_same_when_pages_are_written_in_another_order(make_site, ram_folder: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.build import BuildOptions, build
    from generator.diagnostics import Diagnostics
    from generator.parallel import ForkExecutor

    root = make_site({**SITE, **{f"content/articles/story-{n}.md": SITE["content/articles/story.md"]
                                 for n in range(12)}})
    trees = []
    for name in ("one", "two", "three"):  # two processes: pages come back in varying order
        build(BuildOptions(site_root=root, out=ram_folder / name), Diagnostics(),
              executor=ForkExecutor(2, min_items=1))
        out = ram_folder / name
        trees.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert trees[0] == trees[1] == trees[2]

def test_a_failed_index_keeps_the_old_output_when_pagefind_goes_missing(make_site, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    root, out = make_site(SITE), tmp_path / "out"
    build_site(root, out=out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    monkeypatch.setattr(indexer, "pagefind_binary", lambda: None)
    assert build_errors(root, out=out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    names = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in names if not n.startswith(".")] == ["out", "site"]
    assert len([n for n in names if n.startswith(".out.site-")]) == 1  # no staging folder left


def test_the_documents_hold_what_readers_search_and_not_the_page_around_it(make_site) -> None:
    from generator.build import BuildOptions, build

    site = {**SITE, "content/articles/story.md": (
        "---\ntitle: A story\ndate: 2024-11-10\nsummary: The quillwort talks stall.\nactors: [zelda-quorum]\n"
        "timeline:\n  - date: 2024-11-09\n    title: Envoys meet in Tarn\n---\n## Why it matters\n\n"
        "Zelda Quorum spoke.\n")}
    result = build(BuildOptions(site_root=make_site(site), write=False), Diagnostics())
    docs = {doc.url: doc for doc in site_documents(result.site, "en")}
    assert list(docs) == ["/actors/zelda-quorum/", "/articles/story/", "/pages/about/"]
    article = lxml.html.fromstring(docs["/articles/story/"].html)
    assert article.get("lang") == "en"
    assert article.xpath("//main/@data-pagefind-body") == [""]
    assert article.xpath("string(//h1)") == "A story"
    assert "The quillwort talks stall." in article.text_content()
    assert article.xpath("//div[@data-pagefind-weight='2']//h2[@id]/text()") == ["Why it matters"]
    assert "Envoys meet in Tarn" in article.text_content()
    assert "Key actors" not in article.text_content() and "Menu" not in article.text_content()
    actor = lxml.html.fromstring(docs["/actors/zelda-quorum/"].html)
    assert actor.xpath("string(//h1)") == "Zelda Quorum" and "A diplomat." in actor.text_content()
    assert "A story" not in actor.text_content()  # the list of explainers naming it is the articles' words


def test_untrusted_titles_are_escaped_in_the_documents() -> None:
    from generator.dates import parse_date
    from generator.diagnostics import Location
    from generator.model import Article, Site

    where = Location("content/articles/x.md")
    site = Site(articles={"x": Article(slug="x", title="<script>alert(1)</script>", date=parse_date("2024"),
                                       where=where, summary="A & B </main>")})
    doc = site_documents(site, "en")[0]
    assert "<script>" not in doc.html and "&lt;script&gt;" in doc.html
    assert lxml.html.fromstring(doc.html).xpath("string(//main/p)") == "A & B </main>"


def pagefind_services() -> set[int]:
    """The process ids of the Pagefind services this test process started, directly or not, still running.

    A process whose parent ended is handed to this one (a child subreaper), so it still counts.
    """
    if not sys.platform.startswith("linux"):
        pytest.skip("processes are looked up in /proc")
    ctypes.CDLL(None, use_errno=True).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER
    parents: dict[int, int] = {}
    services = set()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            command = (proc / "cmdline").read_bytes().split(b"\0")
            fields = (proc / "stat").read_text().rsplit(") ", 1)[-1].split()
        except OSError:
            continue
        parents[int(proc.name)] = int(fields[1])
        if fields[0] not in "ZX" and b"pagefind" in command[0] and b"--service" in command:
            services.add(int(proc.name))

    def ours(pid: int) -> bool:
        while pid > 1:
            pid = parents.get(pid, 0)
            if pid == os.getpid():
                return True
        return False

    return {pid for pid in services if ours(pid)}


def test_a_build_leaves_no_pagefind_process(make_site, tmp_path: Path) -> None:
    before = pagefind_services()
    build_site(make_site(SITE), out=tmp_path / "out")
    assert pagefind_services() - before == set()


def test_a_build_that_fails_while_rendering_stops_pagefind_and_keeps_the_old_output(
        make_site, tmp_path: Path) -> None:
    root, out = make_site(SITE), tmp_path / "out"
    running = pagefind_services()
    build_site(root, out=out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (root / "layouts").mkdir()
    (root / "layouts" / "page.html").write_text('{% extends "base.html" %}{% block main %}{{ nope() }}{% endblock %}')
    errors = build_errors(root, out=out)
    assert len(errors) == 1 and "template error while rendering pages/about/index.html" in errors[0], errors
    assert pagefind_services() - running == set()
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


# --- the indexer on its own

ANSWERS_WITH_AN_ERROR = """
import base64, json, sys
data = b""
while not data.endswith(b","):
    data += sys.stdin.buffer.read(1)
message = json.loads(base64.b64decode(data[:-1]))
answer = {"message_id": message["message_id"], "payload": {"type": "Error", "message": "Invalid config supplied"}}
sys.stdout.buffer.write(base64.b64encode(json.dumps(answer).encode()) + b",")
sys.stdout.flush()
sys.stdin.read()
"""


def test_what_pagefind_writes_to_stderr_as_it_ends_is_in_the_message(make_site, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Its answers end before its last words: the message waits for those, not only for the answers."""
    late = fake_pagefind(tmp_path, "import os, time\nos.close(1)\ntime.sleep(0.5)\n"
                                   "sys.stderr.write('Error: disk full\\n'); sys.exit(3)")
    monkeypatch.setattr(indexer, "pagefind_binary", lambda: late)
    errors = build_errors(make_site(SITE), out=tmp_path / "out")
    assert errors == ["site.yaml:1:1: error: search: Pagefind failed to index the site: the Pagefind service "
                      "stopped: Error: disk full (set search: false in site.yaml to build without search)"]


def fake_pagefind(folder: Path, code: str) -> Path:
    """An executable that stands in for the Pagefind binary (``pagefind --service``)."""
    script = folder / "fake-pagefind"
    script.write_text(f"#!{sys.executable}\nimport sys\n{code}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def document(url: str, title: str, text: str) -> Document:
    return Document(url, "en", f'<!doctype html><html lang="en"><body><main data-pagefind-body><h1>{title}</h1>'
                               f'<p>{text}</p></main></body></html>')


DOCS = [document(f"/articles/story-{n}/", f"Story {n}", f"Zelda Quorum met envoy number {n}.") for n in range(8)]
DOCS += [document("/actors/zelda-quorum/", "Zelda Quorum", "A diplomat."), document("/pages/about/", "About", "Us.")]


def fragment_urls(files: dict[str, bytes]) -> list[str]:
    return [json.loads(gzip.decompress(content).removeprefix(b"pagefind_dcd"))["url"]
            for path, content in files.items() if path.endswith(".pf_fragment")]


def test_make_index_returns_the_bundle_of_every_document() -> None:
    files = make_index(DOCS, "en")
    assert sorted(fragment_urls(files)) == sorted(doc.url for doc in DOCS)
    assert "pagefind/pagefind.js" in files and "pagefind/pagefind-ui.js" in files
    assert list(files) == sorted(files)
    assert make_index(DOCS, "en") == files


def test_the_index_does_not_depend_on_the_order_articles_were_loaded_in(make_site) -> None:
    from generator.build import BuildOptions, build

    site = {**SITE, **{f"content/articles/story-{n}.md": SITE["content/articles/story.md"] for n in range(6)}}
    result = build(BuildOptions(site_root=make_site(site), write=False), Diagnostics())
    first = site_index([(result.site, result.config)])
    result.site.articles = dict(reversed(result.site.articles.items()))
    result.site.actors = dict(reversed(result.site.actors.items()))
    assert site_index([(result.site, result.config)]) == first


def test_missing_pagefind_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexer, "pagefind_binary", lambda: None)
    with pytest.raises(SearchIndexError) as caught:
        make_index(DOCS, "en")
    assert str(caught.value) == ("search: true in site.yaml needs Pagefind: pip install 'pagefind[extended]' "
                                 "(or set search: false)")


def test_an_error_answer_from_pagefind_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexer, "pagefind_binary", lambda: fake_pagefind(tmp_path, ANSWERS_WITH_AN_ERROR))
    with pytest.raises(SearchIndexError) as caught:
        make_index(DOCS, "en")
    assert str(caught.value) == ("search: Pagefind failed to index the site: Invalid config supplied "
                                 "(set search: false in site.yaml to build without search)")


def test_make_index_leaves_no_process_or_thread() -> None:
    before = pagefind_services()
    make_index(DOCS, "en")
    assert pagefind_services() - before == set()
    assert not [t for t in threading.enumerate() if t.name.startswith("pagefind-")]


def test_write_index_writes_the_bundle_into_a_folder(tmp_path: Path) -> None:
    files = make_index(DOCS, "en")
    write_index(files)(tmp_path)
    written = {f"pagefind/{p.relative_to(tmp_path / 'pagefind').as_posix()}": p.read_bytes()
               for p in (tmp_path / "pagefind").rglob("*") if p.is_file()}
    assert written == files


# --- in a browser: the search page finds an actor's profile by name

SEARCH_STEPS = """
  await page.fill('.pagefind-ui__search-input', args[0]);
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 20000 });
  const links = await page.$$eval('.pagefind-ui__result-link',
    (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })));
  return { links };
"""


def test_typing_an_actors_name_finds_their_profile(make_site, tmp_path: Path) -> None:
    require_tools()
    out = tmp_path / "out"
    build_site(make_site(SITE), out=out)
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, url + "search/", SEARCH_STEPS, "Zelda Quorum")
    assert seen["errors"] == [] and seen["failed"] == [], seen
    # result links start at the mount path of base_url (https://example.org/news/)
    assert {"href": "/news/actors/zelda-quorum/", "text": "Zelda Quorum"} in seen["links"]


LANGUAGE_SITES = {
    "uk": ({"content/actors/zelenskyi.md": "---\nname: Володимир Зеленський\n---\nПрезидент України.\n",
            "content/articles/peremovyny.md": "---\ntitle: Що далі після переговорів\ndate: 2024-11-10\n---\n"
                                              "Володимир Зеленський заявив, що переговори тривають.\n"},
           "переговори", "/news/articles/peremovyny/"),
    "zh": ({"content/actors/mfa.md": "---\nname: 外交部\nkind: organization\n---\n中国外交部。\n",
            "content/articles/shengming.md": "---\ntitle: 制裁声明\ndate: 2024-11-10\n---\n"
                                             "外交部发言人周二表示坚决反对制裁。\n"},
           "制裁", "/news/articles/shengming/"),
}


@pytest.mark.parametrize("language", sorted(LANGUAGE_SITES))
def test_each_language_gets_its_own_index_and_a_query_finds_its_page(make_site, tmp_path: Path,
                                                                    language: str) -> None:
    files, query, href = LANGUAGE_SITES[language]
    out = tmp_path / "out"
    build_site(make_site({"site.yaml": f"title: T\nbase_url: https://example.org/news/\nlanguage: {language}\n",
                          **files}), out=out)
    entry = json.loads((out / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == [language]  # Pagefind read <html lang>
    require_tools()
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, url + "search/", SEARCH_STEPS, query)
    assert seen["errors"] == [] and seen["failed"] == [], seen
    assert href in [link["href"] for link in seen["links"]]


def test_pagefind_ends_when_the_build_is_killed(tmp_path: Path) -> None:
    """kill -9 of the build closes Pagefind's input, and the service ends with it."""
    import signal
    import sys
    import time

    from generator.search.service import pagefind_binary

    if pagefind_binary() is None:
        pytest.skip("Pagefind is not installed")
    script = ("import time\nfrom generator.search.service import PagefindService, pagefind_binary\n"
              "s = PagefindService(pagefind_binary())\nprint(s.pid, flush=True)\ntime.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parent.parent)
    try:
        assert child.stdout is not None
        service = int(child.stdout.readline())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    deadline = time.monotonic() + 10
    stat = Path(f"/proc/{service}/stat")

    def running() -> bool:  # not ended, and not an ended process waiting to be reaped
        try:
            return stat.read_text().split(") ")[-1][:1] not in ("Z", "X")
        except OSError:
            return False

    while running() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running()


# --- a large site's index in parts

def many_stories(count: int) -> dict[str, str]:
    return {f"content/articles/story-{n}.md": f"---\ntitle: Story {n}\ndate: 2024-11-10\n---\nThe quillwort envoy "
                                               f"number {n} met Zelda Quorum.\n" for n in range(count)}


def test_a_large_index_is_made_in_parts_that_each_hold_whole_pages(make_site, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(indexer, "PART_BYTES", 2000)  # a few documents per part
    out = tmp_path / "out"
    build_site(make_site({**SITE, **many_stories(12)}), out=out)
    names = json.loads((out / "pagefind" / "parts.json").read_bytes())
    assert len(names) >= 2 and names == sorted(names, key=lambda name: int(name[5:-1]))
    urls: list[str] = []
    for folder in [out / "pagefind", *(out / "pagefind" / name for name in names)]:
        assert (folder / "pagefind-entry.json").is_file() and list((folder / "index").glob("*.pf_index"))
        assert (folder / "pagefind-ui.js").is_file() == (folder == out / "pagefind")  # the UI once
        urls += list(fragments(folder))
    assert sorted(urls) == sorted(["/actors/zelda-quorum/", "/pages/about/", "/articles/story/",
                                   *(f"/articles/story-{n}/" for n in range(12))])


def test_a_small_site_has_one_part(make_site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_site(make_site(SITE), out=out)
    assert json.loads((out / "pagefind" / "parts.json").read_bytes()) == []
    assert not list((out / "pagefind").glob("part-*"))


def test_editing_one_page_makes_only_its_part_again(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.build import BuildOptions, build

    monkeypatch.setattr(indexer, "PART_BYTES", 2000)
    made: list[list[str]] = []
    real = indexer.make_index
    monkeypatch.setattr(indexer, "make_index", lambda docs, language=None: made.append([d.url for d in docs])
                        or real(docs, language))
    root = make_site({**SITE, **many_stories(12)})
    result = build(BuildOptions(site_root=root, write=False), Diagnostics())
    done = indexer.Parts()
    first = site_index(result.searched(), done)
    parts = len(made)
    assert parts >= 3
    assert site_index(result.searched(), done) == first and len(made) == parts  # nothing changed: nothing made
    result.site.articles["story-3"].body_html = "<p>The quillwort envoy number 3 left early.</p>"
    again = site_index(result.searched(), done)
    assert len(made) == parts + 1 and "/articles/story-3/" in made[-1]
    assert again == site_index(result.searched())  # the same bytes as an index made whole


def test_the_search_page_finds_pages_in_every_part(make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    require_tools()
    monkeypatch.setattr(indexer, "PART_BYTES", 2000)
    out = tmp_path / "out"
    build_site(make_site({**SITE, **many_stories(12)}), out=out)
    assert len(json.loads((out / "pagefind" / "parts.json").read_bytes())) >= 2
    with serve_folder(out) as url:
        seen = run_in_page(tmp_path, url + "search/", SEARCH_STEPS.replace(
            "return { links };", "await page.waitForTimeout(1000);\n"
            "  while (await page.$('.pagefind-ui__button')) {  // 'Load more results'\n"
            "    await page.click('.pagefind-ui__button'); await page.waitForTimeout(300); }\n"
            "  return { links: await page.$$eval('.pagefind-ui__result-title .pagefind-ui__result-link',"
            " (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() }))) };"),
            "quillwort envoy")
    assert seen["errors"] == [] and seen["failed"] == [], seen
    found = {link["href"] for link in seen["links"]}
    assert found == {f"/news/articles/story-{n}/" for n in range(12)}, found


# --- the build's index, made alongside by a process forked before the site is loaded

def bundle_files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in (out / "pagefind").rglob("*") if p.is_file()}


def test_the_builds_index_is_the_bytes_of_the_plain_index_in_every_part(make_site, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.parallel import ForkExecutor

    monkeypatch.setattr(indexer, "PART_BYTES", 2000)
    root, out = make_site({**SITE, **many_stories(12)}), tmp_path / "out"
    build(BuildOptions(site_root=root, out=out), Diagnostics(), executor=ForkExecutor(2, min_items=1))
    plain = site_index(build(BuildOptions(site_root=root, write=False), Diagnostics()).searched())
    assert len(json.loads(plain["pagefind/parts.json"])) >= 2
    assert bundle_files(out) == plain


def test_parts_made_at_once_are_the_bytes_of_parts_made_one_by_one(make_site) -> None:
    from generator.parallel import SerialExecutor
    from generator.search.alongside import SearchIndex

    class FourCores(SerialExecutor):  # runs here, but lets the index make four parts at once
        workers = 4

    real = indexer.make_index
    running, most, lock = [0], [], threading.Lock()

    def counted(documents: list[Document], language: str | None = None) -> dict[str, bytes]:
        with lock:
            running[0] += 1
            most[-1] = max(most[-1], running[0])
        try:
            return real(documents, language)
        finally:
            with lock:
                running[0] -= 1

    result = build(BuildOptions(site_root=make_site({**SITE, **many_stories(12)}), write=False), Diagnostics())
    made = []
    for executor in (SerialExecutor(), FourCores()):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(indexer, "PART_BYTES", 2000)
            patch.setattr(indexer, "make_index", counted)
            most.append(0)
            index = SearchIndex(executor)
            index.add(result.searched())
            index.rendered()
            made.append(dict(index.result()))
    assert most[0] == 1 and most[1] >= 2  # one part at a time, then several
    assert made[0] == made[1]
    assert len(json.loads(made[0]["pagefind/parts.json"])) >= 2  # three parts or more


def test_a_large_site_has_two_parts_that_two_cores_make_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.search.documents import Searched

    def pages(count: int, size: int) -> list[Searched]:
        return [Searched(f"/articles/{n}/", size, lambda: "", "en") for n in range(count)]

    assert len(indexer.split(pages(100, indexer.TWO_PARTS_BYTES // 100))) == 1
    assert len(indexer.split(pages(100, indexer.TWO_PARTS_BYTES // 100 + 1))) == 2
    assert len(indexer.split(pages(100, indexer.PART_BYTES // 10))) == 13  # 1.25 times: room for uneven parts


def test_a_document_is_about_as_long_as_its_size_says(make_site) -> None:
    from generator.search.documents import searched_pages

    site = {**SITE, "content/articles/story.md": (
        "---\ntitle: A story\ndate: 2024-11-10\nsummary: The quillwort talks stall.\n"
        "timeline:\n  - date: 2024-11-09\n    title: Envoys meet in Tarn\n---\n## Why it matters\n\n"
        "Zelda Quorum spoke.\n" * 40)}
    result = build(BuildOptions(site_root=make_site(site), write=False), Diagnostics())
    for searched in searched_pages(result.site, "en"):
        document = searched.make()
        assert document.url == searched.url
        assert 0.8 < searched.size / len(document.html) < 1.25, (searched.url, searched.size, len(document.html))


def test_a_build_that_fails_while_loading_leaves_no_index_process(make_site, tmp_path: Path) -> None:
    import multiprocessing

    from generator.parallel import ForkExecutor

    root, out = make_site({**SITE, "content/articles/bad.md": "---\ntitle: Bad\ndate: never\n---\nText.\n"}), \
        tmp_path / "out"
    with pytest.raises(ContentError):
        build(BuildOptions(site_root=root, out=out), Diagnostics(), executor=ForkExecutor(2, min_items=1))
    assert not multiprocessing.active_children()
    assert not out.exists()


def test_the_quick_lede_check_agrees_with_the_plain_ratio() -> None:
    import difflib
    import random

    from generator.render.standfirst import NEARLY, first_paragraph, repeats_lede, words

    def plain(summary: str, body_html: str) -> bool:  # the check without its quick_ratio shortcut
        said, lede = words(summary), words(first_paragraph(body_html))
        if not said or not lede:
            return False
        return " ".join(said) in " ".join(lede) or \
            difflib.SequenceMatcher(None, said, lede, autojunk=False).ratio() >= NEARLY

    lede = "Zelda Quorum met the envoys of Tarn on Tuesday, and the quillwort talks stalled again."
    cases = [(lede, f"<p>{lede}</p>"), ("Zelda Quorum met the envoys", f"<p>{lede}</p><p>More.</p>"),
             (lede.replace("Tuesday", "Monday"), f"<p>{lede}</p>"), ("Prices rose.", f"<p>{lede}</p>"),
             ("", f"<p>{lede}</p>"), (lede, ""), (lede, "<h2>No paragraph</h2>"),
             ("ZELDA quorum met the envoys of Tarn on Tuesday!", f"<p class='x'>{lede}</p>")]
    pool = lede.replace(",", "").replace(".", "").split()
    rng = random.Random(7)
    for _ in range(500):  # summaries that share more or fewer words with the lede, in any order
        said = rng.sample(pool, rng.randint(1, len(pool)))
        if rng.random() < 0.5:
            said.sort(key=pool.index)
        cases.append((" ".join(said), f"<p>{lede}</p>"))
    assert [repeats_lede(s, b) for s, b in cases] == [plain(s, b) for s, b in cases]
    assert {repeats_lede(s, b) for s, b in cases} == {True, False}
