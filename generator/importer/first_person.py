"""A clause in the first person told in the third, with a named subject: "We took the decision" said by Fiona
Marsh → "Fiona Marsh took the decision", "Advertimos a la Consejería" → "Íñigo Ruiz advirtió a la Consejería",
"Мы направляли письма" → "Иван Петров направлял письма", "Aynı feribotla geçtim" → "Ayşe Kaya aynı feribotla
geçti".

``as_said_by(clause, who, language, tense)`` finds the clause's first-person subject (a pronoun, or a verb ending
in the languages that drop it), puts ``who`` in its place and makes the verb agree: English from a table of
auxiliaries and its regular present; Spanish, French and German from tables of the common irregular verbs and the
regular endings (a German past told from a present by simplemma's lemma); Russian and Ukrainian with pymorphy3;
Turkish by its personal endings. ``tense`` (-1, 0, 1: the date's, before, on or after the report) chooses between
a Spanish preterite and present where the ending is the same. It returns "" when the clause opens on no first
person, or on a verb whose third person it cannot tell.
"""

from __future__ import annotations

import re

# English: the verb after "I" or "we" in the third person singular; modals and pasts stay.
_EN_THIRD = {"am": "is", "are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't",
             "haven't": "hasn't", "aren't": "isn't", "weren't": "wasn't", "'m": "is", "'re": "is", "'ve": "has",
             "'ll": "will"}
_EN_STAYS = re.compile(r"will|would|can|could|may|might|must|should|shall|had|did|was|wasn't|didn't|won't|can't|"
                       r"cannot|couldn't|wouldn't|shouldn't|hadn't|[a-z]+ed")
_EN_OBJECTS = {"us": "them", "our": "their", "ourselves": "themselves", "me": "them", "my": "their",
               "myself": "themselves"}

# Spanish: a first person's verb in the third person singular (the preterite and present where both differ).
_ES_THIRD = {"he": "ha", "hemos": "ha", "había": "había", "habíamos": "había", "habré": "habrá",
             "habremos": "habrá", "voy": "va", "vamos": "va", "íbamos": "iba", "estoy": "está", "estamos": "está",
             "estábamos": "estaba", "soy": "es", "somos": "es", "éramos": "era", "fui": "fue", "fuimos": "fue",
             "tengo": "tiene", "tenemos": "tiene", "teníamos": "tenía", "tuve": "tuvo", "tuvimos": "tuvo",
             "queremos": "quiere", "quiero": "quiere", "podemos": "puede", "puedo": "puede", "pudimos": "pudo",
             "debemos": "debe", "debo": "debe", "sabemos": "sabe", "sé": "sabe", "supimos": "supo",
             "hicimos": "hizo", "hice": "hizo", "hacemos": "hace", "dijimos": "dijo", "dije": "dijo",
             "decimos": "dice", "pusimos": "puso", "puse": "puso", "vinimos": "vino", "venimos": "viene",
             "quisimos": "quiso", "trajimos": "trajo", "estuvimos": "estuvo", "estuve": "estuvo",
             "llevamos": "lleva", "seguimos": "sigue", "pedimos": "pide", "sentimos": "siente",
             "perdemos": "pierde", "volvemos": "vuelve", "entendemos": "entiende", "pensamos": "piensa",
             "empezamos": "empieza", "comenzamos": "comienza", "cerramos": "cierra", "contamos": "cuenta",
             "encontramos": "encuentra", "recordamos": "recuerda", "sentamos": "sienta", "preferimos": "prefiere",
             "salimos": "sale", "tenía": "tenía", "estaba": "estaba", "iba": "iba", "era": "era"}
# The preterite of -ir verbs whose stem vowel changes: "pedimos" → "pidió".
_ES_PRETERITE = {"pedimos": "pidió", "sentimos": "sintió", "seguimos": "siguió", "advertimos": "advirtió",
                 "preferimos": "prefirió", "repetimos": "repitió", "servimos": "sirvió", "medimos": "midió",
                 "conseguimos": "consiguió", "elegimos": "eligió", "dormimos": "durmió", "morimos": "murió",
                 "convertimos": "convirtió", "salimos": "salió", "pensamos": "pensó",
                 "empezamos": "empezó", "comenzamos": "comenzó", "cerramos": "cerró", "contamos": "contó",
                 "encontramos": "encontró", "recordamos": "recordó", "sentamos": "sentó"}
