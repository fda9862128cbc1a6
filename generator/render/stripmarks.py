"""The timeline strip's markers: placed in lanes with their labels, and drawn, or a count mark a month.

Up to ``MAX_MARKS`` events each get a marker: a link with a ``<title>`` (date and title, shown on hover and
read on focus; SVG links take the keyboard focus like any link). Where room allows, every marker also carries
its title, shortened, as a visible label (longer where its lane is free further, ``LABEL_LONG``): the months
are then given ``LABELLED_MARK`` per event, and the markers are packed into lanes so that no label touches
another or a dot (each label is reserved the widest its characters can be drawn, textwidth.py); a marker's
stem runs down to the axis only where no label below is in its way, and a tick on the axis marks the date of
each. A strip of more than ``LABELLED_MAX`` events, or whose labels would need more than ``LABELLED_LANES``
lanes, is drawn without them.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import accumulate

from generator.dates import PartialDate
from generator.language import Language
from generator.model import Event
from generator.render.stripaxis import Scale, _month_key, _num, _period_end, _text
from generator.render.textwidth import text_width

LANE = 18
MAX_LANES = 6
COUNT_HEIGHT = 48
LABELLED_LANE = 20
LABELLED_LANES = 8
LABEL_SIZE = 12.0  # style.css .marker-label
LABEL_CHARS = 24  # a label longer than this is shortened (the title names the event in full)
LABEL_LONG = 48  # ... unless its lane is free for more, up to this


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
