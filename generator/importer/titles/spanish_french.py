"""Spanish and French repairs: a "dont" clause, "avant de", the subjunctive as the preterite, a request in the
subjunctive, a dated source as its event, an act named by its noun and its agent, an event named as the complement
of a noun."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.fit import noun_event
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.phrases import _without_opening_adverbial
from generator.importer.titles.predicates import _has_verb
from generator.importer.titles.subject import _sentence_subject


def _dont(text: str) -> str:
    """A French "dont" clause on the thing its noun belongs to: "Les pharmaciens, dont le principal syndicat avait
    appelé à une grève" → "le principal syndicat des pharmaciens avait appelé à une grève"; else as it is ("dix
    personnes, dont trois enfants", "plusieurs pays, dont la France": no clause)."""
    from generator.importer.fit import _SUBJECT_VERB

    match = re.match(r"(?P<owner>[^,]{2,60}),\s+dont\s+(?P<np>(?:le|la|les|l['’])\s*[a-zéèêàç].*)$", text)
    if not match:
        return text
    words = match["np"].split()
    verb = next((i for i, w in enumerate(words[1:], 1) if _SUBJECT_VERB["fr"].fullmatch(w.lower())), None)
    if verb is None or verb > 4:
        return text
    owner = match["owner"]
    article = re.match(r"(?:(les)|(le)|(la)|(l['’]))\s*", owner, re.IGNORECASE)
    of = "des " + owner[article.end():] if article and article.group(1) else \
        "du " + owner[article.end():] if article and article.group(2) else \
        "de " + owner[:1].lower() + owner[1:] if article else "de " + owner
    return " ".join([*words[:verb], of, *words[verb:]])


_FR_IRREGULAR_PAST = {"ouvrir": "ouvert", "rouvrir": "rouvert", "couvrir": "couvert", "offrir": "offert",
                      "prendre": "pris", "reprendre": "repris", "mettre": "mis", "remettre": "remis", "faire": "fait",
                      "dire": "dit", "écrire": "écrit", "rejoindre": "rejoint", "atteindre": "atteint"}


def _fr_before_doing(sentence: str, clause: tuple[int, int], mentions: list[Mention], language: str) -> str:
    """A dated French "avant de" and its infinitive, told as what the sentence's subject did then, an object
    pronoun as the object of the clause before it: "L'usine avait fermé ses portes en mars, | avant de les
    rouvrir en juin" → "L'usine a rouvert ses portes"; "" otherwise."""
    found = re.match(r"\s*avant\s+d(?:e\s+|['’])(?:(?P<pron>les|la|le|l['’])\s*)?(?P<inf>[a-zéèêîû]+(?:er|ir|re))\b"
                     r"(?P<rest>[^,]*)", sentence[clause[0]:clause[1]])
    if not found:
        return ""
    opening = _without_opening_adverbial(tidy(remove_dates(sentence[:clause[0]], 0, mentions, language)), "fr")
    named = re.match(r"(?P<who>(?:[Ll]['’]|(?:[Ll]e|[Ll]a|[Ll]es|[Uu]ne?)\s)[^,]{2,60}?)\s+(?:a|ont|avait|avaient)\s",
                     opening)  # "l'hôpital voisin de Tarare | avait déjà dû fermer"
    who = _sentence_subject(sentence, mentions, "fr") or (named["who"] if named else "")
    if not who:
        return ""
    who = who[:1].upper() + who[1:]
    thing = ""
    if found["pron"]:
        before = tidy(remove_dates(sentence[:clause[0]], 0, mentions, language))
        done = re.search(r"\s(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?[a-zéèêîû]+(?:é|és|ée|ées|i|is|u|us|t|er|ir|re)"
                         r"\s+(?P<thing>(?:ses|son|sa|leur|leurs|les|le|la|l['’])\s*[^,]+?)"
                         r"(?=\s+(?:pendant|depuis|en|à|au|aux|dans|pour|par|avec|après|avant)\b|\s*,|\s*$)", before)
        if not done:
            return ""
        thing = done["thing"]
    verb = found["inf"]
    past = _FR_IRREGULAR_PAST.get(verb) or re.sub(r"er$", "é", re.sub(r"ir$", "i", re.sub(r"re$", "u", verb)))
    rest = tidy(remove_dates(found["rest"], clause[0] + found.start("rest"), mentions, language)).strip(" ,.")
    done = " ".join(w for w in (who, "a", past, thing) if w)
    return f"{done} {rest}" if rest and len(done) + len(rest) < 80 else done  # what goes with it, if it fits


