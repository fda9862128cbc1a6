"""Events of the whole site: merged, in date order, each with its anchor on the timeline page."""

from __future__ import annotations

from generator.load.files import slugify
from generator.model import Event, Site


def collect_events(site: Site) -> None:
    """Every event of the site (timeline files and articles' own), in date order, with a unique id."""
    events = list(site.events)
    for article in site.articles.values():
        events.extend(article.timeline)
    events.sort(key=lambda e: e.sort_key)
    taken: set[str] = set()
    for event in events:
        base = event_anchor(event)
        ident, n = base, 2
        while ident in taken:
            ident, n = f"{base}-{n}", n + 1
        taken.add(ident)
        event.id = ident
    site.events = events


def event_anchor(event: Event) -> str:
    """The event's anchor on the timeline page, from its date and title, before de-duplication."""
    if not event.anchor:
        event.anchor = f"event-{slugify(event.date.iso())}-{slugify(event.title)[:48].strip('-')}".strip("-")
    return event.anchor
