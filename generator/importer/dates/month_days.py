"""The rules for days and months of the calendar: a range of days, a day and month, a range of months, a month
alone; the year of each from the words after it ("last year") or from the clause's tense."""

from __future__ import annotations

import re

from generator.dates import PartialDate
from generator.importer.cues import BACK, FORWARD, NONE, tense_cues
from generator.importer.dates.mention import Mention, _day_date, _safe_day
from generator.importer.dates.nearest import _day_without_year, _month_without_year, _nearest_span_year
from generator.importer.dates.patterns import patterns
from generator.importer.dates.state import FinderState
from generator.importer.lexicon import THIS_YEAR, month_of, weekday_of

# A month something is moved to ("auf Januar verschoben"): ahead.
_MOVED_TO = {"auf", "на"}  # "auf Januar verschoben", "перенесено на декабрь", "план на грудень"
# A Turkish day something is moved to, in the dative, before its verb: "21 Aralık'a alındı", "Mart'a ertelendi".
_TR_MOVED_TO = re.compile(r"\s+(?:alın|ertele|ertelen|ötele|ötelen|kaydırıl|çekil)"
                          r"(?:dı|di|(?P<before>mıştı|mişti)|dığı|diği|acak|ecek|ması|mesi|y[ae]c[ae][kğ])\w*")
# (told in the past perfect, "24 Ekim'e ertelenmişti", the day it was moved to may be over: the nearest one)
# The verb after a day something was moved to: "auf den 27. Oktober verschoben".
_MOVED_VERB = re.compile(r"[^.;]{0,12}\b(?:verschoben|verlegt|vertagt)\b")
# A Spanish verb of moving a thing to another month, before "a" and the month: "aplazó la presentación a octubre".
_ES_MOVED = re.compile(r"\b(?:aplaz|pospu|pospon|retras|traslad|prorrog|posterg|desplaz|adelant)\w*\b[^.;]*$",
                       re.IGNORECASE)  # ("ha adelantado a octubre la primera campaña": brought forward to it)
# A payment before "за" and a month: the month it pays for ("пенсии за февраль", "виплати за січень", "плату за
# отопление за февраль").
_PAID_FOR = re.compile(r"(?:плат|пенси|пенсі|зарплат|выплат|виплат|оплат|сч[её]т|рахун|квитанц|налог|подат|дотац|"
                       r"пособи|допомог|стипенди|стипенді)\w*(?:\s+за\s+\w+)?\s+$", re.IGNORECASE)
# French and Spanish words after (or, in Spanish, before) a day or month that make it the last or next one.
_LAST_NEXT = r"dernier|dernière|prochain|prochaine|pasado|pasada|próximo|próxima"


class MonthDayRules(FinderState):
    """Days and months named by the calendar."""

    def year_after(self, end: int) -> tuple[int, int] | None:
        """(year step, end) when "last year" / "next year" follows a mention: "in April last year"."""
        match = patterns(self.lex).year_after.match(self.sentence, end)
        if not match:
            return None
        if match.groupdict().get("same_year"):
            years = [m.date.year for m in self.found if m.end <= end and m.rule in ("full", "month", "year")]
            return (years[-1] - self.story.year, match.end()) if years else None
        return (-1 if match.groupdict().get("last_year") else 1), match.end()

    def _range(self, m: re.Match[str]) -> Mention | None:
        month = month_of(self.lex, m["month"])
        if int(m["last"]) <= int(m["day"]):
            return None
        if m["year"]:
            first_day, last = _safe_day(int(m["year"]), month, int(m["day"])), \
                _safe_day(int(m["year"]), month, int(m["last"]))
            return Mention(*m.span(), _day_date(first_day), _day_date(last), rule="range") \
                if first_day and last else None
        moved = (re.match(r"\s+tarihler(?:in)?e" + _TR_MOVED_TO.pattern, self.sentence[m.end():])
                 or (re.search(r"['’]y?[ae]$", m.group(0)) and _TR_MOVED_TO.match(self.sentence, m.end()))) \
            if self.lex.language == "tr" else None
        # "11-13 Haziran tarihlerine ertelendi", "27-29 Eylül'e ertelendiğini": the days something was moved to are
        # ahead (the nearest, told in the past perfect)
        way = (NONE if moved["before"] else FORWARD) if moved else self.way(*m.span())
        first = _day_without_year(month, int(m["day"]), self.story, way)
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
        moved_to = _TR_MOVED_TO.match(self.sentence, end) if self.lex.language == "tr" else None
        if way is None and moved_to and re.search(r"['’]y?[ae]$", m.group(0)):
            way = NONE if moved_to["before"] else FORWARD  # "21 Aralık'a alındı": the day something was moved to
            # is ahead
        if way is None and re.search(r"\bauf\s+(?:den\s+)?$", self.sentence[max(0, start - 12):start]) \
                and _MOVED_VERB.match(self.sentence, end):
            way = FORWARD  # "auf den 27. Oktober verschoben": moved to a day ahead
        picked = _day_without_year(month, int(m["day"]), self.story, way if way is not None else self.way(start, end))
        return Mention(start, end, picked[0], sure=picked[1], rule="day", yearless=True) if picked else None

    def _month_range(self, m: re.Match[str]) -> Mention | None:
        """"entre enero y junio", "январь-август 2025 года": the first month to the last, of the year given after
        them, else of the year the last month's tense allows (with no tense, the year whose span is nearest: "les
        travaux, menés de janvier à juillet", said in September, are this year's)."""
        given = {name: m.groupdict().get(name) or m.groupdict().get(name + "2") for name in ("first", "last", "year")}
        first, last = month_of(self.lex, given["first"]), month_of(self.lex, given["last"])
        if first >= last:
            return None
        way = self.way(*m.span())  # ("were planned between October and December", said in June: this year's)
        if given["year"]:
            year = int(given["year"])
        elif way == NONE:
            year = _nearest_span_year(first, last, self.story)
        else:
            year = _month_without_year(last, self.story, way)[0].year
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

    def _bare_month(self, m: re.Match[str]) -> Mention | None:
        month = month_of(self.lex, m["month"])
        start, end = m.span()
        if self.lex.language == "es" and (m.groupdict().get("lead") or "").lower() == "a" \
                and not _ES_MOVED.search(self.sentence[max(0, start - 80):start]):
            return None  # "de enero a marzo" is a range's; "aplazó la presentación del plan a octubre" a move's
        if (m.groupdict().get("lead") or "").lower() == "за" \
                and _PAID_FOR.search(self.sentence[max(0, start - 40):start]):
            return None  # "пенсии за февраль", "плата за січень": what a payment is for, not when it was made
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
