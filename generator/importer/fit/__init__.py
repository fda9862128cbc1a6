"""A headline made to fit: at most 80 characters, cut where a phrase ends, never on a dangling word.

The steps live in one module each: ``limit`` (the limit and the prepositions per language), ``roles`` (titles
before a name), ``auxiliaries`` (a subject and its verb in English, French and Spanish), ``german`` and
``turkish`` (the phrases each language drops first), ``ending`` (how a cut headline may end), ``shorten`` (the
entry point ``fit``, its steps in their order) and ``events`` (a bare event noun or an act's noun made a clause).
"""

from __future__ import annotations

from generator.importer.fit.auxiliaries import (
    _AUXILIARY,
    _EN_AUXILIARIES,
    _SUBJECT_VERB,
    _reduced_relative,
    _subject_modifier,
    _verb_adverb,
    between_auxiliary,
)
from generator.importer.fit.ending import _whole_names, particle
from generator.importer.fit.events import _NOMINALISATIONS, nominal_passive, noun_event
from generator.importer.fit.limit import LIMIT, PREPOSITIONS
from generator.importer.fit.roles import shorter_subject, without_roles
from generator.importer.fit.shorten import fit

__all__ = [
    "LIMIT",
    "PREPOSITIONS",
    "_AUXILIARY",
    "_EN_AUXILIARIES",
    "_NOMINALISATIONS",
    "_SUBJECT_VERB",
    "_reduced_relative",
    "_subject_modifier",
    "_verb_adverb",
    "_whole_names",
    "between_auxiliary",
    "fit",
    "nominal_passive",
    "noun_event",
    "particle",
    "shorter_subject",
    "without_roles",
]
