"""Whether a clause has a verb and where: finite verbs per language, a clause opening with its verb, a subject
missing."""

from __future__ import annotations

import re

from generator.importer.verbs import PAST_PATTERN


def _adverbial(text: str, lang: str) -> bool:
    """An English clause that is only a setting ("On the campaign trail ahead of the November 5 election")."""
    return lang == "en" and bool(re.match(r"(?:On|In|During|Ahead of|At(?! least| most)|Amid|Since|Before|After)\s",
                                          text))


_VERB_WORD = {
    "en": r"[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
          rf"{PAST_PATTERN}|"  # the present of the verbs of expecting and saying, not after an article or "to"
          r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bto )"
          r"(?:expect|say|believe|predict|warn|intend|want|think)s?|(?:hope|plan)s?(?=\s+to\b)",
    "fr": r"a|ont|est|sont|était|avait|sera|seront|doit|doivent|peut|peuvent|va|vont|\w+(?:era|eront|ait|aient)|"
          r"\w+(?:ira|dra|tra|vra|ura|rra|iront|dront|tront|vront|uront|rront)|"
          r"\w*(?:vient|viennent|tient|tiennent)|fait|font|dit|disent|met|mettent|prend|prennent|"
          r"(?!\w*(?:emment|amment|ement)\b)[a-zéèêàç]{3,}ent",  # "réclament", not "notamment" or "gouvernement"
    "es": r"ha|han|es|son|fue|fueron|será|serán|debe|deben|puede|pueden|va|van|dijo|dijeron|hizo|tuvo|estuvo|puso|"
          r"pudo|(?<!\bde )(?<!\bdel )(?<!\bel )(?<!\bun )vino|dio|quiso|supo|\w+(?:ó|aron|[iy]eron|rá|rán)|"
          r"\w+(?:tuvo|tuvieron|dujo|dujeron|puso|pusieron)|"
          r"\w*(?:tiene|tienen|viene|vienen)|está|están|hace|hacen|dice|dicen|sigue|siguen",  # irregular presents
}  # ("vino" after "de", "del", "el" or "un" is the noun: "las exportaciones de vino")
# A Spanish clause may open with an auxiliary of the pluperfect or the imperfect ("había salido", "estaba previsto").
_ES_AUXILIARY_FIRST = r"había|habían|habrá|habrán|estaba|estaban|era|eran"


def _finite_in(text: str, lang: str) -> bool:
    """Whether a headline has a word that reads as a finite verb (Russian and Ukrainian by their word forms)."""
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        return verb_at(text.split(), lang) < len(text.split())
    return _has_verb(text, lang)


def _has_verb(text: str, lang: str) -> bool:
    """Whether ``text`` has a word that reads as a finite verb (for the languages with a list; others: yes)."""
    pattern = _VERB_WORD.get(lang)
    if pattern and lang in ("fr", "es"):  # the noun after an indefinite article is no verb: "un accident"
        text = re.sub(r"\b(?i:un|une|una|unos|unas)\s+\S+", " ", text)
    return pattern is None or re.search(rf"\b(?:{pattern})\b", text) is not None


_PARTICIPLE = {"en": r"[a-z]+ed", "fr": r"[a-zéèêà]+(?:é|ée|és|ées)",
               "es": r"[a-záéíóúñ]+(?:ado|ada|ados|adas|ido|ida)"}

_IRREGULAR_PARTICIPLE = {
    "fr": r"(?:conclu|élu|reçu|vendu|rendu|perdu|tenu|obtenu|prévu|[a-z]*venu|pris|[a-z]*mis|fait|dit|"
          r"[a-zé]*(?:écrit|scrit)|ouvert|"
          r"offert|détruit|construit|produit|réduit|[a-z]*trait|[a-zé]{2,}eint|[a-zé]*couvert)e?s?",  # "extraites",
    # "atteint", "découverts": the participles in -trait, -eint, -couvert of their verbs in -traire, -eindre, -couvrir
    "es": r"(?:hecho|dicho|escrito|abierto|puesto|vuelto|roto|muerto|visto|elegido|electo|previsto|propuesto|"
          r"impuesto|dispuesto|resuelto|cubierto|devuelto)s?|(?:hecha|dicha|escrita|abierta|puesta|vuelta|rota|muerta|"
          r"vista|elegida|electa|prevista|propuesta|impuesta|dispuesta|resuelta|cubierta|devuelta)s?",
}


