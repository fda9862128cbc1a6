"""The story's own date: from a file name ("2023-05-29-…"), from a dateline's day without a year ("5 mar"), or
from a dateline or short date line near the top that carries a year."""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateutil.parser import parse as dateutil_parse

from generator.importer.dates.finder import find_mentions
from generator.importer.dates.mention import _safe_day

_FILE_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def date_in_file_name(name: str) -> dt.date | None:
    """``2023-05-29-runoff-wire.txt`` → 2023-05-29."""
    match = _FILE_DATE.search(name)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def dateline_day(dateline_date: str, today: dt.date, language: str = "en") -> dt.date | None:
    """A dateline's day without a year ("5 mar", "2 декабря"): the last such day on or before ``today`` (a wire
    story is imported after it is written); abbreviated month names are read through Babel's CLDR data."""
    if re.fullmatch(r"\d{1,2}", dateline_date.strip()):  # "MADRID, 17 (EUROPA PRESS)": that day of this month,
        day = _safe_day(today.year, today.month, int(dateline_date))  # or of the month before when still ahead
        if day is None or day > today:
            before = today.replace(day=1) - dt.timedelta(days=1)
            day = _safe_day(before.year, before.month, int(dateline_date))
        return day
    text = _full_month_names(dateline_date, language)
    found = [m for m in find_mentions(text, today, language) if m.date.precision == "day"]
    if not found:
        return None
    day = found[0].date.first_day()
    while day > today:
        day = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day - dt.timedelta(366)
    return day


@functools.cache
def _month_abbreviations(language: str) -> dict[str, str]:
    from babel.dates import get_month_names

    locale = language.split("-")[0].lower()
    try:
        short, wide = get_month_names("abbreviated", locale=locale), get_month_names("wide", locale=locale)
    except (ValueError, LookupError):
        return {}
    table = {}
    for month, name in wide.items():
        for abbreviation in {short[month].rstrip(".").lower(), name[:3].lower()}:
            table.setdefault(abbreviation, name)
    return table


def _full_month_names(text: str, language: str) -> str:
    """``text`` with abbreviated month names written out ("5 mar" → "5 marzo")."""
    table = _month_abbreviations(language)
    if not table:
        return text
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.sub(rf"(?<!\w)({words})\.?(?!\w)", lambda m: table[m.group(1).lower()], text, flags=re.IGNORECASE)


def date_in_text(dateline_date: str, paragraphs: list[str], language: str = "en") -> dt.date | None:
    """The story's own date when it carries a year: the dateline's, or a short date line near the top."""
    candidates = [dateline_date] + [p for p in paragraphs[:3] if len(p) <= 40]
    base = dt.date(1900, 1, 1)
    for text in candidates:
        if not _HAS_YEAR.search(text):
            continue
        found = [m for m in find_mentions(text, base, language) if m.date.precision == "day" and m.rule == "full"]
        if found:
            return found[0].date.first_day()
        if language == "en" and text == dateline_date:
            try:
                return dateutil_parse(text, fuzzy=True, default=dt.datetime(1900, 1, 1)).date()
            except (ValueError, OverflowError):
                continue
    return None
