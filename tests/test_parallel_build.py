"""Builds that use every core give the same files and the same problems as serial builds."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from generator import parallel
from tests.conftest import REPO, build_errors, build_site

needs_cores = pytest.mark.skipif(parallel.workers() < 2, reason="one core, or fork is unavailable")


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a tiny site goes to the worker processes."""
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)


def slow_here(value: Callable[[int], object]) -> Callable[[int], object]:
    """``value``, slowed down in this process only, so the forked helpers surely take some items."""
    parent = os.getpid()

    def run(n: int) -> object:
        if os.getpid() == parent:
            time.sleep(0.02)
        return value(n)

    return run


def test_short_lists_stay_in_this_process() -> None:
    assert parallel.map_in_order(lambda _: os.getpid(), range(3)) == [os.getpid()] * 3


def test_fork_false_stays_in_this_process(forking: None) -> None:
    assert set(parallel.map_in_order(lambda _: os.getpid(), range(50), fork=False)) == {os.getpid()}


def test_a_running_non_daemon_thread_keeps_the_work_in_this_process(forking: None) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert parallel.workers() == 1
        assert set(parallel.map_in_order(lambda _: os.getpid(), range(50))) == {os.getpid()}
    finally:
        stop.set()
        thread.join()


@needs_cores
def test_a_daemon_timer_does_not_stop_the_fork(forking: None) -> None:
    timer = threading.Timer(60, lambda: None)  # like the command line's progress display
    timer.daemon = True
    timer.start()
    try:
        assert {pid for pid in parallel.map_in_order(slow_here(lambda _: os.getpid()), range(50))} - {os.getpid()}
    finally:
        timer.cancel()


@needs_cores
def test_results_come_back_in_order_from_workers(forking: None) -> None:
    offset = 1000  # a closure: workers inherit it by fork, nothing is pickled on the way in
    results = parallel.map_in_order(slow_here(lambda n: (n + offset, os.getpid())), range(100))
    assert [value for value, _ in results] == list(range(1000, 1100))
    assert {pid for _, pid in results} - {os.getpid()}


