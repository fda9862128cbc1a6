"""Who a headline is about: the subject put first, a missing subject supplied, a pronoun subject resolved.

* German main clauses put the finite verb second: with the fronted date gone, "hatte Scholz
  Lindner entlassen" becomes "Scholz hatte Lindner entlassen" (``german_order``).
* A clause without a subject of its own ("visitó Paiporta", "tutuklanmıştı") takes the
  name the sentence gave before it (``name_before``).
* A pronoun subject ("he", "it", "er") becomes the named actor it clearly stands for: the only
  name its sentence gives before it, or the name the story spoke of last (``resolve_pronoun``).
"""

from __future__ import annotations

import re

# Capitalised words that open a sentence without being a name.
_NOT_NAMES = {
    "en": "The A An In On At By For From With After Before During Since Until As But And Or It He She They Its His "
          "Her Their This That These Those Last Next Some Two Three Meanwhile However",
    "de": "Der Die Das Den Dem Des Ein Eine Einen Am Im An In Mit Von Vom Bis Seit Nach Vor Bereits Auch Er Sie Es",
    "es": "El La Los Las Un Una En De Del Desde Hasta Tras Según Ayer Su Sus Él Ella",
    "fr": "Le La Les L Un Une En De Du Des Depuis Après Avant Selon Hier Il Elle Son Sa Ses",
    "ru": "В Во На С По После До Вчера Сегодня Он Она Они Его Ее Её Их",
    "uk": "В У На З По Після До Вчора Учора Сьогодні Він Вона Вони Його Її Їх Минулого",
    "tr": "Bu Bir Ve Ama Ancak",
}
_PRONOUNS = {
    "en": {"he": "person", "she": "person", "it": "thing", "his": "person's", "her": "person's", "its": "thing's"},
    "de": {"er": "person", "sie": "person"},
    "es": {"él": "person", "ella": "person"},
    "fr": {"il": "person", "elle": "person"},
    "ru": {"он": "person", "она": "person"},
    "uk": {"він": "person", "вона": "person"},
    "tr": {"o": "person"},
}
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐÇĞİŞÜÖ][\w.’'-]*"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:von der|van der|de la|de|von|van|al|bin)\s+)?{_NAME_WORD})*")


def _lang(language: str) -> str:
    return language.split("-")[0].lower()


def names_in(text: str, language: str) -> list[str]:
    """Runs of capitalised words that read as names ("Pedro Sánchez", "Scholz"), the possessive taken off;
    a sentence's capitalised first word counts only when the next word is capitalised too."""
    stop = set(_NOT_NAMES.get(_lang(language), "").split())
    found: list[str] = []
    for match in _NAME_RUN.finditer(text):
        words = [w for w in re.split(r"\s+", match.group()) if w]
        while words and words[0].rstrip(".,") in stop:
            words.pop(0)
        if _lang(language) == "de" and len(words) == 1 and (match.start() > 0 or len(match.group().split()) > 1):
            continue  # a German noun is capitalised: one capitalised word inside a sentence ("Nach Angaben") is
            # no sure name
        if not words or (match.start() == 0 and len(words) == 1 and len(match.group().split()) == 1
                         and _lang(language) in ("en", "de", "es", "fr")):
            continue
        name = re.sub(r"['’]s?$", "", " ".join(words).rstrip(".,"))
        if name and not name.isdigit():
            found.append(name)
    return found


def name_before(sentence: str, start: int, language: str) -> str:
    """The name the sentence gives last before ``start`` (the subject of a clause that has none), or ""."""
    names = names_in(sentence[:start], language)
    return names[-1] if names else ""


def _surname(name: str) -> str:
    return name.split()[-1] if len(name.split()) > 1 else name


_DE_FRONT = r"(?:bereits|auch|zudem|dann|nun|jetzt|erst|noch|schon|inzwischen|unterdessen|außerdem|zuvor|später|" \
    r"damals|zuletzt|zunächst|anschließend|kürzlich|jüngst|erneut|bislang|bisher|seither|danach|daraufhin|" \
    r"jedoch|allerdings|aber|wohl|möglicherweise|voraussichtlich|wieder)"
_DE_NOT_VERB = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "er", "sie", "es", "wir",
                "man", "und", "aber", "in", "im", "am", "an", "mit", "von", "vom", "bis", "seit", "nach", "vor", "zum",
                "zur", "bei", "für", "auf", "aus", "über", "unter", "wie", "als", "nachdem", "während", "weil",
                "ihre", "ihren", "ihrem", "ihrer", "seine", "seinen", "seinem", "seiner", "unsere", "deren", "dessen",
                "alle", "viele", "mehrere", "einige", "keine"}
