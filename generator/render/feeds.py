"""Machine-readable outputs: Atom feed, sitemap, robots.txt and data/*.json (absolute URLs)."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

from generator import urls
from generator.config import SiteConfig
from generator.model import Event, Site
from generator.multilingual import hreflang
from generator.render.jsonfile import dump_json

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
FEED_ENTRIES = 50
SITEMAP_URLS = 50_000  # sitemaps.org: at most 50,000 URLs in one sitemap,
SITEMAP_BYTES = 50 * 1024 * 1024  # and at most 50 MB


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def render_feed(site: Site, config: SiteConfig) -> bytes:
    ET.register_namespace("", ATOM)
    articles = sorted(site.articles.values(), key=lambda a: ((a.updated or a.date).sort_key, a.slug), reverse=True)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": config.language})
    ET.SubElement(feed, f"{{{ATOM}}}title").text = config.title
    if config.description:
        ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = config.description
    ET.SubElement(feed, f"{{{ATOM}}}id").text = config.base_url
    ET.SubElement(feed, f"{{{ATOM}}}link", {"href": config.base_url, "rel": "alternate", "type": "text/html"})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"href": config.absolute_url("feed.xml"), "rel": "self",
                                            "type": "application/atom+xml"})
    newest = max(((a.updated or a.date).rfc3339() for a in articles), default="1970-01-01T00:00:00Z")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = newest
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = config.publisher.name or config.title
    for article in articles[:FEED_ENTRIES]:
        url = config.absolute_url(urls.article_url(article.slug))
        # The body's links are relative to the article page: xml:base tells feed readers where that is.
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry", {"xml:base": url})
        ET.SubElement(entry, f"{{{ATOM}}}title").text = article.title
        ET.SubElement(entry, f"{{{ATOM}}}id").text = url
        ET.SubElement(entry, f"{{{ATOM}}}link", {"href": url, "rel": "alternate", "type": "text/html"})
        ET.SubElement(entry, f"{{{ATOM}}}published").text = article.date.rfc3339()
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = (article.updated or article.date).rfc3339()
        for tag in article.tags:
            ET.SubElement(entry, f"{{{ATOM}}}category", {"term": tag})
        if article.summary:
            ET.SubElement(entry, f"{{{ATOM}}}summary").text = article.summary
        ET.SubElement(entry, f"{{{ATOM}}}content", {"type": "html"}).text = article.body_html
    return _xml(feed)


def render_sitemaps(page_urls: list[tuple[str, str | None]], config: SiteConfig,
                    alternates: dict[str, tuple[str, ...]] | None = None) -> list[tuple[str, bytes]]:
    """``sitemap.xml`` listing ``page_urls`` (URL, last modified). Past ``SITEMAP_URLS`` URLs or
    ``SITEMAP_BYTES``, the limits sitemaps.org sets one sitemap, ``sitemap.xml`` is an index of
    ``sitemap-1.xml``, ``sitemap-2.xml``, … (robots.txt names the index: search engines read on from it).

    A multilingual site's sitemaps name each page's languages (``xhtml:link hreflang``), as search engines ask.
    """
    most = SITEMAP_URLS  # read here, not as a default: tests lower it
    parts = [page_urls[i:i + most] for i in range(0, len(page_urls), most)] or [[]]
    files = [made for part in parts for made in _urlsets(part, config, alternates or {})]
    if len(files) == 1:
        return [("sitemap.xml", files[0][1])]
    ET.register_namespace("", SITEMAP)
    index = ET.Element(f"{{{SITEMAP}}}sitemapindex")
    names = [f"sitemap-{n}.xml" for n in range(1, len(files) + 1)]
    for name, (lastmod, _) in zip(names, files, strict=True):
        item = ET.SubElement(index, f"{{{SITEMAP}}}sitemap")
        ET.SubElement(item, f"{{{SITEMAP}}}loc").text = config.absolute_url(name)
        if lastmod:
            ET.SubElement(item, f"{{{SITEMAP}}}lastmod").text = lastmod
    return [("sitemap.xml", _xml(index)), *((name, data) for name, (_, data) in zip(names, files, strict=True))]


def _urlsets(page_urls: list[tuple[str, str | None]], config: SiteConfig,
             alternates: dict[str, tuple[str, ...]]) -> list[tuple[str | None, bytes]]:
    """One ``<urlset>`` of the pages, or more if it would pass ``SITEMAP_BYTES``; each with its newest lastmod."""
    ET.register_namespace("", SITEMAP)
    ET.register_namespace("xhtml", XHTML)
    root = ET.Element(f"{{{SITEMAP}}}urlset")
    for url, lastmod in page_urls:
        item = ET.SubElement(root, f"{{{SITEMAP}}}url")
        ET.SubElement(item, f"{{{SITEMAP}}}loc").text = config.absolute_url(url)
        if lastmod:
            ET.SubElement(item, f"{{{SITEMAP}}}lastmod").text = lastmod
        for other in hreflang(config, alternates, url, url):
            ET.SubElement(item, f"{{{XHTML}}}link", {"rel": "alternate", "hreflang": other["code"],
                                                    "href": other["absolute"]})
    data = _xml(root)
    if len(data) > SITEMAP_BYTES and len(page_urls) > 1:
        half = len(page_urls) // 2
        return _urlsets(page_urls[:half], config, alternates) + _urlsets(page_urls[half:], config, alternates)
    return [(max((m for _, m in page_urls if m), default=None), data)]


def render_robots(config: SiteConfig) -> bytes:
    """At the site root only; it names the sitemap of every language."""
    sitemaps = [config.variant(code).absolute_url("sitemap.xml") for code in config.languages] or \
        [config.absolute_url("sitemap.xml")]
    return ("User-agent: *\nAllow: /\n\n" + "".join(f"Sitemap: {s}\n" for s in sitemaps)).encode()


def event_data(event: Event, config: SiteConfig) -> dict[str, Any]:
    return {
        "id": event.id, "date": event.date.iso(), "precision": event.date.precision,
        "end": event.end.iso() if event.end else None, "approximate": event.approximate,
        "title": event.title, "text": event.text, "actors": event.actors, "source": event.source,
        "article": event.article, "url": config.absolute_url(urls.event_url(event.id)),
    }


def render_actors_data(site: Site, config: SiteConfig) -> bytes:
    """``data/actors.json``."""
    return dump_json({"actors": ({
        "id": a.id, "name": a.name, "kind": a.kind, "aliases": a.aliases, "role": a.role,
        "affiliations": a.affiliations, "image": a.image,
        "links": [{"title": link.title, "url": link.url} for link in a.links],
        "url": config.absolute_url(urls.actor_url(a.id)),
        "articles": sorted({m.article for m in a.mentions} | set(a.key_in)),
        "events": [e.id for e in a.events],
    } for a in site.actors.values())})


def render_articles_data(site: Site, config: SiteConfig) -> bytes:
    """``data/articles.json``."""
    return dump_json({"articles": ({
        "slug": a.slug, "title": a.title, "date": a.date.iso(), "updated": a.updated.iso() if a.updated else None,
        "summary": a.summary, "tags": a.tags, "actors": a.actors, "mentions": a.mentioned,
        "source": {"name": a.source.name, "url": a.source.url} if a.source else None,
        "url": config.absolute_url(urls.article_url(a.slug)),
        "see_also": [{"kind": s.kind, "target": s.target or None, "title": s.title or None, "url": s.url,
                      "related": s.related} for s in a.see_also],
        "events": [e.id for e in a.timeline],
    } for a in sorted(site.articles.values(), key=lambda a: a.slug))})


def render_timeline_data(site: Site, config: SiteConfig) -> bytes:
    """``data/timeline.json``."""
    return dump_json({"events": (event_data(e, config) for e in site.events)})
