"""Every output page of the site: ``OutputFile(dest_path, template, make_context)``.

The plan lists the pages at once; a page's context is made when it is rendered,
so on a large site that work is shared by the render workers too. ``Planner.jobs``
renders a page and its embeddable timeline in one job (``PageSet``): they show the
same strip, laid out once and drawn by each with its own links.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any

from markupsafe import Markup

from generator import urls
from generator.config import SiteConfig
from generator.dates import PartialDate
from generator.language import N_, Language
from generator.model import ACTOR_KINDS, Actor, Article, Event, Page, Site
from generator.multilingual import hreflang
from generator.render import context as ctx
from generator.render import periods, strip, svg
from generator.render.standfirst import repeats_lede
from generator.render.structured import (
    actor_json_ld,
    article_json_ld,
    breadcrumbs,
    events_json_ld,
    website_json_ld,
)

# Labels are messages of the catalogs (translated where they are shown: base.html says {{ _(label) }}).
NAV = [(N_("Explainers"), "articles/"), (N_("Actors"), urls.ACTORS), (N_("Timeline"), urls.TIMELINE)]
KIND_LABELS = {"person": N_("People"), "organization": N_("Organizations"), "country": N_("Countries"),
               "place": N_("Places"), "media": N_("Media"), "group": N_("Groups")}
# The kind of one actor, as actor.html writes it: {{ _(actor.kind | capitalize) }}.
KIND_NAMES = {"person": N_("Person"), "organization": N_("Organization"), "country": N_("Country"),
              "place": N_("Place"), "media": N_("Media"), "group": N_("Group")}
HOME_ARTICLES = 12
HOME_ACTORS = 8
HOME_EVENTS = 6
MOVED_TITLE = 64  # a split page's entry for an event told below it: its title shortened to this
ACTOR_EVENTS = 100  # more than this: the actor's page shows its latest events and links to pages by period
ACTOR_LATEST = 20
ARTICLES_PAGE = 200  # more explainers than this: articles/ lists the newest, archive/YEAR/ every one by year


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


PERIOD_INDEX = "pages.json"  # beside a split timeline: its period pages, for old anchors (period_indexes)


def _period_index(root: periods.Period) -> bytes:
    return json.dumps([p.url for p in periods.sequence(root)], ensure_ascii=False).encode("utf-8")


EMBED = "embed/"
EMBED_EVENTS = 25  # an embedded timeline of more events shows the latest


def embed_url(page_url: str) -> str:
    """The embeddable timeline of a page: ``articles/x/`` → ``embed/articles/x/``."""
    return EMBED + page_url


def archive_url(year: int) -> str:
    return f"archive/{year}/"


def newest_first(articles: dict[str, Article]) -> list[Article]:
    return sorted(articles.values(), key=lambda a: (a.date.sort_key, a.slug), reverse=True)


class Planner:
    def __init__(self, site: Site, config: SiteConfig, serve: bool = False) -> None:
        self.site = site
        self.config = config
        self.serve = serve
        self.newest = newest_first(site.articles)  # sorted once: each actor page lists its articles in this order
        self.rank = {a.slug: i for i, a in enumerate(self.newest)}
        self.article_actors: dict[str, set[str]] = {}  # for the actor networks, filled as they are drawn
        self.lang = config.lang
        self._ = self.lang.gettext
        nav = [*NAV, (N_("Search"), urls.SEARCH)] if config.search else NAV
        self.nav = [(self._(label), target) for label, target in nav]

    def base(self, url: str, title: str, description: str, kind: str,
             absolute_links: bool = False) -> dict[str, Any]:
        # The 404 page is served at any depth: its links start from the mount path.
        link = urls.Links(self.config.base_path) if absolute_links else urls.Links.from_page(url)
        full_title = self.config.title if not title or title == self.config.title else f"{title} · {self.config.title}"
        return {
            "site": self.config,
            "lang": self.lang,
            "page": {"url": url, "title": full_title, "heading": title, "description": description or
                     self.config.description, "canonical": self.config.absolute_url(url), "kind": kind,
                     "image": "", "image_alt": ""},
            "url": link,
            "nav": self.nav,
            "actors": self.site.actors,
            "articles": self.site.articles,
            "pages": sorted(self.site.pages.values(), key=lambda p: p.slug),
            "serve": self.serve,
            "json_ld": [],
            "alternates": [] if absolute_links else hreflang(self.config, self.site.alternates, url, url),
        }

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

    def free_page_context(self, page: Page) -> dict[str, Any]:
        c = self.base(urls.page_url(page.slug), page.title, page.summary, "page")
        c["free_page"] = page
        return c

    def not_found_context(self) -> dict[str, Any]:
        return self.base("404.html", self._("Page not found"), "", "404", absolute_links=True)

    def home_context(self) -> dict[str, Any]:
        c = self.base(urls.HOME, self.config.title, self.config.description, "home")
        c["latest"] = self.newest[:HOME_ARTICLES]
        c["more_articles"] = max(0, len(self.site.articles) - HOME_ARTICLES)
        ranked = sorted(self.site.actors.values(),
                        key=lambda a: (-(2 * len(a.key_in) + len(a.mentions) + len(a.events)), a.name))
        c["key_actors"] = ranked[:HOME_ACTORS]
        c["latest_events"] = list(reversed(self.site.events[-HOME_EVENTS:]))
        c["json_ld"] = [website_json_ld(self.config)]
        return c

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

    def article_context(self, article: Article, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        url = urls.article_url(article.slug)
        c = self.base(url, article.title, article.summary, "article")
        c["article"] = article
        c["key_actors"] = [self.site.actors[i] for i in article.actors]
        c["see_also"] = article.see_also
        if article.image is not None:
            c["page"].update(image=self.config.absolute_url(article.image.src), image_alt=article.image.alt)
        c["embed_url"] = embed_url(url) if article.timeline else ""
        own = sorted(article.timeline, key=lambda e: e.date.sort_key)
        first = first_of_month(own, lambda e: "#" + e.id)  # a long timeline's strip: a bar a month, to its first
        c["timeline_svg"] = draw_strip(
            own, lambda e: "#" + e.id, lambda y, m: first[(y, m)], layout, self.lang, svg_id="article-strip",
            label=self._("Events of %(name)s") % {"name": article.title})
        body_html = article.body_html  # kept packed: unpacked once for the page
        c["body_html"] = Markup(body_html)
        c["show_summary"] = bool(article.summary) and not repeats_lede(article.summary, body_html)
        c["json_ld"] = [article_json_ld(self.config, article, self.site.actors),
                        breadcrumbs(self.config, [(self._("Explainers"), "articles/"), (article.title, url)])]
        return c

    def actor_index_context(self) -> dict[str, Any]:
        _ = self._
        c = self.base(urls.ACTORS, _("Actors"),
                      _("The people, organizations and places in %(site)s.") % {"site": self.config.title}, "actors")
        groups = []
        for kind in ACTOR_KINDS:
            members = sorted((a for a in self.site.actors.values() if a.kind == kind),
                             key=lambda a: (a.name.casefold(), a.id))
            if members:
                groups.append((kind, _(KIND_LABELS[kind]), members))
        c["by_kind"] = groups
        c["json_ld"] = [breadcrumbs(self.config, [(_("Actors"), urls.ACTORS)])]
        return c

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

    def embed_context(self, full: str, heading: str, events: list[Event], shown: list[Event],
                      tree: periods.Period | None, newest_first: bool,
                      elsewhere: Callable[[Event], str] | None = None,
                      layout: strip.StripLayout | None = None) -> dict[str, Any]:
        """``elsewhere``: where the strip links an event not shown (else to the full page or its period
        page), and then no month is one count mark. ``layout``: the strip's, laid out for the full page."""
        url = embed_url(full)
        c = self.base(url, heading, heading, "embed")
        listed = {id(e) for e in shown}
        month_href: Callable[[int, int], str] | None = None
        if elsewhere is not None:
            tree_href = elsewhere
        elif tree is not None:
            month_href, tree_href = self.period_links(tree, url)
        else:
            tree_href = lambda e: urls.relative_url(url, full) + "#" + e.id  # noqa: E731

        def href(event: Event) -> str:
            return "#" + event.id if id(event) in listed else tree_href(event)

        if elsewhere is None and month_href is None:
            first = first_of_month(events, href)
            month_href = lambda y, m: first[(y, m)]  # noqa: E731
        c["timeline_svg"] = draw_strip(events, href, month_href, layout, self.lang, label=heading)
        c["embed"] = {"events": shown, "newest_first": newest_first, "more": len(events) - len(shown),
                      "show_article": not full.startswith("articles/"),
                      "full": urls.relative_url(url, full),
                      "full_label": self._("Full timeline") if full == urls.TIMELINE else heading}
        return c

    def embed_site_context(self, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        events = self.site.events
        latest = list(reversed(events[-EMBED_EVENTS:]))
        tree = self.site_tree
        return self.embed_context(urls.TIMELINE, self._("Timeline"), events, latest, tree, len(events) > EMBED_EVENTS,
                                  layout=layout)

    def embed_article_context(self, article: Article, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        events = sorted(article.timeline, key=lambda e: e.date.sort_key)  # as the article page lists them
        return self.embed_context(urls.article_url(article.slug), article.title, events, events, None, False,
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

    @cached_property
    def site_tree(self) -> periods.Period:
        """The site's timeline as pages by period: made once per process, asked by many pages."""
        return periods.split(self.site.events, urls.TIMELINE)

    def period_label(self, key: tuple[int, ...]) -> str:
        return self.lang.display_date(PartialDate(*key)) if key else ""

    def period_links(self, tree: periods.Period,
                     here: str) -> tuple[Callable[[int, int], str], Callable[[Event], str]]:
        """Where each month's events are listed, and each event, as links from the page at ``here``: made
        when asked, as a strip of count marks asks only for its own months, and of markers for none."""
        pages = periods.event_pages(tree)
        months = periods.month_pages(tree)

        def month_href(year: int, month: int) -> str:
            page = months[(year, month)]
            return urls.relative_url(here, page) if page != here else f"#y{year}"

        def href(event: Event) -> str:
            page = pages[id(event)]
            return "#" + event.id if page == here else urls.relative_url(here, page) + "#" + event.id

        return month_href, href

    def timeline_and_embed(self) -> list[dict[str, Any]]:
        """The contexts of the timeline's first page and its embed, their strip laid out once."""
        layout = strip.lay_out(self.site_tree.events, self.lang, by_month=True)
        return [self.timeline_context(self.site_tree, self.site_tree, layout=layout), self.embed_site_context(layout)]

    def timeline_context(self, period: periods.Period | None = None, tree: periods.Period | None = None,
                         actor: Actor | None = None, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        _ = self._
        if tree is None or period is None:
            tree = period = self.site_tree
        label = self.period_label(period.key)
        if actor is not None:
            heading = _("Events of %(name)s: %(period)s") % {"name": actor.name, "period": label}
            description = heading
        else:
            heading = _("Timeline: %(period)s") % {"period": label} if label else _("Timeline")
            description = _("Every dated event in %(site)s, in order.") % {"site": self.config.title}
        c = self.base(period.url, heading, description, "timeline")
        c["years"] = group_events(period.listed, self.lang.display_date)
        month_href, href = self.period_links(tree, period.url)
        c["timeline_svg"] = draw_strip(period.events, href, month_href, layout, self.lang,
                                       label=heading if label else _("Timeline of every event"))
        c["period"] = self.period_nav(period, tree, actor)
        here = period.url  # the pages below this one are linked as "11/", not "../../timeline/2024/11/"
        c["moved"] = [(e, (page.removeprefix(here) if page.startswith(here) else urls.relative_url(here, page))
                       + "#" + e.id, strip.shorten(e.title, MOVED_TITLE)) for e, page in periods.moved(tree, period)]
        c["embed_url"] = embed_url(urls.TIMELINE) if actor is None and not period.key and tree.events else ""
        crumbs = [(_("Timeline"), urls.TIMELINE)] if actor is None else [
            (_("Actors"), urls.ACTORS), (actor.name, urls.actor_url(actor.id))]
        c["json_ld"] = [breadcrumbs(self.config, crumbs + [(self.period_label(p.key), p.url)
                                                          for p in periods.ancestors(tree, period)[1:]])]
        if period.listed and actor is None:
            c["json_ld"].append(events_json_ld(self.config, period.listed, self.site.actors))
        return c

    def period_nav(self, period: periods.Period, tree: periods.Period, actor: Actor | None) -> ctx.PeriodNav:
        here = period.url
        chain = periods.sequence(tree)
        at = periods.position(tree, period)

        def link(p: periods.Period | None) -> tuple[str, str] | None:
            return (self.period_label(p.key), urls.relative_url(here, p.url)) if p is not None else None

        top = [(self._("Timeline") if actor is None else actor.name,
                urls.relative_url(here, tree.url if actor is None else urls.actor_url(actor.id)))]
        return {
            "label": self.period_label(period.key),
            "crumbs": (top + [link(p) for p in periods.ancestors(tree, period)[1:-1]]) if period.key else [],  # type: ignore[list-item]
            "parts": [(self.period_label(p.key), urls.relative_url(here, p.url), len(p.events)) for p in period.parts],
            "prev": link(chain[at - 1]) if at else None,
            "next": link(chain[at + 1]) if at is not None and at + 1 < len(chain) else None,
            "index": urls.relative_url(here, tree.url + PERIOD_INDEX) if tree.parts else "",
        }

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

    def search_context(self) -> dict[str, Any]:
        c = self.base(urls.SEARCH, self._("Search"),
                      self._("Search the explainers and actors of %(site)s.") % {"site": self.config.title}, "search")
        return c


def draw_strip(events: list[Event], href: Callable[[Event], str], month_href: Callable[[int, int], str] | None,
               layout: strip.StripLayout | None, lang: Language, *, svg_id: str = "strip", label: str) -> Markup:
    """The strip of ``events`` (see strip.timeline_strip), from ``layout`` when the page's pair laid it out."""
    if not events:
        return Markup("")
    layout = layout or strip.lay_out(events, lang, by_month=month_href is not None)
    return Markup(layout.draw(href, month_href, svg_id=svg_id, label=label))


def first_of_month(events: list[Event], href: Callable[[Event], str]) -> dict[tuple[int, int], str]:
    """(year, month or 0) → the link to the first of ``events`` (in date order) in that month."""
    first: dict[tuple[int, int], str] = {}
    for event in events:
        key = (event.date.year, event.date.month or 0)
        if key not in first:
            first[key] = href(event)
    return first


def group_events(events: list[Event],
                 month_label: Callable[[PartialDate], str] = PartialDate.display) -> list[ctx.TimelineYear]:
    """Events (already in date order) grouped by year, then month; year-only events first.

    ``month_label(PartialDate(year, month))`` heads each month ("February 2022", "лютий 2022 р.").
    """
    years: list[ctx.TimelineYear] = []
    for event in events:
        if not years or years[-1]["year"] != event.date.year:
            years.append({"year": event.date.year, "months": []})
        label = month_label(PartialDate(event.date.year, event.date.month)) if event.date.month else ""
        months = years[-1]["months"]
        if not months or months[-1][0] != label:
            months.append((label, []))
        months[-1][1].append(event)
    return years
