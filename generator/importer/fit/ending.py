"""How a cut headline may end: never on a dangling word, the first part of a name, a count without its noun or a
Russian or Ukrainian adjective without its noun; a verb's particle ("teilte … mit", "was sworn in") may end it."""

from __future__ import annotations

import re

from generator.importer.fit.limit import _lang
from generator.importer.verbs import PAST_FORMS

_DE_PARTICLES = {"an", "ab", "auf", "aus", "ein", "fest", "mit", "statt", "vor", "zu", "zurück", "zusammen", "bekannt"}
_DE_SEPARABLE = re.compile(r"^(?:teilt|kündigt|tritt|trat|find|fand|gab|gibt|geb|nahm|nimmt|sprach|spricht|wies|"
                           r"weist|rief|ruft|stellt|legt|setzt|schloss|schließt|fing|fängt|kam|kommt|sah|sieht|"
                           r"hielt|hält|wiesen|traten|fanden|gaben|nahmen)")
_EN_PARTICLES = {"in", "over", "up", "out", "off", "down"}


def particle(words: list[str], language: str) -> bool:
    """Whether the last word is the particle of a verb ("teilte … mit", "was sworn in"), not a dangling
    preposition."""
    lang = _lang(language)
    last = words[-1].lower().strip(",;:")
    if lang == "de" and last in _DE_PARTICLES:
        return any(_DE_SEPARABLE.match(w.lower()) for w in words[:-1])
    if lang == "de" and last in ("haben", "sein") and len(words) > 1:  # "soll … angegriffen haben"
        return bool(re.fullmatch(r"\w{0,5}ge\w+(?:en|t)|worden", words[-2].lower()))
    if lang == "en" and last in _EN_PARTICLES and len(words) > 1:
        return bool(re.search(r"(?:ed|en|wn|rn)$", words[-2])) or words[-2] in {"set", "put", "cut", "shut", "held"} \
            or words[-2].lower() in PAST_FORMS  # "froze over", "broke down", "took off"
    return False


def _whole_names(words: list[str], whole: list[str]) -> list[str]:
    """``words`` (the start of ``whole``) without the first part of a name they cut ("… Emmanuel Macron et
    Abdelmadjid" of "… et Abdelmadjid Tebboune"): a name is kept whole or not at all."""
    cut = len(words)
    if cut == len(whole) or cut == 0 or not words[-1][:1].isupper() or not whole[cut][:1].isupper() \
            or words[-1].endswith(",") or words[-1] == whole[-1]:
        return words  # (words taken out inside, none at the end: "Das gegründete Familienunternehmen gehört zur
        # Hamburger Beteiligungsgesellschaft Nordkap" without its adjective ends on its whole name still)
    start = cut - 1
    while start > 1 and words[start - 1][:1].isupper() and not words[start - 1].endswith(","):
        start -= 1
    return words[:start] if start > 1 else words


def _adjective_without_noun(words: list[str], lang: str, cut: bool) -> bool:
    """Whether a Russian or Ukrainian headline that was cut ends on an adjective ("… бюджетное")."""
    if not cut or lang not in ("ru", "uk"):
        return False
    if len(words) > 1 and words[-2].lower() in {"был", "была", "было", "были", "був", "була", "було", "були"}:
        return False  # a predicate after its copula: "План був розроблений"
    from generator.importer.morphology import is_adjective

    return is_adjective(words[-1].strip(",;:"), lang)


_COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                "twenty", "hundred", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze",
                "douze", "quinze", "vingt", "cent", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                "diez", "quince", "veinte", "cien", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
                "zehn", "zwölf", "zwanzig", "hundert"}


def _without_dangling(words: list[str], lang: str, dangling: set[str], before_cut: int) -> list[str]:
    """``words`` without the words that dangle at their end (``before_cut``: how many there were before the cut)."""
    while len(words) > 2 and (words[-1].lower().strip(",;:") in dangling or not words[-1].strip(",;:–—-")
                              or words[-1].lower() in _COUNT_WORDS  # "quinze", "fifteen": a count without its noun
                              or _adjective_without_noun(words, lang, cut=len(words) < before_cut)) \
            and not particle(words, lang):
        words.pop()
    return words
