"""The timeline strip: overview and focus on one axis, drawn as inline SVG at build time.

The axis is not linear in time. Years with no event shrink to a short gap; a year with
events is laid out month by month, and each month gets room for its events: an empty
month a sliver, a month with events enough for every marker side by side (events of one
month are placed in date order, evenly). So the whole span stays in view while the week
the news clustered in is as wide as it needs to be, the way newsroom timelines break
their scale around the period they are about.

Up to ``MAX_MARKS`` events each get a marker: a link with a ``<title>`` (date and title,
shown on hover and read on focus; SVG links take the keyboard focus like any link). Where
room allows, every marker also carries its title, shortened, as a visible label (longer
where its lane is free further, ``LABEL_LONG``): the months
are then given ``LABELLED_MARK`` per event, and the markers are packed into lanes so that no
label touches another or a dot (each label is reserved the widest its characters can be
drawn, textwidth.py); a marker's stem runs down to the axis only where no label below is in
its way, and a tick on the axis marks the date of each. A strip of more than ``LABELLED_MAX``
events, or whose labels would need more than ``LABELLED_LANES`` lanes, is drawn without them.
Beyond ``MAX_MARKS`` events, each month is one count mark, its height growing with the square root of
its count, linking to the page that lists the month: the strip of a 20,000-event
timeline weighs tens of kilobytes, and each period page draws its own events in full.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from itertools import accumulate

from generator.dates import PartialDate
from generator.language import Language, shipped_language
from generator.model import Event
from generator.render.textwidth import text_width

MAX_MARKS = 300
PAD = 16
GAP = 36  # a run of years with no event
EMPTY_MONTH = 5
MONTH_BASE = 8
MARK = 13  # room for one marker
COUNT_K = 9.0  # count marks: room grows with the square root of the month's count
LANE = 18
MAX_LANES = 6
COUNT_HEIGHT = 48
FIT_WIDTH = 1100  # count marks: the overview fits this many units when it can
LABELLED_MARK = 44  # room for one marker that carries its label
LABELLED_LANE = 20
LABELLED_LANES = 8
LABELLED_MAX = 80  # more events than this are drawn without labels (the strip would be too long)
LABEL_SIZE = 12.0  # style.css .marker-label
LABEL_CHARS = 24  # a label longer than this is shortened (the title names the event in full)
LABEL_LONG = 48  # ... unless its lane is free for more, up to this


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _month_key(date: PartialDate) -> tuple[int, int]:
    return (date.year, date.month or 0)


@dataclass
class Scale:
    """x for a (year, month): month segments of the years with events, gaps between."""

    months: dict[tuple[int, int], tuple[float, float]]  # (year, month) → (x, width); month 0: the events of the
    # year known only to the year, in a slot before January
    years: dict[int, tuple[float, float]]  # year → (x, width), its slot and months together
    gaps: list[tuple[int, int, float, float]]  # (first year, last year, x, width)
    width: float

    def month(self, year: int, month: int) -> tuple[float, float]:
        return self.months[(year, month)]

    def x(self, day: dt.date) -> float:
        if (day.year, day.month) in self.months:
            x, w = self.months[(day.year, day.month)]
            return x + w * (day.day - 1) / calendar.monthrange(day.year, day.month)[1]
        for first, last, x, w in self.gaps:
            if first <= day.year <= last:
                return x + w * (day.year - first + (day.timetuple().tm_yday - 1) / 366) / (last - first + 1)
        return self.width - PAD


def build_scale(counts: Counter[tuple[int, int]], room: Callable[[int], float], last_year: int) -> Scale:
    years = sorted({y for y, _ in counts} | {last_year})
    months: dict[tuple[int, int], tuple[float, float]] = {}
    years_at: dict[int, tuple[float, float]] = {}
    gaps = []
    x = float(PAD)
    previous = None
    for year in years:
        if previous is not None and year > previous + 1:
            gaps.append((previous + 1, year - 1, x, float(GAP)))
            x += GAP
        start = x
        for month in range(13):
            n = counts.get((year, month), 0)
            w = room(n) if n else (EMPTY_MONTH if month else 0.0)
            months[(year, month)] = (x, w)
            x += w
        if x - start < 48:  # room for the year's label
            extra = (48 - (x - start)) / 12
            x = start + months[(year, 0)][1]
            for month in range(1, 13):
                _, w = months[(year, month)]
                months[(year, month)] = (x, w + extra)
                x += w + extra
        years_at[year] = (start, x - start)
        previous = year
    return Scale(months, years_at, gaps, x + PAD)


def timeline_strip(events: list[Event], href: Callable[[Event], str], *, svg_id: str = "strip", label: str = "",
                   lang: Language | None = None,
                   month_href: Callable[[int, int], str] | None = None) -> str:
    """Events (in date order) on the adaptive axis: one marker each, or count marks per month beyond MAX_MARKS.

    ``href(event)``: where a marker links; ``month_href(year, month)``: where a month's count mark
    links (month 0: the events known only to the year); without it, every event gets a marker.
    The same as ``lay_out(events, lang, by_month=month_href is not None).draw(...)``.
    """
    if not events:
        return ""
    return lay_out(events, lang, by_month=month_href is not None).draw(href, month_href, svg_id=svg_id, label=label)


@dataclass
class StripLayout:
    """A strip with everything placed and written but its links, its id and its label.

    Laying out is the costly part (lanes, labels, dates); drawing only fills in the links. Pages that
    show the same events in the same order (an article's page and its embed) lay them out once and
    each draws them with its own links.
    """

    by_month: bool  # count marks per month (links from ``month_href``), not a marker per event
    width: float
    height: float
    label: str  # the title when a page gives none
    desc: str
    axis: list[str]
    marks: list[tuple[Event, str, str]]  # (event, "<a class=… href=\"", "\">shapes</a>")
    months: list[tuple[int, int, str]]  # count marks: (year, month, "\">shapes</a>")

    def draw(self, href: Callable[[Event], str], month_href: Callable[[int, int], str] | None = None, *,
             svg_id: str = "strip", label: str = "") -> str:
        title_id, desc_id = f"{svg_id}-title", f"{svg_id}-desc"
        kind = "timeline-strip counts" if self.by_month else "timeline-strip"
        width = self.width
        out = [f'<svg class="viz {kind}" id="{_attr(svg_id)}" viewBox="0 0 {_num(width)} {_num(self.height)}" '
               f'style="min-width:{_num(width)}px;max-width:{_num(width * 1.5)}px" role="group" '
               f'aria-labelledby="{title_id}" aria-describedby="{desc_id}" xmlns="http://www.w3.org/2000/svg">',
               f'<title id="{title_id}">{_text(label or self.label)}</title>',
               f'<desc id="{desc_id}">{self.desc}</desc>',
               *self.axis]
        if self.by_month:
            if month_href is None:
                raise ValueError("a strip of count marks needs month_href: where each month's mark links")
            out.extend(f'<a class="count-mark" href="{_attr(month_href(year, month))}{rest}'
                       for year, month, rest in self.months)
        else:
            out.extend(f"{head}{_attr(href(event))}{rest}" for event, head, rest in self.marks)
        out.append("</svg>")
        return "\n".join(out)


def lay_out(events: list[Event], lang: Language | None = None, *, by_month: bool = False) -> StripLayout:
    """``events`` (in date order, at least one) placed on the adaptive axis. ``by_month``: beyond MAX_MARKS
    events, each month is one count mark (then the drawing needs ``month_href``)."""
    lang = lang or shipped_language("en")
    _ = lang.gettext
    counts: Counter[tuple[int, int]] = Counter(_month_key(e.date) for e in events)
    last_year = max((e.end or e.date).year for e in events)
    aggregate = by_month and len(events) > MAX_MARKS
    placed: Placed | None = None
    if aggregate:  # the whole span in about one screen's width: room by the square root of each month's count
        years = len({y for y, _ in counts} | {last_year})
        spare = FIT_WIDTH - years * 12 * EMPTY_MONTH
        k = max(1.5, min(COUNT_K, spare / sum(math.sqrt(n) for n in counts.values())))
        scale = build_scale(counts, lambda n: EMPTY_MONTH + k * math.sqrt(n), last_year)
        lanes_height = COUNT_HEIGHT + 14
        width = scale.width
    else:
        if len(events) <= LABELLED_MAX:
            scale = build_scale(counts, lambda n: MONTH_BASE + LABELLED_MARK * n, last_year)
            placed = _place(events, counts, scale, labelled=True)
        if placed is None:
            scale = build_scale(counts, lambda n: MONTH_BASE + MARK * n, last_year)
            placed = _place(events, counts, scale, labelled=False)
        assert placed is not None
        lanes_height, right = placed[1], placed[2]
        width = max(scale.width, right + PAD)
    axis_y = lanes_height + 6
    first_date, last_date = events[0].date, events[-1].end or events[-1].date
    desc = lang.ngettext("%(num)d event from %(first)s to %(last)s.", "%(num)d events from %(first)s to %(last)s.",
                         len(events)) % {"num": len(events), "first": lang.display_date(first_date),
                                         "last": lang.display_date(last_date)}
    if aggregate:
        desc += " " + _("Each bar is a month, taller for more events; it links to the month's events.")
    else:
        desc += " " + _("Filled dots are exact days; hollow markers over a faint band are dated to a month or "
                        "year only; dashed outlines are approximate. The list below gives every event.")
    return StripLayout(
        by_month=aggregate, width=width, height=axis_y + 34, label=_("Timeline"), desc=_text(desc),
        axis=_axis(scale, axis_y, lang),
        marks=_marks(placed[0], axis_y, lang) if placed is not None else [],
        months=_count_marks(counts, scale, lang) if aggregate else [])


Mark = tuple[Event, float, float, float, str, bool]  # a marker to draw: (event, x0, x1, y, label, stem)
Placed = tuple[list[Mark], float, float]  # (the markers, the lanes' height, the rightmost x drawn)


def _place(events: list[Event], counts: Counter[tuple[int, int]], scale: Scale, labelled: bool) -> Placed | None:
    """The markers in lanes; None when labels do not fit."""
    rank: Counter[tuple[int, int]] = Counter()
    placed = []
    for event in events:
        key = _month_key(event.date)
        mx, mw = scale.month(*key)
        step = mw / counts[key]
        x0 = mx + step * (rank[key] + 0.5)
        x1 = x0 if event.date.precision in ("day", "time") else x0 + 6
        rank[key] += 1
        if event.end:
            x1 = max(x1, scale.x(_period_end(event.end)))
        placed.append((event, x0, x1))
    lane_height = LABELLED_LANE if labelled else LANE
    ends: list[float] = []
    rows: list[Row] = []
    for event, x0, x1 in placed:
        text = shorten(event.title, LABEL_CHARS) if labelled else ""
        right = max(x0, x1) + 8 + (1 + text_width(text, LABEL_SIZE) + 6 if text else 0)
        lane = next((i for i, end in enumerate(ends) if end <= x0 - 7), None)
        if lane is None:
            if len(ends) < (LABELLED_LANES if labelled else MAX_LANES):
                lane = len(ends)
                ends.append(right)
            elif labelled:
                return None
            else:
                lane = min(range(len(ends)), key=lambda i: (ends[i], i))
        ends[lane] = max(ends[lane], right)
        rows.append((event, x0, x1, lane, text, right))
    if labelled:
        rows = _lengthen(rows)
    blocked = _blocked(rows) if labelled else None
    # with labels, a stem runs down to the axis only where no label or mark of a lane below is in its way;
    # a tick on the axis marks every event's date
    marks = [(event, x0, x1, 8 + lane * lane_height + lane_height / 2, text, blocked is None or not blocked(x0, lane))
             for event, x0, x1, lane, text, _right in rows]
    return marks, max(1, len(ends)) * lane_height + 8, max(right for *_rest, right in rows)


def _marks(marks: list[Mark], axis_y: float, lang: Language) -> list[tuple[Event, str, str]]:
    from generator.render.svg import date_label

    axis, tick_end = _num(axis_y), _num(axis_y + 5)
    lanes: dict[float, tuple[str, str, str, str]] = {}  # a lane's y, and the y of what its markers draw
    out = []
    for event, x0, x1, y, text, stem in marks:
        at = lanes.get(y)
        if at is None:
            at = lanes[y] = (_num(y), _num(y - 4), _num(y - 6), _num(y + 4))
        out.append((event, *_marker(event, x0, x1, at, date_label(event, lang), text, stem, axis, tick_end)))
    return out


Row = tuple[Event, float, float, int, str, float]  # a placed marker: (event, x0, x1, lane, label, right end)


def _blocked(rows: list[Row]) -> Callable[[float, int], bool]:
    """Whether a stem at x from ``lane`` down to the axis would cross a marker or label of a lane below it
    (a lane of a higher number): one whose left edge is at most 7 right of x and whose right end at least 2
    left of it."""
    by_lane: dict[int, list[tuple[float, float]]] = {}
    for _e, left, _x1, lane, _t, end in rows:
        by_lane.setdefault(lane, []).append((left, end))
    lefts: dict[int, list[float]] = {}
    reach: dict[int, list[float]] = {}  # the furthest right end of the lane's marks up to each left edge
    for lane, marks in by_lane.items():
        marks.sort()
        lefts[lane] = [left for left, _end in marks]
        reach[lane] = list(accumulate((end for _left, end in marks), max))
    lanes = sorted(by_lane)

    def blocked(x: float, lane: int) -> bool:
        for other in lanes:
            if other > lane:
                n = bisect_right(lefts[other], x + 7)
                if n and reach[other][n - 1] >= x - 2:
                    return True
        return False

    return blocked


def _lengthen(rows: list[Row]) -> list[Row]:
    """Labels given more of their titles, up to ``LABEL_LONG`` characters, where their lane is free that far."""
    following: dict[int, float] = {}  # lane → the left edge of the marker after this one in it
    longer = []
    for event, x0, x1, lane, text, right in reversed(rows):  # latest first: a lane's next marker is known
        room = following.get(lane, math.inf) - 7
        start = right - text_width(text, LABEL_SIZE)
        for limit in range(min(len(event.title), LABEL_LONG), len(text), -4):
            candidate = shorten(event.title, limit)
            end = start + text_width(candidate, LABEL_SIZE)
            if end <= room:
                text, right = candidate, end
                break
        following[lane] = x0 - 7
        longer.append((event, x0, x1, lane, text, right))
    return longer[::-1]


def shorten(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters, cut between words where one ends past the middle."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut[: limit - 1]).rstrip(" ,;:–—-") + "…"


def _period_end(date: PartialDate) -> dt.date:
    if date.month is None:
        return dt.date(date.year, 12, 31)
    if date.day is None:
        return dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    return date.first_day()


def _marker(event: Event, x0: float, x1: float, at: tuple[str, str, str, str], when: str, text: str, stem: bool,
            axis: str, tick_end: str) -> tuple[str, str]:
    """A marker as the text before its link and after it: ``<a class="…" href="`` and ``">shapes</a>``.
    ``at``: its lane's y, y - 4, y - 6 and y + 4, written."""
    precision = event.date.precision
    classes = f"marker precision-{precision}"
    if event.approximate:
        classes += " approximate"
    if event.end:
        classes += " span"
    x = _num(x0)
    cy, bar_y, band_y, label_y = at
    shapes = [f"<title>{_text(when)}: {_text(event.title)}</title>"]
    if stem:
        shapes.append(f'<line class="stem" x1="{x}" y1="{cy}" x2="{x}" y2="{axis}"/>')
    if text:
        shapes.append(f'<line class="event-tick" x1="{x}" y1="{axis}" x2="{x}" y2="{tick_end}"/>')
    hollow = precision in ("year", "month")
    if event.end:
        shapes.append(f'<rect class="bar" x="{x}" y="{bar_y}" width="{_num(max(x1 - x0, 3))}" '
                      'height="8" rx="2"/>')
    elif hollow:
        shapes.append(f'<rect class="band" x="{_num(x0 - 6)}" y="{band_y}" width="12" height="12" rx="2"/>')
    shapes.append(f'<circle class="dot{" hollow" if hollow else ""}" cx="{x}" cy="{cy}" r="5"/>')
    if text:
        shapes.append(f'<text class="marker-label" x="{_num(max(x0, x1) + 9)}" y="{label_y}">{_text(text)}</text>')
    return f'<a class="{classes}" href="', f'">{"".join(shapes)}</a>'


def _count_marks(counts: Counter[tuple[int, int]], scale: Scale, lang: Language) -> list[tuple[int, int, str]]:
    """Each month's count mark as (year, month, the text after its link: ``">shapes</a>``)."""
    top = max(counts.values())
    out = []
    for (year, month), n in sorted(counts.items()):
        x, w = scale.month(year, month)
        h = 6 + (COUNT_HEIGHT - 6) * math.sqrt(n) / math.sqrt(top)
        when = lang.display_date(PartialDate(year, month or None))
        what = lang.ngettext("%(num)d event", "%(num)d events", n) % {"num": n}
        label = f'<text class="count-label" x="{_num(x + w / 2)}" y="{_num(COUNT_HEIGHT + 8 - h)}" ' \
                f'text-anchor="middle">{n}</text>' if w >= 7 * len(str(n)) + 4 else ""
        out.append((year, month, f'"><title>{_text(when)}: {_text(what)}</title><rect class="count" '
                    f'x="{_num(x + 1)}" y="{_num(COUNT_HEIGHT + 12 - h)}" width="{_num(max(w - 2, 2))}" '
                    f'height="{_num(h)}" rx="1"/>{label}</a>'))
    return out


def _axis(scale: Scale, axis_y: float, lang: Language) -> list[str]:
    y, y4, y5, y8, y22 = (_num(axis_y + d) for d in (0, 4, 5, 8, 22))
    parts = [f'<line class="axis" x1="{PAD}" y1="{y}" x2="{_num(scale.width - PAD)}" y2="{y}"/>']
    abbreviated = lang.dates.locale.months["stand-alone"]["abbreviated"]
    last_label = -1e9
    for _first, _last, x, w in scale.gaps:  # a break in the axis: years with no event
        parts.append(f'<path class="gap" d="M{_num(x + w / 2 - 5)} {y5}l4 -10M{_num(x + w / 2 + 1)} {y5}l4 -10"/>')
    for (year, month), (x, w) in sorted(scale.months.items()):
        if month == 0:
            x = scale.years[year][0]
            at = _num(x)
            parts.append(f'<line class="tick major" x1="{at}" y1="{y}" x2="{at}" y2="{y8}"/>')
            if x - last_label >= 40:
                parts.append(f'<text class="tick-label" x="{_num(x + 2)}" y="{y22}">{year}</text>')
                last_label = x
        elif w >= 30 and month > 1:
            at = _num(x)
            parts.append(f'<line class="tick" x1="{at}" y1="{y}" x2="{at}" y2="{y4}"/>')
            if x - last_label >= 40:
                parts.append(f'<text class="tick-label minor" x="{_num(x + 2)}" y="{y22}">'
                             f'{_text(abbreviated[month].rstrip("."))}</text>')
                last_label = x
    return parts
