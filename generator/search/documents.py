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

from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

from generator import urls
from generator.model import Actor, Article, Page, Site
from generator.render.standfirst import repeats_lede

BODY_WEIGHT = 2  # words of an article's body count twice those of its events


@dataclass(frozen=True)
class Document:
    url: str  # from the site's root: ``/articles/x/``, ``/uk/actors/y/``
    language: str
    html: str


def site_documents(site: Site, language: str, prefix: str = "") -> list[Document]:
    """The searchable pages of one language's linked site (``prefix``: ``""`` or ``uk/``), by URL."""
    docs = [Document(f"/{prefix}{url}", language, _page(language, body)) for url, body in _bodies(site)]
    return sorted(docs, key=lambda doc: doc.url)


def _bodies(site: Site) -> Iterator[tuple[str, str]]:
    for article in site.articles.values():
        yield urls.article_url(article.slug), _article(article)
    for actor in site.actors.values():
        yield urls.actor_url(actor.id), _actor(actor)
    for page in site.pages.values():
        yield urls.page_url(page.slug), _free_page(page)


def _page(language: str, body: str) -> str:
    return f'<!doctype html><html lang="{escape(language)}"><body><main data-pagefind-body>{body}</main></body></html>'


def _article(article: Article) -> str:
    parts = [f"<h1>{escape(article.title)}</h1>"]
    if article.summary and not repeats_lede(article.summary, article.body_html):
        parts.append(f"<p>{escape(article.summary)}</p>")
    parts.append(f'<div data-pagefind-weight="{BODY_WEIGHT}">{article.body_html}</div>')
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
