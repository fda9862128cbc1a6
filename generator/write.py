"""The only writer of OUT: build in a folder beside it, then flip OUT to it.

OUT is a symbolic link to a real folder beside it, ``.OUT.site-XXXX``. A build
writes a new such folder, makes a new link to it and renames that link over
OUT: one ``rename``, atomic, so a reader of ``OUT/...`` sees the old site or
the new one and never nothing, and a build killed at any moment leaves OUT
whole. The folder OUT linked to before stays until the next build starts, so a
reader that followed the link just before the flip still finds its files (two
builds' worth of output beside OUT at rest). A build that fails never touches
OUT. (The first build over an OUT that is a real folder moves that folder
aside and puts the link in its place: two renames, once.)

Builds into one OUT take turns: each holds a lock on ``.OUT.lock`` from its
first file to the flip, and a second build waits for it (``LOCK_WAIT`` seconds
at most, then fails saying why). Holding the lock, a build deletes the
previous build's folder and what a killed build left beside OUT: folders not
linked from OUT, links not renamed.
Nothing outside OUT and its ``.OUT.*`` neighbours is ever deleted.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import Protocol

from generator.diagnostics import ContentError, Diagnostic

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

PROTECTED = ("content", "layouts", "seeds")
PENDING_BYTES = 32 * 1024 * 1024  # handed to the writers and not yet written: at most about this much
WRITERS = 2  # per process: every core renders, and more threads only took the GIL from it (8: 10-20 ms slower)


def output_problem(out: Path, site_root: Path) -> str | None:
    """Why OUT must not be written (it is or holds the site's sources), or None."""
    out, root = out.parent.resolve() / out.name, site_root.resolve()
    if out == root or root.is_relative_to(out):
        return f"output folder {out} is the site folder or contains it; choose another (default: public/)"
    for name in PROTECTED:
        if out.is_relative_to(root / name):
            return f"output folder {out} is inside the site's {name}/ folder; choose another"
    if (out / "content").is_dir() or (out / "site.yaml").is_file():
        return f"output folder {out} holds a site (content/ or site.yaml); refusing to replace it"
    if out.exists() and not out.is_dir():
        return f"output path {out} is a file, not a folder"
    return None


class Output(Protocol):
    """Where the render stage puts each output file as it is made: ``put(dest_path, content)``.

    ``content`` is the file's bytes, or a ``Path`` to copy as it is (theme assets, media).
    """

    def begin(self, dests: Sequence[str]) -> None:
        """Told, before its first ``put``, the pages that will come (more files may follow)."""

    def put(self, dest: str, content: bytes | Path) -> None: ...


class MemoryOutput:
    """An ``Output`` that keeps every file in memory (``check``, ``serve`` and tests read them there)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes | Path] = {}

    def begin(self, dests: Sequence[str]) -> None:
        pass

    def put(self, dest: str, content: bytes | Path) -> None:
        if dest in self.files:
            raise ValueError(f"two output files would be written to {dest}")
        self.files[dest] = content


class Staging:
    """An ``Output`` on disk: a folder beside OUT that becomes OUT once ``commit()`` swaps it in.

    ``put()`` hands a file to a few writer threads and returns at once, so a build writes its
    first pages while it renders the rest; ``commit()`` waits for them, and the first error of
    any write is raised there. ``discard()`` removes the folder when the build fails.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.parent.resolve() / out.name  # OUT itself may be the link to a previous build
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.lock = OutputLock(self.out)
        try:
            clean_leftovers(self.out)
            self.root = Path(tempfile.mkdtemp(prefix=site_prefix(self.out), dir=self.out.parent))
            self.root.chmod(0o755)
        except BaseException:
            self.lock.release()
            raise
        self.committed = False
        self._writers: ThreadPoolExecutor | None = None
        self._pending: deque[tuple[Future[None], int]] = deque()  # writes not yet seen done, with their sizes
        self._pending_bytes = 0
        self._dests: set[str] = set()

    def target(self, dest: str) -> Path:
        rel = PurePosixPath(dest)
        if rel.is_absolute() or ".." in rel.parts:
            raise ValueError(f"refusing to write outside the output folder: {dest}")
        return self.root.joinpath(*rel.parts)

    def begin(self, dests: Sequence[str]) -> None:
        pass

    def put(self, dest: str, content: bytes | Path) -> None:
        # Writing is mostly waiting on the file system: a few threads keep it busy. Each makes
        # its file's folder too (most pages have their own), so the mkdirs overlap as well.
        if dest in self._dests:
            raise ValueError(f"two output files would be written to {dest}")
        self._dests.add(dest)
        if self._writers is None:
            self._writers = ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="explainer-write")
        size = len(content) if isinstance(content, bytes) else 0
        self._pending.append((self._writers.submit(_write_one, (self.target(dest), content)), size))
        self._pending_bytes += size
        # What is handed over waits in memory until it is written: when the disk is slower than
        # rendering, wait for the oldest writes rather than hold every page of a large site.
        while self._pending and (self._pending[0][0].done() or self._pending_bytes > PENDING_BYTES):
            future, written = self._pending.popleft()
            self._pending_bytes -= written
            future.result()  # the first error of a write is raised here, or by wait()

    @property
    def pending_bytes(self) -> int:
        """Bytes handed over and not yet seen written."""
        return self._pending_bytes

    def put_all(self, files: dict[str, bytes | Path]) -> None:
        for dest, content in sorted(files.items()):
            self.put(dest, content)

    def wait(self) -> None:
        """Every file handed over so far is written (or the first error is raised)."""
        try:
            for future, _ in self._pending:
                future.result()
        finally:
            self._pending.clear()
            self._pending_bytes = 0

    def commit(self, finish: Callable[[Path], None] | None = None) -> None:
        """Once every file is written, ``finish(staging)`` runs (the search index is made there),
        then the folder replaces OUT."""
        self.wait()
        self._stop_writers()
        if finish is not None:
            finish(self.root)
        try:
            # The folder OUT linked to until now stays until the next build into OUT starts: a
            # reader that followed the link just before the flip still finds every file there.
            swap_in(self.root, self.out)
            self.committed = True
        finally:
            self.lock.release()

    def discard(self) -> None:
        """Remove the folder, unless it has become OUT."""
        self._stop_writers()
        if not self.committed:
            shutil.rmtree(self.root, ignore_errors=True)
        self.lock.release()

    def _stop_writers(self) -> None:
        if self._writers is not None:
            self._writers.shutdown(wait=True, cancel_futures=True)
            self._writers = None


