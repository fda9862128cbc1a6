"""Load: the only stage that reads content files. ``load_site(root, diags) -> Site``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Diagnostics
from generator.load.actors import load_actor
from generator.load.articles import load_article
from generator.load.events import load_timeline_file
from generator.load.links import scan_links, walk_files
from generator.load.pages import load_page
from generator.model import Article, Site
from generator.parallel import map_in_order

__all__ = ["load_site"]

MARKDOWN = (".md", ".markdown")


def _files(folder: Path, suffixes: tuple[str, ...], skip: set[str] | frozenset[str] = frozenset()) -> list[Path]:
    """The content files of ``folder`` by name (scandir: no stat per file where the file system says its
    type); ``skip``: links that lead outside the site or loop (already reported)."""
    if not folder.is_dir() or str(folder) in skip:
        return []
    try:
        entries = list(os.scandir(folder))
    except OSError:  # reported by scan_links ("cannot list the folder")
        return []
    names = sorted(entry.name for entry in entries
                   if os.path.splitext(entry.name)[1].lower() in suffixes and not entry.name.startswith((".", "_"))
                   and entry.path not in skip and _is_file(entry))
    return [folder / name for name in names]


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


class ArticleHook:
    """Work to do on each article as soon as it is read, in the process that read it.

    ``start(site, slugs)`` runs in this process before any article is read: ``site`` has its
    actors, events, pages and media, ``slugs`` are the names of the article files. ``run(article)``
    runs where the article was read (on a large site, this process or a forked helper), and what it returns comes back
    here, into ``results[slug]``. The link stage uses one to render article bodies early.
    """

    def __init__(self) -> None:
        self.results: dict[str, Any] = {}

    def start(self, site: Site, slugs: list[str]) -> None:
        pass

    def run(self, article: Article) -> Any:
        return None

    def meanwhile(self, site: Site) -> None:
        """Runs in this process while the articles load, once ``site.events`` has the timeline files'."""


def load_site(root: Path, diags: Diagnostics, fork: bool = True, hook: ArticleHook | None = None,
              meanwhile: Callable[[], None] | None = None) -> Site:
    """Read every content file; broken files are reported and skipped, the rest load.

    The actors and pages come first: an article's body may refer to them. Articles are most of
    the work (front matter and bodies): on a large site they are read and parsed on every core
    (``fork=False`` keeps them in this process, see generator/parallel.py), each followed by
    ``hook.run``, while this process reads the timeline files and runs ``hook.meanwhile`` and
    ``meanwhile()`` (the caller's work that needs no content).
    """
    content = root / "content"
    site = Site()
    skip = scan_links(root, diags)
    load_actors_pages(site, root, diags, skip)
    paths = _files(content / "articles", MARKDOWN, skip)
    if hook is not None:
        hook.start(site, [path.stem for path in paths])

    def timeline_then_meanwhile() -> None:  # the timeline files need nothing of the articles
        load_timeline_files(site, root, diags, skip)
        if hook is not None:
            hook.meanwhile(site)
        if meanwhile is not None:
            meanwhile()

    def load_one(path: Path) -> tuple[Article | None, list[Diagnostic], Any]:
        problems = Diagnostics()
        article = load_article(path, root, problems)
        early = hook.run(article) if hook is not None and article is not None else None
        return article, problems.items, early

    loaded = map_in_order(load_one, paths, fork=fork, meanwhile=timeline_then_meanwhile)
    for path, (article, problems, early) in zip(paths, loaded, strict=True):
        diags.items.extend(problems)
        if article is not None:
            site.articles[article.slug] = article
            if hook is not None:
                hook.results[article.slug] = early
        else:
            site.broken.add(f"articles/{path.stem}")
    return site


def load_actors_pages(site: Site, root: Path, diags: Diagnostics,
                      skip: set[str] | frozenset[str] = frozenset()) -> None:
    """What an article's body may refer to, into ``site``: actors, pages, the media list."""
    content = root / "content"
    for path in _files(content / "actors", MARKDOWN, skip):
        actor = load_actor(path, root, diags)
        if actor is not None:
            site.actors[actor.id] = actor
        else:
            site.broken.add(f"actors/{path.stem}")
    for path in _files(content / "pages", MARKDOWN, skip):
        page = load_page(path, root, diags)
        if page is not None:
            site.pages[page.slug] = page
    media = content / "media"
    if media.is_dir() and str(media) not in skip:
        site.media = sorted(p.relative_to(content).as_posix() for p in walk_files(media, skip))


def load_timeline_files(site: Site, root: Path, diags: Diagnostics,
                        skip: set[str] | frozenset[str] = frozenset()) -> None:
    """The events of content/timeline/*.yaml, into ``site.events`` (the articles' own come with them)."""
    for path in _files(root / "content" / "timeline", (".yaml", ".yml"), skip):
        site.events.extend(load_timeline_file(path, path.relative_to(root).as_posix(), diags))
