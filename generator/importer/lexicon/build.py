"""The ``Lexicon`` of a language, built from Babel's CLDR month and weekday names and the tables of the language's
own module, and the lookups of a matched word (its month, weekday or unit)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

from generator.importer.lexicon import english, german, romance, slavic, turkish
from generator.importer.lexicon.numbers import UNITS
from generator.importer.lexicon.periods import (
    DAY_OF_THIS_MONTH,
    DECADE,
    END_OF_YEAR,
    MONTHS_OF_YEAR,
    NEXT_DAY,
    PART_OF_YEAR,
    QUARTER_ALONE,
    QUARTERS_OF_YEAR,
    SEASON,
    SEASON_BARE,
    SEASON_NEAR,
    SHIFTED,
    WINTER_NEAR,
)
from generator.importer.lexicon.turkish import _TR_CASE

# Inflected month forms CLDR leaves out, by language and month number.
_EXTRA_MONTHS: dict[str, dict[int, tuple[str, ...]]] = slavic.EXTRA_MONTHS | english.EXTRA_MONTHS
# Inflected weekday forms CLDR leaves out, by language, Monday = 0.
_EXTRA_WEEKDAYS: dict[str, dict[int, tuple[str, ...]]] = slavic.EXTRA_WEEKDAYS
# Tense cues, relative words and the words around a year or month, by language.
_TABLES: dict[str, dict[str, object]] = (english.TABLES | slavic.TABLES | romance.TABLES | german.TABLES
                                         | turkish.TABLES)
# A call to act ("call", "aufrufen", "appeler", "convocar", "призвать", "закликати"): a day set for what it calls
# for is ahead of the call.
_CALL = english.CALL | german.CALL | romance.CALL | slavic.CALL
# What may follow a month or weekday in the same word.
_SUFFIX = turkish.SUFFIX | german.SUFFIX
# Relative expressions read before those of ``_TABLES`` (so "anteayer" is not "ayer", "pasado mañana" not "mañana"):
# two days back or ahead, the weekend of the report's week, and "ago" with its number.
_FIRST_RELATIVE: dict[str, dict[str, str]] = (english.FIRST_RELATIVE | romance.FIRST_RELATIVE | german.FIRST_RELATIVE
                                              | slavic.FIRST_RELATIVE | turkish.FIRST_RELATIVE)


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language (``lexicon`` caches)
class Lexicon:
    """One language's date words as regular-expression fragments (each a non-capturing alternation)."""

    language: str
    months: dict[str, int]  # lowercase name → month number
    weekdays: dict[str, int]  # lowercase name → 0 (Monday) … 6
    case_sensitive: bool  # English months are capitalised ("May" the month, "may" the verb)
    month_suffix: str  # what may follow a month or weekday in the same word (Turkish "Mart'ta")
    weekday_suffix: str
    forward: str  # tense and cue words of a forward-looking clause
    back: str  # … and of a past one
    target: str  # words that name the day a thing is set for ("a strike for Thursday", "на 25 февраля"): the
    # tense of the verb before them is the setting's, not the day's, so the day is the nearest occurrence
    relative: dict[str, str]  # kind → pattern (see dates.py for the kinds)
    call: str = r"(?:x^)"  # a call to act ("called a strike for Thursday", "rief für Montag zu … auf"): the day it
    # sets is ahead of the call
    day_suffix: str = ""  # "15." in German, "15th" in English
    year_words: str = ""  # what may follow a year ("2022 року", "1999 yılında")
    year_before: str = ""  # words before a bare year ("in 2014", "у 2014")
    month_case: str = ""  # a case ending written onto a lowercase month without an apostrophe (Turkish "kasımda")
    month_before: str = ""  # words before a bare month ("in July", "у травні")

    def month_pattern(self) -> str:
        return _alternation(self.months, self.case_sensitive)

    def weekday_pattern(self) -> str:
        return _alternation(self.weekdays, self.case_sensitive)


