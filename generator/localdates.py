"""Dates in the site's language, by CLDR (Babel): ``22 липня 2022 р.``, ``липень 2022 р.``, ``2022年7月22日``.

Each precision has its CLDR form: a day is the locale's long date, a month its
stand-alone month and year (``yMMMM``), a year its ``y``; a date-time adds the
hour and the offset as written (``UTC`` or ``GMT+02:00``). A span uses the
locale's interval format (``7–10 November 2024``, ``лютий — травень 2022 р.``),
not two full dates joined by a dash.

English (``en``) keeps the day-month-year order the sites have always shown
(``7 November 2024``): it is CLDR's British English form. ``en-US`` gets CLDR's
American one. Formatting a date is a Babel call; each distinct date is formatted
once per language and kept, since a build shows the same dates on many pages.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, format_skeleton, get_timezone_gmt, match_skeleton

from generator.dates import PartialDate

SKELETONS = {"year": "y", "month": "yMMMM", "day": "yMMMMd"}
ENGLISH = Locale.parse("en_GB")


@lru_cache(maxsize=64)
def cldr_locale(code: str) -> Locale | None:
    """The Babel locale of a BCP 47 tag (``pt-BR`` → pt_BR, ``en`` → en_GB), ``None`` when CLDR has none."""
    if code.lower() == "en":
        return ENGLISH
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


class DateFormatter:
    """Every date of one language, each written once."""

    def __init__(self, locale: Locale | None) -> None:
        self.locale = locale or ENGLISH
        self._glue = self.locale.datetime_formats.get("medium", "{1}, {0}")
        self._written: dict[str, str] = {}  # by the date's ISO text: a str keeps its hash
        self._spans: dict[tuple[str, str], str] = {}
        # The interval skeletons this locale has, matched once (Babel would match on every call).
        formats = self.locale.interval_formats
        self._skeletons = {p: s if s in formats else (match_skeleton(s, formats) or s) for p, s in SKELETONS.items()}
        # English writes dates as the sites always have (generator/dates.py), which is CLDR's en_GB:
        # the same text, without a Babel call per date.
        self._plain_english = self.locale is ENGLISH

    def display(self, date: PartialDate) -> str:
        key = date.iso()
        try:
            return self._written[key]
        except KeyError:
            text = self._written[key] = self._format(date)
            return text

    def _format(self, date: PartialDate) -> str:
        locale = self.locale
        if self._plain_english and (date.time is None or date.time.utcoffset() in (None, dt.timedelta(0))):
            return date.display()
        if date.month is None:
            return format_skeleton("y", dt.date(date.year, 1, 1), locale=locale)
        if date.day is None:
            return format_skeleton("yMMMM", dt.date(date.year, date.month, 1), locale=locale)
        day = format_date(dt.date(date.year, date.month, date.day), "long", locale=locale)
        if date.time is None:
            return day
        moment = date.time
        clock = f"{moment:%H:%M}"
        offset = moment.utcoffset()
        if offset is not None:
            clock += " UTC" if offset == dt.timedelta(0) else " " + get_timezone_gmt(moment, "long", locale=locale)
        return str(self._glue).replace("{1}", day).replace("{0}", clock)

    def span(self, start: PartialDate, end: PartialDate) -> str:
        """``start``–``end`` in the language's interval format when both have the same precision (not times)."""
        key = (start.iso(), end.iso())
        try:
            return self._spans[key]
        except KeyError:
            pass
        precision = start.precision
        if precision == end.precision and precision in SKELETONS and start.first_day() <= end.first_day():
            text = format_interval(start.first_day(), end.first_day(), self._skeletons[precision], locale=self.locale)
        else:
            text = f"{self.display(start)} – {self.display(end)}"
        self._spans[key] = text
        return text
