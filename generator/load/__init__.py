"""Load: the only stage that reads content files. ``load_site(root, diags) -> Site``."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.load.actors import load_actor
from generator.load.articles import load_article
from generator.load.events import load_timeline_file
from generator.load.pages import load_page
from generator.model import Site

__all__ = ["load_site"]


def _files(folder: Path, *suffixes: str) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in suffixes
                  and not p.name.startswith((".", "_")))


def load_site(root: Path, diags: Diagnostics) -> Site:
    """Read every content file; broken files are reported and skipped, the rest load."""
    content = root / "content"
    site = Site()
    for path in _files(content / "articles", ".md", ".markdown"):
        article = load_article(path, root, diags)
        if article is not None:
            site.articles[article.slug] = article
        else:
            site.broken.add(f"articles/{path.stem}")
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
    return site
