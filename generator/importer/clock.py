"""The clock time a wire story gives a day ("on Tuesday at 14:30", "à 18h00", "saat 06.00'de", "о 14:30"), which
makes the day's event a date-time. The time is the story's local time, as written: no offset is guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that put a clock time in place: "at", "around", "à", "vers", "a las", "um", "gegen", "в", "около", "о",
# "близько", "saat".
_LEAD = (r"(?:at|around|about|shortly (?:after|before)|à|vers|aux alentours de|a las?|hacia las?|sobre las?|"
         r"um|gegen|в|во|около|примерно в|о|об|близько|приблизно о|saat)")
_AMPM = r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)"
# "14:30", "18h00", "18h", "2:30 p.m.", "2 p.m.", "18 Uhr", "14.30 Uhr"; a dot ("06.00") only with a word that
# says it is a time: a lead word before it, or "Uhr", "horas", a Turkish case ending after it.
_TIME = re.compile(
    r"(?<![\d.,:])(?:(?P<lead>" + _LEAD + r")\s+)?"
    r"(?P<hour>[01]?\d|2[0-3])(?:(?P<sep>[:.h])(?P<minute>[0-5]\d)|(?P<h>\s?h)(?![\w])|(?=\s*(?:[ap]\.?\s?m\b|Uhr)))"
    + _AMPM + r"?(?P<word>\s*Uhr\b|\s*horas\b|['’](?:de|da|te|ta)\b|\s+itibarıyla\b)?(?![\d%])",
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


def _clock(match: re.Match[str]) -> Clock | None:
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["sep"] == "." and not (match["lead"] or match["word"]):
        return None  # "14.30": a number, unless something says it is a time
    if not (match["lead"] or match["sep"] or match["h"] or match["ampm"] or match["word"]):
        return None
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    return Clock(match.start(), match.end(), hour, minute)


def clock_after(text: str, end: int) -> Clock | None:
    """The clock time just after a day that ends at ``end`` (a few words between at most), or None."""
    for match in _TIME.finditer(text, end, min(len(text), end + 48)):
        clock = _clock(match)
        if clock and re.fullmatch(_GAP, text[end:clock.start]):
            return clock
    return None


def clock_before(text: str, start: int) -> Clock | None:
    """The clock time just before a day that starts at ``start`` ("at 14:30 on Tuesday"), or None."""
    for match in _TIME.finditer(text, max(0, start - 40), start):
        clock = _clock(match)
        if clock and re.fullmatch(_GAP, text[clock.end:start]):
            return clock
    return None


def clocks(text: str) -> list[Clock]:
    """The clock times of ``text`` that a word marks as times ("at 14:30", "um 9 Uhr", "saat 10.00'da", "2 p.m.",
    "18h00"); a bare "14:30" is not among them."""
    found = []
    for match in _TIME.finditer(text):
        clock = _clock(match)
        if clock and (match["lead"] or match["word"] or match["ampm"] or match["h"] or match["sep"] == "h"):
            found.append(clock)
    return found