_ES_OBJECTS = {"nuestro": "su", "nuestra": "su", "nuestros": "sus", "nuestras": "sus", "mi": "su", "mis": "sus"}

# French: "je"/"nous" and the verb after them in the third person singular.
_FR_THIRD = {"ai": "a", "avons": "a", "suis": "est", "sommes": "est", "vais": "va", "allons": "va",
             "avais": "avait", "avions": "avait", "étais": "était", "étions": "était", "peux": "peut",
             "pouvons": "peut", "dois": "doit", "devons": "doit", "veux": "veut", "voulons": "veut", "fais": "fait",
             "faisons": "fait", "sais": "sait", "savons": "sait", "prenons": "prend", "venons": "vient",
             "mettons": "met", "disons": "dit", "voyons": "voit", "attendons": "attend", "perdons": "perd",
             "vendons": "vend", "recevons": "reçoit", "connaissons": "connaît", "serai": "sera", "serons": "sera",
             "aurai": "aura", "aurons": "aura", "ferai": "fera", "ferons": "fera", "irai": "ira", "irons": "ira",
             "pourrai": "pourra", "pourrons": "pourra", "devrai": "devra", "devrons": "devra"}
_FR_OBJECTS = {"notre": "leur", "nos": "leurs", "mon": "son", "ma": "sa", "mes": "ses"}

# German: "ich"/"wir" and the verb after them in the third person singular.
_DE_THIRD = {"habe": "hat", "haben": "hat", "bin": "ist", "sind": "ist", "werde": "wird", "werden": "wird",
             "will": "will", "wollen": "will", "muss": "muss", "müssen": "muss", "kann": "kann", "können": "kann",
             "darf": "darf", "dürfen": "darf", "soll": "soll", "sollen": "soll", "weiß": "weiß", "wissen": "weiß",
             "mag": "mag", "mögen": "mag", "hatte": "hatte", "hatten": "hatte", "war": "war", "waren": "war",
             "wurde": "wurde", "wurden": "wurde", "musste": "musste", "mussten": "musste", "konnte": "konnte",
             "konnten": "konnte", "wollte": "wollte", "wollten": "wollte", "sollte": "sollte", "sollten": "sollte",
             "durfte": "durfte", "durften": "durfte", "gehen": "geht", "geben": "gibt", "nehmen": "nimmt",
             "sehen": "sieht", "lesen": "liest", "treffen": "trifft", "sprechen": "spricht", "helfen": "hilft",
             "fahren": "fährt", "laufen": "läuft", "halten": "hält", "lassen": "lässt", "tun": "tut"}
_DE_OBJECTS = {"unser": "ihr", "unsere": "ihre", "unseren": "ihren", "unserem": "ihrem", "unserer": "ihrer",
               "unseres": "ihres", "uns": "sich", "mein": "sein", "meine": "seine", "meinen": "seinen",
               "meinem": "seinem", "meiner": "seiner"}

# Turkish: a verb's personal ending of the first person and the third's.
_TR_THIRD = [(re.compile(r"yoru[zm]$"), "yor"), (re.compile(r"([ae])c([ae])ğ[ıi][zm]$"), r"\1c\2k"),
             (re.compile(r"(m[ıiuü]şt[ıiuü])[km]$"), r"\1"), (re.compile(r"(?<=\w{2})([dt][ıiuü])[km]$"), r"\1"),
             (re.compile(r"(m[ae]l[ıi])y[ıi][zm]$"), r"\1"), (re.compile(r"(?<=\w{2}[ae]r)[ıi][zm]$"), "")]

_SLAVIC_PRONOUNS = {"ru": {"мы", "я"}, "uk": {"ми", "я"}}


