"""Link check for ``explainer check``: every internal link and image of the built pages resolves.

Works on the rendered output in memory (dest_path → bytes), so nothing is
written. A link is internal when it is relative, a path under the site's
base path (``/explainer/...``, used by 404.html) or an absolute URL under
``base_url``. It resolves when it names a file of the output (a folder link
means its ``index.html``) and, with a ``#fragment``, when the target page has
an element with that id.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.diagnostics import Diagnostics, Location

LINK_ATTRIBUTES = {"href", "src", "poster", "data"}  # <a>, <link>, <img>, <script>, <video>, <object>
SRCSET_ATTRIBUTES = {"srcset"}


@dataclass
class Link:
    url: str
    line: int
    column: int


@dataclass
class PageLinks:
    links: list[Link] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageLinks()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line, column = self.getpos()
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.page.ids.add(value)
            elif name in LINK_ATTRIBUTES and not (tag == "meta" or (tag == "link" and _is_hint(attrs))):
                self.page.links.append(Link(value.strip(), line, column + 1))
            elif name in SRCSET_ATTRIBUTES:
                for candidate in value.split(","):
                    if candidate.strip():
                        self.page.links.append(Link(candidate.split()[0], line, column + 1))

    handle_startendtag = handle_starttag


def _is_hint(attrs: list[tuple[str, str | None]]) -> bool:
    """``<link rel="preconnect|dns-prefetch">`` names a host, not a file."""
    rel = dict(attrs).get("rel") or ""
    return bool({"preconnect", "dns-prefetch"} & set(rel.split()))


def parse_page(html: bytes) -> PageLinks:
    parser = _LinkParser()
    parser.feed(html.decode("utf-8", errors="replace"))
    parser.close()
    return parser.page


def check_links(files: dict[str, bytes | Path], base_url: str, diags: Diagnostics,
                later: tuple[str, ...] = ()) -> int:
    """Record an error for every broken internal link of every HTML page; return how many were checked.

    ``later``: folders written after rendering (the search index), whose files are taken on trust.
    """
    pages = {dest: parse_page(body) for dest, body in sorted(files.items())
             if dest.endswith(".html") and isinstance(body, bytes)}
    checked = 0
    for dest, page in pages.items():
        for link in page.links:
            target = resolve(link.url, dest, base_url)
            if target is None:
                continue
            checked += 1
            problem = _problem(target, files, pages, later)
            if problem:
                diags.error(Location(dest, link.line, link.column), f"broken link '{link.url}': {problem}")
    return checked


@dataclass(frozen=True)
class Target:
    path: str  # site-relative, not yet normalised; '' for the root
    fragment: str


def resolve(url: str, from_dest: str, base_url: str) -> Target | None:
    """The output path a link points at, or None when the link leaves the site (or names nothing)."""
    parts = urlsplit(url)
    base = urlsplit(base_url)
    base_path = base.path if base.path.endswith("/") else base.path + "/"
    if parts.scheme or parts.netloc:
        if (parts.scheme in ("http", "https", "") and parts.netloc == base.netloc
                and parts.path.startswith(base_path)):
            return Target(unquote(parts.path[len(base_path):]), parts.fragment)
        return None
    if not parts.path and not parts.fragment:
        return None  # href="" or "?query": the page itself
    if parts.path.startswith("/"):
        if not parts.path.startswith(base_path):
            return Target("\0" + parts.path, parts.fragment)  # outside the site's mount point
        return Target(unquote(parts.path[len(base_path):]), parts.fragment)
    if not parts.path:
        return Target(from_dest, parts.fragment)
    return Target(posixpath.join(posixpath.dirname(from_dest), unquote(parts.path)), parts.fragment)


def _problem(target: Target, files: dict[str, bytes | Path], pages: dict[str, PageLinks],
             later: tuple[str, ...]) -> str | None:
    if target.path.startswith("\0"):
        return f"'{target.path[1:]}' is outside the site's base path"
    folder = target.path == "" or target.path.endswith("/")
    dest = posixpath.normpath(target.path) if target.path else "."
    if dest == ".." or dest.startswith(("../", "/")):
        return "it leads outside the site"
    if dest == ".":
        dest = "index.html"
    elif folder:
        dest = f"{dest}/index.html"
    if dest.startswith(later) and later:
        return None
    if dest not in files:
        if f"{dest}/index.html" in files:
            dest = f"{dest}/index.html"
        else:
            return f"no file {dest} in the output"
    if target.fragment and dest in pages and unquote(target.fragment) not in pages[dest].ids:
        return f"no element with id '{unquote(target.fragment)}' in {dest}"
    return None
