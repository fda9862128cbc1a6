"""Every output page of the site: ``OutputFile(dest_path, template, make_context)``.

The plan lists the pages at once; a page's context is made when it is rendered,
so on a large site that work is shared by the render workers too. ``Planner.jobs``
renders a page and its embeddable timeline in one job (``PageSet``): they show the
same strip, laid out once and drawn by each with its own links. Here too are the
limits on how much one page lists, and the contexts they shape; the other contexts
are made in pagecontext.py and timelinecontext.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from markupsafe import Markup

from generator import urls
from generator.model import Actor, Article, Event
from generator.render import periods, strip, svg
from generator.render.pagecontext import EMBED, draw_strip, embed_url
from generator.render.structured import actor_json_ld, breadcrumbs
from generator.render.timelinecontext import MOVED_TITLE, PERIOD_INDEX, TimelineContexts, _period_index

ACTOR_EVENTS = 100  # more than this: the actor's page shows its latest events and links to pages by period
ACTOR_LATEST = 20
ARTICLES_PAGE = 200  # more explainers than this: articles/ lists the newest, archive/YEAR/ every one by year

EMBED_EVENTS = 25  # an embedded timeline of more events shows the latest


# A page's rendering cost, roughly, in units of one listed event: a page's own frame costs
# about five, an article in a list about 0.4 (measured on benchmarks/build.py's site).
PAGE_COST = 5.0
LISTED_ARTICLE_COST = 0.4


@dataclass
class OutputFile:
    dest_path: str
    template: str
    make_context: Callable[[], dict[str, Any]] = field(repr=False)
    cost: float = PAGE_COST  # an estimate, only to share pages out between workers

    def context(self) -> dict[str, Any]:
        """Made anew at each call and kept by nobody: a large site's contexts are not held at once."""
        return self.make_context()


@dataclass
class PageSet:
    """Pages rendered in one job because they share work: an article's page and its embed draw their
    timeline strip from one layout. ``make_contexts()`` gives the context of each of ``files``, in order:
    the contexts each file's own ``context()`` would give."""

    files: list[OutputFile]
    make_contexts: Callable[[], list[dict[str, Any]]] = field(repr=False)

    @property
    def cost(self) -> float:
        return sum(f.cost for f in self.files)


def archive_url(year: int) -> str:
    return f"archive/{year}/"