def _alternation(words: dict[str, int], capitalised: bool) -> str:
    forms = [w[:1].upper() + w[1:] if capitalised else w for w in sorted(words, key=len, reverse=True)]
    return "(?:" + "|".join(re.escape(w) for w in forms) + ")"


def _first_kinds(language: str) -> dict[str, str]:
    """The relative expressions read before all others (a longer phrase before the words it holds)."""
    kinds = {"part_of_year": PART_OF_YEAR.get(language), "season": SEASON.get(language),
             "season_near": SEASON_NEAR.get(language), "season_bare": SEASON_BARE.get(language),
             "winter_near": WINTER_NEAR.get(language),
             "months_of_year": MONTHS_OF_YEAR.get(language), "quarters_of_year": QUARTERS_OF_YEAR.get(language),
             "end_of_year": END_OF_YEAR.get(language), "quarter_alone": QUARTER_ALONE.get(language),
             "decade": DECADE.get(language),
             "next_day": NEXT_DAY.get(language), "day_of_this_month": DAY_OF_THIS_MONTH.get(language),
             "shifted": SHIFTED.get(language)}
    return {kind: pattern for kind, pattern in kinds.items() if pattern} | _FIRST_RELATIVE.get(language, {})


def _language(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower() or "en"


@cache
def lexicon(tag: str) -> Lexicon:
    """The lexicon of a BCP 47 tag's language (``pt-BR`` → ``pt``); English when CLDR does not know it."""
    language = _language(tag)
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        language, locale = "en", Locale.parse("en")
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["wide"].items():
            months[name.lower()] = number
        for number, name in locale.months[context]["abbreviated"].items():
            if (name.endswith(".") and len(name) >= 4) or language == "en":
                months[name.lower()] = number
    if language == "tr":  # the stems "ocak" and "aralık" soften before a vowel: "ocağa", "aralığa"
        months.update({"ocağ": 1, "aralığ": 12})
    for number, forms in _EXTRA_MONTHS.get(language, {}).items():
        months.update({form.lower(): number for form in forms})
    if language == "en":
        months.pop("may.", None)
    weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            weekdays[name.lower()] = number
    for number, forms in _EXTRA_WEEKDAYS.get(language, {}).items():
        weekdays.update({form.lower(): number for form in forms})
    table = _TABLES.get(language, {})
    never = r"(?:x^)"
    return Lexicon(
        language=language, months=months, weekdays=weekdays, case_sensitive=language == "en",
        month_suffix=_SUFFIX.get(language, "") if language == "tr" else "",
        weekday_suffix=_SUFFIX.get(language, ""),
        forward=str(table.get("forward", never)), back=str(table.get("back", never)),
        target=str(table.get("target", never)), call=_CALL.get(language, never),
        relative=_first_kinds(language) | dict(table.get("relative", {})),  # type: ignore[call-overload]
        day_suffix=str(table.get("day_suffix", "")), year_words=str(table.get("year_words", "")),
        year_before=str(table.get("year_before", r"(?:in)")), month_before=str(table.get("month_before", never)),
        month_case=_TR_CASE if language == "tr" else "",
    )


def month_of(lex: Lexicon, word: str) -> int:
    """The month a matched month word names ("Mart'ta" → 3)."""
    key = re.split(r"['’\s]", word.strip())[0].lower()
    return lex.months[key] if key in lex.months else lex.months[word.strip().lower()]


def weekday_of(lex: Lexicon, word: str) -> int:
    key = word.lower()
    for name in sorted(lex.weekdays, key=len, reverse=True):
        if key.startswith(name):
            return lex.weekdays[name]
    raise KeyError(word)


def unit_of(lex: Lexicon, word: str) -> str | None:
    """The unit ("day", "week", "month", "year") a word of "ago" names ("Jahren" → "year"), None if none."""
    low = word.lower()
    return next((unit for start, unit in UNITS.get(lex.language, ()) if low.startswith(start)), None)
