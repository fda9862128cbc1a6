"""Which part of a sentence tells the event: the part between commas or semicolons that holds the date, a date set
off in commas, a noun with its relative clause, the clause up to its date."""

from __future__ import annotations

import itertools
import re

from generator.importer.dates import Mention
from generator.importer.fit import fit
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.headline import headline
from generator.importer.titles.phrases import _without_subject_phrase
from generator.importer.titles.predicates import _lacks_subject, _verb_at, _verb_first
from generator.importer.titles.words import _DANGLING, _LEADS, _lang
from generator.importer.verbs import PAST_PATTERN


def _noun_and_its_relative(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                           mention: Mention, mentions: list[Mention], lang: str) -> str:
    """A date inside the noun phrase that ends its clause, when a relative clause tells what that thing did:
    "surpassing the 2018 Camp Fire, | which killed 85 people" → "the Camp Fire killed 85 people"; or ""."""
    if lang in ("es", "fr"):
        return _noun_of_its_date_and_relative(sentence, clause, following, mention, mentions, lang)
    if lang != "en" or not following:
        return ""
    relative = re.match(r"\s*(?:which|who)\s+(?=[a-z])", sentence[following[0]:following[1]])
    raw = sentence[clause[0]:clause[1]]
    phrase = re.search(r"(?:^|\s)((?:the|a|an)\s+[^,]*?)[\s,]*$", raw)
    if not relative or not phrase:
        return ""
    start, end = clause[0] + phrase.start(1), clause[0] + phrase.end(1)
    if not (start <= mention.start and mention.end <= end) \
            or re.search(r"\b(?:on|in|at|since|by|from|until|of)\s*$", sentence[start:mention.start]):
        return ""  # "the attack on Monday, which …" is dated by a phrase; "the 2018 Camp Fire" by its name
    noun = tidy(sentence[start:mention.start] + sentence[mention.end:end])
    predicate = headline(sentence, (following[0] + relative.end(), following[1]), None, mentions, "en",
                         capitalise=False)
    if not 2 <= len(noun.split()) <= 6 or not re.match(r"[a-z]+(?:ed|s)\b|(?:was|were|is|are|has|had|will)\b",
                                                        predicate):
        return ""
    return f"{noun} {predicate}"


# A Spanish or French noun phrase that a date after it qualifies: "las lluvias de (finales de) | mayo", "les pluies
# de (fin) | mai", the "de" inside the date's words or before them.
_NOUN_OF_DATE = re.compile(r"(?:^|\s)(?P<np>(?P<art>el|la|los|las|le|les|l['’]|des|du|aux|au)\s*"
                           r"[a-záéíóúñàâçèéêëîïôûù]{3,}"
                           r"(?:\s+[a-záéíóúñàâçèéêëîïôûù]{3,})?)\s+(?:(?:de|a)\s+)?"
                           r"(?:(?:principios|finales|mediados|début|fin|mi)\s+)?(?:(?:de|del|du|d['’])\s*)?$")


def _noun_of_its_date_and_relative(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                                   mention: Mention, mentions: list[Mention], lang: str) -> str:
    """A Spanish or French clause that ends on a noun and the date that qualifies it, a relative clause on that
    noun after it ("refleja el efecto de las lluvias de finales de mayo, | que aliviaron la sequía"): the noun did
    what the relative clause tells, "las lluvias aliviaron la sequía"; "" otherwise."""
    if not following or sentence[mention.end:clause[1]].strip(" ,"):
        return ""
    relative = re.match(r"\s*(?:que|qui)\s+(?=[a-záéíóúñàâçèéêëîïôûù])", sentence[following[0]:following[1]])
    found = _NOUN_OF_DATE.search(sentence[clause[0]:mention.start])
    if not relative or not found:
        return ""
    predicate = headline(sentence, (following[0] + relative.end(), following[1]), None, mentions, lang,
                         capitalise=False)
    if not (_verb_first(predicate, lang) or _lacks_subject(predicate, lang)) or len(predicate.split()) < 2:
        return ""  # "les pluies de mai, | que les agriculteurs attendaient": the noun is the object
    article = {"des": "les", "aux": "les", "du": "le", "au": "le"}.get(found["art"], found["art"])
    return f"{article}{found['np'][len(found['art']):]} {predicate}"  # "des inondations" → "les inondations"


