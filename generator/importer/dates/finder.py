"""The entry points ``find_mentions`` and ``find_dates``: the rules run on a sentence in their order, text one
rule took not read again by the next, then the steps that join, date and move what they found."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

from generator.dates import PartialDate
from generator.importer.cues import BACK, FORWARD
from generator.importer.dates.holidays import HolidayRules
from generator.importer.dates.mention import Mention, _day_date, _safe_day
from generator.importer.dates.month_days import MonthDayRules
from generator.importer.dates.patterns import patterns
from generator.importer.dates.relative import RelativeRules
from generator.importer.dates.spans import SpanRules
from generator.importer.dates.times import TimeRules
from generator.importer.dates.weekdays import WeekdayRules
from generator.importer.dates.years import YearRules
from generator.importer.lexicon import lexicon, month_of

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


# A figure compared with, before the year it is of: "frente a los 2,40 euros de", "contre 1,4 million en", "compared
# with 3% in", "que la del", "gegenüber 2,1 Prozent im Jahr".
_COMPARED_WITH = re.compile(r"(?:\b(?:frente a|contre|compared (?:with|to)|versus|gegenüber|по сравнению с|порівняно з)"
                            r"\s+(?:[^,;()]|,(?=\d)){0,30}|\bque (?:la|el|los|las)(?: del?)?\s*)$", re.IGNORECASE)
# A French weekday after "le", with no date or word after it that makes it one day ("le dimanche 15 février", "le
# samedi suivant"): every such day.
_FR_EVERY_WEEKDAY = re.compile(r"\ble\s+$", re.IGNORECASE)
_FR_ONE_WEEKDAY = re.compile(r"\s+(?:\d|suivant|précédent|d['’]après|d['’]avant|même|dernier|prochain)", re.IGNORECASE)
# What happens every year: "suele terminar", "usually", "chaque année", "normalerweise", "обычно", "her yıl".
_HABIT = re.compile(r"\b(?:suele|suelen|solía|solían|habitualmente|cada año|usually|typically|normally|every year|"
                    r"each year|habituellement|d'ordinaire|chaque année|tous les ans|normalerweise|üblicherweise|"
                    r"jedes Jahr|alljährlich|обычно|как правило|ежегодно|каждый год|зазвичай|як правило|щороку|"
                    r"щорічно|кожного року|genellikle|her yıl|her sene)\b", re.IGNORECASE)


class _Finder(MonthDayRules, WeekdayRules, RelativeRules, YearRules, TimeRules, SpanRules, HolidayRules):
    """Collects the mentions of one sentence; text a rule took is not read again."""

    def run(self) -> list[Mention]:
        p = patterns(self.lex)
        for pattern in p.day_range:  # before the full dates: "17-19 March 2025" is no "19 March 2025"
            for m in pattern.finditer(self.sentence):
                self.add(self._range(m))
        for pattern in p.full:
            for m in pattern.finditer(self.sentence):
                day = _safe_day(int(m["year"]), month_of(self.lex, m["month"]), int(m["day"]))
                self.add(Mention(*m.span(), _day_date(day), rule="full") if day else None)
        self._holidays()  # before the weekdays their names hold: "lundi de Pâques", "Viernes Santo"
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
            self.add(self._year(m))
        self._names()
        self._apposition()
        self._same_day_twice()
        self._eve_of_a_day()
        self._habits()
        self._comparisons()
        self._year_before()
        self._spans()
        self._year_after()
        self._year_context()
        self._holiday_years()
        self._time_of_day()
        self._clock()
        self._clock_alone()
        self._one_day_one_time()
        self._spans()  # "zwischen 22.00 Uhr am Mittwoch und 6.00 Uhr am Donnerstag": two date-times as a span
        self._night_of()
        self._nights_of_a_span()
        if self.lex.language == "en":
            self._shifts()
        return sorted(self.found, key=lambda mention: (mention.start, mention.date.sort_key))

    def _apposition(self) -> None:
        """"iki yıl önce, 14 Ekim 2022'de", "last year, on March 3, 2023": a year or month, then the day within it
        set off by a comma (or, in Turkish, right after it: "Geçen ay 29 Ağustos'taki", "geçen hafta cuma günü"),
        are one date; the day is kept."""
        for vague in list(self.found):
            week = vague.rule in ("last_week", "next_week") and vague.end_date is not None
            if vague.date.precision not in ("year", "month") and not week:
                continue
            for exact in self.found:
                between = self.sentence[vague.end:exact.start]
                comma = r"\s*,?\s*" if self.lex.language == "tr" else r"\s*,\s*"
                within = vague.date.first_day() <= exact.date.first_day() <= vague.end_date.first_day() if week \
                    and vague.end_date else exact.date.iso().startswith(vague.date.iso())
                if exact.start >= vague.end and re.fullmatch(rf"{comma}(?:on\s+|am\s+|le\s+|el\s+)?", between) \
                        and exact.date.precision in ("day", "time") and within:
                    self.found.remove(vague)
                    if week:  # the week's words are the day's: "geçen hafta cuma günü"
                        self.found[self.found.index(exact)] = replace(exact, start=vague.start)
                    break

    def _same_day_twice(self) -> None:
        """"накануне, во вторник", "yesterday, Tuesday", "am Freitag (26. April)": one day told twice, set off by a
        comma or in brackets, is one date; both words are the date's."""
        ordered = sorted(self.found, key=lambda mention: mention.start)
        for first, second in itertools.pairwise(ordered):
            between = self.sentence[first.end:second.start]
            if first in self.found and second in self.found and first.date == second.date \
                    and first.end_date is None and second.end_date is None and first.date.precision == "day" \
                    and re.fullmatch(r"\s*(?:,|\()\s*(?:(?:во|в|у|on|am|le|el)\s+)?", between):
                closing = re.match(r"\s*\)", self.sentence[second.end:]) if "(" in between else None
                self.found.remove(first)
                self.found[self.found.index(second)] = replace(
                    second, start=first.start, end=second.end + (closing.end() if closing else 0))

    def _eve_of_a_day(self) -> None:
        """"возобновит работу в пятницу, 23 августа, а вакцины доставят накануне": an eve after a day named in its
        sentence is the day before that day, not before the report, when it is told in that day's tense ("представит
        находку 1 декабря, сообщила накануне пресс-служба" is the report's eve)."""
        for at, eve in enumerate(self.found):
            days = [m for m in self.found if m.rule != "eve" and m.end <= eve.start and m.end_date is None
                    and m.date.precision in ("day", "time")]
            if eve.rule != "eve" or not days:
                continue
            day = max(days, key=lambda mention: mention.end).date.first_day()
            way = self.way(eve.start, eve.end)
            if (way == BACK and day > self.story) or (way == FORWARD and day < self.story):
                continue
            self.found[at] = replace(eve, date=_day_date(day - dt.timedelta(days=1)), sure=True)

    def _habits(self) -> None:
        """"la vendimia, que suele terminar a mediados de octubre", "usually ends in October": a month or day
        without its year in a clause told as what happens every year names no event."""
        for mention in list(self.found):
            clause = self._clause_around(mention.start)
            near = self.sentence[max(clause[0], mention.start - 40):mention.start] + " " + \
                self.sentence[mention.end:min(clause[1], mention.end + 14)]  # the habit's words next to the date
            if mention.yearless and mention.date.precision in ("month", "day") and _HABIT.search(near):
                self.found.remove(mention)
            elif self.lex.language == "fr" and mention.rule == "weekday" and _FR_EVERY_WEEKDAY.search(
                    self.sentence[max(0, mention.start - 4):mention.start]) \
                    and not _FR_ONE_WEEKDAY.match(self.sentence, mention.end):
                self.found.remove(mention)  # "interdirait les battues le dimanche": every Sunday

    def _comparisons(self) -> None:
        """"frente a los 2,40 euros de 2024", "contre 1,4 million en 2019", "que la del año pasado": a year that
        a figure is compared with names no event."""
        for mention in list(self.found):
            clause = self._clause_around(mention.start)
            before = self.sentence[max(clause[0], mention.start - 40):mention.start]
            if mention.date.precision == "year" and mention.end_date is None and _COMPARED_WITH.search(before):
                self.found.remove(mention)

    def _names(self) -> None:
        """"на площади 1905 года", "calle 20 de Noviembre", "Straße des 17. Juni", "29 Ekim Caddesi": a date in the
        name of a street or square names no event."""
        before, after = _STREET_BEFORE.get(self.lex.language), _STREET_AFTER.get(self.lex.language)
        for mention in list(self.found):
            lead = self.sentence[max(0, mention.start - 30):mention.start]
            own_case = re.search(r"['’]\w+$|\sgünü$", self.sentence[mention.start:mention.end]) or re.search(
                self.lex.weekday_pattern(), self.sentence[mention.start:mention.end])  # "17 Temmuz 2020'de
            # Toparlar Mahallesi yakınlarında", "19 Nisan Cumartesi günü Sultanahmet Meydanı'nda": a date in a case
            # of its own, or with its weekday, is no part of the name after it
            if (before and re.search(before + r"\s+$", lead, re.IGNORECASE)) or (
                    after and not own_case and re.match(after, self.sentence[mention.end:])):
                self.found.remove(mention)


def find_mentions(sentence: str, story: dt.date, language: str = "en",
                  clauses: list[tuple[int, int]] | None = None, previous: PartialDate | None = None,
                  previous_end: PartialDate | None = None, ahead: PartialDate | None = None) -> list[Mention]:
    """Every date mention of ``sentence`` in text order, resolved against the report date ``story``; ``previous``
    is the day the sentence before named last (a clock time alone is on it), ``previous_end`` its last day when
    it was a night; ``ahead``, the one day from the report's on that the sentences before it in its paragraph
    named (a schedule's time is on it)."""
    return _Finder(sentence, story, lexicon(language), clauses or [(0, len(sentence))], previous,
                   previous_end, ahead).run()


def find_dates(sentence: str, story: dt.date, language: str = "en") -> list[PartialDate]:
    """The distinct dates a sentence mentions, in text order."""
    return list(dict.fromkeys(m.date for m in find_mentions(sentence, story, language) if not m.year_only))
