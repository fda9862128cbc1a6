"""Noun phrases: whether a text is one, the one a clause ends on, and openings and phrases a headline can do without."""

from __future__ import annotations

import re

from generator.importer.fit import PREPOSITIONS
from generator.importer.fit.auxiliaries import CLITICS
from generator.importer.titles.predicates import _VERB_WORD, _has_verb, _verb_at, _verb_first
from generator.importer.titles.words import _AUXILIARIES, _PREPOSITIONS

# A short adverbial set off by its comma before a subject that opens with an article: a preposition and up to
# three lowercase words ("Par ailleurs,", "Por otra parte,", "In the meantime,"), or an adverb in -ment, -mente, -ly.
_OPENING_ADVERBIAL = {lang: re.compile(rf"(?:(?i:{preps})(?:\s+[a-zà-ÿ'’]+){{1,3}}|[A-ZÀ-Þ][a-zà-ÿ]+{adverb}),\s+"
                                       rf"(?=(?i:{articles})\b)")
                      for lang, preps, adverb, articles in (
                          ("fr", "en|par|de|pour|dans|avec|sans|faute|grâce|malgré|après|avant|lors|face|outre",
                           "ment", "le|la|les|l['’]|un|une|des"),
                          ("es", "en|por|de|para|con|sin|tras|ante|pese|gracias|debido", "mente",
                           "el|la|los|las|un|una|unos|unas"),
                          ("en", "in|for|on|at|by|with|after|despite|amid|following|due", "ly", "the|a|an"))}


def _without_opening_adverbial(text: str, lang: str) -> str:
    """``text`` without a short adverbial set off before its subject ("Par ailleurs, les bénévoles pourront …" →
    "les bénévoles pourront …"), when no verb is in it; as it is otherwise."""
    opening = _OPENING_ADVERBIAL[lang].match(text) if lang in _OPENING_ADVERBIAL else None
    if not opening or _has_verb(opening.group().rstrip(" ,"), lang):
        return text
    return text[opening.end():]


def _without_subject_phrase(text: str, lang: str) -> str:
    """``text`` without the phrase between its subject and its verb ("Negotiators from Israel and Hamas made
    progress" → "Negotiators made progress"), or as it is."""
    words = text.split()
    verb = _verb_at(text, lang)
    preps = PREPOSITIONS.get(lang, "").split()
    cut = next((i for i in range(1, verb) if words[i].lower() in preps), None)
    while cut and verb - 1 > cut and words[verb - 1].lower() in CLITICS.get(lang, set()):
        verb -= 1  # "… de rochers se sont détachés": the verb's own pronoun and negation stay with it
    if cut:
        return " ".join(words[:cut] + words[verb:])
    if lang in ("fr", "es") and len(words) > 3 and words[0].lower() in _OPENING_ARTICLES[lang]:
        # "Les contrôleurs aériens français ont annulé" → "Les contrôleurs ont annulé"
        aux = next((i for i, w in enumerate(words[2:], 2) if w.lower() in _AUXILIARIES), None)
        if aux and aux > 2 and all(w[:1].islower() for w in words[2:aux]):
            return " ".join(words[:2] + words[aux:])
    return text


