"""Two dates joined as one span: "from March 1 to December 31", "с 1 марта по 31 декабря", "Nov. 6 – Dec. 2",
"1 Haziran'dan 15 Ekim'e kadar"; the year of a yearless end follows the other end's."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from generator.importer.cues import BACK, FORWARD, NONE
from generator.importer.dates.mention import Mention, _day_date, _moved
from generator.importer.dates.state import FinderState

_AND = r"and|et|y|und|и|і|та|ve"  # two days one after the other: "mercredi et jeudi", "Wednesday and Thursday"
# The words that join two dates as a span: (before the first, between "from" and "to"), and for "between … and":
# (before the first, between them). A dash joins any two.
_SPAN_WORDS: dict[str, tuple[str, str, tuple[str, str]]] = {
    "en": ("from", "to|through|until|till", ("between", "and")),
    "ru": ("с|со", "по|до", ("между", "и")),
    "uk": ("з|із|від", "по|до", ("між", "і|й")),
    "es": ("de|del|desde(?: el)?", "a|al|hasta(?: el)?", ("entre(?: el)?", "y(?: el)?")),
    "fr": ("du|de|depuis(?: le)?", "au|à|jusqu'au|jusqu'en", ("entre(?: le)?", "et(?: le)?")),
    "de": ("vom|von|ab", "bis(?: zum)?|bis", ("zwischen(?: dem)?", "und(?: dem)?")),
}
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


def _opens(words: str, lead: str, own: str) -> int | None:
    """Where a date's opening word ("from", "с") starts in ``lead`` (the text before it); the end of ``lead`` when
    the date's own text starts with it (``own``: "from 2019"); None without one."""
    before = re.search(rf"(?:^|(?<=[\s\"«“„(]))(?:{words})\s+(?:\S+\s+)?$", lead, re.IGNORECASE)  # (after a quote's
    # mark: "«Entre novembre 2021 et mai 2022, …»")
    if before:
        return before.start()
    return len(lead) if re.match(rf"(?:{words})\s", own, re.IGNORECASE) else None


class SpanRules(FinderState):
    """Spans of two dates."""

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
            opened = _opens(opening, lead, own) if re.fullmatch(rf"\s*,?\s*(?:{to})\s*", gap, re.IGNORECASE) else \
                _opens(between_and[0], lead, own) if re.fullmatch(rf"\s*(?:{between_and[1]})\s*", gap,
                                                                   re.IGNORECASE) else None
            if not dash and opened is None:
                continue
            if first.date.precision != second.date.precision and (
                    dash or opened is None or first.yearless or second.yearless):
                continue  # "from April 2020 to July 1, 2024" is one span; "March–July 1" may not be
            begin = first.start - (len(lead) - opened) if opened is not None else first.start  # the opening word
            # goes too ("Entre novembre 2021 et mai 2022", at the sentence's start)
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
