"""A title that lost its subject to the sentence around its clause, with that subject put back: an English
title that opens on an auxiliary or on a second verb, a French or Spanish one after a participle set off, a German
one after a relative clause on its subject, and a French plan set off after its noun."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.fit import fit
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.german import _DE_RELATIVE
from generator.importer.titles.phrases import _long_noun_phrase, _noun_phrase
from generator.importer.titles.predicates import _has_verb, _verb_first
from generator.importer.titles.subject import _FR_WITH_ETRE
from generator.importer.titles.words import _DANGLING, _lang


def with_lost_subject(title: str, sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                      language: str) -> str:
    """``title``, made from ``clauses[at]`` of ``sentence``, with the subject the sentence put elsewhere (see the
    module's notes); as it is when it lost none."""
    lang = _lang(language)
    if lang == "en" and _EN_AUXILIARY_FIRST.match(title):  # "Was postponed": the sentence's subject
        title = _english_lost_subject(title, sentence, clauses[at])
    past, present = (_EN_PAST_FIRST.match(title), _EN_PRESENT_FIRST.match(title)) if lang == "en" else (None, None)
    if (past or present) and re.match(r"\s*and\s", sentence[clauses[at][0]:]):
        # "A cabin rolled back and | slammed into the station", "The trust plans …, and | hopes to open it"
        title = _with_shared_subject(title, sentence, present=not past)
    if lang in ("fr", "es") and at and _ROMANCE_AUXILIARY_FIRST[lang].match(title) \
            and (subject := _set_off_subject(sentence, clauses, at, mentions, lang)):
        # "L'unité, mise en service en 1993, | avait été arrêtée le 14 septembre": the sentence's subject
        title = _after(subject, title, language)
    if lang == "de" and at == 2 and re.match(r"[A-ZÄÖÜ][a-zäöüß]+(?:t|en)\s+sich\b|"
                                             r"(?:Ist|Sind|War|Waren|Wird|Werden|Wurde|Wurden|Hat|Haben|Hatte|"
                                             r"Hatten|Soll|Sollen|Sollte|Sollten|Muss|Müssen|Kann|Können)\s",
                                             title) \
            and (subject := _german_subject_before_relative(sentence, clauses, mentions)):
        # "Die Inbetriebnahme, die … geplant war, | verschiebt sich auf Ende 2028": the subject before the relative
        title = _after(subject, title, language)
    if lang in ("fr", "es") and at and (shared := _shared_auxiliary(title, sentence, clauses[at - 1], mentions, lang)):
        # "Cet aiguillage avait été remplacé en 2021, | puis contrôlé …": the subject and auxiliary of the first
        title = _after(shared, _SECOND_PARTICIPLE[lang].sub("", title), language)
    if lang in ("fr", "es") and at and (plan := _ROMANCE_PLAN_ALONE.fullmatch(title)) \
            and (noun := _noun_set_off_before(sentence, clauses[at], mentions, lang)):
        # "La reunión de la comisión, | prevista para este jueves, | ha quedado aplazada": what was planned
        be = {"fr": ("était", "étaient"), "es": ("estaba", "estaban")}[lang][plan["part"].endswith("s")]
        title = _after(f"{noun} {be}", f"{plan['part'].lower()}{plan['rest']}{plan['place']}", language)
    elif lang in ("fr", "es") and at and (done := _ROMANCE_PARTICIPLE_FIRST.fullmatch(title)) \
            and (noun := _noun_set_off_before(sentence, clauses[at], mentions, lang)):
        # "… dit avoir localisé un suspect, | entendu mercredi puis relâché": the participle's passive
        aux = {"fr": ("a été", "ont été"), "es": ("fue", "fueron")}[lang][done["part"].endswith("s")]
        if lang == "fr" and re.fullmatch(_FR_WITH_ETRE, done["part"].lower()):  # "survenue dimanche": est survenue
            aux = ("est", "sont")[done["part"].endswith("s")]
        title = _after(f"{noun} {aux}", f"{done['part'].lower()}{done['rest']}", language)
    if lang == "fr" and at == 0 and (opened := _FR_OPENING_PARTICIPLE.fullmatch(title)) \
            and (noun := _french_subject_after(sentence, clauses)):
        # "Née en 1934 à l'initiative des hôteliers de la ville, qui …, | la fête n'a connu que …": the participle
        # the sentence opens on is its subject's
        part = opened["part"].lower()
        plural = part.endswith("s")
        aux = ("sont" if plural else "est") if re.fullmatch(_FR_WITH_ETRE + r"|n(?:é|ée|és|ées)", part) \
            else ("ont été" if plural else "a été")
        title = _after(f"{noun} {aux}", f"{part}{opened['rest']}", language)
    if subject := _subject_before_apposition(title, sentence, clauses, at, lang):
        # "Die sechs neuen Pferde, | Hannoveraner Wallache …, | sollen ab Mai ausgebildet werden"
        title = _after(subject, title, language)
    planned = _FR_PLANNED_SET_OFF.fullmatch(title) if lang == "fr" else None
    if planned:  # "Son redémarrage, initialement prévu | le 20 novembre": what was planned for the day
        be = "étaient" if planned["part"].endswith("s") else "était"
        title = f"{planned['noun']} {be} {planned['adverb'] or ''}{planned['part']}"
    return title


# A sentence's opening noun phrase, then an apposition on it, each set off by its comma.
_OPENING_NOUN = {"en": r"(?:The|A|An|\d+|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,7}",
                 "es": r"(?:El|La|Los|Las|Un|Una|Unos|Unas)(?:\s+[\w'’-]+){1,9}",
                 "fr": r"(?:Le|La|Les|L['’]|Un|Une|Des)\s*[\w'’-]+(?:\s+[\w'’-]+){0,8}",
                 "de": r"(?:Der|Die|Das|Ein|Eine)(?:\s+[\w-]+){0,5}\s+[A-ZÄÖÜ][\w-]*"}
_RESTRICTIVE = {"en": "that|which|who", "es": "que", "fr": "qui|que|qu['’]"}
# An apposition set off by commas, a list of names in it included: "lancé à l'appel des syndicats CGT Douanes,
# Solidaires Douanes et UNSA Douanes".
_APPOSITION = r"(?:[^,]|,(?=\d))+(?:,\s+(?=[A-ZÀ-Þ])(?:[^,]|,(?=\d))+)*"  # ("2,4 millions": a decimal comma)
_NO_APPOSITION = re.compile(r"(?i:which|who|that|where|when|and|but|que|qui|quien|donde|cuando|y|et|où|quand|der|"
                            r"die|das|welche|welcher|und|aber|wo)\b")


def _subject_before_apposition(title: str, sentence: str, clauses: list[tuple[int, int]], at: int,
                               lang: str) -> str:
    """The noun phrase a sentence opens with, when an apposition set off after it stands between it and the
    clause of ``title``, whose first word is the clause's lowercase verb: "" otherwise."""
    if lang not in _OPENING_NOUN or not at:
        return ""
    before = re.fullmatch(rf"(?P<noun>[^,]+),\s+(?P<apposition>{_APPOSITION}),\s*", sentence[:clauses[at][0]])
    own = sentence[clauses[at][0]:clauses[at][1]].split()
    if not (before and own and title.split() and own[0].islower() and own[0].lower() == title.split()[0].lower()):
        return ""  # the title opens on its clause's own first word, a verb in lowercase: "sollen …"
    noun, apposition = before["noun"].strip(), before["apposition"]
    if lang in _RESTRICTIVE:  # "La jornada de puertas abiertas | que el consistorio tenía prevista …": the noun
        noun = re.split(rf"\s(?:{_RESTRICTIVE[lang]})\s", noun, maxsplit=1)[0]  # phrase its relative clause is on
    verb = re.fullmatch(r"[a-zäöüß]+(?:t|te|ten|en)", own[0]) if lang == "de" else _has_verb(own[0], lang)
    if not verb or not re.fullmatch(_OPENING_NOUN[lang], noun) or _NO_APPOSITION.match(apposition) \
            or len(apposition.split()) > 16 or any(_has_verb(part, lang) if lang != "de" else not _german_noun(part)
                                                   for part in (noun, apposition)):
        return ""  # "Die Gewerkschaft begrüßte die Entscheidung, | forderte aber …": clauses, not noun phrases
    return noun


def _german_noun(phrase: str) -> bool:
    """Whether a German phrase reads as a noun phrase: each lowercase word a determiner, a number, a preposition
    or an adjective before a noun ("Die sechs neuen Pferde", "Hannoveraner Wallache im Alter von vier Jahren")."""
    words = phrase.split()
    for i, word in enumerate(words):
        if word[:1].isupper() or word.isdigit() or word in _DE_FUNCTION:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if not (re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es|em)", word) and following[:1].isupper()):
            return False
    return True


_DE_FUNCTION = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im",
                "in", "am", "an", "von", "vom", "bei", "mit", "aus", "zu", "zum", "zur", "für", "und", "bis", "über",
                "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "alle", "rund"}


def _after(subject: str, title: str, language: str) -> str:
    """``title`` told after ``subject``, fitted to a headline's length."""
    lang = _lang(language)
    return _capital(fit(f"{subject} {title[:1].lower()}{title[1:]}", language, _DANGLING[lang]), lang)


# A title that opens on an auxiliary has lost its subject to a relative clause the sentence put after it: "A
# meeting between Transnet and the shipping lines' association, which had been scheduled for Thursday, | was
# postponed", "A walk that the group had planned for Saturday, in which …, | was postponed".
_EN_AUXILIARY_FIRST = re.compile(r"(?:Was|Were|Had|Has|Have|Is|Are|Will|Would)\s+[a-z]")
_EN_OPENING = re.compile(r"(?P<subject>(?:The|A|An|[A-Z][\w'’&-]*)(?:\s+[\w'’&-]+){0,9}?)"
                         r"(?=\s+(?:that|which|who|whose)\b|,)")


# A participle clause set off by commas at the end of what comes before a clause: "… | ordered by Arnold on March 4, |
# will be published".
_EN_SET_OFF = re.compile(r",\s+[a-z]+(?:ed|en)\b[^,]*,\s*$")
_EN_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:the|a|an|its|their|The|A|An|Its|Their)\s")
# The subject of a sentence's first finite verb: "The group still needs … | and is holding".
_EN_FIRST_SUBJECT = re.compile(r"(?P<subject>(?:The|A|An)(?:\s+[\w'’&-]+){1,5}?)\s+(?:still\s+|also\s+)?"
                               r"(?:[a-z]{3,}s|is|are|was|were|has|had|will|[a-z]{3,}ed)\b")