def _up_to_its_date(sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention],
                    language: str) -> str:
    """The clause up to the phrase of its date, without the phrase between its subject and its verb: what tells a
    clause's second date apart from its first ("Measles cases in Europe more than doubled last year | to their
    highest level since 1997" → "Measles cases more than doubled to their highest level"); "" if it has no verb."""
    lang = _lang(language)
    a = clause[0]
    if mention.start <= a:
        return ""
    text = tidy(remove_dates(sentence[a:mention.end], a, mentions, language))
    leads = _LEADS.get(lang)
    if leads:
        text = re.sub(rf"^{leads}\s+", "", text, flags=re.IGNORECASE)
    text = fit(_without_subject_phrase(text, lang), language, _DANGLING.get(lang, set()))
    words = text.split()
    if len(words) < _verb_at(text, lang) + 2:
        return ""  # no verb, or nothing after it
    return text[:1].upper() + text[1:]


def _date_apposition_closed(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                            mention: Mention) -> tuple[int, int] | None:
    """The clause and the one after it when the comma between them closes a date set off in commas ("повідомив
    у п'ятницю, 6 лютого, | начальник … Максим Козицький", "said on Friday, May 6, | the minister"): the
    clause goes on past the date; None otherwise."""
    if following is None or "," not in sentence[mention.start:mention.end] \
            or sentence[mention.end:clause[1]].strip(" ,") or following[0] != clause[1]:
        return None
    return clause[0], following[1]


def _within_semicolons(sentence: str, clause: tuple[int, int], mention: Mention) -> tuple[int, int]:
    """The part of a clause between the semicolons around its date: a semicolon ends a sentence's clause as a
    full stop would ("… dört kişi hayatını kaybetmişti; AFAD, …" tells the loss of life, not the agency)."""
    start = sentence.rfind(";", clause[0], mention.start)
    end = sentence.find(";", mention.end, clause[1])
    return start + 1 if start >= 0 else clause[0], end if end >= 0 else clause[1]


# "and" before a finite verb: two predicates of one subject, each with its own date.
_JOINED_VERB = {
    "en": rf"\s(?=and\s+(?:is|are|was|were|will|would|has|have|had|[a-z]{{3,}}ed|{PAST_PATTERN})\b)",
    "fr": r"\s(?=et\s+(?:a|ont|est|sont|va|vont|doit|doivent|sera|seront|\w+era|\w+eront)\b)",
    "es": r"\s(?=y\s+(?:ha|han|es|son|fue|fueron|será|serán|\w+ó|\w+rá|\w+rán)\b)",
}


def _own_part(sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention],
              language: str = "") -> tuple[int, int]:
    """The part of the clause between commas that holds ``mention``, when another date of the clause lies in
    another part ("İmamoğlu 19 Mart'ta gözaltına alınmış, 23 Mart'ta tutuklanmıştı")."""
    a, b = clause
    others = [m for m in mentions if m is not mention and a <= m.start < b]
    if not others:
        return clause
    joined = _JOINED_VERB.get(language.split("-")[0].lower())  # "… next week | and is due to report … on Jan. 29"
    cuts = sorted([a] + [a + m.end() for m in re.finditer(r",\s+", sentence[a:b])] + [b]
                  + ([a + m.end() for m in re.finditer(joined, sentence[a:b])] if joined else []))
    for start, end in itertools.pairwise(cuts):
        if start <= mention.start < end:
            if any(start <= m.start < end for m in others) or (start == a and end == b):
                return clause
            return (start, end)
    return clause
