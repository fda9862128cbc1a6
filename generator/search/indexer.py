"""The search index: Pagefind's files, made from the search documents of the linked site.

``make_index(documents)`` starts a Pagefind service, adds every document in the
order given (URL order: Pagefind numbers pages in the order they are added and
its files follow that numbering, so the order fixes the bytes), and returns
the index and Pagefind's UI as ``{"pagefind/...": bytes}``, in memory: the
bytes depend on no file system. The build makes it alongside the render stage
(``alongside.py``); serve runs ``site_index`` after each rebuild.

Pagefind holds a whole index in memory while it makes it (about 27 times the
documents' size), so a site's index is made in parts of at most ``PART_BYTES``
of documents each, a Pagefind each: ``pagefind/`` and ``pagefind/part-2/``,
``part-3/``..., which the search page merges in the browser (Pagefind's
``mergeIndex``; ``pagefind/parts.json`` lists them). A document's part follows
from its URL alone (a hash), so editing one page changes one part, and a
site's parts are as many as its size needs, and at least two once it is large
enough for two cores to make them faster than one (one Pagefind uses about
one core). The bytes do not depend on how many are made at once.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath

from generator.config import SiteConfig
from generator.model import Site
from generator.search.documents import Document, Searched, searched_pages
from generator.search.service import PagefindService, ServiceError, pagefind_binary

BUNDLE = "pagefind"
PARTS = f"{BUNDLE}/parts.json"  # the other parts' folders, relative to pagefind/: ["part-2/", ...]
PART_BYTES = 6 << 20  # of documents per part: Pagefind peaks at about 170 MB for this much
TWO_PARTS_BYTES = 2 << 20  # more documents than this: at least two parts, which two cores make at once
UI_FILE = re.compile(r"pagefind-(?:component-|modular-)?ui\.(?:js|css)|pagefind-highlight\.js")  # once, in pagefind/
MISSING = ("search: true in site.yaml needs Pagefind: pip install 'pagefind[extended]' "
           "(or set search: false)")
HINT = "(set search: false in site.yaml to build without search)"


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says what to do."""


def make_index(documents: Sequence[Document], language: str | None = None) -> dict[str, bytes]:
    """Pagefind's files for ``documents``; ``language``: every document's (else each its own ``lang``).

    Raises ``SearchIndexError``.
    """
    binary = pagefind_binary()
    if binary is None:
        raise SearchIndexError(MISSING)
    try:
        service = PagefindService(binary)
        try:
            return _index(service, documents, language)
        finally:
            service.close()
    except ServiceError as exc:
        raise SearchIndexError(f"search: Pagefind failed to index the site: {exc} {HINT}") from None


