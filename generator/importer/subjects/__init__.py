"""Who a headline is about: the subject put first, a missing subject supplied, a pronoun subject resolved.

* German main clauses put the finite verb second: with the fronted date gone, "hatte Scholz
  Lindner entlassen" becomes "Scholz hatte Lindner entlassen" (``german_order``).
* A clause without a subject of its own ("visitó Paiporta", "tutuklanmıştı") takes the
  name the sentence gave before it (``name_before``).
* A pronoun subject ("he", "it", "er") becomes the named actor it clearly stands for: the only
  name its sentence gives before it, or the name the story spoke of last (``resolve_pronoun``).

The steps live in two modules: ``names`` (names, the subject supplied, pronouns resolved) and ``word_order``
(German verb-second order and main clauses, Turkish participle clauses told as clauses).
"""

from __future__ import annotations

from generator.importer.subjects.names import leading_person, name_before, names_in, resolve_pronoun
from generator.importer.subjects.word_order import (
    _DE_FINITE,
    _DE_SUBORDINATOR,
    DE_PLACE,
    german_indicative,
    german_main_clause,
    german_order,
    turkish_participle,
)

__all__ = [
    "DE_PLACE",
    "_DE_FINITE",
    "_DE_SUBORDINATOR",
    "german_indicative",
    "german_main_clause",
    "german_order",
    "leading_person",
    "name_before",
    "names_in",
    "resolve_pronoun",
    "turkish_participle",
]
