"""A relative clause on the noun before it told as a main clause: its pronoun's antecedent found (a name, a noun
phrase, a person in the nominative) and put first as its subject, or after its verb as its object."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.reporting import says
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.english import _COMMON_OPENERS
from generator.importer.titles.german import _de_object_relative
from generator.importer.titles.phrases import _last_noun_phrase, _noun_phrase
from generator.importer.titles.predicates import _VERB_WORD, _has_verb
from generator.importer.titles.spanish_french import _dont
from generator.importer.titles.words import _ARTICLES, _SOURCE_OPENER, _lang
from generator.importer.verbs import PAST_PATTERN

_EN_SPEECH_END = re.compile(r"\b(?:said|saying|says|told|telling|announced|announcing|reported)$")
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


def _noun_before_its_clause(text: str, sentence: str, previous: tuple[int, int] | None, mentions: list[Mention],
                            language: str) -> str:
    """An object relative, a part of a whole, "whose" or "dont" on the noun before it, told as a main clause."""
    lang = _lang(language)
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
    return text


def _joined_to_the_noun_before(text: str, relative: set[str], lang: str) -> str:
    """A short noun, a comma and a relative clause on it joined as subject and verb."""
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
    return text


# A German verb of saying that ends its clause, its particle after it: "kündigte an,", "teilte mit,", "sagte,".
_DE_SAID = re.compile(r"\b(?:(?:kündigte|kündigten|teilte|teilten)\b[^,]{0,40}?\s(?:an|mit)|sagte|sagten|erklärte|"
                      r"erklärten|betonte|betonten|versicherte|versicherten)\s*,\s*$")


def _relative_pronoun_first(text: str, sentence: str, previous: tuple[int, int] | None, mentions: list[Mention],
                            language: str, relative: set[str]) -> tuple[str, str, set[str]]:
    """The first word, the relative pronouns it may be, and an English object relative with its noun as object."""
    lang = _lang(language)
    first = text.split(maxsplit=1)[0] if text else ""
    if lang == "de" and re.match(r"(?:der|die|das)\s+[A-ZÄÖÜ]", text):
        first = ""  # "die Strecke zu sperren": an article before its noun, no relative pronoun
    if lang == "de" and first in ("der", "die", "das") and previous and _DE_SAID.search(
            sentence[previous[0]:previous[1]]):
        first = ""  # "kündigte an, | der zuständige Minister werde …": what was said, no relative clause
    if lang == "en" and first == "that" and previous and re.match(
            rf"that\s+(?:[a-z]+ed|was|were|had|has|will|{PAST_PATTERN})\b", text) \
            and not _EN_SPEECH_END.search(tidy(sentence[previous[0]:previous[1]])):
        relative = {*relative, "that"}  # "… of Conservative rule | that began in 2010"
    object_relative = lang == "en" and first in ("which", "that") and previous and re.match(
        r"(?:which|that)\s+(?!(?:was|were|is|are|has|had|have|will|would|could|be|been|also|then|it|first|once|"
        r"later|last|never|still|already|now|only|again|just|[a-z]+ly)\b)"  # ("which first opened": an adverb)
        r"(?P<subject>(?:the\s+)?(?:[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))\s+"
        r"(?P<verb>(?!was\b|were\b)[a-z]+ed|won|sent|made|took|gave|bought|sold|built|paid|set|cut|signed)\b"
        r"(?P<rest>.*)$", text)
    if object_relative:  # "… more air defence systems, | which allies promised at a summit" → "allies promised …"
        before = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language))
        thing = re.search(r".*(?:^|\s)((?:the|a|an|more|some|its|their|his|her|new|\d[\d,.]*)\s+[^,]*)$", before)
        if thing and len(thing.group(1).split()) <= 6:
            text = f"{object_relative['subject']} {object_relative['verb']} {thing.group(1)}{object_relative['rest']}"
            first = ""
    return text, first, relative


def _after_a_verb_of_saying(text: str, first: str, sentence: str, previous: tuple[int, int] | None,
                            mentions: list[Mention], language: str) -> tuple[str, str]:
    """A "que", "что", "that" after a verb of saying opens what was said, not a relative clause: it goes."""
    lang = _lang(language)
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
    return text, first


def _whose_with_its_owner(text: str, first: str, sentence: str, previous: tuple[int, int] | None,
                          mentions: list[Mention], language: str) -> tuple[str, str]:
    """A clause opening with "whose" or "cuyo" told with the owner in the clause before it."""
    lang = _lang(language)
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
    return text, first


_LEADING_PREPOSITION = {"en": r"in|on|at|for|with|by|from|into|under|over|through|during",
                        "fr": r"dans|sur|avec|pour|par|sous|pendant", "es": r"en|con|para|por|sobre|durante"}


def _antecedent(first: str, sentence: str, previous: tuple[int, int], mentions: list[Mention],
                language: str) -> str:
    """The noun phrase a relative pronoun stands for, at the end of the clause before it."""
    lang = _lang(language)
    antecedent = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language))
    if lang == "en" and re.match(r"[a-z]+ing\s", antecedent):  # "ending 14 years of Conservative rule"
        antecedent = antecedent.split(maxsplit=1)[1].rsplit(" of ", 1)[-1]
        name = re.search(r"(?:^|\s)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)$", antecedent)
        antecedent = name.group(1) if name else antecedent  # "sending it to President Biden, | who"
    elif lang == "en" and re.search(r"\s(?:[a-z]{3,}ed|is|are|was|were|has|had|will)\s", antecedent):
        thing = re.search(r".*\s((?:the|a|an)\s+[^,]*)$", antecedent)  # "He praised the deal, | which"
        antecedent = thing.group(1) if thing else antecedent
    elif lang == "en" and (thing := re.fullmatch(rf"(?:\S+\s+){{1,4}}?(?:{PAST_PATTERN}|[a-z]{{3,}}s)\s+"
                                                 r"(?P<np>(?:the|a|an)(?:\s+(?!that\b|who\b)[\w'’-]+){1,4})",
                                                 antecedent)):
        antecedent = thing["np"]  # "Halverson bought the brewery, | which", "The firm owns the mill, | which"
    antecedent = antecedent.rsplit(": ", 1)[-1]  # "Рубль укрепляется …: Банк России, | который"
    if lang in _SOURCE_OPENER:  # "За словами прем'єр-міністра Юлії Свириденко, | яка", "According to the Maine
        # Department of Marine Resources, | which": the person or the body, not the source ("According to Ofwat,
        # the company, | which": nor what follows it)
        antecedent = re.sub(rf"^(?:{_SOURCE_OPENER[lang]})\s+(?:[^,]{{1,60}},\s*(?=\S))?", "", antecedent,
                            flags=re.IGNORECASE)
    if lang in _LEADING_PREPOSITION:  # "…, in a scheme | that ran from 2016": the noun, not its preposition
        antecedent = re.sub(rf"^(?:{_LEADING_PREPOSITION[lang]})\s+(?=(?:{_ARTICLES[lang]})\s)", "", antecedent,
                            flags=re.IGNORECASE)
    if "," in antecedent and _noun_phrase(antecedent.rsplit(",", 1)[-1].strip(), lang):
        antecedent = antecedent.rsplit(",", 1)[-1].strip()  # "La ministra de Salud, María Teresa Barán, | que"
    if lang in _REPORTING_FRAME and (frame := _REPORTING_FRAME[lang].match(antecedent)) \
            and (frame["source"] or re.search(r"(?:^|\s)[A-ZÀ-ÞÁÉÍÓÚÑ]", frame["np"])):
        antecedent = frame["np"]  # "según ha denunciado el sindicato CCOO, | que": the reporter, not its frame (a
        # reporter has a name; "a confirmé | la création d'une commission, qui": the object, not a reporter)
    if lang in ("ru", "uk") and (not _noun_phrase(antecedent, lang) or len(antecedent.split()) > 2):
        antecedent = _slavic_antecedent(antecedent, first, sentence[previous[0]:previous[1]], lang)
    return _antecedent_noun(antecedent, first, lang)


# A reporting frame before the reporter a relative clause is on: "según ha denunciado | el sindicato CCOO, que",
# "ha asegurado | Ribera, quien", "a déclaré | le maire, qui".
_ES_SAYING = (r"inform|anunci|indic|señal|explic|confirm|precis|asegur|afirm|declar|comunic|denunci|advert|record|"
              r"destac|subray|lament|reconoc|apunt|avanz|critic|defend")
_FR_SAYING = r"déclar|annonc|indiqu|précis|expliqu|affirm|assur|soulign|rappel|estim|ajout|confi(?!rm)|dénonc|reconn"
_REPORTING_FRAME = {
    "es": re.compile(rf"(?P<source>(?:según|como|tal y como)\s+)?"
                     rf"(?:(?:lo\s+)?(?:ha|han|había|habían)\s+(?:{_ES_SAYING})(?:ado|ido)|"
                     rf"(?:{_ES_SAYING})(?:ó|aron|ió|ieron)|(?:ha|han)\s+dicho|dijo|dijeron)\s+"
                     r"(?P<np>(?:el|la|los|las|su|sus)\s+\S.*|[A-ZÁÉÍÓÚÑ]\S*(?:\s.*)?)$"),
    "fr": re.compile(rf"(?P<source>(?:selon|comme)\s+)?(?:l['’])?(?:a|ont|avait|avaient)\s+"
                     rf"(?:(?:{_FR_SAYING})\w*[éu]|dit|écrit)\s+"
                     r"(?P<np>(?:le|la|les|son|sa|ses)\s+\S.*|l['’]\S.*|[A-ZÀ-Þ]\S*(?:\s.*)?)$"),
}


def _slavic_antecedent(antecedent: str, first: str, previous: str, lang: str) -> str:
    """A Russian or Ukrainian antecedent as the name in quotes, the person or the noun it ends on, nominative."""
    from generator.importer.morphology import nominative_tail, person_at_end, person_nominative
    from generator.importer.slavic import named_noun_at_end

    person = person_at_end(antecedent, lang)
    named = named_noun_at_end(previous, lang, first)
    if named:  # "фестиваль дитячої книги «Читайлик», | який": the name in quotes is no person's
        antecedent = named
    elif person:
        antecedent = person_nominative(person, lang)
    elif not _noun_phrase(antecedent, lang):
        antecedent = nominative_tail(antecedent, lang)  # "итоги президентских выборов, | которые прошли"
    return antecedent


def _antecedent_noun(antecedent: str, first: str, lang: str) -> str:
    """A long antecedent cut to the noun phrase it ends on: a noun with its "de" phrase, not a place."""
    with_de = re.search(r"(?:^|(?<=\s))(?:(?i:le|la|les|el|los|las)\s+|(?i:l)['’]\s*)[\w'’-]+"
                        r"(?:\s+(?:de|du|des|del)\s+(?:la\s+|l['’])?[\w'’-]+){1,2}$", antecedent) \
        if lang in ("fr", "es") else None
    if with_de:  # "a déclaré … le ministre de l'Intérieur, | qui", "el proyecto de ley de riego | que": the noun
        # with its "de" phrases
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
    elif len(antecedent.split()) > 6 and not with_de and not _opening_noun_phrase(antecedent, lang):
        # "… para las zonas afectadas por la dana | que golpeó" → "la dana"
        noun = re.search(rf"(?:^|\s)(?:{_ARTICLES.get(lang, '(?!)')}|{_INDEFINITE.get(lang, '(?!)')})\s+[^\s\d]\S*"
                         rf"(?:\s+(?:de|del|of)\s+\d+\s+\S+)?$", antecedent, re.IGNORECASE)
        # "… réalisée sur un adolescent de 15 ans, | qui" → "un adolescent de 15 ans": a noun and its age or count
        name = re.search(r"(?<=\s)(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+\s+){0,2}[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+$", antecedent)
        antecedent = noun.group().strip() if noun else name.group() if name else ""  # "… said Morrisey, | who"
    return antecedent


def _opening_noun_phrase(antecedent: str, lang: str) -> bool:
    """Whether a long antecedent is a sentence's opening noun phrase, its subject: capitalised, no verb, at most
    ten words ("A previous sale to a Connecticut hockey group, | which had been scheduled …")."""
    if not antecedent[:1].isupper() or len(antecedent.split()) > _LONGEST or lang not in ("en", "es", "fr") \
            or "," in antecedent or _has_verb(antecedent, lang):
        return False
    if lang == "en":
        return True
    import simplemma  # a present or a participle of Spanish and French: "incluyen", "instalado", "chargée"

    infinitive = r"\w+(?:ar|er|ir)" if lang == "es" else r"\w+(?:er|ir|re|oir)"
    return not any(word.islower() and (lemma := str(simplemma.lemmatize(word, lang=lang))) != word
                   and re.fullmatch(infinitive, lemma) for word in antecedent.split()[1:])


_INDEFINITE = {"en": "a|an", "es": "un|una|unos|unas", "fr": "un|une|des"}
_LONGEST = 10  # words of an antecedent that opens its sentence


def _joined_to_its_antecedent(text: str, first: str, antecedent: str, lang: str) -> str:
    """A relative clause with its antecedent as its subject, or as its object when it has a subject of its own."""
    rest = re.sub(r"[\s,]+(?:y|e|et|and|und)(?:\s+(?:que|qui|which|that|die|der|das))?[\s,]*$", "",
                  text.split(maxsplit=1)[-1])  # "que los armadores reclaman | y que, …": a second relative clause
    if lang == "de":  # "die seit Mai im Amt ist" → "ist im Amt": the verb of a relative clause ends it
        rest = rest.split(",", 1)[0]  # German sets a subordinate clause off by commas: it ends at the next
        words = rest.split()
        if len(words) > 1 and words[-1][:1].islower():
            rest = " ".join([words[-1], *words[:-1]])
    if lang == "es" and first == "que" and _ES_TIMES.search(antecedent):
        return re.sub(r"\s+(?:fue|era|ha sido)$", "", rest)  # "la última vez | que los pantanos recibieron una
        # aportación importante fue …": what happened that time, not a relative clause on "vez"
    object_of = _OBJECT_RELATIVE[lang].match(rest) if first == "que" and lang in _OBJECT_RELATIVE else None
    thing = re.search(r"(?:^|\s)((?i:el|la|los|las|un|una|unos|unas)\s[^,]+)$", antecedent.rstrip(" ,")) \
        if object_of else None  # the noun phrase the clause is on, not a conjunction ("mientras | que")
    if thing and (object_of["subject"].split()[-1] in _CLITICS or _has_verb(object_of["subject"], lang)
                  or _ends_on_verb(antecedent, lang)):  # (after a verb, "que" opens its object: "prevé | que …")
        thing = None  # the verb is a subject's with no verb of its own: "que el consistorio tenía prevista", "que
        # la ola de calor se prolongue" are no "… prevista", "… prolongue" with the noun as object
    if 0 < len(antecedent.split()) <= 8 and thing:  # "según los datos | que el Consejo ha presentado" →
        noun = thing.group(1)[:1].lower() + thing.group(1)[1:]  # "La campaña" → "… desarrolló la campaña"
        text = f"{object_of['subject']} {object_of['verb']} {noun}{object_of['rest']}"
        # "el Consejo ha presentado los datos": the clause has a subject of its own, the noun is its object
    elif 0 < len(antecedent.split()) <= 6 and first == "que" and _ends_on_verb(antecedent, lang):
        text = f"{antecedent.rstrip(' ,')} que {rest}"  # "La Aemet prevé | que la inestabilidad remita": after a
        # verb, "que" is the conjunction that opens its object, and it stays
    elif 0 < len(antecedent.split()) <= _LONGEST and first in ("que", "qui") \
            and (main := _main_verb_after_relative(rest, lang)) and _opening_noun_phrase(antecedent, lang):
        text = f"{antecedent.rstrip(' ,')} {main}"  # "El número de migrantes | que cruzaron la selva cayó un 96 %"
        # → "El número de migrantes cayó un 96 %": a relative clause with no comma ends at the subject's own verb
    elif 0 < len(antecedent.split()) <= _LONGEST:
        text = antecedent.rstrip(" ,") + " " + rest  # "The shares, | which peaked" → "The shares peaked"
    elif lang == "de":
        text = f"{first} {rest}"  # "das hatte den 61-Jährigen … verurteilt": the pronoun stands as subject
    return text


def _main_verb_after_relative(rest: str, lang: str) -> str:
    """A Spanish or French relative clause with no comma to end it, and the predicate of its antecedent after it
    ("cruzaron la selva del Darién | cayó un 96 %", "abastece la Mancomunidad | sufrirán cortes"): that predicate,
    from a finite verb (its lemma an infinitive) after the clause's first two words, with no conjunction or
    pronoun before it that would make it the clause's own; else ""."""
    import simplemma

    if lang not in ("es", "fr"):
        return ""
    words = rest.split()
    infinitive = r"\w+(?:ar|er|ir)" if lang == "es" else r"\w+(?:er|ir|re|oir)"
    # a lowercase form of a verb: its lemma is another word, an infinitive (each word looked up once)
    inflected = [w.islower() and (lemma := str(simplemma.lemmatize(w, lang=lang))) != w
                 and re.fullmatch(infinitive, lemma) is not None for w in words]
    verb = re.compile(rf"(?:{_VERB_WORD[lang]})")
    for i in range(2, len(words)):
        word = words[i]
        participle = i + 1 < len(words) and re.fullmatch(_PARTICIPLE_WORD[lang], words[i + 1])
        if word.islower() and verb.fullmatch(word) and (participle if word in _AUXILIARY_WORDS else
                                                         re.fullmatch(infinitive,
                                                                      str(simplemma.lemmatize(word, lang=lang)))):
            before = {w.lower().strip(",;") for w in words[:i]}
            if before & _CLAUSE_OPENERS or words[i - 1].endswith((",", ";")) or words[i - 1].lower() in _CLITICS \
                    or not any(inflected[:i]):
                return ""  # "que cruzaron la selva y llegaron", "que dijo que llegará", "que, según …, se"; "que el
                # Ayuntamiento aprobó": the clause's own verb, after its subject
            return " ".join(words[i:])
    return ""


