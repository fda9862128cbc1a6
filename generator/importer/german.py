"""German names: an adjective's strong ending in a name's dictionary form ("des Deutschen Wetterdienstes" →
"Deutscher Wetterdienst"), and one-word places the dictionary also knows as words ("in Hannover")."""

from __future__ import annotations

import re

# The gender of an institution's or a place's last word, by how a compound ends (longest ending first). An
# unknown gender leaves the adjective as the text wrote it.
_MASCULINE = ("dienst", "rundfunk", "tag", "bund", "verband", "verein", "rat", "konzern", "hof", "senat", "kreis",
              "ausschuss", "zoll", "club", "klub", "fonds", "orden", "hafen", "flughafen", "park", "wald", "berg",
              "markt", "see", "zoo", "fluss", "kanal", "bahnhof", "platz", "dom", "tunnel", "turm", "garten",
              "zweckverband", "landtag", "bundestag", "gerichtshof", "sender")
_NEUTER = ("amt", "institut", "gericht", "ministerium", "museum", "theater", "haus", "klinikum", "kreuz", "werk",
           "zentrum", "fernsehen", "parlament", "kabinett", "forum", "orchester", "kommando", "büro", "archiv",
           "netzwerk", "bündnis", "komitee", "kuratorium", "land", "gebirge", "hilfswerk", "krankenhaus", "rathaus",
           "landesamt", "bundesamt", "observatorium", "kloster", "schloss", "stadion", "tal")
_FEMININE = ("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ie", "ik", "bahn", "bank", "kasse", "post",
             "partei", "union", "kammer", "agentur", "behörde", "polizei", "feuerwehr", "akademie", "hochschule",
             "schule", "stiftung", "zeitung", "kirche", "anstalt", "liga", "börse", "oper", "stadt", "gemeinde",
             "klinik", "küste", "insel", "bucht", "straße", "brücke", "talsperre", "allianz", "vereinigung",
             "staatsanwaltschaft")
_STRONG = {"m": "er", "n": "es", "f": "e"}


def gender(noun: str) -> str:
    """"m", "n" or "f" for a German noun by how it ends ("Wetterdienst" → "m"), or "" when unknown."""
    low = noun.lower()
    best = ("", 0)
    for mark, endings in (("m", _MASCULINE), ("n", _NEUTER), ("f", _FEMININE)):
        for ending in endings:
            if low.endswith(ending) and len(ending) > best[1]:
                best = (mark, len(ending))
    return best[0]


def strong_adjectives(name: str) -> str:
    """A German name whose first words are adjectives, with the ending it has with no article before it:
    "Deutsche Wetterdienst" → "Deutscher Wetterdienst", "Statistischen Bundesamt" → "Statistisches Bundesamt",
    "Deutschen Roten Kreuz" → "Deutsches Rotes Kreuz"; "Deutsche Bahn" stays."""
    words = name.split()
    stems: list[str] = []
    while len(stems) < len(words) - 1 and (stem := adjective_stem(words[len(stems)])):
        stems.append(stem)
    ending = _STRONG.get(gender(words[len(stems)]), "") if stems else ""
    if not ending:
        return name
    return " ".join([stem + ending for stem in stems] + words[len(stems):])


def adjective_stem(word: str) -> str:
    """The stem of a capitalised German adjective with an ending ("Roten" → "Rot"), or "" for any other word."""
    import simplemma

    lemma = simplemma.lemmatize(word.lower(), lang="de")
    rest = word.lower()[len(lemma):]
    if len(lemma) < 3 or not lemma.islower() or not word.lower().startswith(lemma) or rest not in _ENDINGS:
        return ""
    return word[:len(lemma)]


_ENDINGS = ("e", "en", "er", "es", "em")


# Nouns that follow a preposition with no article and name no place: "in Kraft", "nach Angaben", "bei Bedarf".
_PHRASE_NOUNS = {"Kraft", "Betrieb", "Zukunft", "Gefahr", "Ansicht", "Auffassung", "Angaben", "Sorge", "Richtung",
                 "Folge", "Bezug", "Form", "Frage", "Ende", "Anfang", "Beginn", "Mitte", "Zeit", "Ruhe", "Haft",
                 "Gewahrsam", "Kontakt", "Bedarf", "Absprache", "Abstimmung", "Anspruch", "Teilen", "Sicht",
                 "Hinsicht", "Ostern", "Pfingsten", "Weihnachten", "Silvester", "Neujahr", "Angst", "Protest",
                 "Verdacht", "Schätzungen", "Auskunft", "Aussage", "Aussagen", "Plan", "Höhe", "Hause", "Bord",
                 "Land", "Ort", "Stelle", "Sachen", "Fuß", "Schnee", "Regen", "Wasser", "Strom", "Gas", "Geld",
                 "Euro", "Dollar", "Grad", "Prozent", "Jahr", "Jahren", "Monaten", "Wochen", "Tagen", "Stunden"}
_PLACE_PREPOSITIONS = ("in", "aus", "nach", "bei", "von", "über", "durch", "bis", "zwischen", "gegen")
_DETERMINERS = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im",
                "am", "zum", "zur", "vom", "beim", "ins", "ans", "unser", "unsere", "dieser", "diese", "dieses")


def place_word(word: str, text: str) -> bool:
    """Whether a capitalised German word the dictionary knows is, in ``text``, a place's name: it follows a
    preposition with no article at least once ("in Hannover", "aus Passau") and never an article or a
    determiner ("die Elbe" is left to a longer name or a human)."""
    import simplemma

    if word in _PHRASE_NOUNS or simplemma.lemmatize(word, lang="de") != word:
        return False  # an inflected form is a common noun ("Schulen" of "Schule")
    escaped = re.escape(word)
    preposition = re.search(rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)})\s+{escaped}\b", text)
    determiner = re.search(rf"\b(?:{'|'.join(_DETERMINERS)})\s+(?:[a-zäöüß]+\s+)?{escaped}\b", text,
                           re.IGNORECASE)
    return preposition is not None and determiner is None
