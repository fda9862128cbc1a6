"""Turkish titles: the subject a sentence sets off by its comma, and a dated participle told as what happened.

"Tarım ve Orman Bakanı İbrahim Yumaklı, | dün … geldiği toplantıda" opens with the subject of
the clauses after it (a name's abbreviation in brackets stands for it: "Toprak Mahsulleri
Ofisi (TMO)," → "TMO"); a date right before a participle dates the relative clause it closes
("… dün öğleden sonra çıkan orman yangınına …" → "… orman yangını çıktı").
"""

from __future__ import annotations

import re

from generator.importer.dates import Mention

_TR_CASE = re.compile(r"(?<=[aeıioöuü])(?:n[ae]|n[ıiuü]|n[dt][ae]|y[ae]|y[ıiuü])$")  # dative, accusative, locative
_TR_GENITIVE = re.compile(r"\w(?:n[ıiuü]n|[ıiuü]n)$")


def dated_participle(sentence: str, clause: tuple[int, int], mention: Mention) -> str:
    """A Turkish date right before a participle dates the relative clause it closes, told as what happened to
    the noun it describes: "İzmir'in Menderes ilçesinde dün öğleden sonra çıkan orman yangınına ekipler …
    müdahale etti" → "İzmir'in Menderes ilçesinde orman yangını çıktı"; "" otherwise."""
    from generator.importer.subjects import turkish_participle
    from generator.importer.titles import tidy

    after = re.match(r"\s+(?P<part>[a-zçğıöşü]{3,}y?[ae]n)\s+(?P<noun>(?:[a-zçğıöşü]+\s+)?[a-zçğıöşü]{3,})\b",
                     sentence[mention.end:clause[1]])
    if not after:
        return ""
    before = tidy(sentence[clause[0]:mention.start])
    if before and not re.fullmatch(r"(?:[A-ZÇĞİÖŞÜ][\w'’]*\s+)*[\w'’]+(?:[dt][ae])", before):
        return ""  # only a place may stand before the date in the relative clause: "… ilçesinde"
    noun = after["noun"].split()
    if _TR_GENITIVE.search(noun[-1]):
        return ""  # "yaşanan zirai donun rekolteyi etkilediği": the noun is the subject of a clause of its own
    noun[-1] = _TR_CASE.sub("", noun[-1])  # "yangınına" → "yangını"
    verb = turkish_participle(f"x {after['part']}").split()[-1]  # "çıkan" → "çıktı"
    return " ".join([*before.split(), *noun, verb])


def opening_subject(sentence: str, first: tuple[int, int]) -> str:
    """The name a Turkish sentence opens with, set off by its comma, when it is all its first clause: the
    subject of the clauses after it ("Tarım ve Orman Bakanı İbrahim Yumaklı, | dün … geldiği toplantıda …");
    a name's abbreviation in brackets stands for it ("Toprak Mahsulleri Ofisi (TMO)," → "TMO"); else ""."""
    from generator.importer.titles import tidy

    raw = sentence[first[0]:first[1]].strip()
    short = re.fullmatch(r"[^()]+\((?P<abbr>[A-ZÇĞİÖŞÜ]{2,})\),?", raw)
    if short:
        return short["abbr"]
    words = tidy(raw).split()
    if not 1 <= len(words) <= 8 or not all(w[:1].isupper() or w in ("ve", "ile") for w in words):
        return ""
    return tidy(raw).rstrip(",")
