"""Pictures drawn at build time as inline SVG: the timeline strip and an actor's network.

No JavaScript: every shape is placed here, in viewBox units, and every text is
escaped. Colours come from CSS classes (``layouts/assets/style.css``), so the
pictures follow the light and dark themes. The same input draws the same bytes:
coordinates are rounded and every ordering has a tie-breaker.

Both pictures are ``role="group"`` with a ``<title>`` and ``<desc>`` rather
than ``role="img"``: their markers are links, and an image's children are
presentational, so links inside one would be hidden from assistive technology.
The lists beside them stay the real content.

Words and dates are in the site's language (``lang``). The pictures are drawn
left to right in every language, on right-to-left pages too (``.viz { direction: ltr }``
in style.css): time runs from left to right on the strip, as in the
charts of Arabic, Persian and Hebrew newsrooms, and the network's labels keep
their place beside their circles. Right-to-left names inside are still shaped
and ordered by the browser's bidirectional algorithm.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from generator.dates import PartialDate
from generator.language import Language, shipped_language
from generator.model import Actor, Event, Site

STRIP_MIN_WIDTH = 720  # viewBox units; the picture is drawn at 0.85 to 1.2 px per unit
STRIP_PX_PER_YEAR = 72
STRIP_MAX_WIDTH = 4800
PAD = 24
LANE = 18
MAX_LANES = 8
CHAR = 7.2  # rough width of one character of the 12-unit sans-serif label, for spacing labels
NETWORK_MAX = 12
STEMS_UP_TO = 150  # more events than this: no stems to the axis, they would only add weight


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _num(value: float) -> str:
    """A coordinate with at most one decimal, the same text on every machine."""
    text = f"{value:.1f}"  # correctly rounded, as round(value, 1) would be
    return text[:-2] if text[-2:] == ".0" else text


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def period_end(date: PartialDate) -> dt.date:
    """The last day of the period a date names: 2022 → 31 Dec 2022, 2022-02 → 28 Feb 2022."""
    if date.month is None:
        return dt.date(date.year, 12, 31)
    if date.day is None:
        return dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    return date.first_day()


def date_label(event: Event, lang: Language | None = None) -> str:
    """The event's date as the pages write it: "c. 2020", "7 November 2024", "February – May 2022"."""
    lang = lang or shipped_language("en")
    text = lang.span(event.date, event.end) if event.end else lang.display_date(event.date)
    return lang.approximate(text) if event.approximate else text


def new_year(year: int) -> int:
    """The day number (``date.toordinal()``) of 1 January of ``year``, 10000 too (the end of an axis
    that reaches 9999, which ``datetime`` cannot hold)."""
    return dt.date(year, 1, 1).toordinal() if year <= dt.MAXYEAR else dt.date.max.toordinal() + 1


@dataclass
class _Scale:
    start: int  # day numbers, as date.toordinal()
    days: int
    left: float
    width: float

    def x(self, day: dt.date | int) -> float:
        ordinal = day if isinstance(day, int) else day.toordinal()
        return self.left + self.width * (ordinal - self.start) / self.days


