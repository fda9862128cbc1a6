"""``executor.start`` and ``executor.inbox``: a call alongside the caller's work, in a forked process, with the
serial result."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool

import pytest

from generator.parallel import ForkExecutor, Parcel, SerialExecutor, can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="this platform cannot fork")


class Refused(Exception):
    pass


def refuse() -> None:
    raise Refused("no index today")


def test_the_result_is_the_serial_one_and_made_in_another_process() -> None:
    def work() -> tuple[int, dict[str, bytes]]:
        return os.getpid(), {f"pagefind/{n}": bytes([n]) * n for n in range(50)}

    pid, files = ForkExecutor(2).start(work).result()
    assert pid != os.getpid()
    assert files == SerialExecutor().start(work).result()[1]


def test_an_exception_comes_back_as_itself() -> None:
    for executor in (ForkExecutor(2), SerialExecutor()):
        with pytest.raises(Refused, match="no index today"):
            executor.start(refuse).result()


def test_an_exception_that_cannot_be_pickled_still_says_what_it_was() -> None:
    class Local(Exception):  # a class defined here cannot be pickled by reference
        pass

    def fail() -> None:
        raise Local("the service stopped")

    with pytest.raises(RuntimeError, match="Local: the service stopped"):
        ForkExecutor(2).start(fail).result()


def test_a_process_that_dies_is_an_error_not_a_hang() -> None:
    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    with pytest.raises(BrokenProcessPool, match="exit status -9"):
        ForkExecutor(2).start(die).result()


def test_cancel_ends_it_at_once() -> None:
    def slow() -> int:
        time.sleep(60)
        return 1

    started = time.monotonic()
    ForkExecutor(2).start(slow).cancel()
    assert time.monotonic() - started < 10


def test_one_worker_runs_it_here() -> None:
    assert ForkExecutor(1).start(os.getpid).result() == os.getpid()


# --- executor.inbox: a call forked now, whose items are put later

def collect(parcels: Iterator[Parcel[object]]) -> tuple[int, list[object]]:
    return os.getpid(), [parcel.open() for parcel in parcels]


def test_inbox_items_arrive_in_order_in_another_process_as_serially() -> None:
    items = [{"n": n, "text": "x" * (n * 300_000)} for n in range(5)]  # some larger than one pipe or read
    for executor, elsewhere in ((ForkExecutor(2), True), (SerialExecutor(), False)):
        inbox = executor.inbox(collect)
        for item in items:
            inbox.put(item)
        pid, got = inbox.result()
        assert (pid != os.getpid()) == elsewhere
        assert got == items


MARK = "before"


def test_the_inbox_process_is_forked_when_asked_for_not_when_fed() -> None:
    global MARK

    def read_mark(parcels: Iterator[Parcel[object]]) -> str:
        for parcel in parcels:
            parcel.open()
        return MARK

    inbox = ForkExecutor(2).inbox(read_mark)
    MARK = "after"  # the forked process has its own copy from before
    try:
        inbox.put(1)
        assert inbox.result() == "before"
    finally:
        MARK = "before"


def test_a_parcel_is_read_only_when_opened() -> None:
    def last(parcels: Iterator[Parcel[object]]) -> object:
        return list(parcels)[-1].open()

    inbox = ForkExecutor(2).inbox(last)
    for n in range(3):
        inbox.put(n)
    assert inbox.result() == 2


def test_an_inbox_that_failed_says_why_at_result_and_takes_no_more() -> None:
    def fail(parcels: Iterator[Parcel[object]]) -> None:
        raise Refused("no index today")

    for executor in (ForkExecutor(2), SerialExecutor()):
        inbox = executor.inbox(fail)
        time.sleep(0.2)  # a forked one has ended by now
        for n in range(3):
            inbox.put(n)
        with pytest.raises(Refused, match="no index today"):
            inbox.result()


def test_an_inbox_that_dies_is_an_error_not_a_hang() -> None:
    def die(parcels: Iterator[Parcel[object]]) -> None:
        next(parcels).open()
        os.kill(os.getpid(), signal.SIGKILL)

    inbox = ForkExecutor(2).inbox(die)
    inbox.put(1)
    with pytest.raises(BrokenProcessPool, match="exit status -9"):
        inbox.result()


def test_cancel_ends_an_inbox_at_once() -> None:
    started = time.monotonic()
    inbox = ForkExecutor(2).inbox(collect)  # waits for items that never come
    inbox.put(1)
    inbox.cancel()
    assert time.monotonic() - started < 10
    assert not multiprocessing.active_children()
