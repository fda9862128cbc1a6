"""What each template gets: one ``TypedDict`` per page kind, documented for theme authors.

Every page has the ``PageContext`` keys; ``url(target)`` turns a site-relative
URL (``articles/x/``) into a link that works from the page being rendered (on the
404 page, which is served at any depth, an absolute path under the site's mount
point), and ``url.root`` is that way to the site root as text, for loops that
write many links (``{{ url.root }}actors/{{ id }}/``). ``CONTEXTS`` names the
context of each ``page.kind``; tests/test_template_context.py checks that the
planner passes exactly these keys, so this list stays true.
"""

from __future__ import annotations

from typing import Any, TypedDict

from markupsafe import Markup

from generator.config import SiteConfig
from generator.language import Language
from generator.model import Actor, Article, Event, Page, SeeAlso
from generator.urls import Links


class PageMeta(TypedDict):
    url: str  # site-relative URL of this page ("" for home)
    title: str  # <title>: "Heading · Site title" (the site title alone on the home page)
    heading: str  # the page's own title, without the site title (og:title, twitter:title)
    description: str  # meta description (the site's description when the page has none)
    canonical: str  # absolute URL
    kind: str  # a key of CONTEXTS: home | articles | article | actors | actor | timeline | embed | search | page | 404
    image: str  # absolute URL of the page's picture for link previews (og:image), "" when none
    image_alt: str  # its text alternative


class PageContext(TypedDict):
    site: SiteConfig
    lang: Language  # the page's language: lang.code, lang.direction ("ltr" | "rtl"); _() and dates follow it
    page: PageMeta
    url: Links  # url(target) → link from this page; url.root → the way to the site root
    nav: list[tuple[str, str]]  # (label in the page's language, site-relative URL); "Search" when search is on
    actors: dict[str, Actor]  # every actor, by id
    articles: dict[str, Article]  # every published article, by slug
    pages: list[Page]  # free pages, by slug (footer links)
    serve: bool  # True under `explainer serve` (live reload)
    json_ld: list[dict[str, Any]]  # schema.org objects, one <script type="application/ld+json"> each
    # a multilingual site: the languages this page is in (this one too), each a dict of code, name
    # (in itself), absolute (URL, for hreflang), href (a link from this page), current ("true" or "")
    alternates: list[dict[str, str]]


class HomeContext(PageContext):
    latest: list[Article]  # newest first, at most 12
    more_articles: int  # how many more the articles page lists
    key_actors: list[Actor]  # most present first, at most 8
    latest_events: list[Event]  # newest first, at most 6


class ArticlesContext(PageContext):
    """articles/ and, on a site of over 200 explainers, archive/YEAR/."""

    listing: list[Article]  # newest first: every article, or the newest 200, or the year's
    archive: list[tuple[str, str, int]]  # (year, link, explainers) of the archive pages; [] when there are none


class ArticleContext(PageContext):
    article: Article
    key_actors: list[Actor]  # the article's `actors:`, in its order
    see_also: list[SeeAlso]
    embed_url: str  # its embeddable timeline (embed/articles/SLUG/), "" when it has no timeline
    timeline_svg: Markup  # inline SVG strip of its own events ("" when it has none)
    show_summary: bool  # False when the summary is (nearly) the body's first paragraph: shown once, in the body
    body_html: Markup  # the rendered body (``article.body_html``, unpacked once for the page)


class ActorsContext(PageContext):
    by_kind: list[tuple[str, str, list[Actor]]]  # ("person", "People" translated, actors by name), ACTOR_KINDS order


class ActorContext(PageContext):
    actor: Actor
    mentioned_in: list[tuple[Article, str]]  # article, sentence ("" when only listed), newest first
    affiliations: list[Actor]  # the actor's `affiliations:`
    affiliated: list[Actor]  # actors that list this one among their affiliations, by name
    network_svg: Markup  # inline SVG of the actors it shares events or articles with ("" when none)
    # the same in words: (neighbour, shared events, shared explainers, the other neighbours it is tied to)
    network: list[tuple[Actor, int, int, list[Actor]]]
    events_listed: list[Event]  # its events in date order; only the latest, newest first, when it has over 100
    event_periods: list[tuple[str, str, int]]  # (year, link, events) of its event pages when it has over 100
    moved: list[tuple[Event, str, str]]  # then the events it does not list (event, link to its page, short title)
    events_svg: Markup  # inline SVG strip of its events ("" when none)
    embed_url: str  # its embeddable timeline (embed/actors/ID/), "" when it has no events


class TimelineYear(TypedDict):
    year: int
    months: list[tuple[str, list[Event]]]  # ("" for events dated to the year only, "March 2022", ...)


class PeriodNav(TypedDict):
    label: str  # "2024", "November 2024" ("" for the whole timeline)
    crumbs: list[tuple[str, str]]  # (label, link) from the whole timeline down to the period's parent
    parts: list[tuple[str, str, int]]  # (label, link, events) of its sub-period pages when it is split
    prev: tuple[str, str] | None  # (label, link) of the page before, in date order
    next: tuple[str, str] | None
    index: str  # a link to the split timeline's list of its period pages (pages.json, for old anchors); else ""


class TimelineContext(PageContext):
    """timeline/ and its period pages (timeline/2024/, timeline/2024/11/), and an actor's (actors/ID/events/2024/)."""

    years: list[TimelineYear]  # the events this page lists, by year and month
    timeline_svg: Markup  # inline SVG strip of the period's events, linking to each event or month
    period: PeriodNav
    moved: list[tuple[Event, str, str]]  # on a split page: its events told below it (event, link, short title)
    embed_url: str  # embed/timeline/ on timeline/, else ""


class EmbedInfo(TypedDict):
    events: list[Event]  # the events it lists: all, or the latest 25
    newest_first: bool  # True when it lists only the latest
    show_article: bool  # name the explainer that reports each event (not on an explainer's own)
    more: int  # how many events it leaves to the full page
    full: str  # a link to the full page (timeline/, the article, the actor)
    full_label: str


class EmbedContext(PageContext):
    """embed/timeline/, embed/articles/SLUG/, embed/actors/ID/: a timeline alone, for another site's <iframe>."""

    timeline_svg: Markup
    embed: EmbedInfo


class SearchContext(PageContext):
    """The search page (only when `search: true`): the Pagefind UI loads from pagefind/."""


class FreePageContext(PageContext):
    free_page: Page


class NotFoundContext(PageContext):
    """404.html: links are absolute paths under the site's mount point."""


CONTEXTS: dict[str, type] = {
    "home": HomeContext,
    "articles": ArticlesContext,
    "article": ArticleContext,
    "actors": ActorsContext,
    "actor": ActorContext,
    "timeline": TimelineContext,
    "search": SearchContext,
    "embed": EmbedContext,
    "page": FreePageContext,
    "404": NotFoundContext,
}
