"""The build's one executor: ``executor.map(func, items)`` is ``[func(item) for item in items]``.

Every stage gets the same executor and may hand it its independent, per-item
work (article files to parse, bodies to render, pages to render). There are
two kinds, with the same results:

- ``SerialExecutor`` runs the loop in this process (``explainer serve``, whose
  request threads make forking unsafe; a machine with one core; tests).
- ``ForkExecutor`` runs it in this process and in forked helper processes,
  one per other core, when the list is long enough to pay for the fork.
  Fork (not spawn) is what keeps this simple and cheap: a helper inherits the
  loaded site, the Markdown parser and the compiled templates, so ``func``
  may be a closure and only the results are pickled.

Results come back in the order of ``items``, whatever process made them, so
a stage applies them exactly as a serial loop would and the output does not
depend on the number of cores; ``tests/test_parallel_build.py`` holds the two
kinds to the same bytes. ``each(index, result)``, if given, is called in this
process as each result arrives (in any order), and what it returns takes the
result's place in the list: the render stage hands pages to the writer there,
while later pages are still being rendered, and keeps only their problems.

Work is shared out in chunks, costliest items first (``cost(item)``, when the
caller can tell), large chunks first and small ones last, so the processes
finish together; whichever process is free claims the next chunk (a counter
in shared memory). A helper hands its results back in an anonymous file
made before the fork: it has no name, so nothing else on the machine can
remove it, and nothing is left behind. Helpers are ended with their parent
(``PR_SET_PDEATHSIG`` where the platform has it), and a helper that dies
raises ``BrokenProcessPool`` in the caller rather than a hang.

``executor.start(func)`` runs one call alongside what follows: in a forked
process of its own, whose result (or exception) comes back through an
anonymous file when ``.result()`` is asked for; a serial executor runs it
there and then. Start it before any thread does, as for ``map``.

``executor.inbox(func)`` is the same, but ``func`` gets its input later:
``.put(item)`` hands it items one at a time, while it runs. Its process is
forked when ``inbox`` is called, which can be early, while this process is
still small (the search index: forked before the site is loaded, handed the
documents once they are linked): a process forked from a large one keeps a
private copy of every page the large one writes to afterwards. Items go
through an anonymous file made before the fork, only their places in it
through a pipe, so ``put`` never waits for the consumer, and ``func`` gets
each as a ``Parcel`` it opens (unpickles) when it needs it: a consumer that
looks ahead holds only what it opened.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import signal
import struct
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import IO, Any, Generic, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

MIN_ITEMS = 200  # below this, a serial loop is faster than forking
MAX_WORKERS = 4  # processes, this one included: each helper is a copy of the build's memory
SMALLEST_CHUNK = 1 / 32  # of one process's share of the work: the last chunks are about this big
LARGEST_CHUNK = 256  # items: a helper hands its results on when its chunk ends, so they reach the writer soon


class Executor(Protocol):
    workers: int  # processes that run at once, this one included

    def map(self, func: Callable[[T], R], items: Sequence[T], *,
            cost: Callable[[T], float] | None = None,
            each: Callable[[int, R], Any] | None = None) -> list[Any]:
        """``[func(item) for item in items]``; with ``each``, ``[each(i, func(item)) ...]``, called here
        as each result arrives."""
        ...

    def start(self, func: Callable[[], R]) -> Pending[R]:
        """``func()``, maybe run alongside what the caller does next; ``.result()`` returns or raises it."""
        ...

    def inbox(self, func: Callable[[Iterator[Parcel[T]]], R]) -> Inbox[T, R]:
        """``func(parcels)``, maybe run alongside the caller, which ``put``s the parcels' items later."""
        ...


class Pending(Protocol[R_co]):
    def result(self) -> R_co:
        ...

    def cancel(self) -> None:
        """Not wanted after all: stop it if it still runs (``result()`` may not be asked for after)."""
        ...


class Parcel(Protocol[R_co]):
    def open(self) -> R_co:
        """The item put (each parcel is opened once)."""
        ...


