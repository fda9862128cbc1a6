"""Two predicates joined by "and" in one clause, each with its date: "The six new horses will be trained from May and
enter service in the summer of 2024" gives "The six new horses will be trained" and "The six new horses will enter
service"; "Sales rose 5% in May and 3% in June", "Sales rose 5%" and "Sales rose 3%".

``second_predicate`` tells the date after "and" with the first title's subject (and its auxiliary, when the
predicate needs one); ``first_predicate`` cuts the first title before the predicate the later date tells."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.predicates import _verb_at, _verb_first

_AND = {"en": r"and", "de": r"und", "fr": r"et", "es": r"y|e"}
# A finite verb the second predicate may open with: it then needs no auxiliary of the first.
_FINITE_FIRST = {"en": r"[a-z]+ed|[a-z]{3,}s|was|were|is|are|has|had|will|would|can|could|must|should|"
                       r"rose|fell|fled|won|lost|left|took|made|began|came|went|held|met|sold|saw|gave|got|ran|hit|"
                       r"cut|set|shut",
                 "de": r"(?!ge)[a-zäöüß]+(?:te|ten|t)|ist|sind|war|waren|hat|haben|wird|werden|will|wollen|soll|"
                       r"sollen|kann|können|muss|müssen|darf|dürfen",
                 "fr": r"a|ont|est|sont|[a-zéèêàç]+(?:ait|era|ra|ront|ent)|(?:se|s['’]|ne|n['’])\s*\S+",
                 "es": r"[a-záéíóúñ]+(?:ó|aron|ieron|rá|rán|ía|ían|aba|aban)|ha|han|es|son|fue|fueron|"
                       r"(?:se|no)\s+\S+"}
# An auxiliary, which a predicate without a verb of its own cannot share ("had asked … and again" is no "had
# again"); a main verb can be shared ("rose 5% in May and 3% in June").
_AUXILIARY = {"en": r"had|has|have|was|were|is|are|will|would|be|been",
              "de": r"hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|soll|sollen|will|wollen|"
                    r"kann|können|muss|müssen",
              "fr": r"a|ont|avait|avaient|est|sont|était|étaient|sera|seront|va|vont|doit|doivent",
              "es": r"ha|han|había|habían|será|serán|fue|fueron|es|son|va|van|debe|deben|debía|debían"}
_EN_MODAL = r"will|would|can|could|should|must|may|might"
_ARTICLE = {"en": r"the|a|an", "de": r"der|die|das|ein|eine", "fr": r"le|la|les|l['’]|un|une|des",
            "es": r"el|la|los|las|un|una"}
_PASSIVE = {"en": "been", "de": "worden", "fr": "été", "es": "sido"}  # the auxiliary's second word, shared too
# A participle or infinitive of the predicate's own, after a shared auxiliary.
_NON_FINITE = {"en": r"[a-z]{3,}(?:ed|en)", "de": r"[a-zäöüß]{3,}(?:en|t)",
               "fr": r"[a-zéèêàç]{3,}(?:é|ée|és|ées|ir|er)",
               "es": r"[a-záéíóúñ]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ar|er|ir)"}
_DE_AUXILIARY = {"soll", "sollen", "will", "wollen", "wird", "werden", "kann", "können", "muss", "müssen", "darf",
                 "dürfen", "ist", "sind", "hat", "haben", "war", "waren", "wurde", "wurden", "hatte", "hatten"}


def second_predicate(first_title: str, sentence: str, clause: tuple[int, int], mention: Mention,
                     mentions: list[Mention], lang: str) -> str:
    """The title of ``mention``, a date after an "and" that follows another date of ``clause``: the subject of the
    clause's ``first_title`` (and its auxiliary) with the predicate after "and"; "" otherwise, and when the first
    title has no subject to share."""
    if lang not in _AND:
        return ""
    earlier = [m for m in mentions if clause[0] <= m.start and m.end <= mention.start]
    joined = [m for m in re.finditer(rf"\s(?:{_AND[lang]})\s", sentence[clause[0]:mention.start])
              if earlier and clause[0] + m.start() >= earlier[-1].end]
    if not joined:
        return ""
    start = clause[0] + _predicate_and(joined, sentence[clause[0]:mention.start], lang).end()
    predicate = tidy(remove_dates(sentence[start:clause[1]], start, mentions, lang)).strip(" ,.")
    words = first_title.split()
    at = _verb_of(words, first_title, lang)
    if not predicate or not 1 <= at <= min(8, len(words) - 1) or not _has_subject(first_title, sentence, lang):
        return ""
    subject = words[:at]
    auxiliary = words[at:at + 2] if words[at + 1:at + 2] == [_PASSIVE[lang]] else words[at:at + 1]
    if re.match(rf"(?:{_FINITE_FIRST[lang]})\b", predicate):  # "… and plans to start selling imagery"
        return " ".join([*subject, predicate])
    if re.match(rf"(?i:{_ARTICLE[lang]})\s", predicate):
        return ""  # "… y el resto se distribuirá", "… and the final kept": a subject of its own
    if lang == "en" and re.fullmatch(_EN_MODAL, auxiliary[0]) and re.match(r"[a-z]+\b", predicate):
        return " ".join([*subject, *auxiliary, predicate])  # "will be trained … and enter service"
    if re.fullmatch(rf"(?:{_AUXILIARY[lang]})", auxiliary[0]) \
            and not re.search(rf"\b(?:{_NON_FINITE[lang]})\b", predicate):
        return ""  # "had asked … and again, without success": no verb of the predicate's own
    return " ".join([*subject, *auxiliary, predicate])


def first_predicate(title: str, sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention],
                    lang: str) -> str:
    """``title`` without the second predicate it ends on, when a later date of the clause, after an "and", dates
    that one; ``title`` as it is otherwise."""
    if lang not in _AND:
        return title
    later = [m for m in mentions if mention.end <= m.start and m.end <= clause[1]]
    joined = list(re.finditer(rf"\s(?:{_AND[lang]})\s", sentence[mention.end:later[0].start])) if later else []
    cut = list(re.finditer(rf"\s(?:{_AND[lang]})\s", title))
    if not joined or not cut or not _has_subject(title, sentence, lang):
        return title
    start = mention.end + _predicate_and(joined, sentence[mention.end:later[0].start], lang).end()
    predicate = tidy(remove_dates(sentence[start:clause[1]], start, mentions, lang)).strip(" ,.").split()
    tail = title[cut[-1].end():].split()
    if not predicate or not tail or tail[-1].strip(".,") != predicate[-1].strip(".,"):
        return title  # the title does not end on that predicate
    return title[:cut[-1].start()]


def _predicate_and(joined: list[re.Match[str]], text: str, lang: str) -> re.Match[str]:
    """Of the "and"s found in ``text``, the last one a finite verb or modal follows, else the last: "… and could allow
    an opening for chum and sockeye salmon" opens its predicate after the first, not inside its object."""
    finite = [m for m in joined if re.match(rf"(?:{_FINITE_FIRST[lang]})\b", text[m.end():])]
    return (finite or joined)[-1]


def _has_subject(title: str, sentence: str, lang: str) -> bool:
    """Whether ``title`` opens on a subject: not on a verb, nor on a word its sentence writes only in lowercase
    ("Supera ya los volúmenes … y se acerca": the clause's own verb)."""
    first = title.split()[0]
    return not _verb_first(title, lang) and (re.search(rf"\b{re.escape(first)}\b", sentence) is not None
                                             or re.fullmatch(_ARTICLE[lang], first.lower()) is not None)


def _verb_of(words: list[str], title: str, lang: str) -> int:
    """Where the verb of a headline is: a German auxiliary or modal, an English auxiliary, modal or past (a present
    in "-s" may be a plural noun), else its first verb."""
    if lang == "de":
        return next((i for i, w in enumerate(words[1:], 1) if w in _DE_AUXILIARY), len(words))
    if lang == "en":
        return next((i for i, w in enumerate(words[1:], 1)
                     if re.fullmatch(_FINITE_FIRST["en"], w) and not re.fullmatch(r"[a-z]{3,}s", w)), len(words))
    return _verb_at(title, lang)
