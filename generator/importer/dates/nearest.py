"""Which occurrence a date without a year, a month without a year or a weekday takes: the one nearest the report
that the clause's direction (back, forward, none) allows, and whether that guess is sure."""

from __future__ import annotations

import datetime as dt

from generator.dates import PartialDate
from generator.importer.cues import BACK, FORWARD, NONE
from generator.importer.dates.mention import _day_date, _safe_day

_FAR_DAYS = 62  # a date without a year and without a cue this far from the report is marked "# check"


def _pick(candidates: list[tuple[dt.date, PartialDate]], story: dt.date, way: int) -> tuple[PartialDate, bool]:
    """The candidate the direction allows nearest the report; (date, sure)."""
    if way == BACK:
        allowed = [c for c in candidates if c[0] <= story] or candidates
    elif way == FORWARD:
        allowed = [c for c in candidates if c[0] >= story] or candidates
    else:
        allowed = candidates
    first, date = min(allowed, key=lambda c: (abs((c[0] - story).days), c[0] > story))
    return date, way != NONE or abs((first - story).days) <= _FAR_DAYS


def _day_without_year(month: int, day: int, story: dt.date, way: int) -> tuple[PartialDate, bool] | None:
    days = [d for y in (story.year - 1, story.year, story.year + 1) if (d := _safe_day(y, month, day))]
    return _pick([(d, _day_date(d)) for d in days], story, way) if days else None


def _month_without_year(month: int, story: dt.date, way: int) -> tuple[PartialDate, bool]:
    this = story.replace(day=1)
    months = [(dt.date(y, month, 1), PartialDate(y, month)) for y in (story.year - 1, story.year, story.year + 1)]
    if way == BACK:
        allowed = [c for c in months if c[0] <= this]
    elif way == FORWARD:
        allowed = [c for c in months if c[0] >= this]
    else:
        allowed = months
    first, date = min(allowed, key=lambda c: (abs((c[0] - this).days), c[0] > this))
    return date, way != NONE or abs((first - this).days) <= _FAR_DAYS


def _nearest_span_year(first: int, last: int, story: dt.date) -> int:
    """The year whose months ``first`` to ``last`` lie nearest the report: the one under way, else the one whose
    nearer end is closest (the earlier year on a tie)."""
    this = story.replace(day=1)

    def distance(year: int) -> int:
        start, end = dt.date(year, first, 1), dt.date(year, last, 1)
        return 0 if start <= this <= end else min(abs((start - this).days), abs((end - this).days))

    return min((story.year - 1, story.year, story.year + 1), key=lambda year: (distance(year), year > story.year))


def _weekday_date(weekday: int, story: dt.date, way: int, lead: str = "") -> tuple[PartialDate, bool]:
    back = story - dt.timedelta(days=(story.weekday() - weekday) % 7)
    ahead = story + dt.timedelta(days=(weekday - story.weekday()) % 7)
    if lead == "last":
        return _day_date(back if back < story else back - dt.timedelta(days=7)), True
    if lead == "next":
        return _day_date(ahead if ahead > story else ahead + dt.timedelta(days=7)), True
    if way == FORWARD:
        return _day_date(ahead), True
    if way == BACK or (story - back) <= (ahead - story):
        return _day_date(back), way == BACK
    return _day_date(ahead), False
