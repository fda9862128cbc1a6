"""Link: cross-references resolved against the loaded site. ``link_site(site, md, diags)``.

After this stage every id points at something real, every body is HTML with
its actor mentions linked, events are merged and sorted with stable anchors,
actors know their events, mentions and affiliations both ways, and each
article's see-also list is complete (related articles filled in).
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from generator import urls
from generator.diagnostics import Diagnostics
from generator.link.bodies import BodyRenderer, RenderedBody
from generator.link.duplicates import merge_same_events
from generator.link.events import collect_events
from generator.link.refs import check_references
from generator.link.see_also import fill_related
from generator.model import Actor, Article, Event, Page, Site
from generator.parallel import Executor, SerialExecutor

__all__ = ["link_site"]

Text = Article | Actor | Page | Event


def link_site(site: Site, md: MarkdownIt, diags: Diagnostics, executor: Executor | None = None) -> None:
    """Check references, render every text with its links, then complete the cross-references.

    The texts (article bodies, biographies, pages, event texts) are independent of each other:
    the executor may render them in several processes; their results are applied here, in order.
    """
    check_references(site, diags)
    collect_events(site)
    bodies = BodyRenderer(site, md, diags)
    texts: list[Text] = [*site.articles.values(), *site.actors.values(), *site.pages.values(),
                         *(e for e in site.events if e.text)]

    def render(text: Text) -> RenderedBody | str:
        if isinstance(text, Article):
            return bodies.render_body(text)
        if isinstance(text, Actor):
            return bodies.render_text(text.bio, urls.actor_url(text.id), text.where.src_path, text.bio_line)
        if isinstance(text, Page):
            return bodies.render_text(text.body, urls.page_url(text.slug), text.where.src_path, text.body_line)
        return bodies.render_inline(text.text)

    def cost(text: Text) -> float:
        if isinstance(text, Article):  # its text kept packed: about a fifth of the characters it holds
            return 5.0 * len(text.packed_body)
        return float(len(text.text if isinstance(text, Event) else text.bio if isinstance(text, Actor) else text.body))

    rendered = (executor or SerialExecutor()).map(render, texts, cost=cost)
    for text, result in zip(texts, rendered, strict=True):
        if isinstance(text, Article):
            assert isinstance(result, RenderedBody)
            bodies.apply(text, result)
            text.body = ""  # rendered into body_html: the source is let go, a large site keeps only what pages show
        elif isinstance(text, Event):
            assert isinstance(result, str)
            text.text_html = result
        else:
            assert isinstance(result, RenderedBody)
            diags.items.extend(result.problems)
            if isinstance(text, Actor):
                text.bio_html = result.html
            else:
                text.body_html = result.html
    merge_same_events(site, diags)
    fill_related(site)
    cross_link_actors(site)
    warn_loose_ends(site, diags)


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