# The phrase that comes first in verb-second order: a subject, or a dative or accusative object ("dem Robert
# Koch-Institut wurden … gemeldet" → "Dem Robert Koch-Institut wurden … gemeldet").
# (a capitalised adjective of a name before its noun: "die Europäische Zentralbank"; a count: "mehr als 30 Menschen")
# A measure before the adjective of its dimension, inside a noun phrase: "das (rund) 450 Meter lange Bauwerk"; or a
# count: "die 20 Soldaten"
_DE_MEASURE = (r"(?:(?:rund|etwa|fast|knapp|über|gut|mehr als)\s+)?\d[\d.,]*\s+[A-ZÄÖÜ][\w-]*\s+"
               r"(?=(?:lang|breit|hoch|hoh|tief|schwer|alt|groß|dick|weit|stark)(?:e|en|er|es)?\s)")
_DE_SUBJECT = re.compile(r"(?P<np>(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Ee]ine?|[Ee]inem)\s+"
                         rf"(?:{_DE_MEASURE}|\d[\d.,]*\s+)?(?:[a-zäöüß][\w-]*\s+){{0,2}}"
                         r"(?:[A-ZÄÖÜ][\w-]*(?:e|en|er|es)\s+(?=[A-ZÄÖÜ]))?"
                         r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*-[\w-]+)?"
                         r"(?:\s+[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9-]+)?(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]*)?)|"
                         r"(?:(?:mehr als|weniger als|rund|etwa|fast|knapp|über|"
                         r"mindestens|bis zu)\s+)?\d[\d.,]*\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*|"
                         r"(?:neue|weitere|starke|heftige|schwere|andere|erste|viele|mehrere|einige|zahlreiche)"
                         r"\s+[A-ZÄÖÜ][\w-]*|"  # a plural without its article: "neue Regenfälle"
                         r"[Ee]r|[Ss]ie|[Ee]s|[A-ZÄÖÜ][\w-]*)(?=\s|$)")


# An adverbial of measure or degree: a count, its noun and the adverb or adjective it measures ("wenige Kilometer
# entfernt", "zwei Jahre lang", "drei Tage später", "kurz", "erstmals").
_DE_ADVERBIAL = re.compile(r"(?:(?:(?:wenige|einige|mehrere|viele|zwei|drei|vier|fünf|sechs|zehn|\d[\d.,]*)\s+"
                           r"[A-ZÄÖÜ][a-zäöüß]+\s+)?[a-zäöüß]{3,}(?<!der)(?<!die)(?<!das)(?<!den)(?<!dem)(?<!ein)"
                           r"(?<!eine)\s+|(?:kurz\s+|lange\s+)?(?:vor|nach|wegen|trotz|seit|während|bei)\s+"
                           r"(?:(?:dem|der|den|des|einem|einer|einen)\s+)?(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*\s+)"
                           r"(?=(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]ine?)\s)")  # or a phrase of time: "kurz vor Ostern"


DE_PLACE = re.compile(r"(?P<np>(?:in|im|an|am|auf|bei|nach|seit|vor|mit|für|aus|von|vom|zum|zur)\s+"
                       r"(?:[\w.,%-]+\s+){0,3}?[A-ZÄÖÜ][\w-]*)(?=\s|$)")


