"""A site built for a sub-path works when a web server publishes it there.

The output is served by ``http.server`` from a folder that holds it as ``explainer/``,
the way GitHub Pages publishes a project site at ``/explainer/``. Every page is fetched
over HTTP and every internal href, src and srcset on it (and every ``url()`` in its
stylesheets) must answer 200 without a redirect; ``#fragment`` targets must exist.
A missing path answers 404 with the site's own 404 page, whose links must work from
that depth too. Search is on, so the Pagefind bundle is part of what must resolve.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import lxml.html
import pytest
from conftest import REPO, build_site

BASE_URL = "https://example.github.io/explainer/"
MOUNT = "/explainer/"
LINK_ATTRIBUTES = ("href", "src", "poster", "xlink:href")
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


class PagesHandler(SimpleHTTPRequestHandler):
    """A static host: files as they are; a missing path gets the site's 404.html, status 404."""

    not_found_page: Path

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404 or not self.not_found_page.is_file():
            super().send_error(code, message, explain)
            return
        body = self.not_found_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        self.send_error(404)  # static hosts do not list folders

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    location: str | None = None


@dataclass
class Host:
    """The output served at http://127.0.0.1:PORT/explainer/, with a cache of fetched URLs."""

    origin: str
    out: Path
    cache: dict[str, Response] = field(default_factory=dict)
    documents: dict[str, lxml.html.HtmlElement] = field(default_factory=dict)

    def get(self, path: str) -> Response:
        if path not in self.cache:
            netloc = urlsplit(self.origin).netloc
            connection = http.client.HTTPConnection(netloc, timeout=30)
            try:
                connection.request("GET", path)
                reply = connection.getresponse()
                self.cache[path] = Response(reply.status, reply.getheader("Content-Type", ""), reply.read(),
                                            reply.getheader("Location"))
            finally:
                connection.close()
        return self.cache[path]

    def document(self, path: str) -> lxml.html.HtmlElement:
        if path not in self.documents:
            self.documents[path] = lxml.html.fromstring(self.get(path).body)
        return self.documents[path]

    def local_path(self, url: str) -> str | None:
        """The path on this host that ``url`` (already absolute) names; None when it is off the site."""
        if url.startswith(BASE_URL):  # canonical, og:url, feed links: the published address
            url = self.origin + MOUNT + url[len(BASE_URL):]
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            return None
        return parts.path + (f"?{parts.query}" if parts.query else "")


def page_paths(out: Path) -> list[str]:
    """The URL path of every HTML file in the output (``index.html`` by its folder)."""
    paths = []
    for html in sorted(out.rglob("*.html")):
        rel = html.relative_to(out).as_posix()
        if rel.startswith("pagefind/"):
            continue
        paths.append(MOUNT + (rel[: -len("index.html")] if rel.endswith("index.html") else rel))
    return paths


def references(doc: lxml.html.HtmlElement) -> Iterator[str]:
    """Every URL the page refers to: href, src, srcset candidates and inline style url()."""
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for attr in LINK_ATTRIBUTES:
            value = element.get(attr)
            if value:
                yield value.strip()
        if element.tag == "object" and element.get("data"):
            yield element.get("data", "").strip()
        srcset = element.get("srcset") or element.get("imagesrcset")
        if srcset:
            for candidate in srcset.split(","):
                if candidate.strip():
                    yield candidate.split()[0]
        style = element.get("style")
        if style:
            yield from (m.group(2) for m in CSS_URL.finditer(style))
    for style in doc.iter("style"):
        yield from (m.group(2) for m in CSS_URL.finditer(style.text or ""))


def has_anchor(doc: lxml.html.HtmlElement, fragment: str) -> bool:
    name = unquote(fragment)
    return bool(doc.xpath("//*[@id=$n] | //a[@name=$n]", n=name))


def problems_on(host: Host, page_path: str, page_status: int = 200) -> list[str]:
    """What is broken on one page: its own status, then each reference that does not resolve."""
    page = host.get(page_path)
    if page.status != page_status:
        return [f"{page_path}: answers {page.status}, not {page_status}"]
    doc = host.document(page_path)
    page_url = host.origin + page_path
    base = doc.xpath("string(//base/@href)")
    if base:
        page_url = urljoin(page_url, base)
    found = []
    for ref in references(doc):
        if ref.startswith(("mailto:", "tel:", "data:")):
            continue
        absolute, fragment = urldefrag(urljoin(page_url, ref))
        target = host.local_path(absolute)
        if target is None:
            continue
        if target == page_path:  # a link within the page: only its anchor matters
            if fragment and not has_anchor(doc, fragment):
                found.append(f"{page_path}: {ref} has no element with id {fragment!r}")
            continue
        response = host.get(target)
        if response.status != 200:
            where = f" -> {response.location}" if response.location else ""
            found.append(f"{page_path}: {ref} answers {response.status}{where}")
            continue
        if fragment and "html" in response.content_type and not has_anchor(host.document(target), fragment):
            found.append(f"{page_path}: {ref} has no element with id {fragment!r}")
        if "css" in response.content_type:
            found.extend(stylesheet_problems(host, target))
    return found


