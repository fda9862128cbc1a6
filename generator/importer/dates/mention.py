"""A date mention (``Mention``) and the calendar helpers the rules share: a day as a date, a day at a clock time,
a span of two times, a night, a date moved by whole years."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from generator.dates import PartialDate
from generator.importer.clock import Clock


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    date: PartialDate
    end_date: PartialDate | None = None
    sure: bool = True
    rule: str = ""
    yearless: bool = False  # a day or month whose year was chosen by the tense rule
    year_only: bool = False  # words that only give later mentions their year ("In 2025 … on January 14"): no event


def one_night(first: PartialDate, last: PartialDate) -> bool:
    """Whether a span is one night: "in der Nacht zum Freitag", "overnight"."""
    return last.precision == "day" and (last.first_day() - first.first_day()).days == 1


def _at(day: dt.date, clock: Clock) -> PartialDate:
    """``day`` at ``clock``'s time."""
    return PartialDate(day.year, day.month, day.day, dt.datetime(day.year, day.month, day.day, clock.hour,
                                                                 clock.minute))


def _time_span(day: dt.date, first: Clock, last: Clock) -> tuple[PartialDate, PartialDate]:
    """From ``first`` to ``last`` on ``day``; a last time not after the first is the next morning's ("22.00-06.00")."""
    start, end = _at(day, first), _at(day, last)
    if end.time is not None and start.time is not None and end.time <= start.time:
        end = _at(day + dt.timedelta(days=1), last)
    return start, end


def _day_date(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "February 30": not a date, skip the mention


def _moved(date: PartialDate, years: int) -> PartialDate | None:
    """The date ``years`` later (earlier when negative); None for 29 February in a year without it."""
    if date.day is not None and _safe_day(date.year + years, date.month or 1, date.day) is None:
        return None
    return replace(date, year=date.year + years)