def german_order(text: str) -> str:
    """Verb-second order after a fronted date or adverb is gone: "hatte Scholz X entlassen" → "Scholz hatte X
    entlassen", "beginnt die IAA in München" → "die IAA beginnt in München"."""
    text = re.sub(rf"^{_DE_FRONT}\s+", "", text, flags=re.IGNORECASE)
    text = _without_fronted_phrase(text)
    words = text.split(maxsplit=1)
    if len(words) < 2 or not words[0][:1].islower() or words[0] in _DE_NOT_VERB:
        return text
    adverb = re.match(rf"{_DE_FRONT}\s+(?=[A-ZÄÖÜ]|der |die |das |den |dem |ein|\w+e\s+[A-ZÄÖÜ])", words[1],
                      re.IGNORECASE)
    if adverb:  # "hatte bereits das Ifo-Institut gemeldet" → "das Ifo-Institut hatte bereits gemeldet"
        subject = _DE_SUBJECT.match(words[1][adverb.end():])
        if subject:
            rest = words[1][adverb.end() + subject.end():].strip()
            return " ".join(p for p in (subject["np"], words[0], adverb.group().strip(), rest) if p)
    match = _DE_SUBJECT.match(words[1])
    measure = None if match else _DE_ADVERBIAL.match(words[1])
    subject = _DE_SUBJECT.match(words[1][measure.end():]) if measure else None
    if measure and subject and re.match(r"(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]ine?)\s", subject["np"]):
        # "war wenige Kilometer entfernt die Brücke gesperrt worden" → "die Brücke war wenige Kilometer entfernt
        # gesperrt worden": an adverbial (a measure and its adverb or adjective) between the verb and its subject
        rest = words[1][measure.end() + subject.end():].strip()
        return " ".join(p for p in (subject["np"], words[0], measure.group().strip(), rest) if p)
    place = None if match else DE_PLACE.match(words[1])
    if place:  # "fanden in 87 Kommunen Stichwahlen statt" → "Stichwahlen fanden in 87 Kommunen statt"
        rest = words[1][place.end():].strip()
        subject = _DE_SUBJECT.match(rest)
        if subject and (rest[:1].isupper() or re.match(r"(?:der|die|das|ein|eine|mehr als|rund|etwa|\d)", rest)):
            return " ".join(p for p in (subject["np"], words[0], place["np"], rest[subject.end():].strip()) if p)
        return " ".join(part for part in (place["np"], words[0], rest) if part)
    if not match:
        return text
    rest = words[1][match.end():].strip()
    return " ".join(part for part in (match["np"], words[0], rest) if part)


_DE_FRONT_PREPOSITION = re.compile(r"(?:Im|In|Am|An|Auf|Bei|Beim|Nach|Seit|Vor|Mit|Für|Wegen|Trotz|Zum|Zur|Aus|"
                                   r"Über|Unter|Gegen|Durch|Ab|Bis)\s")
_DE_FUNCTION = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder",
                "von", "vom", "mit", "gegen", "für", "bei", "nach", "in", "im", "am", "an", "auf", "aus", "zu", "zum",
                "zur", "über", "unter", "um", "seit", "bis", "wegen", "zwischen"}

# Words of degree inside a phrase: "Nach mehr als siebenstündiger Debatte", "Mit knapp drei Stunden Verspätung"
_DE_DEGREE = {"mehr", "weniger", "als", "rund", "etwa", "knapp", "fast", "gut"}


def _without_fronted_phrase(text: str) -> str:
    """A German clause that opens with a prepositional phrase, its finite verb right after it and its subject
    after that (verb second), as a headline: the subject first, the phrase left out ("Im Prozess gegen eine Bande
    hat das Landgericht Osnabrück vier Angeklagte verurteilt" → "das Landgericht Osnabrück hat vier Angeklagte
    verurteilt"); else as it is."""
    if not _DE_FRONT_PREPOSITION.match(text):
        return text
    words = text.split()
    for i in range(2, len(words) - 1):
        word = words[i]
        if word[:1].isupper() or word in _DE_FUNCTION or word in _DE_DEGREE or re.fullmatch(r"[\d.,%]+", word) or (
                word not in _DE_FINITE and words[i + 1][:1].isupper()):
            continue  # still the phrase: its nouns, articles, prepositions, figures, adjectives ("ersten Urteil")
        if word not in _DE_FINITE and not re.search(r"(?:te|ten)$", word):
            return text  # no verb we know
        after = words[i + 1:]
        adverb = [after.pop(0)] if len(after) > 2 and after[0].islower() and after[0] not in _DE_FUNCTION else []
        subject = _DE_SUBJECT.match(" ".join(after))  # "wurden bundesweit mehr als 20 Menschen verurteilt"
        if not subject or subject["np"].lower() in _DE_ARTICLES or subject["np"] in ("Es", "es"):
            return text
        np = re.sub(r"\s+[\d.,]+$", "", subject["np"])  # "die CDU | 24 Prozent"
        rest = adverb + after[len(np.split()):]
        if len(rest) > 1 and rest[0][:1].isupper() and re.fullmatch(r"(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|"
                                                                    r"acht|neun|zehn|de[rnms]|die|das|eine?[nms]?)",
                                                                    rest[1]):
            np, rest = f"{np} {rest[0]}", rest[1:]  # "das Landgericht Osnabrück | vier Angeklagte"
        return " ".join([np[:1].upper() + np[1:], word, *rest])
    return text