@needs_cores
def test_this_process_takes_its_share_and_leaves_no_files(forking: None, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where helpers leave their results

    def slow_there(n: int) -> tuple[int, int]:
        if os.getpid() != parent:
            time.sleep(0.02)
        return n, os.getpid()

    parent = os.getpid()
    results = parallel.map_in_order(slow_there, range(100))
    assert [n for n, _ in results] == list(range(100))
    assert parent in {pid for _, pid in results}
    assert list(tmp_path.iterdir()) == []


def test_a_worker_exception_reaches_the_caller(forking: None) -> None:
    def fail(n: int) -> int:
        if n == 7:
            raise ValueError("item 7")
        return n

    with pytest.raises(ValueError, match="item 7"):
        parallel.map_in_order(fail, range(20))


@needs_cores
def test_a_helper_exception_reaches_the_caller(forking: None) -> None:
    parent = os.getpid()

    def fail(n: int) -> int:
        if os.getpid() != parent:
            raise ValueError(f"item {n} in a helper")
        return n

    with pytest.raises(ValueError, match="in a helper"):
        parallel.map_in_order(slow_here(fail), range(20))


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@needs_cores
def test_parallel_build_writes_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "full"
    shutil.copytree(REPO / "tests" / "sites" / "full", site)
    serial = build_site(site, out=tmp_path / "serial")
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    forked = build_site(site, out=tmp_path / "forked")
    assert _files(tmp_path / "forked") == _files(tmp_path / "serial")
    assert list(forked.diagnostics) == list(serial.diagnostics)
    assert [m for a in forked.site.actors.values() for m in a.mentions] == \
        [m for a in serial.site.actors.values() for m in a.mentions]


ACTOR = "---\nname: Ann Lee\nkind: person\n---\nBio.\n"


def _article(body: str) -> str:
    return f"---\ntitle: One\ndate: 2024-01-02\nsummary: S.\n---\n{body}\n"


@needs_cores
def test_parallel_build_reports_the_same_link_errors(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_site({
        "content/actors/ann.md": ACTOR,
        "content/articles/one.md": _article("Ann Lee spoke. See ![map](media/none.png)."),
        "content/articles/two.md": _article("Read [gone](../actors/nobody.md)."),
    })
    serial = build_errors(root)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    assert build_errors(root) == serial
    assert any("link to 'media/none.png': no such file in content/media/" in line for line in serial)
    assert any("link to '../actors/nobody.md'" in line for line in serial)


@needs_cores
def test_parallel_build_reports_the_same_template_errors(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_site({
        "content/actors/ann.md": ACTOR,
        "content/articles/one.md": _article("Ann Lee spoke."),
        "layouts/actor.html": "{{ actor.no_such_field }}\n",
    })
    serial = build_errors(root)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    assert build_errors(root) == serial
    assert any("template error while rendering actors/ann/index.html" in line for line in serial)


@pytest.mark.parametrize("fork", [False, True])
def test_meanwhile_runs_once_in_this_process(forking: None, fork: bool) -> None:
    ran: list[int] = []
    results = parallel.map_in_order(lambda n: n * 2, range(30), fork=fork, meanwhile=lambda: ran.append(os.getpid()))
    assert results == [n * 2 for n in range(30)]
    assert ran == [os.getpid()]


@needs_cores
def test_a_worker_that_dies_raises_instead_of_hanging(forking: None) -> None:
    parent = os.getpid()

    def die(n: int) -> int:
        if os.getpid() != parent:
            os._exit(3)  # as if killed: no exception travels back
        return n

    with pytest.raises(BrokenProcessPool):
        parallel.map_in_order(slow_here(die), range(20))


def test_costliest_first_hands_out_every_item_once_heaviest_first() -> None:
    costs = [1.0] * 200 + [500.0] + [40.0] * 10
    chunks = parallel.costliest_first(costs, workers=2)
    flat = [i for chunk in chunks for i in chunk]
    assert sorted(flat) == list(range(len(costs)))
    assert chunks[0] == [200]  # costlier than a chunk's share: alone, and first
    assert flat[1:11] == list(range(201, 211))  # then the next costliest, in item order
    weights = [sum(costs[i] for i in chunk) for chunk in chunks]
    assert weights[-1] < weights[1]  # chunks shrink as the work runs out


def test_costliest_first_with_no_cost_keeps_every_item() -> None:
    assert sorted(i for chunk in parallel.costliest_first([0.0] * 7, workers=2) for i in chunk) == list(range(7))
    assert parallel.costliest_first([], workers=2) == []


@needs_cores
def test_results_with_costs_come_back_in_order(forking: None) -> None:
    results = parallel.map_in_order(slow_here(lambda n: (n * 3, os.getpid())), range(60),
                                    cost=lambda n: float(n % 7))
    assert [value for value, _ in results] == [n * 3 for n in range(60)]
    assert {pid for _, pid in results} - {os.getpid()}


@pytest.mark.parametrize("fork", [False, True])
def test_after_chunk_runs_where_the_items_ran(forking: None, fork: bool, tmp_path: Path) -> None:
    marks = tmp_path / "marks"
    marks.mkdir()

    def mark() -> None:
        (marks / str(os.getpid())).touch()

    results = parallel.map_in_order(lambda n: (n, os.getpid()), range(40), fork=fork, after_chunk=mark,
                                    cost=lambda n: float(n % 5))
    assert [n for n, _ in results] == list(range(40))
    assert {int(p.name) for p in marks.iterdir()} == {pid for _, pid in results}


@needs_cores
def test_an_after_chunk_error_reaches_the_caller(forking: None) -> None:
    def fail() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        parallel.map_in_order(lambda n: n, range(20), after_chunk=fail)


@needs_cores
def test_parallel_load_reports_the_same_file_errors(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_site({
        "content/actors/ann.md": ACTOR,
        "content/articles/one.md": "---\ntitle: One\ndate: 2024-02-30\n---\nText.\n",
        "content/articles/two.md": "---\ntitle: [unclosed\n---\nText.\n",
        "content/articles/three.md": _article("See [one](one.md)."),
    })
    serial = build_errors(root)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    assert build_errors(root) == serial
    assert any(line.startswith("content/articles/one.md:3:1: error: 'date'") for line in serial)
    assert any(line.startswith("content/articles/two.md:") for line in serial)
