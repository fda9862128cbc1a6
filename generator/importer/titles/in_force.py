"""A state told since a date after the noun it is of, set off by its comma: "the current regime, in place since
2014," → "The current regime took effect"; "la Ley …, en vigor desde diciembre de 2021" → "La Ley … entró en vigor".
The date is the day the state began."""

from __future__ import annotations

import re

from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.predicates import _has_verb
from generator.importer.titles.state import _Title

# The state after its noun, and the verb that tells it began, per language.
_STATE = {
    "en": (r"(?:in|into)\s+(?:force|place|effect|operation|service)", "took effect"),
    "es": (r"en\s+(?:vigor|funcionamiento|servicio)", "entró en vigor"),
    "fr": (r"en\s+(?:vigueur|service|place)", "a pris effet"),
}
_SINCE = {"en": r"since", "es": r"desde", "fr": r"depuis"}
_ARTICLE = {"en": r"the|a|an|its|their", "es": r"el|la|los|las|su|sus", "fr": r"le|la|les|l['’]|son|sa|ses|leur"}


def _state_since(t: _Title) -> str | None:
    """The noun before a dated state set off by commas, told as having begun then; None when this is no such
    construction."""
    if t.lang not in _STATE or t.at == 0 or t.tense > 0:
        return None
    state, began = _STATE[t.lang]
    own = t.sentence[t.clause[0]:t.mention.end]  # the date's words may hold their "since"
    if not re.match(rf"\s*(?:{state})\s+(?:{_SINCE[t.lang]})\s", own, re.IGNORECASE) \
            or t.clause[0] != t.clauses[t.at][0] or not t.sentence[:t.clause[0]].rstrip().endswith(","):
        return None
    before = t.clauses[t.at - 1]
    text = tidy(remove_dates(t.sentence[before[0]:before[1]], before[0], t.mentions, t.language)).rstrip(" ,")
    for article in re.finditer(rf"(?:^|\s)(?:{_ARTICLE[t.lang]})(?:\s+|(?<=['’]))", text, re.IGNORECASE):
        noun = text[article.start():].strip()
        if not _has_verb(noun, t.lang) and len(noun.split()) >= 2:
            return t.finished(f"{noun} {began}")
    return None
