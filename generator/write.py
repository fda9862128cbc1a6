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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePosixPath

PROTECTED = ("content", "layouts", "seeds")
WRITERS = 8


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


def write_site(files: dict[str, bytes | Path], out: Path,
               finish: Callable[[Path], None] | None = None) -> None:
    """Write every file under a staging folder, then atomically replace OUT with it.

    ``finish(staging)`` runs after the files are written and before the swap (the
    search index is made there); if it raises, OUT is left as it was.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    try:
        staging.chmod(0o755)
        targets: list[tuple[Path, bytes | Path]] = []
        for dest, content in sorted(files.items()):
            rel = PurePosixPath(dest)
            if rel.is_absolute() or ".." in rel.parts:
                raise ValueError(f"refusing to write outside the output folder: {dest}")
            targets.append((staging.joinpath(*rel.parts), content))
        # Writing is mostly waiting on the file system: a few threads keep it busy. Each makes
        # its file's folder too (most pages have their own), so the mkdirs overlap as well.
        with ThreadPoolExecutor(max_workers=WRITERS) as pool:
            for _ in pool.map(_write_one, targets):
                pass
        if finish is not None:
            finish(staging)
        swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _write_one(item: tuple[Path, bytes | Path]) -> None:
    target, content = item
    target.parent.mkdir(parents=True, exist_ok=True)  # safe when two threads make the same folder
    if isinstance(content, Path):
        shutil.copyfile(content, target)
    else:
        target.write_bytes(content)


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
