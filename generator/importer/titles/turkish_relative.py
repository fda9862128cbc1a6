"""A Turkish date inside a relative clause: the clause told with the noun it describes as its subject.

A Turkish relative clause stands before its noun and ends on a participle: "Dün Dubai'den gelen uçakla
havalimanına ulaşan | yolcunun valizi …", "15 Ağustos'ta başlayan | sayımlarda". A date that opens such a clause
dates what the participle tells, and when the title the clause gives has no verb ("Dubai'den gelen uçakla
havalimanına ulaşan yolcunun valizi"), ``relative_told`` tells it as a clause of its own: "Yolcu Dubai'den gelen
uçakla havalimanına ulaştı".
"""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.turkish_clauses import _turkish_verb

# A participle of a subject ("ulaşan", "başlayan", "eden") or of the future ("sürecek", "açılacak").
_SUBJECT_PARTICIPLE = re.compile(r"[a-zçğıöşü]{1,}?(?:y?[ae]n|[ae]c[ae]k)")
_NOT_PARTICIPLE = {"önceden", "sonradan", "yeniden", "birden", "hemen", "tarafından", "zaman", "yan", "den", "dan",
                   "ten", "tan", "ben", "sen", "bin", "kadın", "ayrıca", "içeriden", "dışarıdan", "aracılığıyla"}
# A finite verb ends a Turkish clause: the relative clause has ended before it.
_FINITE = re.compile(r"(?:[dt][ıiuü]|m[ıiuü]ş(?:t[ıiuü])?|yor|[dt][ıiuü]r)(?:l[ae]r)?$")
# The case of the noun a relative clause describes, which the subject of a clause of its own does not take:
# "yolcunun" (genitive), "hasatta" (locative), "uçakla" (instrumental), "binasına" (dative).
_CASES = [re.compile(p) for p in (
    r"['’]\w+$",  # a name's ending after its apostrophe: "Kaplıcası'nda"
    r"(?<=[aeıioöuü])n[ıiuü]n$", r"(?<=l[ae]r)[ıi]n$",  # genitive: "yolcunun", "balıkçıların"
    r"(?<=[ıiuü])n[dt][ae]n?$", r"(?<=\w{3})[dt][ae]n?$",  # locative, ablative: "töreninde", "hasatta"
    r"(?<=[aeıioöuü])yl[ae]$", r"(?<=[^aeıioöuü\W])l[ae]$",  # instrumental: "uçakla"
    r"(?<=[ıiuü])n[ae]$", r"(?<=[ıiuü])n[ıiuü]$",  # dative, accusative after a possessive: "binasına", "binasını"
)]
_GENITIVE = (1, 2)
# A postposition after a noun: the noun is its object, not one a relative clause describes ("çalışmalar sayesinde").
_POSTPOSITION = re.compile(r"sayesinde|kapsamında|nedeniyle|için|ile|gibi|kadar|üzerine|sonucu|sonucunda|göre|"
                           r"tarafından|boyunca|ardından|öncesinde|sonrasında|hakkında|yüzünden|dolayı")
_SOFTENED = {"ğ": "k", "b": "p", "c": "ç"}  # "uçağa" → "uçak"


def relative_told(sentence: str, mention: Mention, mentions: list[Mention], tense: int, adjacent: bool = False) -> str:
    """The relative clause ``mention`` opens in ``sentence``, told with its noun as subject ("" if none): the words
    from the date to the participle, with its noun (no case) before them and the participle a finite verb, past or
    future by ``tense``. ``adjacent``: only a participle right after a date inside the sentence, its noun in the
    genitive or in no case ("Bölgede 2019'dan bu yana sürdürülen | yol genişletme projesinin …"), which is surely
    the clause the date is in."""
    after = tidy(remove_dates(sentence[mention.start:], mention.start, mentions, "tr")).split()
    others = re.findall(r"\w+", sentence.casefold())
    at = noun = None
    for i, word in enumerate(after[:-1]):
        if word.endswith((",", ";", ":")) or re.search(r"[\"“”«»]", word) or (_FINITE.search(word) and i > 0):
            break
        if _participle(word) and (phrase := _noun_phrase(after[i + 1:i + 7], others)):
            at, noun = i, phrase
            if phrase[1] is None or phrase[1] in _GENITIVE:
                break  # the noun in the genitive or no case ends the clause; a noun in another case may be the
                # object of a later participle ("gelen uçakla | havalimanına ulaşan yolcunun")
    if noun is not None and re.fullmatch(r"(?:yazılı\s+)?açıklama|bildiri|duyuru", " ".join(noun[0])):
        return ""  # "Şirketten yapılan yazılı açıklamada": where something was said, no event
    if at is None or noun is None or at > 8 or (adjacent and (at > 0 or noun[1] not in _GENITIVE
                                                              or not sentence[:mention.start].strip(
            " \"“”«»'"))):
        return ""
    return " ".join([*noun[0], *after[:at], _finite(after[at], tense)])


def _participle(word: str) -> bool:
    return _SUBJECT_PARTICIPLE.fullmatch(word) is not None and word not in _NOT_PARTICIPLE and len(word) > 3