def _english_lost_subject(title: str, sentence: str, clause: tuple[int, int]) -> str:
    """An English title on an auxiliary, after its subject: the noun phrase a set-off participle clause follows,
    the subject of the first verb when "and" opens the clause, else the noun phrase the sentence opens with."""
    set_off = _EN_SET_OFF.search(sentence[:clause[0]])
    before = sentence[:set_off.start()] if set_off else ""
    # the longest noun phrase, opening on an article and with no verb, that ends where the participle clause begins:
    # "The council said | an independent review of the overspend", not "the overspend"
    subject = next((before[m.start():] for m in _EN_ARTICLE.finditer(before) if "," not in before[m.start():]
                    and len(before[m.start():].split()) <= 8 and not _has_verb(before[m.start():], "en")), "")
    if subject:
        return _after(subject[:1].upper() + subject[1:], title, "en")
    if re.match(r"\s*and\s", sentence[clause[0]:clause[1]]) and (first := _EN_FIRST_SUBJECT.match(sentence)):
        return _after(first["subject"], title, "en")  # "The group needs …, | and is holding a dinner"
    return _with_opening_subject(title, sentence)


def _with_opening_subject(title: str, sentence: str) -> str:
    """``title`` after the noun phrase its sentence opens with, when that is one (see above)."""
    opening = _EN_OPENING.match(sentence)
    subject = opening["subject"] if opening else ""
    if subject and not (_noun_phrase(subject, "en") or _long_noun_phrase(subject, "en")):
        subject = re.split(r"\s+(?:between|of|for|on|in|at|with|from|by|over|against|about)\s", subject)[0]  # its head
    if not subject or not (_noun_phrase(subject, "en") or _long_noun_phrase(subject, "en")):
        return title
    return _after(subject, title, "en")


