"""The output swap under faults: a build killed at any file operation leaves OUT a whole old or
whole new site, the next build removes what it left, builds into one OUT take turns, and a
reader of OUT never finds it missing."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from generator import write
from generator.diagnostics import ContentError
from generator.serve.workdir import LOCK, PREFIX, Workdir, reclaim
from generator.write import OutputLock, write_site

OLD = {"index.html": b"old home", "a/index.html": b"old a", "gone/index.html": b"only in old"}
NEW = {"index.html": b"new home", "a/index.html": b"new a", "b/deep/index.html": b"new b"}
NEWER = {"index.html": b"newer home"}


class Killed(BaseException):
    """The process died here: nothing after it runs (no except, no finally that touches files)."""


def tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def beside(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


def settled(out: Path, *others: str) -> bool:
    """Beside OUT: its folder, the lock, ``others`` and at most the folder of the build before."""
    names = beside(out)
    rest = [n for n in names if n not in (os.readlink(out), ".public.lock", *others)]
    return os.readlink(out) in names and ".public.lock" in names and all(n in names for n in others) \
        and len(rest) <= 1 and all(n.startswith(".public.site-") for n in rest)


OPERATIONS = [(os, "open"), (os, "write"), (os, "mkdir"), (os, "rename"), (os, "replace"), (os, "symlink"),
              (os, "unlink"), (os, "rmdir"), (os, "chmod"), (shutil, "copyfile"), (shutil, "rmtree")]


LOCKS: list[OutputLock] = []


def died() -> None:
    """What the end of a killed process does: its files close, so its lock is free."""
    while LOCKS:
        LOCKS.pop().release()


def kill_at(monkeypatch: pytest.MonkeyPatch, k: int, once: bool = False) -> list[int]:
    """Make the k-th file operation (counting from 0) and every one after it raise ``Killed``
    (``once``: the k-th fails with an OSError, as a full disk would, and the rest work)."""
    calls = [0]
    lock = threading.Lock()
    real_init = OutputLock.__init__

    def recorded_init(self: OutputLock, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        LOCKS.append(self)

    monkeypatch.setattr(OutputLock, "__init__", recorded_init)
    for module, name in OPERATIONS:
        real = getattr(module, name)

        def fake(*args: object, _real=real, **kwargs: object) -> object:
            with lock:
                calls[0] += 1
                dead = calls[0] > k
                this = calls[0] == k + 1
            if once and this:
                raise OSError(28, "No space left on device")
            if dead and not once:
                raise Killed
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, fake)
    return calls


def count_operations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    out = tmp_path / "count" / "public"
    write_site(OLD, out)
    with monkeypatch.context() as patch:
        calls = kill_at(patch, 10**9)
        write_site(NEW, out)
    return calls[0]


def test_a_build_killed_at_any_file_operation_leaves_a_whole_site(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    total = count_operations(tmp_path, monkeypatch)
    assert total > 10
    outcomes = set()
    for k in range(total + 1):
        out = tmp_path / f"k{k}" / "public"
        write_site(OLD, out)
        with monkeypatch.context() as patch:
            kill_at(patch, k)
            try:
                write_site(NEW, out)
            except Killed:
                died()
        site = tree(out)
        assert site in (OLD, NEW), f"killed at operation {k}: OUT holds {sorted(site)}"
        outcomes.add("new" if site == NEW else "old")
        write_site(NEWER, out)  # the next build: whole, and nothing of the killed one is left
        assert tree(out) == NEWER
        assert settled(out), f"killed at operation {k}: {beside(out)}"
    assert outcomes == {"old", "new"}


def test_a_failure_at_any_operation_of_a_first_build_over_a_real_folder_keeps_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first build over a real folder moves it aside before the link takes its place: a failure
    between the two puts it back (a kill there is the one moment without OUT, see write.py)."""
    for k in range(60):
        out = tmp_path / f"k{k}" / "public"
        out.mkdir(parents=True)
        (out / "index.html").write_bytes(b"made by hand")
        with monkeypatch.context() as patch:
            calls = kill_at(patch, k, once=True)
            with contextlib.suppress(OSError):
                write_site(NEW, out)
        assert tree(out) in ({"index.html": b"made by hand"}, NEW), f"failed at operation {k}"
        if calls[0] <= k:
            break


