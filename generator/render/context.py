"""What each template gets: one ``TypedDict`` per page kind, documented for theme authors.

Every page has the ``PageContext`` keys; ``url(target)`` turns a site-relative
URL (``articles/x/``) into a link that works from the page being rendered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypedDict

from generator.config import SiteConfig
from generator.model import Actor, Article, Event, Page, SeeAlso


class PageMeta(TypedDict):
    url: str  # site-relative URL of this page ("" for home)
    title: str  # <title> and og:title
    description: str  # meta description
    canonical: str  # absolute URL
    kind: str  # home | article | actors | actor | timeline | page | articles | 404


class PageContext(TypedDict):
    site: SiteConfig
    page: PageMeta
    url: Callable[[str], str]
    nav: list[tuple[str, str]]  # (label, site-relative URL)
    actors: dict[str, Actor]
    articles: dict[str, Article]
    serve: bool  # True under `explainer serve` (live reload)
    json_ld: list[dict[str, Any]]


class HomeContext(PageContext):
    latest: list[Article]
    key_actors: list[Actor]
    latest_events: list[Event]
    pages: list[Page]


class ArticleContext(PageContext):
    article: Article
    see_also: list[SeeAlso]


class ArticlesContext(PageContext):
    listing: list[Article]


class ActorsContext(PageContext):
    by_kind: list[tuple[str, list[Actor]]]


class ActorContext(PageContext):
    actor: Actor
    mentioned_in: list[tuple[Article, str]]  # article, sentence ("" when only listed)


class TimelineYear(TypedDict):
    year: int
    months: list[tuple[str, list[Event]]]  # ("" for events dated to the year only, "March 2022", ...)


class TimelineContext(PageContext):
    years: list[TimelineYear]


class FreePageContext(PageContext):
    free_page: Page
