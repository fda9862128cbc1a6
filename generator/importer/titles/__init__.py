"""The title step: an event's title is the clause that carries its date, made a headline.

``event_title`` takes the clause (and its neighbours) of one date mention and
writes what a desk editor would keep, in the clause's own language:

* the date words go, with the preposition that introduced them (``remove_dates``);
* leading clause words, connectives and adverbials go ("Meanwhile,", "who", "que");
  a relative clause takes the short clause before it as its subject
  ("Pellegrini, who beat Korcok in the April 6 runoff" → "Pellegrini beat Korcok in the runoff");
* a reporting frame ("X said", "informó la central sindical", "сообщил губернатор",
  "teilte das Unternehmen mit") becomes "Reporter said + what was said" (``reported``);
* the subject comes first: German verb-second order is put back ("Am Mittwoch hatte
  Scholz …" → "Scholz hatte …"), a clause without a subject takes the sentence's
  (``subject_first``), and a pronoun subject the named actor it clearly stands for;
* a bare event noun gets its verb in the tense of its date ("The presidential election"
  → "The presidential election was held", ``noun_event``);
* a dated phrase without a verb of its own is told with its governing clause ("…, against 127,000 in
  2024" → "127,000 cases were recorded", ``governing``); a participle with the noun it describes
  ("Luis Castro, arrivé en juin" → "Luis Castro est arrivé"); "the first … since DATE" as when it last
  happened ("The Fed last cut rates");
* Russian and Ukrainian titles put their subject first (a dated participle clause, a fronted phrase, a
  subject after an intransitive verb, ``slavic``); a German "dass" clause is stated as a main clause;
* cut to at most 80 characters at a phrase boundary, never on a dangling word, inside a name or "…"
  (``fit``; a Turkish title loses the adjuncts before its verb);
* two events of one sentence never share a title: the second keeps what tells it apart (its own
  predicate, or the clause up to its own date).

Rules and word lists per language (en, uk, ru, es, fr, de, tr); other languages get
the language-free steps only.

The steps live in one module each, from the word lists up: ``words`` (shared word lists), ``cleaning`` (date
words out, ``tidy``), ``dated`` (a date's tense), ``predicates`` (verbs), ``phrases`` (noun phrases), ``cut``
(length), ``subject`` (finding the subject), ``german``, ``spanish_french``, ``turkish_clauses``,
``slavic_clauses`` and ``english`` (repairs per language), ``relatives`` (a relative clause on the noun before
it), ``headline`` (a clause made a headline), ``passives`` (participles), ``clauses`` (which part of a sentence
tells the event), ``said`` (what was said), ``state`` (one mention's title as it is worked out),
``in_force`` (a state since a date, told as begun), ``constructions`` (what is tried before the clause is made a
headline), ``told`` (the clause as a report or with its subject first), ``title`` (the steps in their order),
``lost_subject`` (a subject the sentence put elsewhere, put back) and ``event`` (``event_title``).
"""

from __future__ import annotations

from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.dated import Dated
from generator.importer.titles.english import _their_noun
from generator.importer.titles.event import event_title
from generator.importer.titles.headline import headline
from generator.importer.titles.phrases import _noun_phrase
from generator.importer.titles.predicates import _PARTICIPLE, _as_finite, _has_verb, _verb_at, _verb_first
from generator.importer.titles.subject import _clause_subject, _sentence_subject
from generator.importer.titles.words import _DANGLING, _RELATIVE, _SOURCE_OPENER

__all__ = [
    "_DANGLING",
    "_PARTICIPLE",
    "_RELATIVE",
    "_SOURCE_OPENER",
    "Dated",
    "_as_finite",
    "_clause_subject",
    "_has_verb",
    "_noun_phrase",
    "_sentence_subject",
    "_their_noun",
    "_verb_at",
    "_verb_first",
    "event_title",
    "headline",
    "remove_dates",
    "tidy",
]
