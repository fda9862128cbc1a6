"""Dates at their own precision: ``2022``, ``2022-02``, ``2024-11-07`` or a date-time.

A ``PartialDate`` remembers how much the author said, formats itself at that
precision ("2022", "February 2022", "7 November 2024") and sorts before any
more precise date inside the same period. A date-time sorts by the instant it
names (``14:30+02:00`` is before ``13:30Z``; one without an offset counts as
UTC) and is shown with the offset the author wrote. Two dates are equal only
when they are written alike, so equality, hashing and order agree: two
spellings of one instant are different dates, ordered by how they are written.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
PRECISIONS = ("year", "month", "day", "time")

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](.+))?)?)?$", re.ASCII)


class DateError(ValueError):
    """The text is not a date of any accepted form; the message says why."""


@dataclass(frozen=True, eq=False)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    time: dt.datetime | None = None  # only for precision "time"; timezone-aware or naive

    @property
    def precision(self) -> str:
        if self.time is not None:
            return "time"
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @cached_property
    def sort_key(self) -> tuple[int, int, int, str, str]:
        """Year, month, day, time, then the written form: a less precise date sorts first in its period.

        A date-time counts by its instant in UTC (its day too); the written form last makes the
        order total and agree with ``==``.
        """
        if self.time is None:
            return (self.year, self.month or 0, self.day or 0, "", self._iso)
        # The UTC instant by arithmetic, not astimezone(): 9999-12-31T23:00-05:00 is past datetime.max.
        offset = self.time.utcoffset() or dt.timedelta(0)
        clock = self.time.replace(tzinfo=None) - self.time.replace(tzinfo=None, hour=0, minute=0, second=0,
                                                                   microsecond=0)
        days, rest = divmod(clock - offset, dt.timedelta(days=1))
        ordinal = self.time.toordinal() + days
        if ordinal > dt.date.max.toordinal():
            year, month, day = dt.MAXYEAR + 1, 1, 1
        elif ordinal < 1:
            year, month, day = dt.MINYEAR - 1, 12, 31
        else:
            moment = dt.date.fromordinal(ordinal)
            year, month, day = moment.year, moment.month, moment.day
        seconds = rest.total_seconds()
        return (year, month, day, f"{int(seconds) // 3600:02d}:{int(seconds) % 3600 // 60:02d}:"
                                  f"{seconds % 60:09.6f}", self._iso)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._iso == other._iso

    def __hash__(self) -> int:
        return hash(self._iso)

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key < other.sort_key

    def __le__(self, other: PartialDate) -> bool:
        return self.sort_key <= other.sort_key

    def __gt__(self, other: PartialDate) -> bool:
        return self.sort_key > other.sort_key

    def __ge__(self, other: PartialDate) -> bool:
        return self.sort_key >= other.sort_key

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        """The date as written at its precision, e.g. ``2022-02``; usable in ``<time datetime>``."""
        return self._iso

    @cached_property
    def _iso(self) -> str:  # a page lists the same dates again and again: each is written once
        if self.time is not None:
            return self.time.isoformat()
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """Human form at the date's own precision: ``2022``, ``February 2022``, ``7 November 2024``."""
        return self._display

    @cached_property
    def _display(self) -> str:
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{MONTHS[self.month - 1]} {self.year}"
        text = f"{self.day} {MONTHS[self.month - 1]} {self.year}"
        if self.time is not None:
            text += f", {self.time:%H:%M}"
            offset = self.time.utcoffset()
            if offset == dt.timedelta(0):
                text += " UTC"
            elif offset is not None:  # as written: 14:30 UTC+02:00
                text += f" UTC{_offset(offset)}"
        return text

    def rfc3339(self) -> str:
        """A full timestamp for feeds and sitemaps (midnight UTC for a date without a time)."""
        if self.time is not None:
            moment = self.time if self.time.tzinfo else self.time.replace(tzinfo=dt.UTC)
            return moment.isoformat().replace("+00:00", "Z")
        return f"{self.first_day().isoformat()}T00:00:00Z"

    def __str__(self) -> str:
        return self.iso()


def _offset(offset: dt.timedelta) -> str:
    """+02:00, -05:30 (seconds only when there are any)."""
    sign = "-" if offset < dt.timedelta(0) else "+"
    seconds = abs(int(offset.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")


def parse_date(value: object) -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO date-time; raise ``DateError``."""
    if isinstance(value, dt.datetime):
        return PartialDate(value.year, value.month, value.day, value)
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise DateError("expected a date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time), got "
                        + ("a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict)
                           else repr(value) if isinstance(value, (bool, float)) or value is None
                           else type(value).__name__))
    text = str(value).strip()
    match = _DATE_RE.match(text)
    if not match:
        shown = text if len(text) <= 60 else text[:59] + "…"
        raise DateError(f"'{shown}' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time")
    year, month, day, clock = match.groups()
    y = int(year)
    if y < 1:
        raise DateError(f"'{text}' has the year {year}; years run from 0001 to 9999")
    if month is None:
        return PartialDate(y)
    m = int(month)
    if not 1 <= m <= 12:
        raise DateError(f"'{text}' has no month {m}; months run from 01 to 12")
    if day is None:
        return PartialDate(y, m)
    d = int(day)
    try:
        dt.date(y, m, d)
    except ValueError:
        raise DateError(f"'{text}' is not a real day: {MONTHS[m - 1]} {y} has no day {d}") from None
    if clock is None:
        return PartialDate(y, m, d)
    try:
        moment = dt.datetime.fromisoformat(f"{year}-{month}-{day}T{clock.replace('Z', '+00:00')}")
    except ValueError:
        raise DateError(f"'{text}' has a time that is not ISO 8601 (HH:MM[:SS][+HH:MM|Z])") from None
    return PartialDate(y, m, d, moment)
