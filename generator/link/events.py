"""Events of the whole site: merged, in date order, each with its anchor on the timeline page.

An anchor is ``event-`` + the date + the romanised title (``event-2022-07-22-putin-i-tramp``,
see generator/transliterate.py). Events that would share one get a short hash of what they
say, so an anchor never depends on the order the events were written or loaded in.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from generator.load.files import slugify
from generator.model import Event, Site


def collect_events(site: Site) -> None:
    """Every event of the site (timeline files and articles' own), in date order, with a unique id."""
    events = list(site.events)
    for article in site.articles.values():
        events.extend(article.timeline)
    events.sort(key=lambda e: e.sort_key)
    sharing: defaultdict[str, list[Event]] = defaultdict(list)
    for event in events:
        sharing[event_anchor(event)].append(event)
    taken = {base for base, group in sharing.items() if len(group) == 1}
    for base, group in sharing.items():
        if len(group) == 1:
            group[0].id = base
            continue
        for event in sorted(group, key=_fingerprint):  # the same ids whatever order they came in
            ident, n = f"{base}-{_fingerprint(event)[:6]}", 2
            while ident in taken:  # the very same event twice
                ident, n = f"{base}-{_fingerprint(event)[:6]}-{n}", n + 1
            taken.add(ident)
            event.id = ident
    site.events = events


def _fingerprint(event: Event) -> str:
    said = "\x1f".join([event.date.iso(), event.end.iso() if event.end else "", event.title, event.text,
                        ",".join(event.actors), event.source or "", event.article or "",
                        str(event.approximate)])
    return hashlib.sha1(said.encode("utf-8")).hexdigest()


def event_anchor(event: Event) -> str:
    """The event's anchor on the timeline page, from its date and title, before de-duplication."""
    if not event.anchor:
        title = slugify(event.title)[:48].strip("-") or "event"
        event.anchor = f"event-{event.date.iso().replace(':', '-').replace('+', '-').lower()}-{title}"
    return event.anchor
