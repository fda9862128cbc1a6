"""``ForkExecutor.map``: a list's items shared out between this process and forked helpers, results in order.

Results come back in the order of ``items``, whatever process made them, so
a stage applies them exactly as a serial loop would and the output does not
depend on the number of cores; ``tests/test_parallel_build.py`` holds the two
kinds to the same bytes. ``each(index, result)``, if given, is called in this
process as each result arrives (in any order), and what it returns takes the
result's place in the list: the render stage hands pages to the writer there,
while later pages are still being rendered, and keeps only their problems.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import IO, Any

SMALLEST_CHUNK = 1 / 32  # of one process's share of the work: the last chunks are about this big
LARGEST_CHUNK = 256  # items: a helper hands its results on when its chunk ends, so they reach the writer soon

# Work is shared out in chunks, costliest items first (``cost(item)``, when the
# caller can tell), large chunks first and small ones last, so the processes
# finish together; whichever process is free claims the next chunk (a counter
# in shared memory). A helper hands its results back in an anonymous file
# made before the fork: it has no name, so nothing else on the machine can
# remove it, and nothing is left behind. Helpers are ended with their parent
# (``PR_SET_PDEATHSIG`` where the platform has it), and a helper that dies
# raises ``BrokenProcessPool`` in the caller rather than a hang.

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
