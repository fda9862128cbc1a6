"""schema.org JSON-LD for pages: NewsArticle, Person/Organization/Country/Place, Event, BreadcrumbList.

Only properties schema.org defines for each type are used; tests/test_structured_data.py
holds the list it checks against.
"""

from __future__ import annotations

from typing import Any

from generator import urls
from generator.config import SiteConfig
from generator.model import Actor, Article, Event

SCHEMA = "https://schema.org"
ACTOR_TYPES = {"person": "Person", "organization": "Organization", "country": "Country",
               "place": "Place", "media": "NewsMediaOrganization", "group": "Organization"}


def publisher(config: SiteConfig) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": config.publisher.name or config.title}
    if config.publisher.url:
        org["url"] = config.publisher.url
    if config.publisher.logo:
        org["logo"] = {"@type": "ImageObject", "url": config.absolute_url(config.publisher.logo)}
    return org


def website_json_ld(config: SiteConfig) -> dict[str, Any]:
    data: dict[str, Any] = {"@context": SCHEMA, "@type": "WebSite", "name": config.title,
                            "url": config.base_url, "inLanguage": config.language}
    if config.description:
        data["description"] = config.description
    data["publisher"] = publisher(config)
    return data


def source_work(name: str | None, url: str | None) -> dict[str, Any]:
    """The work an article is based on: isBasedOn takes a CreativeWork or a URL; the source's name is its publisher."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if name:
        work["publisher"] = {"@type": "Organization", "name": name}
    if url:
        work["url"] = url
    return work


def actor_refs(config: SiteConfig, ids: list[str], actors: dict[str, Actor]) -> list[dict[str, Any]]:
    return [{"@type": ACTOR_TYPES[actors[i].kind], "name": actors[i].name,
             "url": config.absolute_url(urls.actor_url(i))} for i in ids if i in actors]


def authors(config: SiteConfig, article: Article, actors: dict[str, Actor]) -> dict[str, Any] | list[dict[str, Any]]:
    """The byline: an actor's type, name and profile, or a Person by name; one object, or a list of several."""
    people = [actor_refs(config, [a.actor], actors)[0] if a.actor else {"@type": "Person", "name": a.name}
              for a in article.authors if a.actor is None or a.actor in actors]
    return people[0] if len(people) == 1 else people


def article_json_ld(config: SiteConfig, article: Article, actors: dict[str, Actor]) -> dict[str, Any]:
    url = config.absolute_url(urls.article_url(article.slug))
    data: dict[str, Any] = {
        "@context": SCHEMA, "@type": "NewsArticle", "headline": article.title[:110],
        "datePublished": article.date.rfc3339(), "dateModified": (article.updated or article.date).rfc3339(),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url, "inLanguage": config.language,
        "publisher": publisher(config), "author": authors(config, article, actors) or publisher(config),
    }
    if article.image is not None:
        image: dict[str, Any] = {"@type": "ImageObject", "url": config.absolute_url(article.image.src)}
        if article.image.caption:
            image["caption"] = article.image.caption
        if article.image.credit:
            image["creditText"] = article.image.credit
        data["image"] = image
    if article.summary:
        data["description"] = article.summary
    if article.tags:
        data["keywords"] = ", ".join(article.tags)
    if article.source and (article.source.name or article.source.url):
        data["isBasedOn"] = source_work(article.source.name, article.source.url)
    about = actor_refs(config, article.actors, actors)
    if about:
        data["about"] = about
    return data


def actor_json_ld(config: SiteConfig, actor: Actor) -> dict[str, Any]:
    data: dict[str, Any] = {"@context": SCHEMA, "@type": ACTOR_TYPES[actor.kind], "name": actor.name,
                            "url": config.absolute_url(urls.actor_url(actor.id))}
    if actor.aliases:
        data["alternateName"] = list(actor.aliases)
    if actor.role:
        data["jobTitle" if actor.kind == "person" else "description"] = actor.role
    if actor.links:
        data["sameAs"] = [link.url for link in actor.links if link.url.startswith(("http://", "https://"))]
    if actor.image:
        data["image"] = config.absolute_url(actor.image)
    return data


def breadcrumbs(config: SiteConfig, trail: list[tuple[str, str]]) -> dict[str, Any]:
    items = [("Home", ""), *trail]
    return {"@context": SCHEMA, "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": i + 1, "name": name, "item": config.absolute_url(url)}
        for i, (name, url) in enumerate(items)]}


def events_json_ld(config: SiteConfig, events: list[Event], actors: dict[str, Actor]) -> dict[str, Any]:
    """The timeline's events as schema.org Events, dates at their own precision (ISO 8601)."""
    page = config.absolute_url(urls.TIMELINE)
    graph = []
    for event in events:
        item: dict[str, Any] = {"@type": "Event", "name": event.title, "startDate": event.date.iso(),
                                "url": f"{page}#{event.id}" if event.id else page}
        if event.end:
            item["endDate"] = event.end.iso()
        about = actor_refs(config, event.actors, actors)
        if about:
            item["about"] = about
        if event.article:
            item["subjectOf"] = {"@type": "NewsArticle", "url": config.absolute_url(urls.article_url(event.article))}
        elif event.source and event.source.startswith(("http://", "https://")):
            item["subjectOf"] = {"@type": "CreativeWork", "url": event.source}
        graph.append(item)
    return {"@context": SCHEMA, "@graph": graph}
