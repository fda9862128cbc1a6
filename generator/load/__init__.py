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
from generator.load.files import split_language
from generator.load.pages import load_page
from generator.model import Article, Site
from generator.parallel import map_in_order

__all__ = ["load_site"]


def _files(folder: Path, *suffixes: str, translations: bool = False) -> list[Path]:
    """The content files of ``folder`` by name (scandir: no stat per file where the file system says its type).

    Translations (``slug.uk.md``) are listed apart: only with ``translations=True``, and then only they.
    """
    if not folder.is_dir():
        return []
    names = sorted(entry.name for entry in os.scandir(folder)
                   if entry.is_file() and os.path.splitext(entry.name)[1].lower() in suffixes
                   and not entry.name.startswith((".", "_"))
                   and (split_language(os.path.splitext(entry.name)[0])[1] is not None) == translations)
    return [folder / name for name in names]


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
    load_actors_pages(site, root, diags)
    paths = _files(content / "articles", ".md", ".markdown")
    if hook is not None:
        hook.start(site, [path.stem for path in paths])

    def timeline_then_meanwhile() -> None:  # the timeline files need nothing of the articles
        load_timeline_files(site, root, diags)
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
    load_translations(site, root, diags)
    return site


def load_translations(site: Site, root: Path, diags: Diagnostics) -> None:
    """``content/*/SLUG.LANG.md``: translations, into ``site.translations[LANG]`` (a site of their own)."""
    content = root / "content"
    loaders: list[tuple[str, Callable[[Path, Path, Diagnostics], Any]]] = [
        ("articles", load_article), ("actors", load_actor), ("pages", load_page)]
    for folder, load in loaders:
        for path in _files(content / folder, ".md", ".markdown", translations=True):
            language = split_language(path.stem)[1]
            assert language is not None
            item = load(path, root, diags)
            if item is None:
                continue
            target = site.translations.setdefault(language, Site())
            if folder == "articles":
                target.articles[item.slug] = item
            elif folder == "actors":
                target.actors[item.id] = item
            else:
                target.pages[item.slug] = item


def load_actors_pages(site: Site, root: Path, diags: Diagnostics) -> None:
    """What an article's body may refer to, into ``site``: actors, pages, the media list."""
    content = root / "content"
    for path in _files(content / "actors", ".md", ".markdown"):
        actor = load_actor(path, root, diags)
        if actor is not None:
            site.actors[actor.id] = actor
        else:
            site.broken.add(f"actors/{path.stem}")
    for path in _files(content / "pages", ".md", ".markdown"):
        page = load_page(path, root, diags)
        if page is not None:
            site.pages[page.slug] = page
    media = content / "media"
    if media.is_dir():
        site.media = sorted(p.relative_to(content).as_posix() for p in media.rglob("*")
                            if p.is_file() and not p.name.startswith("."))


def load_timeline_files(site: Site, root: Path, diags: Diagnostics) -> None:
    """The events of content/timeline/*.yaml, into ``site.events`` (the articles' own come with them)."""
    for path in _files(root / "content" / "timeline", ".yaml", ".yml"):
        site.events.extend(load_timeline_file(path, path.relative_to(root).as_posix(), diags))
