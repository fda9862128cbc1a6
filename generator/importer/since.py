"""Dates that mark a beginning or the last time: "since the start of X, DATE", "the first … since DATE".

A date set beside "the start of X" is when X began ("… depuis le début de l'épidémie, le 8
décembre" → "L'épidémie a commencé"); the date of "for the first time since DATE" is when it
last happened ("The Fed cut rates for the first time since 2019" → "The Fed last cut rates",
"pour la première fois" → "pour la dernière fois", "erstmals" → "zuletzt", "впервые" → "в
последний раз"); "X, the first … since DATE" dates the last such X ("Cette visite, la première
d'un ministre … depuis avril 2025" → "La dernière visite d'un ministre … a eu lieu"); an English
"its lowest level since DATE" is when the subject was last this low ("Inflation was last this low").
"""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.fit import PREPOSITIONS
from generator.importer.titles import _clause_subject, _verb_at, headline, remove_dates, tidy


def _lang(language: str) -> str:
    return language.split("-")[0].lower()


# "For the first time since 2019": the date is when it last happened.
_SINCE = {"en": r"since", "fr": r"depuis", "es": r"desde", "de": r"seit", "ru": r"с|со", "uk": r"з|із|від",
          "tr": r"(?!)"}
_FIRST_TIME = {"en": (r"\s*\bfor the first time\b", ""), "fr": (r"\bpour la première fois\b", "pour la dernière fois"),
               "es": (r"\bpor primera vez\b", "por última vez"), "de": (r"\berstmals\b", "zuletzt"),
               "ru": (r"\bвпервые\b", "в последний раз"), "uk": (r"\bвперше\b", "востаннє")}


# "The start of X" before a date that stands alone beside it: X began then.
_BEGINNING = {
    "fr": (re.compile(r"(?:le\s+)?début\s+(?P<of>de\s+l['’]|de\s+la\s+|du\s+|des\s+)(?P<x>[^,]+)$", re.IGNORECASE),
           {"de l'": "L'", "de l’": "L'", "de la ": "La ", "du ": "Le ", "des ": "Les "},
           ("a commencé", "ont commencé")),
    "es": (re.compile(r"(?:el\s+)?(?:inicio|comienzo)\s+(?P<of>de\s+la\s+|del\s+|de\s+los\s+|de\s+las\s+)"
                      r"(?P<x>[^,]+)$", re.IGNORECASE),
           {"de la ": "La ", "del ": "El ", "de los ": "Los ", "de las ": "Las "}, ("comenzó", "comenzaron")),
    "en": (re.compile(r"(?:the\s+)?(?:start|beginning|outbreak)\s+(?P<of>of\s+the\s+|of\s+)(?P<x>[^,]+)$",
                      re.IGNORECASE), {"of the ": "The ", "of ": ""}, ("began", "began")),
}


def beginning_beside(sentence: str, clauses: list[tuple[int, int]], at: int, clause: tuple[int, int],
                      mentions: list[Mention], language: str) -> str:
    """A date standing alone beside "the start of X" dates X's beginning: "… depuis le début de l'épidémie, | le
    8 décembre" → "L'épidémie a commencé"; "" otherwise."""
    lang = _lang(language)
    if lang not in _BEGINNING or at == 0:
        return ""
    if re.sub(r"\W|\b(?:le|la|the|el|on|au)\b", "", tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0],
                                                                        mentions, language)), flags=re.IGNORECASE):
        return ""  # the date's clause says more than its date
    pattern, articles, verbs = _BEGINNING[lang]
    found = pattern.search(tidy(remove_dates(sentence[clauses[at - 1][0]:clauses[at - 1][1]], clauses[at - 1][0],
                                             mentions, language)))
    if not found:
        return ""
    of = re.sub(r"\s+", " ", found["of"].lower())
    plural = of.startswith(("des", "de los", "de las")) or (lang == "en" and found["x"].endswith("s"))
    return f"{articles.get(of, '')}{found['x']} {verbs[plural]}"


