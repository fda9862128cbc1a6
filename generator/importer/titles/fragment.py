"""The last repair of a title: a fragment with no verb takes the clause beside it that tells the event.

The date of "Les familles ont été hébergées provisoirement dans un hôtel, | aux frais de la commune, jusqu'à
vendredi" is in a clause of circumstances; its title, "Aux frais de la commune", says nothing happened. A title is
such a fragment when it has no finite verb in a language whose verbs the importer can tell (en, es, fr, ru, uk), or
when it is one or two words. The clause next to the date's (the one before, else the one after: "Lors de la
précédente édition, en 2021, | ils étaient près de 12.000") gives the title instead when, made a headline, it has a
verb, at least three words, and no event of the sentence has that title already: two events of one sentence keep
different titles, so a fragment stays when the clause beside it is another event's.

Only what is surely no headline is replaced: a title of one or two words with no verb ("Dry spell"), or one that
opens on a preposition or connective and has no verb ("Aux frais de la commune", "В том числе"). The importer's
test of a verb misses some ("plans", "estaba", "нужно"), and a title it misses a verb in is usually fine.
"""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.titles.headline import headline
from generator.importer.titles.predicates import _finite_in, _verb_first
from generator.importer.titles.words import _AS_SAID, _SOURCE_OPENER, _lang

_TOLD = ("en", "es", "fr", "ru", "uk")  # the languages whose finite verbs the importer can tell

_FIRST_PERSON = {"en": {"i", "we"}, "es": {"yo", "nosotros", "nosotras"}, "fr": {"je", "j'", "nous"},
                 "ru": {"я", "мы"}, "uk": {"я", "ми"}}

# Words a phrase of circumstance opens on, and no subject does.
_CIRCUMSTANCE = {
    "en": {"according", "in", "on", "at", "for", "from", "with", "by", "during", "after", "before", "amid", "up",
           "down", "including", "despite", "until", "since", "as"},
    "es": {"a", "al", "en", "con", "para", "por", "durante", "tras", "desde", "según", "incluido", "pese", "hasta",
           "antes", "después", "como"},
    "fr": {"à", "au", "aux", "lors", "en", "dans", "pour", "par", "avec", "après", "avant", "depuis", "dès", "sauf",
           "selon", "malgré", "jusqu'à", "jusqu'au", "jusqu’à", "jusqu’au", "comme"},
    "ru": {"в", "во", "на", "с", "со", "по", "до", "после", "при", "из-за", "согласно", "несмотря", "как", "к"},
    "uk": {"в", "у", "на", "з", "із", "зі", "по", "до", "після", "при", "через", "зокрема", "згідно", "попри", "як",
           "потім"},
}


def is_fragment(title: str, language: str) -> bool:
    """Whether ``title`` is surely no headline: no finite verb (in a language whose verbs are known) and one or two
    words, or an opening preposition or connective."""
    lang = _lang(language)
    words = title.split()
    if lang not in _TOLD or not words or _finite_in(title, lang):
        return False
    return len(words) < 3 or (len(words) <= 6 and words[0].casefold().strip(",") in _CIRCUMSTANCE[lang])


def tells_an_event(text: str, language: str) -> bool:
    """Whether a clause made a headline can stand for an event: three words or more with a verb, its subject first
    (not "Avait été renvoyée …", "До якої підключається …"), and neither a source ("As reported by …"), a
    speaker's own "we" or "I", nor what an age set off after a name leaves ("…, 58, | ran the trading house")."""
    lang, words = _lang(language), text.split()
    return len(words) >= 3 and _finite_in(text, lang) and not _verb_first(text[:1].lower() + text[1:], lang) \
        and not re.match(rf"(?i:{_SOURCE_OPENER.get(lang, '(?!)')}|{_AS_SAID.get(lang, '(?!)')})\s", text) \
        and words[0].casefold() not in _FIRST_PERSON[lang] | _CIRCUMSTANCE[lang] and not words[0].isdigit()


def instead_of_fragment(title: str, sentence: str, clauses: list[tuple[int, int]], at: int,
                        mentions: list[Mention], language: str, taken: set[str]) -> str:
    """``title``, or, when it is a fragment, the headline of the clause beside ``clauses[at]`` that tells an event
    (``taken``: the casefolded titles the sentence's other events have)."""
    if not is_fragment(title, language):
        return title
    lang = _lang(language)
    for k in (at - 1, at + 1):
        if not 0 <= k < len(clauses) or any(clauses[k][0] <= m.start < clauses[k][1] for m in mentions):
            continue  # no such clause, or one with a date of its own: another event's
        own = headline(sentence, clauses[k], clauses[k - 1] if k else None, mentions, language)
        if own.casefold().startswith(title.casefold()) and title.split()[-1].casefold() in _CIRCUMSTANCE[lang]:
            continue  # "Expira, por | que …" joined again to the fragment that the cut left dangling
        if tells_an_event(own, lang) and own.casefold() not in taken:
            return own
    return title
