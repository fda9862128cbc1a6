"""The timeline split into pages by period, at URLs that depend only on the dates.

A period page lists every event of its period (``timeline/2024/``) unless it holds more
than ``PAGE_EVENTS``; then it is split into its months (``timeline/2024/11/``), and a
month into its days, and the page lists only the events dated no more precisely than
itself (a year page keeps the events known only to the year) and links to its parts.
The whole timeline (``timeline/``) is one page while it is small, else the overview of
its years. A page's URL is its period, so a link to a year or month page keeps working
as events are added. An old link to an event's anchor on a page that has since been
split still finds the event there, without script: a split page keeps a short entry for
each of its events (up to ``INDEX_EVENTS``), with the event's anchor and a link to the page
that now lists it (``moved``); the few lines of script each timeline page carries follow
that link at once, and send on the anchors a page has no entry for, looking up the split
timeline's pages in one file beside it (``timeline/pages.json``, fetched only then).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from generator.model import Event

PAGE_EVENTS = 250  # about 1.3 KB of HTML each: a page stays far under 1 MB
INDEX_EVENTS = 2000  # a split page's entries for the events listed below it: about 200 bytes each


@dataclass
class Period:
    key: tuple[int, ...]  # () for the whole timeline, (2024,), (2024, 11), (2024, 11, 7)
    url: str  # timeline/2024/11/
    events: list[Event]  # every event of the period, in date order
    parts: list[Period] = field(default_factory=list)  # sub-period pages, when the period is split
    pages: dict[int, str] | None = field(default=None, repr=False, compare=False)  # event_pages(), once
    months: dict[tuple[int, int], str] | None = field(default=None, repr=False, compare=False)  # month_pages()
    chain: list[Period] | None = field(default=None, repr=False, compare=False)  # sequence(), once
    place: dict[int, int] | None = field(default=None, repr=False, compare=False)  # position(), once

    @property
    def listed(self) -> list[Event]:
        """The events this page lists: all of them, or, when split, those dated only to this period."""
        if not self.parts:
            return self.events
        depth = len(self.key)
        return [e for e in self.events if _depth(e) <= depth]

    def walk(self) -> Iterator[Period]:
        yield self
        for part in self.parts:
            yield from part.walk()


def _depth(event: Event) -> int:
    """How many of year, month and day the event's date gives: ``len(_fields(event))``, without the tuple."""
    d = event.date
    return 1 if d.month is None else 2 if d.day is None else 3


def _fields(event: Event) -> tuple[int, ...]:
    d = event.date
    return tuple(v for v in (d.year, d.month, d.day) if v is not None)


def period_url(base: str, key: tuple[int, ...]) -> str:
    """``timeline/`` + ``2024/11/``; months and days with two digits."""
    return base + "".join(f"{v:02d}/" if i else f"{v}/" for i, v in enumerate(key))


def split(events: list[Event], base: str, key: tuple[int, ...] = (), limit: int | None = None,
          whole: bool = True) -> Period:
    """The page tree of ``events`` (in date order) under ``base`` (``timeline/``).

    ``whole``: the whole list is one page while it is small (else it is always split into years).
    """
    limit = PAGE_EVENTS if limit is None else limit
    period = Period(key, period_url(base, key), events)
    depth = len(key)
    if depth == 0 and whole and len(events) <= limit:
        return period
    if depth == 3 or (depth > 0 and len(events) <= limit):
        return period
    groups: dict[tuple[int, ...], list[Event]] = {}
    for event in events:
        fields = _fields(event)
        if len(fields) > depth:
            groups.setdefault(fields[:depth + 1], []).append(event)
    period.parts = [split(group, base, sub, limit) for sub, group in groups.items()]
    return period


def event_pages(root: Period) -> dict[int, str]:
    """``id(event)`` → the URL of the page that lists it (worked out once per tree: every page asks)."""
    if root.pages is None:
        found: dict[int, str] = {}
        for period in root.walk():
            for event in period.listed:
                found[id(event)] = period.url
        root.pages = found
    return root.pages


def moved(root: Period, period: Period) -> list[tuple[Event, str]]:
    """A split page's events that other pages list, each with that page's URL (none past ``INDEX_EVENTS``)."""
    if not period.parts or len(period.events) > INDEX_EVENTS:
        return []
    pages = event_pages(root)
    return [(event, pages[id(event)]) for event in period.events if pages[id(event)] != period.url]


def month_pages(root: Period) -> dict[tuple[int, int], str]:
    """(year, month or 0) → the URL of the page that lists that month's first event (once per tree)."""
    if root.months is None:
        pages = event_pages(root)
        months: dict[tuple[int, int], str] = {}
        for event in root.events:
            months.setdefault((event.date.year, event.date.month or 0), pages[id(event)])
        root.months = months
    return root.months


def sequence(root: Period) -> list[Period]:
    """Every period page but the whole timeline, in date order: the prev/next chain (once per tree)."""
    if root.chain is None:
        root.chain = [p for p in root.walk() if p.key]
    return root.chain


def position(root: Period, period: Period) -> int | None:
    """Where ``period`` is in ``sequence(root)``; None for the whole timeline."""
    if root.place is None:
        root.place = {id(p): i for i, p in enumerate(sequence(root))}
    return root.place.get(id(period))


def ancestors(root: Period, period: Period) -> list[Period]:
    """The pages from ``root`` down to ``period``, both included."""
    path = [root]
    while path[-1] is not period:
        path.append(next(p for p in path[-1].parts if p.key == period.key[:len(p.key)]))
    return path
