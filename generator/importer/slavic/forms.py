"""Russian and Ukrainian word forms read with pymorphy3, shared by the steps: a word's readings, agreement, a noun
phrase in the nominative, the genitives after a noun, and the prepositions that open a phrase."""

from __future__ import annotations

import re
from typing import Any

from generator.importer.morphology import _analyzer

_PREPOSITIONS = {"в", "во", "у", "на", "с", "со", "по", "из", "от", "до", "к", "при", "после", "з", "із", "зі", "під",
                 "за", "для", "через", "против", "проти", "о", "об", "про", "между", "між"}  # "кампания против гриппа"


def _parses(word: str, lang: str) -> list[Any]:
    return list(_analyzer(lang).parse(word.strip(",.;:«»\"")))


def _first(word: str, lang: str) -> Any:
    return _parses(word, lang)[0]


def _agrees(noun: Any, case: str | None, number: str | None, gender: str | None) -> bool:
    tag = noun.tag
    return tag.case == case and tag.number == number and (number == "plur" or gender is None or tag.gender == gender)


def _nominative(words: list[str], head: int, lang: str, noun: Any = None) -> list[str]:
    """``words[:head + 1]`` (adjectives and their noun ``words[head]``) in the nominative, capitals kept."""
    noun = noun or next(p for p in _parses(words[head], lang) if p.tag.POS == "NOUN")
    wanted = {"nomn", noun.tag.number} if noun.tag.number else {"nomn"}
    out = []
    for i, word in enumerate(words[:head + 1]):
        parse = noun if i == head else next((p for p in _parses(word, lang) if p.tag.POS in ("ADJF", "PRTF")
                                             and p.tag.case == noun.tag.case), None)
        extra = {noun.tag.gender} if i != head and noun.tag.number != "plur" and noun.tag.gender else set()
        form = (parse.inflect(wanted | extra) or parse.inflect((wanted | extra) - {"sing"})  # a Ukrainian
                or parse.inflect(wanted)) if parse else None  # singular has a gender, no number
        new = form.word if form else word
        out.append(new[:1].upper() + new[1:] if word[:1].isupper() else new)
    return out


def _dependents(words: list[str], start: int, lang: str) -> int:
    """The end of the genitive (or instrumental) words after a noun: "погрузка | зерновых судов"."""
    end = start
    while end < len(words) and not words[end - 1].endswith(",") and (
            re.fullmatch(r"[\d.,]+", words[end]) or any(p.tag.case in ("gent", "ablt") and p.tag.POS in (
                "NOUN", "ADJF", "NUMR") for p in _parses(words[end], lang)[:2])):
        end += 1
    return end
