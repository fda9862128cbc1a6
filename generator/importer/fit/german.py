"""What a long German title drops before its final verb: the adjective between an article and a name, a second
predicate, an adverbial of distance or size, the last prepositional phrase; and a common noun before a name."""

from __future__ import annotations

import re

from generator.importer.subjects import _DE_FINITE

_GENITIVE = {"des", "der"}


# A German subject of an article, a common noun and the name it is ("Der Autozulieferer Brenner Antriebstechnik
# hat", "Die Gewerkschaft Verdi will"): the noun is no adjective (after a definite article an adjective ends in
# "-e": "Die Deutsche Bahn" stays).
_GERMAN_ROLE = re.compile(r"^(?:Der|Die|Das)\s+[A-ZÄÖÜ][\w-]*[^e\W]\s+(?=(?:[A-ZÄÖÜ][\w-]*\s+[A-ZÄÖÜ][\w-]*|"
                          r"[A-ZÄÖÜ]{2,})\s+[a-zäöüß])")  # one word may be a place: "Das Landgericht Osnabrück"


_DE_MEASURE_WORDS = re.compile(r"(?:keine?|rund|etwa|gut|knapp|fast|kaum|nur|mehr als|weniger als)")
_DE_DIMENSION = re.compile(r"entfernt|weit|lang|hoch|tief|breit|groß")


def _german_measure(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of an adverbial of distance or size before a German clause's last word: a figure, its unit
    and its adjective ("keine 300 Meter entfernt", "rund zwei Kilometer lang"); or None."""
    for i in range(1, len(words) - 3):
        if re.fullmatch(r"\d[\d.,]*|zwei|drei|vier|fünf|zehn|hundert", words[i]) and words[i + 1][:1].isupper() \
                and _DE_DIMENSION.fullmatch(words[i + 2]) and i + 3 < len(words):
            start = i - 1 if _DE_MEASURE_WORDS.fullmatch(words[i - 1].lower()) else i
            return start, i + 3
    return None


def _german_second_conjunct(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the second of two German predicates joined by "und" or "oder" ("… gesprengt und dabei rund
    2,1 Millionen Euro erbeutet haben": "und" up to the final auxiliary, which both share), or None."""
    auxiliary = words[-1] in ("haben", "sein", "werden", "worden")
    for i in range(2, len(words) - 2):
        before = words[i - 1]
        own = words[i + 1].lower() in _DE_FINITE or (words[-1][:1].isupper() and re.fullmatch(
            r"[a-zäöüß]{3,}t", words[i + 1]) is not None)  # (a past participle in "-t" ends no main clause)
        # "… begonnen und sollten … abgeschlossen sein", "… vorlegen und führt … Gespräche": the second predicate's
        # own verb (and the auxiliary at its end is its own too)
        if words[i] in ("und", "oder") and before[:1].islower() and re.search(r"(?:t|en)$", before) \
                and (words[-1][:1].islower() or own):
            return (i, len(words) - 1 if auxiliary and not own else len(words))
    return None


_DE_ADJUNCT_PREPOSITIONS = {"wegen", "trotz", "aufgrund", "infolge"}


def _german_bare_genitive(words: list[str], at: int) -> int | None:
    """The end of a German genitive plural without an article at ``words[at]``, before a clause's final verb:
    up to three lowercase words, the last an adjective in "-er", and their noun ("stark gestiegener Preise"); None
    otherwise."""
    for end in range(at, min(at + 3, len(words) - 2)):
        if not words[end][:1].islower():
            return None
        if words[end].endswith("er") and words[end + 1][:1].isupper():
            return end + 2
    return None


def _german_phrase(words: list[str], preps: set[str]) -> tuple[int, int] | None:
    """(start, end) of the last prepositional phrase before a German clause's final verb, or None:
    the preposition, its article and adjectives, its noun and a genitive after it; a phrase of cause or concession
    ("wegen …", "trotz …") goes before one the verb may need ("zu fünf Jahren Haft verurteilt")."""
    verb = _verb_cluster(words)  # where the verbs that end the clause start: "… fahren lassen"
    adjunct = [i for i in range(verb - 1, 1, -1) if words[i].lower() in _DE_ADJUNCT_PREPOSITIONS]
    for i in [*adjunct, *range(verb - 1, 1, -1)]:
        if words[i].lower() not in preps:
            continue
        j = i + 1
        while j < verb and not words[j][:1].isupper():
            j += 1
        if j >= verb:
            continue
        j += 1
        if j == verb - 1 and words[j][:1].isupper() and words[j - 1][:1].isupper() \
                and (verb == len(words) - 1 or _name_or_noun(words, j)):
            j += 1  # "an der Rüttenscheider Straße | bedroht": the noun of a name right before the verb (before two
            # verbs, only a name's: "in 17 Fällen | Kabel abgeschnitten haben")
        while j + 1 < verb:
            if words[j][:1].isupper() and (words[j + 1][:1].isupper() or words[j + 1] in ("und", "oder")
                                           or words[j + 1].lower() in preps):
                j += 1  # "beim Amtsgericht Stuttgart | Insolvenz …": a name after the noun
            elif words[j] in ("und", "oder") and (noun := next((k for k in range(j + 1, min(j + 4, len(words) - 1))
                                                               if words[k][:1].isupper()), None)):
                j = noun + 1  # "in Niedersachsen und Nordrhein-Westfalen", "zu fünf Jahren und sechs Monaten":
                # both nouns go with their preposition
            elif words[j].lower() in _GENITIVE and words[j + 1][:1].isupper():
                j += 2
            elif (bare := _german_bare_genitive(words, j)) is not None:
                j = bare  # "des Verdachts | missbräuchlich überhöhter Preise": a genitive plural with no article
            else:
                break
        if j == verb - 1 and words[j][:1].isupper() and words[j - 1][:1].isupper() and _name_or_noun(words, j):
            j += 1  # "… und dem Grenzbahnhof Małaszewicze | fahren lassen": a name right before the verbs
        return (i, min(j, verb))
    return None


def _name_or_noun(words: list[str], at: int) -> bool:
    """Whether a capitalised word after another ends that one's phrase rather than being the verb's object: part of
    a name ("Grenzbahnhof Małaszewicze", "Covestro Polymers"), the noun after a place's adjective ("Lichtenhainer
    Wasserfall") or a currency after its count ("Millionen Euro"); not "in 17 Fällen | Kabel"."""
    import simplemma

    before, word = words[at - 1], words[at]
    return not simplemma.is_known(before, lang="de") or not simplemma.is_known(word, lang="de") \
        or re.fullmatch(r"[A-ZÄÖÜ][\w-]*(?:er|(?:isch|ig|lich)e[nmrs]?)", before) is not None \
        or before in ("Millionen", "Milliarden", "Tausend")


def _verb_cluster(words: list[str]) -> int:
    """Where the lowercase verbs that end a German clause start ("… Containerzüge | fahren lassen", "… | gesprengt"):
    up to three lowercase words at the end, at least the last."""
    at = len(words) - 1
    while at > 1 and len(words) - at < 3 and words[at - 1][:1].islower() \
            and re.fullmatch(r"[a-zäöüß]+(?:en|t|n)", words[at - 1]) and re.fullmatch(r"[a-zäöüß]+", words[at]):
        at -= 1
    return at


def _german_article_adjective(words: list[str]) -> int | None:
    """The index of a lowercase word between a German article or a count and a capital ("die rechtspopulistische
    FPÖ", "600 künstliche Niströhren")."""
    at = [i for i, w in enumerate(words[:-1]) if (w.lower() in {"der", "die", "das", "den", "dem", "ein", "eine",
                                                               "einen"} or re.fullmatch(r"\d[\d.,]*", w))
          and re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es|em)", words[i + 1]) and i + 2 < len(words)
          and words[i + 2][:1].isupper()]
    return at[0] + 1 if at else None


