"""The only module that knows URL shapes.

A page's ``url`` is site-relative and ends with ``/`` (``articles/x/``; the
home page is ``""``); its ``dest_path`` adds ``index.html``. Links inside
pages are relative (``relative_url``), so a site works at a domain's root and
under any sub-path; feeds and sitemaps use absolute URLs from ``base_url``.
"""

from __future__ import annotations

import re

HOME = ""
ACTORS = "actors/"
TIMELINE = "timeline/"
SEARCH = "search/"


def article_url(slug: str) -> str:
    return f"articles/{slug}/"


def actor_url(actor_id: str) -> str:
    return f"actors/{actor_id}/"


def page_url(slug: str) -> str:
    return f"pages/{slug}/"


def event_url(event_id: str) -> str:
    return f"{TIMELINE}#{event_id}"


def dest_path(url: str) -> str:
    """``articles/x/`` → ``articles/x/index.html``; a file URL stays as it is."""
    return url + "index.html" if url == "" or url.endswith("/") else url


def root_prefix(page_url: str) -> str:
    """The relative way from a page back to the site root: ``articles/x/`` → ``../../``."""
    return "../" * page_url.count("/")


def relative_url(from_page: str, target: str) -> str:
    """A link from the page at ``from_page`` to ``target`` (both site-relative)."""
    return _link(root_prefix(from_page), target)


def _link(root: str, target: str) -> str:
    """``target`` (site-relative) from a page whose way to the site root is ``root``."""
    if target.startswith("#"):
        return target
    return (root + target) or "./"


class Links:
    """``url`` in templates: ``url("actors/x/")`` is a link to a site-relative URL from the page.

    ``url.root`` is the way from the page to the site root as text (``../../`` from an article,
    ``""`` from the home page, the mount path on the 404 page), so a template that writes many
    links can write ``{{ url.root }}actors/{{ id }}/``: the same link, without a call per link.
    """

    __slots__ = ("root",)

    def __init__(self, root: str) -> None:
        self.root = root

    def __call__(self, target: str) -> str:
        return _link(self.root, target)

    @classmethod
    def from_page(cls, page_url: str) -> Links:
        return cls(root_prefix(page_url))


# What a browser strips from a URL before reading its scheme: leading and trailing C0 controls and
# spaces, and ASCII tabs and newlines anywhere ("java\tscript:" is "javascript:"). The check strips
# every C0 control and space anywhere, which is stricter.
_STRIPPED = {code: None for code in range(0x21)} | {0x7F: None}
_SCHEME_RE = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
SAFE_SCHEMES = ("http", "https", "mailto")


def url_scheme(url: str) -> str | None:
    """The scheme a browser would read from ``url`` (lowercase), or None for a relative URL."""
    match = _SCHEME_RE.match(url.translate(_STRIPPED))
    return match.group(1).lower() if match else None


def is_safe_url(url: str) -> bool:
    """http, https and mailto URLs, and relative ones; never javascript:, data: and the like,
    however their scheme is split, prefixed or cased."""
    scheme = url_scheme(url)
    return scheme is None or scheme in SAFE_SCHEMES


def clean_url(url: str) -> str:
    """``url`` without what a browser drops: surrounding spaces and controls, tabs and newlines."""
    return _TABS_NEWLINES_RE.sub("", url.strip(_C0_AND_SPACE))


_C0_AND_SPACE = "".join(chr(code) for code in range(0x21))
_TABS_NEWLINES_RE = re.compile("[\t\n\r]")