# A French or Spanish title that opens on an auxiliary: its subject is the sentence's, set off before it.
_ROMANCE_AUXILIARY_FIRST = {
    "fr": re.compile(r"(?:Avait|Avaient|A|Ont|Est|Sont|Était|Étaient|Sera|Seront|Doit|Doivent|Va|Vont)\s+"
                     r"(?:été\s+|déjà\s+|pas\s+)?[a-zéèêà]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|us)\b"),
    "es": re.compile(r"(?:Había|Habían|Ha|Han|Fue|Fueron|Será|Serán|Había sido|Habían sido)\s+"
                     r"(?:sido\s+)?[a-záéíóú]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"),
}


def _german_subject_before_relative(sentence: str, clauses: list[tuple[int, int]], mentions: list[Mention]) -> str:
    """The noun phrase a German sentence opens with when a relative clause on it follows ("Die Inbetriebnahme der
    neuen S-Bahn-Verbindung, | die ursprünglich … geplant war, | …"); else ""."""
    first = tidy(remove_dates(sentence[clauses[0][0]:clauses[0][1]], clauses[0][0], mentions, "de"))
    first = first.rsplit("; ", 1)[-1]  # "…; | die Reparatur, | für die …": the noun phrase after a semicolon
    first = first[:1].upper() + first[1:]
    words = first.split()
    if not sentence[clauses[0][0]:clauses[0][1]].rstrip().endswith(",") or not 2 <= len(words) <= 8 \
            or not re.match(r"(?:Der|Die|Das|Ein|Eine)\s", first) \
            or not _DE_RELATIVE.match(sentence[clauses[1][0]:clauses[1][1]].strip()) \
            or any(w[:1].islower() and w not in _DE_NOUN_PHRASE_WORDS
                   and not re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es)", w) for w in words[1:]):
        return ""
    return first


