"""Fast rebuilds for ``serve``: an edit to article bodies re-renders only the pages that show them.

A change set takes the fast path when every changed file is an article (or a
body file that articles name with ``body:``) whose front matter is the same as
in the last good build (the loader records a digest of the text before the
body, so no list of fields is kept here), and whose new body renders without
problems, mentions the same actors in the same order and yields the same
see-also markers. Then nothing else in the site can change but:

- the article's own page (its body),
- the profiles of the actors it mentions (the sentence around each mention),
- ``feed.xml`` (entries carry the body).

Related articles, the timeline, the home page, the data files and every other
page depend only on what was compared, so they are byte-identical to what a
full build would write, and are reused. Anything else (a new, renamed or
deleted file, a front-matter edit, a new mention, a template or config
change, an error) returns ``None`` and the caller runs a full build, which
also reports any error. ``update_folder`` puts the changed files in place;
serve then makes the parts of the search index whose pages changed and puts
those in place too.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.build import BuildResult
from generator.diagnostics import Diagnostics
from generator.link.bodies import BodyRenderer, RenderedBody
from generator.load.articles import load_article
from generator.model import Article, SeeAlso
from generator.render.feeds import render_feed
from generator.render.markdown import make_markdown
from generator.render.plan import Planner
from generator.render.site import render_page
from generator.render.templates import make_environment
from generator.write import write_site

SEARCH_INDEX = "pagefind/"


def _authored(article: Article) -> list[SeeAlso]:
    """See-also entries written in the front matter (not wire-copy markers, not related fill-in)."""
    return [e for e in article.see_also
            if not e.related and (e.where is None or e.where.src_path == article.where.src_path)]


def _see_also_key(entries: Iterable[SeeAlso]) -> tuple[object, ...]:
    return tuple((e.kind, e.target, e.title, e.url, e.related) for e in entries)


def changed_articles(result: BuildResult, site_root: Path, changed: Iterable[Path]) -> list[str] | None:
    """Slugs of the articles a change set touches, or None when it touches anything else."""
    root = site_root.resolve()
    by_body: dict[str, list[str]] = {}
    for slug, article in result.site.articles.items():
        by_body.setdefault(article.body_path, []).append(slug)
    slugs: set[str] = set()
    for path in changed:
        if not path.is_file():
            return None  # deleted or renamed: the set of pages changes
        rel = path.resolve().relative_to(root).as_posix()
        if rel.startswith("content/articles/") and path.stem in result.site.articles \
                and rel == result.site.articles[path.stem].where.src_path:
            slugs.add(path.stem)
        elif rel in by_body:
            slugs.update(by_body[rel])
        else:
            return None
    return sorted(slugs)


def fast_rebuild(result: BuildResult, files: dict[str, bytes | Path], site_root: Path, changed: Iterable[Path],
                 serve: bool = True) -> tuple[BuildResult, dict[str, bytes | Path], set[str]] | None:
    """The new build result, its files and the output paths that changed, or None to fall back to a
    full build. ``result`` and ``files`` are the last good build's; ``result.site`` is updated in
    place, so after a None the caller must not build on it again.
    """
    started = time.perf_counter()
    slugs = changed_articles(result, site_root, changed)
    if not slugs:
        return None
    site, config = result.site, result.config
    diags = Diagnostics()
    bodies = BodyRenderer(site, make_markdown(config.unsafe_html), diags)
    updates: list[tuple[Article, Article, RenderedBody]] = []
    for slug in slugs:
        old = site.articles[slug]
        new = load_article(site_root / old.where.src_path, site_root, diags)
        if new is None or diags.errors or new.front_digest != old.front_digest or new.body_path != old.body_path:
            return None
        draft = dataclasses.replace(old, packed_body=new.packed_body, body_line=new.body_line, see_also=_authored(old))
        body = bodies.render_body(draft)
        unchanged_markers = _see_also_key(body.see_also) == _see_also_key(e for e in old.see_also if not e.related)
        if body.problems or not unchanged_markers or [a for a, _ in body.found] != old.mentioned:
            return None
        updates.append((old, new, body))

    touched: dict[str, None] = {}  # actor ids, in a stable order
    for old, new, body in updates:
        old.packed_body, old.body_line, old.body_packed = new.packed_body, new.body_line, body.packed
        for actor_id, sentence in body.found:
            for mention in site.actors[actor_id].mentions:
                if mention.article == old.slug:
                    mention.sentence = sentence
            touched[actor_id] = None

    planner = Planner(site, config, serve)
    env = make_environment(site_root)
    pages = [planner.article(old) for old, _, _ in updates] + [planner.actor(site.actors[a]) for a in touched]
    previous = files
    files = dict(files)
    for item in pages:
        html = render_page(env, item, site_root, diags)
        if html is None:
            return None
        files[item.dest_path] = html
    files["feed.xml"] = render_feed(site, config)
    changed_paths = {item.dest_path for item in pages} | {"feed.xml"}
    new_result = dataclasses.replace(result, seconds=time.perf_counter() - started)
    return new_result, files, {p for p in changed_paths if previous.get(p) != files[p]}


def write_incremental(files: dict[str, bytes | Path], changed: set[str], previous: Path, out: Path,
                      reindex: Callable[[Path], None] | None = None) -> None:
    """OUT = the previous output folder with the changed files replaced (unchanged files hard-linked).

    ``reindex``: the site has search on; the previous index is left behind and the new
    folder's pages are indexed before it goes live (a failure raises ``SearchIndexError``).
    """
    previous = previous.resolve()

    def link_tree(staging: Path) -> None:
        for folder, _, names in os.walk(previous):
            rel = Path(folder).relative_to(previous)
            for name in names:
                path = (rel / name).as_posix()
                if path in changed or (reindex is not None and path.startswith(SEARCH_INDEX)):
                    continue  # written fresh by write_site, or by Pagefind below
                target = staging / rel / name
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.link(Path(folder) / name, target)
        if reindex is not None:
            reindex(staging)

    write_site({p: files[p] for p in changed}, out, finish=link_tree)


def update_folder(folder: Path, files: dict[str, bytes | Path], changed: set[str], gone: Iterable[str] = ()) -> None:
    """Put the ``changed`` files of ``files`` into the built ``folder`` in place, each by one atomic
    rename (a request reads the old file or the new one, never half of one), and delete ``gone``.

    serve's way after an edit: the time it takes follows the files that changed, not the site.
    """
    for path in sorted(changed):
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        spare = target.with_name(f".{target.name}.new")
        content = files[path]
        spare.write_bytes(content if isinstance(content, bytes) else content.read_bytes())
        os.replace(spare, target)
    for path in sorted(gone):
        (folder / path).unlink(missing_ok=True)
