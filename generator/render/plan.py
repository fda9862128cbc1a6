"""Every output page of the site: ``OutputFile(dest_path, template, context)``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator import urls
from generator.config import SiteConfig
from generator.dates import MONTHS
from generator.model import ACTOR_KINDS, Actor, Article, Event, Site
from generator.render import context as ctx
from generator.render import svg
from generator.render.structured import (
    actor_json_ld,
    article_json_ld,
    breadcrumbs,
    events_json_ld,
    website_json_ld,
)

NAV = [("Explainers", "articles/"), ("Actors", urls.ACTORS), ("Timeline", urls.TIMELINE)]
KIND_LABELS = {"person": "People", "organization": "Organizations", "country": "Countries",
               "place": "Places", "media": "Media", "group": "Groups"}
HOME_ARTICLES = 12
HOME_ACTORS = 8
HOME_EVENTS = 6


@dataclass
class OutputFile:
    dest_path: str
    template: str
    context: dict[str, Any]


def newest_first(articles: dict[str, Article]) -> list[Article]:
    return sorted(articles.values(), key=lambda a: (a.date.sort_key, a.slug), reverse=True)


class Planner:
    def __init__(self, site: Site, config: SiteConfig, serve: bool = False) -> None:
        self.site = site
        self.config = config
        self.serve = serve
        self.newest = newest_first(site.articles)  # sorted once: each actor page lists its articles in this order

    def base(self, url: str, title: str, description: str, kind: str,
             absolute_links: bool = False) -> dict[str, Any]:
        if absolute_links:  # the 404 page is served at any depth: links from the mount path
            def link(target: str) -> str:
                return self.config.base_path + target
        else:
            def link(target: str) -> str:
                return urls.relative_url(url, target)
        full_title = self.config.title if not title or title == self.config.title else f"{title} · {self.config.title}"
        return {
            "site": self.config,
            "page": {"url": url, "title": full_title, "heading": title, "description": description or
                     self.config.description, "canonical": self.config.absolute_url(url), "kind": kind},
            "url": link,
            "nav": [*NAV, ("Search", urls.SEARCH)] if self.config.search else NAV,
            "actors": self.site.actors,
            "articles": self.site.articles,
            "pages": sorted(self.site.pages.values(), key=lambda p: p.slug),
            "serve": self.serve,
            "json_ld": [],
        }

    def plan(self) -> Iterator[OutputFile]:
        yield self.home()
        yield self.article_list()
        for article in self.site.articles.values():
            yield self.article(article)
        yield self.actor_index()
        for actor in self.site.actors.values():
            yield self.actor(actor)
        yield self.timeline()
        if self.config.search:
            yield self.search()
        for page in self.site.pages.values():
            c = self.base(urls.page_url(page.slug), page.title, page.summary, "page")
            c["free_page"] = page
            yield OutputFile(urls.dest_path(urls.page_url(page.slug)), "page.html", c)
        c = self.base("404.html", "Page not found", "", "404", absolute_links=True)
        yield OutputFile("404.html", "404.html", c)

    def home(self) -> OutputFile:
        c = self.base(urls.HOME, self.config.title, self.config.description, "home")
        c["latest"] = self.newest[:HOME_ARTICLES]
        c["more_articles"] = max(0, len(self.site.articles) - HOME_ARTICLES)
        ranked = sorted(self.site.actors.values(),
                        key=lambda a: (-(2 * len(a.key_in) + len(a.mentions) + len(a.events)), a.name))
        c["key_actors"] = ranked[:HOME_ACTORS]
        c["latest_events"] = list(reversed(self.site.events[-HOME_EVENTS:]))
        c["json_ld"] = [website_json_ld(self.config)]
        return OutputFile("index.html", "index.html", c)

    def article_list(self) -> OutputFile:
        c = self.base("articles/", "All explainers", f"Every explainer of {self.config.title}, newest first.",
                      "articles")
        c["listing"] = list(self.newest)
        c["json_ld"] = [breadcrumbs(self.config, [("Explainers", "articles/")])]
        return OutputFile("articles/index.html", "articles.html", c)

    def article(self, article: Article) -> OutputFile:
        url = urls.article_url(article.slug)
        c = self.base(url, article.title, article.summary, "article")
        c["article"] = article
        c["key_actors"] = [self.site.actors[i] for i in article.actors]
        c["see_also"] = article.see_also
        c["json_ld"] = [article_json_ld(self.config, article, self.site.actors),
                        breadcrumbs(self.config, [("Explainers", "articles/"), (article.title, url)])]
        return OutputFile(urls.dest_path(url), "article.html", c)

    def actor_index(self) -> OutputFile:
        c = self.base(urls.ACTORS, "Actors", f"The people, organizations and places in {self.config.title}.",
                      "actors")
        groups = []
        for kind in ACTOR_KINDS:
            members = sorted((a for a in self.site.actors.values() if a.kind == kind),
                             key=lambda a: (a.name.casefold(), a.id))
            if members:
                groups.append((KIND_LABELS[kind], members))
        c["by_kind"] = groups
        c["json_ld"] = [breadcrumbs(self.config, [("Actors", urls.ACTORS)])]
        return OutputFile(urls.dest_path(urls.ACTORS), "actors.html", c)

    def actor(self, actor: Actor) -> OutputFile:
        url = urls.actor_url(actor.id)
        description = actor.role or f"{actor.name} in {self.config.title}"
        c = self.base(url, actor.name, description, "actor")
        c["actor"] = actor
        sentences = {m.article: m.sentence for m in actor.mentions}
        slugs = set(sentences) | set(actor.key_in)
        c["mentioned_in"] = [(a, sentences.get(a.slug, "")) for a in self.newest if a.slug in slugs]
        c["affiliations"] = [self.site.actors[i] for i in actor.affiliations]
        c["affiliated"] = sorted((self.site.actors[i] for i in actor.affiliated), key=lambda a: a.name)
        c["network_svg"] = Markup(svg.actor_network(
            actor, svg.neighbours(actor, self.site), lambda a: urls.relative_url(url, urls.actor_url(a.id))))
        c["json_ld"] = [actor_json_ld(self.config, actor),
                        breadcrumbs(self.config, [("Actors", urls.ACTORS), (actor.name, url)])]
        return OutputFile(urls.dest_path(url), "actor.html", c)

    def timeline(self) -> OutputFile:
        c = self.base(urls.TIMELINE, "Timeline", f"Every dated event in {self.config.title}, in order.",
                      "timeline")
        c["years"] = group_events(self.site.events)
        c["timeline_svg"] = Markup(svg.timeline_strip(self.site.events, lambda e: "#" + e.id,
                                                      label="Timeline of every event"))
        c["json_ld"] = [breadcrumbs(self.config, [("Timeline", urls.TIMELINE)])]
        if self.site.events:
            c["json_ld"].append(events_json_ld(self.config, self.site.events, self.site.actors))
        return OutputFile(urls.dest_path(urls.TIMELINE), "timeline.html", c)

    def search(self) -> OutputFile:
        c = self.base(urls.SEARCH, "Search", f"Search the explainers and actors of {self.config.title}.",
                      "search")
        return OutputFile(urls.dest_path(urls.SEARCH), "search.html", c)


def group_events(events: list[Event]) -> list[ctx.TimelineYear]:
    """Events (already in date order) grouped by year, then month; year-only events first."""
    years: list[ctx.TimelineYear] = []
    for event in events:
        if not years or years[-1]["year"] != event.date.year:
            years.append({"year": event.date.year, "months": []})
        label = f"{MONTHS[event.date.month - 1]} {event.date.year}" if event.date.month else ""
        months = years[-1]["months"]
        if not months or months[-1][0] != label:
            months.append((label, []))
        months[-1][1].append(event)
    return years