def _noun_phrase(words: list[str], others: list[str]) -> tuple[list[str], int | None] | None:
    """The noun after a participle as a subject, up to its first word with an ending, that ending taken off ("yol
    genişletme projesinin" → "yol genişletme projesi", "Eren"), and the index in ``_CASES`` of its case (None: no
    case); None if the words open no noun, or a postposition's. ``others``: the other words of the text, lowercase."""
    noun: list[str] = []
    for k, word in enumerate(words):
        clean = word.rstrip(",.;:")
        following = words[k + 1].rstrip(",.;:") if k + 1 < len(words) else ""
        if not clean or not re.fullmatch(r"[\wçğıöşüÇĞİÖŞÜ'’-]+", clean) or clean in ("ve", "ile", "bir", "da", "de") \
                or _POSTPOSITION.fullmatch(following):
            return None
        if word == clean and following[:1].isupper() and not re.search(r"['’]", clean):
            noun.append(clean)  # "Isparta | Valiliği", "tarihi | Gazlıgöl Kaplıcası": a name and what goes before it
            continue
        if word == clean and _HEAD.fullmatch(following) and not _ENDED.search(clean) \
                and not any(p.search(clean) for p in _CASES[:7]) and clean[:1].islower():
            noun.append(clean)  # "adliye | binası", "yol genişletme | projesinin": the compound's first nouns
            continue
        cases = _CASES[:1] if clean[:1].isupper() else _CASES  # a name takes its case after an apostrophe
        case = next((n for n, pattern in enumerate(cases) if pattern.search(clean)), None)
        if case in _GENITIVE and (word != clean or not _POSSESSED.fullmatch(following)):
            case = None  # no genitive without the noun it owns after it
        if case is None and word == clean and following[:1].islower() and not _HEAD.fullmatch(following) \
                and not _ENDED.search(clean) and k + 2 < len(words):
            noun.append(clean)  # "yoğun | kar yağışı": an adjective before its noun
            continue
        if case is not None:
            stem = _CASES[case].sub("", clean)
            if case == 1 and any(w.startswith(clean[:-2]) and w != clean for w in others):
                stem = clean[:-2]  # "donun": "don" + "un" when the text has "don" elsewhere, not "do" + "nun"
            noun.append(stem[:-1] + _SOFTENED[stem[-1]] if stem[-1:] in _SOFTENED else stem)
            return noun, case
        noun.append(clean)
        return noun, None
    return None


# The head of a compound, its possessive ending on it (and a case after): "binası", "töreninde", "projesinin".
_HEAD = re.compile(r"[a-zçğıöşü]{2,}(?:s[ıiuü]|(?<=[^aeıioöuü])[ıiuü](?=n))(?:n[ıiuü]n|n[dt][ae]n?|n[ae]|n[ıiuü])?")
# A noun with the possessive ending, owned by the genitive before it: "(yolcunun) valizi", "(balıkçıların) ihbarı".
_POSSESSED = re.compile(r"(?![a-zçğıöşü]*(?:[dt][ıiuü]ğ|[ae]c[ae]ğ|m[ae]s)[ıiuü]n?[ıiuü]?$)"  # no verbal noun:
                        r"[a-zçğıöşü]{2,}(?:s[ıiuü]|(?<=[^aeıioöuüyk])[ıiuü]|l[ae]r[ıi])"  # "sezonun | uzatıldığı"
                        r"(?:n[ıiuü]n|n[dt][ae]n?|n[ae]|n[ıiuü])?")
# An ending that closes a noun, which a compound's first noun does not have: "töreninde", "yolcunun".
_ENDED = re.compile(r"(?:n[dt][ae]n?|(?<=[aeıioöuü])n[ıiuü]n|l[ae]r[ıi]n?|['’]\w+|s[ıiuü])$")


def _finite(participle: str, tense: int) -> str:
    """A participle told as a finite verb: "ulaşan" → "ulaştı", "eden" → "etti", "sürecek" as it is."""
    if re.search(r"[ae]c[ae]k$", participle):
        return participle
    stem = re.sub(r"y?[ae]n$", "", participle)
    if tense <= 0 and stem in ("ed", "gid"):  # "eden" → "etti", "giden" → "gitti" ("edecek" keeps its "d")
        stem = stem[:-1] + "t"
    return _turkish_verb(stem, tense)


# A Turkish source frame left as a title: "Bakanlıktan yapılan yazılı açıklamada" (in the statement made by the
# ministry).
_STATEMENT = re.compile(r"(?P<who>\S.*?)(?:['’]?n?[dt][ae]n)?\s+(?:dün\s+)?yapılan\s+(?P<written>yazılı\s+)?"
                        r"açıklamada")


def statement_made(title: str, tense: int) -> str:
    """A title that is only where something was said, "Doğubayazıt Kaymakamlığı'ndan yapılan açıklamada", told as
    the statement: "Doğubayazıt Kaymakamlığı açıklama yaptı" (``tense`` > 0: "yapacak"); ``title`` otherwise."""
    said = _STATEMENT.fullmatch(title.strip(" ,"))
    if not said or not said["who"][:1].isupper():
        return title
    return f"{said['who']} {said['written'] or ''}açıklama {'yapacak' if tense > 0 else 'yaptı'}"

