"""data/timelinejs.json: the timeline in TimelineJS3's published JSON format.

https://timeline.knightlab.com/docs/json-format.html: dates are split into
``year``/``month``/``day`` (and ``hour``/``minute`` for a time) at the date's
own precision only, ``display_date`` says "c." for an approximate date.
TimelineJS inserts ``headline``, ``text`` and ``group`` as HTML, so titles are escaped
and ``text`` is the event's already-sanitised HTML.
"""

from __future__ import annotations

from html import escape
from typing import Any

from generator import urls
from generator.config import SiteConfig
from generator.dates import PartialDate
from generator.language import Language
from generator.model import Event, Site
from generator.render.jsonfile import dump_json

BACKGROUND = "Background"


def date_object(date: PartialDate, approximate: bool = False, lang: Language | None = None) -> dict[str, str]:
    data = {"year": str(date.year)}
    if date.month is not None:
        data["month"] = str(date.month)
    if date.day is not None:
        data["day"] = str(date.day)
    if date.time is not None:
        data["hour"] = str(date.time.hour)
        data["minute"] = str(date.time.minute)
        if date.time.second:
            data["second"] = str(date.time.second)
    if approximate:
        data["display_date"] = lang.approximate(lang.display_date(date)) if lang else "c. " + date.display()
    return data


def event_slide(event: Event, site: Site, config: SiteConfig) -> dict[str, Any]:
    text = event.text_html
    lang = config.lang  # the slides' words and approximate dates are in the site's language
    article = site.articles.get(event.article or "")
    if article is not None:
        href = escape(config.absolute_url(urls.article_url(article.slug)), quote=True)
        text += f'<p>{escape(lang.gettext("Reported in"))} <a href="{href}">{escape(article.title)}</a></p>'
    elif event.source:
        text += f'<p><a href="{escape(event.source, quote=True)}">{escape(lang.gettext("Source"))}</a></p>'
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": date_object(event.date, event.approximate, lang),
        "text": {"headline": escape(event.title), "text": text},
        "group": escape(article.title) if article is not None else BACKGROUND,
    }
    if event.end is not None:
        slide["end_date"] = date_object(event.end, event.approximate, lang)
    return slide


def render_timelinejs(site: Site, config: SiteConfig) -> bytes:
    data = {
        "title": {"text": {"headline": escape(config.title), "text": escape(config.description)}},
        "events": (event_slide(e, site, config) for e in site.events),
    }
    return dump_json(data)
