"""The forms of a new name: Turkish case endings and nationalities taken off, German runs of common nouns
left out, two halves of an institution joined by "and" made one, what only describes a name taken off."""

from __future__ import annotations

import re

from generator.importer.german import adjective_stem
from generator.importer.kinds import ORGANIZATION_WORDS, PLACE_WORDS, country_names, german_institution

# A Turkish name of an institution ends on a compound's possessive ("Müdürlüğü", "Hastanesi"); a case ending may
# follow it without an apostrophe: "Bölge Müdürlüğüne", "Devlet Hastanesine", "Genel Müdürlüğünün",
# "Başsavcılığınca" (by).
_TR_CASE_AFTER_POSSESSIVE = re.compile(r"(?<=[^\Waeıioöuü][ıiuü])n(?:[ea]|[ıiuü]n|[dt][ae]n?|[cç][ae])$")
# A nationality before a Turkish name is no part of it: "Etiyopyalı Tigist Alemu", "Kenyalı koşucu".
_TR_NATIONALITY = re.compile(r"[A-ZÇĞİÖŞÜ]\w+l[ıiuü]")


def turkish_nominative(name: str) -> str:
    """A Turkish name without the case ending its last word took after a possessive (see above)."""
    words = name.split()
    if len(words) > 2 and _TR_NATIONALITY.fullmatch(words[0]) and words[0][:-2] in country_names("tr"):
        words = words[1:]  # "Etiyopya" + "lı"
    if len(words) < 2 or len(words[-1]) < 7:
        return " ".join(words)
    return " ".join([*words[:-1], _TR_CASE_AFTER_POSSESSIVE.sub("", words[-1])])


_DE_NOUN_ENDINGS = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|ismus)$",
                              re.IGNORECASE)


def german_common_nouns(name: str) -> bool:
    """Whether a German run of capitals is common nouns, not a name: "Zahl der Baugenehmigungen", "Prozent der
    Stimmen" (an article inside, or a word with a noun ending), unless an acronym names it ("Gewerkschaft GDL")."""
    words = name.split()
    if any(re.fullmatch(r"[A-ZÄÖÜ]{2,}", w) for w in words):
        return False
    article = any(w in ("der", "die", "das", "des", "dem", "den") and (i == 0 or words[i - 1] not in ("von", "zu"))
                  for i, w in enumerate(words))
    if {"von", "für"} & set(words) and known_german(words[0]) and not _institution(words[0]):
        import simplemma

        # "Stallpflicht für Geflügel", "Nutztiere von Wölfen" (a plural), "Treffen von Ministeriumsvertretern" (a
        # dative plural after "von"): a noun and its complement; a name before "von" is its own lemma and a name
        # after it no plural ("Ursula von der Leyen", "Richard von Weizsäcker")
        after = words[words.index("von") + 1] if "von" in words[:-1] else ""
        if "für" in words or simplemma.lemmatize(words[0], lang="de") != words[0] \
                or (after[:1].isupper() and after.endswith(("ern", "en"))):
            return True
    return article or any(_DE_NOUN_ENDINGS.search(w) or w in DE_COMMON for w in words)


def _institution(word: str) -> bool:
    """Whether a German word names an institution: "Bundesamt", "Landgericht", "Verband"."""
    return word in ORGANIZATION_WORDS or german_institution(word)


def known_german(word: str) -> bool:
    """Whether the German dictionary knows ``word``: a common noun, not a name."""
    import simplemma

    return simplemma.is_known(word, lang="de")


