"""Date mentions in a sentence → ``PartialDate``, resolved against the story's date.

The rules, tried in this order (text taken by one rule is not read again):

1. ``May 28, 2023``, ``3 March 2023``, ``Sunday, May 28, 2023``  → that day
2. ``November 7``, ``3 March``, ``on Sunday, May 28``           → that day in the story's year,
   or the year before when the month comes after the story's month
3. ``February 2022``, ``in March, 2021``                       → that month
4. ``in July``, ``since September``, ``last March``            → that month, year as in rule 2
   (a bare month needs a word such as *in* before it: "May" alone is too often a verb or a name)
5. ``on Tuesday``, ``Tuesday``, ``last Tuesday``               → the latest such day on or before the story
6. ``yesterday``, ``last month``, ``this year``, ``last year``  → counted back from the story
7. ``in 2014``, ``since 2014``                                 → that year
8. ``a day after`` / ``two days before`` next to a rule 1-2 day → that day moved by the count,
   so "took the call on November 7, a day after speaking with Zelenskiy" also gives November 6
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from dateutil.parser import parse as dateutil_parse
from dateutil.parser import parserinfo
from dateutil.relativedelta import relativedelta
from dateutil.relativedelta import weekdays as WEEKDAYS

from generator.dates import PartialDate

_MONTH_NAMES = parserinfo()  # "Sept", "Sep.", "September" → 9

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)\b"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAY_NAMES) + r")\b"
_OPTIONAL_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_BEFORE_MONTH = r"(?P<lead>\b(?:in|since|by|until|till|through|during|from|of|early|late|mid-|last|this|next))\s+"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

_FULL_DAY = [re.compile(_OPTIONAL_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR),
             re.compile(_OPTIONAL_WEEKDAY + r"(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR)]
_DAY_MONTH = [re.compile(_OPTIONAL_WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?![,.]?\d)"),
              re.compile(_OPTIONAL_WEEKDAY + r"(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH)]
_MONTH_YEAR = re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR)
_BARE_MONTH = re.compile(_BEFORE_MONTH + _MONTH)
_WEEKDAY_RE = re.compile(r"(?P<lead>\blast\s+)?\b" + _WEEKDAY)
_RELATIVE = re.compile(r"\b(?P<what>yesterday|(?P<which>last|this|next)\s+(?P<unit>month|year))\b", re.IGNORECASE)
_BARE_YEAR = re.compile(r"\b(?:in|since|by|until|till|during|from|of|early|late|mid-|around|before|after)\s+"
                        + _YEAR + r"(?![-/]?\d)")
_SHIFT = re.compile(r"\b(?P<count>a|an|one|two|three|four|five|six|seven)\s+days?\s+(?P<way>after|before)\b",
                    re.IGNORECASE)


def month_number(name: str) -> int:
    number = _MONTH_NAMES.month(name.rstrip("."))
    if number is None:
        raise ValueError(f"not a month: {name}")
    return number


def year_for(month: int, story: dt.date, last: bool = False) -> int:
    """The year of a month named without one: the story's, or the year before for a later month."""
    if month > story.month or (last and month >= story.month):
        return story.year - 1
    return story.year


def _day(year: int, month: int, day: int) -> PartialDate | None:
    try:
        dt.date(year, month, day)
    except ValueError:
        return None  # "February 30": not a date, skip the mention
    return PartialDate(year, month, day)


def _full_day(m: re.Match[str], story: dt.date) -> PartialDate | None:
    return _day(int(m["year"]), month_number(m["month"]), int(m["day"]))


def _day_month(m: re.Match[str], story: dt.date) -> PartialDate | None:
    month = month_number(m["month"])
    return _day(year_for(month, story), month, int(m["day"]))


def _month_year(m: re.Match[str], story: dt.date) -> PartialDate | None:
    return PartialDate(int(m["year"]), month_number(m["month"]))