# Words before which a later verb is still the relative clause's own.
_CLAUSE_OPENERS = {"y", "e", "o", "u", "ni", "pero", "que", "quien", "quienes", "donde", "cuando", "como", "cuyo",
                   "cuya", "cuyos", "cuyas", "si", "et", "ou", "mais", "qui", "dont", "où", "quand", "comme", "lequel",
                   "laquelle", "lesquels", "lesquelles", "qu'", "qu’"}
_AUXILIARY_WORDS = {"ha", "han", "a", "ont", "es", "son", "est", "sont"}  # (a verb with a participle after it)
_PARTICIPLE_WORD = {"es": r"[a-záéíóúñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas)",
                    "fr": r"[a-zéèêàç]+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues)"}

_CLITICS = {"se", "no", "lo", "la", "le", "les", "los", "las", "me", "te", "nos"}
_ES_TIMES = re.compile(r"(?:^|\s)(?:(?i:la)\s+)?(?:última|primera|única|otra)\s+vez$")
_DETERMINERS = {"el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "de", "del", "al", "a", "en"}


def _ends_on_verb(text: str, lang: str) -> bool:
    """Whether a Spanish clause ends on its verb ("La Aemet prevé", "Los vecinos piden"): a lowercase word whose
    lemma is an infinitive, after no article or preposition."""
    import simplemma

    words = text.rstrip(" ,").split()
    last, before = words[-1], (words[-2].casefold() if len(words) > 1 else "")
    if lang != "es" or not last.isalpha() or not last.islower() or before in _DETERMINERS:
        return False  # "la desaladora": a noun
    lemma = str(simplemma.lemmatize(last, lang=lang))
    return lemma != last and re.fullmatch(r"\w+(?:ar|er|ir)", lemma) is not None


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
                     r"(?P<verb>(?:ha|han|había|habían)\s+[a-záéíóúñ]+(?:ado|ido)|[a-záéíóúñ]{3,}(?:ó|aron|[iy]eron)|"
                     r"(?:tenía|tenían|tiene|tienen)\s+(?:previst|programad|planead|convocad)[oa]s?|"
                     r"[a-záéíóúñ]{3,}(?:a|an|e|en)(?=$))"  # a present only as the clause's last word: "que el
                     r"(?P<rest>(?:\s+[^,]*)?)$"),  # Congreso tramita", not "que la empresa madre …"
}
