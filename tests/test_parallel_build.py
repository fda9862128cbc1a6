"""The fork executor gives what the serial one gives: the same results, files and problems."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import warnings
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from generator import parallel
from generator.build import BuildOptions, build
from generator.diagnostics import ContentError, Diagnostics
from generator.parallel import ForkExecutor, SerialExecutor
from tests.conftest import REPO

needs_cores = pytest.mark.skipif(not parallel.can_fork(), reason="fork is unavailable on this platform")
FORK = ForkExecutor(2, min_items=1)  # even a tiny list goes to a helper


def slow_here(value: Callable[[int], object]) -> Callable[[int], object]:
    """``value``, slowed down in this process only, so the forked helper surely takes some items."""
    parent = os.getpid()

    def run(n: int) -> object:
        if os.getpid() == parent:
            time.sleep(0.02)
        return value(n)

    return run


def test_serial_executor_is_a_loop() -> None:
    seen: list[tuple[int, int]] = []
    assert SerialExecutor().map(lambda n: n * 2, range(5)) == [0, 2, 4, 6, 8]
    assert SerialExecutor().map(lambda n: n * 2, range(3), each=lambda i, r: seen.append((i, r)) or -r) == [0, -2, -4]
    assert seen == [(0, 0), (1, 2), (2, 4)]


def test_short_lists_stay_in_this_process() -> None:
    assert ForkExecutor(2).map(lambda _: os.getpid(), range(3)) == [os.getpid()] * 3


def test_a_running_thread_keeps_the_work_in_this_process() -> None:
    """A thread alive at a fork would be copied into the helper with any lock it holds."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # Python 3.12+ warns when a multi-threaded process forks
            assert set(FORK.map(lambda _: os.getpid(), range(50))) == {os.getpid()}
    finally:
        stop.set()
        thread.join()


@needs_cores
def test_results_come_back_in_order_from_helpers() -> None:
    offset = 1000  # a closure: helpers inherit it by fork, nothing is pickled on the way in
    results = FORK.map(slow_here(lambda n: (n + offset, os.getpid())), range(100), cost=lambda n: float(n % 7))
    assert [value for value, _ in results] == list(range(1000, 1100))
    assert {pid for _, pid in results} - {os.getpid()}, "a helper took some items"
    assert os.getpid() in {pid for _, pid in results}, "this process took its share"


@needs_cores
def test_each_runs_here_for_every_item_and_its_value_is_kept() -> None:
    seen: dict[int, int] = {}

    def each(i: int, result: tuple[int, int]) -> int:
        seen[i] = os.getpid()
        return result[0] * 10

    results = FORK.map(slow_here(lambda n: (n, os.getpid())), range(60), each=each)
    assert results == [n * 10 for n in range(60)]
    assert seen == dict.fromkeys(range(60), os.getpid())


@needs_cores
def test_results_need_no_named_file_so_a_temp_cleaner_cannot_break_them(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Helpers hand results back in anonymous files: emptying the temp folder mid-build changes nothing."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def clean_then_work(n: int) -> int:
        for entry in tmp_path.iterdir():  # what a temp cleaner would do
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
        return n * n

    assert FORK.map(slow_here(clean_then_work), range(40)) == [n * n for n in range(40)]
    assert list(tmp_path.iterdir()) == []


def test_an_exception_here_reaches_the_caller() -> None:
    def fail(n: int) -> int:
        if n == 7:
            raise ValueError("item 7")
        return n

    with pytest.raises(ValueError, match="item 7"):
        FORK.map(fail, range(20))


@needs_cores
def test_a_helper_exception_reaches_the_caller() -> None:
    parent = os.getpid()

    def fail(n: int) -> int:
        if os.getpid() != parent:
            raise ValueError(f"item {n} in a helper")
        return n

    with pytest.raises(ValueError, match="in a helper"):
        FORK.map(slow_here(fail), range(20))


@needs_cores
def test_a_helper_that_dies_raises_instead_of_hanging() -> None:
    parent = os.getpid()

    def die(n: int) -> int:
        if os.getpid() != parent:
            os._exit(3)  # as if killed: no exception travels back
        return n

    with pytest.raises(BrokenProcessPool):
        FORK.map(slow_here(die), range(20))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_helpers_die_with_their_parent(tmp_path: Path) -> None:
    """kill -9 of the build leaves no helper running."""
    pids = tmp_path / "pids"
    pids.mkdir()
    script = textwrap.dedent(f"""
        import os, time
        from generator.parallel import ForkExecutor
        def work(n):
            open(os.path.join({str(pids)!r}, str(os.getpid())), "w").close()
            time.sleep(60)
        ForkExecutor(2, min_items=1).map(work, range(4))
    """)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=REPO)
    try:
        deadline = time.monotonic() + 20
        while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        helpers = {int(p.name) for p in pids.iterdir()} - {child.pid}
        assert helpers, "the helper started"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in helpers)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[-1][:1] not in ("Z", "X")  # a zombie has ended
    except FileNotFoundError:
        return False


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


