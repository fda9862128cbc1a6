"""An event's date for a title: its tense against the story's day, and whether two events' dates overlap."""

from __future__ import annotations

import datetime as dt

from generator.dates import PartialDate
from generator.link.duplicates import period

Dated = tuple[PartialDate, "PartialDate | None"]  # an event's date and end


def _overlap(a: Dated, b: Dated) -> bool:
    """Whether two events' dates (with their ends), at their precisions, may mean a day in common."""
    a_first, b_first = period(a[0])[0], period(b[0])[0]
    a_last, b_last = period(a[1] or a[0])[1], period(b[1] or b[0])[1]
    return a_first <= b_last and b_first <= a_last


def _tense(date: PartialDate, story: dt.date) -> int:
    first = date.first_day()
    return -1 if first < story.replace(day=1) or (date.precision == "day" and first < story) else \
        1 if first > story else 0