def _tick_step(years: int, px_per_year: float) -> int:
    """Label every 1, 2, 5, 10, 20, 50... years, the first step whose labels are 44 units apart."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if step * px_per_year >= 44 or step >= years:
            return step
    return 1000


def timeline_strip(events: list[Event], href: Callable[[Event], str], *, svg_id: str = "strip",
                   label: str = "", lang: Language | None = None) -> str:
    """Events to scale on a time axis; a span is a bar, a partial date a faint band over its period.

    ``href(event)`` is where the event's marker links to (its anchor on the timeline page).
    """
    if not events:
        return ""
    lang = lang or shipped_language("en")
    _ = lang.gettext
    first = min(e.date.first_day() for e in events)
    last = max(period_end(e.end or e.date) for e in events)
    y0, y1 = first.year, last.year + 1
    years = y1 - y0
    width = min(STRIP_MAX_WIDTH, max(STRIP_MIN_WIDTH, years * STRIP_PX_PER_YEAR + 2 * PAD))
    scale = _Scale(new_year(y0), new_year(y1) - new_year(y0), PAD, width - 2 * PAD)

    placed = _lanes(events, scale)
    lanes = max((lane for _, lane, _, _ in placed), default=0) + 1
    top = 8
    axis_y = top + lanes * LANE + 6
    height = axis_y + 30
    title_id, desc_id = f"{svg_id}-title", f"{svg_id}-desc"
    spans = sum(1 for e in events if e.end)
    first_date, last_date = events[0].date, events[-1].end or events[-1].date
    desc = lang.ngettext("%(num)d event from %(first)s to %(last)s.", "%(num)d events from %(first)s to %(last)s.",
                         len(events)) % {"num": len(events), "first": lang.display_date(first_date),
                                         "last": lang.display_date(last_date)}
    if spans:
        desc += " " + lang.ngettext("%(num)d of them is a span.", "%(num)d of them are spans.", spans) % {"num": spans}
    desc += " " + _("Filled dots are exact days; hollow markers over a faint band are dated to a month or year "
                    "only; dashed outlines are approximate. The list below gives every event.")
    out = [f'<svg class="viz timeline-strip" id="{_attr(svg_id)}" viewBox="0 0 {_num(width)} {_num(height)}" '
           f'style="min-width:{_num(width * 0.85)}px;max-width:{_num(width * 1.2)}px" role="group" '
           f'aria-labelledby="{title_id}" aria-describedby="{desc_id}" '
           'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{title_id}">{_text(label or _("Timeline"))}</title>',
           f'<desc id="{desc_id}">{_text(desc)}</desc>']
    out.extend(_axis(scale, y0, y1, axis_y, lang))
    stems = len(events) <= STEMS_UP_TO
    for event, lane, x0, x1 in placed:
        out.append(_marker(event, href(event), x0, x1, top + lane * LANE + LANE / 2, axis_y if stems else None,
                           lang))
    out.append("</svg>")
    return "\n".join(out)


def _lanes(events: list[Event], scale: _Scale) -> list[tuple[Event, int, float, float]]:
    """Stack markers that would touch into lanes, first fit, in date order."""
    ends: list[float] = []
    placed = []
    for event in events:
        x0 = scale.x(event.date.first_day())
        x1 = scale.x(period_end(event.end or event.date).toordinal() + 1)
        if event.date.precision in ("day", "time") and not event.end:
            x1 = x0
        right = max(x1, x0) + 12
        lane = next((i for i, end in enumerate(ends) if end <= x0), None)
        if lane is None:
            if len(ends) < MAX_LANES:
                lane = len(ends)
                ends.append(right)
            else:  # crowded: reuse the lane that frees up first
                lane = min(range(len(ends)), key=lambda i: (ends[i], i))
        ends[lane] = max(ends[lane], right)
        placed.append((event, lane, x0, x1))
    return placed


def _axis(scale: _Scale, y0: int, y1: int, axis_y: float, lang: Language) -> list[str]:
    left, right = scale.left, scale.left + scale.width
    parts = [f'<line class="axis" x1="{_num(left)}" y1="{_num(axis_y)}" x2="{_num(right)}" y2="{_num(axis_y)}"/>']
    years = y1 - y0
    step = _tick_step(years, scale.width / years)
    for year in range(y0, y1 + 1):
        x = scale.x(new_year(year))
        labelled = (year - y0) % step == 0 and year < y1
        parts.append(f'<line class="tick{" major" if labelled else ""}" x1="{_num(x)}" y1="{_num(axis_y)}" '
                     f'x2="{_num(x)}" y2="{_num(axis_y + (6 if labelled else 3))}"/>')
        if labelled:
            parts.append(f'<text class="tick-label" x="{_num(x + 2)}" y="{_num(axis_y + 20)}">{year}</text>')
    if years <= 2:  # a short timeline: months between the years
        months = lang.dates.locale.months["stand-alone"]["abbreviated"]
        px_per_month = scale.width / (years * 12)
        every = 1 if px_per_month >= 36 else 3 if px_per_month * 3 >= 36 else 0
        for year in range(y0, y1):
            for month in range(2, 13):
                x = scale.x(dt.date(year, month, 1))
                parts.append(f'<line class="tick" x1="{_num(x)}" y1="{_num(axis_y)}" x2="{_num(x)}" '
                             f'y2="{_num(axis_y + 3)}"/>')
                if every and (month - 1) % every == 0:
                    parts.append(f'<text class="tick-label minor" x="{_num(x + 2)}" y="{_num(axis_y + 20)}">'
                                 f'{_text(months[month].rstrip("."))}</text>')
    return parts


def _marker(event: Event, href: str, x0: float, x1: float, y: float, axis_y: float | None,
            lang: Language) -> str:
    classes = ["marker", f"precision-{event.date.precision}"]
    if event.approximate:
        classes.append("approximate")
    if event.end:
        classes.append("span")
    shapes = [f"<title>{_text(date_label(event, lang))}: {_text(event.title)}</title>"]
    if axis_y is not None:
        shapes.append(f'<line class="stem" x1="{_num(x0)}" y1="{_num(y)}" x2="{_num(x0)}" y2="{_num(axis_y)}"/>')
    if event.end:
        shapes.append(f'<rect class="bar" x="{_num(x0)}" y="{_num(y - 4)}" width="{_num(max(x1 - x0, 3))}" '
                      f'height="8" rx="2"/>')
    elif event.date.precision in ("year", "month"):
        shapes.append(f'<rect class="band" x="{_num(x0)}" y="{_num(y - 6)}" width="{_num(max(x1 - x0, 2))}" '
                      f'height="12" rx="2"/>')
    hollow = event.date.precision in ("year", "month")
    shapes.append(f'<circle class="dot{" hollow" if hollow else ""}" cx="{_num(x0)}" cy="{_num(y)}" r="5"/>')
    return f'<a class="{" ".join(classes)}" href="{_attr(href)}">{"".join(shapes)}</a>'


def neighbours(actor: Actor, site: Site,
               article_actors: dict[str, set[str]] | None = None) -> list[tuple[Actor, int, int]]:
    """Actors sharing events or articles with ``actor``: (actor, shared events, shared articles), strongest first.

    ``article_actors``: a cache of each article's actors (key and mentioned), shared by the calls
    for every actor of a site (made on first use when given empty).
    """
    events: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    for event in actor.events:
        events.update(set(event.actors))
    cache = article_actors if article_actors is not None else {}
    for slug in {m.article for m in actor.mentions} | set(actor.key_in):
        found_in = cache.get(slug)
        if found_in is None:
            article = site.articles.get(slug)
            if article is None:
                continue
            found_in = cache[slug] = set(article.actors) | set(article.mentioned)
        articles.update(found_in)
    found = [(site.actors[i], events[i], articles[i]) for i in set(events) | set(articles)
             if i != actor.id and i in site.actors]
    found.sort(key=lambda t: (-(t[1] + t[2]), t[0].name.casefold(), t[0].id))
    return found


def actor_network(actor: Actor, related: list[tuple[Actor, int, int]], href: Callable[[Actor], str], *,
                  svg_id: str = "network", lang: Language | None = None) -> str:
    """The actor in the centre and up to twelve neighbours on a circle; edge width by what they share."""
    shown = related[:NETWORK_MAX]
    if not shown:
        return ""
    lang = lang or shipped_language("en")
    _ = lang.gettext
    # Compact enough to read on a 390 px phone without scrolling: labels of up to
    # 18 characters fit left and right of a small circle.
    width, height = 520.0, 250.0
    cx, cy, radius = width / 2, height / 2, 80.0
    title_id, desc_id = f"{svg_id}-title", f"{svg_id}-desc"
    names = "; ".join(f"{a.name} ({_shared(e, n, lang)})" for a, e, n in shown)
    hidden = len(related) - len(shown)
    more = " " + lang.ngettext("and %(num)d more", "and %(num)d more", hidden) % {"num": hidden} if hidden else ""
    title = _("%(name)s and the actors it shares events or explainers with") % {"name": actor.name}
    thicker = _("Thicker lines mean more shared.")
    out = [f'<svg class="viz actor-network" id="{_attr(svg_id)}" viewBox="0 0 {_num(width)} {_num(height)}" '
           f'role="group" aria-labelledby="{title_id}" aria-describedby="{desc_id}" '
           'xmlns="http://www.w3.org/2000/svg">',
           f'<title id="{title_id}">{_text(title)}</title>',
           f'<desc id="{desc_id}">{_text(names + more)}. {_text(thicker)}</desc>']
    points = []
    for i, (other, events, articles) in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / len(shown)
        points.append((other, events, articles, cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle))
    for _other, events, articles, x, y, _angle in points:
        weight = 1 + min(events + articles, 8) * 0.75
        out.append(f'<line class="edge" x1="{_num(cx)}" y1="{_num(cy)}" x2="{_num(x)}" y2="{_num(y)}" '
                   f'stroke-width="{_num(weight)}"/>')
    out.append(f'<circle class="node centre" cx="{_num(cx)}" cy="{_num(cy)}" r="26"/>')
    out.append(f'<text class="node-initials" x="{_num(cx)}" y="{_num(cy + 5)}" text-anchor="middle">'
               f'{_text(actor.initials)}</text>')
    for other, events, articles, x, y, angle in points:
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        lx = x + 14 * cos
        ly = y + 16 * math.sin(angle) + 4
        out.append(f'<a class="neighbour kind-{_attr(other.kind)}" href="{_attr(href(other))}">'
                   f"<title>{_text(other.name)}: {_text(_shared(events, articles, lang))}</title>"
                   f'<circle class="node" cx="{_num(x)}" cy="{_num(y)}" r="9"/>'
                   f'<text class="node-label" x="{_num(lx)}" y="{_num(ly)}" text-anchor="{anchor}">'
                   f"{_text(_shorten(other.name, 18))}</text></a>")
    out.append("</svg>")
    return "\n".join(out)


def _shared(events: int, articles: int, lang: Language) -> str:
    parts = []
    if events:
        parts.append(lang.ngettext("%(num)d shared event", "%(num)d shared events", events) % {"num": events})
    if articles:
        parts.append(lang.ngettext("%(num)d shared explainer", "%(num)d shared explainers", articles)
                     % {"num": articles})
    return ", ".join(parts)
