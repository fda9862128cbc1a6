"""One call alongside what follows, in a forked process of its own: ``executor.start`` and ``executor.inbox``.

``executor.start(func)`` runs one call alongside what follows: in a forked
process of its own, whose result (or exception) comes back through an
anonymous file when ``.result()`` is asked for; a serial executor runs it
there and then. Start it before any thread does, as for ``map``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
import struct
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar

from generator.parallel.forkmap import _end_with_parent

if TYPE_CHECKING:
    from generator.parallel.executor import Parcel

T = TypeVar("T")
R = TypeVar("R")


class Forked(Generic[R]):
    """``func()`` in a forked process; ``result()`` waits for it. Ended with this process."""

    def __init__(self, func: Callable[[], R]) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 -- closed by result() or cancel()
        self._process = multiprocessing.get_context("fork").Process(
            target=_run_alone, args=(func, self._file, os.getpid()), daemon=True, name="explainer-alongside")
        self._process.start()

    def result(self) -> R:
        try:
            self._process.join()
            self._file.seek(0)
            try:
                failed, value = pickle.load(self._file)
            except (EOFError, pickle.UnpicklingError):
                raise BrokenProcessPool(f"a helper process died (exit status {self._process.exitcode})") from None
        finally:
            self._file.close()
        if failed:
            raise value
        return value

    def cancel(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._file.close()


_PLACE = struct.Struct("<qq")  # an item's offset and size in the inbox's file; (-1, 0): no more items


# ``executor.inbox(func)`` is the same, but ``func`` gets its input later:
# ``.put(item)`` hands it items one at a time, while it runs. Its process is
# forked when ``inbox`` is called, which can be early, while this process is
# still small (the search index: forked before the site is loaded, handed the
# documents once they are linked): a process forked from a large one keeps a
# private copy of every page the large one writes to afterwards. Items go
# through an anonymous file made before the fork, only their places in it
# through a pipe, so ``put`` never waits for the consumer, and ``func`` gets
# each as a ``Parcel`` it opens (unpickles) when it needs it: a consumer that
# looks ahead holds only what it opened.
class ForkedInbox(Forked[R], Generic[T, R]):
    """``func(parcels)`` in a process forked now; ``put`` writes an item to a file both share."""

    def __init__(self, func: Callable[[Iterator[Parcel[T]]], R]) -> None:
        self._items = tempfile.TemporaryFile()  # noqa: SIM115 -- closed by result() or cancel()
        self._written = 0
        read, self._places = os.pipe()  # the places of the items: read by the helper, written here
        try:
            super().__init__(partial(_from_inbox, func, self._items, read, self._places))
        finally:
            os.close(read)

    def put(self, item: T) -> None:
        data = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        os.pwrite(self._items.fileno(), data, self._written)  # at its own offset: the helper reads too
        with contextlib.suppress(BrokenPipeError):  # it ended already: result() says why
            os.write(self._places, _PLACE.pack(self._written, len(data)))
        self._written += len(data)

    def result(self) -> R:
        self._end_input()
        return super().result()

    def cancel(self) -> None:
        super().cancel()
        self._end_input()

    def _end_input(self) -> None:
        if self._places >= 0:
            with contextlib.suppress(OSError):  # the helper ended already
                os.write(self._places, _PLACE.pack(-1, 0))
            os.close(self._places)
            self._places = -1
            self._items.close()


class _Stored(Generic[T]):
    """A parcel in the inbox's file, read when opened."""

    def __init__(self, file: IO[bytes], offset: int, size: int) -> None:
        self._file, self._offset, self._size = file, offset, size

    def open(self) -> T:
        return pickle.loads(read_at(self._file, self._offset, self._size))  # type: ignore[no-any-return]


def read_at(file: IO[bytes], offset: int, size: int) -> bytes:
    """``size`` bytes of ``file`` from ``offset``, whatever its position (another process may read it too)."""
    data = b""
    while len(data) < size:  # a large item may come in several reads
        chunk = os.pread(file.fileno(), size - len(data), offset + len(data))
        if not chunk:
            raise EOFError(f"the file ends at {offset + len(data)} of {offset + size} bytes")
        data += chunk
    return data


def _from_inbox(func: Callable[[Iterator[Parcel[Any]]], R], items: IO[bytes], places: int, ours: int) -> R:
    """In the inbox's process: ``func`` of the parcels, as their places arrive (until the end mark or EOF)."""
    os.close(ours)  # this process's copy of the write end: the input ends with the parent's

    def parcels() -> Iterator[Parcel[Any]]:
        with os.fdopen(places, "rb") as pipe:
            while len(head := pipe.read(_PLACE.size)) == _PLACE.size:
                offset, size = _PLACE.unpack(head)
                if offset < 0:
                    return
                yield _Stored(items, offset, size)

    return func(parcels())


def _run_alone(func: Callable[[], Any], file: IO[bytes], parent: int) -> None:
    """In the forked process: run ``func`` and leave ``(failed, value or exception)`` in ``file``."""
    _end_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # an interrupted build ends it (PR_SET_PDEATHSIG)
    try:
        outcome: tuple[bool, Any] = (False, func())
    except Exception as exc:
        outcome = (True, exc)
    try:  # into the file as it is pickled: a large result is not held twice
        pickle.dump(outcome, file, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an exception that does not pickle still says what it was
        file.seek(0)
        file.truncate()
        pickle.dump((True, RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}"
                                        if outcome[0] else f"unpicklable result: {exc}")), file)
    file.flush()

