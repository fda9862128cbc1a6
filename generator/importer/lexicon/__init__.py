"""The words a wire story dates its events with, per language: month and weekday names, and cue words.

Month and weekday names come from Babel's CLDR data (the format and stand-alone
wide names, and abbreviations that end with a dot), so every language CLDR
knows has them. What CLDR does not hold is written out here for the languages
the importer is measured on (en, uk, ru, es, fr, de, tr): the inflected forms
wire copy uses ("у травні", "в мае", "во вторник"), the relative expressions
("overnight", "вчора", "la semana pasada") and the tense cues that tell a
forward-looking sentence from a past one. A language without a table here
still gets CLDR's names; its relative words and tense cues are not read.

The tables live in one module per language or group: ``english``, ``slavic`` (Ukrainian, Russian), ``romance``
(Spanish, French), ``german`` and ``turkish``; ``numbers`` (number words and units) and ``periods`` (parts of a
year, decades, days counted from another) hold the patterns shared across languages, and ``build`` the
``Lexicon`` type, its builder ``lexicon`` and the lookups of a matched word.
"""

from __future__ import annotations

from generator.importer.lexicon.build import Lexicon, lexicon, month_of, unit_of, weekday_of
from generator.importer.lexicon.numbers import NUMBERS
from generator.importer.lexicon.periods import (
    DECADE_WORDS,
    EARLIER,
    MONTH_RANGE,
    RELATIVE_YEAR,
    THIS_YEAR,
    WEEKDAY_LAST,
    WEEKDAY_NEXT,
    part_of_year,
    season_months,
)

__all__ = [
    "DECADE_WORDS",
    "EARLIER",
    "MONTH_RANGE",
    "NUMBERS",
    "RELATIVE_YEAR",
    "THIS_YEAR",
    "WEEKDAY_LAST",
    "WEEKDAY_NEXT",
    "Lexicon",
    "lexicon",
    "month_of",
    "part_of_year",
    "season_months",
    "unit_of",
    "weekday_of",
]
