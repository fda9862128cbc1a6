"""Symbolic links in a site: one that leads outside the site folder, or in a loop, is an error.

``scan_links`` walks the folders a build reads (``content/``, ``layouts/``,
``seeds/``) without following links, and resolves each link it meets: a link
whose target is outside the site folder, and a link that loops, is reported
at the link's own path, and the listings of content and media skip it. A link
to a folder inside the site is walked too (once). ``readable`` is the same
test for one path (a ``body:`` file, a theme asset).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from generator.diagnostics import Diagnostics, Location

SCANNED = ("site.yaml", "content", "layouts", "seeds")


def link_problem(path: Path, inside: Path) -> str | None:
    """Why the file or folder at ``path`` must not be read (a loop, a way out of ``inside``), or None."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13: "Symlink loop from ..."
        return "is a symbolic link loop; replace it with the file it should name"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link loop; replace it with the file it should name"
        if exc.errno == errno.ENOENT:
            return None  # a broken link: listed as nothing (not a file), like a missing file
        return f"cannot be read: {exc.strerror}"
    if not target.is_relative_to(inside.resolve()):
        return "is a symbolic link to a place outside the site folder; copy the file into the site instead"
    return None


def scan_links(root: Path, diags: Diagnostics) -> set[str]:
    """Report every bad link under the folders a build reads; their paths (as ``os.scandir`` gives them)."""
    bad: set[str] = set()
    real_root = root.resolve()
    seen: set[Path] = set()
    todo: list[tuple[Path, str]] = []  # (folder to list, its site-relative name for messages)
    for name in SCANNED:
        path = root / name
        if path.is_symlink():
            problem = link_problem(path, real_root)
            if problem is not None:
                diags.error(Location(name), f"'{name}' {problem}")
                bad.add(str(path))
                continue
        if name != "site.yaml" and path.is_dir():
            todo.append((path, name))
    while todo:
        folder, shown = todo.pop()
        real = folder.resolve()
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            diags.error(Location(shown), f"cannot list the folder: {exc.strerror}")
            continue
        for entry in entries:
            rel = f"{shown}/{entry.name}"
            if entry.is_symlink():
                problem = link_problem(Path(entry.path), real_root)
                if problem is not None:
                    diags.error(Location(rel), problem)
                    bad.add(entry.path)
                    continue
                if entry.is_dir():  # a link to a folder inside the site: walked once, by its real place
                    todo.append((Path(entry.path), rel))
            elif entry.is_dir(follow_symlinks=False):
                todo.append((Path(entry.path), rel))
    return bad


def walk_files(folder: Path, skip: set[str] | frozenset[str] = frozenset()) -> list[Path]:
    """Every file under ``folder`` (links to folders followed once each, never in a loop), by path;
    names starting with a dot and the paths in ``skip`` are left out."""
    found: list[Path] = []
    seen: set[Path] = set()
    todo = [folder]
    while todo:
        current = todo.pop()
        try:
            real = current.resolve(strict=True)
        except (OSError, RuntimeError):
            continue
        if real in seen:
            continue
        seen.add(real)
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.path in skip:
                continue
            try:
                if entry.is_dir():
                    todo.append(Path(entry.path))
                elif entry.is_file():
                    found.append(Path(entry.path))
            except OSError:  # a link loop: reported by scan_links
                continue
    return sorted(found)
