"""Load: the only stage that reads content files. ``load_site(root, diags) -> Site``."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostic, Diagnostics
from generator.load.actors import load_actor
from generator.load.articles import load_article
from generator.load.events import load_timeline_file
from generator.load.pages import load_page
from generator.model import Article, Site
from generator.parallel import map_in_order

__all__ = ["load_site"]


def _files(folder: Path, *suffixes: str) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in suffixes
                  and not p.name.startswith((".", "_")))


def load_site(root: Path, diags: Diagnostics, fork: bool = True) -> Site:
    """Read every content file; broken files are reported and skipped, the rest load.

    Articles are most of the work (front matter and bodies): on a large site they are read
    and parsed on every core (``fork=False`` keeps them in this process, see
    generator/parallel.py), while this process reads the actors, events and pages.
    """
    content = root / "content"
    site = Site()

    def load_one(path: Path) -> tuple[Article | None, list[Diagnostic]]:
        problems = Diagnostics()
        return load_article(path, root, problems), problems.items

    def the_rest() -> None:
        load_actors_events_pages(site, root, diags)

    paths = _files(content / "articles", ".md", ".markdown")
    for path, (article, problems) in zip(paths, map_in_order(load_one, paths, fork=fork, meanwhile=the_rest),
                                         strict=True):
        diags.items.extend(problems)
        if article is not None:
            site.articles[article.slug] = article
        else:
            site.broken.add(f"articles/{path.stem}")
    return site


def load_actors_events_pages(site: Site, root: Path, diags: Diagnostics) -> None:
    """Everything but the articles, into ``site``: actors, timeline files, pages, the media list."""
    content = root / "content"
    for path in _files(content / "actors", ".md", ".markdown"):
        actor = load_actor(path, root, diags)
        if actor is not None:
            site.actors[actor.id] = actor
        else:
            site.broken.add(f"actors/{path.stem}")
    for path in _files(content / "timeline", ".yaml", ".yml"):
        site.events.extend(load_timeline_file(path, path.relative_to(root).as_posix(), diags))
    for path in _files(content / "pages", ".md", ".markdown"):
        page = load_page(path, root, diags)
        if page is not None:
            site.pages[page.slug] = page
    media = content / "media"
    if media.is_dir():
        site.media = sorted(p.relative_to(content).as_posix() for p in media.rglob("*")
                            if p.is_file() and not p.name.startswith("."))
