"""The pipeline in one function: config → load → select → link → render → write.

Each stage is a function of what the stages before it made. ``check`` is the
same pipeline with an in-memory ``Output`` instead of the writer, so both share
every validation. Errors are collected in a ``Diagnostics`` and raised as one
``ContentError`` at stage boundaries. Parallelism is one executor, made here and
handed to the stages that have per-item work (see ``generator/parallel/``).
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.collect import paused_collection
from generator.config import CONFIG_FILE, SiteConfig, load_config
from generator.diagnostics import ContentError, Diagnostics, Location
from generator.link import link_site
from generator.load import load_site
from generator.model import Site
from generator.multilingual import Languages, check_translations, keep_originals
from generator.parallel import Executor, make_executor
from generator.render.markdown import make_markdown
from generator.render.site import render_site
from generator.search import SearchIndex, SearchIndexError
from generator.write import MemoryOutput, Output, Staging, output_problem


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
    paths: list[str]  # every output file, sorted
    diagnostics: Diagnostics
    seconds: float = 0.0
    languages: list[tuple[Site, SiteConfig]] = field(default_factory=list)  # a multilingual site's, linked

    def searched(self) -> list[tuple[Site, SiteConfig]]:
        """What the search index is made of: each language's linked site with its settings."""
        return self.languages or [(self.site, self.config)]

    @property
    def pages(self) -> Counter[str]:
        """HTML pages by their first folder ("articles", "actors", ...; "other" at the top)."""
        return Counter(dest.split("/", 1)[0] if "/" in dest else "other"
                       for dest in self.paths if dest.endswith(".html"))


def build(options: BuildOptions, diags: Diagnostics | None = None, *, output: Output | None = None,
          executor: Executor | None = None) -> BuildResult:
    """Build the site into ``output``: by default OUT (swapped in only when the build succeeds),
    or, without ``options.write``, memory. ``executor``: by default every core, except under serve."""
    with paused_collection():
        return _build(options, diags if diags is not None else Diagnostics(), output,
                      executor if executor is not None else make_executor(parallel=not options.serve))


def _build(options: BuildOptions, diags: Diagnostics, output: Output | None, executor: Executor) -> BuildResult:
    started = time.perf_counter()
    root = options.site_root
    stage = options.progress or (lambda name: None)
    if output is None and options.write and (problem := output_problem(options.out_dir, root)):
        diags.error(Location("."), problem)
        raise ContentError(diags.errors)
    stage("config")
    config = load_config(root, diags)
    if options.base_url is not None:
        config = config.with_base_url(options.base_url)
    # The search index is made from the linked site, alongside the render stage (not from the pages after),
    # by a process forked now, while this one is small.
    search = SearchIndex(executor) if config.search and output is None and options.write else None
    try:
        return _stages(options, diags, output, executor, config, search, started)
    finally:
        if search is not None:  # the build failed: the index is not wanted (after result(): nothing to end)
            search.cancel()


def _stages(options: BuildOptions, diags: Diagnostics, output: Output | None, executor: Executor,
            config: SiteConfig, search: SearchIndex | None, started: float) -> BuildResult:
    root = options.site_root
    stage = options.progress or (lambda name: None)
    stage("load")
    site = load_site(root, diags, executor)
    select_published(site, options)
    check_translations(site, config, diags)
    originals = keep_originals(site, config)  # a multilingual site: what the other languages share
    stage("link")
    link_site(site, make_markdown(config.unsafe_html), diags, executor)
    diags.raise_if_errors()
    languages = Languages(site, originals, config, lambda s: select_published(s, options)) if originals else None
    if languages is not None:
        languages.link(diags, executor)
    result = BuildResult(config, site, [], diags, languages=languages.variants() if languages else [])
    stage("render")
    if output is not None or not options.write:
        result.paths = render_all(site, config, root, diags, output or MemoryOutput(), executor, options.serve,
                                  languages)
        diags.raise_if_errors()
        result.seconds = time.perf_counter() - started
        return result
    if search is not None:
        search.add(result.searched())
    staging = Staging(options.out_dir)
    try:
        paths = render_all(site, config, root, diags, staging, executor, options.serve, languages)
        diags.raise_if_errors()
        stage("write")
        if search is not None:
            search.rendered()
            for dest, content in search.result():  # with the pages, before the swap: a failed index keeps the old site
                staging.put(dest, content)
                paths.append(dest)
            paths.sort()
        staging.commit()
    except SearchIndexError as exc:
        diags.error(Location(CONFIG_FILE), str(exc))
        raise ContentError(diags.errors) from None
    finally:
        staging.discard()  # committed: already gone; failed: removed
    result.paths = paths
    result.seconds = time.perf_counter() - started
    return result


def render_all(site: Site, config: SiteConfig, root: Path, diags: Diagnostics, output: Output, executor: Executor,
               serve: bool, languages: Languages | None) -> list[str]:
    """The site's files, then (a multilingual site) each other language's under its prefix."""
    paths = render_site(site, config, root, diags, output, executor, serve=serve)
    if languages is not None:
        paths = sorted(paths + languages.render(root, diags, output, executor, serve))
    return paths


def select_published(site: Site, options: BuildOptions) -> None:
    """Leave out drafts (unless --drafts) and articles dated after today (unless --future)."""
    today = options.today or dt.date.today()
    for slug, article in list(site.articles.items()):
        if (article.draft and not options.drafts) or (article.date.first_day() > today and not options.future):
            del site.articles[slug]
            site.unpublished.add(slug)
