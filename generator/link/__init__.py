"""Link: cross-references resolved against the loaded site. ``link_site(site, md, diags)``.

After this stage every id points at something real, every body is HTML with
its actor mentions linked, events are merged and sorted with stable anchors,
actors know their events, mentions and affiliations both ways, and each
article's see-also list is complete (related articles filled in).
"""

from __future__ import annotations

from collections.abc import Callable

from markdown_it import MarkdownIt

from generator import urls
from generator.diagnostics import Diagnostics
from generator.link.bodies import BodyRenderer
from generator.link.duplicates import merge_same_events
from generator.link.early import EarlyBodies
from generator.link.events import collect_events
from generator.link.refs import check_references
from generator.link.see_also import fill_related
from generator.model import Site
from generator.parallel import map_in_order

__all__ = ["link_site"]


def link_site(site: Site, md: MarkdownIt, diags: Diagnostics, fork: bool = True,
              meanwhile: Callable[[], None] | None = None, early: EarlyBodies | None = None) -> None:
    """``fork=False`` keeps the work in this process (see generator/parallel.py).

    ``meanwhile()`` is the caller's work that needs nothing from this stage; it runs while
    the article bodies are rendered. ``early``: bodies already rendered while the articles
    loaded (see ``early.py``); those still right are used as they are.
    """
    check_references(site, diags)
    bodies = BodyRenderer(site, md, diags)
    articles = list(site.articles.values())
    ready = {a.slug: body for a in articles if early is not None and (body := early.usable(a, site)) is not None}
    todo = [a for a in articles if a.slug not in ready]

    def other_texts() -> None:  # they need nothing from the article bodies, nor bodies from them
        collect_events(site)
        render_other_texts(site, bodies, early)
        if meanwhile is not None:
            meanwhile()

    # The bulk of the stage (parse, link mentions, HTML) runs on every core; results apply in order.
    ready.update(zip((a.slug for a in todo), map_in_order(bodies.render_body, todo, fork=fork,
                                                          meanwhile=other_texts), strict=True))
    for article in articles:
        bodies.apply(article, ready[article.slug])
    merge_same_events(site, diags)
    fill_related(site)
    cross_link_actors(site)
    warn_loose_ends(site, diags)


def render_other_texts(site: Site, bodies: BodyRenderer, early: EarlyBodies | None = None) -> None:
    """Actor biographies, free pages and event texts → HTML (those rendered while loading, if still right)."""
    def html(url: str, text: str, src_path: str, first_line: int) -> str:
        kept = early.usable_text(url.rstrip("/"), site) if early is not None else None
        return kept if kept is not None else bodies.render_markdown(text, url, src_path, first_line)

    for actor in site.actors.values():
        actor.bio_html = html(urls.actor_url(actor.id), actor.bio, actor.where.src_path, actor.bio_line)
    for page in site.pages.values():
        page.body_html = html(urls.page_url(page.slug), page.body, page.where.src_path, page.body_line)
    for event in site.events:
        if not event.text_html:  # most got theirs as they loaded (early.py)
            event.text_html = bodies.render_inline(event.text) if event.text else ""


def cross_link_actors(site: Site) -> None:
    for event in site.events:
        for actor_id in event.actors:
            site.actors[actor_id].events.append(event)
    for actor in site.actors.values():
        for other in actor.affiliations:
            if actor.id not in site.actors[other].affiliated:
                site.actors[other].affiliated.append(actor.id)
    for article in site.articles.values():
        for actor_id in article.actors:
            site.actors[actor_id].key_in.append(article.slug)


def warn_loose_ends(site: Site, diags: Diagnostics) -> None:
    """Warnings (fatal with --strict): unmentioned actors, events with no actor, unlinked see-also titles,
    articles with no summary."""
    for actor in site.actors.values():
        if not actor.mentions and not actor.key_in and not actor.events:
            diags.warning(actor.where, f"actor '{actor.id}' is never mentioned, listed or in an event")
    for event in site.events:
        if not event.actors:
            diags.warning(event.where, f"event '{event.title}' names no actors")
    for article in site.articles.values():
        for entry in article.see_also:
            if entry.kind == "title":
                diags.warning(entry.where or article.where,
                              f"see_also entry '{entry.title}' links nowhere: no article of the site has that "
                              "title; it is shown as a title from the source (give it a 'url:' in the article's "
                              "see_also to link it)")
        if not article.summary:
            diags.warning(article.where, f"article '{article.slug}' has no summary (used by cards, feeds "
                                         "and search engines)")
