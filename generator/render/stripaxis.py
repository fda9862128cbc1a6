"""The timeline strip's axis, not linear in time: where each month of each year is, and the axis drawn.

Years with no event shrink to a short gap; a year with events is laid out month by month, and each month
gets room for its events: an empty month a sliver, a month with events enough for every marker side by side
(events of one month are placed in date order, evenly). So the whole span stays in view while the week the
news clustered in is as wide as it needs to be, the way newsroom timelines break their scale around the
period they are about.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from generator.dates import PartialDate
from generator.language import Language

PAD = 16
GAP = 36  # a run of years with no event
EMPTY_MONTH = 5


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


def _period_end(date: PartialDate) -> dt.date:
    if date.month is None:
        return dt.date(date.year, 12, 31)
    if date.day is None:
        return dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    return date.first_day()


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
