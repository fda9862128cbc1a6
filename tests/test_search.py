"""Static search: Pagefind indexes articles and actor profiles during the build, when site.yaml asks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator import search
from generator.build import BuildOptions, build
from generator.diagnostics import Diagnostics
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


# --- in a browser: the search page finds an actor's profile by name

DRIVER = r"""
const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--headless'] });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(process.argv[2], { waitUntil: 'load' });
  await page.fill('.pagefind-ui__search-input', process.argv[3]);
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 20000 });
  const links = await page.$$eval('.pagefind-ui__result-link',
    (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })));
  console.log(JSON.stringify({ links, errors }));
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
"""


def test_typing_an_actors_name_finds_their_profile(make_site, tmp_path: Path) -> None:
    import functools
    import json
    import os
    import subprocess
    import threading
    from http.server import ThreadingHTTPServer

    from tests.test_browser import BROWSER_DIR, CHROMIUM, QuietHandler, require_tools

    require_tools()
    out = tmp_path / "out"
    build_site(make_site(SITE), out=out)
    (tmp_path / "driver.js").write_text(DRIVER, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        done = subprocess.run(
            ["node", str(tmp_path / "driver.js"), f"http://127.0.0.1:{server.server_address[1]}/search/",
             "Zelda Quorum"],
            capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "CHROMIUM": CHROMIUM, "NODE_PATH": str(BROWSER_DIR / "node_modules")})
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["errors"] == [], seen
    # result links start at the mount path of base_url (https://example.org/news/)
    assert {"href": "/news/actors/zelda-quorum/", "text": "Zelda Quorum"} in seen["links"]
