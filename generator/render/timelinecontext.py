"""The timelines' contexts: the site's timeline or an actor's events on a page by period (see periods.py),
with its strip, its links to the other periods and to where each event is listed; and an embeddable timeline."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cached_property
from typing import Any

from generator import urls
from generator.dates import PartialDate
from generator.model import Actor, Article, Event
from generator.render import context as ctx
from generator.render import periods, strip
from generator.render.pagecontext import PageContexts, draw_strip, embed_url, first_of_month
from generator.render.structured import breadcrumbs, events_json_ld

MOVED_TITLE = 64  # a split page's entry for an event told below it: its title shortened to this
PERIOD_INDEX = "pages.json"  # beside a split timeline: its period pages, for old anchors (period_indexes)


def _period_index(root: periods.Period) -> bytes:
    return json.dumps([p.url for p in periods.sequence(root)], ensure_ascii=False).encode("utf-8")


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


class TimelineContexts(PageContexts):
    """The contexts of the timelines' pages and of the embeddable timelines."""

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

    def embed_article_context(self, article: Article, layout: strip.StripLayout | None = None) -> dict[str, Any]:
        events = sorted(article.timeline, key=lambda e: e.date.sort_key)  # as the article page lists them
        return self.embed_context(urls.article_url(article.slug), article.title, events, events, None, False,
                                  layout=layout)