def as_said_by(clause: str, who: str, language: str, tense: int, gender: str = "") -> str:
    """``clause``, opening on a first person, told with ``who`` as its subject (see the module); "" otherwise.
    ``gender`` ("masc", "femn"): the speaker's, for a Russian or Ukrainian past, when known."""
    lang = language.split("-")[0].lower()
    if not who:
        return ""
    if lang in ("ru", "uk"):
        return _slavic(clause.strip(), who, lang, gender)
    told = {"en": _english, "es": _spanish, "fr": _french, "de": _german, "tr": _turkish}.get(lang)
    return told(clause.strip(), who, lang, tense) if told else ""


def _english(clause: str, who: str, lang: str, tense: int) -> str:
    found = re.match(r"(?P<we>We|I)(?P<short>'m|'re|'ve|'ll|’m|’re|’ve|’ll)?\s+(?P<adverb>[a-z]+ly\s+)?"
                     r"(?P<verb>[a-z']+)(?P<rest>.*)$", clause.replace("’", "'"))
    if not found:
        return ""
    verb, rest = found["verb"], found["rest"]
    if found["short"]:
        head = _EN_THIRD[found["short"].replace("’", "'")]
        rest = f" {verb}{rest}"
    elif verb in _EN_THIRD:
        head = _EN_THIRD[verb]
    elif _EN_STAYS.fullmatch(verb) or _english_past(verb):
        head = verb
    elif re.fullmatch(r"[a-z]{2,}", verb):
        from generator.importer.verbs import present

        head = present(verb)
    else:
        return ""
    rest = re.sub(r"\b(?:us|our|ourselves|me|my|myself)\b", lambda m: _EN_OBJECTS[m.group()], rest)
    return f"{who} {found['adverb'] or ''}{head}{rest}"


def _english_past(verb: str) -> bool:
    from generator.importer.verbs import PAST_FORMS

    return verb in PAST_FORMS


def _spanish(clause: str, who: str, lang: str, tense: int) -> str:
    found = re.match(r"(?P<adverb>(?:(?i:ya|no|hoy|también|solo|sólo|siempre|nunca)\s+)*)"
                     r"(?P<pronoun>(?i:nos|me)\s+)?(?P<verb>[a-záéíóúñ]+)\b(?P<rest>.*)$", clause, re.IGNORECASE)
    if not found:
        return ""
    verb = found["verb"].lower()
    third = _ES_PRETERITE.get(verb) if tense < 0 else None
    third = third or _ES_THIRD.get(verb) or _spanish_regular(verb, tense)
    if not third:
        return ""
    adverb = found["adverb"].lower()
    pronoun = "se " if found["pronoun"] else ""
    rest = re.sub(r"\b(?:nuestr[oa]s?|mis?)\b", lambda m: _ES_OBJECTS[m.group().lower()], found["rest"])
    rest = re.sub(r"(?<=\s[ye]\s)([a-záéíóúñ]{3,}(?:amos|emos|imos))\b",  # "… y salimos": the verb after "y" too
                  lambda m: _ES_PRETERITE.get(m.group(), "") if tense < 0 and m.group() in _ES_PRETERITE else
                  _ES_THIRD.get(m.group()) or _spanish_regular(m.group(), tense) or m.group(), rest)
    return f"{who} {adverb}{pronoun}{third}{rest}"


def _spanish_regular(verb: str, tense: int) -> str:
    """A regular first person plural in the third person singular, the preterite for a past: "esperamos" →
    "espera" / "esperó", "perdimos" → "perdió", "sabíamos" → "sabía"."""
    if len(verb) < 5 or re.search(r"[áéíóú]", re.sub(r"(?:íamos|ábamos)$", "", verb)):
        return ""  # "últimos", "mínimos": no verb's stem is stressed
    if verb.endswith("íamos") or verb.endswith("ábamos"):  # the imperfect: "sabíamos" → "sabía"
        return verb[:-3]
    if verb.endswith("amos"):
        return verb[:-4] + ("ó" if tense < 0 else "a")
    if verb.endswith("emos"):
        return verb[:-4] + "e"
    if verb.endswith("imos"):
        return verb[:-4] + ("ió" if tense < 0 else "e")
    return ""