def _verb_at(text: str, lang: str) -> int:
    """Where a headline's verb is: in Russian and Ukrainian its first verb, elsewhere (roughly) its first lowercase
    word after the subject's first word that is no article, determiner or adjective of a name."""
    words = text.split()
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        return verb_at(words, lang)
    if lang in _VERB_WORD:  # a word that reads as a finite verb: "L'épidémie de grippe a atteint" → "a"
        pattern = re.compile(rf"(?:{_VERB_WORD[lang]})", re.IGNORECASE)
        found = next((i for i, w in enumerate(words[1:], 1) if pattern.fullmatch(w.strip(",;:"))), None)
        if found is not None:
            return found
    return next((i for i, w in enumerate(words[1:], 1) if w[:1].islower() and w.lower() not in _DETERMINERS
                 and not (i + 1 < len(words) and words[i + 1][:1].isupper())), len(words))


_DETERMINERS = {"the", "a", "an", "and", "of", "its", "his", "her", "their", "de", "del", "la", "le", "les", "el",
                "los", "las", "du", "des", "der", "die", "das", "von", "from", "in", "at", "on", "for", "with", "to",
                "y", "et", "und"}

_VERB_FIRST = {
    "es": re.compile(r"^(?:no\s+)?(?:se\s+)?(?:\w+(?:ó|aron|[iy]eron|rá|rán|ía|ían|aba|aban)|fue|fueron|es|son|ha|han|"
                     r"había|"
                     r"habían|será|serán|está|están|\w+(?:ido|ado)|\w+(?:ar|er|ir)\s+(?:en|a|al|el|la|los|las|con))\b"),
    "fr": re.compile(r"^(?:a|ont|est|sont|avait|avaient|sera|seront|était|étaient|\w+(?:era|eront|ait|aient)|"
                     r"\w+(?:ira|dra|tra|vra|ura|iront|dront|tront|vront|uront))\b"),
    "tr": re.compile(r"^\S+$"),
}


def _verb_first(text: str, lang: str) -> bool:
    """Whether a clause opens with its finite verb ("entered lunar orbit", "doit rencontrer", "пытался")."""
    first = text.split(maxsplit=1)[0] if text else ""
    if not first[:1].islower():
        return False
    if lang == "es" and first == "no":  # "no estará operativa"
        first = (text.split()[1:2] or [""])[0]
    if lang == "fr":  # "n'a plus gagné", "ne s'est plus réuni", "s'est rendu"
        words = re.sub(r"^ne\s+", "", text).split()
        first = re.sub(r"^(?:n|s)['’]", "", words[0]) if words else ""
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        return verb_at([first], lang) == 0
    if lang == "en":
        return bool(re.fullmatch(rf"[a-z]{{3,}}ed|was|were|is|are|has|had|have|will|would|could|can|must|should|"
                                 rf"may|might|shall|did|does|{PAST_PATTERN}", first)) \
            and not _EN_ATTRIBUTIVE_PARTICIPLE.match(text)
    if lang in _VERB_WORD:
        return bool(re.fullmatch(_VERB_WORD[lang], first)) or bool(
            lang == "fr" and re.fullmatch(rf"{_PARTICIPLE['fr']}|{_IRREGULAR_PARTICIPLE['fr']}", first)) or bool(
            lang == "es" and re.fullmatch(_ES_AUXILIARY_FIRST, first))
    if lang == "de":
        return bool(re.fullmatch(r"(?:hat|hatte|hatten|haben|ist|war|waren|sind|wird|werden|wurde|wurden|soll|"
                                 r"sollen|will|wollen|kann|können|muss|müssen|\w+te|\w+ten)", first))
    return False


# An English participle before its noun, the subject of a past verb after it: "farmed kelp landings in the state
# reached …" (not "entered lunar orbit", "tested positive and recovered").
_EN_ATTRIBUTIVE_PARTICIPLE = re.compile(
    r"[a-z]{3,}ed\s+(?!(?:the|a|an|its|their|his|her)\b|\d)[a-z]+"
    r"(?:\s+(?!(?:and|or|but|was|were|had|has|which|that|who|when|after|before|since|until)\b)[\w'’.-]+){0,6}?"
    rf"\s+(?:[a-z]{{3,}}ed|was|were|had|has|will|{PAST_PATTERN})\b")


# Lowercase French words ending like a verb in the present singular that are no verb ("entre", "comme", "cette").
_FR_NOT_PRESENT = {"entre", "comme", "contre", "cette", "notre", "votre", "chaque", "quelque", "une", "pendant",
                   "avant", "depuis", "selon", "lors", "tout", "toute", "petit", "petite", "grande", "autre",
                   "même", "dont"}


def _fr_present_first(text: str) -> bool:
    """Whether a French clause opens with a verb in the present singular and then its object or infinitive
    ("assure pouvoir …", "prévoit la fermeture …"): asked only right after a subject set off by commas, where
    nothing but its verb may follow."""
    words = text.split()
    return len(words) > 1 and words[0] not in _FR_NOT_PRESENT and words[1][:1].islower() \
        and re.fullmatch(r"[a-zéèêàç]{3,}(?:e|it|oit|ient|end|ond)", words[0]) is not None