_DE_NOUN_PHRASE_WORDS = {"der", "des", "die", "das", "dem", "den", "von", "vom", "für", "im", "am", "zum", "zur",
                         "ursprünglich", "bereits", "zuvor", "kürzlich", "eigentlich", "einst"}  # ("ein ursprünglich
# für Januar angekündigter Gesetzentwurf": an adverb before a participle)
# A French plan set off after its noun, all that is left of the clause: "Son redémarrage, initialement prévu".
_FR_PLANNED_SET_OFF = re.compile(r"(?P<noun>[^,]{2,60}),\s+(?P<adverb>\w+ment\s+)?"
                                 r"(?P<part>(?:prévu|programmé|annoncé|attendu)e?s?)")
_DETERMINER = {"fr": r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Uu]ne?|[Dd]es|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Cc]e|[Cc]ette|"
                     r"[Cc]es|[Cc]et)",
               "es": r"(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Uu]na?|[Ss]us?|[Ee]ste|[Ee]sta|[Ee]stos|[Ee]stas)"}
_SET_OFF_PARTICIPLE = {"fr": r"(?:\w+ment\s+)?[a-zéèêà]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|us)\b",
                       "es": r"(?:\w+mente\s+)?[a-záéíóú]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"}


def _determined(noun: str, lang: str) -> bool:
    """Whether ``noun`` opens on a determiner and has no verb after its first two words: a noun phrase."""
    return re.match(rf"{_DETERMINER[lang]}(?:\s|(?<=['’]))", noun) is not None \
        and not any(_verb_first(word, lang) for word in noun.split()[2:])


