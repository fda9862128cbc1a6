"""Clock times and nights: a day with its clock time or span of times, a clock time alone on the day named before,
the part of a day that goes with it ("Saturday night"), and the night before or after a day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from generator.importer.clock import clock_after, clock_before, clock_range_after, clock_ranges, clocks, is_approximate
from generator.importer.cues import BACK
from generator.importer.dates.mention import Mention, _at, _day_date, _time_span, one_night
from generator.importer.dates.state import FinderState

# The part of a day that goes with a weekday or "yesterday": "mercredi soir", "вчера вечером".
_TIME_OF_DAY = re.compile(
    r"\s+(?:night|morning|afternoon|evening|soir|matin|après-midi|soirée|noche|mañana|tarde|abend|morgen|"
    r"nachmittag|vormittag|вечером|утром|днем|днём|ночью|ввечері|вранці|вдень|уночі|вночі|akşamı|sabahı|"
    r"gecesi|günü|öğleden sonra)\b", re.IGNORECASE)
# The words before a day that make it a night: the night that ends on it, or the night that follows it.
_NIGHT_TO = {"de": r"\b(?:in der )?Nacht (?:zum|zu|auf den)", "ru": r"\bв ночь на", "uk": r"\b[ву] ніч на"}
_NIGHT_OF = {"en": r"\b(?:on |in |during )?the night of", "es": r"\b(?:en |durante )?la noche del",
             "fr": r"\b(?:dans |pendant |durant )?la nuit du", "de": r"\b(?:in der )?Nacht vom"}


# Every day at that time, a habit of no one day: "every day at 5:30 a.m.", "her gün sabah 05.30'da".
_DAILY = re.compile(r"\b(?:every (?:day|morning|evening|night)|each day|daily|chaque (?:jour|matin|soir)|tous les "
                    r"(?:jours|matins|soirs)|todos los días|cada día|täglich|jeden (?:Tag|Morgen|Abend)|каждый день|"
                    r"ежедневно|каждое утро|щодня|щоранку|кожного дня|her gün|her sabah|her akşam)\b", re.IGNORECASE)
# The words that make a time or a day a bound, not when something happens: "before 6 a.m.", "until June 4".
_BOUND = (r"(?:\bbefore|\bafter|\buntil|\bbetween|\bavant|\baprès|\bjusqu['’]\w*|\bentre|\bantes|\bdespués|"
          r"\bhasta|\bvor|\bnach|\bbis|\bzwischen|\bдо|\bпосле|\bпісля|\bмежду|\bміж)(?:\s+\w+)?\s*$")


# What may stand between "overnight" and the days whose nights it names: a space, a preposition of a span or day.
_BEFORE_ITS_DAYS = (r"[\s,]*(?:from|on|between|until|through|starting|du|de|des|le|del|desde|vom|von|am|с|з|по)?\s*")

class TimeRules(FinderState):
    """Clock times, parts of a day and nights, read once the days are found."""

    def _time_of_day(self) -> None:
        """"mercredi soir", "Saturday night", "вчера вечером", "çarşamba günü": the part of the day goes along."""
        for mention in list(self.found):
            if mention.rule not in ("weekday", "yesterday", "eve", "today", "tomorrow"):
                continue
            match = _TIME_OF_DAY.match(self.sentence, mention.end)
            if match and self.free(mention.end, match.end()):
                self.found[self.found.index(mention)] = replace(mention, end=match.end())

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

    def _nights_of_a_span(self) -> None:
        """"will close the road overnight from Feb. 27 to March 10", "nachts vom 3. bis 7. März": the nights
        of the days named right after are when it happens each day, no night before the report."""
        for mention in list(self.found):
            if mention.rule != "overnight":
                continue
            after = next((m for m in self.found if m.start >= mention.end
                          and re.fullmatch(_BEFORE_ITS_DAYS, self.sentence[mention.end:m.start], re.IGNORECASE)), None)
            if after is not None:
                self.found.remove(mention)

    def _clock(self) -> None:
        """"on Tuesday at 14:30", "à 18h00", "dün sabah saat 07.00'de": a day with its clock time is a date-time."""
        for mention in list(self.found):
            night = mention.end_date is not None and mention.date.precision == "day" and \
                one_night(mention.date, mention.end_date)
            if mention.date.precision != "day" or (mention.end_date and not night) or mention.rule == "shift":
                continue
            span = clock_range_after(self.sentence, mention.end)
            if span and self.free(span[0].start, span[1].end):  # "pazar günü 06.00-14.00 saatleri arasında"; "in
                day = mention.end_date if night and mention.end_date and span[0].hour < 12 else mention.date
                first, last = _time_span(day.first_day(), *span)  # der Nacht zum Sonntag zwischen 22.00 (a night's
                # times before noon are on its last day: "в ночь на вторник, с 0:30 до 4:30")
                self.found[self.found.index(mention)] = replace(  # Uhr und 6.00 Uhr"
                    mention, end=span[1].end, date=first, end_date=last)
                continue
            if night:
                continue
            after = clock_after(self.sentence, mention.end)
            if after and self.sentence[mention.end:after.start].strip() and any(
                    other.start > mention.start and clock_before(self.sentence, other.start) == after
                    and clock_after(self.sentence, other.end) is None for other in self.found):
                after = None  # "from 11 p.m. on Monday to 5 a.m. on Tuesday": the time before a day is that day's
            clock = after or clock_before(self.sentence, mention.start)
            if clock is not None and not after and any(
                    other is not mention and other.end <= clock.start and other.date.precision == "day"
                    and clock_after(self.sentence, other.end) == clock for other in self.found):
                continue  # "7 Eylül Pazar günü saat 10.00'da yapılacağını bugün …": the time is the day's before it
            if clock is None or not self.free(clock.start, clock.end):
                continue
            start, end = (mention.start, clock.end) if after else (clock.start, mention.end)
            self.found[self.found.index(mention)] = replace(mention, start=start, end=end,
                                                            date=_at(mention.date.first_day(), clock))

    def _one_day_one_time(self) -> None:
        """"Заключительный тур пройдет в среду, начало партий - в 15:00", "Am Samstag lädt die Bahn von 11 bis 16
        Uhr ein": a sentence's one day and the one time (or range of times) after it, further than a few words, are
        that day's."""
        days = [m for m in self.found if m.date.precision in ("day", "time")]
        if len(days) != 1 or days[0].date.precision != "day" or days[0].end_date is not None:
            return
        day = days[0]
        ranges = [r for r in clock_ranges(self.sentence) if self.free(r[0].start, r[1].end)]
        times = [c for c in clocks(self.sentence) if self.free(c.start, c.end)
                 and not any(c.start < b.end and a.start < c.end for a, b in ranges)]
        if len(ranges) + len(times) != 1:
            return
        first, last = ranges[0] if ranges else (times[0], None)
        if first.start < day.end or first.start - day.end > 120 or re.search(
                _BOUND, self.sentence[max(0, first.start - 12):first.start], re.IGNORECASE) or re.search(
                _BOUND, self.sentence[max(0, day.start - 12):day.start], re.IGNORECASE):
            return  # "a ban on flights before 6 a.m.", "open until June 4 … between 11:30 p.m. and 6 a.m.": a rule's
        if self.lex.language == "tr" and re.match(r"\s+\w+(?:an|en|dığı|diği|duğu|düğü|tığı|tiği)\b",
                                                  self.sentence[day.end:]):
            return  # "Dün alınan son savunmaların ardından … saat 14.30'da": the day of a relative clause
        date, end_date = _time_span(day.date.first_day(), first, last) if last is not None \
            else (_at(day.date.first_day(), first), None)
        self.found[self.found.index(day)] = replace(day, date=date, end_date=end_date)

    def _clock_alone(self) -> None:
        """"Dün … karar duruşması görüldü. | Saat 10.00'da başlayan duruşma …": a clock time that opens a sentence
        naming no day goes on with the day the sentence before named last. Further in, only the one time (or range
        of times: "entre 8h00 et 16h30") of a sentence told of the past ("Das Schiff machte gegen 9.30 Uhr fest";
        a time further in is as often a schedule's, "zwischen 22.00 und 7.00 Uhr"), on the day before it when that
        day is within a week of the report. A time said to be about when something happened ("shortly after 11:30
        a.m.", "vers 10h15") or given with its zone ("at 0815 GMT") is on the report's day when no such day came
        before it, or when the sentence's own day is another clause's ("The dollar, which had fallen on Monday,
        rose after the decision was published at 2 p.m. local time"), and marked to be checked. After a night ("in
        der Nacht zum Freitag"), a time before noon is on its last day. The one time of a sentence further in that
        is not told of the past is a schedule's, on the day ahead its paragraph named before when it named one day
        from the report's on only (two or more: it is not told which), and marked to be checked."""
        days = [m for m in self.found if m.date.precision in ("day", "time")]
        ranges = [r for r in clock_ranges(self.sentence) if self.free(r[0].start, r[1].end)]
        times = [c for c in clocks(self.sentence) if self.free(c.start, c.end)
                 and not any(c.start < b.end and a.start < c.end for a, b in ranges)]
        before = self.previous if self.previous is not None and self.previous.precision in ("day", "time") else None
        if before is not None and not days and not ranges and len(times) > 1 and abs(
                (before.first_day() - self.story).days) <= 7 and all(
                self.way(clock.start, clock.end) == BACK for clock in times):
            # A night's times ("обнаружили в 05:40 мск, подача нефти была остановлена к 07:15") before noon are on its
            # last day. What is told in the past was not on a day ahead ("… jusqu'à jeudi. | « On est arrivés à 9h00,
            # on a été prévenus à 16h00 »"): it is on the report's day, to be checked.
            ahead = before.first_day() > self.story
            for clock in times:
                day = self.previous_end if self.previous_end and clock.hour < 12 and not ahead else before
                moment = _at(self.story if ahead else day.first_day(), clock)
                self.found.append(Mention(clock.start, clock.end, moment, sure=not ahead, rule="clock"))
            return
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
        if not opening and not days and last is None and len(times) == 1 and self.ahead is not None \
                and self.way(first.start, first.end) != BACK and not _DAILY.search(self.sentence):
            # "Am Donnerstag wollen sie protestieren. | Die Kundgebung soll um 11.00 Uhr beginnen": the one time of
            # a sentence not told of the past is on the one day ahead its paragraph named before; to be checked
            self.found.append(Mention(first.start, first.end, _at(self.ahead.first_day(), first), sure=False,
                                      rule="clock"))
            return
        if not opening and (len(times) > 1 or self.way(first.start, (last or first).end) != BACK):  # a schedule's
            return
        near = before is not None and abs((before.first_day() - self.story).days) <= 7
        sure = True
        night = days[0] if len(days) == 1 and days[0].end_date is not None and one_night(days[0].date,
                                                                                         days[0].end_date) else None
        if night is not None and last is None and (first.hour < 12 or first.hour >= 18):
            # "пожежа виникла в ніч на вівторок, повідомлення надійшло близько 02:40": the sentence's night's
            day = (night.end_date if first.hour < 12 else night.date).first_day()  # time, before noon on its last day
        elif before is not None and not days and (opening or near) and before.first_day() > self.story \
                and self.way(first.start, (last or first).end) == BACK:
            day, sure = self.story, False  # "Открыть их планируют не раньше четверга. | Движение было перекрыто с
            # 10:00 до 14:30": what is told in the past was not on the day ahead named before
        elif before is not None and not days and (opening or near):
            day = self.previous_end.first_day() if self.previous_end and first.hour < 12 else before.first_day()
            if before.time is not None and (first.hour, first.minute) < (before.time.hour, before.time.minute) \
                    and first.hour < 12 <= before.time.hour:  # "в 23:52 сработала защита … восстановлена к 06:30"
                day = before.first_day() + dt.timedelta(days=1)
        elif marked:
            day, sure = self.story, False  # "Trading was suspended at 0815 GMT": the report's day, as agencies write
        else:
            return
        date, end_date = _time_span(day, first, last) if last is not None else (_at(day, first), None)
        self.found.append(Mention(first.start, (last or first).end, date, end_date, sure=sure, rule="clock"))
