"""Passives and participles: a clause of a participle only as the passive of its noun, a dated participle inside a
noun phrase, a participle opening a sentence, a participle and its agent as the agent's act."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from generator.importer.dates import Mention
from generator.importer.fit import PREPOSITIONS
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.dated import _tense
from generator.importer.titles.headline import headline
from generator.importer.titles.phrases import _OPENING_ARTICLES, _trailing_noun
from generator.importer.titles.predicates import _IRREGULAR_PARTICIPLE, _PARTICIPLE, _as_finite, _has_verb, _is_name
from generator.importer.titles.subject import _FR_ETRE, _FR_WITH_ETRE
from generator.importer.titles.words import _AUXILIARIES, _DANGLING, _RELATIVE, _SOURCE_OPENER, _lang

_PASSIVE = {"en": ("was", "will be"), "fr": ("a été", "sera"), "es": ("fue", "será")}


def _passive(sentence: str, clauses: list[tuple[int, int]], at: int, clause: tuple[int, int], mention: Mention,
             mentions: list[Mention], language: str, story: dt.date) -> str:
    """A clause that is only a past participle, as the passive of the noun phrase before it; or ""."""
    lang = _lang(language)
    if at == 0 or lang not in _PARTICIPLE:
        return ""
    if lang == "en" and any(re.match(r"(?:[a-z]+ed|who|which)\b", sentence[a:]) for a, _ in clauses[1:at]):
        return ""  # "Production at the plant, | halted on May 4 …, | restarted on Tuesday": the sentence's own verb
    if lang == "en" and re.match(r"\s*(?:which|who)\s", sentence[clause[0]:clause[1]]):
        return ""  # "The shares, | which peaked in 2021": a relative clause's "-ed" is its finite verb
    participle = headline(sentence, clause, None, mentions, language, capitalise=False).split(",")[0]
    found = re.fullmatch(rf"(?:(?:first|originally|initially|already|recently|later|d'abord|déjà|initialement|"
                         rf"inicialmente|ya)\s+)?"  # "first proposed in 2019": an adverb before it
                         rf"(?P<verb>{_PARTICIPLE[lang]}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')}"
                         rf"{'|due' if lang == 'en' else ''})"  # "originally due for a council vote"
                         rf"(?P<after>\s+[a-zéèêàçáíóú]{{4,}}(?:ment|mente)(?=\s|$))?(?P<rest>\s.*)?",  # or after it,
                         participle)  # which goes: "prevista inicialmente"; "condamné à cinq ans", "prévu à Paris"
    if not found:
        return ""
    finite_rest = lang != "en" and re.search(rf"\s(?:{_FINITE_END[lang]})\s", found["rest"] or "")
    if found["rest"] and ((lang == "en" and found["verb"] != "due") or finite_rest):
        return ""  # an English "-ed" with an object is a past tense ("called the vote"), not a participle; a French
        # or Spanish one is a participle with its complements ("celebrada en la plaza mayor")
    a, b = clauses[at - 1]
    noun = _trailing_noun(tidy(remove_dates(sentence[a:b], a, mentions, language)), lang)
    noun = re.sub(rf"^(?:{_SOURCE_OPENER.get(lang, '(?!)')})\s+", "", noun, flags=re.IGNORECASE)  # "Según el boletín"
    planned = re.fullmatch(_PLANNED.get(lang, "(?!)"), found["verb"])  # "prévu à Paris": is planned, not will be
    aux = _PLANNED_AUX[lang] if planned else _PASSIVE[lang][_tense(mention.date, story) > 0]
    if planned and re.match(r"(?:originally|initially|first|d'abord|initialement|inicialmente)\s", participle):
        plural = lang != "en" and found["verb"].endswith("s")  # "initialement prévus": "étaient"
        aux = {"es": ("estaba", "estaban"), "fr": ("était", "étaient"), "en": ("was", "was")}[lang][plural]
        # "originally due for …": a plan of before
    if found["after"]:
        participle = participle.replace(found["after"], "", 1)
        if planned and _tense(mention.date, story) < 0:  # "prevista inicialmente para ayer": was planned
            aux = {"es": "estaba", "fr": "était", "en": "was"}[lang]
    if lang == "fr" and _FR_ETRE.fullmatch(found["verb"]):  # "entré en vigueur": is entered, not was entered
        aux = ("est", "sera")[_tense(mention.date, story) > 0]
    if lang == "es" and found["rest"] and noun and not _agrees(noun, found["verb"]) and _is_name(noun, lang):
        # "la queja de su capitán, Luis Mora, | presentada …": the name is an apposition, the participle
        # tells of the noun phrase before it that agrees with it
        before = tidy(remove_dates(sentence[a:b], a, mentions, language))
        before = before[:before.rfind(noun)]
        noun = next((m.group() for m in reversed(list(re.finditer(r"\b(?:el|la|los|las|un|una)\s+\w+", before)))
                     if _agrees(m.group(), found["verb"])), "")
    if lang == "es" and found["rest"] and not _agrees(noun, found["verb"]):
        return ""  # "su capitán, Luis Mora, | presentada …": not the name's; "fallecido en …" has no article
    return f"{noun} {aux} {participle}" if noun else ""


# A participle of happening and the event noun ending in "-ment", "-tion" or "-sion" that heads the phrase before
# it (its complement of "de" between them): "l'effondrement d'un mur survenu", "une explosion de gaz survenue".
_FR_HAPPENED = r"(?:sur|inter)venue?s?"
_EVENT_HEAD = re.compile(r"(?P<noun>(?:l['’]|(?:le|la|un|une)\s+)[a-zéèêàç]+(?:ment|tion|sion)s?)"
                         r"\s+(?:de|d['’]|du|des)(?:\s|(?<=['’]))[^,;:()]{1,50}$", re.IGNORECASE)
_FR_AGREEMENT = {"e": r"la|une", "es": r"les|des", "s": r"les|des", "": r"le|un|du"}  # by the participle's ending


def _dated_participle(sentence: str, clause: tuple[int, int], mention: Mention, tense: int) -> str:
    """A French participle right before its date inside a noun phrase, as the passive of the noun it agrees with
    ("… une tapisserie du XVIIe siècle restaurée en 1990 par …" → "une tapisserie a été restaurée"); else ""."""
    before = re.sub(r"\s+(?:depuis|en|dès|le|au|à|jusqu'en)\s*$", "", sentence[clause[0]:mention.start].rstrip())
    participle = re.search(rf"\s(?P<verb>{_PARTICIPLE['fr']}|{_IRREGULAR_PARTICIPLE['fr']})$", before)
    if not participle or re.search(r"(?:^|\s)(?:la|le|les|l['’]|une?|des|sa|son|ses)\s*$", before[:participle.start()],
                                   re.IGNORECASE):
        return ""  # "à la rentrée de septembre", "une arrivée": a noun after its article, no participle
    if re.search(r"(?:^|\s|['’])(?:\w+(?:ait|aient|era|eront)|ont|est|sont|a|été|être|avoir)(?:\s+[a-zé]+ment)?\s*$",
                 before[:participle.start()]):
        return ""  # "La situation s'est brusquement dégradée": a verb already
    suffix = participle["verb"][len(re.sub(r"(?:e|es|s)$", "", participle["verb"])):]  # "restaurées" → "es"
    articles = _FR_AGREEMENT[suffix]
    nouns = list(re.finditer(rf"(?:^|\s|(?<=\sd['’]))(?P<art>{articles}|(?<!\S)(?-i:{articles.title()}))\s+"
                             rf"(?P<noun>[a-zéèêàç]+)\b", before[:participle.start()]))
    if not nouns:
        return ""
    set_off = before[:participle.start()].rstrip().endswith(",")  # "La réunion … de la ligne, prévue jeudi": the
    noun = nouns[0] if set_off else nouns[-1]  # head of the phrase the commas set it off from, not its last noun
    head = _EVENT_HEAD.search(before[:participle.start()])
    if re.fullmatch(_FR_HAPPENED, participle["verb"]) and head:  # "l'effondrement d'un mur survenu mardi": what
        phrase = head.group(0).strip() if len(head.group(0).split()) <= 5 else head["noun"]  # "d'un mur": kept
        return f"{phrase[:1].upper()}{phrase[1:]} {'sont' if suffix.endswith('s') else 'est'} {participle['verb']}"
    article = {"du": "le"}.get(noun["art"].lower(), noun["art"].lower())
    plural = suffix.endswith("s")
    aux = (("a été", "est", "sera"), ("ont été", "sont", "seront"))[plural][tense + 1]
    if re.fullmatch(_PLANNED["fr"], participle["verb"]):  # "prévue jeudi": it is planned, or was
        aux = (("était", "est"), ("étaient", "sont"))[plural][tense > 0]
    elif re.fullmatch(_FR_WITH_ETRE, participle["verb"]):  # "arrivés d'un parc suédois": "sont arrivés"
        aux = (("est", "sera"), ("sont", "seront"))[plural][tense > 0]
    words = before[noun.start("noun"):participle.start()].split()  # "un premier report | annoncé": the noun phrase
    phrase = list(itertools.takewhile(lambda w: re.fullmatch(r"[a-zéèêàçôîû-]+", w) and w not in _DANGLING["fr"],
                                      words[:3]))  # up to a phrase of its own ("une tapisserie | du XVIIe siècle")
    return f"{article} {' '.join(phrase) or noun['noun']} {aux} {participle['verb']}"


# The last Spanish participle of a clause with the noun phrase before it, inside a phrase of a preposition: an
# article and its noun, or a count and its noun ("de los ensayos", "de 4.300 muestreos"), then the participle and
# its complements.
_ES_NOUN_PARTICIPLE = re.compile(r"\s(?:de|del|en|con|sobre|por|para|a|al|entre|tras)\s+"
                                 r"(?P<np>(?:(?P<art>el|la|los|las|un|una|unos|unas)|(?P<count>\d[\d.,]*))"
                                 r"\s+(?P<noun>[a-záéíóúñ]{3,}))\s+(?P<verb>[a-záéíóúñ]+(?:ad|id)(?:o|a|os|as))"
                                 r"(?P<rest>(?:\s+[^\s,]+)*)\s*$")


def _es_dated_participle(sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention],
                         tense: int) -> str:
    """A Spanish participle with its complements up to its date, inside a phrase of a clause that has no verb, as
    the passive of the noun before it that agrees with it ("La estimación, elaborada a partir de 4.300 muestreos
    realizados en olivares andaluces entre el 28 de agosto y …" → "4.300 muestreos fueron realizados en olivares
    andaluces"); "" otherwise."""
    before = tidy(remove_dates(sentence[clause[0]:mention.end], clause[0], mentions, "es")).rstrip(" ,")
    found = _ES_NOUN_PARTICIPLE.search(before)
    if not found or _has_verb(found["rest"], "es") or re.search(r"\s(?:y|e|que|se)\s", f" {found['rest']} "):
        return ""
    plural = found["verb"].endswith("s")
    agrees = _agrees(found["np"], found["verb"]) if found["art"] else \
        plural and found["noun"].endswith("s") and found["count"] not in ("1", "un", "una")
    if not agrees:
        return ""
    aux = (("fue", "será"), ("fueron", "serán"))[plural][tense > 0]
    return f"{found['np']} {aux} {found['verb']}{found['rest']}"


_ES_GENDER = {"el": "o", "un": "o", "los": "os", "unos": "os", "la": "a", "una": "a", "las": "as", "unas": "as"}


def _agrees(noun: str, participle: str) -> bool:
    """Whether a Spanish noun phrase opens with an article of the participle's gender and number ("la fiesta" and
    "celebrada", "los actos" and "previstos"); a name or a bare noun does not tell."""
    article = _ES_GENDER.get(noun.split()[0].lower(), "") if noun else ""
    return bool(article) and re.sub(r"^[a-záéíóúñ]+?(?:ad|id)", "", participle) == article


_PLANNED = {"en": r"scheduled|planned|due", "fr": r"prévue?s?|programmée?s?", "es": r"previst[oa]s?|programad[oa]s?"}
_PLANNED_AUX = {"en": "is", "fr": "est", "es": "está"}
_FINITE_END = {"fr": r"(?:ait|aient|era|eront|ont|est|sont|a)",
               "es": r"(?:ó|aron|[iy]eron|rá|rán|es|son|fue|ha|han|[a-záéíóúñ]{2,}(?:aba|aban)|"
                     r"(?:ten|pod|deb|quer|hac|dec|sab)(?:ía|ían))"}
# (an imperfect too: "el consistorio tenía prevista la jornada" has its verb)

_EN_PARTICIPLES = r"broken|chosen|driven|given|taken|written|seen|known|shown|grown|thrown|drawn|stolen|beaten|hidden"
_EN_SET_OFF = re.compile(rf"(?P<noun>(?:The|A|An|Its|Their|His|Her)\s+[^,]{{1,40}}),\s+"
                         rf"(?P<adverb>(?:[a-z]+ly|first|already|later|once)\s+)?"
                         rf"(?P<verb>[a-z]{{3,}}ed|set|cut|put|held|made|built|sold|won|{_EN_PARTICIPLES})\b"
                         rf"(?P<rest>[^,]*)")


def _participle_as_passive(text: str, lang: str, tense: int) -> str:
    """A French or Spanish noun phrase with a past participle and no verb as the passive it stands for:
    "Un accord conclu avec la direction" → "Un accord a été conclu avec la direction"; an English noun with a
    participle set off after it ("The ceasefire, brokered by Qatar" → "The ceasefire was brokered by Qatar")."""
    if lang == "en":
        set_off = _EN_SET_OFF.fullmatch(text)
        if not set_off or _has_verb(set_off["noun"], lang):
            return text
        plural = re.search(r"[^s]s$", set_off["noun"].split()[-1]) is not None
        aux = "were" if plural else "was"  # "The vote, originally set for March 3": set before its date
        return f"{set_off['noun']} {aux} {set_off['adverb'] or ''}{set_off['verb']}{set_off['rest']}"
    if lang not in _FINITE_END:
        return text
    words = text.split()
    elided = bool(re.fullmatch(r"[LlDd]['’]\w+,?", words[0])) if words else False  # "L'usine, fermée …"
    named = next((i for i in range(1, 4) if i < len(words) and words[i - 1].endswith(",")
                  and all(w[:1].isupper() for w in words[:i])), 0)  # "Emmanuel Macron, réélu en avril"
    if named:
        elided = False
    elif len(words) < 3 - elided or (words[0].lower() not in _OPENING_ARTICLES[lang] and not elided):
        return text
    if any(re.fullmatch(_FINITE_END[lang], w) or w in _AUXILIARIES or w in _COMPOUND_AUX
           for w in (re.sub(r"^[snl]['’]", "", w.lower()) for w in words)):  # "s'est ouvert"
        return text  # "Le réseau aurait réalisé un bénéfice": a compound tense already
    participle = rf"{_PARTICIPLE[lang]}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')}"
    first = named or 2 - elided
    set_off = r"|[a-zéèêàç]{3,}(?:u|ue|us|ues|i|ie|is|ies)" if lang == "fr" else ""  # "Les négociations, interrompues"
    adverb = next((i for i in (first, first + 1) if i + 1 < len(words) and words[i - 1].endswith(",")
                   and re.fullmatch(r"[a-zéèêàçáíóú]+(?:ment|mente)|d['’]abord", words[i])), None)
    if adverb is not None:  # "Le chantier, initialement prévu": an adverb before a participle set off is its own
        words[adverb - 1] = words[adverb - 1].rstrip(",")
        words[adverb] += ","
    at = next((i for i in (first, first + 1) if i < len(words) and (i + 1 < len(words) or words[i - 1].endswith(","))
               and re.fullmatch(participle + (set_off if words[i - 1].endswith(",") else ""), words[i])
               and all(w[:1].islower() for w in words[first:i])), None)  # "… anticipées" alone is an adjective,
    if at is None and lang == "fr" and not named:  # "un homme de 34 ans déjà condamné pour vol": a phrase of the
        at = next((i for i in range(first + 1, min(len(words) - 1, first + 9))  # noun, an adverb, a participle
                   if (words[i - 1] in ("déjà", "récemment", "notamment")
                       or words[i + 1] in ("par", "pour", "à", "au", "aux", "dans", "sur"))
                   and re.fullmatch(participle, words[i]) and all(w[:1].islower() or w[:1].isdigit()
                                                                  for w in words[first:i])), None)
        if at is not None and words[at - 1] in ("déjà", "récemment", "notamment"):
            del words[at - 1]
            at -= 1
        comma = next((k for k in range(1, first) if words[k].endswith(",")), None)
        if at is not None and comma is not None and words[comma + 1].lower() in ("un", "une"):
            del words[comma + 1:at]  # "Le suspect, un homme de 40 ans condamné" → "Le suspect condamné"
            at = comma + 1
    if at is not None:                                               # "La grève, entamée" a participle
        words[at - 1] = words[at - 1].rstrip(",")
    if at is None or _has_verb(" ".join(words[at + 1:]), lang):
        return text  # "Los vecinos afectados podrán pedir …": the participle is an adjective of a clause's subject
    if adverb is not None and at == adverb + 1:
        words[adverb] = words[adverb].rstrip(",")
        at = adverb  # the auxiliary before the adverb: "Le chantier était initialement prévu"
    elif adverb is not None:
        return text
    plural = words[0].lower() in ("les", "des", "los", "las", "unos", "unas")
    aux = {("fr", False): ("a été", "sera"), ("fr", True): ("ont été", "seront"), ("es", False): ("fue", "será"),
           ("es", True): ("fueron", "serán")}[lang, plural][tense > 0]
    if re.fullmatch(_PLANNED[lang], words[at + (adverb is not None)]):  # "La cumbre, prevista para el 20 de junio":
        # is planned
        aux = {("fr", False): "est", ("fr", True): "sont", ("es", False): "está", ("es", True): "están"}[lang, plural]
        if tense < 0:  # planned for a time now past: "était prévu"
            aux = {"est": "était", "sont": "étaient", "está": "estaba", "están": "estaban"}[aux]
    elif lang == "fr" and re.fullmatch(_FR_WITH_ETRE, words[at].lower()):  # "La dernière intrusion, survenue
        aux = ("sont" if plural else "est") if tense <= 0 else ("seront" if plural else "sera")  # dimanche": est
    return " ".join([*words[:at], aux, *words[at:]])


# The French and Spanish auxiliaries of compound tenses (a participle after them is no passive of its own).
_COMPOUND_AUX = {"avait", "avaient", "aura", "auront", "aurait", "auraient", "était", "étaient", "sera", "seront",
                 "serait", "seraient", "había", "habían", "habrá", "habrán", "habría", "habrían", "ha", "han", "he",
                 "hemos", "estaba", "estaban", "estará", "estarán", "está", "están", "estuvo", "estuvieron",
                 # the passive's own: "Las llamas fueron detectadas"
                 "fueron", "será", "serán", "era", "eran",
                 # verbs a participle may follow as a state: "Las galerías permanecen cerradas", "Le col reste fermé"
                 "permanece", "permanecen", "sigue", "siguen", "queda", "quedan", "continúa", "continúan", "reste",
                 "restent", "demeure", "demeurent", "semble", "semblent", "paraît", "paraissent"}


def _fronted_participle(text: str, sentence: str, following: tuple[int, int], mentions: list[Mention], lang: str,
                        tense: int) -> str:
    """A participle clause that opens a sentence, told of the subject of the clause after it: "Sorti en salles le 17
    septembre, | le long métrage a attiré …" → "le long métrage est sorti en salles"; "Released in March, | the
    album topped …" → "the album was released"; "" when it is not one."""
    from generator.importer.fit import _SUBJECT_VERB

    participle = rf"{_PARTICIPLE[lang]}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')}|" + (
        _FR_ETRE.pattern if lang == "fr" else "(?!)")
    adverb = re.match(r"(?:[a-zéèêàçáíóú]{4,}(?:ment|mente|ly)|d['’]abord|first|originally)\s+", text, re.IGNORECASE)
    text = text[adverb.end():] if adverb else text  # "Initialement prévue le 1er mai, | l'ouverture …"
    match = re.fullmatch(rf"(?P<part>{participle})(?P<rest>,?(?:\s+\S+)*)", text, re.IGNORECASE)
    if not match:
        return ""
    rest = match["rest"] if len(match["rest"].split()) <= 6 else ""  # "Lancés pour un coût estimé à … d'euros":
    # the participle alone, what its long complement tells is not what the date dates
    words = tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions, lang)).split()
    verb = next((i for i, w in enumerate(words[1:], 1) if _SUBJECT_VERB[lang].fullmatch(w.lower())), None)
    if verb is None and len(words) > 3 and words[2][:1].islower() and words[2].lower() not in PREPOSITIONS.get(
            lang, "").split():  # "la plateforme | compte déjà …": a present after an article and its noun (not a
        # subject set off alone, "les deux carottes, | longues de …")
        verb = 2
    set_off = sentence[:following[0]].rstrip(" ,").rsplit(",", 1)  # "…, le festival, | qui": the noun set off
    if (words[:1] or [""])[0].lower() in _RELATIVE[lang] and "," not in match["rest"] and len(set_off) == 2 \
            and 1 < len(set_off[1].split()) <= 4 and match["rest"].strip() and match["rest"].strip() in set_off[0]:
        # the clause ends before the noun: "Fondée en 1921 par trois pêcheurs, | la coopérative, | qui …"
        match = re.fullmatch(rf"(?P<part>{participle})(?P<rest>.*)", f"{text}, {set_off[1].strip()}",
                             re.IGNORECASE) or match
    if (words[:1] or [""])[0].lower() in _RELATIVE[lang] and (noun := re.fullmatch(
            r"(?P<rest>.*?),\s*(?P<noun>\S+(?:\s+\S+){0,3}?),?", match["rest"])):
        # "Créée en 2010, l'épreuve, | qui se court …": the noun the relative clause after it sets off
        words, verb = noun["noun"].split(), len(noun["noun"].split())
        rest = noun["rest"] if len(noun["rest"].split()) <= 6 else ""
    elif "," in match["rest"]:
        return ""
    elided = lang == "fr" and re.match(r"l['’]\w", words[0] if words else "", re.IGNORECASE) is not None
    if verb is None or verb > 8 or (words[0].lower() not in _OPENING_ARTICLES.get(lang, {"the", "a", "an"})
                                    and not elided):
        return ""  # (a subject with its phrases: "les travaux de cette extension de sept kilomètres | devaient")
    subject = " ".join(words[:verb])
    plural = re.match(r"(?:les|des|ces|ses|leurs|los|las|estos|estas|sus|the\s+\S+s\b)\s", subject,
                      re.IGNORECASE) is not None
    if re.fullmatch(_PLANNED[lang], match["part"].lower()):  # "Initialement prévue …": was planned, or is
        aux = {"en": ("was", "were", "is", "are"), "fr": ("était", "étaient", "est", "sont"),
               "es": ("estaba", "estaban", "está", "están")}[lang][plural + 2 * (tense >= 0 and not adverb)]
    elif lang == "fr" and _FR_ETRE.fullmatch(match["part"]):
        aux = ("sont" if plural else "est") if tense <= 0 else ("seront" if plural else "sera")
    else:
        aux = {("en", False): _PASSIVE["en"], ("en", True): ("were", "will be"), ("fr", False): _PASSIVE["fr"],
               ("fr", True): ("ont été", "seront"), ("es", False): _PASSIVE["es"],
               ("es", True): ("fueron", "serán")}[lang, plural][tense > 0]
    return f"{subject} {aux} {adverb.group().lower() if adverb else ''}{match['part'].lower()}{rest}"


