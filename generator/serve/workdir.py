"""``serve``'s temporary folder: made with a lock held for the life of the session, so that the
next ``serve`` can tell a folder whose session was killed (its lock is free) and delete it."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no reclaiming
    fcntl = None  # type: ignore[assignment]

PREFIX = "explainer-serve-"
LOCK = ".serving"
UNLOCKED_AGE = 600  # seconds: a folder without a lock file (killed as it was made) older than this is stale


class Workdir:
    def __init__(self, parent: Path | None = None) -> None:
        self.parent = Path(parent or tempfile.gettempdir())
        reclaim(self.parent)
        self.path = Path(tempfile.mkdtemp(prefix=PREFIX, dir=self.parent))
        self.fd = os.open(self.path / LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        if fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        with contextlib.suppress(OSError):
            os.close(self.fd)


def reclaim(parent: Path) -> list[str]:
    """Delete the folders of ``serve`` sessions that ended without cleaning up; their names."""
    removed: list[str] = []
    if fcntl is None or not parent.is_dir():
        return removed
    for entry in os.scandir(parent):
        if not entry.name.startswith(PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue
            fd = os.open(os.path.join(entry.path, LOCK), os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            with contextlib.suppress(OSError):
                if time.time() - entry.stat(follow_symlinks=False).st_mtime > UNLOCKED_AGE:
                    shutil.rmtree(entry.path, ignore_errors=True)
                    removed.append(entry.name)
            continue
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # a live session
        finally:
            os.close(fd)
        shutil.rmtree(entry.path, ignore_errors=True)
        removed.append(entry.name)
    return removed
