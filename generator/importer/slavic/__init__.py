"""Russian and Ukrainian headlines in subject-verb order, read with pymorphy3's word forms.

``forms`` holds the word forms the steps share, ``clauses`` puts a clause in subject-verb order (a dated participle
clause, a fronted phrase, a subject after its verb) and ``nouns`` puts a noun in the place of a pronoun or a place.
"""

from __future__ import annotations

from generator.importer.slavic.clauses import (
    infinitive_first,
    object_it_lacks,
    opens_with_subject,
    participle_title,
    period_of_object,
    subject_first,
    without_fronted_cause,
    without_impersonal_frame,
)
from generator.importer.slavic.nouns import (
    genitive_phrase,
    locative_reporter,
    named_noun_at_end,
    object_pronoun_noun,
    pronoun_noun,
)

__all__ = [
    "genitive_phrase",
    "infinitive_first",
    "locative_reporter",
    "named_noun_at_end",
    "object_it_lacks",
    "object_pronoun_noun",
    "opens_with_subject",
    "participle_title",
    "period_of_object",
    "pronoun_noun",
    "subject_first",
    "without_fronted_cause",
    "without_impersonal_frame",
]
