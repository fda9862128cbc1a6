"""A Spanish title whose only verb is in the subjunctive, told in the indicative of its date's tense.

A subordinate clause puts its verb in the subjunctive: "prevé que la inestabilidad remita a partir del jueves",
"cuando más de 120.000 alumnos vuelvan a las aulas", "después de que una cabina chocara el miércoles". Cut out
as a headline, the clause states the fact: "La inestabilidad remitirá", "Más de 120.000 alumnos volverán a las
aulas", "Una cabina chocó".
"""

from __future__ import annotations

import functools
import re

from generator.importer.titles.predicates import _has_verb
from generator.importer.titles.spanish_french import _ES_PRETERITE

# The future stems that are not the infinitive.
_FUTURE_STEM = {"tener": "tendr", "poner": "pondr", "venir": "vendr", "salir": "saldr", "valer": "valdr",
                "hacer": "har", "decir": "dir", "poder": "podr", "saber": "sabr", "querer": "querr",
                "haber": "habr", "caber": "cabr"}
# The verbs whose compounds share their future stem ("mantener", "proponer", "convenir"), and the compounds of
# the others that do ("deshacer", "predecir").
_PREFIXABLE = {"tener", "poner", "venir", "salir", "valer", "haber"}
_PREFIXED = {"deshacer", "rehacer", "predecir", "desdecir"}
# Words before which a word is no verb: an article, a determiner or a preposition ("la clase", "de base").
_NOT_BEFORE_VERB = {"el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "en", "a", "al", "su", "sus",
                    "con", "por", "para", "sin", "este", "esta", "ese", "esa", "cada", "otra", "otro", "y", "o"}
# A word in the imperfect subjunctive; ``spanish_french._ES_PRETERITE`` has the preterite ending it reports:
# "chocara" → "chocó".
_IMPERFECT = re.compile(r"(?P<stem>\w+?)(?P<end>ieran|yeran|aran|eran|iera|yera|ara|era)")
# The stems of the strong preterites, whose third person singular ends in an unstressed "o": "tuvo", "pudo", "hizo".
_STRONG_STEM = r"(?:tuv|hic|pud|pus|quis|vin|sup|anduv|cup|hub)$"


@functools.cache
def _lemma(word: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(word, lang="es"))


def _future(lemma: str, plural: bool) -> str:
    """The future of the third person: "remitir" → "remitirá", "mantener" → "mantendrán"."""
    ending = "án" if plural else "á"
    for verb, stem in _FUTURE_STEM.items():
        if lemma.endswith(verb) and (lemma == verb or lemma in _PREFIXED or verb in _PREFIXABLE):
            return lemma[:-len(verb)] + stem + ending
    return lemma + ending


# The present subjunctives that no rule below makes.
_IRREGULAR = {"ser": "sea", "haber": "haya", "ir": "vaya", "saber": "sepa", "estar": "esté", "dar": "dé",
              "ver": "vea", "prever": "prevea", "caber": "quepa"}


def _present_subjunctives(lemma: str) -> set[str]:
    """The third persons of a verb's present subjunctive, singular and plural: "volver" → "vuelva", "vuelvan";
    "prolongar" → "prolongue"; "mantener" → "mantenga"."""
    if lemma in _IRREGULAR:
        one = _IRREGULAR[lemma]
        return {one, (one[:-1] + "én") if one.endswith("é") else one + "n"}
    stem, ending = lemma[:-2], lemma[-2:]
    stems = {stem}
    if ending == "ar":  # "c", "g" and "z" keep their sound before "e": "toque", "llegue", "empiece"
        stems |= {re.sub(r"c$", "qu", stem), re.sub(r"g$", "gu", stem), re.sub(r"z$", "c", stem),
                  re.sub(r"gu$", "gü", stem)}
    else:  # "venza", "conozca", "elija", "siga"; "salga", "tenga", "haga", "diga", "traiga"
        stems |= {re.sub(r"c$", "z", stem), re.sub(r"(?<=[aeiou])c$", "zc", stem), re.sub(r"g$", "j", stem),
                  re.sub(r"gu$", "g", stem), stem + "g", re.sub(r"(?<=h)ac$", "ag", stem),
                  re.sub(r"(?<=d)ec$", "ig", stem), re.sub(r"a$", "aig", stem), re.sub(r"o$", "oig", stem)}
    changed = set()
    for one in stems:  # a stressed stem vowel changes: "cierre", "vuelva", "pida", "juegue"
        for vowel, into in (("e", "ie"), ("e", "i"), ("o", "ue"), ("u", "ue")):
            at = one.rfind(vowel)
            if at >= 0:
                changed.add(one[:at] + into + one[at + 1:])
    vowels = ("e", "en") if ending == "ar" else ("a", "an")
    return {one + vowel for one in stems | changed for vowel in vowels}


def _subjunctive_at(words: list[str]) -> tuple[int, str, str] | None:
    """The first word that is a verb's subjunctive, with its mood ("present", "imperfect") and infinitive."""
    for i, word in enumerate(words[1:], 1):
        low = word.casefold()
        if not word.isalpha() or not word.islower() or words[i - 1].casefold() in _NOT_BEFORE_VERB:
            continue
        lemma = _lemma(low)
        if lemma == low or not re.fullmatch(r"\w*(?:ar|er|ir)", lemma):
            continue  # no verb: "Más de 120.000 alumnos"
        if low in _present_subjunctives(lemma):
            return i, "present", lemma
        found = _IMPERFECT.fullmatch(low)
        if found and found["end"].startswith("a") == lemma.endswith("ar") and not low.endswith("aba"):
            return i, "imperfect", lemma
        return None  # the first verb is in the indicative: "La campaña cerrará", "Las farmacias prestan"
    return None


def spanish_indicative(title: str, tense: int) -> str:
    """``title`` with its subjunctive verb in the indicative of ``tense`` (-1 past, 0 present, 1 future): a
    present subjunctive of a date to come as the future, an imperfect subjunctive of a past date as the preterite;
    any other title as it is (a title with an indicative verb already, or a present subjunctive of a past date)."""
    words = title.split()
    if _has_verb(title, "es") or len(words) < 2:
        return title
    found = _subjunctive_at(words)
    if found is None:
        return title
    at, mood, lemma = found
    low = words[at].casefold()
    if mood == "present" and tense >= 0:
        words[at] = _future(lemma, low.endswith("n"))
    elif mood == "imperfect" and tense < 0:
        end = _IMPERFECT.fullmatch(low)
        strong = re.search(_STRONG_STEM, end["stem"]) and end["end"] in ("iera", "ieran")  # "tuviera" → "tuvo"
        words[at] = {"ser": "fueron" if low.endswith("n") else "fue",
                     "ir": "fueron" if low.endswith("n") else "fue"}.get(lemma) \
            or (re.sub(r"hic$", "hiz", end["stem"]) + ("ieron" if low.endswith("n") else "o") if strong else
                end["stem"] + _ES_PRETERITE[end["end"]])
    return " ".join(words)
