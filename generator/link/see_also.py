"""See-also lists: wire-copy markers matched to article titles, then related fill-in."""

from __future__ import annotations

import re

from generator.diagnostics import Location
from generator.link.related import related_articles
from generator.model import Article, SeeAlso, Site

MIN_ENTRIES = 3


def normalise_title(title: str) -> str:
    return re.sub(r"\W+", " ", title.replace("’", "'").casefold()).strip()


def marker_entry(title: str, where: Location, titles: dict[str, str], own_slug: str) -> SeeAlso:
    """A ``SEE ALSO:`` title: a link when an article of the site has that title, else a bare title."""
    slug = titles.get(normalise_title(title))
    if slug and slug != own_slug:
        return SeeAlso("article", target=slug, title=title, where=where)
    return SeeAlso("title", title=title, where=where)


def fill_related(site: Site) -> None:
    """Articles with fewer than three see-also entries get related articles, marked as related."""
    wanting = {slug for slug, a in site.articles.items() if len(a.see_also) < MIN_ENTRIES}
    if not wanting:
        return
    related = related_articles(site.articles, limit=MIN_ENTRIES, only=wanting)
    for slug in sorted(wanting):
        article = site.articles[slug]
        listed = {e.target for e in article.see_also if e.kind == "article"} | {slug}
        for other in related[slug]:
            if len(article.see_also) >= MIN_ENTRIES:
                break
            if other not in listed:
                article.see_also.append(SeeAlso("article", target=other, related=True))
                listed.add(other)


def article_titles(articles: dict[str, Article]) -> dict[str, str]:
    return {normalise_title(a.title): slug for slug, a in sorted(articles.items())}