def write_site(files: dict[str, bytes | Path], out: Path, finish: Callable[[Path], None] | None = None) -> None:
    """Write every file under a staging folder, then atomically replace OUT with it.

    ``finish(staging)`` runs after the files are written and before the swap (the
    search index is made there); if it raises, OUT is left as it was.
    """
    staging = Staging(out)
    try:
        staging.put_all(files)
        staging.commit(finish)
    except BaseException:
        staging.discard()
        raise


def _write_one(item: tuple[Path, bytes | Path]) -> None:
    target, content = item
    target.parent.mkdir(parents=True, exist_ok=True)  # safe when two threads make the same folder
    if isinstance(content, Path):
        shutil.copyfile(content, target)
        return
    # open/write/close and nothing else: open() would also fstat, lseek and ask whether the
    # file is a terminal, three more system calls for each of a thousand pages.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def site_prefix(out: Path) -> str:
    return f".{out.name}.site-"


def swap_in(site: Path, out: Path) -> Path | None:
    """Make OUT a link to ``site`` (a folder beside it) with one rename; the folder it was, to delete."""
    previous = linked_folder(out)
    link = out.parent / f".{out.name}.link-{secrets.token_hex(6)}"  # the lock is held: no other build races
    os.symlink(site.name, link)  # relative: OUT and its folders move together
    try:
        if out.is_dir() and not out.is_symlink():  # a real folder (an older build, or made by hand)
            previous = Path(tempfile.mkdtemp(prefix=site_prefix(out), dir=out.parent))
            os.rmdir(previous)
            os.rename(out, previous)
        os.replace(link, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(link)
        if previous is not None and not os.path.lexists(out) and previous.is_dir():
            os.rename(previous, out)  # the real folder moved aside: back in its place
        raise
    return previous if previous != site else None


def linked_folder(out: Path) -> Path | None:
    """The folder beside OUT that OUT links to, if OUT is such a link."""
    try:
        target = os.readlink(out)
    except OSError:
        return None
    folder = out.parent / target
    return folder if folder.parent == out.parent and folder.name.startswith(site_prefix(out)) else None


LEFTOVER_PREFIXES = (".{}.site-", ".{}.link-", ".{}.staging-", ".{}.old-")


def clean_leftovers(out: Path) -> None:
    """Delete what builds into OUT killed before they ended left beside it (the caller holds the lock):
    site folders OUT does not link to, links never renamed, and the staging and old folders of the
    previous way of swapping."""
    if not out.parent.is_dir():
        return
    current = linked_folder(out)
    prefixes = tuple(prefix.format(out.name) for prefix in LEFTOVER_PREFIXES)
    for entry in os.scandir(out.parent):
        if not entry.name.startswith(prefixes) or (current is not None and entry.name == current.name):
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def remove_site(out: Path) -> None:
    """Delete OUT: the link, the folder it links to and the lock (``serve``'s old builds)."""
    folder = linked_folder(out)
    if out.is_symlink():
        os.unlink(out)
    else:
        shutil.rmtree(out, ignore_errors=True)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(OSError):
        os.unlink(out.parent / f".{out.name}.lock")


LOCK_WAIT = 600.0  # seconds a build waits for another one into the same OUT


class OutputLock:
    """An exclusive ``flock`` on ``.OUT.lock`` beside OUT, released when the build ends (or dies).

    The file stays: deleting it while another build waits on it would let a third one in.
    """

    def __init__(self, out: Path, wait: float | None = None) -> None:
        self.path = out.parent / f".{out.name}.lock"
        self.fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        if fcntl is None:  # pragma: no cover - no flock (Windows): builds are not serialised
            return
        deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.release()
                    raise ContentError([Diagnostic(".", 1, 1, "error", f"another build is writing {out} (it holds "
                                                   f"{self.path}); wait for it to end and build again")]) from None
                time.sleep(0.05)

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the file releases the lock
            self.fd = None