_OPENING_ARTICLES = {"fr": {"le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces"},
                     "es": {"el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "estos", "estas"}}


def _last_noun_phrase(antecedent: str, pronoun: str, lang: str) -> str:
    """The noun phrase a relative pronoun stands for when the clause before it has a verb: its last one ("El
    Gobierno aprobó el decreto, | que …" → "el decreto"; German by the pronoun's article: "Der Bundestag hat das
    Gesetz beschlossen, | das …" → "das Gesetz"); "" when the clause has no verb or no such phrase."""
    if lang == "de":
        if pronoun not in ("der", "die", "das"):
            return ""
        found = list(re.finditer(rf"(?:^|\s)((?i:{pronoun})\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}[A-ZÄÖÜ][\w-]*)",
                                 antecedent))
        return found[-1].group(1) if found and found[-1].start() > 0 else ""
    if not _has_verb(antecedent, lang):
        return ""
    articles = {"fr": r"le|la|les|l['’]|un|une|des", "es": r"el|la|los|las|un|una|unos|unas"}[lang]
    found = re.search(rf"(?:^|\s|(?<=\sd['’]))((?:{articles})\s*[^\s,]+(?:\s+[a-záéíóúàèùâêîôûç]+){{0,2}})$",
                      antecedent)  # "… la création d'une commission spéciale, | qui": the phrase after "d'" is the last
    return found.group(1) if found and found.start() > 0 else ""


def _trailing_noun(text: str, lang: str) -> str:
    """The noun phrase a clause ends on: all of a short clause ("Japan's ispace lander"), else from its last
    article on ("… examinait une réforme constitutionnelle du corps électoral" → "une réforme …")."""
    if 0 < len(text.split()) <= 4 and not re.search(r"\b(?:is|are|was|were|has|had|a|ont|est|fue|ha)\b", text):
        return text
    name = re.search(r"(?:^|\s)((?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+)$", text) if lang != "en" else None
    # a name after "de" is the complement of the noun before it: "la final del Torneo Regional"
    of_name = re.search(r"\s(?:de|du|des|of|del)\s+(?:[A-ZÀ-Þ][\w'’-]+\s+){0,2}\S+$", text)
    if name and not of_name:  # "… son entraîneur Luis Castro, | arrivé"
        return name.group(1)  # (an English "-ed" after a name is its past: "Jane Doe, | resigned")
    articles = {"en": r"the|a|an", "fr": r"une?|la|le|les|l'", "es": r"el|la|los|las|un|una"}[lang]
    for match in reversed(list(re.finditer(rf"(?:^|\s|(?<=\sd['’]))((?:{articles}|^(?i:{articles}))(?:\s+|(?<=['’])))"
                                           rf"(?=\w)", text))):  # "après celle d'une autre mosaïque": the phrase
        # after "d'"; the clause's own opening article too ("Un rassemblement de soignants et d'habitants")
        phrase = text[match.start(1):]  # the last that fits: "… sur l'accord dit un pour un" → "l'accord dit …"
        noun = phrase[len(match.group(1)):].split(maxsplit=1)[0]
        if "," not in phrase and 1 < len(phrase.split()) <= 7 and noun.lower() not in _NOT_NOUNS:
            return phrase
    contracted = re.search(r"(?:^|\s)(?P<art>au|aux|du|des|al|del)\s+(?P<rest>[^\s,]+(?:\s+[^\s,]+){0,5})$", text) \
        if lang in ("fr", "es") else None
    if contracted and contracted["rest"].split()[0].lower() not in _NOT_NOUNS and contracted["rest"][:1].islower():
        # "… ont pris part au scrutin, | organisé …" → "le scrutin": the article inside a preposition
        return f"{_CONTRACTED[contracted['art']]} {contracted['rest']}"
    return ""


_CONTRACTED = {"au": "le", "aux": "les", "du": "le", "des": "les", "al": "el", "del": "el"}
_NOT_NOUNS = {"pour", "par", "de", "à", "et", "ou", "of", "for", "and", "or", "to", "por", "para", "y", "o"}

# Lowercase words inside a name or a short noun phrase: "Вулкан Крашенинникова на Камчатке", "Banco de España".
_NAME_JOINERS = {"of", "the", "de", "del", "la", "el", "los", "las", "du", "des", "le", "les", "von", "der", "die",
                 "das", "und", "y", "et", "and", "на", "в", "у", "при", "di", "da"}

_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "deux", "trois",
           "quatre", "cinq", "sept", "huit", "neuf", "dix", "plusieurs", "quelques", "dos", "tres", "cuatro", "cinco",
           "seis", "siete", "ocho", "nueve", "diez", "varios", "varias"}


def _noun_phrase(text: str, lang: str = "") -> bool:
    """Whether ``text`` is a name or a short noun phrase ("Банк России", "The union", "Nina Warken"), not a clause:
    at most six words, none lowercase after the first but the words that join names (in Russian and Ukrainian,
    none a verb: "Предыдущий аппарат серии")."""
    words = text.split()
    if lang == "fr" and (elided := re.fullmatch(r"([LlDd]['’])(\w.*)", words[0] if words else "")):
        words = [elided[1].lower(), elided[2], *words[1:]]  # "L'association acquéreuse": the article is a word
    if lang in ("fr", "es") and 6 < len(words) <= 9 and re.fullmatch(  # "la petite station de ski de Prat-Peyrot":
            r"(?:\S+\s+){1,2}\S+(?:\s+(?:de|du|des|de la|del)\s+[^\s,]+){1,3}", " ".join(words[1:])):  # a noun
        words = [*words[:3], *(w for w in words[3:] if w[:1].isupper())]  # and its complements: its head and names
    if not 1 <= len(words) <= 6 or (len(words) > 1 and words[0][:1].islower() and words[0] not in ("l'", "l’")):
        return False
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        return verb_at(words, lang) == len(words)
    if lang in ("en", "fr", "es") and (words[0].lower() in _OPENING_ARTICLES.get(lang, {"the", "a", "an"})
                                       or words[0].lower() in _COUNTS or words[0].isdigit()):  # "Dix personnes"
        named = all(w.lower() in _NAME_JOINERS or w[:1].isupper() for w in words[2:])  # "Le ministre de la Santé"
        return (len(words) <= 4 or named) and not any(_verb_first(w, lang) for w in words[2:])  # "The spacecraft";
        # the word right after an article is its noun or adjective, never a verb: "Un accident similaire"
    if lang == "de" and re.fullmatch(r"(?:[Dd](?:er|ie|as)|[Ee]ine?)", words[0]) and len(words) <= 4 \
            and words[-1][:1].isupper() and all(re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es)", w) for w in words[1:-1]):
        return True  # "Ein fünfter Angeklagter", "Die neue Regierung"
    adjective = r"(?:[a-zäöüß]+(?:e|en|er|es)\s+)?"
    if lang == "de" and re.fullmatch(rf"(?:[Dd](?:er|ie|as)|[Ee]ine?)\s+{adjective}[A-ZÄÖÜ][a-zäöüß-]+\s+"
                                     rf"(?:des|der|eines|einer)\s+{adjective}[A-ZÄÖÜ][a-zäöüß-]+", text):
        return True  # a noun and its genitive: "Der Bau eines Nachfolgeschiffs", "Die Leiterin der neuen Klinik"
    return not any(w[:1].islower() and w.lower() not in _NAME_JOINERS for w in words[1:])


def _long_noun_phrase(text: str, lang: str) -> bool:
    """Whether an English ``text`` is a noun phrase of up to seven words: an article or a possessive name first, no
    word after it a verb, a common noun last ("The European Union's deforestation rules", "The city's new bus
    lanes"; not "The opposition leader Friedrich Merz", whose name is the subject)."""
    words = text.split()
    if lang in ("ru", "uk"):
        return _slavic_long_noun_phrase(words, lang)
    if lang == "es":
        return _es_long_noun_phrase(words)
    if lang != "en" or not 2 <= len(words) <= 7 or not words[-1].islower():
        return False
    return re.fullmatch(r"(?:The|A|An|[A-Z][\w.-]*['’]s)", words[0]) is not None and not any(
        re.fullmatch(rf"{_VERB_WORD['en']}|[a-z]+ing", w) for w in words[1:]) and not _EN_VERB_TO.search(text)


# A present of a verb that takes an infinitive, and its "to": "The museum plans to restore the organ" is a clause.
_EN_VERB_TO = re.compile(r"\s(?:plans|hopes|wants|aims|expects|seeks|needs|intends|agrees|vows|promises|threatens|"
                         r"refuses|tries|continues|wishes|prepares)\s+to\s")


_ES_OF = {"de", "del", "en", "con", "para", "sobre", "contra", "a", "al"}
# Prepositions that open the complement of a noun ("the hearing on the measure", "les panneaux de la baie").
_COMPLEMENT_OF = {"en": r"of|on|for|at|in|from|with|into|over|against|about",
                  "fr": r"de|du|des|d['’]|à|au|aux|en|pour|sur|contre",
                  "es": r"de|del|en|con|para|sobre|contra|a|al"}
# A past participle right after its noun is its adjective: "les passagers concernés", "las familias afectadas".
_ADJECTIVE_PARTICIPLE = {"en": r"(?!)", "fr": r"[a-zéèêàç]+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues)",
                         "es": r"[a-záéíóúñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas)"}


_ABOUT = {"quelque", "environ", "some", "about", "around", "nearly", "almost", "unos", "unas", "cerca", "rund", "etwa"}


def _noun_and_complement(text: str, lang: str) -> bool:
    """Whether ``text`` is a noun phrase opened by an article: its head (at most four words, a participle after
    its noun as an adjective: "Les passagers concernés"), then complements opened by a preposition, at most twelve
    words and no finite verb among them ("A Senate subcommittee hearing on the bill", "Les neuf panneaux de la
    grande baie")."""
    if lang not in _COMPLEMENT_OF:
        return False
    words = text.split()
    first = re.sub(r"['’]\w.*", "'", words[0]).lower() if words else ""
    if first in _ABOUT and len(words) > 2 and words[1][:1].isdigit():
        first = "the"  # "Quelque 38 matches du premier tour": a count, as an article opens a noun phrase
    if not 2 <= len(words) <= 12 or first not in _OPENING_ARTICLES.get(lang, {"the", "a", "an"}) \
            | {"the", "a", "an", "el", "la", "los", "las", "un", "una", "unos", "unas"}:
        return False
    joined = next((i for i, w in enumerate(words[1:], 1) if re.fullmatch(rf"(?:{_COMPLEMENT_OF[lang]})(?:\w.*)?", w)
                   and (re.fullmatch(_COMPLEMENT_OF[lang], w) or re.match(r"d['’]", w))), len(words))
    head, rest = words[1:joined], words[joined:]
    if not 1 <= len(head) <= 4 or any(w[:1].isdigit() for w in rest):
        return False
    adjective = len(head) > 1 and re.fullmatch(_ADJECTIVE_PARTICIPLE[lang], head[-1]) is not None
    return not any(_verb_first(w, lang) and not (adjective and w is head[-1]) for w in head[1:] + rest) \
        and not any(w.lower() in ("that", "which", "who", "que", "qui", "and", "et", "y", "se", "ne", "no")
                    for w in rest)


def _es_long_noun_phrase(words: list[str]) -> bool:
    """Whether Spanish ``words`` are a noun phrase of up to ten words: an article and its noun, at most one
    adjective, then its complements opened by a preposition, no verb among them ("El precio del aceite de oliva
    virgen extra en origen")."""
    if not 4 <= len(words) <= 10 or words[0] not in ("El", "La", "Los", "Las") or not words[1].islower():
        return False
    joined = next((i for i in (2, 3) if words[i].lower() in _ES_OF), None)
    return joined is not None and not any(_verb_first(w, "es") or w.lower() in ("que", "y", "se", "no")
                                          for w in words[1:])


def _slavic_long_noun_phrase(words: list[str], lang: str) -> bool:
    """Whether Russian or Ukrainian ``words`` are a noun phrase of up to ten words with its dependents, no verb
    among them and no preposition first ("Громадські слухання щодо будівництва нової школи в Самборі")."""
    from generator.importer.morphology import verb_at

    return 2 <= len(words) <= 10 and words[0][:1].isupper() and words[0].lower() not in _PREPOSITIONS[lang] \
        and verb_at(words, lang) == len(words)
