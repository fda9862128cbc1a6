"""The search index, made in memory from the pages the build renders.

``SearchIndexer`` takes each page a reader searches (articles, actor profiles,
pages) as it is rendered, in any order, and ``files()`` returns Pagefind's
index and UI as ``{"pagefind/...": bytes}``.

Pagefind numbers pages in the order they are first added, and its index files
follow that numbering, so the same pages added in another order give other
bytes; a page added again with the same URL keeps its place. Hence two ways
to a deterministic index:

- ``expect(paths)`` first (the build knows its pages before it renders them):
  every expected page gets an empty placeholder record, in path order, and each
  page is then sent to Pagefind by a background thread as soon as it is
  added, taking its placeholder's place: Pagefind parses pages while the
  build renders the rest. A placeholder no page replaced has no words and is
  left out of the index, as an absent page would be.
- without it, ``add()`` keeps each page (compressed) and ``files()`` sends
  them in path order at the end. Pages added but not expected go this way too.
"""

from __future__ import annotations

import base64
import queue
import re
import shutil
import threading
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

from generator.config import SiteConfig
from generator.search.service import PagefindService, ServiceError, pagefind_binary
from generator.write import Output

BUNDLE = "pagefind"
# what readers search: articles, actor profiles and free pages (under a language's prefix too)
INDEXED = re.compile(r"(?:[a-z]{2,3}(?:-[a-z0-9]+)*/)?(?:articles|actors|pages)/[^/]+/index\.html")
MISSING = ("search: true in site.yaml needs Pagefind: pip install 'pagefind[extended]' "
           "(or set search: false)")
