"""The year rules: a year ("in 2014", not "2014 reasons"), a span of years, and the year words ("last year",
"в 2025 году") that give the days and months after them their year."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.dates import PartialDate
from generator.importer.cues import BACK, FORWARD
from generator.importer.dates.mention import Mention, _moved, _safe_day
from generator.importer.dates.state import FinderState

# The words after a number that make it a count ("2014 people"), and the small words after which it is still
# a year ("in 2014 and …").
_COUNTED = {"people", "men", "women", "children", "troops", "police", "staff", "personnel"}
_JOINERS = {"and", "or", "to", "when", "after", "before", "as", "but", "until", "with", "in", "on", "at", "y", "et",
            "und", "i", "и", "і", "та", "ve", "a", "de", "que", "qui", "що", "что", "for", "from", "while", "because",
            "since", "during", "amid", "despite"}  # ("between 2015 and 2020 for a total of …")
# The things a year after them names, no event of that year: "der Haushalt 2027", "le budget 2025", "la Expo 2027".
_NAMED_BY_YEAR = re.compile(r"(?:\b(?:Haushalt|Haushalts|Bundeshaushalt|Landeshaushalt|Haushaltsentwurf|Etat|"
                            r"Budget|budget|Presupuestos|presupuestos|Expo|EXPO)|\b(?:loi|projet de loi) de finances"
                            r"(?: pour)?|\bPLF)\s+$")
# A year phrase that sets the year of the days after it in its clause: "in 2025", "в 2025 году", "2025 yılında".
_IN_YEAR = r"(?:in|during|в|во|у|en|durante|im(?:\s+Jahr)?|(?:1[89]|20)\d\d\s+(?:году|році|yılında))\b"


class YearRules(FinderState):
    """Years, spans of years, and the year a phrase gives the days after it."""

    def _year(self, m: re.Match[str]) -> Mention | None:
        """A year, unless it counts the word after it."""
        bare = not m["ylead"] and not m["mid"] and not m.groupdict().get("ywords")
        following = self.sentence[m.end():].split(maxsplit=1)[:1]
        word = following[0].rstrip(",.;:") if following else ""
        counted = bool(word) and (word[:1].isupper() if self.lex.language == "de" else
                                  word[:1].islower() and word not in _JOINERS)
        plural = self.lex.language == "en" and (word.endswith("s") or word in _COUNTED)
        if counted and (bare or plural):
            return None  # "2014 reasons", "2000 Menschen": a number, not a year
        if bare and _NAMED_BY_YEAR.search(self.sentence[max(0, m.start() - 30):m.start()]):
            return None  # "den Entwurf für den Haushalt 2027", "le budget 2025": the year names the budget
        start = m.start("year") if (m["ylead"] or "").lower() == "the" else m.start()  # "the election" stays
        return Mention(start, m.end(), PartialDate(int(m["year"])), rule="year")

    def _year_span(self, m: re.Match[str]) -> Mention | None:
        """"2021-2023", "в 2021–2023 годах", "2019-20": the years from the first to the last."""
        first, last = int(m["year"]), m["last"]
        end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if not first < end <= first + 50:
            return None  # "2019-05" is no span of years
        start = m.start("year") if (m["ylead"] or "").lower() == "the" else m.start()
        return Mention(start, m.end(), PartialDate(first), PartialDate(end), rule="span")

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

    def _year_after(self) -> None:
        """"entre enero y marzo del próximo año", "between January and March next year": year words right after
        months set their year and are the same date's words."""
        for year in [m for m in self.found if m.rule in ("last_year", "next_year")]:
            other = next((m for m in self.found if m is not year and m.date.precision == "month"
                          and re.fullmatch(r"\s*(?:del|de|of|des|de l['’]|im|des)?\s*",
                                           self.sentence[m.end:year.start])), None)
            if other is None or not 0 <= year.start - other.end <= 6:
                continue
            shift = year.date.year - other.date.year
            start = _moved(other.date, shift) if shift else other.date
            end = _moved(other.end_date, shift) if shift and other.end_date else other.end_date
            self.found.remove(year)
            self.found[self.found.index(other)] = replace(other, end=year.end, date=start or other.date,
                                                          end_date=end, sure=True, yearless=False)

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
            if anchor is None:  # a year set off at the sentence's start is every clause's: "Last year, the season
                # started so late that … until December 2"
                anchor = next((m for m in self.found if m.end <= mention.start
                               and re.fullmatch(r"\W*", self.sentence[:m.start])
                               and re.match(r"\s*,", self.sentence[m.end:])), None)
            if anchor is None or anchor.date.precision != "year" or not (
                    anchor.rule in ("last_year", "next_year") or
                    re.match(_IN_YEAR, self.sentence[anchor.start:anchor.end], re.IGNORECASE)):
                continue
            if mention.date.year == anchor.date.year:  # the day is in that year already: the year is its
                self.found[self.found.index(anchor)] = replace(anchor, year_only=True)
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
