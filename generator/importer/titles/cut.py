"""A headline cut to its length: at most twelve words and 80 characters, at a phrase boundary, never on a dangling
word."""

from __future__ import annotations

import re

from generator.importer.fit import LIMIT, PREPOSITIONS, particle
from generator.importer.titles.predicates import _VERB_WORD, _finite_in, _has_verb, _verb_first
from generator.importer.titles.words import _BREAKS, _DANGLING, _MAX_WORDS, _RELATIVE


def _strip_end(words: list[str]) -> None:
    """Take punctuation off the last word ("meet," → "meet"), and words that are only punctuation."""
    while words and not words[-1].rstrip(",;:–—-"):
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",;:–—-")


# A place and the region or country it lies in, set off by commas: "at a plant in Dayton, Ohio, was", where a long
# headline keeps the place alone (not a list: "in Leeds, York, and Hull")
_EN_REGION = re.compile(r"(?P<place>\b(?:in|at|from|near|outside|of)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),"
                        r"\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,(?=\s+(?!and\b|or\b)[a-z])")


def _ends_on_auxiliary(text: str, lang: str) -> bool:
    """Whether a French or Spanish cut would end on an auxiliary whose participle comes after an adverb of its own
    ("Le conseil a | de nouveau voté", "La empresa ha | en cambio despedido"): no place to cut."""
    from generator.importer.fit import _AUXILIARY

    words = text.split()
    return lang in ("fr", "es") and bool(words) and words[-1].lower() in _AUXILIARY[lang]


def _cut(text: str, lang: str, capitalise: bool = True) -> str:
    from generator.importer.fit import (
        _EN_AUXILIARIES,
        _SUBJECT_VERB,
        _reduced_relative,
        _subject_modifier,
        _verb_adverb,
        _whole_names,
        between_auxiliary,
        without_roles,
    )

    if len(text.split()) > _MAX_WORDS or len(text) > LIMIT:
        text = without_roles(text)  # "La candidata de centro Rosa Villanueva y …" → "Rosa Villanueva y …"
        if lang in ("fr", "es"):  # "devaient initialement s'achever" → "devaient s'achever"
            text = _verb_adverb(text, lang)
        if lang in ("ru", "uk"):  # "через пошкодження підстанції | близько 12 тисяч абонентів залишалися"
            from generator.importer.slavic import without_fronted_cause

            text = without_fronted_cause(text, lang)
            # "галерея мистецтв імені Бориса Возницького": the name a body is named after goes from a long title
            text = re.sub(r"\s(?:імені|имени)(?:\s+[А-ЯЁІЇЄҐ][\w'’.-]*){1,3}(?=\s)", "", text)
        if lang == "en":
            text = _EN_REGION.sub(r"\g<place>", text)
    if lang in ("ru", "uk") and len(text.split()) > _MAX_WORDS:
        from generator.importer.morphology import phrase_before_verb, verb_at

        words = text.split()  # "галерея … вперше | від початку повномасштабного вторгнення | виставила": the phrases
        while len(words) > _MAX_WORDS and _MAX_WORDS - 3 <= verb_at(words, lang) < len(words) \
                and (phrase := phrase_before_verb(words, set(PREPOSITIONS[lang].split()), lang)):
            del words[phrase[0]:phrase[1]]  # between a subject and its verb go before its object does
        text = " ".join(words)
    words = text.split()
    if len(words) > _MAX_WORDS and lang in _SUBJECT_VERB and (not _has_verb(" ".join(words[:_MAX_WORDS]), lang)
                                                              or between_auxiliary(words, _MAX_WORDS, lang)) \
            and not _verb_first(text[:1].lower() + text[1:], lang) \
            and not (lang == "es" and re.match(r"(?:no\s+)?se\s", text, re.IGNORECASE)) \
            and (between := _subject_modifier(words, set(PREPOSITIONS.get(lang, "").split()), lang, LIMIT,
                                                         _MAX_WORDS)):
        del words[between[0]:between[1]]  # "Le procès de dix-sept personnes … | s'est ouvert": the verb stays
    if len(words) > _MAX_WORDS and (relative := next((i for i in range(2, len(words))
                                                      if _reduced_relative(words, i, lang)), None)):
        auxiliary = next(j for j in range(relative + 2, len(words)) if words[j] in _EN_AUXILIARIES)
        del words[relative:auxiliary]  # "an outbreak linked to pre-cut cucumbers had sickened" → "an outbreak had
        # sickened": a reduced relative clause goes before its noun's verb does
    if len(words) > _MAX_WORDS and lang not in ("de", "tr"):  # a German or Turkish clause ends on its verb
        # a clause ends at the comma of a relative clause after it: "… presunto autor del fuego, | que comenzó"
        comma = next((i for i in range(5, len(words)) if words[i - 1].endswith(",")
                      and words[i].lower() in _RELATIVE.get(lang, set()) | {"that", "que", "qui"}), None)
        head = " ".join(words[:_MAX_WORDS + 1]) + " "
        cuts = [head.rfind(",")] + [m.start() for m in re.finditer(_BREAKS.get(lang, r"(?!)"), head)]
        cuts = [c for c in cuts if c > 0 and len(head[:c].split()) >= 5 and _finite_in(head[:c], lang)
                and not _ends_on_auxiliary(head[:c], lang)]  # (a Russian or Ukrainian verb by its word form)
        if comma and len(" ".join(words[:comma])) <= LIMIT and _has_verb(" ".join(words[:comma]), lang):
            words = words[:comma]
        elif cuts:  # not inside the subject: "La Direction nationale du contrôle | de gestion doit examiner"
            words = head[:max(cuts)].split()
        elif len(text) > LIMIT:  # at a word, never inside a name
            words = _whole_names(words[:_MAX_WORDS], words)
    dangling = _DANGLING.get(lang, set())
    tail = " ".join(words).rsplit(",", 1)
    if len(tail) == 2 and 1 <= len(tail[1].split()) <= 2 and tail[1].strip()[:1].islower() \
            and len(tail[0].split()) >= 3 and not _has_verb(tail[1], lang if lang in _VERB_WORD else "en"):
        words = tail[0].split()  # "…nommé Premier ministre, deux mois" → "…nommé Premier ministre"; "…, жителей"
    _strip_end(words)
    while len(words) > 2 and words[-1].lower() in dangling and not particle(words, lang):
        words.pop()
        _strip_end(words)
    text = " ".join(words).strip(" ,;:–—-")
    return text[:1].upper() + text[1:] if capitalise else text