_ES_REQUEST = re.compile(r"(?:^|\s)(?P<verb>(?:reclam|exig|solicit|demand|ped|pid|inst|urg)[a-záéíóú]*?(?:a|an|e|en|ó|"
                         r"aron|[iy]eron|ió))(?:\s+(?:además|también|ahora|hoy|ya))?[\s,]*$")


def _es_request(sentence: str, before: tuple[int, int], text: str) -> str:
    """A Spanish clause in the subjunctive after a verb of asking at the end of the clause before it ("Los vecinos,
    que …, reclaman | que el Gobierno convoque la comisión"): asked for, not done, it is told with the request and
    the sentence's subject, "Los vecinos reclaman que el Gobierno convoque la comisión"; "" otherwise."""
    asked = _ES_REQUEST.search(sentence[before[0]:before[1]])
    opening = re.match(r"(?P<noun>[A-ZÁÉÍÓÚÑ][^,]{1,60}?),\s+(?:que|quien|quienes)\s", sentence)
    if not asked or not opening or not re.match(r"que\s", sentence[before[1]:].lstrip()) or \
            len(opening["noun"].split()) > 6 or _has_verb(opening["noun"], "es"):
        return ""
    said = re.sub(rf"^(?:{re.escape(asked['verb'])}\s+)?(?:que\s+)?", "", text.strip())  # the verb may be told
    return f"{tidy(opening['noun'])} {asked['verb']} que {said}"


_FR_BY_AGENT = re.compile(r"(?:(?:après|avant|depuis|dès)\s+)?(?:l['’]|la\s+|le\s+)(?P<noun>\w+)\s+par\s+"
                          r"(?P<agent>(?:le|la|les|l['’])\s*[^,]{2,50}?)")
_FR_OF_THE = {"des": "les", "du": "le", "de la": "la", "de l'": "l'", "de l’": "l’"}


def _act_by_its_agent(text: str, sentence: str, following: tuple[int, int] | None, mentions: list[Mention],
                      tense: int) -> str:
    """A French past act named by its noun and its agent, its object in the clause after it ("après l'annulation
    par le Conseil d'Etat, vendredi, | des élections municipales"): "Le Conseil d'Etat a annulé les élections
    municipales"; "" otherwise."""
    from generator.importer.fit import _NOMINALISATIONS

    found = _FR_BY_AGENT.fullmatch(text.strip(" ,"))
    participle = _NOMINALISATIONS["fr"].get(found["noun"].lower()) if found else None
    if not found or not participle or tense > 0 or following is None:
        return ""
    after = tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions, "fr")).split(",")[0]
    of = re.match(r"(?P<of>des|du|de la|de l['’])\s*(?P<object>\S.*)", after)
    if not of or _has_verb(of["object"], "fr"):
        return ""
    article = _FR_OF_THE[of["of"]]
    space = "" if article[-1:] in "'’" else " "
    return f"{found['agent']} a {participle} {article}{space}{of['object']}"


def _event_after_its_noun(text: str, tense: int) -> str:
    """A French clause that is only an event noun phrase with "des" (de + les), the complement of a noun before it
    ("l'annulation … | des élections municipales de mars 2020"): the event told with its verb, "Les élections
    municipales ont eu lieu"; "" otherwise."""
    found = re.fullmatch(r"des\s+(?P<rest>\S.*)", text.strip(" ,"))
    if not found:
        return ""
    plain = f"les {found['rest']}"
    held = noun_event(plain, "fr", tense)
    return held if held != plain else ""


# An event noun phrase dated by its complement, the complement of a noun before it: "(l'annulation) du scrutin
# municipal du 12 mars", "(la anulación) de la votación del 26 de junio".
_EVENT_OF_DATE = {
    "fr": re.compile(r"\s(?:du|de la|des|de l['’])\s*(?P<noun>[a-zéèêàç]+(?:\s+[a-zéèêàç]+){0,2})"
                     r"\s+(?:du|de|d['’]|des)\s*$"),
    "es": re.compile(r"\s(?:del|de la|de los|de las)\s+(?P<noun>[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2})"
                     r"\s+(?:del|de)\s*$"),
}
_OF_ARTICLE = {"du": "le", "de la": "la", "des": "les", "de l'": "l'", "de l’": "l'", "del": "el", "de los": "los",
               "de las": "las"}