def _set_off_subject(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                     lang: str) -> str:
    """The noun phrase that opens ``sentence`` when a participle set off in commas is all that stands between it
    and the clause ``clauses[at]`` ("L'unité de 1.300 mégawatts, | mise en service en 1993, | avait été …", "La
    réunion publique sur l'extension de la ligne, prévue jeudi, | a été reportée"); else ""."""
    before = sentence[:clauses[at][0]].rstrip()
    opening = re.fullmatch(r"(?P<first>[^,]+),\s+(?P<set_off>[^,]+),", before)
    if not opening or not re.match(_SET_OFF_PARTICIPLE[lang], opening["set_off"]):
        return ""
    first = tidy(remove_dates(opening["first"], 0, mentions, lang))
    words = first.split()
    return first if 2 <= len(words) <= 9 and _determined(first, lang) else ""


# A French or Spanish plan's participle, all that is left of its clause: "Prevista para", "Prévue".
_ROMANCE_PLAN_ALONE = re.compile(r"(?P<part>(?i:previst[oa]s?|programad[oa]s?|prévue?s?|programmée?s?))"
                                 r"(?P<rest>(?:\s+(?:inicialmente|initialement))?)(?:\s+(?:para|pour|el|la|le))?"
                                 r"(?P<place>(?:\s+(?:en|à|au|a)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,3})?)")
# A French or Spanish past participle a title opens on, with what follows it: "Entendu puis relâché".
_ROMANCE_PARTICIPLE_FIRST = re.compile(r"(?P<part>[A-ZÀ-Þ][a-zà-ÿ]+(?:é|ée|és|ées|ndu|ndue|ndus|ado|ada|ados|adas|"
                                       r"ido|ida|idos|idas))(?P<rest>(?:\s+(?:puis|et|y|luego)\s+[a-zà-ÿ]+)?)")


# A French sentence opening on a past participle, set off before its subject: "Commandée en 2019 par l'ancien
# directeur de la maison, …, l'œuvre raconte …" (a plan's participle, "prévue", "attendue", is left to its own rule).
_FR_OPENING_PARTICIPLE = re.compile(r"(?P<part>(?!(?:Prévu|Attendu|Programmé|Annoncé|Initialement)e?s?\b)"
                                    r"(?!(?:Nous|Vous|Tous|Plus|Sous|Puis|Lui|Ici|Aussi|Ainsi|Depuis|Parmi)\b)"
                                    r"[A-ZÀ-Þ][a-zà-ÿ]*(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues))"
                                    r"(?P<rest>\s+(?:à|au|aux|de|du|des|d['’]|en|par|pour|sur|dans|avec)\b.*)")
_FR_NOUN_PHRASE = re.compile(r"(?P<np>(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Cc]e|[Cc]et|[Cc]ette|[Cc]es)\s*"
                             r"(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|premi(?:er|ère)s?|nouve(?:au|lle)s?|"
                             r"nouveaux|grande?s?|petite?s?)\s+)?[a-zà-ÿœ'’-]{3,}"
                             r"(?:\s+[A-ZÀ-Þ][\w'’-]*)*)(?:,|\s+(?!qui\b|que\b|dont\b|de\b|du\b|des\b|d['’])[a-zà-ÿ])")


def _french_subject_after(sentence: str, clauses: list[tuple[int, int]]) -> str:
    """The noun phrase that opens the first clause after a French sentence's opening one and goes on with its verb,
    past relative clauses and names set off between them ("…, qui cherchaient à animer l'hiver, | la fête n'a
    connu", "…, Marc Lemaire, | l'œuvre raconte"); "" when there is none."""
    for a, b in clauses[1:4]:
        text = sentence[a:b].strip()
        if re.match(r"(?:qui|que|qu['’]|dont|où)\b", text) or re.fullmatch(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*,",
                                                                            text):
            continue  # a relative clause or a name set off: the subject comes after it
        found = _FR_NOUN_PHRASE.match(text)
        return found["np"][:1].upper() + found["np"][1:] if found else ""
    return ""


