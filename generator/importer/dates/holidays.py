"""The rule for feasts and public holidays named as dates ("bis Ostern", "am Pfingstsonntag", "avant Noël",
"zum ersten Advent 2024"): the day of the occurrence the clause's direction allows nearest the report, or of the
year written after the name."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from generator.dates import PartialDate
from generator.importer.cues import NONE
from generator.importer.dates.mention import Mention, _day_date
from generator.importer.dates.nearest import _pick
from generator.importer.dates.state import FinderState
from generator.importer.lexicon.holidays import DEADLINE, HOLIDAYS, LEAD, NAMED_AFTER, ORTHODOX, Rule

# A holiday set off after a day as its other name: "am 1. Dezember, dem ersten Advent", "on Dec. 25, Christmas Day".
_APPOSITION = re.compile(r"\s*,\s*(?:(?:dem|der|the|le|la|el|el día de)\s+)?", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s+(?P<year>(?:19|20)\d\d)\b(?!\s*(?:%|€|\$))")


def holiday_day(rule: Rule, year: int, language: str) -> dt.date | None:
    """The day a holiday's ``rule`` (see ``lexicon.holidays``) falls on in ``year``."""
    kind, first, second = rule
    if kind == "fixed":
        return dt.date(year, first, second)
    if kind == "easter":
        sunday = easter(year, EASTER_ORTHODOX if language in ORTHODOX else EASTER_WESTERN)
        return sunday + dt.timedelta(days=first)
    if kind == "advent":  # the fourth Sunday before Christmas: 27 November to 3 December
        christmas = dt.date(year, 12, 25)
        return christmas - dt.timedelta(days=christmas.weekday() + 1 + 21)
    if kind == "thanksgiving":  # the fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return None


@cache
def _patterns(language: str) -> list[tuple[re.Pattern[str], Rule, bool]]:
    """Each holiday's name (as written: a capital is part of it) after its optional word of time."""
    lead = LEAD.get(language) or "(?!)"
    named = NAMED_AFTER.get(language, "(?!)")
    return [(re.compile(rf"(?<![\w-])(?P<lead>(?i:{lead}))?(?P<name>{name})(?![\w-])(?!\s+(?:{named})\b)"), rule,
             needs) for name, rule, needs in HOLIDAYS.get(language, [])]


class HolidayRules(FinderState):
    """Feasts and public holidays."""

    def _holidays(self) -> None:
        for pattern, rule, needs_lead in _patterns(self.lex.language):
            for m in pattern.finditer(self.sentence):
                if m["lead"] or not needs_lead:  # "before Christmas", not "the Christmas market"
                    self.add(self._holiday(m, rule))

    def _holiday_years(self) -> None:
        """A holiday set off after a day it names again is no date of its own; one without its year falls in the
        year an earlier date of its clause names ("Schon im März 2024 hatte kurz vor Ostern …")."""
        for mention in [m for m in self.found if m.rule == "holiday"]:
            day_before = next((m for m in self.found if m.end <= mention.start and m.date.precision == "day"
                               and _APPOSITION.fullmatch(self.sentence, m.end, mention.start)), None)
            if day_before is None:
                continue
            self.found.remove(mention)  # "am 1. Dezember, dem ersten Advent": the day named twice, in the year
            rule = self._rule_of(mention)  # whose holiday it is
            month, day = day_before.date.month, day_before.date.day
            years = [y for y in (self.story.year - 1, self.story.year, self.story.year + 1)
                     if rule and (d := holiday_day(rule, y, self.lex.language)) and (d.month, d.day) == (month, day)]
            if day_before.yearless and len(years) == 1:
                self.found[self.found.index(day_before)] = replace(
                    day_before, date=PartialDate(years[0], month, day), sure=True, yearless=False)
        for i, mention in enumerate(self.found):
            if mention.rule != "holiday" or not mention.yearless:
                continue
            clause = next(((a, b) for a, b in self.clauses if a <= mention.start < b), (0, len(self.sentence)))
            year = next((m.date.year for m in reversed(self.found) if clause[0] <= m.start and m.end <= mention.start
                         and not m.yearless and m.rule in ("full", "month", "year", "range", "day")), None)
            rule = self._rule_of(mention)
            day = holiday_day(rule, year, self.lex.language) if year and rule else None
            if day is not None:
                self.found[i] = Mention(mention.start, mention.end, _day_date(day), rule="holiday")

    def _holiday(self, m: re.Match[str], rule: Rule) -> Mention | None:
        start, end = m.span("name")
        year = _YEAR_AFTER.match(self.sentence, end)
        if year:
            day = holiday_day(rule, int(year["year"]), self.lex.language)
            return Mention(start, year.end(), _day_date(day), rule="holiday") if day else None
        days = [d for y in (self.story.year - 1, self.story.year, self.story.year + 1)
                if (d := holiday_day(rule, y, self.lex.language))]
        deadline = m["lead"] and re.fullmatch(DEADLINE.get(self.lex.language, "(?!)"), m["lead"], re.IGNORECASE)
        picked, sure = _pick([(d, _day_date(d)) for d in days], self.story, NONE if deadline else self.way(start, end))
        # the word of a deadline is part of the date, as "by the end of" is: "vor Ostern", "avant Noël"
        return Mention(m.start() if deadline else start, end, picked, sure=sure, rule="holiday", yearless=True)

    def _rule_of(self, mention: Mention) -> Rule | None:
        """The day rule of the holiday ``mention`` names."""
        return next((rule for pattern, rule, _ in _patterns(self.lex.language)
                     if (found := pattern.search(self.sentence, mention.start, mention.end))
                     and found.end() == mention.end), None)
