"""Load: the only stage that reads content files. ``load_site(root, diags, executor) -> Site``.

Every content file (actors, pages, timeline files, articles) is read and parsed
on its own, so the executor may share them out between processes; the files
come back in a fixed order (kind, then name) and are put into the ``Site``
here, so the result does not depend on who read what.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from generator.diagnostics import Diagnostic, Diagnostics
from generator.load.actors import load_actor
from generator.load.articles import load_article
from generator.load.events import load_timeline_file
from generator.load.files import split_language
from generator.load.links import scan_links, walk_files
from generator.load.pages import load_page
from generator.model import Actor, Article, Event, Page, Site
from generator.parallel import Executor, SerialExecutor

__all__ = ["load_site"]

Loaded = Article | Actor | Page | list[Event] | None


def _files(folder: Path, suffixes: tuple[str, ...], skip: set[str]) -> list[tuple[Path, int]]:
    """The content files of ``folder`` by name, with their sizes (what reading one costs, roughly);
    ``skip``: links that lead outside the site or loop (already reported)."""
    if not folder.is_dir() or str(folder) in skip:
        return []
    try:
        entries = list(os.scandir(folder))
    except OSError:  # reported by scan_links ("cannot list the folder")
        return []
    found = sorted((entry.name, size) for entry in entries
                   if os.path.splitext(entry.name)[1].lower() in suffixes and not entry.name.startswith((".", "_"))
                   and entry.path not in skip and (size := _file_size(entry)) is not None)
    return [(folder / name, size) for name, size in found]


def _is_translation(path: Path) -> bool:
    """``grain-deal.uk.md``: a translation of ``grain-deal.md`` (loaded into ``site.translations``)."""
    return split_language(path.stem)[1] is not None


def _file_size(entry: os.DirEntry[str]) -> int | None:
    """The size of a file (following a link inside the site), None for anything else."""
    try:
        return entry.stat().st_size if entry.is_file() else None
    except OSError:
        return None


def _load_timeline(path: Path, root: Path, diags: Diagnostics) -> list[Event]:
    return load_timeline_file(path, path.relative_to(root).as_posix(), diags)


READERS: dict[str, tuple[str, tuple[str, ...], Callable[[Path, Path, Diagnostics], Loaded]]] = {
    "actors": ("actors", (".md", ".markdown"), load_actor),
    "pages": ("pages", (".md", ".markdown"), load_page),
    "timeline": ("timeline", (".yaml", ".yml"), _load_timeline),
    "articles": ("articles", (".md", ".markdown"), load_article),
}


def _add(site: Site, value: Article | Actor | Page | list[Event]) -> None:
    """A loaded file into ``site``, by what it holds."""
    if isinstance(value, Actor):
        site.actors[value.id] = value
    elif isinstance(value, Page):
        site.pages[value.slug] = value
    elif isinstance(value, Article):
        site.articles[value.slug] = value
    else:
        site.events.extend(value)


def load_site(root: Path, diags: Diagnostics, executor: Executor | None = None) -> Site:
    """Read every content file; broken files are reported and skipped, the rest load."""
    content = root / "content"
    skip = scan_links(root, diags)
    jobs = [(kind, path, size) for kind, (folder, suffixes, _) in READERS.items()
            for path, size in _files(content / folder, suffixes, skip)]

    def load_one(job: tuple[str, Path, int]) -> tuple[Loaded, list[Diagnostic]]:
        kind, path, _ = job
        problems = Diagnostics()
        return READERS[kind][2](path, root, problems), problems.items

    loaded = (executor or SerialExecutor()).map(load_one, jobs, cost=lambda job: job[2])
    site = Site()
    for (kind, path, _), (value, problems) in zip(jobs, loaded, strict=True):
        diags.items.extend(problems)
        if kind != "timeline" and _is_translation(path):
            if value is not None:
                _add(site.translations.setdefault(split_language(path.stem)[1] or "", Site()), value)
        elif value is not None:
            _add(site, value)
        elif kind in ("actors", "articles"):
            site.broken.add(f"{kind}/{path.stem}")
    media = content / "media"
    if media.is_dir() and str(media) not in skip:
        site.media = sorted(p.relative_to(content).as_posix() for p in walk_files(media, skip))
    return site
