"""The weekday rules: "on Tuesday", "last Friday", "el jueves 17", "Monday night", "Friday of next week"."""

from __future__ import annotations

import datetime as dt
import re

from generator.importer.cues import NONE
from generator.importer.dates.mention import Mention, _day_date, _safe_day
from generator.importer.dates.nearest import _weekday_date
from generator.importer.dates.state import FinderState
from generator.importer.lexicon import WEEKDAY_LAST, WEEKDAY_NEXT, weekday_of

# A day's number right after its weekday, with no month ("el jueves 17", "jeudi 17"); not a time, a count or a day
# with its month, which the day patterns read.
_DAY_NUMBER = re.compile(r",?\s+(?:(?:the|el|le|den)\s+)?(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.)?"
                         r"(?![\w%]|[.,:]\d|\s*(?:h\b|h\d|Uhr|horas|[-–]|(?:to|a|à|bis|ile|до|по)\s+\d))")
# The night of a weekday, after its name: "pazartesi gecesi", "Monday night".
_NIGHT_AFTER = {"tr": r"\s+gecesi\b", "en": r"\s+night\b"}
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


def _month_shift(day: dt.date, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` after (or before) ``day``'s."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


# The words of an exception or a repetition before a weekday: "every day except Sunday", "sauf le dimanche", "крім
# неділі", "every Sunday", "cada domingo", "jeden Sonntag", "каждую пятницу", "her pazar"; a weekday named as what
# a day is ("це субота") is no day either.
_EXCEPT_BEFORE = (r"(?:\bexcept(?:\s+on)?|\bbut|\bsauf(?:\s+le)?|\bexcepto(?:\s+el)?|\bsalvo(?:\s+el)?|"
                  r"\baußer(?:\s+am)?|\bкрім|\bкроме|\bза\s+винятком|\bза\s+исключением|"
                  r"\bevery|\beach|\bcada|\bchaque|\bjeden|\bjeweils|\bкажд(?:ый|ое|ую)|\bкож(?:ен|ної|ну|ного)|"
                  r"\bher|\bце|\bэто|(?<![\w'’])(?:un|una|ein|einem|on a))\s+$")  # "бо це субота перед …",
# "un mercredi après-midi": the day's name, or any such day


# The determiners that make a weekday one the story told of before ("aquel martes", "that Tuesday", "an jenem
# Dienstag", "в тот вторник"), not the nearest one.
_THAT_DAY = {"es": r"\baquel|\baquella|\bese|\besa", "en": r"\bthat", "de": r"\bjenem|\bjenen",
             "ru": r"\bтот|\bту", "uk": r"\bтой|\bту"}


class WeekdayRules(FinderState):
    """Weekdays, alone or told by their week."""

    def _weekday(self, m: re.Match[str]) -> Mention | None:
        if self.lex.language == "tr" and m["weekday"][:1].isupper() and re.match(
                r"\s+(?:ilçe|köy|mahalle|belde|semt|cadde|sokak|sokağ|yolu)\w*", self.sentence[m.end():]):
            return None  # "Çayeli ve Pazar ilçelerinde": a town of that name
        if self.lex.language == "tr" and m["weekday"].lower() == "pazar" and m["weekday"].islower() \
                and not re.match(r"\s+(?:günü|günleri|sabahı|akşamı|gecesi|öğle\w*|saat)\b", self.sentence[m.end():]) \
                and not re.search(r"\b(?:bu|geçen|gelecek|önümüzdeki|her)\s+$", self.sentence[max(0, m.start() - 14):
                                                                                           m.start()]):
            return None  # "kapalı pazar alanına", "pazar yerinin": a market; Sunday is "pazar günü", "bu pazar"
        if re.search(_EXCEPT_BEFORE, self.sentence[max(0, m.start() - 16):m.start()], re.IGNORECASE) or re.match(
                r"['’]?\w*(?:\s+gün\w*)?\s+(?:hariç|dışında)\b", self.sentence[m.end():]):
            return None  # "працюватиме щодня, крім неділі", "every day except Sunday": a rule of the week, no day
        that = _THAT_DAY.get(self.lex.language)
        anaphor = that and re.search(rf"(?:{that})\s+$", self.sentence[max(0, m.start() - 12):m.start()], re.IGNORECASE)
        if anaphor and (re.match(r"['’]s\b", self.sentence[m.end():]) or re.search(
                r"\b(?:said|says|say|announced|added|noted|told|warned|reported)\s+that\s+$",
                self.sentence[max(0, m.start() - 24):m.start()])):
            anaphor = None  # "said that Monday's attack …": a conjunction, not "that Monday"
        if anaphor or (self.lex.language == "fr" and re.match(r"-là\b", self.sentence[m.end():])):
            return None  # "lo que vivimos aquel martes", "ce mardi-là": a day the story named before, not this week's
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
