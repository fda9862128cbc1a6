"""Russian and Ukrainian repairs: a subject before a relative clause told with the verb after it, a source set off
inside one."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.predicates import _finite_in
from generator.importer.titles.subject import _OBLIQUE_RELATIVE
from generator.importer.titles.words import _AS_SAID, _RELATIVE, _lang


def _slavic_across_relative(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                            language: str) -> str:
    """A Russian or Ukrainian subject (or object) with no verb of its own before a relative clause set off by
    commas, told with the verb after that clause ("Вчера три больницы, в которых лечились раненые, | перевели на
    усиленный режим" → "три больницы перевели на усиленный режим"); else ""."""
    lang = _lang(language)
    if lang not in ("ru", "uk") or at != 0 or len(clauses) < 3:  # the noun the sentence opens with
        return ""
    (a, b), relative, (c, d) = clauses[at], clauses[at + 1], clauses[at + 2]
    own = tidy(remove_dates(sentence[a:b], a, mentions, language))
    opened = re.fullmatch(r"(?P<noun>[^,]+?),?(?P<prep>\s+[^\W\d]{1,3})?", own)  # "две школы, в" | "которых …"
    words = (opened["noun"] if opened else "").split()
    if not words or not re.search(r",(?:\s+[^\W\d]{1,3})?\s*$", sentence[a:b]) \
            or _finite_in(opened["noun"], lang) or len(words) > 8 \
            or not re.match(rf"(?:(?:{'|'.join(_RELATIVE[lang])})\s|{_OBLIQUE_RELATIVE[lang]}|где\s|де\s)",
                            f"{(opened['prep'] or '').strip()} {sentence[relative[0]:relative[1]]}".strip(),
                            re.IGNORECASE) \
            or not sentence[relative[0]:relative[1]].rstrip().endswith(","):
        return ""
    rest = tidy(remove_dates(sentence[c:d], c, mentions, language)).strip(" ,.")
    if not rest[:1].islower() or not _finite_in(rest, lang) \
            or re.match(r"(?:и|а|но|і|та|але|что|що|как|як|когда|коли|сообщ|повідом|заяв)", rest):
        return ""
    return f"{opened['noun']} {rest}"


def _relative_across_source(sentence: str, clauses: list[tuple[int, int]], at: int, clause: tuple[int, int],
                            lang: str) -> tuple[str, tuple[int, int], tuple[int, int]] | None:
    """A Russian or Ukrainian clause that goes on a relative clause its source interrupts ("…, який цьогоріч, |
    як повідомила Гнатів, | відбудеться …"): the sentence with the source (and the comma before it) blanked out, the
    relative clause with its verb, and the clause its antecedent ends; None otherwise."""
    if lang not in ("ru", "uk") or at < 2 or clause != clauses[at]:
        return None
    source, first = clauses[at - 1], clauses[at - 2]
    if not re.fullmatch(rf"\s*(?i:{_AS_SAID[lang]})\s+[^,]{{1,60}},\s*", sentence[source[0]:source[1]]):
        return None
    relative = re.search(rf",\s+(?P<rel>(?:{'|'.join(_RELATIVE[lang])})(?:\s+[^\s,]+){{0,2}}),\s*$",
                         sentence[first[0]:first[1]])
    if relative is None or _finite_in(relative["rel"], lang):
        return None
    comma = first[0] + relative.start("rel") + len(relative["rel"])  # the comma that opens the source
    plain = sentence[:comma] + " " * (source[1] - comma) + sentence[source[1]:]
    return plain, (first[0] + relative.start() + 1, clause[1]), (first[0], first[0] + relative.start() + 1)