def _french(clause: str, who: str, lang: str, tense: int) -> str:
    found = re.match(r"(?P<we>(?i:nous)\s+|(?i:je)\s+|(?i:j)['’])(?P<neg>n['’]|ne\s+)?"
                     r"(?P<pronouns>(?:(?:l['’]|le\s+|la\s+|les\s+|leur\s+|lui\s+|en\s+|y\s+|nous\s+|me\s+|m['’]))*)"
                     r"(?P<verb>[a-zéèêâîôûçë]+)\b(?P<rest>.*)$", clause)
    if not found:
        return ""
    verb = found["verb"].lower()
    third = _french_third(verb)
    if not third:
        return ""
    pronouns = found["pronouns"]
    if found["we"].strip().lower() == "nous" and re.match(r"nous\s+", pronouns):
        pronouns = "s'" if re.match(r"[aeiouéèêh]", third) and pronouns.strip() == "nous" else \
            re.sub(r"^nous\s+", "se ", pronouns)  # "nous nous sommes" → "s'est"
    elif re.match(r"m['’]|me\s+", pronouns):
        pronouns = re.sub(r"^(?:m['’]|me\s+)", "s'" if re.match(r"[aeiouéèêh]", third) else "se ", pronouns)
    neg = found["neg"] or ""
    if neg.startswith("ne") and not pronouns and re.match(r"[aeiouéèêh]", third):
        neg = "n'"
    rest = re.sub(r"\b(?:notre|nos|mon|ma|mes)\b", lambda m: _FR_OBJECTS[m.group()], found["rest"])
    if found["we"].strip().lower() == "nous" and third in ("est", "était", "sera"):
        rest = re.sub(r"^(\s+[a-zéèêàç]{2,}(?:é|i|u))(e?)s\b", r"\1\2", rest)  # "sommes réunis" → "est réuni"
    rest = re.sub(r"(?<=\set\s)(?:je\s+|j['’]|nous\s+)(n['’]|ne\s+)?([a-zéèêâîôûç]+)\b",  # "… et je n'ai trouvé"
                  lambda m: f"{m.group(1) or ''}{_french_third(m.group(2)) or m.group(2)}", rest)
    return f"{who} {neg}{pronouns}{third}{rest}"


def _french_third(verb: str) -> str:
    return _FR_THIRD.get(verb) or _french_regular(verb)


def _french_regular(verb: str) -> str:
    """A regular first person in the third person singular: "proposons" → "propose", "finissons" → "finit",
    "proposerons" → "proposera", "pensions" → "pensait"."""
    if len(verb) < 5:
        return ""
    if verb.endswith("rons") or verb.endswith("rai"):
        return re.sub(r"r(?:ons|ai)$", "ra", verb)
    if verb.endswith("rions"):
        return verb[:-5] + "rait"
    if verb.endswith("ions") or verb.endswith("ais"):
        return re.sub(r"(?:ions|ais)$", "ait", verb)
    if verb.endswith("issons"):
        return verb[:-6] + "it"
    if verb.endswith("ons"):
        return verb[:-3] + "e"
    if verb.endswith("e"):
        return verb
    return ""


def _german(clause: str, who: str, lang: str, tense: int) -> str:
    found = re.match(r"(?P<we>Wir|Ich)\s+(?P<verb>[a-zäöüß]+)\b(?P<rest>.*)$", clause)
    inverted = None if found else re.match(r"(?P<verb>[a-zäöüß]+)\s+(?P<we>wir|ich)\b(?P<rest>.*)$", clause)
    found = found or inverted  # "… zupfen wir die letzte Dolde": the verb second, its subject after it
    if not found:
        return ""
    verb = found["verb"]
    third = _DE_THIRD.get(verb) or _german_regular(verb, found["we"].lower() == "ich")
    if not third:
        return ""
    rest = re.sub(r"\b(?:unser\w*|uns|mein\w*)\b", lambda m: _DE_OBJECTS.get(m.group(), m.group()), found["rest"])
    return f"{who} {third}{rest}"


