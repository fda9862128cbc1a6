"""The build's search index, made alongside the build by a process forked before the site is loaded.

A process forked from the build once the site is linked would keep a private
copy of every page of memory the build writes to while it renders (a few
hundred MB on a large site); one forked at the start, while the build is
small, holds only what it is handed. ``SearchIndex(executor)`` forks it (an
``executor.inbox``), ``add(languages)`` hands it the documents of the linked
site part by part (``split``), and ``rendered()`` tells it the pages are done;
``result()`` gives the bundle's files, the same bytes as ``site_index`` makes, a part at a time. Each
part's files go to a file the build shares with that process as soon as they
are made, so it holds no more than the parts it is making.

Each part is its own Pagefind service, so parts may be indexed at once, each
on a core: while pages render, only as many as fit in ``PART_BYTES`` of
documents together (each service holds its part many times over in memory,
and the render's processes are there too); once the pages are rendered, as
many as fit in twice that, and at most one per core, so the index does not
end on one core while the others wait. The bytes of a part depend on its
documents alone, not on which parts ran at the same time.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import IO

from generator.config import SiteConfig
from generator.model import Site
from generator.parallel import Executor, Inbox, Parcel, read_at
from generator.search import indexer
from generator.search.documents import Document


@dataclass(frozen=True)
class Plan:
    parts: int  # the parcels that follow this one are that many parts
    at_once: int  # parts indexed at the same time until told otherwise


@dataclass(frozen=True)
class Part:
    number: int  # from 0: pagefind/, then pagefind/part-2/...
    language: str | None
    documents: list[Document]


class SearchIndex:
    """The search index of the site being built, made in a process of its own (see the module)."""

    def __init__(self, executor: Executor) -> None:
        self._cores = max(1, executor.workers)
        self._made = tempfile.TemporaryFile()  # noqa: SIM115 -- closed by result() or cancel()
        self._inbox: Inbox[Plan | Part | int, list[tuple[int, int]]] = executor.inbox(
            partial(index_parts, made=self._made))
        self._largest = 0

    def add(self, languages: Sequence[tuple[Site, SiteConfig]]) -> None:
        """Hand over the documents of the linked site (each language's, with its settings), part by part."""
        language = indexer.index_language(languages)
        parts = indexer.split(indexer.searched(languages))
        self._largest = max(sum(page.size for page in part) for part in parts)
        self._inbox.put(Plan(len(parts), self._at_once(indexer.PART_BYTES)))
        for k, pages in enumerate(parts):  # one part's documents at a time, let go once handed over
            self._inbox.put(Part(k, language, [page.make() for page in pages]))

    def rendered(self) -> None:
        """The pages are rendered: their processes are gone, so more parts may be indexed at once."""
        self._inbox.put(self._at_once(2 * indexer.PART_BYTES))

    def result(self) -> Iterator[tuple[str, bytes]]:
        """The bundle's files (``site_index``'s bytes), one part's at a time: a large site's index is never held
        whole. Raises ``SearchIndexError``, before the first file."""
        try:
            places = self._inbox.result()
        except BaseException:
            self._made.close()
            raise
        return self._files(places)

    def _files(self, places: list[tuple[int, int]]) -> Iterator[tuple[str, bytes]]:
        try:
            yield from indexer.bundle(pickle.loads(read_at(self._made, offset, size)) for offset, size in places)
        finally:
            self._made.close()

    def cancel(self) -> None:
        self._inbox.cancel()
        self._made.close()

    def _at_once(self, budget: int) -> int:
        return max(1, min(self._cores, budget // max(1, self._largest)))


def index_parts(parcels: Iterator[Parcel[Plan | Part | int]], made: IO[bytes]) -> list[tuple[int, int]]:
    """In the index's process: the files of the parts in ``parcels`` (a ``Plan``, its parts, then numbers
    of parts that may be indexed at once), each part's pickled into ``made`` as soon as they are made;
    returns where each part's are in it (offset, size), in part order. A part is opened when it is indexed."""
    first = next(parcels, None)
    if first is None:
        return []
    plan = first.open()
    assert isinstance(plan, Plan), plan
    runner = _Runner(plan.at_once, made)
    for k, parcel in enumerate(parcels):
        if k < plan.parts:
            runner.add(parcel)
        else:
            at_once = parcel.open()
            assert isinstance(at_once, int), at_once
            runner.allow(at_once)
    return runner.finish()


class _Runner:
    """Parts indexed in threads, each with its own Pagefind, at most ``at_once`` at a time, in order."""

    def __init__(self, at_once: int, made: IO[bytes]) -> None:
        self._at_once = at_once
        self._waiting: deque[Parcel[Plan | Part | int]] = deque()
        self._running = 0
        self._file = made
        self._end = 0  # of what is written to the file
        self._made: dict[int, tuple[int, int]] = {}
        self._errors: dict[int, BaseException] = {}
        self._changed = threading.Condition()

    def add(self, parcel: Parcel[Plan | Part | int]) -> None:
        with self._changed:
            self._waiting.append(parcel)
            self._start()

    def allow(self, at_once: int) -> None:
        with self._changed:
            self._at_once = max(1, at_once)
            self._start()

    def finish(self) -> list[tuple[int, int]]:
        """Where every part's files are, in order, once all are made; raises the first failed part's error."""
        with self._changed:
            self._start()
            self._changed.wait_for(lambda: not self._running and (not self._waiting or self._errors))
            if self._errors:
                raise self._errors[min(self._errors)]
            return [self._made[k] for k in sorted(self._made)]

    def _start(self) -> None:  # with self._changed held
        while self._waiting and self._running < self._at_once and not self._errors:
            self._running += 1
            threading.Thread(target=self._index, args=(self._waiting.popleft(),), name="search-part").start()

    def _index(self, parcel: Parcel[Plan | Part | int]) -> None:
        number = -1
        try:
            part = parcel.open()
            assert isinstance(part, Part), part
            number = part.number
            files = indexer.make_index(part.documents, part.language)
            del part
            if number:  # Pagefind's UI files are kept once, from the first part
                files = {path: data for path, data in files.items() if not indexer.is_ui_file(path)}
            data = pickle.dumps(files, protocol=pickle.HIGHEST_PROTOCOL)
            del files
            with self._changed:
                offset, self._end = self._end, self._end + len(data)
            os.pwrite(self._file.fileno(), data, offset)
            with self._changed:
                self._made[number] = (offset, len(data))
        except BaseException as exc:  # handed to finish(), which raises it
            with self._changed:
                self._errors[number] = exc
        finally:
            with self._changed:
                self._running -= 1
                self._start()
                self._changed.notify_all()
