"""Static search: Pagefind indexes articles and actor profiles during the build, when site.yaml asks."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import search
from generator.build import BuildOptions, build
from generator.diagnostics import Diagnostics
from tests.browser_driver import require_tools, run_in_page, serve_folder
from tests.conftest import build_errors, build_site, page

SITE = {
    "content/actors/zelda-quorum.md": "---\nname: Zelda Quorum\n---\nA diplomat.\n",
    "content/articles/story.md": "---\ntitle: A story\ndate: 2024-11-10\n---\nZelda Quorum spoke.\n",
}
NO_SEARCH = "title: Test explainers\nbase_url: https://example.org/news/\nsearch: false\n"


def test_build_writes_the_pagefind_bundle_and_a_search_page(make_site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_site(make_site(SITE), out=out)
    assert (out / "pagefind" / "pagefind.js").is_file()
    assert (out / "pagefind" / "pagefind-ui.js").is_file()
    assert list((out / "pagefind" / "index").glob("*.pf_index"))
    assert len(list((out / "pagefind" / "fragment").glob("*.pf_fragment"))) == 2  # the article and the actor
    doc = page(out, "search/")
    scripts = [s.get("src") for s in doc.xpath("//script[@src]")]
    assert "../pagefind/pagefind-ui.js" in scripts
    assert "../pagefind/pagefind-ui.css" in doc.xpath("//link[@rel='stylesheet']/@href")
    assert "needs JavaScript" in doc.xpath("string(//noscript)")
    assert "search/" in page(out, "").xpath("//nav[@aria-label='Main']//a/@href")


def test_only_articles_and_actors_are_indexed(make_site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_site(make_site(SITE), out=out)
    assert page(out, "articles/story/").xpath("//*[@data-pagefind-body]")
    assert page(out, "actors/zelda-quorum/").xpath("//*[@data-pagefind-body]")
    for url in ("", "timeline/", "actors/", "search/"):
        assert not page(out, url).xpath("//*[@data-pagefind-body]"), url


def test_search_false_builds_no_index_page_or_link(make_site, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_site(make_site({**SITE, "site.yaml": NO_SEARCH}), out=out)
    assert not (out / "pagefind").exists()
    assert not (out / "search").exists()
    assert not any("search" in href for href in page(out, "").xpath("//a/@href"))


def test_check_does_not_run_pagefind(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(site_dir: Path) -> None:
        raise AssertionError("pagefind ran")

    monkeypatch.setattr("generator.build.index_site", fail)
    build(BuildOptions(site_root=make_site(SITE), write=False), Diagnostics())


def test_a_failing_pagefind_is_a_clear_error_and_keeps_the_old_output(make_site, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    root, out = make_site(SITE), tmp_path / "out"
    build_site(root, out=out)
    before = (out / "index.html").read_bytes()
    failing = [sys.executable, "-c", "import sys; sys.stderr.write('Error: index exploded\\n'); sys.exit(3)"]
    monkeypatch.setattr(search, "pagefind_command", lambda: failing)
    errors = build_errors(root, out=out)
    assert errors == ["site.yaml:1:1: error: search: Pagefind failed to index the site: Error: index exploded "
                      "(set search: false in site.yaml to build without search)"]
    assert (out / "index.html").read_bytes() == before
    assert not list(tmp_path.glob(".out.staging-*"))


def test_missing_pagefind_says_how_to_install_it(make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "pagefind_command", lambda: None)
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
    """A folder on tmpfs, which lists entries in the order they were made: the case relist_by_name is for."""
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


def _listings(folder: Path) -> dict[str, list[str]]:
    return {root: names for root, dirs, files in os.walk(folder) for names in [dirs + files]}


def test_the_listing_depends_on_the_names_only(ram_folder: Path) -> None:
    paths = ["z/index.html", "b/index.html", "a/y.html", "a/x.html", "index.html", "404.html"]
    listings = []
    for name, order in (("one", paths), ("two", list(reversed(paths)))):
        site = ram_folder / name
        for rel in order:
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            (site / rel).write_text(rel)
        search.relist_by_name(site)
        listings.append({root.replace(str(site), ""): names for root, names in _listings(site).items()})
        assert (site / "a" / "x.html").read_text() == "a/x.html"
    assert listings[0] == listings[1]
    assert sorted(p.name for p in ram_folder.iterdir()) == ["one", "two"]  # no holding folder left


def test_the_index_is_the_same_when_pages_are_written_in_another_order(make_site, ram_folder: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import parallel

    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)  # two processes and their writer threads
    root = make_site({**SITE, **{f"content/articles/story-{n}.md": SITE["content/articles/story.md"]
                                 for n in range(12)}})
    trees = []
    for name in ("one", "two", "three"):
        build_site(root, out=ram_folder / name)
        out = ram_folder / name
        trees.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert trees[0] == trees[1] == trees[2]

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
