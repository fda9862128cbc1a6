"""What readers search, made from the linked site: one small HTML document per searchable page.

The search index is made from these, not from the rendered pages: they are
known once the link stage is done, so the index can be made while the pages
render, and they hold only the words a reader searches for (an article's
title, standfirst, body and events; an actor's name, role, other names and
biography; a page's title and body), not the lists, menus and pictures around
them. Pagefind reads them as it reads a page: ``<html lang>``, the first
``<h1>`` as the result's title, headings with an ``id`` as sub-results, and
``data-pagefind-weight``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from html import escape

from generator import urls
from generator.model import Actor, Article, Page, Site
from generator.render.standfirst import repeats_lede

BODY_WEIGHT = 2  # words of an article's body count twice those of its events
MARKUP = 120  # characters of a document that are not its page's words: the page around it, tags


@dataclass(frozen=True)
class Document:
    url: str  # from the site's root: ``/articles/x/``, ``/uk/actors/y/``
    language: str
    html: str


@dataclass(frozen=True)
class Searched:
    """A searchable page whose document is made when it is needed: ``make()``."""

    url: str
    size: int  # about the length of its document: the words of the page, and MARKUP
    body: Callable[[], str]
    language: str

    def make(self) -> Document:
        return Document(self.url, self.language, _page(self.language, self.body()))


def site_documents(site: Site, language: str, prefix: str = "") -> list[Document]:
    """The searchable pages of one language's linked site (``prefix``: ``""`` or ``uk/``), by URL."""
    return [page.make() for page in searched_pages(site, language, prefix)]


def searched_pages(site: Site, language: str, prefix: str = "") -> list[Searched]:
    """``site_documents``, each not made yet, by URL."""
    pages = [Searched(f"/{prefix}{url}", size + MARKUP, body, language) for url, size, body in _bodies(site)]
    return sorted(pages, key=lambda page: page.url)


def _bodies(site: Site) -> Iterator[tuple[str, int, Callable[[], str]]]:
    for article in site.articles.values():
        size = len(article.title) + len(article.summary) + len(article.body_html) + sum(
            len(event.title) + len(event.text_html) for event in article.timeline)
        yield urls.article_url(article.slug), size, partial(_article, article)
    for actor in site.actors.values():
        size = len(actor.name) + len(actor.role) + sum(map(len, actor.aliases)) + len(actor.bio_html)
        yield urls.actor_url(actor.id), size, partial(_actor, actor)
    for page in site.pages.values():
        yield urls.page_url(page.slug), len(page.title) + len(page.body_html), partial(_free_page, page)


def _page(language: str, body: str) -> str:
    return f'<!doctype html><html lang="{escape(language)}"><body><main data-pagefind-body>{body}</main></body></html>'


def _article(article: Article) -> str:
    parts = [f"<h1>{escape(article.title)}</h1>"]
    body = article.body_html  # kept packed: unpacked once for its document
    if article.summary and not repeats_lede(article.summary, body):
        parts.append(f"<p>{escape(article.summary)}</p>")
    parts.append(f'<div data-pagefind-weight="{BODY_WEIGHT}">{body}</div>')
    if article.timeline:
        items = "".join(f"<li><p>{escape(event.title)}</p>{event.text_html}</li>"
                        for event in sorted(article.timeline, key=lambda e: e.date.sort_key))
        parts.append(f"<ol>{items}</ol>")
    return "".join(parts)


def _actor(actor: Actor) -> str:
    parts = [f"<h1>{escape(actor.name)}</h1>"]
    if actor.role:
        parts.append(f"<p>{escape(actor.role)}</p>")
    if actor.aliases:
        parts.append(f"<p>{escape(', '.join(actor.aliases))}</p>")
    parts.append(actor.bio_html)
    return "".join(parts)


def _free_page(page: Page) -> str:
    return f"<h1>{escape(page.title)}</h1>{page.body_html}"
