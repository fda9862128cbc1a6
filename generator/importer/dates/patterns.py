"""The regular expressions of the date rules, built (once) from a language's lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.importer.lexicon import MONTH_RANGE, Lexicon


@dataclass(frozen=True)
class Patterns:
    full: list[re.Pattern[str]]
    day_range: list[re.Pattern[str]]
    day_month: list[re.Pattern[str]]
    month_year: re.Pattern[str]
    bare_month: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: list[tuple[str, re.Pattern[str]]]
    year_span: re.Pattern[str]  # "2021-2023", "в 2021–2023 годах", "in 2019-20"
    year: re.Pattern[str]
    year_after: re.Pattern[str]  # "last year" right after a month: "in April last year"
    month_range: re.Pattern[str] | None = None  # "entre enero y junio", "январь-август 2025 года"


@cache
def patterns(lex: Lexicon) -> Patterns:
    flags = 0 if lex.case_sensitive else re.IGNORECASE
    case = r"(?:" + lex.month_case + r"(?!\w))?" if lex.month_case else ""  # "kasımda"
    month = r"(?P<month>" + lex.month_pattern() + r")" + case + r"(?!\w)(?:\.(?=\s*\d))?" + lex.month_suffix
    day = r"(?<![\d.,])(?P<day>[0-3]?\d)" + (lex.day_suffix or "") + r"(?![\d%])"
    year = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)" + (f"(?P<ywords>{lex.year_words})?" if lex.year_words else "")
    of = r"(?:(?:of|de|del|d')\s+)?"
    weekday = r"(?:(?:" + lex.weekday_pattern() + r"),?\s+(?:(?:dem|den)\s+)?)?" \
        if lex.language != "tr" else ""  # "Montag, dem 9. Juni"; Turkish names the weekday after the date
    en = lex.language == "en"
    # "24 Ağustos Cumartesi günü": Turkish names the weekday after the date, which it is part of
    named = r"(?:\s+(?:" + lex.weekday_pattern() + r")" + lex.weekday_suffix + r"(?:\s+günü)?(?!\w))?" \
        if lex.language == "tr" else ""
    full = [re.compile(weekday + r"(?:the\s+)?" + day + r"\s+" + of + month + r",?\s+" + of + year + named, flags)]
    if en:
        full.insert(0, re.compile(weekday + month + r"\s+" + day + r",?\s+" + year, flags))
    to = r"\s*(?:-|–|—|to|по|al|au|bis(?:\s+zum)?|y(?:\s+el)?|et(?:\s+le)?|and(?:\s+the)?|und(?:\s+dem)?|ve|и|і|та)\s*"
    # "entre le 24 et le 31 décembre", "zwischen dem 3. und dem 7. Juli": the second day may keep its article
    first = r"(?<![\d.,])(?P<day>[0-3]?\d)" + (lex.day_suffix or "")
    second = r"(?P<last>[0-3]?\d)" + (lex.day_suffix or "") + r"(?![\d%])"
    # "vom 17. bis 19. März 2025", "27-31 Mayıs 2025'te", "March 17-19, 2025": a year after the range is its own
    range_year = r"(?:,?\s+" + of + year + r")?"
    day_range = [re.compile(first + to + second + r"\s+" + of + month + range_year, flags)]
    if en:
        day_range.insert(0, re.compile(r"(?:(?<!\w)(?:between|from)\s+)?" + month + r"\s+" + first
                                       + r"(?:\s*[-–]\s*|\s+(?:and|to|through)\s+)" + second
                                       + range_year
                                       + r"(?=\s*(?:[,.;:)]|$)|\s+(?:to|in|at|for|when|with|as|and)\b)", flags))
        # "March 17 and 18 to discuss …", not "on March 17 and 18 people died"
    day_month = [re.compile(weekday + r"(?:the\s+)?" + day + r"\s+" + of + month + named, flags)]
    if en:
        day_month.insert(0, re.compile(weekday + month + r"\s+" + day + r"(?:st|nd|rd|th)?(?![,.]?\d)", flags))
    month_year = re.compile(r"(?<!\w)" + month + r",?\s+" + of + year, flags)
    if lex.language == "tr":
        # "ocakta", "ocağa" with no apostrophe is a pit or a mine ("ocakta meydana gelen"); January is "ocak ayında",
        # or "ocakta" after a year ("geçen yıl ocakta")
        bare_month = re.compile(r"(?<![\d\w])(?!(?<!yıl )(?<!sene )(?-i:[Oo]ca[kğ])(?:[dt][ae]|[ae])(?:n|ki)?(?!\w))"
                                r"(?P<month>" + lex.month_pattern() + r")(?:\s+ay(?:ından|ında|ına|ı)|"
                                r"['’]\w+|\s+(?:sonu(?:nda|na)?|başı(?:nda|na)?|ortası(?:nda|na)?)\b|" + lex.month_case
                                + r"(?!\w))", re.IGNORECASE)  # "Mayıs sonunda", "temmuz ortasında"
    else:
        bare_month = re.compile(r"(?<!\w)(?P<lead>(?i:" + lex.month_before + r"))(?:(?<=-)|\s+)" + month,
                                flags)  # "mi-mars"; "In March, …" at the start of a sentence
    lead = r"(?:(?P<lead>last|next|this)\s+)?" if en else r"(?P<lead>)"
    weekday_re = re.compile(r"(?<!\w)" + lead + r"(?P<weekday>" + lex.weekday_pattern() + r")" + lex.weekday_suffix
                            + r"(?:['’]s)?(?!\w)", flags)
    relative = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in lex.relative.items()]
    year_re = re.compile(r"(?<![\d$€£.,/-])(?:(?P<ylead>" + lex.year_before + r")\s+|(?P<mid>mid-))?" + year
                         + r"(?![%/-]?\d|s\b|\s*%|\s*per)",
                         re.IGNORECASE)
    year_span = re.compile(r"(?<![\d$€£.,/-])(?:(?P<ylead>" + lex.year_before + r")\s+)?" + year.replace("(?!\\d)", "")
                           + r"\s*[-–—]\s*(?P<last>(?:1[89]|20)?\d\d)(?![\d%/-]|\s*%)"
                           + (f"(?P<lwords>{lex.year_words})?" if lex.year_words else ""), re.IGNORECASE)
    last_next = "|".join(f"(?P<{kind}>{lex.relative[kind]})" for kind in ("last_year", "next_year", "same_year")
                         if kind in lex.relative) or "(?:x^)"
    year_after = re.compile(r"\s*,?\s*(?:(?:of|de|del|d'|du)\s+)?(?:" + last_next + ")", re.IGNORECASE)
    months = MONTH_RANGE.get(lex.language)
    month_range = re.compile(months.format(m="(?:" + lex.month_pattern() + ")" + case), flags) if months else None
    return Patterns(full, day_range, day_month, month_year, bare_month, weekday_re, relative, year_span, year_re,
                    year_after, month_range)