class Inbox(Pending[R_co], Protocol[T, R_co]):
    def put(self, item: T) -> None:
        """Hand ``func`` the next item; returns at once. ``result()`` ends the input."""
        ...


class Wrapped(Generic[T]):
    """A parcel that is its item already (in this process)."""

    def __init__(self, item: T) -> None:
        self._item = item

    def open(self) -> T:
        return self._item


class Collected(Generic[T, R]):
    """An inbox whose ``func`` runs here, on every item put, when the result is asked for."""

    def __init__(self, func: Callable[[Iterator[Parcel[T]]], R]) -> None:
        self._func = func
        self._items: list[T] = []

    def put(self, item: T) -> None:
        self._items.append(item)

    def result(self) -> R:
        items, self._items = self._items, []
        parcels: Iterator[Parcel[T]] = (Wrapped(item) for item in items)
        return Done(lambda: self._func(parcels)).result()

    def cancel(self) -> None:
        self._items = []


class Done(Generic[R]):
    """A call already made: its value, or the exception it raised."""

    def __init__(self, func: Callable[[], R]) -> None:
        self._value: R | None = None
        self._error: BaseException | None = None
        try:
            self._value = func()
        except Exception as exc:
            self._error = exc

    def result(self) -> R:
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]

    def cancel(self) -> None:
        pass


class SerialExecutor:
    """Every item in this process, in order."""

    workers = 1

    def map(self, func: Callable[[T], R], items: Sequence[T], *,
            cost: Callable[[T], float] | None = None,
            each: Callable[[int, R], Any] | None = None) -> list[Any]:
        if each is None:
            return [func(item) for item in items]
        return [each(i, func(item)) for i, item in enumerate(items)]

    def start(self, func: Callable[[], R]) -> Pending[R]:
        return Done(func)

    def inbox(self, func: Callable[[Iterator[Parcel[T]]], R]) -> Inbox[T, R]:
        return Collected(func)


class ForkExecutor:
    """This process and ``workers - 1`` forked helpers, for lists of at least ``min_items``."""

    def __init__(self, workers: int, min_items: int = MIN_ITEMS) -> None:
        self.workers = max(1, workers)
        self.min_items = min_items

    def map(self, func: Callable[[T], R], items: Sequence[T], *,
            cost: Callable[[T], float] | None = None,
            each: Callable[[int, R], Any] | None = None) -> list[Any]:
        if self.workers == 1 or len(items) < self.min_items or not can_fork():
            return SerialExecutor().map(func, items, cost=cost, each=each)
        costs = [cost(item) for item in items] if cost is not None else [1.0] * len(items)
        return _fork_map(func, items, costliest_first(costs, self.workers), self.workers, each)

    def start(self, func: Callable[[], R]) -> Pending[R]:
        if self.workers == 1 or not can_fork():
            return Done(func)
        return Forked(func)

    def inbox(self, func: Callable[[Iterator[Parcel[T]]], R]) -> Inbox[T, R]:
        if self.workers == 1 or not can_fork():
            return Collected(func)
        return ForkedInbox(func)


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


def make_executor(parallel: bool = True) -> Executor:
    """A ``ForkExecutor`` on every core this process may use (at most ``MAX_WORKERS``), else serial."""
    if not parallel or not can_fork():
        return SerialExecutor()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    workers = min(cores, MAX_WORKERS)
    return ForkExecutor(workers) if workers > 1 else SerialExecutor()


def can_fork() -> bool:
    """Fork is available and no other thread is running (a forked child would inherit its locks)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


# The task being run: set before the helpers are forked, so each inherits it; only chunk
# numbers travel to a helper, and only results come back.
_task: _Task | None = None


class _Task:
    def __init__(self, func: Callable[[Any], Any], items: Sequence[Any], chunks: Sequence[Sequence[int]],
                 claimed: Any, files: Sequence[IO[bytes]]) -> None:
        self.func, self.items, self.chunks = func, items, chunks
        self.claimed = claimed  # a shared counter: the number of chunks handed out so far
        self.files = files  # one anonymous file per chunk, for a helper's results

    def claim(self) -> int | None:
        """The next chunk nobody has taken yet, in any process; None when all are taken."""
        with self.claimed.get_lock():
            k = self.claimed.value
            if k >= len(self.chunks):
                return None
            self.claimed.value = k + 1
        return k

    def give_up(self) -> None:
        with self.claimed.get_lock():
            self.claimed.value = len(self.chunks)

    def run(self, k: int) -> Iterator[Any]:
        """The results of chunk ``k``, made one at a time: a chunk's results are never all held at once."""
        return (self.func(self.items[i]) for i in self.chunks[k])


