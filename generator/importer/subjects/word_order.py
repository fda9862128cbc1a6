"""The subject put first: German verb-second order after a fronted date or phrase, a German subordinate clause
as a main clause in the indicative, and a Turkish clause ending on a participle as the clause it stands
for."""

from __future__ import annotations

import re

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
_DE_GENITIVE = r"(?:\s+(?:der|des|einer|eines)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*(?:\s+\([\w-]+\))?)?"
# Nouns listed after the first: "rund 250.000 Bücher, Zeitschriften, Spiele und DVDs".
_DE_LIST = r"(?:(?:,\s+[A-ZÄÖÜ][\w-]*){0,4}\s+(?:und|oder)\s+[A-ZÄÖÜ][\w-]*)?"
_DE_SUBJECT = re.compile(r"(?P<np>(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Ee]ine?|[Ee]inem)\s+"
                         rf"(?:{_DE_MEASURE}|\d[\d.,]*\s+)?(?:[a-zäöüß][\w-]*\s+){{0,2}}"
                         r"(?:[A-ZÄÖÜ][\w-]*(?:e|en|er|es)\s+(?=[A-ZÄÖÜ]))?"
                         r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*-[\w-]+)?"
                         r"(?:(?<=-)\s+(?:und|oder)\s+[A-ZÄÖÜ][\w-]*)?"  # "die Aufräum- und Reparaturarbeiten"
                         r"(?:(?:(?<=Land)|(?<=Stadt))\s+[A-ZÄÖÜ][a-zäöüß]+(?=\s))?"  # "das Land Tirol"
                         r"(?:\s+[A-ZÄÖÜ0-9][A-ZÄÖÜ0-9-]+)?(?:\s+(?:der|des|einer|eines)\s+(?:[a-zäöüß]+\s+)?"
                         r"[A-ZÄÖÜ][\w-]*)?)|"  # "der Bau einer fünften Schleusenkammer": a genitive after its noun
                         r"(?:(?:mehr als|weniger als|rund|etwa|fast|knapp|über|insgesamt|"
                         rf"mindestens|bis zu)\s+)?\d[\d.,]*\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*{_DE_LIST}"
                         rf"{_DE_GENITIVE}|"
                         r"(?:insgesamt|rund|etwa|fast|knapp|mindestens|alle)\s+(?:zwei|drei|vier|fünf|sechs|sieben|"
                         rf"acht|neun|zehn|elf|zwölf|zwanzig)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*{_DE_GENITIVE}|"
                         r"(?:neue|weitere|starke|heftige|schwere|andere|erste|viele|mehrere|einige|zahlreiche|alle|"
                         rf"sämtliche|beide)\s+(?:\d[\d.,]*\s+)?[A-ZÄÖÜ][\w-]*{_DE_LIST}{_DE_GENITIVE}|"  # a plural
                         # without its article: "neue Regenfälle", "weitere 200 Röhren", "alle Schulen"; "rund 40
                         # Freiwillige des Naturschutzbundes"
                         rf"[Ee]r|[Ss]ie|[Ee]s|[A-ZÄÖÜ][\w-]*{_DE_LIST}{_DE_GENITIVE})(?=\s|$)")
# (a bare plural with the nouns listed after it and its genitive: "Bürgerinnen und Bürger", "Fachleute der
# Werkstatt")


# An adverbial of measure or degree: a count, its noun and the adverb or adjective it measures ("wenige Kilometer
# entfernt", "zwei Jahre lang", "drei Tage später", "kurz", "erstmals").
_DE_ADVERBIAL = re.compile(r"(?:(?:(?:wenige|einige|mehrere|viele|zwei|drei|vier|fünf|sechs|zehn|\d[\d.,]*)\s+"
                           r"[A-ZÄÖÜ][a-zäöüß]+\s+)?(?!(?:auf|aus|für|mit|von|zum|zur|über|unter|gegen|durch|ohne|"
                           r"zwischen|hinter|neben|entlang)\s)"  # a preposition opens a phrase, no adverb
                           r"[a-zäöüß]{3,}(?<!der)(?<!die)(?<!das)(?<!den)(?<!dem)(?<!ein)(?<!eine)\s+|(?:kurz\s+|lange\s+)?(?:vor|nach|wegen|trotz|seit|während|bei)\s+"
                           r"(?:(?:dem|der|den|des|einem|einer|einen)\s+)?(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*\s+)"
                           r"(?=(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]ine?)\s)")  # or a phrase of time: "kurz vor Ostern"


_DE_PREPOSITION = r"(?:in|im|an|am|auf|bei|nach|seit|vor|mit|für|aus|von|vom|zum|zur|zwischen)"
DE_PLACE = re.compile(rf"(?P<np>{_DE_PREPOSITION}\s+(?:[\w.,%-]+\s+){{0,3}}?[A-ZÄÖÜ][\w-]*"
                      rf"(?:\s+und\s+(?:{_DE_PREPOSITION}\s+)?(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*)?)(?=\s|$)")
# ("in Brandenburg und im benachbarten Polen": two places joined)


# Verbs in "-e" that a noun may follow ("wurde Scholz", "habe die Stadt").
_DE_VERBS_IN_E = {"wurde", "würde", "werde", "habe", "hätte", "gebe", "bleibe", "liege", "stehe", "gehe", "komme"}


def _adjective_before_noun(words: list[str]) -> bool:
    """Whether a clause opens on an adjective before its noun ("neue Busse einzusetzen", "zusätzliche Kräfte"), not
    on a verb in "-e" before its subject ("hatte Scholz", "wurde die Brücke")."""
    return words[0].endswith("e") and not words[0].endswith(("te", "de")) and words[0] not in _DE_VERBS_IN_E \
        and words[1][:1].isupper()


def german_order(text: str) -> str:
    """Verb-second order after a fronted date or adverb is gone: "hatte Scholz X entlassen" → "Scholz hatte X
    entlassen", "beginnt die IAA in München" → "die IAA beginnt in München"."""
    text = re.sub(rf"^{_DE_FRONT}\s+", "", text, flags=re.IGNORECASE)
    text = _without_fronted_phrase(text)
    words = text.split(maxsplit=1)
    if len(words) < 2 or not words[0][:1].islower() or words[0] in _DE_NOT_VERB or _adjective_before_noun(words):
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
        phrase, rest = place["np"], words[1][place.end():].strip()
        for _ in range(2):  # "auf der Bahnstrecke | zwischen Kassel und Korbach | der Probebetrieb": phrases in a row
            if _DE_SUBJECT.match(rest) or not (more := DE_PLACE.match(rest)):
                break
            phrase, rest = f"{phrase} {more['np']}", rest[more.end():].strip()
        subject = _DE_SUBJECT.match(rest)
        if subject and (rest[:1].isupper() or re.match(r"(?:der|die|das|ein|eine|mehr als|rund|etwa|\d|mehrere|"
                                                       r"viele|einige|zahlreiche|weitere)", rest)):
            return " ".join(p for p in (subject["np"], words[0], phrase, rest[subject.end():].strip()) if p)
        return " ".join(part for part in (place["np"], words[0], words[1][place.end():].strip()) if part)
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
        if not subject:  # "hat auf der Bahnstrecke … der Probebetrieb begonnen": the subject after phrases of place
            reordered = german_order(" ".join([word, *words[i + 1:]]))
            return reordered[:1].upper() + reordered[1:] if not reordered.startswith(word) else text
        if subject["np"].lower() in _DE_ARTICLES or subject["np"] in ("Es", "es"):
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
