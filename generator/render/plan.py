"""Every output page of the site: ``OutputFile(dest_path, template, make_context)``.

The plan lists the pages at once; a page's context is made when it is rendered,
so on a large site that work is shared by the render workers too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any

from markupsafe import Markup

from generator import urls
from generator.config import SiteConfig
from generator.dates import PartialDate
from generator.language import N_
from generator.model import ACTOR_KINDS, Actor, Article, Event, Page, Site
from generator.multilingual import hreflang
from generator.render import context as ctx
from generator.render import svg
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

    @cached_property
    def context(self) -> dict[str, Any]:
        return self.make_context()


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
            "nav": [*NAV, (N_("Search"), urls.SEARCH)] if self.config.search else NAV,
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
                         PAGE_COST + LISTED_ARTICLE_COST * len(self.site.articles))
        for article in self.site.articles.values():
            yield self.article(article)
        yield OutputFile(urls.dest_path(urls.ACTORS), "actors.html", self.actor_index_context)
        for actor in self.site.actors.values():
            yield self.actor(actor)
        yield OutputFile(urls.dest_path(urls.TIMELINE), "timeline.html", self.timeline_context,
                         PAGE_COST + len(self.site.events))
        if self.config.search:
            yield OutputFile(urls.dest_path(urls.SEARCH), "search.html", self.search_context)
        for page in self.site.pages.values():
            yield OutputFile(urls.dest_path(urls.page_url(page.slug)), "page.html",
                             partial(self.free_page_context, page))
        yield OutputFile("404.html", "404.html", self.not_found_context)

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

    def article_list_context(self) -> dict[str, Any]:
        _ = self._
        c = self.base("articles/", _("All explainers"),
                      _("Every explainer of %(site)s, newest first.") % {"site": self.config.title}, "articles")
        c["listing"] = list(self.newest)
        c["json_ld"] = [breadcrumbs(self.config, [(_("Explainers"), "articles/")])]
        return c

    def article_context(self, article: Article) -> dict[str, Any]:
        url = urls.article_url(article.slug)
        c = self.base(url, article.title, article.summary, "article")
        c["article"] = article
        c["key_actors"] = [self.site.actors[i] for i in article.actors]
        c["see_also"] = article.see_also
        if article.image is not None:
            c["page"].update(image=self.config.absolute_url(article.image.src), image_alt=article.image.alt)
        c["show_summary"] = bool(article.summary) and not repeats_lede(article.summary, article.body_html)
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

    def actor_context(self, actor: Actor) -> dict[str, Any]:
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
        c["network_svg"] = Markup(svg.actor_network(
            actor, around, lambda a: urls.relative_url(url, urls.actor_url(a.id)), lang=self.lang))
        c["json_ld"] = [actor_json_ld(self.config, actor),
                        breadcrumbs(self.config, [(_("Actors"), urls.ACTORS), (actor.name, url)])]
        return c

    def timeline_context(self) -> dict[str, Any]:
        _ = self._
        c = self.base(urls.TIMELINE, _("Timeline"),
                      _("Every dated event in %(site)s, in order.") % {"site": self.config.title}, "timeline")
        c["years"] = group_events(self.site.events, self.lang.display_date)
        c["timeline_svg"] = Markup(svg.timeline_strip(self.site.events, lambda e: "#" + e.id,
                                                      label=_("Timeline of every event"), lang=self.lang))
        c["json_ld"] = [breadcrumbs(self.config, [(_("Timeline"), urls.TIMELINE)])]
        if self.site.events:
            c["json_ld"].append(events_json_ld(self.config, self.site.events, self.site.actors))
        return c

    def search_context(self) -> dict[str, Any]:
        c = self.base(urls.SEARCH, self._("Search"),
                      self._("Search the explainers and actors of %(site)s.") % {"site": self.config.title}, "search")
        return c


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
