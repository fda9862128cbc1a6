"""The static search index: Pagefind run over the built site before it goes live.

Pagefind reads the staging folder's HTML (only the parts marked
``data-pagefind-body``: articles and actor profiles) and writes its index and
UI under ``pagefind/``. ``build`` calls ``index_site`` from the writer's
``finish`` hook, so a failed index leaves the previous output as it was.

Pagefind indexes the files in the order the file system lists them, and the
index's bytes follow that order. Some file systems (tmpfs, for one) list a
folder's entries in the order they were made, which in a build is the order
the writer threads happened to finish in. ``relist_by_name`` first moves
every entry out and back in name order, so the listing depends on the names
only and the same input gives the same index there too.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BUNDLE = "pagefind"
TIMEOUT = 600


class SearchIndexError(Exception):
    """Pagefind is missing or failed; the message says what to do."""


def pagefind_command() -> list[str] | None:
    """The Pagefind binary shipped by the ``pagefind`` wheel (the extended one first), else None.

    The binary is called directly: ``python -m pagefind`` spends a second importing its wrapper.
    """
    suffix = ".exe" if sys.platform == "win32" else ""
    for package, name in (("pagefind_bin_extended", "pagefind_extended"), ("pagefind_bin", "pagefind")):
        spec = importlib.util.find_spec(package)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            binary = Path(folder) / (name + suffix)
            if binary.is_file():
                return [str(binary)]
    if importlib.util.find_spec("pagefind") is not None:
        return [sys.executable, "-m", "pagefind"]
    return None


def relist_by_name(folder: Path) -> None:
    """Move each entry under ``folder`` out and back in name order, folder by folder.

    A file system that lists entries in the order they were made (or the reverse) then lists
    them in an order that depends on their names only; one that orders them its own way
    (ext4's hashed folders) is unaffected.
    """
    # named after the folder, so that what a killed build leaves is cleaned up with the folder's kind
    holding = Path(tempfile.mkdtemp(prefix=f"{folder.name}.order-", dir=folder.parent))
    try:
        for root, dirs, files in os.walk(folder):
            names = sorted(dirs + files)
            for name in names:
                os.rename(os.path.join(root, name), holding / name)
            for name in names:
                os.rename(holding / name, os.path.join(root, name))
            dirs.sort()
    finally:
        shutil.rmtree(holding, ignore_errors=True)  # empty, unless a move failed and the build with it


def index_site(site_dir: Path) -> None:
    binary = pagefind_command()
    if binary is None:
        raise SearchIndexError("search: true in site.yaml needs Pagefind: pip install 'pagefind[extended]' "
                               "(or set search: false)")
    relist_by_name(site_dir)
    command = [*binary, "--site", str(site_dir), "--output-subdir", BUNDLE, "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchIndexError(f"search: could not run Pagefind: {exc}") from None
    if done.returncode != 0 or not (site_dir / BUNDLE / "pagefind.js").is_file():
        detail = (done.stderr or done.stdout).strip().splitlines()
        reason = detail[-1] if detail else f"exit status {done.returncode}"
        raise SearchIndexError(f"search: Pagefind failed to index the site: {reason} "
                               "(set search: false in site.yaml to build without search)")