# Reported speech puts a German verb in the subjunctive ("habe", "sei"); a headline states it.
_DE_INDICATIVE = {"habe": "hat", "sei": "ist", "seien": "sind", "werde": "wird", "könne": "kann", "müsse": "muss",
                  "solle": "soll", "wolle": "will", "dürfe": "darf"}


# The finite forms of German auxiliaries and modals: the verb a subordinate clause ends on ("… halbiert hatte").
_DE_FINITE = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden",
              "kann", "können", "konnte", "konnten", "soll", "sollen", "sollte", "sollten", "will", "wollen",
              "wollte", "wollten", "muss", "müssen", "musste", "mussten", "darf", "dürfen", "durfte", "durften",
              "hätte", "hätten", "wäre", "wären", "würde", "würden", *_DE_INDICATIVE}
_DE_ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem"}
_DE_SUBORDINATOR = r"(?i:dass|ob|nachdem|weil|bevor|während|obwohl|wenn|seitdem|sobald)"
_DE_NAME = re.compile(r"(?:[A-ZÄÖÜ][\w-]*\s+){1,2}[A-ZÄÖÜ][\w-]*(?=\s+[a-zäöüß])")


def german_main_clause(text: str) -> str:
    """A German subordinate clause (its finite verb last) as a main clause (verb second, indicative): "dass sich
    das Geschäftsklima leicht aufgehellt habe" → "das Geschäftsklima hat sich leicht aufgehellt"; with its
    conjunction gone, a clause that ends on an auxiliary or modal after its subject: "ein großer Kunde seine
    Aufträge halbiert hatte" → "ein großer Kunde hatte seine Aufträge halbiert"; else as it is."""
    clause = re.fullmatch(rf"(?P<conj>{_DE_SUBORDINATOR}\s+)?(?P<body>.+?)\s+(?P<verb>[a-zäöüß]+)", text)
    if not clause or not (clause["conj"] or clause["verb"] in _DE_FINITE):
        return text
    body = re.sub(r"^([^,\s]+(?:\s+[^,\s]+){0,3}),\s+", r"\1 ", clause["body"])  # "Der Konzern, | einen …"
    before = re.match(r"(?:sich|es|auch|bereits|nun)\s+", body)  # "dass sich das Klima …": before its subject
    if before:
        body = body[before.end():]
    subject = _DE_SUBJECT.match(body)
    name = _DE_NAME.match(body)  # "Jan Behrens seit Mai im Amt ist": a name of two or three words
    np = name.group() if name and (not subject or len(name.group()) > len(subject["np"])) and \
        not re.match(r"(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]ine?)\s", body) else subject["np"] if subject else ""
    rest = body[len(np):].strip()
    if not np or not rest or np.lower() in _DE_ARTICLES or (
            not clause["conj"] and any(w in _DE_FINITE for w in rest.split())):
        return text  # no subject, or a finite verb before the last: "Die Soldaten sollen … angegriffen haben"
    verb = _DE_INDICATIVE.get(clause["verb"], clause["verb"])
    return " ".join(p for p in (np, verb, before.group().strip() if before else "", rest) if p)


def german_indicative(text: str) -> str:
    """A German clause whose finite verb is in the subjunctive of reported speech (Konjunktiv I: "sei", "seien",
    "habe", "werde", "könne") with no frame of saying before it, stated in the indicative as a headline states
    it: "rund 9.000 Stellen seien weggefallen" → "rund 9.000 Stellen sind weggefallen"; a clause after a comma
    (what a frame reports: "teilte mit, die Runde sei abgebrochen") stays as it is."""
    return re.sub(r"^(?P<head>[^,]*?\b)(?P<verb>" + "|".join(_DE_INDICATIVE) + r")\b",
                  lambda m: m["head"] + _DE_INDICATIVE[m["verb"]], text, count=1)


