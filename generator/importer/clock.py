"""The clock time a wire story gives a day ("on Tuesday at 14:30", "à 18h00", "saat 06.00'de", "о 14:30"), which
makes the day's event a date-time. The time is the story's local time, as written: no offset is guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that put a clock time in place: "at", "around", "à", "vers", "a las", "um", "gegen", "в", "около", "о",
# "близько", "saat".
_LEAD = (r"(?:at|around|about|shortly (?:after|before)|à|vers|aux alentours de|dès|a las?|hacia las?|sobre las?|"
         r"um|gegen|в|во|к|около|примерно в|о|об|близько|приблизно о|sabaha karşı saat|sabaha karşı|saat|by)")
# Lead words that say a time is about when something happened ("gegen 9.30 Uhr", "vers 10h15", "около 3:00"), not
# a schedule's ("um 20 Uhr beginnt", "from 8 a.m."): such a time further in a sentence is of the day named before.
APPROXIMATE = re.compile(r"around|about|shortly (?:after|before)|vers|aux alentours de|hacia las?|sobre las?|gegen|"
                         r"около|примерно в|близько|приблизно о|sabaha karşı(?: saat)?", re.IGNORECASE)
# A time zone after a clock time ("0815 GMT", "15:00 по московскому времени", "10.00 (TSİ)", "heure locale"): the time
# of something that happened, as agencies give it.
TIME_ZONE = re.compile(r"\s*(?:\(?\s*(?:GMT|UTC|MSK|мск|МСК|TSİ|CET|CEST|MEZ|MESZ|EST|EDT|PST|PDT)\b\s*\)?|"
                   r"\s*(?:local time|heure locale|"
                   r"hora local|Ortszeit|по московскому времени|по местному времени|по киевскому времени|"
                   r"за київським часом|за місцевим часом|yerel saatle))")
# Agencies' four figures with a zone: "at 0815 GMT", "by 1015 GMT".
_FOUR_FIGURES = re.compile(r"(?<![\d.,:])(?:(?P<lead>at|by|around|about|before|after|until)\s+)?"
                           r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s+(?:GMT|UTC|EST|EDT)\b)")
_AMPM = r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)"
# "14:30", "18h00", "18 h 30", "18h", "2:30 p.m.", "2 p.m.", "18 Uhr", "14.30 Uhr"; a dot ("06.00") only with a
# word that says it is a time: a lead word before it, or "Uhr", "horas", a Turkish case ending after it.
_TIME = re.compile(
    r"(?<![\d.,:])(?:(?P<lead>" + _LEAD + r")\s+)?"
    r"(?P<hour>[01]?\d|2[0-3])(?:(?P<sep>[:.]|\s?h\s?)(?P<minute>[0-5]\d)|(?P<h>\s?h)(?![\w])|"
    r"(?=\s*(?:[ap]\.?\s?m\b|Uhr|heures?\b|horas\b)))"
    + _AMPM + r"?(?P<word>\s*Uhr\b|\s*horas\b|['’](?:de|da|te|ta|den|dan|ten|tan)\b|\s+itibarıyla\b|"
    r"\s+(?:sıralarında|sularında|civarında)\b|\s*(?P<heures>heures?)\b(?:\s+(?P<part>du matin|du soir|"
    r"de l['’]après-midi))?)?(?![\d%])",  # "saat 03.15 sıralarında": about then; "dès 5 heures du matin"
    re.IGNORECASE)
# What may stand between a day and its time: a part of the day, "local time", commas ("Tuesday morning at 9");
# not a word that joins two phrases ("at 22:00 on Wednesday and 6:00 on Thursday": each time keeps its own day).
_JOINING = r"(?:and|or|but|und|oder|et|ou|y|o|и|или|і|та|або|ve|veya|ile)"
_GAP = r"[\s,]*(?:(?!" + _JOINING + r"[\s,])[^\W\d]+[\s,]+){0,3}"


@dataclass(frozen=True)
class Clock:
    start: int
    end: int
    hour: int
    minute: int
    lead: str = ""  # the word that puts it in place: "at", "gegen", "saat"
    zoned: bool = False  # a time zone follows it: "14:30 GMT", "в 15:00 по московскому времени"


def _clock(match: re.Match[str]) -> Clock | None:
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["sep"] == "." and not (match["lead"] or match["word"] or match["ampm"]):
        return None  # "14.30": a number, unless something says it is a time ("10.05 a.m.")
    if match["heures"] and not (match["lead"] or match["part"]):
        return None  # "pendant 4 heures", "dans les 24 heures": a length of time
    if match["word"] and "horas" in match["word"].lower() and match["minute"] is None and not match["lead"]:
        return None  # "durante 17 horas": a length of time; "a las 17 horas" a time
    if match["part"] and match["part"] != "du matin" and hour < 12:
        hour += 12  # "7 heures du soir"
    if not (match["lead"] or match["sep"] or match["h"] or match["ampm"] or match["word"]):
        return None
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    return Clock(match.start(), match.end(), hour, minute, match["lead"] or "",
                 TIME_ZONE.match(match.string, match.end()) is not None)


def clock_after(text: str, end: int) -> Clock | None:
    """The clock time just after a day that ends at ``end`` (a few words between at most), or None."""
    for match in _TIME.finditer(text, end, min(len(text), end + 48)):
        clock = _clock(match)
        if clock and re.fullmatch(_GAP, text[end:clock.start]):
            return clock
    return None


# Two clock times joined as a range ("06.00-14.00 saatleri arasında", "de 10h00 à 18h00", "von 8 bis 16 Uhr",
# "from 10 p.m. to 6 a.m."): two times together say they are times, dots and all.
_RANGE = re.compile(
    r"(?:(?P<from>from|between|de|entre|von|zwischen|с|з|із)\s+)?(?:las\s+)?"
    r"(?P<h1>[01]?\d|2[0-3])(?:(?:[:.]|\s?h\s?)(?P<m1>[0-5]\d)|(?P<x1>\s?h(?!\w)))?(?:\s*(?P<a1>[ap])\.?\s?m\b\.?|"
    r"\s*(?P<u1>Uhr|heures?)\b)?"
    r"\s*(?:[-–—]|to|until|and|à|a|y|et|bis|und|до|ile)\s*(?:las\s+)?"
    r"(?P<h2>[01]?\d|2[0-3])(?:(?:[:.]|\s?h\s?)(?P<m2>[0-5]\d)|(?P<x2>\s?h(?!\w)))?(?:\s*(?P<a2>[ap])\.?\s?m\b\.?)?"
    r"(?P<word>\s*Uhr\b|\s+saatleri\b|\s*horas\b|\s+arasında\b|\s*heures?\b)?(?![\d%])",  # "de 10 heures à 18 heures"
    re.IGNORECASE)


def _hour(hour: int, ampm: str | None) -> int | None:
    if not ampm:
        return hour
    return hour % 12 + (12 if ampm.lower() == "p" else 0) if 1 <= hour <= 12 else None


def clock_range_after(text: str, end: int) -> tuple[Clock, Clock] | None:
    """Two clock times as a range just after a day that ends at ``end`` ("pazar günü 06.00-14.00 saatleri
    arasında", "samedi de 10h00 à 18h00", "am Samstag von 8 bis 16 Uhr"), each marked as a time (its minutes, an
    "h", "a.m."), or both by a word after them ("Uhr") with a word before ("von"); or None."""
    for match in _RANGE.finditer(text, end, min(len(text), end + 64)):
        if not re.fullmatch(_GAP, text[end:match.start()]):
            continue
        first = match["m1"] or match["x1"] or match["a1"] or match["u1"]
        second = match["m2"] or match["x2"] or match["a2"]
        if not ((first and second) or (match["from"] and match["word"])):
            return None
        h1, h2 = _hour(int(match["h1"]), match["a1"]), _hour(int(match["h2"]), match["a2"])
        if h1 is None or h2 is None:
            return None
        return (Clock(match.start(), match.start("h2"), h1, int(match["m1"] or 0)),
                Clock(match.start("h2"), match.end(), h2, int(match["m2"] or 0)))
    return None


def clock_ranges(text: str) -> list[tuple[Clock, Clock]]:
    """The ranges of two clock times anywhere in ``text`` that a word opens ("entre 8h00 et 16h30", "between 9 a.m.
    and noon" is not one), each time marked as a time."""
    found = []
    for match in _RANGE.finditer(text):
        if (match["from"] or match["word"]) and (match["m1"] or match["x1"] or match["a1"] or match["u1"]
                                                 or (match["from"] and match["word"])) and (
                match["m2"] or match["x2"] or match["a2"] or match["word"]):
            h1, h2 = _hour(int(match["h1"]), match["a1"]), _hour(int(match["h2"]), match["a2"])
            if h1 is not None and h2 is not None:
                found.append((Clock(match.start(), match.start("h2"), h1, int(match["m1"] or 0)),
                              Clock(match.start("h2"), match.end(), h2, int(match["m2"] or 0))))
    return found


def clock_before(text: str, start: int) -> Clock | None:
    """The clock time just before a day that starts at ``start`` ("at 14:30 on Tuesday"), or None."""
    for match in _TIME.finditer(text, max(0, start - 40), start):
        clock = _clock(match)
        if clock and re.fullmatch(_GAP, text[clock.end:start]):
            return clock
    return None


def is_approximate(clock: Clock) -> bool:
    """Whether ``clock``'s lead word says it is about when something happened: "gegen 9.30 Uhr", "vers 10h15"."""
    return APPROXIMATE.fullmatch(clock.lead) is not None


def clocks(text: str) -> list[Clock]:
    """The clock times of ``text`` that a word marks as times ("at 14:30", "um 9 Uhr", "saat 10.00'da", "2 p.m.",
    "18h00"); a bare "14:30" is not among them."""
    found = []
    for match in _TIME.finditer(text):
        clock = _clock(match)
        if clock and (match["lead"] or match["word"] or match["ampm"] or match["h"] or match["sep"] == "h"):
            found.append(clock)
    for match in _FOUR_FIGURES.finditer(text):
        if not any(c.start < match.end() and match.start() < c.end for c in found):
            found.append(Clock(match.start(), match.end(), int(match["hour"]), int(match["minute"]),
                               match["lead"] or "", True))
    return sorted(found, key=lambda clock: clock.start)
