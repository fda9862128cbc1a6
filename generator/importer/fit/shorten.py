"""The entry point ``fit``: it first drops the titles before a person's name in the subject ("Parteichef Herbert
Kickl" → "Herbert Kickl"), then trailing phrases (a German clause keeps its final verb: the last phrase before it
goes instead; each language's own phrases go before the last one)."""

from __future__ import annotations

import re

from generator.importer.fit.auxiliaries import (
    _SUBJECT_VERB,
    _reduced_relative_span,
    _subject_modifier,
    _verb_adverb,
    verb_span,
)
from generator.importer.fit.ending import _whole_names, _without_dangling
from generator.importer.fit.german import _GERMAN_ROLE, _german_span, without_fronted_adjunct
from generator.importer.fit.limit import LIMIT, PREPOSITIONS, _lang
from generator.importer.fit.roles import shorter_subject, without_roles
from generator.importer.fit.turkish import _turkish_span, _turkish_without_setting

# A phrase set off by two commas right after a short subject, its verb after it: "Семенов, курировавший …, получил".
_SET_OFF = re.compile(r"^([^,]{2,40}),\s+[^,]{3,90},\s+(?=[a-zà-ÿа-яёіїєґß])")


def fit(text: str, language: str, dangling: set[str], limit: int = LIMIT) -> str:
    """``text`` cut to ``limit`` characters at a phrase boundary, without a dangling last word."""
    lang = _lang(language)
    text = shorter_subject(text)
    if lang == "tr":
        text = _turkish_without_setting(text)
    preps = set(PREPOSITIONS.get(lang, "").split())
    text = _without_asides(text, lang, limit)
    words = text.split()
    whole = list(words)
    while len(" ".join(words)) > limit and len(words) > 3:
        span = _phrase_to_drop(words, lang, preps, limit)
        if span:
            del words[span[0]:span[1]]
            if 0 < span[0] <= len(words) and words[span[0] - 1].lower() in _JOINING:
                del words[span[0] - 1]  # "in Brandenburg und | im benachbarten Polen": the "und" goes with it
            if 0 < span[0] == len(words) - 1 and words[span[0] - 1].endswith(","):
                words[span[0] - 1] = words[span[0] - 1].rstrip(",")  # "Yeni tesisin temeli, | … | atılmıştı":
                # the comma that set off what went goes too
            continue
        if lang == "tr":  # the verb ends a Turkish clause: its subject and verb stay, what stands between goes
            break
        shorter = _without_last_phrase(words, preps, lang)
        if lang in ("ru", "uk") and (adjectives := _adjectives_before_lost_verb(words, shorter, lang, limit)):
            del words[adjectives[0]:adjectives[1]]  # "Сотрудники государственного природного биосферного
            continue  # заповедника … завершили": the adjectives before the subject's noun go before its verb does
        words = shorter
    words = _whole_names(words, whole)
    words = _without_dangling(words, lang, dangling, len(text.split()))
    return " ".join(words).strip(" ,;:–—-")


# The words that join two phrases: one left before a phrase dropped goes with it.
_JOINING = {"und", "oder", "and", "or", "et", "ou", "y", "o", "и", "или", "і", "та", "або", "ve", "veya"}


def _without_asides(text: str, lang: str, limit: int) -> str:
    """``text`` over ``limit`` without the roles, the phrase set off, the adverb or the common noun it can spare."""
    if len(text) > limit:
        text = without_roles(text)
    if len(text) > limit and lang != "tr":  # "Семенов, курировавший дорожное строительство, получил …": what is
        text = _SET_OFF.sub(r"\1 ", text, count=1)  # set off between a subject and its verb goes first
    if len(text) > limit and lang in ("fr", "es"):  # "devaient initialement s'achever" → "devaient s'achever"
        text = _verb_adverb(text, lang)
    if len(text) > limit and lang == "de":
        text = _GERMAN_ROLE.sub("", text, count=1)  # "Der Autozulieferer Brenner Antriebstechnik hat" → the name
    if len(text) > limit and lang == "de":
        text = without_fronted_adjunct(text)  # "Wegen fehlender Fahrer dünnen die Verkehrsbetriebe …": the cause
    return text


