"""The two executors and what stages are handed: ``executor.map(func, items)`` is ``[func(item) for item in items]``.

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
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

from generator.parallel.forked import Forked, ForkedInbox
from generator.parallel.forkmap import _fork_map, costliest_first

T = TypeVar("T")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

MIN_ITEMS = 200  # below this, a serial loop is faster than forking
MAX_WORKERS = 4  # processes, this one included: each helper is a copy of the build's memory


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
