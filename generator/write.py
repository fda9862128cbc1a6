"""The only writer of OUT: build in a staging folder beside it, then swap it in.

A build that fails never touches OUT. The swap renames OUT aside, renames the
staging folder in and only then deletes the old build, so readers of OUT see
either the old site or the new one. Nothing outside OUT is ever deleted.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import Protocol

PROTECTED = ("content", "layouts", "seeds")
WRITERS = 2  # per process: every core renders, and more threads only took the GIL from it (8: 10-20 ms slower)


def output_problem(out: Path, site_root: Path) -> str | None:
    """Why OUT must not be written (it is or holds the site's sources), or None."""
    out, root = out.resolve(), site_root.resolve()
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

    def put(self, dest: str, content: bytes | Path) -> None: ...


class MemoryOutput:
    """An ``Output`` that keeps every file in memory (``check``, ``serve`` and tests read them there)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes | Path] = {}

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
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.staging-", dir=self.out.parent))
        self.root.chmod(0o755)
        self.committed = False
        self._writers: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []
        self._dests: set[str] = set()

    def target(self, dest: str) -> Path:
        rel = PurePosixPath(dest)
        if rel.is_absolute() or ".." in rel.parts:
            raise ValueError(f"refusing to write outside the output folder: {dest}")
        return self.root.joinpath(*rel.parts)

    def put(self, dest: str, content: bytes | Path) -> None:
        # Writing is mostly waiting on the file system: a few threads keep it busy. Each makes
        # its file's folder too (most pages have their own), so the mkdirs overlap as well.
        if dest in self._dests:
            raise ValueError(f"two output files would be written to {dest}")
        self._dests.add(dest)
        if self._writers is None:
            self._writers = ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="explainer-write")
        self._pending.append(self._writers.submit(_write_one, (self.target(dest), content)))

    def put_all(self, files: dict[str, bytes | Path]) -> None:
        for dest, content in sorted(files.items()):
            self.put(dest, content)

    def wait(self) -> None:
        """Every file handed over so far is written (or the first error is raised)."""
        try:
            for future in self._pending:
                future.result()
        finally:
            self._pending.clear()

    def commit(self, finish: Callable[[Path], None] | None = None) -> None:
        """Once every file is written, ``finish(staging)`` runs (the search index is made there),
        then the folder replaces OUT."""
        self.wait()
        self._stop_writers()
        if finish is not None:
            finish(self.root)
        swap_in(self.root, self.out)
        self.committed = True

    def discard(self) -> None:
        """Remove the folder, unless it has become OUT."""
        self._stop_writers()
        if not self.committed:
            shutil.rmtree(self.root, ignore_errors=True)

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


def swap_in(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except OSError:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