def _index(service: PagefindService, documents: Sequence[Document], language: str | None) -> dict[str, bytes]:
    # Pagefind otherwise reads each document's <html lang>, lowercased.
    config = {"force_language": language.lower()} if language else None
    index_id = service.request({"type": "NewIndex", "config": config})["index_id"]
    for doc in documents:
        service.send({"type": "AddFile", "index_id": index_id, "file_path": None, "url": doc.url,
                      "file_contents": doc.html})
    # In memory: the files of WriteFiles may not all be written yet when it answers (Pagefind 1.5.2
    # does not flush them), and these bytes do not depend on any file system.
    answer = service.request({"type": "GetFiles", "index_id": index_id})
    files: dict[str, bytes] = {}
    for file in answer.pop("files", None) or ():
        path = PurePosixPath(str(file["path"]).replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts:
            raise ServiceError(f"it returned a file outside its folder: {path}")
        files[f"{BUNDLE}/{path}"] = base64.b64decode(file["content"])
    if f"{BUNDLE}/pagefind.js" not in files:
        raise ServiceError(f"it returned no pagefind.js ({len(documents)} pages)")
    return dict(sorted(files.items()))


def site_index(languages: Sequence[tuple[Site, SiteConfig]], done: Parts | None = None) -> dict[str, bytes]:
    """The index of a linked site, each language (``(site, config.variant(code))``) in its own.

    One language: every page is indexed in it. Several: Pagefind keeps one index per ``lang``.
    ``done``: parts made before, reused when their documents are the same (and updated).
    """
    language = index_language(languages)
    made: list[dict[str, bytes]] = []
    for k, pages in enumerate(split(searched(languages))):
        part = [page.make() for page in pages]
        if done is None:  # nothing to reuse, so no need to fingerprint the documents
            made.append(make_index(part, language))
            continue
        key = (language, tuple((doc.url, hashlib.blake2b(doc.html.encode()).digest()) for doc in part))
        files = done.get(k, key)
        if files is None:
            files = make_index(part, language)
            done.put(k, key, files)
        made.append(files)
    return assemble(made)


def searched(languages: Sequence[tuple[Site, SiteConfig]]) -> list[Searched]:
    """The searchable pages of every language's linked site, their documents not made yet."""
    return [page for site, config in languages for page in searched_pages(site, config.language, config.prefix)]


def index_language(languages: Sequence[tuple[Site, SiteConfig]]) -> str | None:
    """The language every page is indexed in: the site's, unless it has several (then each page's own)."""
    return languages[0][1].language if len(languages) == 1 else None


def assemble(made: Sequence[dict[str, bytes]]) -> dict[str, bytes]:
    """The bundle of the parts' files (``make_index``'s, in part order): ``pagefind/``, ``pagefind/part-2/``..."""
    return dict(sorted(bundle(made)))


def bundle(made: Iterable[dict[str, bytes]]) -> Iterator[tuple[str, bytes]]:
    """``assemble``'s files, one part's after the other's as the parts come, then the list of the parts."""
    count = 0
    for k, part in enumerate(made):
        folder = BUNDLE if k == 0 else f"{BUNDLE}/part-{k + 1}"
        for path, content in part.items():
            if k == 0 or not is_ui_file(path):
                yield f"{folder}/{path.removeprefix(f'{BUNDLE}/')}", content
        count = k + 1
    yield PARTS, json.dumps([f"part-{k + 1}/" for k in range(1, count)]).encode()


def is_ui_file(path: str) -> bool:
    """Whether ``path`` (``pagefind/...``, ``make_index``'s) is one of Pagefind's UI files, the same in every part."""
    return UI_FILE.fullmatch(path.removeprefix(f"{BUNDLE}/")) is not None


def split(pages: Sequence[Searched]) -> list[list[Searched]]:
    """The pages in parts of about ``PART_BYTES`` of documents at most, by a hash of their URL, in URL order.

    The documents are not made yet: each part's are made when it is indexed, so only one part's are
    held at a time."""
    size = sum(page.size for page in pages)
    count = max(1, math.ceil(size * 1.25 / PART_BYTES))  # room for uneven parts
    if count == 1 and size > TWO_PARTS_BYTES:
        count = 2
    parts: list[list[Searched]] = [[] for _ in range(count)]
    for page in sorted(pages, key=lambda page: page.url):
        parts[int.from_bytes(hashlib.blake2b(page.url.encode(), digest_size=8).digest(), "big") % count].append(page)
    return [part for part in parts if part] or [[]]


class Parts:
    """The parts of an index made before (serve keeps them between rebuilds), by number and documents."""

    def __init__(self) -> None:
        self._made: dict[int, tuple[object, dict[str, bytes]]] = {}

    def get(self, k: int, key: object) -> dict[str, bytes] | None:
        made = self._made.get(k)
        return made[1] if made is not None and made[0] == key else None

    def put(self, k: int, key: object, files: dict[str, bytes]) -> None:
        self._made[k] = (key, files)


def write_index(files: dict[str, bytes]) -> Callable[[Path], None]:
    """A function that writes ``files`` (``make_index``'s) into a new site folder (``write_site``'s ``finish``)."""
    def write(folder: Path) -> None:
        for dest, content in files.items():
            target = folder / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    return write