def stylesheet_problems(host: Host, css_path: str) -> list[str]:
    text = host.get(css_path).body.decode("utf-8")
    found = []
    for match in CSS_URL.finditer(text):
        ref = match.group(2).strip()
        if ref.startswith(("data:", "#")):
            continue
        target = host.local_path(urldefrag(urljoin(host.origin + css_path, ref))[0])
        if target is not None and host.get(target).status != 200:
            found.append(f"{css_path}: url({ref}) answers {host.get(target).status}")
    return found


@pytest.fixture(scope="module", params=["example", "full"])
def host(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    tmp = tmp_path_factory.mktemp(f"served-{request.param}")
    if request.param == "example":
        site = REPO
    else:
        site = tmp / "site"
        shutil.copytree(REPO / "tests/sites/full", site)
    docroot = tmp / "www"
    out = docroot / MOUNT.strip("/")
    build_site(site, out=out, base_url=BASE_URL)
    handler = type("Handler", (PagesHandler,), {"not_found_page": out / "404.html"})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(docroot)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Host(f"http://127.0.0.1:{server.server_address[1]}", out)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_every_link_and_asset_on_every_page_resolves_over_http(host: Host) -> None:
    pages = page_paths(host.out)
    assert MOUNT in pages and len(pages) >= 6
    problems = [p for path in pages if not path.endswith("/404.html") for p in problems_on(host, path)]
    assert problems == []
    checked = [path for path, response in host.cache.items() if response.status == 200]
    assert MOUNT + "assets/style.css" in checked
    assert MOUNT + "feed.xml" in checked


def test_the_home_page_links_to_every_page_within_two_clicks(host: Host) -> None:
    reachable = {MOUNT}
    frontier = [MOUNT]
    for _ in range(2):
        next_frontier = []
        for path in frontier:
            for ref in references(host.document(path)):
                target = host.local_path(urldefrag(urljoin(host.origin + path, ref))[0])
                if target and target.endswith("/") and target not in reachable:
                    reachable.add(target)
                    next_frontier.append(target)
        frontier = next_frontier
    # embed/...: pages for other sites' <iframe>s, linked from the page they embed, not for navigation
    unreachable = [p for p in page_paths(host.out) if p.endswith("/") and p not in reachable
                   and not p.startswith(MOUNT + "embed/")]
    assert unreachable == []


def test_search_page_loads_the_pagefind_bundle_from_the_sub_path(host: Host) -> None:
    search = MOUNT + "search/"
    assert problems_on(host, search) == []
    scripts = [urljoin(host.origin + search, s) for s in host.document(search).xpath("//script/@src")]
    assert host.origin + MOUNT + "pagefind/pagefind-ui.js" in scripts
    entry = host.get(MOUNT + "pagefind/pagefind-entry.json")
    assert entry.status == 200
    for language in json.loads(entry.body)["languages"].values():
        assert host.get(f"{MOUNT}pagefind/pagefind.{language['hash']}.pf_meta").status == 200
        assert host.get(f"{MOUNT}pagefind/wasm.{language['wasm']}.pagefind").status == 200
    assert host.get(MOUNT + "pagefind/pagefind.js").status == 200


@pytest.mark.parametrize("missing", ["no-such-page", "articles/no-such-article/", "a/b/c/d/"])
def test_a_missing_path_gets_the_404_page_whose_links_work_from_there(host: Host, missing: str) -> None:
    path = MOUNT + missing
    response = host.get(path)
    assert response.status == 404
    doc = host.document(path)
    assert "not found" in doc.findtext(".//title").lower()
    links = list(references(doc))
    assert links and all(link.startswith(MOUNT) for link in links if not link.startswith(("#", "http")))
    assert problems_on(host, path, page_status=404) == []


def test_the_crawler_reports_a_broken_link_and_a_missing_anchor(host: Host) -> None:
    broken = host.out / "broken-fixture.html"
    broken.write_text('<!doctype html><title>x</title><p id="here"><a href="nowhere/">a</a>'
                      '<a href="#here">b</a><a href="#gone">c</a><img src="assets" alt="">', encoding="utf-8")
    try:
        problems = problems_on(host, MOUNT + "broken-fixture.html")
    finally:
        broken.unlink()
    assert problems == [
        f"{MOUNT}broken-fixture.html: nowhere/ answers 404",
        f"{MOUNT}broken-fixture.html: #gone has no element with id 'gone'",
        f"{MOUNT}broken-fixture.html: assets answers 301 -> {MOUNT}assets/",
    ]