# Units, amounts and determiners that open or close a run of German capitals ("Millionen Euro", "Sein Anwalt").
DE_COMMON = {"Euro", "Dollar", "Prozent", "Millionen", "Milliarden", "Tausende", "Hunderttausende", "Monaten",
              "Jahren", "Wochen", "Tagen", "Stunden", "Haft", "Sein", "Seine", "Ihr", "Ihre", "Mehrere", "Viele",
              "Einige", "Alle", "Kommunen", "Haushalte", "Menschen", "Kliniken", "Angaben", "Flughäfen", "Flughafen",
              "Landkreis", "Stadt", "Gemeinde", "Metern", "Meter", "Kilometer", "Kilometern", "Tonnen", "Grad",
              "Jeder", "Jede", "Jedes", "Jeden", "Dieser", "Diese", "Dieses", "Kein", "Keine", "Bester", "Beste",
              "Besten", "Erster", "Erste", "Ersten", "Letzter", "Letzte", "Letzten", "Neuer", "Neue", "Andere",
              "Weitere", "Beide", "Länge", "Höhe", "Breite", "Tiefe", "Hunderte", "Dutzende", "Mitglied",
              "Mitglieder", "Typ", "Hektar", "Zentimeter", "Zentimetern", "Dutzend", "Teilen", "Fachleute", "Jahr",
              "Weniger", "Heftiger", "Private", "Vertrag", "Liter"}


# Two names of an institution joined by "and" are one name when the second ends on an institution's word:
# "National Oceanic and Atmospheric Administration", "Tarım ve Orman Bakanlığı".
_CAPITALISED = r"[A-ZÀ-ÞА-ЯЁІЇЄҐÇĞİŞÜÖ][\w'’.-]*"
_JOINED = re.compile(rf"((?:{_CAPITALISED}\s+(?:(?:of|de|del|des|du|für|für die)\s+)?){{1,5}})"
                     rf"(?:and|y|et|und|ve|і|и)\s+((?:{_CAPITALISED}\s+){{0,4}}{_CAPITALISED})")


def joined_institutions(text: str, runs: list[str], openers: frozenset[str]) -> list[str]:
    """``runs`` with the two halves of an institution joined by "and" made one (see above); ``openers`` are the
    words that open a sentence, not a name ("The National Oceanic and …")."""
    joined: list[str] = []
    for match in _JOINED.finditer(text):
        last = re.sub(r"['’]\w+$", "", match.group(2).split()[-1])
        last = _TR_CASE_AFTER_POSSESSIVE.sub("", last) if len(last) > 6 else last
        first = match.group(1).split()
        while first and (first[0] in openers or first[0].islower()):
            first.pop(0)  # "The National Oceanic and …", "Officials of Tarım ve …"
        # "Agencia Española de Medicamentos y Productos Sanitarios": the first half names the institution
        if first and (last in ORGANIZATION_WORDS or last in PLACE_WORDS or first[0] in ORGANIZATION_WORDS):
            joined.append(" ".join([*first, match.group(0)[len(match.group(1)):].split()[0],
                                    *match.group(2).split()[:-1], last]))
    if not joined:
        return runs
    inside = [run for run in runs if any(run in name and run != name for name in joined)]
    return [run for run in runs if run not in inside] + joined


def without_prefix(name: str) -> str:
    """A name without what only describes it: "Leeds-based Greenhearth Heating", "L'Opéra de Lyon"."""
    words = name.split()
    if words and re.fullmatch(r"[\w.-]+-based", words[0]):
        words = words[1:]
    if words and re.match(r"[LlDd]['’]\w", words[0]):
        words[0] = words[0][2:]
    return " ".join(words) if len(words) >= 2 else ""


def german_nominative(name: str) -> str:
    """A German name told in another case, in the nominative: its adjective's weak ending ("der Deutschen Bahn"
    → "Deutsche Bahn", "Bayerischen Staatsforsten") and its nouns' genitive "-s" ("des Tiroler Landtags" →
    "Tiroler Landtag", "des Landes Hessen" → "Land Hessen")."""
    import simplemma

    words = name.split()
    if len(words) < 2:
        return name
    if re.fullmatch(r"[A-ZÄÖÜ]\w*(?:isch|sch)en", words[0]) and adjective_stem(words[0]):  # not "Zwischen"
        words[0] = words[0][:-1]
    for i, word in enumerate(words):
        lemma = simplemma.lemmatize(word, lang="de")
        if word.endswith("s") and lemma in (word[:-1], word[:-2]) and lemma[:1].isupper():
            words[i] = lemma
    return " ".join(words)