def resolve_pronoun(text: str, sentence: str, start: int, language: str, context: str = "") -> str:
    """``text`` with a leading pronoun subject replaced by the name it stands for, when that is clear: the one
    name the sentence gives before the clause (its possessor for "Fico's party … his government"), or, when the
    sentence gives none, ``context``; ``text`` as it is otherwise, and when the name is in the clause itself."""
    lang = _lang(language)
    match = re.match(r"(\w+)\b", text)
    kind = _PRONOUNS.get(lang, {}).get(match.group(1).lower()) if match else None
    if not kind:
        return text
    before = sentence[:start]
    names = list(dict.fromkeys(names_in(before, language)))
    if kind.startswith("thing"):
        noun = re.match(r"(?:The|the)\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*", before.strip()) or (
            None if names else re.match(r"The\s+[a-z]+(?=\s+(?:has|had|is|was|will|[a-z]+ed)\b)", before.strip()))
        if names[1:] or not (noun or names):  # "The wildfire has burned … since | it broke out"
            return text
        name = noun.group() if noun else names[0]
    else:
        possessor = re.findall(rf"({_NAME_WORD})['’]s\b", before)
        if len(set(possessor)) == 1 and len(names) <= 1:
            name = possessor[0]
        elif len(names) == 1 and not re.match(r"(?:The|the)\s", names[0]):
            name = _surname(names[0])
        elif not names and not before.strip() and context:
            name = context
        else:
            return text
    rest = text[match.end():]
    if re.search(rf"\b{re.escape(_surname(name))}\b", text):
        return text  # "He praised Trump's courage": a pronoun and a name in one clause are two people
    if kind.endswith("'s"):
        return f"{name}’s{rest}" if "’" in sentence else f"{name}'s{rest}"
    return name + rest


def leading_person(sentence: str, language: str) -> str:
    """The family name of the person a sentence opens with ("Slovak Prime Minister Robert Fico will …" →
    "Fico", "Fico left hospital" → "Fico"), or "" (a later "he" may stand for them)."""
    match = re.match(rf"(?:(?:[\w-]+\s+){{0,4}}?)(?P<name>(?:{_NAME_WORD}\s+)*{_NAME_WORD})\s+[a-zа-яёіїєґ]",
                     sentence)
    if not match:
        return ""
    names = names_in(match["name"], language)
    stop = set(_NOT_NAMES.get(_lang(language), "").split())
    if not names or re.search(r"['’]s\b", match["name"]) or match["name"].split()[0] in stop:
        return ""  # "El Gobierno presentará" names no person
    return _surname(names[-1])


_TR_PARTICIPLE = re.compile(r"(?P<stem>\w+?)(?:y?[ae]n)$")
_TR_VOICELESS = "çfhkpsşt"


def _turkish_past(participle: str) -> str:
    """A Turkish present participle as the past tense: "görüşen" → "görüştü", "başlayan" → "başladı"."""
    stem = _TR_PARTICIPLE.match(participle)["stem"]  # type: ignore[index]
    vowels = [c for c in stem.lower() if c in "aeıioöuü"]
    last = vowels[-1] if vowels else "e"
    vowel = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}[last]
    return stem + ("t" if stem[-1:].lower() in _TR_VOICELESS else "d") + vowel


_TR_WHILE = re.compile(r"(?P<stem>\w+?)(?P<aspect>m[ae]z|[ıiuü]?yor|m[ıiuü]ş|[aeıiuü]?r)ken$")


def _turkish_while_as_past(converb: str) -> str:
    """A Turkish converb in "-ken" (while …) as the past tense it stands for in a title: "yaşanmazken" →
    "yaşanmadı", "düşerken" → "düştü", "başlarken" → "başladı", "geliyorken" → "geliyordu", "gelmişken" →
    "gelmişti"; "" when the word is no such converb."""
    found = _TR_WHILE.fullmatch(converb)
    if not found or len(found["stem"]) < 2:
        return ""
    stem, aspect = found["stem"], found["aspect"]
    if aspect.startswith("m") and aspect.endswith("z"):
        return stem + aspect[0] + aspect[1] + ("dı" if aspect[1] == "a" else "di")  # the negative aorist
    if aspect.endswith("yor"):
        return f"{stem}{aspect}du"
    if aspect.endswith("ş"):
        return f"{stem}{aspect}t{aspect[1]}"
    if len(aspect) == 2 and re.search(r"[^aeıioöuü\W]l$", stem):
        stem += aspect[0]  # "başla-r", not "başl-ar": a verb in "-la/-le" keeps its vowel
    elif re.fullmatch(r"[^aeıioöuü]*[aeıioöuü]d", stem):
        stem = stem[:-1] + "t"  # "ed-er", "gid-er": a one-syllable stem's "t" is voiced before a vowel
    return _turkish_past(stem + "en")