# A German clause opening on an adjunct of cause or circumstance, its verb second and its subject after it ("Wegen
# fehlender Straßenbahnfahrer | dünnen | die Leipziger Verkehrsbetriebe | ihren Fahrplan aus").
_FRONTED_ADJUNCT = re.compile(
    r"^(?:Wegen|Trotz|Aufgrund|Infolge|Angesichts|Nach|Seit|Mit|Bei|Vor)\s+(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:des|der)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)?\s+(?P<verb>[a-zäöüß]+)\s+"
    r"(?P<subject>(?:(?:der|die|das|ein|eine)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*)\s+(?P<rest>[a-zäöüß].*)$")


_NOT_VERB = {"im", "am", "um", "vom", "zum", "beim", "und", "oder", "sowie", "bereits", "schon", "noch", "nicht",
             "unter", "hinter", "gegen", "seit", "trotz", "wegen", "nach", "neben", "zwischen", "innerhalb"}


def without_fronted_adjunct(text: str) -> str:
    """A German clause without the adjunct it opens on, its subject put first: "Wegen fehlender
    Straßenbahnfahrer dünnen die Leipziger Verkehrsbetriebe ihren Fahrplan aus" → "Die Leipziger Verkehrsbetriebe
    dünnen ihren Fahrplan aus"; any other text as it is."""
    found = _FRONTED_ADJUNCT.match(text)
    verb = found["verb"] if found else ""
    if not found or verb in _NOT_VERB or (verb not in _DE_FINITE
                                          and not re.fullmatch(r"[a-zäöüß]{3,}(?:t|te|ten|en)", verb)):
        return text  # "Seit der Flutkatastrophe | im | Ahrtal": no verb after the adjunct
    subject = found["subject"]
    return f"{subject[:1].upper()}{subject[1:]} {found['verb']} {found['rest']}"


