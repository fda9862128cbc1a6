"""The search index: Pagefind's files, made from the search documents of the linked site.

``make_index(documents)`` starts a Pagefind service, adds every document in the
order given (URL order: Pagefind numbers pages in the order they are added and
its files follow that numbering, so the order fixes the bytes), and returns
the index and Pagefind's UI as ``{"pagefind/...": bytes}``, in memory: the
bytes depend on no file system. The build runs it alongside the render stage
(``executor.start``); serve runs it after each rebuild.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath

from generator.config import SiteConfig
from generator.model import Site
from generator.search.documents import Document, site_documents
from generator.search.service import PagefindService, ServiceError, pagefind_binary

BUNDLE = "pagefind"
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


def site_index(languages: Sequence[tuple[Site, SiteConfig]]) -> dict[str, bytes]:
    """The index of a linked site, each language (``(site, config.variant(code))``) in its own.

    One language: every page is indexed in it. Several: Pagefind keeps one index per ``lang``.
    """
    documents = [doc for site, config in languages for doc in site_documents(site, config.language, config.prefix)]
    return make_index(sorted(documents, key=lambda doc: doc.url),
                      languages[0][1].language if len(languages) == 1 else None)


def write_index(files: dict[str, bytes]) -> Callable[[Path], None]:
    """A function that writes ``files`` (``make_index``'s) into a new site folder (``write_site``'s ``finish``)."""
    def write(folder: Path) -> None:
        for dest, content in files.items():
            target = folder / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
    return write