# A Turkish noun's case or possessive ending: "yangınına", "evden", "kentte", "köyün", "bakanlığı", "yönetmelikle"
# Words in "-en"/"-an" that are no participle: an ablative ("yeniden", "sabahtan", but "giden"), a converb in "-ken"
_TR_NOT_PARTICIPLE = re.compile(r"\w{4,}[dt][ae]n$|ken$")
# A Turkish finite verb's ending: "bekleniyor", "açıldı", "başlamış", "açılacak", "sürer"
_TR_FINITE_END = re.compile(r"(?:yor|[dt][ıiuü]|m[ıiuü]ş|[ae]c[ae]k|[aeıiuü]r|m[ae]z)$")
_TR_CASED = re.compile(r"(?:[dt][ae]n?|n[ae]|y[ae]|[ıiuü]n|y[ıiuü]|[^aeıioöuü\W][ıiuü]|s[ıiuü]|l[ae]|yl[ae]|ken)$")


def _turkish_described_noun(text: str) -> str:
    """A Turkish clause that ends on the noun a participle describes, in no case (the subject of what follows), as
    what happened to it: "… toprak altından çıkarılan bronz heykel" → "bronz heykel … toprak altından çıkarıldı";
    "" otherwise."""
    words = text.split()
    for at in range(1, len(words) - 1):
        part, body, np = words[at], words[:at], words[at + 1:]
        if len(np) > 5 or not _TR_PARTICIPLE.match(part) or len(part) <= 4 or _TR_NOT_PARTICIPLE.search(part) \
                or not re.fullmatch(r"[a-zçğıöşü]{3,}", np[-1]) or any(re.search(r"[,;:](?!\d)", w) for w in np):
            continue  # (a figure's decimal comma may stand in the noun phrase: "2,5 metre boyundaki")
        if _TR_CASED.search(np[-1]) or _TR_FINITE_END.search(np[-1]) or _TR_PARTICIPLE.match(np[-1]):
            return ""  # a noun in a case, a verb, or a participle of its own ("… yapılan X'te bulunan")
        return " ".join([*np, *body, _turkish_past(part)])
    return ""


def turkish_participle(text: str) -> str:
    """A Turkish clause that ends on a participle as the clause it stands for: "Fuad Hüseyin ile görüşen Fidan" →
    "Fidan Fuad Hüseyin ile görüştü"; "Manavgat'ta başlayan" → "Manavgat'ta başladı"; a participle with the
    noun of place or time it describes: "üreticilerle bir araya geldiği toplantıda" → "üreticilerle bir araya
    geldi" (the meeting at which he met them: he met them)."""
    setting = re.fullmatch(r"(?P<body>.+?\s)?(?P<part>\w+[dt][ıiuü])ğ[ıiuü]\s+\w{3,}[dt][ae]", text)
    if setting:
        return f"{setting['body'] or ''}{setting['part']}"
    named = re.fullmatch(r"(?P<body>.+?)\s+(?P<part>\w+y?[ae]n)\s+(?P<name>[A-ZÇĞİÖŞÜ][\w'’]*)", text)
    if named and _TR_PARTICIPLE.match(named["part"]) and len(named["part"]) > 4:
        return f"{named['name']} {named['body']} {_turkish_past(named['part'])}"
    if described := _turkish_described_noun(text):
        return described
    bare = re.fullmatch(r"(?P<body>.+?)\s+(?P<part>\w+y?[ae]n)", text)
    if bare and (past := _turkish_while_as_past(bare["part"])):
        return f"{bare['body']} {past}"  # "-ken" is a converb, not a participle in "-en"
    if bare and len(bare["part"]) > 4 and not bare["part"][:1].isupper() \
            and not re.search(r"(?:l[ae]r|[ıiuü]n)[dt][ae]n$", bare["part"]):  # an ablative: "köylerden"
        return f"{bare['body']} {_turkish_past(bare['part'])}"
    return text
