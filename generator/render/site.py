"""Render: every output file of the linked site, put into an ``Output`` as it is made.

``render_site(site, config, site_root, diags, output)`` plans the pages, then renders
them and the other files (feeds, sitemap, data) through the executor, and hands each
``(dest_path, bytes)`` to ``output`` in this process as it comes back; theme assets
and media go in as files to copy (a ``Path``). Nothing here touches the disk: writing
is the ``Output``'s. Template errors become diagnostics naming the template file and line.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.config import SiteConfig
from generator.diagnostics import Diagnostic, Diagnostics, Location
from generator.load.links import link_problem, walk_files
from generator.model import Site
from generator.parallel import Executor, SerialExecutor
from generator.render.feeds import (
    render_actors_data,
    render_articles_data,
    render_feed,
    render_robots,
    render_sitemaps,
    render_timeline_data,
)
from generator.render.plan import EMBED, OutputFile, PageSet, Planner
from generator.render.templates import PAGE_LANGUAGE, compile_templates, make_environment, theme_dirs
from generator.render.timelinejs import render_timelinejs
from generator.write import Output

__all__ = ["render_page", "render_site"]

Files = list[tuple[str, bytes]]
STREAM_COST = 2000.0  # in the plan's units (about one listed event each): pages above this are streamed


@dataclass
class DataFiles:
    """Output files that are not pages: ``make()`` gives them, ``cost`` is in units of an event."""

    make: Callable[[], Files]
    cost: float


def render_site(site: Site, config: SiteConfig, site_root: Path, diags: Diagnostics, output: Output,
                executor: Executor | None = None, serve: bool = False) -> list[str]:
    """Put every output file into ``output``; the sorted list of their paths."""
    env = make_environment(site_root)
    compile_templates(env)  # once here, not in each process
    planner = Planner(site, config, serve)
    planned = list(planner.plan())
    indexes = [DataFiles(lambda dest=dest, make=make: [(dest, make())], 1.0) for dest, make in planner.period_indexes()]
    jobs: list[OutputFile | PageSet | DataFiles] = [*planner.jobs(planned), *data_files(site, config, planned),
                                                     *indexes]
    output.begin([job.dest_path for job in planned])
    written: list[str] = []

    def render_one(job: OutputFile | PageSet | DataFiles) -> tuple[Files, list[Diagnostic]]:
        if isinstance(job, DataFiles):
            return job.make(), []
        problems = Diagnostics()
        # made here, so a fault in the planner is not reported as a template error
        pages = list(zip(job.files, job.make_contexts(), strict=True)) if isinstance(job, PageSet) \
            else [(job, job.context())]
        files = []
        for item, context in pages:
            html = render_page(env, item, site_root, problems, context)
            if html is not None:
                files.append((item.dest_path, html))
        return files, problems.items

    def put(_: int, result: tuple[Files, list[Diagnostic]]) -> list[Diagnostic]:
        files, problems = result
        for dest, content in files:
            output.put(dest, content)
            written.append(dest)
        return problems  # the pages are the output's now: only the problems are kept

    problems = (executor or SerialExecutor()).map(render_one, jobs, cost=lambda job: job.cost, each=put)
    for items in problems:
        diags.items.extend(items)
    for dest, path in [*copy_assets(site_root).items(), *((m, site_root / "content" / m) for m in site.media)]:
        output.put(dest, path)
        written.append(dest)
    return sorted(written)


def data_files(site: Site, config: SiteConfig, planned: list[OutputFile]) -> list[DataFiles]:
    """The sitemap, feed, robots.txt and data files, as render jobs."""
    def sitemap() -> Files:
        lastmod = {f"articles/{a.slug}/": (a.updated or a.date).first_day().isoformat()
                   for a in site.articles.values()}
        page_urls = [(url, lastmod.get(url)) for p in planned if p.dest_path != "404.html"
                     and not p.dest_path.startswith(EMBED)  # frames for other sites' pages, not indexed on their own
                     for url in [p.dest_path.removesuffix("index.html")]]
        return render_sitemaps(page_urls, config, site.alternates)

    events, articles = float(len(site.events)), float(len(site.articles))
    return [
        DataFiles(sitemap, 1 + articles / 20),
        DataFiles(lambda: [("feed.xml", render_feed(site, config))], 1 + articles / 2),
        *([DataFiles(lambda: [("robots.txt", render_robots(config))], 1)] if not config.prefix else []),
        DataFiles(lambda: [("data/actors.json", render_actors_data(site, config))], 1 + len(site.actors)),
        DataFiles(lambda: [("data/articles.json", render_articles_data(site, config))], 1 + articles / 2),
        DataFiles(lambda: [("data/timeline.json", render_timeline_data(site, config))], 1 + events / 2),
        DataFiles(lambda: [("data/timelinejs.json", render_timelinejs(site, config))], 1 + events / 2),
    ]


def render_page(env: jinja2.Environment, item: OutputFile, site_root: Path, diags: Diagnostics,
                context: dict[str, Any] | None = None) -> bytes | None:
    """The page as UTF-8, or None with the template's error in ``diags``.

    A page that lists thousands of items (``cost`` above ``STREAM_COST``) is encoded piece by
    piece as Jinja makes it, so the whole page is never held as text and as bytes at once; both
    ways give the same bytes (tests/test_shortcuts.py).
    """
    context = context if context is not None else item.context()
    language = PAGE_LANGUAGE.set(context.get("lang"))  # the theme's words and dates of this page
    try:
        template = env.get_template(item.template)
        if item.cost < STREAM_COST:
            return template.render(context).encode("utf-8")
        page = bytearray()
        for piece in template.generate(context):
            page += piece.encode("utf-8")
        return bytes(page)
    except jinja2.TemplateSyntaxError as exc:
        diags.error(template_location(exc.filename, exc.lineno, site_root), f"template error: {exc.message}")
    except jinja2.TemplateNotFound as exc:
        diags.error(Location("layouts"), f"template '{exc.name}' not found (rendering {item.dest_path})")
    except RecursionError as exc:
        filename, line = _template_frame(exc)
        diags.error(template_location(filename, line, site_root),
                    f"template error while rendering {item.dest_path}: the template calls itself without end")
    except Exception as exc:  # whatever a template can do wrong is reported where it was written
        filename, line = _template_frame(exc)
        message = str(exc) if len(str(exc)) <= 300 else str(exc)[:299] + "…"
        diags.error(template_location(filename, line, site_root),
                    f"template error while rendering {item.dest_path}: {message or type(exc).__name__}")
    finally:
        PAGE_LANGUAGE.reset(language)
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


def copy_assets(site_root: Path) -> dict[str, Path]:
    """Theme assets (layouts/assets/**), the site's own over the default theme's, file by file."""
    files: dict[str, Path] = {}
    for theme in reversed(theme_dirs(site_root)):
        assets = theme / "assets"
        if assets.is_dir() and link_problem(assets, theme) is None:
            for path in walk_files(assets):  # a link out of the theme or a loop: reported by the load stage
                if link_problem(path, theme) is None:
                    files["assets/" + path.relative_to(assets).as_posix()] = path
    return files