def _german_regular(verb: str, singular: bool) -> str:
    """A regular first person in the third person singular: "zupfen" → "zupft", "arbeiten" → "arbeitet",
    "zählten" → "zählte", "fanden" → "fand" (a past told by its lemma differing from the form)."""
    import simplemma

    if singular:  # "zählte" (a past: its stem and "-en" are its lemma), "arbeite" → "arbeitet", "zupfe" → "zupft"
        if not verb.endswith("e") or len(verb) < 4:
            return ""
        if verb.endswith("te") and simplemma.lemmatize(verb, lang="de") == verb[:-2] + "en":
            return verb
        return verb[:-1] + ("et" if re.search(r"[td]$", verb[:-1]) else "t")
    if not verb.endswith("en") or len(verb) < 5:
        return ""
    if simplemma.lemmatize(verb, lang="de") != verb:  # a past: "zählten", "fanden"
        return verb[:-1] if verb.endswith("ten") else verb[:-2]
    stem = verb[:-2]
    return stem + ("et" if re.search(r"[td]$", stem) else "t")


def _slavic(clause: str, who: str, lang: str, gender: str) -> str:
    from generator.importer.morphology import agree_with, is_adverbial

    words = clause.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _SLAVIC_PRONOUNS[lang]), None)
    if at is None or at > 5:
        return ""
    verb_at = next((i for i in range(at + 1, min(at + 4, len(words)))
                    if agree_with(words[i].rstrip(",;:"), who, lang, gender)), None)
    if verb_at is None or (verb_at > at + 1 and not is_adverbial(words[at + 1:verb_at], lang)):
        return ""  # only adverbs and particles between the pronoun and its verb ("ми не отримали")
    bare = words[verb_at].rstrip(",;:")
    verb = agree_with(bare, who, lang, gender) + words[verb_at][len(bare):]
    before, between, after = words[:at], words[at + 1:verb_at], words[verb_at + 1:]
    if before and not is_adverbial(before, lang):  # "Рішення ми ухвалили": the object after the verb
        first = before[0]
        from generator.importer.morphology import proper

        if not proper(first, lang):
            before[0] = first[:1].lower() + first[1:]
        return " ".join([who, *between, verb, *before, *after])
    if before:
        before[0] = before[0][:1].lower() + before[0][1:]
    return " ".join([who, *before, *between, verb, *after])


def _turkish(clause: str, who: str, lang: str, tense: int) -> str:
    clause = re.sub(r"\s+(?:dedi|diye konuştu)\.?$", "", clause.strip())
    clause = re.sub(r"^(?:[A-ZÇĞİÖŞÜ][\w'’.-]*\s+){0,6}[A-ZÇĞİÖŞÜ][\w'’.-]*,\s+", "", clause)  # "Ali Demir, | …"
    named = clause.find(who)
    if named > 0 and re.match(r",?\s+[A-ZÇĞİÖŞÜ]", clause[named + len(who):]):  # "Mahalle sakinlerinden Hatice
        clause = clause[named + len(who):].lstrip(", ")  # Yılmaz | Çocuklarla …": the frame before the quote goes
    words = clause.split()
    if len(words) < 2:
        return ""
    last = words[-1]
    third = next((pattern.sub(repl, last) for pattern, repl in _TR_THIRD if pattern.search(last)), "")
    if not third or third == last:
        return ""
    first = words[0]
    if first[:1].isupper() and not re.search(r"['’]", first) and not words[1][:1].isupper() \
            and not first.startswith(who.split()[0]):
        words[0] = {"İ": "i", "I": "ı"}.get(first[0], first[0].lower()) + first[1:]  # "Aynı feribotla": no name
    if " ".join(words).startswith(who):
        return " ".join([*words[:-1], third])
    return " ".join([who, *words[:-1], third])