def test_out_is_a_link_flipped_to_the_new_folder_and_the_old_one_goes_with_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_site(OLD, out)
    first = os.readlink(out)
    write_site(NEW, out)
    second = os.readlink(out)
    assert out.is_symlink() and second != first
    assert tree(tmp_path / first) == OLD  # a reader that followed the old link still finds its files
    assert beside(out) == sorted([".public.lock", first, second])
    write_site(NEWER, out)
    assert not (tmp_path / first).exists() and (tmp_path / second).is_dir()
    assert settled(out)


def test_leftovers_of_killed_builds_are_removed_by_the_next(tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_site(OLD, out)
    for name in (".public.site-dead1", ".public.staging-dead2", ".public.old-dead3",
                 ".public.site-x.order-dead4"):
        (tmp_path / name / "sub").mkdir(parents=True)
        (tmp_path / name / "sub" / "f.html").write_bytes(b"x" * 1000)
    (tmp_path / ".public.link-dead5").symlink_to(".public.site-dead1")
    (tmp_path / "other-folder").mkdir()  # not ours: kept
    write_site(NEW, out)
    assert settled(out, "other-folder")
    assert not any(n.endswith(("dead1", "dead2", "dead3", "dead4", "dead5")) for n in beside(out))


def test_a_second_build_into_the_same_out_waits_then_fails_clearly(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "public"
    write_site(OLD, out)
    holder = OutputLock(out.parent.resolve() / out.name)
    monkeypatch.setattr(write, "LOCK_WAIT", 0.3)
    try:
        with pytest.raises(ContentError) as caught:
            write_site(NEW, out)
    finally:
        holder.release()
    assert str(caught.value).startswith(".:1:1: error: another build is writing ")
    assert str(caught.value).endswith("; wait for it to end and build again")
    assert tree(out) == OLD
    write_site(NEW, out)  # the lock is free again
    assert tree(out) == NEW


def test_builds_into_one_out_take_turns(tmp_path: Path) -> None:
    out = tmp_path / "public"
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            for i in range(5):
                write_site({"index.html": f"{n}-{i}".encode(), "x/index.html": b"x"}, out)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert set(tree(out)) == {"index.html", "x/index.html"}
    assert settled(out)


def test_a_reader_of_out_never_finds_it_missing(tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_site(OLD, out)
    stop = threading.Event()
    misses: list[str] = []
    reads = [0]

    def poll() -> None:
        while not stop.is_set():
            try:
                (out / "index.html").read_bytes()
                reads[0] += 1
            except OSError as exc:
                misses.append(str(exc))

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        for i in range(30):
            write_site({**OLD, "index.html": f"build {i}".encode()}, out)
            # The folder OUT linked to before stays until the next build starts: a read that began before
            # this swap must end before that one (on a busy machine a thread can stall that long).
            seen = reads[0] + len(misses)
            while reads[0] + len(misses) < seen + 2 and reader.is_alive():
                time.sleep(0.0005)
    finally:
        stop.set()
        reader.join()
    assert reads[0] > 0
    assert misses == []


def test_serve_reclaims_the_folder_of_a_killed_session_and_keeps_a_live_one(tmp_path: Path) -> None:
    dead = tmp_path / f"{PREFIX}dead"
    (dead / "build-1").mkdir(parents=True)
    (dead / LOCK).write_text("")  # its lock is free: the session is gone
    live = Workdir(tmp_path)
    try:
        assert not dead.exists()
        assert reclaim(tmp_path) == []  # the live session holds its lock
        assert live.path.is_dir()
    finally:
        live.remove()
    assert not live.path.exists()


def test_serve_answers_only_with_files_under_the_folder_the_build_wrote(tmp_path: Path) -> None:
    from generator.serve.server import resolve

    out = tmp_path / "build-1"
    write_site({"index.html": b"home", "media/a.txt": b"a"}, out)
    (tmp_path / "secret.txt").write_text("secret")
    (out / "media" / "leak.txt").symlink_to(tmp_path / "secret.txt")  # not made by a build: never served
    assert resolve(out, "/media/a.txt") == out.resolve() / "media" / "a.txt"
    assert resolve(out, "/media/leak.txt") is None
    assert resolve(out, "/../secret.txt") is None
    assert resolve(out, "/%2e%2e/secret.txt") is None