class Planner(TimelineContexts):
    """The site's pages, in order, as render jobs; and the contexts the limits above shape."""

    def plan(self) -> Iterator[OutputFile]:
        """Every page, in order; each context is made when the page is rendered, by the process that renders it."""
        yield OutputFile("index.html", "index.html", self.home_context)
        yield OutputFile("articles/index.html", "articles.html", self.article_list_context,
                         PAGE_COST + LISTED_ARTICLE_COST * min(len(self.site.articles), ARTICLES_PAGE))
        for year, listed in self.archive_years().items():
            yield OutputFile(urls.dest_path(archive_url(year)), "articles.html",
                             partial(self.archive_context, year, listed), PAGE_COST + LISTED_ARTICLE_COST * len(listed))
        for article in self.site.articles.values():
            yield self.article(article)
        yield OutputFile(urls.dest_path(urls.ACTORS), "actors.html", self.actor_index_context)
        for actor in self.site.actors.values():
            yield self.actor(actor)
            if len(actor.events) > ACTOR_EVENTS:
                yield from self.timeline_pages(actor.events, urls.actor_url(actor.id) + "events/", actor)
        yield from self.timeline_pages(self.site.events, urls.TIMELINE)
        yield from self.embeds()
        if self.config.search:
            yield OutputFile(urls.dest_path(urls.SEARCH), "search.html", self.search_context)
        for page in self.site.pages.values():
            yield OutputFile(urls.dest_path(urls.page_url(page.slug)), "page.html",
                             partial(self.free_page_context, page))
        yield OutputFile("404.html", "404.html", self.not_found_context)

    def jobs(self, planned: list[OutputFile]) -> list[OutputFile | PageSet]:
        """The planned pages as render jobs: a page and its embeddable timeline (an article's, an actor's,
        the site's) in one job, which lays out their strip once."""
        together: list[tuple[str, Callable[[], list[dict[str, Any]]]]] = []  # a page's URL, its and its embed's
        together += [(urls.article_url(a.slug), partial(self.article_and_embed, a))
                     for a in self.site.articles.values() if a.timeline]
        together += [(urls.actor_url(a.id), partial(self.actor_and_embed, a))
                     for a in self.site.actors.values() if a.events]
        together += [(urls.TIMELINE, self.timeline_and_embed)] if self.site.events else []
        pairs = {urls.dest_path(url): (urls.dest_path(embed_url(url)), make) for url, make in together}
        by_dest = {f.dest_path: f for f in planned}
        jobs: list[OutputFile | PageSet] = []
        paired: set[str] = set()
        for item in planned:
            if item.dest_path in paired:
                continue
            embed, make = pairs.get(item.dest_path, ("", None))
            if make is not None and embed in by_dest:
                jobs.append(PageSet([item, by_dest[embed]], make))
                paired.add(embed)
            else:
                jobs.append(item)
        return jobs

    def article(self, article: Article) -> OutputFile:
        return OutputFile(urls.dest_path(urls.article_url(article.slug)), "article.html",
                          partial(self.article_context, article), PAGE_COST + len(article.timeline))

    def actor(self, actor: Actor) -> OutputFile:
        listed = len(actor.mentions) + len(actor.key_in)
        return OutputFile(urls.dest_path(urls.actor_url(actor.id)), "actor.html", partial(self.actor_context, actor),
                          PAGE_COST + len(actor.events) + LISTED_ARTICLE_COST * listed)

    def archive_years(self) -> dict[int, list[Article]]:
        """A long list of explainers: the newest on articles/, every one in archive/YEAR/ (newest first)."""
        if len(self.newest) <= ARTICLES_PAGE:
            return {}
        years: dict[int, list[Article]] = {}
        for article in self.newest:
            years.setdefault(article.date.year, []).append(article)
        return years

    def archive_links(self, here: str) -> list[tuple[str, str, int]]:
        return [(str(year), urls.relative_url(here, archive_url(year)), len(listed))
                for year, listed in self.archive_years().items()]

    def article_list_context(self) -> dict[str, Any]:
        _ = self._
        c = self.base("articles/", _("All explainers"),
                      _("Every explainer of %(site)s, newest first.") % {"site": self.config.title}, "articles")
        c["listing"] = self.newest[:ARTICLES_PAGE]
        c["archive"] = self.archive_links("articles/")
        c["json_ld"] = [breadcrumbs(self.config, [(_("Explainers"), "articles/")])]
        return c

    def archive_context(self, year: int, listed: list[Article]) -> dict[str, Any]:
        _ = self._
        url = archive_url(year)
        heading = _("Explainers of %(year)s") % {"year": year}
        c = self.base(url, heading, heading, "articles")
        c["listing"] = listed
        c["archive"] = self.archive_links(url)
        c["json_ld"] = [breadcrumbs(self.config, [(_("Explainers"), "articles/"), (str(year), url)])]
        return c

    def article_and_embed(self, article: Article) -> list[dict[str, Any]]:
        """The contexts of an article's page and its embed, their strip laid out once."""
        events = sorted(article.timeline, key=lambda e: e.date.sort_key)
        layout = strip.lay_out(events, self.lang, by_month=True)
        return [self.article_context(article, layout), self.embed_article_context(article, layout)]

    def actor_and_embed(self, actor: Actor) -> list[dict[str, Any]]:
        """The contexts of an actor's page and its embed, their strip laid out once."""
        layout = strip.lay_out(actor.events, self.lang, by_month=len(actor.events) > ACTOR_EVENTS)
        return [self.actor_context(actor, layout), self.embed_actor_context(actor, layout)]

    def actor_context(self, actor: Actor, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        url = urls.actor_url(actor.id)
        _ = self._
        description = actor.role or _("%(name)s in %(site)s") % {"name": actor.name, "site": self.config.title}
        c = self.base(url, actor.name, description, "actor")
        c["actor"] = actor
        sentences = {m.article: m.sentence for m in actor.mentions}
        slugs = set(sentences) | set(actor.key_in)
        listed = sorted((self.rank[slug], slug) for slug in slugs if slug in self.rank)
        c["mentioned_in"] = [(self.newest[i], sentences.get(slug, "")) for i, slug in listed]
        c["affiliations"] = [self.site.actors[i] for i in actor.affiliations]
        c["affiliated"] = sorted((self.site.actors[i] for i in actor.affiliated), key=lambda a: a.name)
        around = svg.neighbours(actor, self.site, self.article_actors)
        shown = [a for a, _e, _n in around[:svg.NETWORK_MAX]]
        ties = svg.peer_ties(actor, shown, self.site, self.article_actors)
        c["network_svg"] = Markup(svg.actor_network(
            actor, around, lambda a: urls.relative_url(url, urls.actor_url(a.id)), lang=self.lang, ties=ties))
        c["network"] = [(a, e, n, [self.site.actors[x if y == a.id else y] for (x, y) in sorted(ties)
                                   if a.id in (x, y)]) for a, e, n in around[:svg.NETWORK_MAX]]
        many = len(actor.events) > ACTOR_EVENTS
        c["events_listed"] = list(reversed(actor.events[-ACTOR_LATEST:])) if many else actor.events
        if many:
            tree = periods.split(actor.events, urls.actor_url(actor.id) + "events/", whole=False)
            month_href, href = self.period_links(tree, url)
            c["event_periods"] = [(self.period_label(p.key), urls.relative_url(url, p.url), len(p.events))
                                  for p in tree.parts]
            # the page once listed every event: each keeps its anchor here, linking to its period page
            pages = periods.event_pages(tree)
            listed = {id(e) for e in c["events_listed"]}
            indexed = actor.events if len(actor.events) <= periods.INDEX_EVENTS else []
            c["moved"] = [(e, urls.relative_url(url, pages[id(e)]) + "#" + e.id, strip.shorten(e.title, MOVED_TITLE))
                          for e in indexed if id(e) not in listed]
        else:
            c["event_periods"] = []
            c["moved"] = []
            href = lambda e: "#" + e.id  # noqa: E731  (the page lists every one of them)
            month_href = None
        c["embed_url"] = embed_url(url) if actor.events else ""
        c["events_svg"] = draw_strip(
            actor.events, href, month_href, layout, self.lang,
            svg_id="actor-strip", label=_("Events of %(name)s") % {"name": actor.name})
        c["json_ld"] = [actor_json_ld(self.config, actor),
                        breadcrumbs(self.config, [(_("Actors"), urls.ACTORS), (actor.name, url)])]
        return c

    def timeline_pages(self, events: list[Event], base: str, actor: Actor | None = None) -> Iterator[OutputFile]:
        """The timeline (or an actor's events, under actors/ID/events/) as pages by period (see periods.py)."""
        tree = periods.split(events, base, whole=False) if actor is not None else self.site_tree
        for period in tree.walk():
            if actor is not None and not period.key:
                continue  # the actor's own page is the overview
            yield OutputFile(urls.dest_path(period.url), "timeline.html",
                             partial(self.timeline_context, period, tree, actor), PAGE_COST + len(period.listed))

    def embeds(self) -> Iterator[OutputFile]:
        """embed/timeline/, embed/articles/SLUG/ and embed/actors/ID/: the timelines alone, for an <iframe>."""
        if self.site.events:
            yield OutputFile(urls.dest_path(EMBED + urls.TIMELINE), "embed.html", self.embed_site_context,
                             PAGE_COST + EMBED_EVENTS)
        for article in self.site.articles.values():
            if article.timeline:
                yield OutputFile(urls.dest_path(embed_url(urls.article_url(article.slug))), "embed.html",
                                 partial(self.embed_article_context, article), PAGE_COST + len(article.timeline))
        for actor in self.site.actors.values():
            if actor.events:
                yield OutputFile(urls.dest_path(embed_url(urls.actor_url(actor.id))), "embed.html",
                                 partial(self.embed_actor_context, actor), PAGE_COST + EMBED_EVENTS)

    def embed_site_context(self, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        events = self.site.events
        latest = list(reversed(events[-EMBED_EVENTS:]))
        tree = self.site_tree
        return self.embed_context(urls.TIMELINE, self._("Timeline"), events, latest, tree, len(events) > EMBED_EVENTS,
                                  layout=layout)

    def embed_actor_context(self, actor: Actor, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        many = len(actor.events) > EMBED_EVENTS
        shown = list(reversed(actor.events[-EMBED_EVENTS:])) if many else actor.events
        tree = periods.split(actor.events, urls.actor_url(actor.id) + "events/", whole=False) \
            if len(actor.events) > ACTOR_EVENTS else None
        heading = self._("Events of %(name)s") % {"name": actor.name}
        elsewhere = None
        if tree is None and many:  # the rest are on the site's timeline
            pages = periods.event_pages(self.site_tree)
            url = embed_url(urls.actor_url(actor.id))
            elsewhere = lambda e: urls.relative_url(url, pages.get(id(e), urls.TIMELINE)) + "#" + e.id  # noqa: E731
        return self.embed_context(urls.actor_url(actor.id), heading, actor.events, shown, tree, many, elsewhere,
                                  layout)

    def timeline_and_embed(self) -> list[dict[str, Any]]:
        """The contexts of the timeline's first page and its embed, their strip laid out once."""
        layout = strip.lay_out(self.site_tree.events, self.lang, by_month=True)
        return [self.timeline_context(self.site_tree, self.site_tree, layout=layout), self.embed_site_context(layout)]

    def period_indexes(self) -> Iterator[tuple[str, Callable[[], bytes]]]:
        """``(dest_path, make)`` of each split timeline's list of its period pages (site-relative URLs, JSON):
        one file per timeline, which a page's script fetches only to send on an anchor it does not hold."""
        trees: list[Callable[[], periods.Period]] = [lambda: self.site_tree]
        trees += [partial(periods.split, actor.events, urls.actor_url(actor.id) + "events/", whole=False)
                  for actor in self.site.actors.values() if len(actor.events) > ACTOR_EVENTS]
        for tree in trees:
            root = tree()
            if root.parts:
                yield root.url + PERIOD_INDEX, partial(_period_index, root)
