"""The build's one executor, serial or multi-process, which stages may hand their per-item work.

``executor`` holds what stages are handed (``Executor``, the serial and the forking kind, ``make_executor``),
``forkmap`` shares a list out between this process and forked helpers, and ``forked`` runs one call in a
process of its own, alongside the caller (``start``, ``inbox``).
"""

from __future__ import annotations

from generator.parallel.executor import (
    MAX_WORKERS,
    MIN_ITEMS,
    Collected,
    Done,
    Executor,
    ForkExecutor,
    Inbox,
    Parcel,
    Pending,
    SerialExecutor,
    Wrapped,
    can_fork,
    make_executor,
)
from generator.parallel.forked import Forked, ForkedInbox, read_at
from generator.parallel.forkmap import LARGEST_CHUNK, SMALLEST_CHUNK, costliest_first

__all__ = [
    "LARGEST_CHUNK",
    "MAX_WORKERS",
    "MIN_ITEMS",
    "SMALLEST_CHUNK",
    "Collected",
    "Done",
    "Executor",
    "ForkExecutor",
    "Forked",
    "ForkedInbox",
    "Inbox",
    "Parcel",
    "Pending",
    "SerialExecutor",
    "Wrapped",
    "can_fork",
    "costliest_first",
    "make_executor",
    "read_at",
]
