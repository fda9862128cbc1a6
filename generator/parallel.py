"""``map_in_order(func, items)``: ``[func(item) for item in items]``, on every core when it pays.

The build's heavy loops (article bodies, page templates) are independent
per item. On a large site they run in forked worker processes, in a few
chunks per worker; the results come back in the order of ``items``, so the
caller applies them exactly as a serial loop would and the output does not
depend on the number of cores. Items of about the same cost go in interleaved
chunks (chunk k of n takes items k, k + n, ...). When the caller can tell
what each item costs (a page listing every event weighs a hundred article
pages), the costliest go out first and the chunks shrink as the work runs
out, so no worker is left rendering one heavy page while the other waits.

Fork (not spawn) is what makes this cheap and simple: a worker inherits the
loaded site, the Markdown parser and the Jinja environment, so ``func`` may be
a closure and only the results are pickled. Serial instead when the list is
short (forking would cost more than it saves), when there is one core, when
the platform cannot fork, when the caller says so (``explainer serve``, whose
request threads may hold a lock such as stderr's at the moment of a fork) and
when a non-daemon thread is running (an application embedding the build). The
progress timer of the command line is a daemon thread that never runs in a
worker, so it does not stop the fork.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # below this, a serial loop is faster than forking
MAX_WORKERS = 4  # each worker is a copy of the build's memory
CHUNKS_PER_WORKER = 4

# The task of the pool being run. Set before the workers are forked, so each
# inherits it; only (first, step) of a chunk goes to a worker and only results come back.
_task: tuple[Callable[[Any], Any], Sequence[Any], Callable[[], None] | None] | None = None


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
    """``[func(item) for item in items]``; in worker processes when ``fork`` and it pays.

    ``meanwhile()`` is other work of the caller that does not depend on the results: it runs
    here while the workers are busy (after the loop when serial). ``cost(item)`` is an estimate
    of the item's work in any unit, used only to share it out. ``after_chunk()`` runs in the
    process that ran a chunk, once its items are done and before its results go back (the
    build waits there for the pages a worker has handed to its writer threads); an exception
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
    # A few chunks per worker let a finished chunk travel back while the worker renders the next.
    if cost is None:
        n = count * CHUNKS_PER_WORKER
        chunks = [range(k, len(items), n) for k in range(n)]
    else:
        chunks = costliest_first([cost(item) for item in items], count)
    _task = (func, items, after_chunk)
    try:
        # An executor, not multiprocessing.Pool: a worker that dies (killed, out of memory) raises
        # BrokenProcessPool here instead of leaving the build waiting for ever. With fork, it
        # starts every worker at the first submit, before its own management thread. A free
        # worker takes the next chunk in submission order.
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
            pending = {pool.submit(_run_chunk, chunk): chunk for chunk in chunks}
            if meanwhile is not None:
                meanwhile()
            results: list[Any] = [None] * len(items)
            for future in as_completed(pending):
                for i, value in zip(pending[future], future.result(), strict=True):
                    results[i] = value
    finally:
        _task = None
    return results


def costliest_first(costs: Sequence[float], workers: int) -> list[list[int]]:
    """Item indices in chunks, costliest items first; each chunk about half of what is left per worker.

    Guided scheduling: early chunks are large (few round trips), the last ones small, so the
    workers finish together. An item costlier than a chunk's share is a chunk of its own.
    """
    order = sorted(range(len(costs)), key=lambda i: (-costs[i], i))
    left = float(sum(max(c, 0.0) for c in costs))
    floor = left / (workers * CHUNKS_PER_WORKER * 4)  # no chunk is smaller than this, bar the last
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


def _run_chunk(indices: Sequence[int]) -> list[Any]:
    assert _task is not None, "map_in_order's task is set before the workers fork"
    func, items, after_chunk = _task
    results = [func(items[i]) for i in indices]
    if after_chunk is not None:
        after_chunk()
    return results
