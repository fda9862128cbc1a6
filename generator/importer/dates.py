"""Date mentions in a sentence → ``Mention`` (a ``PartialDate``, maybe an end, and how sure), per language.

The rules, tried in this order (text taken by one rule is not read again):

1. a full date: ``May 28, 2023``, ``3 March 2023``, ``24 лютого 2022 року``, ``4 de noviembre de 2024``
2. a range of days: ``Nov. 6-7``, ``з 15 по 17 березня``, ``15-17 March``              → first day, with an end
3. a day and month: ``November 7``, ``3 March``, ``15. Juni``, ``14 Mayıs'ta``           → that day, year below
4. a month and year: ``February 2022``, ``в марте 2018 года``, ``diciembre de 2018``     → that month
5. a bare month after a preposition: ``in July``, ``у травні``, ``im Dezember``         → that month, year below
6. a weekday: ``on Tuesday``, ``во вторник``, ``Mittwochabend``, ``çarşamba günü``      → that day, see below
   (the report's own weekday is the report date)
7. relative words: ``overnight`` (the night before the report), ``yesterday``, ``last week`` (its Monday to
   Sunday), ``next month``, ``last year``, ``two weeks ago``, in the lexicon's language
8. a year: ``in 2014``, ``1999 yılında``, ``since 2003``, ``the 2018 Camp Fire``         → that year
   (not before a lowercase word without a preposition: "2014 reasons" is a number)
9. (English) ``a day after`` / ``two days before`` next to a day → that day moved by the count

A date without a year, and a weekday, take the occurrence nearest the report
date that the clause's tense allows: the cue word nearest the mention (``will``,
``is due``, ``next``, ``expected``, ``until`` → forward; ``said``, ``was``,
``last``, ``ago``, a past-tense ending → back; see ``cues.py``) decides the
direction; with no cue the nearest occurrence is taken. A month-and-day
followed by "last year" / "next year" takes that year. A guess the importer is
unsure of (no cue, and the date far from the report; a weekday with no cue)
has ``sure`` False and is marked ``# check`` in the draft.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from dateutil.parser import parse as dateutil_parse
from dateutil.relativedelta import relativedelta

from generator.dates import PartialDate
from generator.importer.clock import (
    Clock,
    clock_after,
    clock_before,
    clock_range_after,
    clock_ranges,
    clocks,
    is_approximate,
)
from generator.importer.cues import BACK, FORWARD, NONE, direction, tense_cues
from generator.importer.lexicon import (
    DECADE_WORDS,
    EARLIER,
    MONTH_RANGE,
    NUMBERS,
    THIS_YEAR,
    WEEKDAY_LAST,
    WEEKDAY_NEXT,
    Lexicon,
    lexicon,
    month_of,
    part_of_year,
    season_months,
    unit_of,
    weekday_of,
)
from generator.importer.morphology import genitive_only

_TIME_OF_DAY = re.compile(
    r"\s+(?:night|morning|afternoon|evening|soir|matin|après-midi|soirée|noche|mañana|tarde|abend|morgen|"
    r"nachmittag|vormittag|вечером|утром|днем|днём|ночью|ввечері|вранці|вдень|уночі|вночі|akşamı|sabahı|"
    r"gecesi|günü|öğleden sonra)\b", re.IGNORECASE)
_COUNTED = {"people", "men", "women", "children", "troops", "police", "staff", "personnel"}
_JOINERS = {"and", "or", "to", "when", "after", "before", "as", "but", "until", "with", "in", "on", "at", "y", "et",
            "und", "i", "и", "і", "та", "ve", "a", "de", "que", "qui", "що", "что"}
# A month something is moved to ("auf Januar verschoben"): ahead.
_MOVED_TO = {"auf", "на"}  # "auf Januar verschoben", "перенесено на декабрь", "план на грудень"
_FAR_DAYS = 62  # a date without a year and without a cue this far from the report is marked "# check"
# The units "ago" may go without a number ("год назад", "тиждень тому": a year, a week ago).
_ONE_UNIT = {"день", "неделю", "месяц", "год", "тиждень", "місяць", "рік"}


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


# --- the patterns, built from a language's lexicon ------------------------------------------------------------


@dataclass(frozen=True)
class Patterns:
    full: list[re.Pattern[str]]
    day_range: list[re.Pattern[str]]
    day_month: list[re.Pattern[str]]
    month_year: re.Pattern[str]
    bare_month: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: list[tuple[str, re.Pattern[str]]]
    year_span: re.Pattern[str]  # "2021-2023", "в 2021–2023 годах", "in 2019-20"
    year: re.Pattern[str]
    year_after: re.Pattern[str]  # "last year" right after a month: "in April last year"
    month_range: re.Pattern[str] | None = None  # "entre enero y junio", "январь-август 2025 года"


@cache
def patterns(lex: Lexicon) -> Patterns:
    flags = 0 if lex.case_sensitive else re.IGNORECASE
    case = r"(?:" + lex.month_case + r"(?!\w))?" if lex.month_case else ""  # "kasımda"
    month = r"(?P<month>" + lex.month_pattern() + r")" + case + r"(?!\w)(?:\.(?=\s*\d))?" + lex.month_suffix
    day = r"(?<![\d.,])(?P<day>[0-3]?\d)" + (lex.day_suffix or "") + r"(?![\d%])"
    year = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)" + (f"(?P<ywords>{lex.year_words})?" if lex.year_words else "")
    of = r"(?:(?:of|de|del|d')\s+)?"
    weekday = r"(?:(?:" + lex.weekday_pattern() + r"),?\s+(?:(?:dem|den)\s+)?)?"  # "Montag, dem 9. Juni"
    en = lex.language == "en"
    # "24 Ağustos Cumartesi günü": Turkish names the weekday after the date, which it is part of
    named = r"(?:\s+(?:" + lex.weekday_pattern() + r")" + lex.weekday_suffix + r"(?:\s+günü)?(?!\w))?" \
        if lex.language == "tr" else ""
    full = [re.compile(weekday + r"(?:the\s+)?" + day + r"\s+" + of + month + r",?\s+" + of + year + named, flags)]
    if en:
        full.insert(0, re.compile(weekday + month + r"\s+" + day + r",?\s+" + year, flags))
    to = r"\s*(?:-|–|—|to|по|al|au|bis(?:\s+zum)?|y(?:\s+el)?|et(?:\s+le)?|and(?:\s+the)?|und(?:\s+dem)?|ve|и|і|та)\s*"
    # "entre le 24 et le 31 décembre", "zwischen dem 3. und dem 7. Juli": the second day may keep its article
    first = r"(?<![\d.,])(?P<day>[0-3]?\d)" + (lex.day_suffix or "")
    second = r"(?P<last>[0-3]?\d)" + (lex.day_suffix or "") + r"(?![\d%])"
    # "vom 17. bis 19. März 2025", "27-31 Mayıs 2025'te", "March 17-19, 2025": a year after the range is its own
    range_year = r"(?:,?\s+" + of + year + r")?"
    day_range = [re.compile(first + to + second + r"\s+" + of + month + range_year, flags)]
    if en:
        day_range.insert(0, re.compile(month + r"\s+" + first + r"(?:\s*[-–]\s*|\s+(?:and|to|through)\s+)" + second
                                       + range_year
                                       + r"(?=\s*(?:[,.;:)]|$)|\s+(?:to|in|at|for|when|with|as|and)\b)", flags))
        # "March 17 and 18 to discuss …", not "on March 17 and 18 people died"
    day_month = [re.compile(weekday + r"(?:the\s+)?" + day + r"\s+" + of + month + named, flags)]
    if en:
        day_month.insert(0, re.compile(weekday + month + r"\s+" + day + r"(?:st|nd|rd|th)?(?![,.]?\d)", flags))
    month_year = re.compile(r"(?<!\w)" + month + r",?\s+" + of + year, flags)
    if lex.language == "tr":
        bare_month = re.compile(r"(?<![\d\w])(?P<month>" + lex.month_pattern() + r")(?:\s+ay(?:ından|ında|ına|ı)|"
                                r"['’]\w+|\s+(?:sonu(?:nda|na)?|başı(?:nda|na)?|ortası(?:nda|na)?)\b|" + lex.month_case
                                + r"(?!\w))", re.IGNORECASE)  # "Mayıs sonunda", "temmuz ortasında"
    else:
        bare_month = re.compile(r"(?<!\w)(?P<lead>(?i:" + lex.month_before + r"))(?:(?<=-)|\s+)" + month,
                                flags)  # "mi-mars"; "In March, …" at the start of a sentence
    lead = r"(?:(?P<lead>last|next|this)\s+)?" if en else r"(?P<lead>)"
    weekday_re = re.compile(r"(?<!\w)" + lead + r"(?P<weekday>" + lex.weekday_pattern() + r")" + lex.weekday_suffix
                            + r"(?:['’]s)?(?!\w)", flags)
    relative = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in lex.relative.items()]
    year_re = re.compile(r"(?<![\d$€£.,/-])(?:(?P<ylead>" + lex.year_before + r")\s+|(?P<mid>mid-))?" + year
                         + r"(?![%/-]?\d|s\b|\s*%|\s*per)",
                         re.IGNORECASE)
    year_span = re.compile(r"(?<![\d$€£.,/-])(?:(?P<ylead>" + lex.year_before + r")\s+)?" + year.replace("(?!\\d)", "")
                           + r"\s*[-–—]\s*(?P<last>(?:1[89]|20)?\d\d)(?![\d%/-]|\s*%)"
                           + (f"(?P<lwords>{lex.year_words})?" if lex.year_words else ""), re.IGNORECASE)
    last_next = "|".join(f"(?P<{kind}>{lex.relative[kind]})" for kind in ("last_year", "next_year", "same_year")
                         if kind in lex.relative) or "(?:x^)"
    year_after = re.compile(r"\s*,?\s*(?:(?:of|de|del|d'|du)\s+)?(?:" + last_next + ")", re.IGNORECASE)
    months = MONTH_RANGE.get(lex.language)
    month_range = re.compile(months.format(m="(?:" + lex.month_pattern() + ")" + case), flags) if months else None
    return Patterns(full, day_range, day_month, month_year, bare_month, weekday_re, relative, year_span, year_re,
                    year_after, month_range)


# --- the rules ------------------------------------------------------------------------------------------------


class _Finder:
    """Collects the mentions of one sentence; text a rule took is not read again."""

    def __init__(self, sentence: str, story: dt.date, lex: Lexicon, clauses: list[tuple[int, int]],
                 previous: PartialDate | None = None, previous_end: PartialDate | None = None) -> None:
        self.sentence, self.story, self.lex, self.clauses = sentence, story, lex, clauses
        self.previous = previous  # the day the sentence before named last, which a clock time alone is on
        self.previous_end = previous_end  # its last day, when it was a night: "in der Nacht zum Freitag"
        self.found: list[Mention] = []
        same = _SAME_PERIOD.get(lex.language)  # "по сравнению с аналогичным периодом прошлого года": no event
        self.blocked = [m.span() for m in re.finditer(same, sentence, re.IGNORECASE)] if same else []

    def free(self, start: int, end: int) -> bool:
        return not any(start < m.end and m.start < end for m in self.found) and not any(
            start < b and a < end for a, b in self.blocked)

    def add(self, mention: Mention | None) -> None:
        if mention is not None and self.free(mention.start, mention.end):
            self.found.append(mention)

    def way(self, start: int, end: int) -> int:
        """The direction from the cues of the clause holding the mention (NONE: the nearest occurrence). Inside a
        quotation only the quotation's own cues count: the reporting verb outside it ("…", he said) is the
        reporter's tense, not the speaker's."""
        quote = _quote_around(self.sentence, start, end)
        if quote is not None:  # the clause's own cues first: "«… що встигнемо до літа, | але 10 квітня отримали …»"
            a, b = quote
            for c, d in self.clauses:
                if c <= start < d and (c, d) != (a, b) and (way := direction(
                        self.sentence[max(a, c):min(b, d)], start - max(a, c), end - max(a, c), self.lex)) != NONE:
                    return way
            return direction(self.sentence[a:b], start - a, end - a, self.lex)
        if self.lex.language == "tr" and re.search(r"\w(?:d|t)(?:ığı|iği|uğu|üğü)\s+$", self.sentence[:start]):
            return BACK  # "uzaklaştırıldığı 10 Şubat'tan itibaren": the day on which it was done
        way = self._clause_way(start, end)
        participle = _TR_PARTICIPLE.match(self.sentence, end) if self.lex.language == "tr" else None
        if way == FORWARD and participle and not re.search(
                r"\b(?:bu yana|beri|itibaren|önce|sonra|kadar)\b|[ae]c[ae][kğ]", participle.group(0)):  # nor a future
            # before the participle: "mart ayında trafiğe açılacağını belirten Vali"
            return NONE  # "3 Mart'ta başlatılan çalışma ekim ayında tamamlanacak": what the participle tells may be
        return way  # over already, though the sentence looks ahead

    def _clause_way(self, start: int, end: int) -> int:
        for a, b in self.clauses:
            if a <= start < b:
                way = direction(self.sentence[a:b], start - a, end - a, self.lex)
                rest = _SOURCE.sub("", self.sentence[a:start] + " " + self.sentence[end:b])
                if way == NONE and not re.search(r"\w{3,}", rest):  # the date alone, or with the source of what
                    return direction(self.sentence, start, end, self.lex)  # follows: "У вересні, за даними НБУ, | …"
                return way
        return direction(self.sentence, start, end, self.lex)

    def year_after(self, end: int) -> tuple[int, int] | None:
        """(year step, end) when "last year" / "next year" follows a mention: "in April last year"."""
        match = patterns(self.lex).year_after.match(self.sentence, end)
        if not match:
            return None
        if match.groupdict().get("same_year"):
            years = [m.date.year for m in self.found if m.end <= end and m.rule in ("full", "month", "year")]
            return (years[-1] - self.story.year, match.end()) if years else None
        return (-1 if match.groupdict().get("last_year") else 1), match.end()

    def run(self) -> list[Mention]:
        p = patterns(self.lex)
        for pattern in p.day_range:  # before the full dates: "17-19 March 2025" is no "19 March 2025"
            for m in pattern.finditer(self.sentence):
                self.add(self._range(m))
        for pattern in p.full:
            for m in pattern.finditer(self.sentence):
                day = _safe_day(int(m["year"]), month_of(self.lex, m["month"]), int(m["day"]))
                self.add(Mention(*m.span(), _day_date(day), rule="full") if day else None)
        for pattern in p.day_month:
            for m in pattern.finditer(self.sentence):
                self.add(self._day_month(m))
        if p.month_range is not None:
            for m in p.month_range.finditer(self.sentence):
                self.add(self._month_range(m))
        if self.lex.language == "tr":  # "2027 yılının şubat ayında": the year before its month
            for m in re.finditer(r"\b(?P<year>(?:19|20)\d\d)\s+yılının\s+(?P<month>" + self.lex.month_pattern()
                                 + r")\s+ay\w*", self.sentence, re.IGNORECASE):
                self.add(Mention(*m.span(), PartialDate(int(m["year"]), month_of(self.lex, m["month"])), rule="month"))
        for m in p.month_year.finditer(self.sentence):
            self.add(Mention(*m.span(), PartialDate(int(m["year"]), month_of(self.lex, m["month"])), rule="month"))
        for m in p.bare_month.finditer(self.sentence):
            self.add(self._bare_month(m))
        for m in p.weekday.finditer(self.sentence):  # before "next week" is read alone
            self.add(self._weekday_of_week(m))
        for kind, pattern in p.relative:
            if kind in ("same_year", "shifted"):
                continue
            for m in pattern.finditer(self.sentence):
                self.add(self._relative(kind, m))
        for m in p.weekday.finditer(self.sentence):
            self.add(self._weekday(m))
        for kind, pattern in p.relative:  # "a week earlier": once every day and week it may count from is read
            if kind == "shifted":
                for m in pattern.finditer(self.sentence):
                    self.add(self._relative(kind, m))
        for m in p.year_span.finditer(self.sentence):
            self.add(self._year_span(m))
        for m in p.year.finditer(self.sentence):
            bare = not m["ylead"] and not m["mid"] and not m.groupdict().get("ywords")
            following = self.sentence[m.end():].split(maxsplit=1)[:1]
            word = following[0].rstrip(",.;:") if following else ""
            counted = bool(word) and (word[:1].isupper() if self.lex.language == "de" else
                                      word[:1].islower() and word not in _JOINERS)
            plural = self.lex.language == "en" and (word.endswith("s") or word in _COUNTED)
            if counted and (bare or plural):
                continue  # "2014 reasons", "2000 Menschen": a number, not a year
            start = m.start("year") if (m["ylead"] or "").lower() == "the" else m.start()  # "the election" stays
            self.add(Mention(start, m.end(), PartialDate(int(m["year"])), rule="year"))
        self._names()
        self._year_before()
        self._spans()
        self._year_context()
        self._time_of_day()
        self._clock()
        self._clock_alone()
        self._spans()  # "zwischen 22.00 Uhr am Mittwoch und 6.00 Uhr am Donnerstag": two date-times as a span
        self._night_of()
        if self.lex.language == "en":
            self._shifts()
        return sorted(self.found, key=lambda mention: (mention.start, mention.date.sort_key))

    def _names(self) -> None:
        """"на площади 1905 года", "calle 20 de Noviembre", "Straße des 17. Juni", "29 Ekim Caddesi": a date in the
        name of a street or square names no event."""
        before, after = _STREET_BEFORE.get(self.lex.language), _STREET_AFTER.get(self.lex.language)
        for mention in list(self.found):
            lead = self.sentence[max(0, mention.start - 30):mention.start]
            if (before and re.search(before + r"\s+$", lead, re.IGNORECASE)) or (
                    after and re.match(after, self.sentence[mention.end:])):
                self.found.remove(mention)

    def _year_span(self, m: re.Match[str]) -> Mention | None:
        """"2021-2023", "в 2021–2023 годах", "2019-20": the years from the first to the last."""
        first, last = int(m["year"]), m["last"]
        end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if not first < end <= first + 50:
            return None  # "2019-05" is no span of years
        start = m.start("year") if (m["ylead"] or "").lower() == "the" else m.start()
        return Mention(start, m.end(), PartialDate(first), PartialDate(end), rule="span")

    def _range(self, m: re.Match[str]) -> Mention | None:
        month = month_of(self.lex, m["month"])
        if int(m["last"]) <= int(m["day"]):
            return None
        if m["year"]:
            first_day, last = _safe_day(int(m["year"]), month, int(m["day"])), \
                _safe_day(int(m["year"]), month, int(m["last"]))
            return Mention(*m.span(), _day_date(first_day), _day_date(last), rule="range") \
                if first_day and last else None
        first = _day_without_year(month, int(m["day"]), self.story, self.way(*m.span()))
        if not first:
            return None
        last = _safe_day(first[0].year, month, int(m["last"]))
        return Mention(*m.span(), first[0], _day_date(last), first[1], "range", yearless=True) if last else None

    def _day_month(self, m: re.Match[str]) -> Mention | None:
        month = month_of(self.lex, m["month"])
        start, end = m.span()
        after = self.year_after(end)
        if after:
            day = _safe_day(self.story.year + after[0], month, int(m["day"]))
            return Mention(start, after[1], _day_date(day), rule="day") if day else None
        named = re.search(r"(?<!\w)(?:" + self.lex.weekday_pattern() + r")(?!\w)", m.group(0),
                          0 if self.lex.case_sensitive else re.IGNORECASE)
        if named:  # "Wednesday, Nov. 19", "19 Kasım Çarşamba": the year whose day it is
            weekday = weekday_of(self.lex, named.group(0))
            days = [d for y in (self.story.year - 1, self.story.year, self.story.year + 1)
                    if (d := _safe_day(y, month, int(m["day"]))) and d.weekday() == weekday]
            if len(days) == 1:
                return Mention(start, end, _day_date(days[0]), rule="day", yearless=True)
        start, end, way = self._last_or_next(start, end)
        picked = _day_without_year(month, int(m["day"]), self.story, way if way is not None else self.way(start, end))
        return Mention(start, end, picked[0], sure=picked[1], rule="day", yearless=True) if picked else None

    def _month_range(self, m: re.Match[str]) -> Mention | None:
        """"entre enero y junio", "январь-август 2025 года": the first month to the last, of the year given after
        them, else of the year the last month's tense allows."""
        first, last = month_of(self.lex, m["first"]), month_of(self.lex, m["last"])
        if first >= last:
            return None
        year = int(m["year"]) if m["year"] else \
            _month_without_year(last, self.story, self.way(*m.span()))[0].year
        return Mention(*m.span(), PartialDate(year, first), PartialDate(year, last), rule="span")

    def _last_or_next(self, start: int, end: int) -> tuple[int, int, int | None]:
        """"le 30 mai dernier", "el pasado 30 de mayo", "en marzo pasado": the word that says last or next goes
        with the date and sets its direction; (start, end, direction or None)."""
        after = re.match(rf"\s+(?:{_LAST_NEXT})\b", self.sentence[end:], re.IGNORECASE)
        before = re.search(rf"\b(?:{_LAST_NEXT})\s+(?:d[ei]\s+)?$", self.sentence[max(0, start - 20):start],
                           re.IGNORECASE)
        word = after.group() if after else before.group() if before else ""
        if not word:
            return start, end, None
        start = start - len(before.group()) if before and not after else start
        end = end + after.end() if after else end
        return start, end, BACK if re.search(r"derni|pasad", word, re.IGNORECASE) else FORWARD

    def _bare_month(self, m: re.Match[str]) -> Mention:
        month = month_of(self.lex, m["month"])
        start, end = m.span()
        after = self.year_after(end)
        if after:
            return Mention(start, after[1], PartialDate(self.story.year + after[0], month), rule="month")
        lead = m.groupdict().get("lead") or ""  # "last", "next", "el pasado": a cue of its own
        lead = lead if self.lex.language == "de" else lead.lower()  # German nouns keep their capital: "Mitte"
        cues = tense_cues(self.lex)
        start, end, said = self._last_or_next(start, end) if self.lex.language in ("fr", "es") else (start, end, None)
        way = said if said is not None else FORWARD if cues.forward.search(lead) else \
            BACK if cues.back.search(lead) else self.way(start, end)
        if lead in _MOVED_TO and way == BACK:  # moved to it, in the past: "перенесено на декабрь"; a plan told
            way = FORWARD  # in the past keeps the nearest: "планировалось на сентябрь"
        if THIS_YEAR.search(self.sentence) and month <= self.story.month and way != FORWARD:
            return Mention(start, end, PartialDate(self.story.year, month), rule="month")  # "en février, cette année"
        date, sure = _month_without_year(month, self.story, way)
        return Mention(start, end, date, sure=sure, rule="month", yearless=True)

    def _weekday(self, m: re.Match[str]) -> Mention | None:
        if self.lex.language == "tr" and m["weekday"][:1].isupper() and re.match(
                r"\s+(?:ilçe|köy|mahalle|belde|semt|cadde|sokak|sokağ|yolu)\w*", self.sentence[m.end():]):
            return None  # "Çayeli ve Pazar ilçelerinde": a town of that name
        weekday = weekday_of(self.lex, m["weekday"])
        lead = (m["lead"] or "").lower()
        if not lead and self.lex.language != "en":  # "в прошлую среду", "mardi dernier", "el próximo jueves"
            before = self.sentence[max(0, m.start() - 16):m.start()].lower()
            after = self.sentence[m.end():m.end() + 12].lower()
            for word, pattern in (("last", WEEKDAY_LAST), ("next", WEEKDAY_NEXT)):
                ahead, behind = re.search(rf"\b{pattern}\s*$", before), re.match(rf"\s*{pattern}\b", after)
                if ahead or behind:
                    lead = word
                    start = m.start() - (len(before) - ahead.start()) if ahead else m.start()
                    end = m.end() + behind.end() if behind else m.end()
                    date, sure = _weekday_date(weekday, self.story, NONE, lead)
                    return Mention(start, end, date, sure=sure, rule="weekday")
        numbered = _DAY_NUMBER.match(self.sentence, m.end())
        if numbered and not lead:  # "el jueves 17", "jeudi 17": the nearest 17th that is a Thursday
            days = [d for shift in (-1, 0, 1) if (d := _safe_day(*_month_shift(self.story, shift),
                                                                  int(numbered["day"]))) and d.weekday() == weekday]
            if days:
                day = min(days, key=lambda d: abs((d - self.story).days))
                return Mention(m.start(), numbered.end("day"), _day_date(day), rule="day")
        date, sure = _weekday_date(weekday, self.story, self.way(*m.span()), lead)
        night = _NIGHT_AFTER.get(self.lex.language)
        after = re.match(night, self.sentence[m.end():], re.IGNORECASE) if night else None
        if after:  # "pazartesi gecesi", "Monday night": the night from that day into the next
            return Mention(m.start(), m.end() + after.end(), date, _day_date(date.first_day() + dt.timedelta(days=1)),
                           sure=sure, rule="span")
        return Mention(*m.span(), date, sure=sure, rule="weekday")

    def _weekday_of_week(self, m: re.Match[str]) -> Mention | None:
        """"el viernes de la próxima semana", "Friday of next week", "vendredi de la semaine dernière": the weekday
        of the calendar week before or after the report's."""
        pattern = _OF_WEEK.get(self.lex.language)
        week = re.match(pattern, self.sentence[m.end():], re.IGNORECASE) if pattern and not m["lead"] else None
        if week is None:
            return None
        monday = self.story - dt.timedelta(days=self.story.weekday())
        day = monday + dt.timedelta(days=7 if week["next"] else -7) \
            + dt.timedelta(days=weekday_of(self.lex, m["weekday"]))
        return Mention(m.start(), m.end() + week.end(), _day_date(day), rule="weekday")

    def _relative(self, kind: str, m: re.Match[str]) -> Mention | None:
        story = self.story
        if kind == "overnight":
            night_end = story
            to = m.groupdict().get("to")
            if to:  # "in der Nacht zum Sonntag": the last such night, or the next one when the clause looks ahead
                way = FORWARD if self.way(*m.span()) == FORWARD else BACK
                with contextlib.suppress(KeyError):  # "dans la nuit de mardi à demain": not a weekday
                    night_end = _weekday_date(weekday_of(self.lex, to), story, way)[0].first_day()
            return Mention(*m.span(), _day_date(night_end - dt.timedelta(days=1)), _day_date(night_end),
                           rule=kind)
        if kind == "eve":  # "накануне", "la veille": the day before the report, unless of a thing named after it
            if _eve_of(self.sentence[m.end():], self.lex.language):
                return None
            return Mention(*m.span(), _day_date(story - dt.timedelta(days=1)), rule="yesterday")
        shift = {"two_days_ago": -2, "yesterday": -1, "today": 0, "tomorrow": 1, "in_two_days": 2}
        if kind in shift:
            return Mention(*m.span(), _day_date(story + dt.timedelta(days=shift[kind])),
                           rule="yesterday" if kind == "two_days_ago" else kind)
        if kind == "this_weekend":  # the report's own weekend; said in the past early in the week, the one just gone
            gone = self.way(*m.span()) == BACK and story.weekday() <= 1
            saturday = story + dt.timedelta(days=5 - story.weekday() - (7 if gone else 0))
            return Mention(*m.span(), _day_date(saturday), _day_date(saturday + dt.timedelta(days=1)), rule=kind)
        if kind in ("last_weekend", "next_weekend"):  # Saturday and Sunday: the last before the report, or the next
            sunday = story + dt.timedelta(days=6 - story.weekday() - (7 if kind == "last_weekend" else 0))
            return Mention(*m.span(), _day_date(sunday - dt.timedelta(days=1)), _day_date(sunday), rule=kind)
        if kind in ("last_week", "next_week"):
            monday = story - dt.timedelta(days=story.weekday()) + dt.timedelta(weeks=-1 if kind == "last_week" else 1)
            return Mention(*m.span(), _day_date(monday), _day_date(monday + dt.timedelta(days=6)), rule=kind)
        if kind == "part_of_year":
            return self._part_of_year(m)
        if kind == "quarter_alone":
            return self._part_of_year(m) if _FIGURES.search(self.sentence) else None
        if kind == "end_of_year":
            return Mention(*m.span(), PartialDate(int(m["year"]), 12), rule="month")
        if kind == "quarters_of_year":  # "in den ersten drei Quartalen": January to the end of the last one
            last = 3 * (int(m["count"]) if m["count"].isdigit() else NUMBERS[m["count"].lower()])
            year = int(m["year"]) if m["year"] else story.year if last < story.month else story.year - 1
            return Mention(*m.span(), PartialDate(year, 1), PartialDate(year, last), rule="span") if last < 12 else None
        if kind == "months_of_year":
            count = int(m["count"]) if m["count"].isdigit() else NUMBERS[m["count"].lower()]
            given = m.groupdict()
            year_text = given.get("year") or given.get("year2")
            year = int(year_text) if year_text else story.year - (1 if given.get("last") else 0)
            if not 2 <= count <= 11:
                return None
            return Mention(*m.span(), PartialDate(year, 1), PartialDate(year, count), rule="span")
        if kind == "season":
            first, last = season_months(m["season"])
            year = int(m["year"])
            return Mention(*m.span(), PartialDate(year, first), PartialDate(year, last), rule="span")
        if kind == "decade":
            first = int(m["decade"]) if m["decade"] else DECADE_WORDS[m["word"].lower()]
            return Mention(*m.span(), PartialDate(first), PartialDate(first + 9), rule="span")
        if kind == "next_day":  # the day after the last day named before it in the sentence, or in the sentence
            day = max((f for f in self.found if f.end <= m.start() and f.date.precision in ("day", "time")
                       and not f.end_date), key=lambda f: f.end, default=None)  # before it ("… started on 25 July.
            if day is None:  # The next day it was under control"); none without one
                if self.previous is None or self.previous_end or self.previous.precision not in ("day", "time"):
                    return None
                return Mention(*m.span(), _day_date(self.previous.first_day() + dt.timedelta(days=1)), rule="shift")
            return Mention(*m.span(), _day_date(day.date.first_day() + dt.timedelta(days=1)), sure=day.sure,
                           rule="shift")
        if kind == "shifted":  # "неделей ранее": the day (or week) named last before it, moved by the count
            anchor = max((f for f in self.found if f.end <= m.start() and f.date.precision in ("day", "time")),
                         key=lambda f: f.end, default=None)
            if anchor is None:
                return None
            said = (m["count"] or "").lower()
            count = (NUMBERS.get(said) or int(said)) if said else 1
            unit = 1 if m["unit"].lower()[:2] in ("da", "dí", "di", "jo", "ta", "дн") else 7
            step = dt.timedelta(days=count * unit * (-1 if m["way"].lower() in EARLIER else 1))
            end = _day_date(anchor.end_date.first_day() + step) if anchor.end_date else None
            return Mention(*m.span(), _day_date(anchor.date.first_day() + step), end, anchor.sure, "shift")
        if kind == "day_of_this_month":  # "el día 20 de este mes": that day of the report's month
            day = _safe_day(story.year, story.month, int(m["day"]))
            return Mention(*m.span(), _day_date(day), rule="day") if day else None
        if kind == "this_month":
            return Mention(*m.span(), PartialDate(story.year, story.month), rule=kind)
        if kind in ("last_month", "next_month"):
            moved = story + relativedelta(months=-1 if kind == "last_month" else 1)
            return Mention(*m.span(), PartialDate(moved.year, moved.month), rule=kind)
        if kind in ("last_year", "next_year"):
            return Mention(*m.span(), PartialDate(story.year + (-1 if kind == "last_year" else 1)), rule=kind)
        if kind == "ago":
            said = (m["count"] or "").lower()
            unit = unit_of(self.lex, m["unit"])
            if unit is None or (not said and m["unit"].lower() not in _ONE_UNIT):
                return None  # "лет назад" without its number: "many years ago"
            count = NUMBERS.get(said) or int(said) if said else 1
            moved = story - relativedelta(**{unit + "s": count})
            date = (_day_date(moved) if unit in ("day", "week") else
                    PartialDate(moved.year, moved.month) if unit == "month" else PartialDate(moved.year))
            return Mention(*m.span(), date, sure=unit == "day", rule=kind)
        return None

    def _time_of_day(self) -> None:
        """"mercredi soir", "Saturday night", "вчера вечером", "çarşamba günü": the part of the day goes along."""
        for mention in list(self.found):
            if mention.rule not in ("weekday", "yesterday", "today", "tomorrow"):
                continue
            match = _TIME_OF_DAY.match(self.sentence, mention.end)
            if match and self.free(mention.end, match.end()):
                self.found[self.found.index(mention)] = replace(mention, end=match.end())

    def _part_of_year(self, m: re.Match[str]) -> Mention | None:
        """"im ersten Halbjahr", "au premier trimestre 2024": the months of that part of the year. Without a year:
        told in the past, the latest one over by the report's month; looking forward, the next one not yet over;
        with no tense, the latest one begun."""
        months = part_of_year(m["nth"], m["part"])
        if months is None:
            return None
        first, last = months
        story, given = self.story, m.groupdict()
        if given.get("year"):
            year = int(given["year"])
        elif given.get("this") or given.get("this2") or given.get("last") or given.get("next"):
            year = story.year - (1 if given.get("last") else 0) + (1 if given.get("next") else 0)
        elif (way := self.way(*m.span())) == FORWARD:
            year = story.year if last >= story.month else story.year + 1
        elif way == BACK:  # told in the past: a part that is over ("rose in the first quarter", said in May)
            year = story.year if last <= story.month else story.year - 1
        else:
            year = story.year if first <= story.month else story.year - 1
        return Mention(*m.span(), PartialDate(year, first), PartialDate(year, last), rule="span")

    def _night_of(self) -> None:
        """"in der Nacht zum 4. Juli", "в ночь на 4 июля": the night before that day; "the night of March 3",
        "la nuit du 3 mars", "la noche del 3 de marzo": the night after it. A night is the span of its two days."""
        for mention in list(self.found):
            if mention.date.precision != "day" or mention.end_date:
                continue
            before = self.sentence[max(0, mention.start - 24):mention.start]
            to = _NIGHT_TO.get(self.lex.language)
            of = _NIGHT_OF.get(self.lex.language)
            night = re.search(to + r"\s*$", before, re.IGNORECASE) if to else None
            after = False
            if night is None and of:
                night = re.search(of + r"\s*$", before, re.IGNORECASE)
                after = night is not None
            if night is None or not self.free(mention.start - len(before) + night.start(), mention.start):
                continue
            day = mention.date.first_day()
            first, last = (day, day + dt.timedelta(days=1)) if after else (day - dt.timedelta(days=1), day)
            self.found[self.found.index(mention)] = replace(
                mention, start=mention.start - len(before) + night.start(), date=_day_date(first),
                end_date=_day_date(last), rule="span")

    def _clock(self) -> None:
        """"on Tuesday at 14:30", "à 18h00", "dün sabah saat 07.00'de": a day with its clock time is a date-time."""
        for mention in list(self.found):
            night = mention.end_date is not None and mention.date.precision == "day" and \
                one_night(mention.date, mention.end_date)
            if mention.date.precision != "day" or (mention.end_date and not night) or mention.rule == "shift":
                continue
            span = clock_range_after(self.sentence, mention.end)
            if span and self.free(span[0].start, span[1].end):  # "pazar günü 06.00-14.00 saatleri arasında"; "in
                first, last = _time_span(mention.date.first_day(), *span)  # der Nacht zum Sonntag zwischen 22.00
                self.found[self.found.index(mention)] = replace(  # Uhr und 6.00 Uhr"
                    mention, end=span[1].end, date=first, end_date=last)
                continue
            if night:
                continue
            after = clock_after(self.sentence, mention.end)
            if after and any(other.start > mention.start and clock_before(self.sentence, other.start) == after
                             and clock_after(self.sentence, other.end) is None for other in self.found):
                after = None  # "from 11 p.m. on Monday to 5 a.m. on Tuesday": the time before a day is that day's
            clock = after or clock_before(self.sentence, mention.start)
            if clock is None or not self.free(clock.start, clock.end):
                continue
            start, end = (mention.start, clock.end) if after else (clock.start, mention.end)
            self.found[self.found.index(mention)] = replace(mention, start=start, end=end,
                                                            date=_at(mention.date.first_day(), clock))

    def _clock_alone(self) -> None:
        """"Dün … karar duruşması görüldü. | Saat 10.00'da başlayan duruşma …": a clock time that opens a sentence
        naming no day goes on with the day the sentence before named last. Further in, only the one time (or range
        of times: "entre 8h00 et 16h30") of a sentence told of the past ("Das Schiff machte gegen 9.30 Uhr fest";
        a time further in is as often a schedule's, "zwischen 22.00 und 7.00 Uhr"), on the day before it when that
        day is within a week of the report. A time said to be about when something happened ("shortly after 11:30
        a.m.", "vers 10h15") or given with its zone ("at 0815 GMT") is on the report's day when no such day came
        before it, or when the sentence's own day is another clause's ("The dollar, which had fallen on Monday,
        rose after the decision was published at 2 p.m. local time"), and marked to be checked. After a night ("in
        der Nacht zum Freitag"), a time before noon is on its last day."""
        days = [m for m in self.found if m.date.precision in ("day", "time")]
        ranges = [r for r in clock_ranges(self.sentence) if self.free(r[0].start, r[1].end)]
        times = [c for c in clocks(self.sentence) if self.free(c.start, c.end)
                 and not any(c.start < b.end and a.start < c.end for a, b in ranges)]
        if ranges and not times and len(ranges) == 1:
            first, last = ranges[0]
        elif times and not ranges:
            first, last = times[0], None
        else:
            return
        marked = last is None and (is_approximate(first) or first.zoned)
        if days and not (marked and len(times) == 1 and not any(
                self._clause_of(m.start) == self._clause_of(first.start) for m in days)):
            return
        opening = last is None and re.search(r"\w", self.sentence[:first.start]) is None  # a range is as often
        if not opening and (len(times) > 1 or self.way(first.start, (last or first).end) != BACK):  # a schedule's
            return
        before = self.previous if self.previous is not None and self.previous.precision in ("day", "time") else None
        near = before is not None and abs((before.first_day() - self.story).days) <= 7
        sure = True
        if before is not None and not days and (opening or near):
            day = self.previous_end.first_day() if self.previous_end and first.hour < 12 else before.first_day()
        elif marked:
            day, sure = self.story, False  # "Trading was suspended at 0815 GMT": the report's day, as agencies write
        else:
            return
        date, end_date = _time_span(day, first, last) if last is not None else (_at(day, first), None)
        self.found.append(Mention(first.start, (last or first).end, date, end_date, sure=sure, rule="clock"))

    def _clause_of(self, at: int) -> int:
        return next((i for i, (a, b) in enumerate(self.clauses) if a <= at < b), -1)

    def _year_before(self) -> None:
        """"geçen yıl ekim ayında", "last year in April": the year words set the month's year."""
        for year in [m for m in self.found if m.rule in ("last_year", "next_year")]:
            for other in self.found:
                gap = self.sentence[year.end:other.start]
                if other.yearless and 0 <= other.start - year.end <= 4 and re.fullmatch(r"[\s,]*(?:in\s+)?", gap):
                    date = other.date
                    moved = PartialDate(year.date.year, date.month, date.day)
                    if date.day is None or _safe_day(year.date.year, date.month or 1, date.day):
                        self.found.remove(year)
                        self.found.remove(other)
                        self.found.append(replace(other, start=year.start, date=moved, sure=True, yearless=False))
                    break

    def _spans(self) -> None:
        """"from March 1 to December 31", "с 1 марта по 31 декабря", "zwischen Februar 2022 und Mai 2023":
        two days, months or years joined as a span are one mention of the span."""
        lex = self.lex
        joined = _SPAN_WORDS.get(lex.language, ("x^", "x^", ("x^", "x^")))
        opening, to, between_and = joined
        for first, second in itertools.pairwise(sorted(self.found, key=lambda m: m.start)):
            if first.end_date or second.end_date or first not in self.found:
                continue
            gap = self.sentence[first.end:second.start]
            lead = self.sentence[max(0, first.start - 24):first.start]
            own = self.sentence[first.start:first.end]  # "from 2019": the year's mention holds its "from"
            dash = re.fullmatch(r"\s*[-–—]\s*", gap) is not None or self._turkish_span(first, second) or (
                first.rule == second.rule == "weekday" and re.fullmatch(rf"\s*(?:{_AND})\s*", gap) is not None
                and (second.date.first_day() - first.date.first_day()).days == 1)  # "mercredi et jeudi"
            opened = _opens(opening, lead, own) if re.fullmatch(rf"\s*(?:{to})\s*", gap, re.IGNORECASE) else \
                _opens(between_and[0], lead, own) if re.fullmatch(rf"\s*(?:{between_and[1]})\s*", gap,
                                                                   re.IGNORECASE) else None
            if not dash and opened is None:
                continue
            if first.date.precision != second.date.precision and (
                    dash or opened is None or first.yearless or second.yearless):
                continue  # "from April 2020 to July 1, 2024" is one span; "March–July 1" may not be
            begin = first.start - (len(lead) - opened) if opened else first.start  # the opening word goes too
            start, end = first.date, second.date
            if first.yearless and not second.yearless:  # "from March 1 to January 5, 2025"
                start = _moved(start, end.year - start.year) or start
                if start.sort_key >= end.sort_key:
                    start = _moved(start, -1) or start
            elif second.yearless:  # "с 1 ноября по 31 марта": the end follows the start
                end = _moved(end, start.year - end.year) or end
                if end.sort_key <= start.sort_key:
                    end = _moved(end, 1) or end
            if second.rule == "weekday" and start.precision == "day" and end.sort_key <= start.sort_key:
                end = _day_date(end.first_day() + dt.timedelta(days=7))  # "from Monday to Friday": the next Friday
            if end.sort_key <= start.sort_key:
                continue
            self.found.remove(first)
            self.found.remove(second)
            if first.rule == second.rule == "weekday" and _OPEN_HOURS.get(self.lex.language) and re.search(
                    _OPEN_HOURS[self.lex.language], self.sentence, re.IGNORECASE):
                continue  # "працюватиме з вівторка по неділю", "open Tuesday to Sunday": the days of every week
            sure = second.sure if first.yearless and not second.yearless else first.sure and second.sure
            post = re.match(r"\s+(?:kadar|arasında)\b", self.sentence[second.end:]) if self.lex.language == "tr" \
                else None
            if post and first.yearless and second.yearless:  # the postposition is the span's, no cue of a tense
                way = self.way(begin, second.end + post.end())
                # a span runs on while its end is ahead: "açık kalacak" of one begun is this year's
                years = [(a, b) for k in (-1, 0, 1) if (a := _moved(start, k)) and (b := _moved(end, k))]
                allowed = [(a, b) for a, b in years if (way != BACK or a.first_day() <= self.story)
                           and (way != FORWARD or b.first_day() >= self.story)] or years
                start, end = min(allowed, key=lambda c: min(abs((c[0].first_day() - self.story).days),
                                                            abs((c[1].first_day() - self.story).days)))
                sure = way != NONE
            self.found.append(Mention(begin, second.end, start, end, sure, "span",
                                      yearless=first.yearless and second.yearless))

    def _turkish_span(self, first: Mention, second: Mention) -> bool:
        """"1 Haziran'dan 15 Ekim'e kadar", "1 Temmuz ile 15 Eylül arasında": Turkish joins the two ends with case
        endings and a postposition after them."""
        if self.lex.language != "tr":
            return False
        gap, after = self.sentence[first.end:second.start], self.sentence[second.end:second.end + 12]
        own = self.sentence[first.start:first.end]
        if re.fullmatch(r"\s+", gap) and re.search(r"(?:dan|den|tan|ten)$", own) and re.match(r"\s+kadar\b", after):
            return True
        return bool(re.fullmatch(r"\s+ile\s+", gap) and re.match(r"\s+arasında\b", after))

    def _year_context(self) -> None:
        """"В 2025 году лед встал лишь 14 января", "Last year the ban applied from March 1": a day or month without
        a year takes the year an earlier phrase of its clause names ("in 2025", "last year"), and that phrase
        makes no event of its own."""
        for mention in list(self.found):
            if not mention.yearless:
                continue
            clause = next(((a, b) for a, b in self.clauses if a <= mention.start < b), (0, len(self.sentence)))
            before = [m for m in self.found if clause[0] <= m.start and m.end <= mention.start]
            anchor = max(before, key=lambda m: m.start, default=None)
            if anchor is None or anchor.date.precision != "year" or not (
                    anchor.rule in ("last_year", "next_year") or
                    re.match(_IN_YEAR, self.sentence[anchor.start:anchor.end], re.IGNORECASE)):
                continue
            way = self.way(mention.start, mention.end)
            if (way == FORWARD and anchor.date.year < self.story.year) or (
                    way == BACK and anchor.date.year > self.story.year):
                continue  # "rose last year and are expected to rise again in March": the day has a tense of its own
            shift = anchor.date.year - mention.date.year
            date = _moved(mention.date, shift)
            end = _moved(mention.end_date, shift) if mention.end_date else None
            if date is None or (mention.end_date and end is None):
                continue
            self.found[self.found.index(mention)] = replace(mention, date=date, end_date=end, sure=True,
                                                            yearless=False)
            if not anchor.year_only:
                self.found[self.found.index(anchor)] = replace(anchor, year_only=True)

    def _shifts(self) -> None:
        """"on November 7, a day after speaking" → November 6 too."""
        for mention in list(self.found):
            if mention.date.precision != "day":
                continue
            for match in _SHIFT.finditer(self.sentence):
                count = NUMBERS[match["count"].lower()]
                sign = 1 if match["way"].lower() == "after" else -1
                if 0 <= match.start() - mention.end <= 3:
                    days = -sign * count  # the other event is before the day for "after"
                elif 0 <= mention.start - match.end() <= 12 and re.fullmatch(
                        r"\s*(?:the|a|an)?\s*", self.sentence[match.end():mention.start]):
                    days = sign * count
                else:
                    continue
                moved = mention.date.first_day() + dt.timedelta(days=days)
                self.found.append(Mention(match.start(), match.end(), _day_date(moved), sure=mention.sure,
                                          rule="shift"))