def _noun_set_off_before(sentence: str, clause: tuple[int, int], mentions: list[Mention], lang: str) -> str:
    """The noun phrase that opens ``sentence`` and is set off by the comma before ``clause``, or ""."""
    opening = re.search(r"(?:^|,\s*)(?P<noun>[^,]+),\s*$", sentence[:clause[0]])  # "Mientras tanto, | la Fiesta,"
    noun = tidy(remove_dates(opening["noun"], opening.start("noun"), mentions, lang)) if opening else ""
    if noun and not _determined(noun, lang):  # "… dit avoir localisé | un suspect,":
        last = re.search(rf"(?:^|\s)({_DETERMINER[lang]}(?:\s+|(?<=['’]))[a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+){{0,2}})$",
                         noun)  # the noun phrase a clause ends on
        noun = last.group(1) if last else ""
    return noun if 2 <= len(noun.split()) <= 12 and _determined(noun, lang) else ""


# A second participle after "puis", "et", "y", "luego", sharing the subject and auxiliary of the clause before:
# "Cet aiguillage avait déjà été remplacé en 2021, | puis contrôlé le 17 octobre" → "… avait été contrôlé".
_SECOND_PARTICIPLE = {"fr": re.compile(r"(?:Puis|Et|Ensuite)\s+(?=[a-zà-ÿ]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|us)\b)"),
                      "es": re.compile(r"(?:Y|Luego|Después)\s+(?=[a-zà-ÿ]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b)")}
_SUBJECT_AUXILIARY = {
    "fr": re.compile(r"(?P<subject>[^,]{2,60}?)\s+(?P<aux>avait|avaient|a|ont|était|étaient|est|sont)"
                     r"(?:\s+(?:déjà|d'abord|ensuite))?(?P<been>\s+été)?\s+[a-zà-ÿ]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|us)\b"),
    "es": re.compile(r"(?P<subject>[^,]{2,60}?)\s+(?P<aux>había|habían|ha|han|fue|fueron)"
                     r"(?:\s+(?:ya))?(?P<been>\s+sido)?\s+[a-zà-ÿ]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"),
}


def _shared_auxiliary(title: str, sentence: str, before: tuple[int, int], mentions: list[Mention],
                      lang: str) -> str:
    """The subject and auxiliary a second participle shares with the clause before it (see above), or ""."""
    second = _SECOND_PARTICIPLE[lang].match(title)
    first = _SUBJECT_AUXILIARY[lang].match(tidy(remove_dates(sentence[before[0]:before[1]], before[0], mentions,
                                                             lang)))
    if not second or not first or not re.match(rf"{_DETERMINER[lang]}(?:\s|(?<=['’]))", first["subject"]) \
            or any(_verb_first(word, lang) for word in first["subject"].split()[1:]):
        return ""
    return f"{first['subject']} {first['aux']}{first['been'] or ''}"


# A title that opens on a past tense, the second of two verbs sharing the sentence's subject, and that subject
# before the first verb: "A cable car cabin carrying skiers | rolled back … and slammed into the station".
_EN_PAST_FIRST = re.compile(r"[A-Z][a-z]{2,}ed\s")
_EN_SHARED_SUBJECT = re.compile(r"(?P<subject>(?:The|A|An|[A-Z][\w'’&-]*)(?:\s+[\w'’&-]+){0,8}?)\s+[a-z]{2,}ed\b")
# The same in the present: "The trust plans to turn …, and | hopes to open it next spring".
_EN_PRESENT_FIRST = re.compile(r"[A-Z][a-z]{2,}s\s+(?:to|the|a|an|its|their)\s")
_EN_SHARED_PRESENT = re.compile(r"(?P<subject>(?:The|A|An|[A-Z][\w'’&-]*)(?:\s+[\w'’&-]+){0,8}?)\s+[a-z]{2,}s\s+"
                                r"(?:to|the|a|an|its|their)\s")


def _with_shared_subject(title: str, sentence: str, present: bool = False) -> str:
    """``title`` after the subject its sentence's first verb has (in the present when ``present``), when that is a
    noun phrase."""
    opening = (_EN_SHARED_PRESENT if present else _EN_SHARED_SUBJECT).match(sentence)
    subject = re.split(r"\s+[a-z]+ing\s", opening["subject"])[0] if opening else ""  # "A cabin | carrying skiers"
    if not subject or not (_noun_phrase(subject, "en") or _long_noun_phrase(subject, "en")):
        return title
    return _after(subject, title, "en")
