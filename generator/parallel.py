"""``map_in_order(func, items)``: ``[func(item) for item in items]``, on every core when it pays.

The build's heavy loops (article bodies, page templates) are independent
per item. On a large site they run in this process and in forked helper
processes, one per other core, in chunks: whichever process is free
claims the next chunk (a counter in shared memory). The results come
back in the order of ``items``, so the caller applies them exactly as a serial
loop would and the output does not depend on the number of cores. Chunks
start large (few round trips) and shrink as the work runs out, so the
processes finish together; when the caller can tell what each item costs (a
page listing every event weighs a hundred article pages), the costliest go
out first, so no process is left rendering one
heavy page while the others wait.

Fork (not spawn) is what makes this cheap and simple: a helper inherits the
loaded site, the Markdown parser and the Jinja environment, so ``func`` may be
a closure and only the results are pickled; the chunks this process runs
itself are not pickled at all. Serial instead when the list is
short (forking would cost more than it saves), when there is one core, when
the platform cannot fork, when the caller says so (``explainer serve``, whose
request threads may hold a lock such as stderr's at the moment of a fork) and
when a non-daemon thread is running (an application embedding the build). The
progress timer of the command line is a daemon thread that never runs in a
helper, so it does not stop the fork.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # below this, a serial loop is faster than forking
MAX_WORKERS = 4  # processes, this one included: each helper is a copy of the build's memory
SMALLEST_CHUNK = 1 / 32  # of one process's share of the work: the last chunks are about this big

# The task being run: set before the helpers are forked, so each inherits it (func may be a
# closure); only chunk numbers travel to a helper, and only results come back.
_task: _Task | None = None


class _Task:
    def __init__(self, func: Callable[[Any], Any], items: Sequence[Any], chunks: Sequence[Sequence[int]],
                 after_chunk: Callable[[], None] | None, claimed: Any, folder: str) -> None:
        self.func, self.items, self.chunks, self.after_chunk = func, items, chunks, after_chunk
        self.claimed = claimed  # a shared counter: the number of chunks handed out so far
        self.folder = folder  # where helpers leave their results

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

    def run(self, k: int) -> list[Any]:
        results = [self.func(self.items[i]) for i in self.chunks[k]]
        if self.after_chunk is not None:
            self.after_chunk()
        return results


def workers() -> int:
    """How many processes to use: the cores this process may run on, at most MAX_WORKERS."""
    if "fork" not in multiprocessing.get_all_start_methods() or _other_threads():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def _other_threads() -> bool:
    main = threading.main_thread()
    return any(t is not main and not t.daemon for t in threading.enumerate())


def map_in_order(func: Callable[[T], R], items: Sequence[T], *, fork: bool = True,
                 meanwhile: Callable[[], None] | None = None,
                 cost: Callable[[T], float] | None = None,
                 after_chunk: Callable[[], None] | None = None) -> list[R]:
    """``[func(item) for item in items]``; also in helper processes when ``fork`` and it pays.

    ``meanwhile()`` is other work of the caller that does not depend on the results: it runs
    here first, while the helpers start on the items (after the loop when serial). ``cost(item)`` is an estimate
    of the item's work in any unit, used only to share it out. ``after_chunk()`` runs in the
    process that ran a chunk, once its items are done and before its results go back (the
    build waits there for the pages a process has handed to its writer threads); an exception
    it raises reaches the caller like one of ``func``.
    """
    global _task
    count = workers() if fork and len(items) >= MIN_ITEMS else 1
    if count == 1:
        results = [func(item) for item in items]
        if after_chunk is not None:
            after_chunk()
        if meanwhile is not None:
            meanwhile()
        return results
    # A few chunks per process, handed out as processes get free: this one takes its share too
    # (its results need no pickling), after meanwhile().
    chunks = costliest_first([cost(item) for item in items] if cost is not None else [1.0] * len(items), count)
    context = multiprocessing.get_context("fork")
    # A helper hands its results back in a file: through the executor's pipe, this process (busy
    # with its own chunks) would have to take them in small reads, each waiting for the GIL.
    folder = tempfile.mkdtemp(prefix="explainer-chunks-")
    task = _task = _Task(func, items, chunks, after_chunk, context.Value("l", 0), folder)
    results: list[Any] = [None] * len(items)

    def take(k: int, values: list[Any]) -> None:
        for i, value in zip(chunks[k], values, strict=True):
            results[i] = value

    def take_file(done: tuple[int, str] | None) -> None:
        if done is not None:
            with open(done[1], "rb") as file:
                take(done[0], pickle.load(file))

    try:
        # An executor, not multiprocessing.Pool: a helper that dies (killed, out of memory) raises
        # BrokenProcessPool here instead of leaving the build waiting for ever. With fork, it
        # starts every helper at the first submit, before its own management thread. Each
        # submitted call runs the next chunk nobody has claimed, so there is one per chunk.
        with ProcessPoolExecutor(count - 1, mp_context=context) as pool:
            pending = [pool.submit(_run_next) for _ in chunks]
            try:
                if meanwhile is not None:
                    meanwhile()
                while (k := task.claim()) is not None:
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
        shutil.rmtree(folder, ignore_errors=True)
    return results


def costliest_first(costs: Sequence[float], workers: int) -> list[list[int]]:
    """Item indices in chunks, costliest items first; each chunk about half of what is left per worker.

    Guided scheduling: early chunks are large (few round trips), the last ones small, so the
    workers finish together. An item costlier than a chunk's share is a chunk of its own.
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
        if weight >= share:
            chunks.append(chunk)
            left -= weight
            chunk, weight = [], 0.0
    if chunk:
        chunks.append(chunk)
    return chunks


def _run_next() -> tuple[int, str] | None:
    """In a helper: (chunk number, file of its pickled results) of the next unclaimed chunk, or None."""
    assert _task is not None, "map_in_order's task is set before the helpers fork"
    k = _task.claim()
    if k is None:
        return None
    values = _task.run(k)
    path = os.path.join(_task.folder, f"{k}.pickle")
    with open(path, "wb") as file:
        pickle.dump(values, file, protocol=pickle.HIGHEST_PROTOCOL)
    return k, path
