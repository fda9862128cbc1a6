"""A French cleft sentence told plainly: "Dans la nuit de dimanche à lundi, c'est de la pluie | qui est tombée
jusqu'au sommet" → "De la pluie est tombée jusqu'au sommet"; "ce sont les riverains | qui ont alerté la mairie" →
"Les riverains ont alerté la mairie". Only a focus that opens on an article or a name is told so ("c'est un
projet qui tient à cœur" is no cleft of an event)."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.fit import fit
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.words import _DANGLING, _lang

_CLEFT = re.compile(r"(?i:c['’]est|c['’]était|ce sont|c['’]étaient|ce fut|ce furent)\s+"
                    r"(?P<focus>(?:(?i:de la|de l['’]|du|des|le|la|les|l['’])\s*|[A-ZÀ-Þ])[^,;:«»]{1,60}?)"
                    r"\s+qui\s+(?P<rest>[^,;:«»]+)")


def cleft_told(title: str, sentence: str, mentions: list[Mention], language: str) -> str:
    """``title`` told plainly when it is what is left of a French cleft sentence ("C'est de la pluie"); as it is
    otherwise."""
    if _lang(language) != "fr" or not re.match(r"(?i:c['’]est|c['’]était|ce sont|c['’]étaient|ce fut)\s", title):
        return title
    cleft = next((m for m in _CLEFT.finditer(sentence) if m["focus"].casefold() in title.casefold()), None)
    if cleft is None:
        return title
    told = tidy(remove_dates(sentence[cleft.start("focus"):cleft.end("rest")], cleft.start("focus"), mentions,
                             language))
    told = re.sub(r"\s+qui\s+", " ", told, count=1)
    return _capital(fit(told.rstrip(" ."), language, _DANGLING["fr"]), "fr")
