"""Words that count from the report or from a day named before: "overnight", "yesterday", "last week", "next
month", "two weeks ago", "the first half of the year", "the next day", "a week earlier", "a day after"."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from generator.dates import PartialDate
from generator.importer.cues import BACK, FORWARD, NONE
from generator.importer.dates.mention import Mention, _day_date, _safe_day
from generator.importer.dates.nearest import _weekday_date
from generator.importer.dates.state import FinderState
from generator.importer.lexicon import (
    DECADE_WORDS,
    EARLIER,
    NUMBERS,
    RELATIVE_YEAR,
    part_of_year,
    season_months,
    unit_of,
    weekday_of,
)
from generator.importer.morphology import genitive_only

# The units "ago" may go without a number ("год назад", "тиждень тому": a year, a week ago).
_ONE_UNIT = {"день", "неделю", "месяц", "год", "тиждень", "місяць", "рік"}
# Figures a quarter of a year is told with: a share, a sum, a measure of trade or of an economy.
_FIGURES = re.compile(r"%|\bper ?cent\b|[$€£¥]|\b(?:GDP|sales|revenues?|profits?|exports?|imports?|output|growth|"
                      r"inflation|earnings|shipments|deliveries)\b", re.IGNORECASE)
# A day moved from the day next to it: "a day after", "two days before".
_SHIFT = re.compile(r"\b(?P<count>a|an|one|two|three|four|five|six|seven)\s+days?\s+(?P<way>after|before)\b",
                    re.IGNORECASE)
# What follows "la veille", "am Vortag", "la víspera" when it is the eve of a thing: "la veille du scrutin".
_EVE_OF = {"fr": r"\s+(?:de|du|des|d['’])", "es": r"\s+(?:de|del)\b", "de": r"\s+(?:des|der|von|vom)\b"}
# The days a word moves from the report's: "yesterday" one back, "tomorrow" one ahead.
_DAY_SHIFTS = {"two_days_ago": -2, "yesterday": -1, "today": 0, "tomorrow": 1, "in_two_days": 2}
# A comparison with how things stand today, before its "today": "contre 20 centimes aujourd'hui", "compared with 3%
# today", "frente a los 20 céntimos de hoy".
_NOWADAYS = re.compile(r"\b(?:contre|compared (?:with|to)|against|frente a|gegenüber|против|проти)\s+[^,;.]{0,40}$",
                       re.IGNORECASE)
# "heute noch", "bis heute", "to this day": how long a state lasts, not a day.
_STILL = re.compile(r"\s+(?:noch|immer noch)\b", re.IGNORECASE)
_UP_TO_TODAY = re.compile(r"\b(?:bis|noch|until|till|hasta|jusqu['’]à|до|по)\s+$", re.IGNORECASE)
# The kinds of relative words each step reads; the rest are months and years.
_DAY_KINDS = ("overnight", "eve", *_DAY_SHIFTS, "this_weekend", "last_weekend", "next_weekend", "last_week",
              "next_week")
# The end or the start of a quarter or half of a year, right before it: "fin du premier semestre", "a finales del
# tercer trimestre", "the end of the first half of the year".
_EDGE_OF_PART = re.compile(r"\b(?:(?P<end>fin|finales|fines|end\s+of)|(?:début|principios|comienzos|inicios|"
                           r"beginning\s+of|start\s+of))\s+$", re.IGNORECASE)
_PART_KINDS = ("part_of_year", "quarter_alone", "end_of_year", "quarters_of_year", "months_of_year", "season",
               "season_near", "winter_near", "season_bare", "decade")
_ANCHORED_KINDS = ("next_day", "shifted")


def _winter(given: dict[str, str | None], story: dt.date) -> tuple[PartialDate, PartialDate]:
    """December to February of the winter "last", "this" or "next" names in a story of ``story``: the one over
    before the current or latest one; the one under way, or in spring the one just over and from July the one to
    come; the next to begin."""
    current = story.year if story.month == 12 else story.year - 1  # the December of the winter under way or over
    if given.get("last") or given.get("last2"):
        start = current - 1 if story.month in (12, 1, 2) else current
    elif given.get("next") or given.get("next2"):
        start = story.year + (story.month == 12)
    else:
        start = story.year if 7 <= story.month <= 11 else current
    return PartialDate(start, 12), PartialDate(start + 1, 2)


def _eve_of(after: str, language: str) -> bool:
    """Whether the words ``after`` "накануне" / "la veille" name what it is the eve of ("накануне выборов", "la
    veille du scrutin"): then it is no day before the report."""
    if language in ("ru", "uk"):
        word = re.match(r"\s+([^\W\d_][\w’'-]*)", after)
        return word is not None and genitive_only(word.group(1), language)
    pattern = _EVE_OF.get(language)
    return pattern is not None and re.match(pattern, after, re.IGNORECASE) is not None


def _season_without_year(first: int, last: int, story: dt.date, way: int) -> tuple[int, bool]:
    """The year of the season of months ``first`` to ``last`` whose start is nearest the report, of those ``way``
    allows (the one under way counts either way, and is nearest); whether the guess is sure (a cue told the way,
    or the season is under way)."""
    month = story.year * 12 + story.month - 1
    spans = [(year, year * 12 + first - 1, year * 12 + last - 1) for year in (story.year - 1, story.year,
                                                                               story.year + 1)]
    if way == BACK:
        spans = [s for s in spans if s[1] <= month]
    elif way == FORWARD:
        spans = [s for s in spans if s[2] >= month]
    year, start, end = min(spans, key=lambda s: (0 if s[1] <= month <= s[2] else abs(s[1] - month), s[1] > month))
    return year, way != NONE or start <= month <= end


class RelativeRules(FinderState):
    """Days, weeks, months and years counted from the report or from a day named before."""

    def _relative(self, kind: str, m: re.Match[str]) -> Mention | None:
        """The mention of the relative words of ``kind`` matched by ``m``, or None."""
        if kind in _DAY_KINDS:
            return self._relative_day(kind, m)
        if kind in _PART_KINDS:
            return self._relative_part(kind, m)
        if kind in _ANCHORED_KINDS:
            return self._relative_anchored(kind, m)
        return self._relative_month(kind, m)

    def _relative_day(self, kind: str, m: re.Match[str]) -> Mention | None:
        """A night, a day, a weekend or a week counted from the report's."""
        story = self.story
        if kind == "overnight":
            night_end = story
            to = m.groupdict().get("to") or m.groupdict().get("to2")
            if to:  # "in der Nacht zum Sonntag": the last such night, or the next one when the clause looks ahead
                way = self.way(*m.span())  # (no cue: the nearest such night)
                with contextlib.suppress(KeyError):  # "dans la nuit de mardi à demain": not a weekday
                    night_end = _weekday_date(weekday_of(self.lex, to), story, way)[0].first_day()
            return Mention(*m.span(), _day_date(night_end - dt.timedelta(days=1)), _day_date(night_end),
                           rule=kind)
        if kind == "eve":  # "накануне", "la veille": the day before the report (or before a day named earlier in the
            # sentence, ``FinderState._eve_of_a_day``), unless of a thing named after it
            if _eve_of(self.sentence[m.end():], self.lex.language):
                return None
            return Mention(*m.span(), _day_date(story - dt.timedelta(days=1)), rule="eve")
        if kind == "today" and (_NOWADAYS.search(self.sentence[max(0, m.start() - 60):m.start()])
                                or _STILL.match(self.sentence[m.end():])
                                or _UP_TO_TODAY.search(self.sentence[max(0, m.start() - 12):m.start()])):
            return None  # "à 35 centimes, contre environ 20 centimes aujourd'hui": how things stand, no event; "wären
            # wir heute noch nicht so weit", "until today": still, not a day
        if kind in _DAY_SHIFTS:
            return Mention(*m.span(), _day_date(story + dt.timedelta(days=_DAY_SHIFTS[kind])),
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
        return None

    def _relative_part(self, kind: str, m: re.Match[str]) -> Mention | None:
        """A part of a year, months from its start, a season or a decade."""
        story = self.story
        if kind == "part_of_year":
            return self._part_of_year(m)
        if kind == "quarter_alone":
            return self._part_of_year(m) if _FIGURES.search(self.sentence) else None
        if kind == "end_of_year":  # "the end of 2026", "в конце прошлого года": December
            given = m.groupdict()
            year = int(given["year"]) if given.get("year") else \
                story.year + RELATIVE_YEAR.get((given.get("rel") or given.get("rel2") or "").lower(), 0)
            return Mention(*m.span(), PartialDate(year, 12), rule="month")
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
            if m.groupdict().get("wyear"):  # "l'hiver 2015-2016": its December to the February after it
                return Mention(*m.span(), PartialDate(int(m["wyear"]), 12), PartialDate(int(m["wyear"]) + 1, 2),
                               rule="span")
            first, last = season_months(m["season"])
            year = int(m["year"])
            return Mention(*m.span(), PartialDate(year, first), PartialDate(year, last), rule="span")
        if kind == "season_near":  # "im vergangenen Herbst": the last one over; "next summer": the next to begin
            given = m.groupdict()
            first, last = season_months(given["season"] or given.get("season2") or "")
            was, coming = given["last"] or given.get("last2"), given["next"] or given.get("next2")
            year = story.year if given["this"] else story.year - (last >= story.month) if was \
                else story.year + (first <= story.month)
            if given.get("of_year"):  # "geçen yılın yazında": the summer of last year, whatever the month
                year = story.year - 1 if was else story.year + 1 if coming else story.year
            ahead = bool(coming) and year == story.year  # "next summer" in April: this one, or next year's
            return Mention(*m.span(), PartialDate(year, first), PartialDate(year, last), sure=not ahead, rule="span")
        if kind == "winter_near":
            return Mention(*m.span(), *_winter(m.groupdict(), story), rule="span")
        if kind == "season_bare":  # "was due to begin in the spring": the nearest one the clause's tense allows
            first, last = season_months(m["season"])
            moved = (m.groupdict().get("lead") or "").startswith("auf")  # "auf den Herbst verschoben": ahead
            year, sure = _season_without_year(first, last, story, FORWARD if moved else self.way(*m.span()))
            return Mention(*m.span(), PartialDate(year, first), PartialDate(year, last), sure=sure, rule="span",
                           yearless=True)
        if kind == "decade":
            first = int(m["decade"]) if m["decade"] else DECADE_WORDS[m["word"].lower()]
            return Mention(*m.span(), PartialDate(first), PartialDate(first + 9), rule="span")
        return None

    def _relative_anchored(self, kind: str, m: re.Match[str]) -> Mention | None:
        """A day counted from the day named last before it: "the next day", "a week earlier"."""
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
        return None

    def _relative_month(self, kind: str, m: re.Match[str]) -> Mention | None:
        """A day of this month, a month or a year counted from the report's, or a time "ago"."""
        story = self.story
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
            before = self.sentence[:m.start()]
            if self.lex.language == "tr" and re.search(r"\w[ıiuü]n[dt][ae]n\s+$|['’][dt][ae]n\s+$", before):
                return None  # "açılış töreninden iki gün önce": two days before an event, not before the report
            count = NUMBERS.get(said) or int(said) if said else 1
            moved = story - relativedelta(**{unit + "s": count})
            date = (_day_date(moved) if unit in ("day", "week") else
                    PartialDate(moved.year, moved.month) if unit == "month" else PartialDate(moved.year))
            return Mention(*m.span(), date, sure=unit == "day", rule=kind)
        return None

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
        edge = _EDGE_OF_PART.search(self.sentence[:m.start()])
        if edge:  # "d'ici la fin du premier semestre", "a principios del segundo trimestre": its last or first month
            month = last if edge["end"] else first
            return Mention(edge.start(), m.end(), PartialDate(year, month), rule="month")
        return Mention(*m.span(), PartialDate(year, first), PartialDate(year, last), rule="span")

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
