"""``map_in_order(func, items)``: ``[func(item) for item in items]``, on every core when it pays.

The build's heavy loops (article bodies, related-article scores, page
templates) are independent per item. On a large site they run in forked worker processes, in a few
interleaved chunks per worker (chunk k of n takes items k, k + n, ...); the
results come back in the order of ``items``, so the caller applies them
exactly as a serial loop would and the output does not depend on the number
of cores.

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
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 200  # below this, a serial loop is faster than forking
MAX_WORKERS = 4  # each worker is a copy of the build's memory
CHUNKS_PER_WORKER = 4

# The task of the pool being run. Set before the workers are forked, so each
# inherits it; only (first, step) of a chunk goes to a worker and only results come back.
_task: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


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
                 meanwhile: Callable[[], None] | None = None) -> list[R]:
    """``[func(item) for item in items]``; in worker processes when ``fork`` and it pays.

    ``meanwhile()`` is other work of the caller that does not depend on the results: it runs
    here while the workers are busy (after the loop when serial).
    """
    global _task
    count = workers() if fork and len(items) >= MIN_ITEMS else 1
    if count == 1:
        results = [func(item) for item in items]
        if meanwhile is not None:
            meanwhile()
        return results
    # Chunk k holds items k, k + n, k + 2n, ...: the pages of a site are not all the same cost
    # (actor pages and the timeline come last and weigh most), and striding spreads them. A few
    # chunks per worker let a finished chunk travel back while the worker renders the next.
    n = count * CHUNKS_PER_WORKER
    _task = (func, items)
    try:
        # An executor, not multiprocessing.Pool: a worker that dies (killed, out of memory) raises
        # BrokenProcessPool here instead of leaving the build waiting for ever. With fork, it
        # starts every worker at the first submit, before its own management thread.
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
            pending = [pool.submit(_run_chunk, (k, n)) for k in range(n)]
            if meanwhile is not None:
                meanwhile()
            chunks = [future.result() for future in pending]
    finally:
        _task = None
    return [chunks[i % n][i // n] for i in range(len(items))]


def _run_chunk(stride: tuple[int, int]) -> list[Any]:
    assert _task is not None, "map_in_order's task is set before the workers fork"
    func, items = _task
    first, step = stride
    return [func(item) for item in items[first::step]]
