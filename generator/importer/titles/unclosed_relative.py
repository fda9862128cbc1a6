"""A relative clause that no comma closes before its noun's own verb: "Una vista … que debía celebrarse la semana
pasada en los juzgados fue aplazada hasta el 15 de febrero". The clause splitter leaves the relative clause and the
main verb in one clause; a date in the relative part tells what the relative clause says of the noun ("Una vista por
un delito de estafa debía celebrarse"), a date in the rest what its main verb says ("Una vista por un delito de
estafa fue aplazada")."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.verbs import PAST_PATTERN

_RELATIVE = {"en": r"that|which|who", "es": r"que", "fr": r"qui"}
# The main verb after the relative clause: an auxiliary of the passive or the perfect and a participle, or a past.
_MAIN = {
    "en": r"(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|is|are)\s+(?:[a-z]+ed|[a-z]+en|held|put|shut|"
          r"cut|set)\b",
    "es": r"(?:fue|fueron|ha\s+sido|han\s+sido|había\s+sido|será|serán|quedó|quedaron)\s+[a-záéíóúñ]+(?:ado|ada|"
          r"ados|adas|ido|ida|idos|idas)\b|se\s+(?:suspendió|aplazó|canceló|retrasó|celebró|suspenderá|aplazará)\b",
    "fr": r"(?:a\s+été|ont\s+été|avait\s+été|sera|seront|est|sont)\s+[a-zéèêàç]+(?:é|ée|és|ées|is|ise|it|ite)\b",
}
# Else a past of its own: "a heat wave that hit the city in August | left dozens of runners".
_MAIN_PAST = {"en": PAST_PATTERN}
# What opens the noun phrase the relative clause is on.
_NOUN_START = {"en": r"(?:The|the|A|a|An|an)\s", "es": r"(?:El|el|La|la|Los|los|Las|las|Un|un|Una|una)\s",
               "fr": r"(?:Le|le|La|la|Les|les|L['’]|l['’]|Un|un|Une|une)\s*"}


def unclosed_relative(sentence: str, clauses: list[tuple[int, int]], at: int, mention: Mention,
                      mentions: list[Mention], lang: str) -> str:
    """The title of ``mention`` in a relative clause and the main verb after it (see the module); "" otherwise."""
    if lang not in _RELATIVE or at == 0:
        return ""
    start, end = clauses[at]
    relative = re.match(rf"\s*(?:{_RELATIVE[lang]})\s+", sentence[start:end])
    if not relative:
        return ""
    body = start + relative.end()
    if re.match(rf"(?:{_NOUN_START[lang]}|[A-ZÀ-Þ]|(?:his|her|its|their|su|sus|this|these|those|some)\s)",
                sentence[body:end]):
        return ""  # "that the lottery had been forced", "que el Congreso tramita": a clause with its own subject
    main = _main_verb(sentence[body:end], lang)
    noun = re.search(rf"(?:^|\s)(?P<np>{_NOUN_START[lang]}[^,;:]*?)\s*$", sentence[clauses[at - 1][0]:start])
    if not main or not noun or not 2 <= len(noun["np"].split()) <= 8:
        return ""
    split = body + main.start()
    part = (body, split) if mention.start < split else (split, end)
    told = tidy(remove_dates(sentence[part[0]:part[1]], part[0], mentions, lang)).strip(" ,.")
    if not told:
        return ""
    np = noun["np"].strip()
    return f"{np[:1].upper()}{np[1:]} {told}"


def _main_verb(text: str, lang: str) -> re.Match[str] | None:
    """Where the noun's own verb begins in ``text``, what follows the relative pronoun: a passive or a perfect
    after at least two words; else, after a relative clause that opens with its verb ("that hit the city in August
    | left", "that links Castlebay with Oban | was withdrawn"; not "that laboratory tests had found", a clause of its
    own), a past that follows no auxiliary or adverb ("that had originally been set" has none)."""
    main = next((m for m in re.finditer(rf"\s(?:{_MAIN[lang]})", text) if len(text[:m.start()].split()) >= 2), None)
    if main or lang not in _MAIN_PAST or not re.match(
            rf"(?:had|has|have|was|were|is|are|will|would|[a-z]+ed|{PAST_PATTERN})\b"  # (or a present: "that links
            rf"|[a-z]+s\s+(?!(?:had|has|have|was|were|is|are|will|would|said|[a-z]+ed)\b)", text):  # Castlebay")
        return main
    return next((m for m in re.finditer(rf"\s(?:{_MAIN_PAST[lang]})\b", text)
                 if len(before := text[:m.start()].split()) >= 2
                 and not re.fullmatch(r"been|be|had|has|have|was|were|is|are|[a-z]+ly", before[-1])), None)
