"""Every output file of the linked site. ``render_site(...) -> {dest_path: bytes | Path | STAGED}``.

A ``Path`` value is a file to copy as it is (theme assets, media); ``write``
puts everything on disk. A build that writes passes its staging folder, and
pages go there as they are rendered (``STAGED``). Template errors become diagnostics naming the
template file and line.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2

from generator.config import SiteConfig
from generator.diagnostics import Diagnostic, Diagnostics, Location
from generator.model import Site
from generator.parallel import map_in_order
from generator.render.feeds import render_data, render_feed, render_robots, render_sitemap
from generator.render.plan import OutputFile, Planner
from generator.render.templates import make_environment, theme_dirs
from generator.render.timelinejs import render_timelinejs
from generator.write import STAGED, Content, Staged, Staging

if TYPE_CHECKING:
    from generator.search import SearchIndexer

__all__ = ["Output", "render_page", "render_site"]

Output = dict[str, Content]


def render_site(site: Site, config: SiteConfig, site_root: Path, diags: Diagnostics,
                serve: bool = False, env: jinja2.Environment | None = None,
                staging: Staging | None = None, indexer: SearchIndexer | None = None) -> Output:
    """``env``: the build's template environment (made here when not given).

    With ``staging``, the process that renders a page (on a large site, this one or a forked helper)
    hands it to its own writer threads at once, so writing overlaps rendering and pages do
    not travel back to this process; its value in the result is ``STAGED``. The other files
    (feeds, data, assets, media) are handed over as soon as they are made, too.
    ``indexer`` is given each page in this process as it is rendered (a helper's pages when they come back).
    """
    out: Output = {}
    env = env if env is not None else make_environment(site_root)
    planned = list(Planner(site, config, serve).plan())
    here = os.getpid()
    if indexer is not None:
        indexer.expect(item.dest_path for item in planned)

    def render_one(item: OutputFile) -> tuple[bytes | Staged | None, list[Diagnostic]]:
        problems = Diagnostics()
        item.context  # noqa: B018 -- made here, so a fault in the planner is not reported as a template error
        html = render_page(env, item, site_root, problems)
        if html is None:
            return None, problems.items
        data = html.encode("utf-8")
        helper = os.getpid() != here
        if indexer is not None and not helper:
            indexer.add(item.dest_path, data)
        if staging is None:
            return data, problems.items
        staging.put_soon(item.dest_path, data)
        return (data if helper and indexer is not None and indexer.wants(item.dest_path) else STAGED), problems.items

    other: Output = {}

    def render_other_files() -> None:  # needs the plan and the site, not the pages
        lastmod = {f"articles/{a.slug}/": (a.updated or a.date).first_day().isoformat()
                   for a in site.articles.values()}
        page_urls = [(p.dest_path.removesuffix("index.html"), lastmod.get(p.dest_path.removesuffix("index.html")))
                     for p in planned if p.dest_path != "404.html"]
        other["sitemap.xml"] = render_sitemap(page_urls, config)
        other["feed.xml"] = render_feed(site, config)
        other["robots.txt"] = render_robots(config)
        other.update(render_data(site, config))
        other["data/timelinejs.json"] = render_timelinejs(site, config)
        other.update(copy_assets(site_root))
        for media in site.media:
            other[media] = site_root / "content" / media
        if staging is not None:  # written while the pages render
            for dest, content in other.items():
                if not isinstance(content, Staged):
                    staging.put_soon(dest, content)
                    other[dest] = STAGED

    # Templates run on every core for a large site (not under serve: its threads make forking
    # unsafe), the other files here first; pages and problems are taken in plan order.
    pages = map_in_order(render_one, planned, fork=not serve, meanwhile=render_other_files,
                         cost=lambda item: item.cost,
                         after_chunk=staging.wait if staging is not None else None)
    for item, (html, problems) in zip(planned, pages, strict=True):
        diags.items.extend(problems)
        if isinstance(html, bytes) and staging is not None and indexer is not None:  # a helper's page
            indexer.add(item.dest_path, html)
        if html is not None:
            out[item.dest_path] = STAGED if staging is not None else html
    out.update(other)
    return out


def render_page(env: jinja2.Environment, item: OutputFile, site_root: Path, diags: Diagnostics) -> str | None:
    try:
        return env.get_template(item.template).render(item.context)
    except jinja2.TemplateSyntaxError as exc:
        diags.error(template_location(exc.filename, exc.lineno, site_root), f"template error: {exc.message}")
    except jinja2.TemplateNotFound as exc:
        diags.error(Location("layouts"), f"template '{exc.name}' not found (rendering {item.dest_path})")
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        filename, line = _template_frame(exc)
        diags.error(template_location(filename, line, site_root),
                    f"template error while rendering {item.dest_path}: {exc}")
    return None


def _template_frame(exc: BaseException) -> tuple[str | None, int]:
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt")):
            return frame.filename, frame.lineno or 1
    return None, 1


def template_location(filename: str | None, line: int | None, site_root: Path) -> Location:
    if not filename:
        return Location("layouts", line or 1)
    path = Path(filename).resolve()
    root = site_root.resolve()
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else f"layouts/{path.name}"
    for theme in theme_dirs(site_root):
        if path.is_relative_to(theme.resolve()) and not path.is_relative_to(root):
            shown = "(default theme) layouts/" + path.relative_to(theme.resolve()).as_posix()
    return Location(shown, line or 1)


def copy_assets(site_root: Path) -> dict[str, bytes | Path]:
    """Theme assets (layouts/assets/**), the site's own over the default theme's, file by file."""
    files: dict[str, bytes | Path] = {}
    for theme in reversed(theme_dirs(site_root)):
        assets = theme / "assets"
        if assets.is_dir():
            for path in sorted(assets.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    files["assets/" + path.relative_to(assets).as_posix()] = path
    return files