_SEPARABLE = {"an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "um", "durch"}


# Adverbs of time and connection a German headline can spare: "bereits", "zunächst", "allerdings".
_GERMAN_SPARE_ADVERBS = {"bereits", "schon", "bisher", "inzwischen", "zunächst", "jedoch", "allerdings", "nun", "dann",
                         "ebenfalls", "vorerst", "zuvor", "erneut", "nochmals", "letztlich", "schließlich", "zudem",
                         "außerdem", "damals", "kürzlich", "demnächst", "voraussichtlich", "offenbar", "mittlerweile"}
# (not "noch", "erst" or "ursprünglich": "nur noch", "erst im Mai", "ursprünglich geplant" say what changed)


def _german_span(words: list[str], preps: set[str]) -> tuple[int, int] | None:
    """(start, end) of what a long German title drops next: adjective, second predicate, measure, phrase; or None."""
    adjective = _german_article_adjective(words)
    if adjective is not None:  # "die rechtspopulistische FPÖ" → "die FPÖ"
        return (adjective, adjective + 1)
    if second := _german_second_conjunct(words):
        return second  # "hat 23 Automaten gesprengt und dabei … erbeutet" → "… gesprengt"
    if measure := _german_measure(words):
        return measure  # "hat zwei Nester rund 300 Meter entfernt gefunden" → "hat zwei Nester gefunden": an
        # adverbial of distance or size the verb does not need
    if words[-1][:1].islower() and (adverb := next((i for i in range(1, len(words) - 1)
                                                    if words[i] in _GERMAN_SPARE_ADVERBS), None)) is not None:
        return (adverb, adverb + 1)  # "hatte die Landesregierung bereits abgelehnt": an adverb goes before the
        # verb that ends the clause does
    if words[-1][:1].isupper() and (place := _german_phrase_before_object(words, preps)):
        return place  # "kontrollieren | in den Wäldern zwischen Schotten und Ulrichstein | etwa 600 Niströhren": the
        # phrases between a verb and the object the clause ends on go before the object does
    if words[-1][:1].islower() and (words[-1].lower() not in preps or words[-1].lower() in _SEPARABLE):
        # (a preposition that ends the clause is its verb's particle: "dünnen … ihren Fahrplan auf mehreren Linien
        # aus")
        phrase = _german_phrase(words, preps)
        if phrase:  # "hat die Wahl mit knapp 29 Prozent gewonnen" → "hat die Wahl gewonnen"
            return phrase
        if genitive := _german_genitive(words):
            return genitive  # "will den Rohbau des Bahnhofs Großreuth öffnen" → "will den Rohbau öffnen"
    if words[-1][:1].islower() and _GERMAN_ROLE.match(" ".join(words)):
        return (0, 2)  # "Der Güterbahnbetreiber | Rheinfracht Logistik will … fahren lassen": the name, once the
        # adjective before the role has gone, before the verbs at the end do
    return None


def _german_genitive(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of a genitive after a noun inside a German title that ends on its verb: "des" or "eines", the
    adjectives and the nouns after it; None when there is none."""
    for i in range(2, len(words) - 2):
        if words[i] in ("des", "eines") and words[i - 1][:1].isupper():
            end = i + 1
            while end < len(words) - 1 and (words[end][:1].isupper() or re.fullmatch(r"[a-zäöüß]+en", words[end])
                                            or (words[end] in ("und", "oder") and words[end - 1].endswith("-"))):
                end += 1  # ("des Wasserstraßen- und Schifffahrtsamts")
            if end > i + 1 and words[end - 1][:1].isupper():
                return i, end
    return None


def _german_phrase_before_object(words: list[str], preps: set[str]) -> tuple[int, int] | None:
    """(start, end) of the prepositional phrases right after the verb of a German main clause that ends on its
    object (a noun): each preposition, the words up to its noun and the names joined to it; None when no object is
    left after them."""
    start = next((i for i in range(2, len(words) - 3) if words[i].lower() in preps
                  and words[i - 1][:1].islower() and words[i - 1].lower() not in preps), None)
    if start is None:
        return None
    j = start
    while j < len(words) and words[j].lower() in preps:
        noun = next((k for k in range(j + 1, min(j + 5, len(words))) if words[k][:1].isupper()), None)
        if noun is None:
            return None
        j = noun + 1
        while j + 1 < len(words) and words[j] in ("und", "oder") and words[j + 1][:1].isupper():
            j += 2  # "zwischen Schotten und Ulrichstein"
    object_words = words[j:]
    return (start, j) if len(object_words) >= 2 and object_words[-1][:1].isupper() else None
