"""The pipeline in one function: config → load → select → link → render → write.

``check`` is the same pipeline without the writer, so both share every
validation. Errors are collected in a ``Diagnostics`` and raised as one
``ContentError`` at stage boundaries.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.collect import paused_collection
from generator.config import CONFIG_FILE, SiteConfig, load_config
from generator.diagnostics import ContentError, Diagnostics, Location
from generator.link import link_site
from generator.link.early import EarlyBodies
from generator.load import load_site
from generator.model import Site
from generator.render.markdown import make_markdown
from generator.search import SearchIndexer, SearchIndexError
from generator.write import Staging, output_problem, write_site

if TYPE_CHECKING:
    import jinja2

    from generator.render.site import Output


@dataclass
class BuildOptions:
    site_root: Path
    out: Path | None = None  # default: SITE/public
    base_url: str | None = None
    drafts: bool = False
    future: bool = False
    serve: bool = False  # live-reload script in pages
    write: bool = True  # False for `check`
    today: dt.date | None = None  # for --future; default: today
    progress: Callable[[str], None] | None = None  # told each stage's name as it starts

    @property
    def out_dir(self) -> Path:
        return self.out if self.out is not None else self.site_root / "public"


@dataclass
class BuildResult:
    config: SiteConfig
    site: Site
    files: Output
    diagnostics: Diagnostics
    seconds: float = 0.0
    pages: Counter[str] = field(default_factory=Counter)


def build(options: BuildOptions, diags: Diagnostics | None = None) -> BuildResult:
    with paused_collection():
        return _build(options, diags if diags is not None else Diagnostics())


def _build(options: BuildOptions, diags: Diagnostics) -> BuildResult:
    started = time.perf_counter()
    root = options.site_root
    stage = options.progress or (lambda name: None)
    if options.write and (problem := output_problem(options.out_dir, root)):
        diags.error(Location("."), problem)
        raise ContentError(diags.errors)
    stage("config")
    config = load_config(root, diags)
    if options.base_url is not None:
        config = config.with_base_url(options.base_url)
    stage("load")
    md = make_markdown(config.unsafe_html)
    early = EarlyBodies(md)  # Markdown bodies are rendered as their articles load
    templates = Templates(root)  # and the templates compiled
    site = load_site(root, diags, fork=not options.serve, hook=early, meanwhile=templates.prepare)
    select_published(site, options)
    stage("link")
    link_site(site, md, diags, fork=not options.serve, early=early)
    diags.raise_if_errors()
    stage("render")
    from generator.render.site import render_site  # imported by templates.prepare()
    # Pages go straight into the staging folder as they are rendered, except under serve,
    # whose fast rebuilds compare them in memory.
    staging = Staging(options.out_dir) if options.write and not options.serve else None
    indexer = SearchIndexer(config.language) if config.search and options.write else None
    try:
        files = render_site(site, config, root, diags, serve=options.serve, env=templates.environment(),
                            staging=staging, indexer=indexer)
        diags.raise_if_errors()
        if options.write:
            stage("write")
            index = indexer.files() if indexer is not None else {}  # goes in with the pages, before the swap
            write_site({**files, **index}, options.out_dir, staging=staging)
    except SearchIndexError as exc:
        diags.error(Location(CONFIG_FILE), str(exc))
        raise ContentError(diags.errors) from None
    finally:
        if indexer is not None:
            indexer.close()
        if staging is not None:
            staging.discard()  # committed: already gone; failed: removed
    result = BuildResult(config, site, files, diags, time.perf_counter() - started)
    result.pages = Counter(dest.split("/", 1)[0] if "/" in dest else "other"
                           for dest in files if dest.endswith(".html"))
    return result


class Templates:
    """The build's template environment, made while the articles load: Jinja and the render
    stage are imported then, not before the load workers start."""

    def __init__(self, site_root: Path) -> None:
        self.site_root = site_root
        self.env: jinja2.Environment | None = None

    def prepare(self) -> None:
        import generator.render.site  # noqa: F401 -- the render stage's imports, here rather than later
        from generator.render.templates import compile_templates, make_environment

        self.env = make_environment(self.site_root)
        compile_templates(self.env)

    def environment(self) -> jinja2.Environment:
        if self.env is None:
            self.prepare()
        assert self.env is not None
        return self.env


def select_published(site: Site, options: BuildOptions) -> None:
    """Leave out drafts (unless --drafts) and articles dated after today (unless --future)."""
    today = options.today or dt.date.today()
    for slug, article in list(site.articles.items()):
        if (article.draft and not options.drafts) or (article.date.first_day() > today and not options.future):
            del site.articles[slug]
            site.unpublished.add(slug)
