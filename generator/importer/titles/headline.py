"""A clause made a headline: its date words, leading clause words and sources gone, a relative clause on the noun
before it."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.reporting import says
from generator.importer.subjects import german_indicative, german_main_clause, german_order, turkish_participle
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.cut import _cut
from generator.importer.titles.english import _COMMON_OPENERS
from generator.importer.titles.german import _de_object_relative
from generator.importer.titles.phrases import _last_noun_phrase, _noun_phrase
from generator.importer.titles.predicates import _adverbial, _has_verb
from generator.importer.titles.spanish_french import _dont, _es_indicative, _published
from generator.importer.titles.subject import _EN_ATTRIBUTION, _EN_VERB_FIRST, _clause_subject
from generator.importer.titles.words import _ARTICLES, _LEADS, _RELATIVE, _SOURCE_OPENER, _lang
from generator.importer.verbs import PAST_PATTERN, finite

_EN_SPEECH_END = re.compile(r"\b(?:said|saying|says|told|telling|announced|announcing|reported)$")
# Verbs that take a "that" clause as their object: "… proposed | that rich countries provide …".
_EN_THAT_VERB = re.compile(r"\b(?:said|saying|says|told|telling|announced|announcing|reported|proposed|showed|"
                           r"show|shows|found|suggested|signall?ed|warned|predicted|estimated|ruled|decided|agreed|"
                           r"concluded|argued|claimed|insisted|indicated|acknowledged|confirmed|denied|noted)$")

# "nach Angaben der IG Metall", "nach ihren Angaben", "laut Polizei" inside a German clause: where a statement comes
# from, which a headline leaves out
_DE_SOURCE = re.compile(r"(?<=\S)\s+(?:(?:nach|laut)\s+(?:(?:ihren|seinen|eigenen|offiziellen|ersten|vorläufigen)\s+)?"
                        r"Angaben(?:\s+(?:de[rs]|von)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][\w-]*)(?:\s+[A-ZÄÖÜ][\w-]*){0,2})?|"
                        r"laut\s+(?:[A-ZÄÖÜ][\w-]*)(?:\s+[A-ZÄÖÜ][\w-]*){0,2})(?=\s+\S)")
_LOWER_AFTER_COMMA = r",\s+[a-záéíóúàèùâêîôûçа-яёіїєґ]"  # where a relative clause ends and its sentence goes on
_COMMA_ENDS_RELATIVE = ("en", "es", "fr", "ru", "uk")

_WHOSE = {"cuyo": "el", "cuya": "la", "cuyos": "los", "cuyas": "las"}  # the article a Spanish "cuyo" stands for

# Spanish participles of saying, after "ha": "ha avanzado que", "ha recordado que".
_ES_SAID = r"(?:inform|anunci|afirm|indic|señal|asegur|confirm|explic|declar|precis|agreg|añad|comunic|estim|" \
    r"advert|sosten|apunt|manifest|avanz|record|subray|destac|reiter|insist|explic|adelant)(?:ado|ido)|dicho"

# A German clause that opens with the whole a part is of, its verb and then the part: "Von den 64 Filialen sollen
# zwölf geschlossen werden", "Von den 300 Stellen fallen 40 weg"
_DE_PART_OF = re.compile(r"Von\s+den\s+(?P<whole>(?:[\d.]+\s+|[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*"
                         r"(?:\s+de[rs]\s+[A-ZÄÖÜ][\w-]*)?)\s+"
                         r"(?P<verb>(?:sollen|sollten|werden|wurden|müssen|mussten|können|konnten|sind|waren|haben|"
                         r"hatten|bleiben|blieben|fallen|fielen|gehen|gingen))\s+"
                         r"(?P<part>\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|"
                         r"dreißig|hundert|etwa\s+\S+|rund\s+\S+|mehr\s+als\s+\S+|knapp\s+\S+|die\s+meisten|"
                         r"die\s+Hälfte|ein\s+Drittel|ein\s+Viertel)(?P<rest>\s.*)?$")

# A measure of time between a verb and its object ("delay by a year its rules", "extended by six months the
# contract"): the object put after it for its length, a headline's without it
_EN_MEASURE_BEFORE_OBJECT = re.compile(
    r"(?<=[a-z])\s+by\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?)(?=\s+(?:its|the|their|his|her|a|an|our|this|these)\s)")


def headline(sentence: str, clause: tuple[int, int], previous: tuple[int, int] | None, mentions: list[Mention],
             language: str = "en", following: tuple[int, int] | None = None, subject: str = "",
             capitalise: bool = True, tense: int | None = None) -> str:
    """The clause ``sentence[clause]`` as a short headline without its date words (see the package's notes)."""
    lang = _lang(language)
    a, b = clause
    if following and _adverbial(sentence[a:b], lang) and not any(following[0] <= m.start < following[1]
                                                                   for m in mentions):
        a, b = following  # the main clause after a setting gives the title
        following = None
    text = tidy(remove_dates(sentence[a:b], a, mentions, language))
    if lang == "en":  # "proposed to delay | by a year | its rules": a measure put before a long object goes
        text = _EN_MEASURE_BEFORE_OBJECT.sub("", text)
    if lang == "en" and following and _EN_THAT_VERB.search(text) and len(text.split()) <= 8 \
            and sentence[following[0]:following[1]].startswith("that "):
        # "with Moscow saying on November 10 | that it had captured Voltchenka": the saying and what was said
        text += " " + re.sub(r"^that\s+", "", tidy(remove_dates(sentence[following[0]:following[1]],
                                                                   following[0], mentions, language)))
    relative = _RELATIVE.get(lang, set())
    object_of = _EN_OBJECT_RELATIVE.match(text) if lang == "en" else None
    if object_of:  # "The cuts, which the company expects to complete" → "the company expects to complete the cuts"
        thing = object_of["np"]
        thing = thing[:1].lower() + thing[1:] if thing.split()[0] in _COMMON_OPENERS else thing
        text = f"{object_of['subject']} {object_of['verb']} {thing}{object_of['rest']}"
    if lang == "de" and (part := _DE_PART_OF.match(text)):  # "Von den 64 Filialen sollen zwölf … werden" →
        count = part["part"][:1].upper() + part["part"][1:]  # "Zwölf von den 64 Filialen sollen …": the part is
        text = f"{count} von den {part['whole']} {part['verb']}{part['rest'] or ''}"  # the subject, with its whole
    if lang == "de" and previous and (accusative := _de_object_relative(
            text, tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language)))):
        text = accusative  # "Der Bau, | den der Bund ausgeschrieben hatte" → "der Bund hatte den Bau ausgeschrieben"
    if lang in ("en", "es"):  # "The firm, whose shares fell" → "The firm's shares fell"; "La planta, cuyas obras
        apostrophe = "’" if "’" in sentence else "'"  # comenzaron" → "las obras de la planta comenzaron"
        text = re.sub(r"^([^,]{1,60}),\s+whose\s+", lambda m: m.group(1) + apostrophe + (
            "" if m.group(1).endswith("s") else "s") + " ", text) if lang == "en" else re.sub(
            r"^([^,]{1,60}),\s+(cuy[oa]s?)\s+([\w-]+)\s+",
            lambda m: f"{_WHOSE[m.group(2)]} {m.group(3)} de {m.group(1)[:1].lower()}{m.group(1)[1:]} ", text)
    if lang == "fr":  # "Les pharmaciens, dont le principal syndicat avait appelé" → "le principal syndicat des
        text = _dont(text)  # pharmaciens avait appelé"
    if relative:  # "Pellegrini, who beat Korcok" → "Pellegrini beat Korcok"
        joined = re.sub(rf"^([^,]{{1,60}}),\s+(?:{'|'.join(relative)})\s+", r"\1 ", text)
        head = re.match(rf"^([^,]{{1,60}}),\s+(?:{'|'.join(relative)})\s+", text)
        if lang == "de" and head and "," not in joined:  # "Berghofer, die seit 2020 im Stadtrat sitzt" → "… sitzt im …"
            words = joined[len(head.group(1)):].split()
            if len(words) > 1 and words[-1][:1].islower():
                joined = " ".join([head.group(1), words[-1], *words[:-1]])
        if joined != text and lang in _COMMA_ENDS_RELATIVE and re.search(_LOWER_AFTER_COMMA, joined):
            joined = joined.split(",", 1)[0]  # "Rishi Sunak, who called the vote, | conceded" ends at its comma
        text = joined
    first = text.split(maxsplit=1)[0] if text else ""
    if lang == "de" and re.match(r"(?:der|die|das)\s+[A-ZÄÖÜ]", text):
        first = ""  # "die Strecke zu sperren": an article before its noun, no relative pronoun
    if lang == "en" and first == "that" and previous and re.match(
            rf"that\s+(?:[a-z]+ed|was|were|had|has|will|{PAST_PATTERN})\b", text) \
            and not _EN_SPEECH_END.search(tidy(sentence[previous[0]:previous[1]])):
        relative = {*relative, "that"}  # "… of Conservative rule | that began in 2010"
    object_relative = lang == "en" and first in ("which", "that") and previous and re.match(
        r"(?:which|that)\s+(?!(?:was|were|is|are|has|had|have|will|would|could|be|been|also|then|it)\b)"
        r"(?P<subject>(?:the\s+)?(?:[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))\s+"
        r"(?P<verb>(?!was\b|were\b)[a-z]+ed|won|sent|made|took|gave|bought|sold|built|paid|set|cut|signed)\b"
        r"(?P<rest>.*)$", text)
    if object_relative:  # "… more air defence systems, | which allies promised at a summit" → "allies promised …"
        before = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language))
        thing = re.search(r".*(?:^|\s)((?:the|a|an|more|some|its|their|his|her|new|\d[\d,.]*)\s+[^,]*)$", before)
        if thing and len(thing.group(1).split()) <= 6:
            text = f"{object_relative['subject']} {object_relative['verb']} {thing.group(1)}{object_relative['rest']}"
            first = ""
    if first in relative and previous and lang in _COMMA_ENDS_RELATIVE and re.search(_LOWER_AFTER_COMMA, text):
        text = text.split(",", 1)[0]  # "que asumió el cargo, anunció que …": the relative clause ends at its comma
    before_words = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language)).split() \
        if previous else []
    while before_words and before_words[-1].lower() in ("de", "à"):  # "informó de | que"
        before_words.pop()
    said_before = bool(before_words) and (says(before_words[-1], lang) or (
        lang == "es" and len(before_words) > 1 and before_words[-2].lower() in ("ha", "han", "había", "habían")
        and re.fullmatch(_ES_SAID, before_words[-1].lower()) is not None))  # "ha avanzado | que …"
    if said_before and first in ("que", "qu'", "что", "що", "that"):
        first = ""  # "dijo el lunes | que el conteo concluirá": what was said, not a relative clause
        text = text.split(maxsplit=1)[-1]
    whose = re.match(r"(?P<rel>cuy[oa]s?|whose)\s+(?P<noun>[\w-]+)\s+(?P<rest>\S.*)$", text) \
        if lang in ("es", "en") and previous else None
    owner = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language)) if whose else ""
    if whose and 1 < len(owner.split()) <= 6 and owner[:1].isupper() and not _has_verb(owner, lang):
        # "La desalinizadora, | cuyas obras comenzaron" → "las obras de la desalinizadora comenzaron"; "The firm,
        # | whose shares fell" → "The firm's shares fell"
        if lang == "en":
            mark = ("’" if "’" in sentence else "'") + ("" if owner.endswith("s") else "s")
            text = f"{owner}{mark} {whose['noun']} {whose['rest']}"
        else:
            text = f"{_WHOSE[whose['rel']]} {whose['noun']} de {owner[:1].lower() + owner[1:]} {whose['rest']}"
        first = ""
    if first in relative and previous:  # lowercase only: German "Die Wahl" opens a sentence, "die" a clause
        antecedent = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language))
        if lang == "en" and re.match(r"[a-z]+ing\s", antecedent):  # "ending 14 years of Conservative rule"
            antecedent = antecedent.split(maxsplit=1)[1].rsplit(" of ", 1)[-1]
            name = re.search(r"(?:^|\s)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)$", antecedent)
            antecedent = name.group(1) if name else antecedent  # "sending it to President Biden, | who"
        elif lang == "en" and re.search(r"\s(?:[a-z]{3,}ed|is|are|was|were|has|had|will)\s", antecedent):
            thing = re.search(r".*\s((?:the|a|an)\s+[^,]*)$", antecedent)  # "He praised the deal, | which"
            antecedent = thing.group(1) if thing else antecedent
        antecedent = antecedent.rsplit(": ", 1)[-1]  # "Рубль укрепляется …: Банк России, | который"
        if "," in antecedent and _noun_phrase(antecedent.rsplit(",", 1)[-1].strip(), lang):
            antecedent = antecedent.rsplit(",", 1)[-1].strip()  # "La ministra de Salud, María Teresa Barán, | que"
        if lang in ("ru", "uk"):  # "За словами прем'єр-міністра Юлії Свириденко, | яка": the person, not the source
            antecedent = re.sub(rf"^(?:{_SOURCE_OPENER[lang]})\s+", "", antecedent, flags=re.IGNORECASE)
        if lang in ("ru", "uk") and (not _noun_phrase(antecedent, lang) or len(antecedent.split()) > 2):
            from generator.importer.morphology import nominative_tail, person_at_end, person_nominative
            from generator.importer.slavic import named_noun_at_end

            person = person_at_end(antecedent, lang)
            named = named_noun_at_end(sentence[previous[0]:previous[1]], lang, first)
            if named:  # "фестиваль дитячої книги «Читайлик», | який": the name in quotes is no person's
                antecedent = named
            elif person:
                antecedent = person_nominative(person, lang)
            elif not _noun_phrase(antecedent, lang):
                antecedent = nominative_tail(antecedent, lang)  # "итоги президентских выборов, | которые прошли"
        with_de = re.search(r"(?:^|(?<=\s))(?i:le|la|les|l['’]|el|los|las)\s*[\w'’-]+\s+(?:de|du|des|del)\s+"
                            r"(?:la\s+|l['’])?[\w'’-]+$", antecedent) if lang in ("fr", "es") else None
        if with_de:  # "a déclaré … le ministre de l'Intérieur, | qui": the noun with its "de" phrase
            antecedent = with_de.group()
        elif lang in ("fr", "es", "de") and len(antecedent.split()) > 2 and \
                (last_phrase := _last_noun_phrase(antecedent, first, lang)):
            antecedent = last_phrase  # "El Gobierno aprobó el decreto, | que entrará en vigor" → "el decreto"
        elif lang in ("fr", "es") and len(antecedent.split()) > 2:  # "transmis au Sénat, | qui commencera" → "le Sénat"
            noun = re.search(r"(?:^|\s)(?P<art>au|aux|du|des|al|del|le|la|les|el|los|las)\s+(?P<noun>[A-ZÀ-Þ]\S*)$",
                             antecedent)
            if noun:
                article = {"au": "le", "du": "le", "aux": "les", "des": "les", "al": "el", "del": "el"}
                antecedent = f"{article.get(noun['art'], noun['art'])} {noun['noun']}"
        placed = re.search(r"(?:^|\s)(?P<np>(?:the|a|an)\s+(?:\S+\s+){0,5}?[a-z][\w-]*)\s+(?:in|at)\s+"
                           r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*$", antecedent) \
            if lang == "en" and first == "which" else None
        if placed:  # "… at the trade fair in Vienna, | which runs": a place is not what "which" stands for
            antecedent = placed["np"]
        elif len(antecedent.split()) > 6:  # "… para las zonas afectadas por la dana | que golpeó" → "la dana"
            noun = re.search(rf"(?:^|\s)(?:{_ARTICLES.get(lang, '(?!)')})\s+\S+$", antecedent, re.IGNORECASE)
            name = re.search(r"(?<=\s)(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+\s+){0,2}[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+$", antecedent)
            antecedent = noun.group().strip() if noun else name.group() if name else ""  # "… said Morrisey, | who"
        rest = text.split(maxsplit=1)[-1]
        if lang == "de":  # "die seit Mai im Amt ist" → "ist im Amt": the verb of a relative clause ends it
            rest = rest.split(",", 1)[0]  # German sets a subordinate clause off by commas: it ends at the next
            words = rest.split()
            if len(words) > 1 and words[-1][:1].islower():
                rest = " ".join([words[-1], *words[:-1]])
        object_of = _OBJECT_RELATIVE[lang].match(rest) if first == "que" and lang in _OBJECT_RELATIVE else None
        thing = re.search(r"(?:^|\s)((?i:el|la|los|las|un|una|unos|unas)\s[^,]+)$", antecedent.rstrip(" ,")) \
            if object_of else None  # the noun phrase the clause is on, not a conjunction ("mientras | que")
        if 0 < len(antecedent.split()) <= 6 and thing:  # "según los datos | que el Consejo ha presentado" →
            noun = thing.group(1)[:1].lower() + thing.group(1)[1:]  # "La campaña" → "… desarrolló la campaña"
            text = f"{object_of['subject']} {object_of['verb']} {noun}{object_of['rest']}"
            # "el Consejo ha presentado los datos": the clause has a subject of its own, the noun is its object
        elif 0 < len(antecedent.split()) <= 6:
            text = antecedent.rstrip(" ,") + " " + rest  # "The shares, | which peaked" → "The shares peaked"
        elif lang == "de":
            text = f"{first} {rest}"  # "das hatte den 61-Jährigen … verurteilt": the pronoun stands as subject
    source = _SOURCE_OPENER.get(lang)
    if source:  # "According to court filings, Glucavex was launched" → "Glucavex was launched"
        text = re.sub(rf"^(?:{source})\s+[^,]{{1,60}},\s*(?=\S)", "", text, flags=re.IGNORECASE)
        text = _published(text, source, lang, tense)
    if lang == "de":  # "Nach Angaben des Landeswahlleiters fanden … statt": the verb follows the source at once
        text = re.sub(r"^(?i:nach angaben|laut)\s+(?:(?:de[rsmn]|eine[rs]?|seine[rs]?|ihre[rs]?)\s+)?"
                      r"(?:[A-ZÄÖÜ][\w-]*\s+){1,3}(?:de[rs]\s+(?:[A-ZÄÖÜ][\w-]*\s+){1,2})?(?=[a-zäöüß])", "", text)
    if lang == "es" and re.search(r"(?:después de|antes de|tras)\s+(?:que\s+)?$",
                                  sentence[max(0, a - 20):a] + re.match(r"(?:que\s+)?", sentence[a:b]).group()):
        text = _es_indicative(text)  # "después de | que las reservas cayeran": the fact, in the preterite
    leads = _LEADS.get(lang)
    if leads:
        for _ in range(3):
            text = re.sub(rf"^{leads}\s+", "", text, flags=re.IGNORECASE)
    if lang in _RECALLED:  # "Нагадаємо, …", "Как известно, …": a reminder of what the reader knows is no part of it
        text = re.sub(rf"^(?:{_RECALLED[lang]}),\s*", "", text, flags=re.IGNORECASE)
    if lang == "en":
        stripped = _EN_ATTRIBUTION.sub("", text)
        if not re.match(r"(?:it|he|she|they|we|its|his|her|their)\b", stripped, re.IGNORECASE):
            text = stripped  # "The Post said Trump took the call" → "Trump took the call"; "X said it would" stays
        text = re.sub(r"^saying\s+(?:that\s+)?(?=\S+\s+\S)", "", text)  # "…, saying inflation peaked at 7.8%"
        participle = re.match(r"(?P<adverb>[a-z]+ly\s+)?(?P<ing>[a-z]{2,}ing)(?:\s+(?P<rest>\S.*))?$", text)
        owner = _clause_subject(sentence, previous, mentions, language) if previous else ""
        own_verb = participle and not re.search(r"\b(?:[a-z]{3,}ed|is|are|was|were|has|had|will)\b",
                                                 participle["rest"] or "")  # "… the tariffs they imposed": not its
        if participle and own_verb and tense is not None and (owner or subject):
            owner = owner or subject  # "inflation had fallen sharply | since peaking at 9.1%" → "inflation peaked"
            plural = bool(re.search(r"(?:[^s]s| and .+)$", owner)) and not re.match(r"[A-Z]\S*s$", owner)
            verb = finite(participle["ing"], 1 if tense > 0 else -1, plural)  # what happened by the report is past
            return _cut(f"{owner} {participle['adverb'] or ''}{verb} {participle['rest'] or ''}", lang, capitalise)
        verb_first = re.match(r"(?:[a-z]+ly\s+)?[a-z]\w*ing\b", text) or (
            a > 0 and re.match(_EN_VERB_FIRST, text) and not re.match(r"(?:its|his|this|as|us)\b", text)
            and not re.match(r"[a-z]+s\s+(?:said|say|have|had|were|are|[a-z]+ed)\b", text))  # "doctors said" has one
        if subject and verb_first and not text.startswith(subject):
            text = f"{subject} {text}"  # "before | informally congratulating X" → "Putin informally congratulating X"
    if lang == "en" and tense is not None and (after := re.fullmatch(
            r"(?P<np>[^,]{2,50}),\s+(?:after|before|since|while|when|by)\s+(?P<ing>[a-z]{2,}ing)\s+(?P<rest>\S.*)",
            text)):  # "Ghana's Cocobod, after raising the price by 45%" → "Ghana's Cocobod raised the price by 45%"
        plural = bool(re.search(r"(?:[^s]s| and .+)$", after["np"])) and not re.match(r"[A-Z]\S*s$", after["np"])
        text = f"{after['np']} {finite(after['ing'], 1 if tense > 0 else -1, plural)} {after['rest']}"
    if lang == "de":
        text = german_indicative(german_order(german_main_clause(_DE_SOURCE.sub("", text))))
    if lang == "tr":
        text = turkish_participle(tidy(text))
    if lang in ("ru", "uk"):  # "наводнение было в 1942 году" → "наводнение произошло"
        text = re.sub(r"\s(был|была|было|были|був|була|було|були)$",
                      lambda m: " " + _HAPPENED[m.group(1)], tidy(text))
    return _cut(tidy(text), lang, capitalise)


_RECALLED = {"uk": "нагадаємо|нагадуємо|як відомо|як нагадує|як повідомлялося",
             "ru": "напомним|напоминаем|как известно|как сообщалось"}
_HAPPENED = {"был": "произошёл", "была": "произошла", "было": "произошло", "были": "произошли",
             "був": "відбувся", "була": "відбулася", "було": "відбулося", "були": "відбулися"}
# An English object relative clause: its own subject and verb, the noun before it their object.
_EN_OBJECT_RELATIVE = re.compile(
    r"^(?P<np>[^,]{1,60}),\s+(?:which|that|whom)\s+(?P<subject>(?:the|a|an|its|their|his|her)\s+[a-z]+|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?P<verb>(?!(?:is|was|are|were|has|had|have|said)\b)[a-z]+(?:s|ed)\b"
    r"(?:\s+to\s+[a-z]+)?)(?P<rest>(?:\s+(?:by|in|at|on|for)\s+[^,]*)?)$")
# A Spanish relative clause of "que" with a subject of its own before its verb: the noun it is on is the verb's
# object ("el recurso | que una de las empresas presentó")
_OBJECT_RELATIVE = {
    "es": re.compile(r"(?P<subject>(?:(?:el|la|los|las|un|una|unos|unas)\s+|(?:uno|una)\s+de\s+(?:los|las)\s+)"
                     r"[^,]{1,40}?|[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w-]*)*)\s+"
                     r"(?P<verb>(?:ha|han|había|habían)\s+[a-záéíóúñ]+(?:ado|ido)|[a-záéíóúñ]{3,}(?:ó|aron|[iy]eron))"
                     r"(?P<rest>(?:\s+[^,]*)?)$"),
}