def _fork_map(func: Callable[[Any], Any], items: Sequence[Any], chunks: list[list[int]], workers: int,
              each: Callable[[int, Any], Any] | None) -> list[Any]:
    global _task
    context = multiprocessing.get_context("fork")
    results: list[Any] = [None] * len(items)

    def take(k: int, values: Iterator[Any]) -> None:
        for i, value in zip(chunks[k], values, strict=True):
            results[i] = each(i, value) if each is not None else value

    def take_file(done: tuple[int, int] | None) -> None:
        if done is not None:  # one result at a time, as each is unpickled
            k, _ = done
            file = task.files[k]
            file.seek(0)
            take(k, (pickle.load(file) for _ in chunks[k]))

    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(tempfile.TemporaryFile()) for _ in chunks]
        task = _task = _Task(func, items, chunks, context.Value("l", 0), files)
        try:
            # An executor, not multiprocessing.Pool: a helper that dies (killed, out of memory)
            # raises BrokenProcessPool here instead of leaving the build waiting for ever. With
            # fork, it starts every helper at the first submit, before its own management thread.
            # Each submitted call runs the next chunk nobody has claimed, so there is one per chunk.
            with ProcessPoolExecutor(workers - 1, mp_context=context, initializer=_end_with_parent,
                                     initargs=(os.getpid(),)) as pool:
                pending = [pool.submit(_run_next) for _ in chunks]
                try:
                    while (k := task.claim()) is not None:  # this process takes chunks too
                        take(k, task.run(k))
                        for future in [f for f in pending if f.done()]:  # what came back meanwhile
                            pending.remove(future)
                            take_file(future.result())
                    for future in as_completed(pending):
                        take_file(future.result())
                except BaseException:
                    task.give_up()  # the helpers stop after their current chunk
                    raise
        finally:
            _task = None
    return results


def costliest_first(costs: Sequence[float], workers: int) -> list[list[int]]:
    """Item indices in chunks, costliest items first; each chunk about half of what is left per worker.

    Guided scheduling: early chunks are large (few round trips), the last ones small, so the
    workers finish together; none has more than ``LARGEST_CHUNK`` items. An item costlier than
    a chunk's share is a chunk of its own.
    """
    order = sorted(range(len(costs)), key=lambda i: (-costs[i], i))
    left = float(sum(max(c, 0.0) for c in costs))
    floor = left / workers * SMALLEST_CHUNK  # no chunk is smaller than this, bar the last
    chunks: list[list[int]] = []
    chunk: list[int] = []
    weight = share = 0.0
    for i in order:
        if not chunk:
            share = max(left / (2 * workers), floor)
        chunk.append(i)
        weight += max(costs[i], 0.0)
        if weight >= share or len(chunk) >= LARGEST_CHUNK:
            chunks.append(chunk)
            left -= weight
            chunk, weight = [], 0.0
    if chunk:
        chunks.append(chunk)
    return chunks


def _end_with_parent(parent: int) -> None:
    """In a helper, first: the kernel ends it when the build's process dies (Linux), even by kill -9."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _run_next() -> tuple[int, int] | None:
    """In a helper: (chunk number, size of its pickled results in the chunk's file), or None."""
    assert _task is not None, "the task is set before the helpers fork"
    k = _task.claim()
    if k is None:
        return None
    file = _task.files[k]  # this chunk's alone: no other process writes it, this one reads it after
    for value in _task.run(k):  # each result into the file as it is made, not the chunk's all at once
        pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
    file.flush()
    return k, file.tell()
