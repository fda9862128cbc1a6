"""Turkish titles: the subject a sentence sets off by its comma, and a dated participle told as what happened.

"Tarım ve Orman Bakanı İbrahim Yumaklı, | dün … geldiği toplantıda" opens with the subject of
the clauses after it (a name's abbreviation in brackets stands for it: "Toprak Mahsulleri
Ofisi (TMO)," → "TMO"); a date right before a participle dates the relative clause it closes
("… dün öğleden sonra çıkan orman yangınına …" → "… orman yangını çıktı").

The steps live in two modules: ``participles`` (participles, verbal nouns, the opening subject and the case
endings of a noun) and ``clauses`` (what a statement reports, a converb's clause, a dated document's report).
"""

from __future__ import annotations

from generator.importer.turkish.clauses import converb_clause, dated_document, reported_complement
from generator.importer.turkish.participles import (
    caused_verbal_noun,
    dated_participle,
    object_participle,
    opening_subject,
    participle_of_the_date,
)
from generator.importer.turkish.planned import planned_outcome
from generator.importer.turkish.statements import statement_setting

__all__ = [
    "caused_verbal_noun",
    "converb_clause",
    "dated_document",
    "dated_participle",
    "object_participle",
    "opening_subject",
    "participle_of_the_date",
    "planned_outcome",
    "reported_complement",
    "statement_setting",
]
