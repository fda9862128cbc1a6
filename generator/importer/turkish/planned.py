"""A Turkish event planned for a date, and what became of it: "Öte yandan, 24-25 Haziran'da Ankara'da yapılması
planlanan 1. Lig yükselme finalleri, soruşturma nedeniyle ertelendi" → "1. Lig yükselme finalleri ertelendi"; "…
yapılması planlanan kuş gözlem etkinliğinin … ertelendiği bildirildi" → "Kuş gözlem etkinliği ertelendi"."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.turkish.participles import _genitive_off

# The verbal noun of what was planned and its participle: "yapılması planlanan", "düzenlemeyi planladığı".
_PLANNED = re.compile(r"[a-zçğıöşü]{3,}(?:m[ae]s[ıi]|m[ae]y[ıi])\s+planla(?:nan|dığı|dıkları)\s+")
# What became of it: the verb that ends the sentence (its stem and ending).
_OUTCOME = re.compile(r"(?P<verb>(?:iptal\s+edil|ertelen|yapılama|askıya\s+alın|durdurul|kaldırıl|öne\s+çekil)"
                      r"(?:di|mişti|dı|mıştı|ecek|ecekti|acak|dığı|diği|dığını|diğini))"
                      r"(?:\s+(?:bildirildi|öğrenildi|duyurdu|açıkladı|açıklandı|hatırlattı|söyledi|belirtildi|"
                      r"kaydetti|belirtti))?\s*[.!]?\s*$")
_REPORTED = {"dığı": "dı", "diği": "di", "dığını": "dı", "diğini": "di"}


def planned_outcome(sentence: str, mention: Mention) -> str:
    """The event planned for ``mention``'s date, told with what became of it (see the module); "" otherwise."""
    rest = sentence[mention.end:]
    planned = _PLANNED.search(rest)
    if not planned or len(rest[:planned.start()].split()) > 4 or "," in rest[:planned.start()]:
        return ""  # only a place may stand between the date and the plan: "… Ankara'da yapılması planlanan"
    noun = re.split(r",|\s+(?:ise|ancak|de|da)\s", rest[planned.end():], maxsplit=1)[0]
    words = [w.strip("\"“”«»") for w in noun.split()]
    outcome = _OUTCOME.search(rest)
    if not words or len(words) > 6 or not outcome or outcome.start() < planned.end() + len(noun):
        return ""
    words[-1] = _genitive_off(words[-1]) if outcome["verb"].endswith(tuple(_REPORTED)) else words[-1]
    verb = outcome["verb"]
    ending = next((e for e in sorted(_REPORTED, key=len, reverse=True) if verb.endswith(e)), "")
    if ending:  # "ertelendiği bildirildi" → "ertelendi"
        verb = verb[:-len(ending)] + _REPORTED[ending]
    title = " ".join([*words, verb])
    return title[:1].upper() + title[1:]