# The words that open a relative clause after its comma.
_RELATIVE_OPENER = {
    "en": r"which|who|whose|whom|where", "fr": r"qui|dont|où|lequel|laquelle|lesquels|lesquelles",
    "es": r"que|quien|quienes|cuy[oa]s?|donde", "de": r"der|die|das|dem|den|deren|dessen|welche[rsmn]?|wo",
    "ru": r"котор\w+|где", "uk": r"як(?:ий|а|е|і|ого|ому|им|ій|их|у|ої|ими)|де",
}


def _trailing_relative(words: list[str], lang: str) -> tuple[int, int] | None:
    """(start, end) of a relative clause that ends the title after its comma ("…, qui purge presque à chaque
    épisode de vent"): the whole clause goes before any phrase of it does, the noun it was on stays."""
    opener = _RELATIVE_OPENER.get(lang)
    for i in range(len(words) - 2, 2, -1):
        if words[i - 1].endswith(",") and opener and re.fullmatch(opener, words[i], re.IGNORECASE):
            return (i, len(words)) if not any(w.endswith(",") for w in words[i:]) else None
    return None


def _phrase_to_drop(words: list[str], lang: str, preps: set[str], limit: int) -> tuple[int, int] | None:
    """(start, end) of the next phrase to drop from inside the title, its language's own first; or None."""
    if lang == "de" and (german := _german_span(words, preps)):
        return german
    if lang == "tr":
        return _turkish_span(words)
    if relative := _trailing_relative(words, lang):
        return relative
    if lang in ("ru", "uk") and (slavic := _slavic_span(words, preps, lang)):
        return slavic
    if relative := _reduced_relative_span(words, lang):
        return relative
    if lang in _SUBJECT_VERB and (between := _subject_modifier(words, preps, lang, limit)):
        return between  # "Le procès de dix-sept personnes … s'est ouvert" → "Le procès s'est ouvert": the subject's
        # phrases go before its verb does
    return None


def _slavic_span(words: list[str], preps: set[str], lang: str) -> tuple[int, int] | None:
    """(start, end) of a Russian or Ukrainian phrase before the verb, or of the genitives after its subject."""
    from generator.importer.morphology import (
        genitive_before_verb,
        inner_genitives_before_verb,
        phrase_before_verb,
    )

    phrase = phrase_before_verb(words, preps, lang) or genitive_before_verb(words, lang) \
        or inner_genitives_before_verb(words, lang)
    # "уровень воды в реке Урал продолжил расти" → "уровень воды продолжил расти"; "ученые Уральского университета
    # обнаружили" → "ученые обнаружили"
    return phrase or None


def _adjectives_before_lost_verb(words: list[str], shorter: list[str], lang: str,
                                 limit: int) -> tuple[int, int] | None:
    """(start, end) of the adjectives before the verb's subject noun, when cutting ``words`` to ``shorter`` would
    lose the verb, or when the title fits without two or more of them; None otherwise."""
    from generator.importer.morphology import adjectives_before_verb, verb_at

    verb = verb_at(words, lang)
    adjectives = adjectives_before_verb(words, lang) if verb < len(words) else None
    if adjectives is None:
        return None
    fits = len(" ".join(words[:adjectives[0]] + words[adjectives[1]:])) <= limit \
        and adjectives[1] - adjectives[0] >= 2  # (one adjective is often part of a term: "соціальної політики")
    return adjectives if len(shorter) <= verb or fits else None


def _without_last_phrase(words: list[str], preps: set[str], lang: str) -> list[str]:
    """``words`` cut at their last preposition or comma from the fourth word on, else without their last word; a
    cut never falls before the end of the subject's verb ("Plusieurs associations de protection de la nature avaient
    déposé un recours devant …" keeps "avaient déposé")."""
    cuts = [i for i, w in enumerate(words[3:], 3) if (w.lower() in preps and not _object_of_saying(words, i, lang))
            or words[i - 1].endswith(",")]
    verb = verb_span(words, lang, 1) if lang in _SUBJECT_VERB else None
    if verb is not None:
        cuts = [i for i in cuts if i > verb[1]]
    return words[:cuts[-1]] if cuts else words[:-1]


def _object_of_saying(words: list[str], at: int, lang: str) -> bool:
    """Whether ``words[at]`` opens what a verb of saying before it tells of: "оголосила | про перевірку",
    "сообщил | о задержании" (no phrase a long title can spare)."""
    from generator.importer.reporting import says

    return lang in ("ru", "uk") and words[at].lower() in ("про", "о", "об") and says(words[at - 1], lang)