# A noun and "the first" beside it: "Cette visite, la première d'un ministre français en Algérie".
_FIRST_BESIDE = {
    "fr": re.compile(r"(?i:ce|cette|le|la|l['’]|son|sa)\s*(?P<noun>\w+),\s+(?:la|le)\s+(?P<first>première|premier)\s+"
                     r"(?P<rest>\S.*)"),
    "es": re.compile(r"(?i:este|esta|el|la|su)\s+(?P<noun>\w+),\s+(?:la|el)\s+(?P<first>primera|primero)\s+"
                     r"(?P<rest>\S.*)"),
    "en": re.compile(r"(?i:this|the|its)\s+(?P<noun>\w+),\s+the\s+(?P<first>first)\s+(?P<rest>(?:by|of|to|in)\s.*)"),
}


def last_time(sentence: str, clauses: list[tuple[int, int]], at: int, clause: tuple[int, int], mention: Mention,
               mentions: list[Mention], language: str) -> str:
    """The date of "the first time since DATE" is when it last happened: "The Fed cut rates for the first time
    since 2019" → "The Fed last cut rates", "… pour la première fois depuis 2019" → "… pour la dernière fois";
    "Australia's central bank cut its cash rate by a quarter point, | its first move since February" → "Australia's
    central bank last cut its cash rate"; "" for any other date."""
    lang = _lang(language)
    since = rf"(?:{_SINCE.get(lang, '(?!)')})"
    after_since = re.search(rf"(?:^|\s){since}\s*$", sentence[clause[0]:mention.start], re.IGNORECASE) or \
        re.match(rf"{since}\s", sentence[mention.start:mention.end], re.IGNORECASE)  # "since 2019" is the mention
    if lang not in _FIRST_TIME or not after_since:
        return ""
    pattern, last = _FIRST_TIME[lang]
    raw = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
    beside = _FIRST_BESIDE.get(lang)
    if beside and (found := beside.fullmatch(raw)):  # "Cette visite, la première d'un ministre … depuis avril"
        feminine = found["first"].lower() in ("première", "primera")
        word = {"fr": ("dernier", "dernière"), "es": ("último", "última"), "en": ("last", "last")}[lang][feminine]
        article = {"fr": ("Le", "La"), "es": ("El", "La"), "en": ("The", "The")}[lang][feminine]
        happened = {"fr": "a eu lieu", "es": "tuvo lugar", "en": "took place"}[lang]
        return f"{article} {word} {found['noun']} {found['rest']} {happened}"
    level = re.search(r"(?:^|,\s+)(?:its|their|the)\s+(?P<adj>high|low|strong|weak)est(?:\s+(?:level|reading|close|"
                      r"point|rate|value))?$", raw) if lang == "en" else None
    if level and (at > 0 or level.start() > 0 or clause[0] > clauses[at][0]):  # "…, its lowest level since 2021"
        owner = _clause_subject(sentence, clauses[0], mentions, language)  # → "Inflation was last this low"
        if owner:
            plural = re.search(r"(?:[^s]s| and .+)$", owner) is not None
            return f"{owner} {'were' if plural else 'was'} last this {level['adj']}"
    apposition = re.fullmatch(r"(?:its|their|his|her|the)\s+first\s+\w+", raw) if lang == "en" else None
    if apposition and at > 0:  # "…, | its first move since February": the clause before it is what moved
        text = headline(sentence, clauses[at - 1], clauses[at - 2] if at > 1 else None, mentions, language,
                        capitalise=False)
    elif re.search(pattern, raw, re.IGNORECASE):
        text = headline(sentence, clause, clauses[at - 1] if at else None, mentions, language, capitalise=False)
        text = re.sub(pattern, last, text, count=1, flags=re.IGNORECASE)
        if lang != "en":
            return text
    else:
        return ""
    words = text.split()  # English: "last" before the verb, and the verb's object without the phrases after it
    verb = _verb_at(text, lang)
    if verb >= len(words) or verb == 0:
        return ""
    end = next((i for i in range(verb + 2, len(words)) if words[i].lower() in PREPOSITIONS["en"].split()), len(words))
    return " ".join([*words[:verb], "last", *words[verb:end]]).rstrip(" ,")