def _bare_month(m: re.Match[str], story: dt.date) -> PartialDate | None:
    month = month_number(m["month"])
    lead = m["lead"].lower()
    if lead == "next":
        return PartialDate(story.year + (month <= story.month), month)
    return PartialDate(year_for(month, story, last=lead == "last"), month)


def _weekday(m: re.Match[str], story: dt.date) -> PartialDate | None:
    weekday = WEEKDAYS[_WEEKDAY_NAMES.index(m["weekday"])]
    day = story + relativedelta(weekday=weekday(-1))  # on or before the story's date
    if m["lead"] and day == story:
        day -= relativedelta(weeks=1)  # "last Sunday" in a Sunday story: a week before
    return PartialDate(day.year, day.month, day.day)


def _relative(m: re.Match[str], story: dt.date) -> PartialDate | None:
    if m["what"].lower() == "yesterday":
        day = story - dt.timedelta(days=1)
        return PartialDate(day.year, day.month, day.day)
    step = {"last": -1, "this": 0, "next": 1}[m["which"].lower()]
    if m["unit"].lower() == "year":
        return PartialDate(story.year + step)
    moved = story + relativedelta(months=step)
    return PartialDate(moved.year, moved.month)


def _bare_year(m: re.Match[str], story: dt.date) -> PartialDate | None:
    return PartialDate(int(m["year"]))


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], PartialDate | None]]
RULES: list[Rule] = [
    *((pattern, _full_day) for pattern in _FULL_DAY),
    *((pattern, _day_month) for pattern in _DAY_MONTH),
    (_MONTH_YEAR, _month_year),
    (_BARE_MONTH, _bare_month),
    (_WEEKDAY_RE, _weekday),
    (_RELATIVE, _relative),
    (_BARE_YEAR, _bare_year),
]


def find_mentions(sentence: str, story: dt.date) -> Iterator[tuple[int, int, PartialDate]]:
    """(start, end, date) of every date mention, in text order; overlapping text is read once."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, PartialDate]] = []
    for pattern, resolve in RULES:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            date = resolve(match, story)
            if date is not None:
                taken.append((start, end))
                found.append((start, end, date))
    yield from sorted(found, key=lambda item: item[0])


def find_dates(sentence: str, story: dt.date) -> list[PartialDate]:
    """The distinct dates a sentence mentions, in text order (rule 8 shifts added after their day)."""
    mentions = list(find_mentions(sentence, story))
    dates: list[PartialDate] = []
    for start, end, date in mentions:
        dates.append(date)
        if date.precision == "day":
            shift = _shift_near(sentence, start, end)
            if shift:
                moved = date.first_day() + dt.timedelta(days=shift)
                dates.append(PartialDate(moved.year, moved.month, moved.day))
    return list(dict.fromkeys(dates))


def _shift_near(sentence: str, start: int, end: int) -> int:
    """Days to move from a day mention for "a day after" / "two days before" right next to it.

    After the mention ("on November 7, a day after speaking"): the other event is earlier for
    *after*. Before it ("two days after the November 5 election"): the event is later for *after*.
    """
    for match in _SHIFT.finditer(sentence):
        count = _NUMBERS[match["count"].lower()]
        sign = 1 if match["way"].lower() == "after" else -1
        if 0 <= match.start() - end <= 3:
            return -sign * count
        gap = sentence[match.end():start]
        if 0 <= start - match.end() <= 12 and re.fullmatch(r"\s*(?:the|a|an)?\s*", gap):
            return sign * count
    return 0


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


def date_in_text(dateline_date: str, paragraphs: list[str]) -> dt.date | None:
    """The story's own date when it carries a year: the dateline's, or a short date line near the top."""
    candidates = [dateline_date] + [p for p in paragraphs[:3] if len(p) <= 40]
    for text in candidates:
        if not _HAS_YEAR.search(text):
            continue
        try:
            parsed = dateutil_parse(text, fuzzy=True, default=dt.datetime(1900, 1, 1))
        except (ValueError, OverflowError):
            continue
        if text == dateline_date or re.search(_MONTH, text):  # a date line names its month
            return parsed.date()
    return None
