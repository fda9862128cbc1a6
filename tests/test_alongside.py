"""``executor.start``: one call alongside the caller's work, in a forked process, with the serial result."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from generator.parallel import ForkExecutor, SerialExecutor, can_fork

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