# Lowercase Spanish words ending like a verb in the present that are no verb ("entre", "esta", "cada").
_ES_NOT_PRESENT = {"entre", "sobre", "desde", "hasta", "contra", "durante", "mediante", "mientras", "donde", "aunque",
                   "como", "este", "esta", "estas", "estos", "ese", "esa", "cada", "toda", "todas", "otra", "otras",
                   "una", "unas", "nuestra", "nuestras", "nunca", "siempre", "ante", "tras", "solo", "sola"}


def _es_present_first(text: str) -> bool:
    """Whether a Spanish clause opens with a verb in the present and then its infinitive or object ("espera
    presentar …", "prevé la apertura …"): asked only right after a subject set off by commas, where nothing but its
    verb may follow."""
    words = text.split()
    return len(words) > 1 and words[0] not in _ES_NOT_PRESENT and words[1][:1].islower() \
        and re.fullmatch(r"[a-záéíóúñ]{3,}(?:a|e|é|an|en)", words[0]) is not None \
        and re.fullmatch(r"[a-záéíóúñ]+(?:ar|er|ir)|el|la|los|las|un|una|a|al|que", words[1]) is not None


def _lacks_subject(text: str, lang: str) -> bool:
    """Whether the headline opens with its verb (its subject was in another clause)."""
    pattern = _VERB_FIRST.get(lang)
    return bool(pattern and text[:1].islower() and pattern.match(text))


def _as_finite(text: str, lang: str) -> str:
    """A Spanish participle or infinitive opening a clause as the past tense: "fallecido en …" → "falleció en
    …", "mantener esta mañana" → "mantuvo esta mañana"."""
    if lang == "es":
        if re.match(r"\w+(?:ido|ada|ado|ida)s?\s+por\b", text):
            return "fue " + text  # "afectado por el huracán" is passive
        participle = re.match(r"(\w+)(ido|ado)\b", text)
        if participle:
            stem, ending = participle.groups()
            return _es_preterite(stem, "ar" if ending == "ado" else "ido") + text[participle.end():]
        infinitive = re.match(r"(\w+)(ar|er|ir)\b", text)
        if infinitive:
            return _es_preterite(*infinitive.groups()) + text[infinitive.end():]
    return text


# Spanish verbs whose preterite is strong, by the end of their infinitive ("mantener" → "mantuvo", "proponer" →
# "propuso", "producir" → "produjo").
_ES_STRONG = (("tener", "tuvo"), ("poner", "puso"), ("venir", "vino"), ("hacer", "hizo"), ("decir", "dijo"),
              ("traer", "trajo"), ("ducir", "dujo"), ("estar", "estuvo"), ("andar", "anduvo"), ("poder", "pudo"),
              ("querer", "quiso"), ("saber", "supo"))
_ES_WHOLE = {"ir": "fue", "ser": "fue", "dar": "dio", "ver": "vio"}
# "-ir" verbs whose stem's "e" is "i" in the preterite ("pidió", "siguió"), or its "o" "u" ("durmió").
_ES_E_TO_I = ("ped", "segu", "serv", "eleg", "consegu", "med", "repet", "sent", "prefer", "convert", "advert",
              "imped", "compet", "invert", "requer", "suger", "ment", "persegu", "proseg", "desped", "vest", "reñ")


def _es_preterite(stem: str, ending: str) -> str:
    """The preterite (third person singular) of the Spanish verb of ``stem`` and ``ending`` ("ar", "er", "ir", or
    "ido" for a participle, whose infinitive may end in "er" or "ir")."""
    for end in (("er", "ir") if ending == "ido" else (ending,)):
        whole = stem + end
        if whole in _ES_WHOLE:
            return _ES_WHOLE[whole]
        strong = next((s for s in _ES_STRONG if whole.endswith(s[0])), None)
        if strong:
            return whole[:-len(strong[0])] + strong[1]
    if ending == "ar":
        return stem + "ó"
    if ending in ("ir", "ido") and stem.endswith(_ES_E_TO_I):
        at = stem.rfind("e")
        return stem[:at] + "i" + stem[at + 1:] + "ió"
    if ending in ("ir", "ido") and stem.endswith(("dorm", "mor")):
        return stem[:-3] + stem[-3:].replace("o", "u") + "ió"
    if ending in ("er", "ir", "ido") and re.search(r"[aeo]$|(?<!g)u$", stem):
        return stem + "yó"  # "leer" → "leyó", "caer" → "cayó", "construir" → "construyó"
    return stem + "ió"


def _is_name(text: str, lang: str) -> bool:
    """Whether ``text`` opens with a proper name (its capital stays after "що", "что")."""
    first = text.split(maxsplit=1)[0] if text else ""
    if lang not in ("ru", "uk") or not first[:1].isupper():
        return bool(first[:1].isupper())
    from generator.importer.morphology import proper

    words = text.split()
    return proper(first, lang, words[1] if len(words) > 1 else "")