# A named agent: "le Home Office", "l'Insee", "la Oficina Nacional de Procesos Electorales".
_AGENT_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:de|del|des|du|de la|y|et)\s+)?[A-ZÀ-Þ][\w'’.-]*)*"
_AGENT = {
    "fr": (r"(?:(?i:d['’]après|selon)\s+)?(?P<thing>(?i:les|des|le|la|l['’]|un|une)\s*[^,]+?)\s+"
           r"(?P<verb>[a-zéèêàâîôûç]+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|u|ue|us|ues|it|ite|its|ites))\s+"
           r"par\s+(?P<agent>(?:le\s+|la\s+|les\s+|l['’])?{name})"),
    "es": (r"(?:(?i:según)\s+)?(?P<thing>(?i:los|las|el|la|un|una|unos|unas)\s+[^,]+?)\s+"
           r"(?P<verb>[a-záéíóúñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas))\s+"
           r"por\s+(?P<agent>(?:el\s+|la\s+|los\s+|las\s+)?{name})"),
}


def _agent_first(text: str, lang: str) -> str:
    """A noun phrase with a past participle and its agent ("par", "por") and no verb, as the agent's act: "des
    chiffres publiés par le Home Office" → "Le Home Office a publié des chiffres", "los resultados difundidos por
    la ONPE" → "La ONPE difundió los resultados"."""
    pattern = _AGENT.get(lang)
    found = re.fullmatch(pattern.replace("{name}", _AGENT_NAME), text) if pattern else None
    if not found or _has_verb(found["thing"], lang) or re.search(
            r"\b(?:había|habían|ha|han|sido|fue|fueron|es|son|está|a|ont|est|sont|été|était|avait)\b", found["thing"]):
        return text  # "la ley había sido presentada por el Gobierno" has its verb
    thing = found["thing"][:1].lower() + found["thing"][1:]
    agent = found["agent"][:1].upper() + found["agent"][1:]
    verb = found["verb"].lower()
    if lang == "fr":
        masculine = re.sub(r"(é|is|it|i|u)(?:es|e|s)?$", r"\1", verb)  # "publiés" → "publié", "prises" → "pris"
        return f"{agent} a {masculine} {thing}"
    return f"{agent} {_as_finite(re.sub(r'(?:a|os|as)$', 'o', verb), lang)} {thing}"
