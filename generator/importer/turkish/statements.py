"""A Turkish statement dated by the setting it was made in: "Birliği Başkanı Nurettin Aydemir, salı günü düzenlediği
basın toplantısında, … azaldığını söyledi" → "Nurettin Aydemir … azaldığını söyledi", or, when what was said is too
long for a headline or quoted, "Nurettin Aydemir basın toplantısı düzenledi"."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.fit import LIMIT
from generator.importer.titles import remove_dates, tidy
from generator.importer.turkish.participles import _genitive_off

# The setting right after the date: "(Valilikte) yaptığı açıklamada", "düzenlediği basın toplantısında".
_SETTING = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?(?P<verb>yaptığı|düzenlediği|verdiği)\s+"
                      r"(?P<noun>(?:(?:yazılı|basın|canlı|ortak|kısa|özel)\s+)?(?:açıklama|toplantı|konuşma|demeç|"
                      r"röportaj|brifing)(?:s[ıi])?)(?:n?[dt][ae])\s*,?\s*")
_FINITE = {"yaptığı": "yaptı", "düzenlediği": "düzenledi", "verdiği": "verdi"}
# A role after which a person's name follows: "Başkanı", "Genel Müdürü", "Valisi", "Sözcüsü".
_ROLE = re.compile(r"(?:[Bb]aşkan|[Mm]üdür|[Bb]akan|[Vv]ali|[Ss]özcü|[Kk]aymakam|[Rr]ektör|[Yy]ardımcı|[Kk]oordinatör|"
                   r"[Ss]ekreter|[Dd]irektör|[Tt]emsilci|[Yy]etkili)\w*")
_SAYING_END = re.compile(r"(?:söyledi|açıkladı|bildirdi|belirtti|duyurdu|kaydetti|ifade etti|vurguladı|aktardı|"
                         r"duyurmuştu|açıklamıştı|bildirmişti)\s*\.?\s*$")  # (not a passive: "… belirtildi")


def statement_setting(sentence: str, mention: Mention, mentions: list[Mention]) -> str:
    """The statement whose setting ``mention`` dates (see the module); "" otherwise."""
    setting = _SETTING.match(sentence, mention.end)
    if not setting:
        return ""
    parts = sentence[:mention.start].split(",")
    who = next((name for part in reversed(parts) if (name := _speaker(part))), "") or _subject_set_off(parts)
    if not who:
        return ""
    said = tidy(remove_dates(sentence[setting.end():], setting.end(), mentions, "tr")).strip()
    if _SAYING_END.search(said) and not re.search(r"[\"“”«»]", said) and len(who) + len(said) < LIMIT:
        return f"{who} {said.rstrip('.').strip()}"
    noun = setting["noun"]
    return f"{who} {noun} {_FINITE[setting['verb']]}"


def _speaker(words_before: str) -> str:
    """Who made the statement: the name after a role ("Birliği Başkanı Nurettin Aydemir" → "Nurettin Aydemir"), or
    the institution ("İl Tarım ve Orman Müdürlüğü de" → "İl Tarım ve Orman Müdürlüğü", "Belediyenin" in the
    genitive, its owner)."""
    words = words_before.split()
    while words and words[-1] in ("de", "da", "ise", "ayrıca"):
        words.pop()
    if not words or not all(w[:1].isupper() or w in ("ve", "ile") or re.fullmatch(r"\d+\.|\([A-ZÇĞİÖŞÜ]+\)", w)
                            for w in words):
        return ""  # a clause, not a name: "Kurul dün toplanarak" ("8. Bölge Müdürlüğü", "(DSİ)" are a name's)
    role = max((i for i, w in enumerate(words[:-1]) if _ROLE.fullmatch(w)), default=None)
    if role is not None and all(w[:1].isupper() for w in words[role + 1:]):
        words = words[role + 1:]
    if re.search(r"(?:n[ıiuü]n|[^aeıioöuü][ıiuü]n)$", words[-1]):
        words[-1] = _owner(words[-1])
    return " ".join(words)


def _subject_set_off(parts: list[str]) -> str:
    """A subject of common nouns that opens the sentence, set off by its comma ("Santral işletmecisi, salı günü
    yaptığı yazılı açıklamada, …"): two to four words, the first capitalised, none a verb's; "" otherwise."""
    words = parts[0].split() if len(parts) > 1 else []
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper() \
            or any(re.search(r"(?:[dt][ıiuü]|m[ıiuü]ş|[ae]c[ae]k|yor|[ae]r[ae]k|[ıiuü]p|ken|[dt][ıiuü]ğ\w*)$", w)
                   for w in words):
        return ""
    return " ".join(words)


def _owner(genitive: str) -> str:
    """A noun in the genitive in the nominative: "Belediyenin" → "Belediye" (its lemma, when the genitive's ending
    is all that follows it), "Valiliğinin" → "Valiliği"."""
    import simplemma

    lemma = simplemma.lemmatize(genitive.lower(), lang="tr")
    rest = genitive.lower()[len(lemma):] if genitive.lower().startswith(lemma) else ""
    if re.fullmatch(r"n?[ıiuü]n", rest):
        return genitive[:len(lemma)]
    return _genitive_off(genitive)