# -- whole builds: forked and serial give the same bytes and the same problems --


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _build(site: Path, out: Path, executor: parallel.Executor) -> object:
    return build(BuildOptions(site_root=site, out=out), Diagnostics(), executor=executor)


def _errors(site: Path, executor: parallel.Executor) -> list[str]:
    with pytest.raises(ContentError) as caught:
        build(BuildOptions(site_root=site, write=False), Diagnostics(), executor=executor)
    return [str(d) for d in caught.value.diagnostics]


@needs_cores
@pytest.mark.parametrize("name", sorted(p.parent.name for p in (REPO / "tests" / "sites").glob("*/site.yaml")))
def test_every_test_site_builds_the_same_bytes_forked(name: str, tmp_path: Path) -> None:
    site = tmp_path / name
    shutil.copytree(REPO / "tests" / "sites" / name, site)
    serial = _build(site, tmp_path / "serial", SerialExecutor())
    forked = _build(site, tmp_path / "forked", FORK)
    assert _files(tmp_path / "forked") == _files(tmp_path / "serial")
    assert list(forked.diagnostics) == list(serial.diagnostics)  # type: ignore[attr-defined]


@needs_cores
def test_a_site_large_enough_to_fork_builds_the_same_bytes(tmp_path: Path) -> None:
    """With the default threshold: 240 articles go to the helpers in every stage."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from build import make_site  # the benchmark's synthetic site
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    site = tmp_path / "site"
    make_site(site, 240, 7, False)
    _build(site, tmp_path / "serial", SerialExecutor())
    _build(site, tmp_path / "forked", ForkExecutor(2))
    serial, forked = _files(tmp_path / "serial"), _files(tmp_path / "forked")
    assert len(serial) > 240 and forked == serial


ACTOR = "---\nname: Ann Lee\nkind: person\n---\nBio.\n"


def _article(body: str) -> str:
    return f"---\ntitle: One\ndate: 2024-01-02\nsummary: S.\n---\n{body}\n"


@needs_cores
def test_forked_builds_report_the_same_problems(make_site) -> None:
    root = make_site({
        "content/actors/ann.md": ACTOR,
        "content/articles/one.md": _article("Ann Lee spoke. See ![map](media/none.png)."),
        "content/articles/two.md": _article("Read [gone](../actors/nobody.md)."),
        "content/articles/bad-date.md": "---\ntitle: One\ndate: 2024-02-30\n---\nText.\n",
        "content/articles/unclosed.md": "---\ntitle: [unclosed\n---\nText.\n",
    })
    serial = _errors(root, SerialExecutor())
    assert _errors(root, FORK) == serial
    assert any("link to 'media/none.png': no such file in content/media/" in line for line in serial)
    assert any("link to '../actors/nobody.md'" in line for line in serial)
    assert any(line.startswith("content/articles/bad-date.md:3:1: error: 'date'") for line in serial)
    assert any(line.startswith("content/articles/unclosed.md:") for line in serial)


@needs_cores
def test_forked_builds_report_the_same_template_errors(make_site) -> None:
    root = make_site({
        "content/actors/ann.md": ACTOR,
        "content/articles/one.md": _article("Ann Lee spoke."),
        "layouts/actor.html": "{{ actor.no_such_field }}\n",
    })
    serial = _errors(root, SerialExecutor())
    assert _errors(root, FORK) == serial
    assert any("template error while rendering actors/ann/index.html" in line for line in serial)