_QUOTE_MARKS = "„“”«»\""


def _quote_around(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the quotation holding ``sentence[start:end]`` (inside its marks), or None."""
    before = [i for i, c in enumerate(sentence[:start]) if c in _QUOTE_MARKS]
    after = next((i for i in range(end, len(sentence)) if sentence[i] in _QUOTE_MARKS), None)
    if len(before) % 2 == 0 or after is None:
        return None
    return before[-1] + 1, after


# The words before a day that make it a night: the night that ends on it, or the night that follows it.
_NIGHT_TO = {"de": r"\b(?:in der )?Nacht (?:zum|zu|auf den)", "ru": r"\bв ночь на", "uk": r"\b[ву] ніч на"}
# A Turkish participle right after a date ("3 Mart'ta başlatılan …"), which dates its noun's event in no tense.
_TR_PARTICIPLE = re.compile(r"(?:['’]\w+)?\s+(?:[a-zçğıöşü]+\s+){0,2}?"
                            r"(?!itibaren|zaman|önce|sonra|beri)[a-zçğıöşü]{3,}(?<!ac)(?<!ec)(?:y?[ae]n)\b")
# A day's number right after its weekday, with no month ("el jueves 17", "jeudi 17"); not a time, a count or a day
# with its month, which the day patterns read.
_DAY_NUMBER = re.compile(r",?\s+(?:(?:the|el|le|den)\s+)?(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.)?"
                         r"(?![\w%]|[.,:]\d|\s*(?:h\b|h\d|Uhr|horas|[-–]|(?:to|a|à|bis|ile|до|по)\s+\d))")


def _month_shift(day: dt.date, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` after (or before) ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


# The night of a weekday, after its name: "pazartesi gecesi", "Monday night".
_NIGHT_AFTER = {"tr": r"\s+gecesi\b", "en": r"\s+night\b"}
# Figures a quarter of a year is told with: a share, a sum, a measure of trade or of an economy.
_FIGURES = re.compile(r"%|\bper ?cent\b|[$€£¥]|\b(?:GDP|sales|revenues?|profits?|exports?|imports?|output|growth|"
                      r"inflation|earnings|shipments|deliveries)\b", re.IGNORECASE)
_AND = r"and|et|y|und|и|і|та|ve"  # two days one after the other: "mercredi et jeudi", "Wednesday and Thursday"
_NIGHT_OF = {"en": r"\b(?:on |in |during )?the night of", "es": r"\b(?:en |durante )?la noche del",
             "fr": r"\b(?:dans |pendant |durant )?la nuit du", "de": r"\b(?:in der )?Nacht vom"}
# French and Spanish words after (or, in Spanish, before) a day or month that make it the last or next one.
_LAST_NEXT = r"dernier|dernière|prochain|prochaine|pasado|pasada|próximo|próxima"
_SHIFT = re.compile(r"\b(?P<count>a|an|one|two|three|four|five|six|seven)\s+days?\s+(?P<way>after|before)\b",
                    re.IGNORECASE)
# The same months of an earlier year, which a figure is compared with: a baseline, not an event.
_SAME_PERIOD = {
    "en": r"\bsame\s+(?:period|month|quarter|week)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|"
          r"the\s+previous\s+year|(?:19|20)\d\d)",
    "ru": r"(?:аналогичн\w+|тем\s+же)\s+(?:период\w*|месяц\w*)\s+(?:(?:прошлого|предыдущего)\s+года|"
          r"(?:19|20)\d\d\s+года)",
    "uk": r"(?:аналогічн\w+|тим\s+самим)\s+(?:період\w*|місяц\w*)\s+(?:(?:минулого|попереднього)\s+року|"
          r"(?:19|20)\d\d\s+року)",
    "fr": r"\bmême\s+(?:période|mois|trimestre)\s+(?:de\s+l['’]an(?:née)?\s+(?:dernier|dernière|précédente|passée)|"
          r"(?:de\s+)?(?:19|20)\d\d)",
    "es": r"\bmismo\s+(?:periodo|período|mes|trimestre)\s+(?:del\s+año\s+(?:pasado|anterior)|de\s+(?:19|20)\d\d)",
    "de": r"\b(?:gleichen|selben)\s+(?:Zeitraum|Monat|Quartal)\s+(?:des\s+)?(?:Vorjahres|vergangenen\s+Jahres|"
          r"letzten\s+Jahres|(?:19|20)\d\d)",
    "tr": r"\bgeçen\s+yılın\s+aynı\s+(?:dönem|ay)\w*|"
          r"\b(?:19|20)\d\d['’](?:in|ın|un|ün|nin|nın|nun|nün)\s+aynı\s+(?:dönem|ay)\w*",
}

# The words before (or, in Turkish, after) a date that make it part of the name of a street or square.
_STREET_BEFORE = {
    "ru": r"\b(?:улиц[аеуы]|площад(?:ь|и|ью)|проспект[аеу]?|переул(?:ок|ка|ке)|бульвар[аеу]?|сквер[аеу]?)"
          r"(?:\s+имени)?",
    "uk": r"\b(?:вулиц[яіюею]|площ(?:а|і|у|ею)|проспект[аіу]?|провул(?:ок|ка|ку)|бульвар[аіу]?|сквер[аіу]?)"
          r"(?:\s+імені)?",
    "es": r"\b(?:calle|plaza|avenida|paseo|glorieta)(?:\s+del?)?",
    "fr": r"(?<!à la )\b(?:rue|place|avenue|boulevard|quai|square|allée)\s+du",
    "de": r"\b(?:Straße|Platz|Allee|Brücke)\s+(?:des|der|vom)",
}
_STREET_AFTER = {"tr": r"(?:\s+[A-ZÇĞİÖŞÜ]\w+){0,2}\s+(?:Caddesi|Sokağı|Sokak|Meydanı|Bulvarı|Köprüsü|Mahallesi|"
                       r"Stadyumu|Parkı)\b"}
# Being open or at work: with a span of weekdays ("open from Tuesday to Sunday", "працюватиме з вівторка по
# неділю"), the days of every week, no dated span.
_OPEN_HOURS = {
    "en": r"\b(?:open|opens)\b",
    "de": r"\b(?:geöffnet|öffnet)\b",
    "fr": r"\b(?:ouvert|ouverte|ouverts|ouvertes|ouvre|ouvrira)\b",
    "es": r"\b(?:abierto|abierta|abiertos|abiertas|abre|abrirá)\b",
    "ru": r"\b(?:работа(?:ет|ют|ть|л|ла|ли|ло)|работ(?:ает|ать)|будет работать|открыт\w*)\b",
    "uk": r"\b(?:працю(?:є|ють|ватиме|ватимуть|вати|вав|вала|вали)|відкрит\w*)\b",
}
# The words that join two dates as a span: (before the first, between "from" and "to"), and for "between … and":
# (before the first, between them). A dash joins any two.
# A weekday told by its week: "Friday of next week", "el viernes de la semana pasada", "Freitag nächster Woche".
_OF_WEEK = {
    "en": r",?\s+(?:of\s+)?(?:(?P<next>next|the coming) week|(?P<last>last|the past|the previous) week)\b",
    "es": r"\s+de\s+la\s+(?:(?P<next>próxima semana|semana próxima|semana que viene)|(?P<last>semana pasada))\b",
    "fr": r"\s+de\s+la\s+semaine\s+(?:(?P<next>prochaine)|(?P<last>dernière|passée))\b",
    "de": r",?\s+(?:(?P<next>kommender|nächster)|(?P<last>vergangener|letzter|voriger))\s+Woche\b",
    "ru": r"\s+(?:(?P<next>на (?:следующей|будущей) неделе|следующей недели)|"
          r"(?P<last>на прошлой неделе|прошлой недели))(?!\w)",
    "uk": r"\s+(?:(?P<next>наступного тижня|на наступному тижні)|(?P<last>минулого тижня|на минулому тижні))(?!\w)",
}
_SPAN_WORDS: dict[str, tuple[str, str, tuple[str, str]]] = {
    "en": ("from", "to|through|until|till", ("between", "and")),
    "ru": ("с|со", "по|до", ("между", "и")),
    "uk": ("з|із|від", "по|до", ("між", "і|й")),
    "es": ("de|del|desde(?: el)?", "a|al|hasta(?: el)?", ("entre(?: el)?", "y(?: el)?")),
    "fr": ("du|de|depuis(?: le)?", "au|à|jusqu'au|jusqu'en", ("entre(?: le)?", "et(?: le)?")),
    "de": ("vom|von|ab", "bis(?: zum)?|bis", ("zwischen(?: dem)?", "und(?: dem)?")),
}
# A year phrase that sets the year of the days after it in its clause: "in 2025", "в 2025 году", "2025 yılında".
_IN_YEAR = r"(?:in|during|в|во|у|en|durante|im(?:\s+Jahr)?|(?:1[89]|20)\d\d\s+(?:году|році|yılında))\b"


# What follows "la veille", "am Vortag", "la víspera" when it is the eve of a thing: "la veille du scrutin".
_EVE_OF = {"fr": r"\s+(?:de|du|des|d['’])", "es": r"\s+(?:de|del)\b", "de": r"\s+(?:des|der|von|vom)\b"}


# The source of a statement, set off before it ("according to the agency", "за даними НБУ").
_SOURCE = re.compile(r"(?i:according to|citing|según|de acuerdo con|selon|d['’]après|laut|nach angaben|по данным|"
                     r"по словам|по информации|согласно|за даними|за словами|за інформацією|згідно з)\s+[^,]{1,60}")


def _eve_of(after: str, language: str) -> bool:
    """Whether the words ``after`` "накануне" / "la veille" name what it is the eve of ("накануне выборов", "la
    veille du scrutin"): then it is no day before the report."""
    if language in ("ru", "uk"):
        word = re.match(r"\s+([^\W\d_][\w’'-]*)", after)
        return word is not None and genitive_only(word.group(1), language)
    pattern = _EVE_OF.get(language)
    return pattern is not None and re.match(pattern, after, re.IGNORECASE) is not None


def _moved(date: PartialDate, years: int) -> PartialDate | None:
    """The date ``years`` later (earlier when negative); None for 29 February in a year without it."""
    if date.day is not None and _safe_day(date.year + years, date.month or 1, date.day) is None:
        return None
    return replace(date, year=date.year + years)


def _opens(words: str, lead: str, own: str) -> int | None:
    """Where a date's opening word ("from", "с") starts in ``lead`` (the text before it); 0 when the date's own
    text starts with it (``own``: "from 2019"), or there is none before it either; None without one."""
    before = re.search(rf"(?:^|(?<=\s))(?:{words})\s+(?:\S+\s+)?$", lead, re.IGNORECASE)
    if before:
        return before.start()
    return 0 if re.match(rf"(?:{words})\s", own, re.IGNORECASE) else None


def find_mentions(sentence: str, story: dt.date, language: str = "en",
                  clauses: list[tuple[int, int]] | None = None, previous: PartialDate | None = None,
                  previous_end: PartialDate | None = None) -> list[Mention]:
    """Every date mention of ``sentence`` in text order, resolved against the report date ``story``; ``previous``
    is the day the sentence before named last (a clock time alone is on it), ``previous_end`` its last day when
    it was a night."""
    return _Finder(sentence, story, lexicon(language), clauses or [(0, len(sentence))], previous,
                   previous_end).run()


def find_dates(sentence: str, story: dt.date, language: str = "en") -> list[PartialDate]:
    """The distinct dates a sentence mentions, in text order."""
    return list(dict.fromkeys(m.date for m in find_mentions(sentence, story, language) if not m.year_only))


# --- the story's own date -------------------------------------------------------------------------------------

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