def _event_of_its_date(sentence: str, mention: Mention, lang: str, tense: int) -> str:
    """The event a date is the complement of, inside a longer phrase: "… pour obtenir l'annulation du scrutin du
    12 mars" → "le scrutin a eu lieu"; "" when the noun before the date names no event."""
    found = _EVENT_OF_DATE[lang].search(sentence[:mention.start])
    if not found:
        return ""
    of = re.match(r"\s(du|de la|des|de l['’]|del|de los|de las)", found.group())
    article = _OF_ARTICLE[of.group(1)]
    phrase = f"{article}{'' if article.endswith(chr(39)) else ' '}{found['noun']}"
    held = noun_event(phrase, lang, tense)
    return held if held != phrase else ""


# A Spanish verb in the imperfect subjunctive, as a subordinate clause of a past fact puts it ("después de que las
# reservas cayeran"), and its preterite ("cayeron").
_ES_SUBJUNCTIVE = re.compile(r"\b(?:(?P<stem>[a-záéíóúñ]{2,}?)(?P<end>ieran|yeran|aran|iera|yera|ara)|"
                             r"(?P<jstem>(?:di|tra|[a-záéíóúñ]*du)j)(?P<jend>eran|era)|(?P<ser>fueran|fuera))\b")
_ES_PRETERITE = {"ieran": "ieron", "yeran": "yeron", "aran": "aron", "iera": "ió", "yera": "yó", "ara": "ó",
                 "eran": "eron", "era": "o", "fueran": "fueron", "fuera": "fue"}  # "dijeran", "trajera", "fueran"
_ES_NOT_SUBJUNCTIVE = {"para", "cara", "clara", "vara", "fiera", "siquiera", "cualquiera", "quienquiera", "mascara",
                       "ojalá", "bandera", "cantera", "frontera", "carrera", "manera", "primera", "tercera", "madera"}


def _es_indicative(text: str) -> str:
    """The first imperfect subjunctive of a Spanish clause as the preterite it reports: "las reservas cayeran al
    16 %" → "las reservas cayeron al 16 %"."""
    for match in _ES_SUBJUNCTIVE.finditer(text):
        if match.group() not in _ES_NOT_SUBJUNCTIVE and match.start() > 0:
            preterite = _ES_PRETERITE[match["ser"]] if match["ser"] else \
                match["jstem"] + _ES_PRETERITE[match["jend"]] if match["jstem"] else \
                match["stem"] + _ES_PRETERITE[match["end"]]
            return text[:match.start()] + preterite + text[match.end():]
    return text


_PUBLISHED = {
    "en": (r"(?:a|an|the)", r"[a-z]+ed|written|drawn up", ("was", "will be"), ("were", "will be")),
    "es": (r"(?:un|una|el|la|los|las|unos|unas)", r"\w+(?:ad|id)[oa]s?|hech[oa]s?", ("fue", "será"),
           ("fueron", "serán")),
    "fr": (r"(?:un|une|le|la|les|l['’]|des)", r"\w+(?:é|ée|és|ées)|écrite?s?|fait|faite", ("a été", "sera"),
           ("ont été", "seront")),
}


def _published(text: str, source: str, lang: str, tense: int | None) -> str:
    """A dated source with nothing after it as the event it names: "De acuerdo con un informe de la UBA publicado
    la semana pasada" → "un informe de la UBA fue publicado", "according to a report released on Monday" → "a
    report was released"; ``text`` as it is otherwise."""
    table = _PUBLISHED.get(lang)
    match = re.fullmatch(rf"(?:{source})\s+(?P<np>{table[0]}\s*[^,]+?)\s+(?P<part>{table[1]})", text,
                         re.IGNORECASE) if table else None
    if not match or re.search(rf"\s(?:{'|'.join(table[2] + table[3])}|été)$", match["np"]):
        return text  # "les salaires des pilotes ont été | gelés": the passive is there already
    plural = re.match(r"(?:the\s+)?\S+s\b|los|las|unos|unas|les|des", match["np"], re.IGNORECASE) is not None
    aux = table[3 if plural else 2][1 if tense and tense > 0 else 0]
    return f"{match['np']} {aux} {match['part']}"
