"""Russian and Ukrainian word forms, read with pymorphy3 and its dictionaries (installed from PyPI)."""

from __future__ import annotations

import functools


@functools.cache
def _analyzer(language: str):  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def proper(word: str, language: str) -> bool:
    """Whether ``word`` is a proper name (a place, a person, an organisation) in Russian or Ukrainian."""
    parses = _analyzer(language).parse(word)
    return bool(parses) and bool(parses[0].tag.grammemes & {"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"})


def nominative_tail(text: str, language: str) -> str:
    """The noun phrase that ends ``text`` in the nominative: "… итоги президентских выборов" → "президентские
    выборы" (the last noun and the adjectives agreeing with it); "" when ``text`` does not end on a noun."""
    words = text.split()
    if not words:
        return ""
    analyzer = _analyzer(language)
    noun = next((p for p in analyzer.parse(words[-1].strip(",.")) if p.tag.POS == "NOUN"), None)
    if noun is None:
        return ""
    case, number = noun.tag.case, noun.tag.number
    phrase = [noun]
    for word in reversed(words[:-1]):
        adjective = next((p for p in analyzer.parse(word) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case
                          and (p.tag.number == number or number is None)), None)
        if adjective is None:
            break
        phrase.insert(0, adjective)
    wanted = {"nomn", number} if number else {"nomn"}
    forms = [(p.inflect(wanted) or p).word for p in phrase]
    return " ".join(forms)
