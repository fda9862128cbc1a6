"""Links work under a sub-path and at a domain's root: every internal href/src resolves to a built file."""

from __future__ import annotations

import posixpath
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest
from conftest import REPO, build_site

SUBPATH = "https://example.github.io/explainer/"
ROOT = "https://example.org/"


def internal_links(doc: lxml.html.HtmlElement) -> list[str]:
    links = []
    for element in doc.iter():
        for attr in ("href", "src"):
            value = element.get(attr)
            if value is None or value.startswith("#"):
                continue
            parts = urlsplit(value)
            if parts.scheme or parts.netloc:
                continue
            links.append(value)
    return links


def target_file(out: Path, page_rel: str, link: str, base_path: str) -> Path | None:
    """The file ``link`` on the page at ``page_rel`` points to; None when it leaves the site."""
    path = unquote(urlsplit(link).path)
    if path.startswith("/"):
        if not path.startswith(base_path):
            return None
        resolved = path[len(base_path):]
    else:
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_rel), path))
        if resolved.startswith(".."):
            return None
        if resolved == ".":
            resolved = ""
    if path.endswith("/") or resolved == "":
        resolved = (resolved.rstrip("/") + "/index.html").lstrip("/")
    return out / resolved


def broken_links(out: Path, base_path: str) -> list[tuple[str, str]]:
    broken = []
    for html in sorted(out.rglob("*.html")):
        rel = html.relative_to(out).as_posix()
        for link in internal_links(lxml.html.fromstring(html.read_bytes())):
            target = target_file(out, rel, link, base_path)
            if target is None or not target.is_file():
                broken.append((rel, link))
    return broken


def built(tmp_path: Path, source: Path, base_url: str) -> Path:
    root = tmp_path / "site"
    if source != REPO:
        shutil.copytree(source, root)
    else:
        root = REPO
    out = tmp_path / "out"
    build_site(root, out=out, base_url=base_url)
    return out


@pytest.mark.parametrize("base_url, base_path", [(SUBPATH, "/explainer/"), (ROOT, "/")])
@pytest.mark.parametrize("source", [REPO / "tests/sites/full", REPO / "tests/sites/unicode", REPO],
                         ids=["full", "unicode", "example"])
def test_every_internal_link_resolves(tmp_path: Path, source: Path, base_url: str, base_path: str) -> None:
    out = built(tmp_path, source, base_url)
    assert broken_links(out, base_path) == []


def test_pages_use_relative_links(tmp_path: Path) -> None:
    out = built(tmp_path, REPO / "tests/sites/full", SUBPATH)
    doc = lxml.html.fromstring((out / "articles/ceasefire-talks/index.html").read_bytes())
    assert all(not link.startswith("/") for link in internal_links(doc))


@pytest.mark.parametrize("base_url, base_path", [(SUBPATH, "/explainer/"), (ROOT, "/")])
def test_404_page_links_from_the_base_path(tmp_path: Path, base_url: str, base_path: str) -> None:
    out = built(tmp_path, REPO / "tests/sites/full", base_url)
    doc = lxml.html.fromstring((out / "404.html").read_bytes())
    links = internal_links(doc)
    assert links and all(link.startswith(base_path) for link in links)
    assert base_path + "assets/style.css" in links
    assert [a.get("href") for a in doc.cssselect("main a")][:2] == [base_path, base_path + "articles/"]


def test_canonical_and_feed_urls_follow_the_base_url(tmp_path: Path) -> None:
    out = built(tmp_path, REPO / "tests/sites/full", SUBPATH)
    doc = lxml.html.fromstring((out / "articles/border-clash/index.html").read_bytes())
    assert doc.cssselect('link[rel="canonical"]')[0].get("href") == SUBPATH + "articles/border-clash/"
    assert f"<id>{SUBPATH}articles/border-clash/</id>" in (out / "feed.xml").read_text()
    assert f"Sitemap: {SUBPATH}sitemap.xml" in (out / "robots.txt").read_text()