HINT = "(set search: false in site.yaml to build without search)"


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says what to do."""


class SearchIndexer:
    """``expect()`` (optional), ``add()`` every rendered page, then ``files()``; ``close()`` at the end.

    ``add()`` and ``files()`` are called from one thread (the build's); ``add()`` only queues work.
    """

    def __init__(self, language: str | None = None) -> None:
        # Every page in this language (Pagefind otherwise reads each page's <html lang>, lowercased).
        self.language = language.lower() if language else None
        self._expected: set[str] = set()
        self._later: dict[str, bytes] = {}  # pages to add in path order at the end: dest -> zlib(HTML)
        self._added = 0
        self._service: PagefindService | None = None
        self._index_id = 0
        self._queue: queue.SimpleQueue[tuple[str, bytes] | None] = queue.SimpleQueue()
        self._sender: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._stopping = False  # close(): pages still queued are dropped

    def wants(self, dest_path: str) -> bool:
        """Whether the page at ``dest_path`` is one readers search for."""
        return INDEXED.fullmatch(dest_path) is not None

    def expect(self, dest_paths: Iterable[str]) -> None:
        """The pages that will be added (others may be given too); before the first ``add()``.

        Starts Pagefind, so it parses each page as it comes, while the build goes on.
        """
        if self._added or self._service is not None:
            return
        expected = sorted({dest for dest in dest_paths if self.wants(dest)})
        if not expected:
            return
        try:
            service = self._start()
            for dest in expected:
                service.send({"type": "AddRecord", "index_id": self._index_id, "url": _url(dest), "content": "",
                              "language": self.language or "unknown", "meta": None, "filters": None,
                              "sort": None})
        except (ServiceError, SearchIndexError) as exc:
            self._failure = exc  # raised by files(); the pages are kept for it meanwhile
            return
        self._expected = set(expected)
        self._sender = threading.Thread(target=self._send_pages, daemon=True, name="explainer-search")
        self._sender.start()

    def add(self, dest_path: str, html: bytes) -> None:
        """Take a rendered page for the index (a page added again replaces the first); others are ignored."""
        if not self.wants(dest_path):
            return
        self._added += 1
        if dest_path in self._expected and self._failure is None:
            self._queue.put((dest_path, html))
        else:
            self._later[dest_path] = zlib.compress(html, 1)

    def files(self) -> dict[str, bytes]:
        """The index and Pagefind's UI, ``{"pagefind/<file>": bytes}``; raises ``SearchIndexError``.

        Stops the service: the indexer is used once.
        """
        try:
            return self._finish()
        except ServiceError as exc:
            raise SearchIndexError(f"search: Pagefind failed to index the site: {exc} {HINT}") from None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the Pagefind service and the sending thread, dropping what is queued; safe to call twice."""
        self._stopping = True
        sender, self._sender = self._sender, None
        service, self._service = self._service, None
        if service is not None:
            service.close()  # a page being sent fails at once
        if sender is not None:
            self._queue.put(None)
            sender.join()

    @property
    def service_pid(self) -> int | None:
        """The Pagefind process's id while it runs (for tests)."""
        return self._service.pid if self._service is not None else None

    def _start(self) -> PagefindService:
        binary = pagefind_binary()
        if binary is None:
            raise SearchIndexError(MISSING)
        service = self._service = PagefindService(binary)
        config = {"force_language": self.language} if self.language else None
        self._index_id = service.request({"type": "NewIndex", "config": config})["index_id"]
        return service

    def _send_pages(self) -> None:
        service = self._service
        assert service is not None
        while (item := self._queue.get()) is not None:
            if self._failure is None and not self._stopping:
                try:
                    self._send_page(service, *item)
                except BaseException as exc:  # reported by files()
                    self._failure = exc

    def _send_page(self, service: PagefindService, dest: str, html: bytes) -> None:
        service.send({"type": "AddFile", "index_id": self._index_id, "file_path": dest, "url": None,
                      "file_contents": html.decode("utf-8", "replace")})

    def _finish(self) -> dict[str, bytes]:
        sender, self._sender = self._sender, None
        if sender is not None:  # every queued page sent
            self._queue.put(None)
            sender.join()
        if self._failure is not None:
            raise self._failure
        service = self._service if self._service is not None else self._start()
        for dest in sorted(self._later):
            self._send_page(service, dest, zlib.decompress(self._later[dest]))
        # In memory: the files of WriteFiles may not all be written yet when it answers (Pagefind 1.5.2
        # does not flush them), and these bytes do not depend on any file system.
        answer = service.request({"type": "GetFiles", "index_id": self._index_id})
        files: dict[str, bytes] = {}
        for file in answer.pop("files", None) or ():
            path = PurePosixPath(str(file["path"]).replace("\\", "/"))
            if path.is_absolute() or ".." in path.parts:
                raise ServiceError(f"it returned a file outside its folder: {path}")
            files[f"{BUNDLE}/{path}"] = base64.b64decode(file["content"])
        if f"{BUNDLE}/pagefind.js" not in files:
            raise ServiceError(f"it returned no pagefind.js ({self._added} pages)")
        return dict(sorted(files.items()))


def _url(dest: str) -> str:
    """The URL Pagefind gives the page at ``dest`` (``articles/x/index.html`` -> ``/articles/x/``)."""
    return "/" + dest.removesuffix("index.html")


def write_index(site_dir: Path, language: str | None = None) -> None:
    """Index the searchable pages of a built site folder into ``site_dir/pagefind/`` (replaced)."""
    indexer = SearchIndexer(language)
    try:
        for kind in ("articles", "actors", "pages"):
            for page in sorted((site_dir / kind).glob("*/index.html")):
                indexer.add(page.relative_to(site_dir).as_posix(), page.read_bytes())
        files = indexer.files()
    finally:
        indexer.close()
    shutil.rmtree(site_dir / BUNDLE, ignore_errors=True)
    for dest, content in files.items():
        target = site_dir / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


class IndexedOutput:
    """An ``Output`` that also hands each searchable page to a ``SearchIndexer``, then to ``output``.

    ``begin`` only notes the planned pages: the indexer's service (a process and a thread) is
    started at the first page, after the render stage has forked its helpers. With no language
    forced (a multilingual site), pages are kept and indexed in path order at the end instead.
    """

    def __init__(self, output: Output, indexer: SearchIndexer) -> None:
        self.output, self.indexer = output, indexer
        self._planned: list[str] | None = None
        self._started = False

    def begin(self, dests: Sequence[str]) -> None:
        if self._planned is None:
            self._planned = list(dests)
        self.output.begin(dests)

    def put(self, dest: str, content: bytes | Path) -> None:
        if not self._started:
            self._started = True
            if self._planned and self.indexer.language:
                self.indexer.expect(self._planned)
        self.output.put(dest, content)
        if isinstance(content, bytes) and self.indexer.wants(dest):
            self.indexer.add(dest, content)


def index_folder(config: SiteConfig) -> Callable[[Path], None]:
    """``write_index`` for a built folder of the site of ``config`` (``write_site``'s ``finish``)."""
    language = None if config.languages[1:] else config.language
    return lambda folder: write_index(folder, language)
