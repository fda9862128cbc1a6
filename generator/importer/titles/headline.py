"""A clause made a headline: its date words, leading clause words and sources gone, a relative clause told with the
noun before it, a participle as its owner's verb, and the last repairs per language."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.subjects import german_indicative, german_main_clause, german_order, turkish_participle
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.cut import _cut
from generator.importer.titles.phrases import _long_noun_phrase, _noun_phrase
from generator.importer.titles.predicates import _adverbial, _has_verb
from generator.importer.titles.relatives import (
    _COMMA_ENDS_RELATIVE,
    _LOWER_AFTER_COMMA,
    _after_a_verb_of_saying,
    _antecedent,
    _joined_to_its_antecedent,
    _joined_to_the_noun_before,
    _noun_before_its_clause,
    _relative_pronoun_first,
    _whose_with_its_owner,
)
from generator.importer.titles.spanish_french import _es_indicative, _published
from generator.importer.titles.subject import _EN_ATTRIBUTION, _EN_VERB_FIRST, _clause_subject
from generator.importer.titles.words import _EN_SET_OFF_PARTICIPLE, _LEADS, _RELATIVE, _SOURCE_OPENER, _lang
from generator.importer.verbs import finite

# Verbs that take a "that" clause as their object: "… proposed | that rich countries provide …".
_EN_THAT_VERB = re.compile(r"\b(?:said|saying|says|told|telling|announced|announcing|reported|proposed|showed|"
                           r"show|shows|found|suggested|signall?ed|warned|predicted|estimated|ruled|decided|agreed|"
                           r"concluded|argued|claimed|insisted|indicated|acknowledged|confirmed|denied|noted)$")

# "nach Angaben der IG Metall", "nach ihren Angaben", "laut Polizei" inside a German clause: where a statement comes
# from, which a headline leaves out
_DE_SOURCE = re.compile(r"(?<=\S)\s+(?:(?:nach|laut)\s+(?:(?:ihren|seinen|eigenen|offiziellen|ersten|vorläufigen)\s+)?"
                        r"Angaben(?:\s+(?:de[rs]|von)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][\w-]*)(?:\s+[A-ZÄÖÜ][\w-]*){0,2})?|"
                        r"laut\s+(?:[A-ZÄÖÜ][\w-]*)(?:\s+[A-ZÄÖÜ][\w-]*){0,2})(?=\s+\S|\s*$)")  # (at the end too, once
# the date after it has gone: "verschiebt sich nach Angaben des Verbands Region Stuttgart auf Ende 2028")

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
    after_setting = sentence[a:b].rstrip(" ,").partition(",")[2]  # "In August, | the lifeboat was delayed"
    if following and _adverbial(sentence[a:b], lang) and not any(following[0] <= m.start < following[1]
                                                                   for m in mentions) \
            and not _has_verb(after_setting, lang):  # (not when the main clause follows the setting's comma)
        a, b = following  # the main clause after a setting gives the title
        following = None
    text = _clause_text(sentence, (a, b), following, mentions, language)
    text = _noun_before_its_clause(text, sentence, previous, mentions, language)
    relative = _RELATIVE.get(lang, set())
    text = _joined_to_the_noun_before(text, relative, lang)
    text, first, relative = _relative_pronoun_first(text, sentence, previous, mentions, language, relative)
    if first in relative and previous and lang in _COMMA_ENDS_RELATIVE and re.search(_LOWER_AFTER_COMMA, text):
        text = text.split(",", 1)[0]  # "que asumió el cargo, anunció que …": the relative clause ends at its comma
    text, first = _after_a_verb_of_saying(text, first, sentence, previous, mentions, language)
    text, first = _whose_with_its_owner(text, first, sentence, previous, mentions, language)
    if first in relative and previous:  # lowercase only: German "Die Wahl" opens a sentence, "die" a clause
        antecedent = _antecedent(first, sentence, previous, mentions, language)
        text = _joined_to_its_antecedent(text, first, antecedent, lang)
    text = _without_openers(text, sentence, (a, b), lang, tense)
    if lang == "en":
        text, told = _english_clause(text, sentence, a, previous, mentions, language, subject, tense)
        if told:
            return _cut(text, lang, capitalise)
    return _cut(tidy(_per_language_end(text, lang, tense)), lang, capitalise)


def _clause_text(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None, mentions: list[Mention],
                 language: str) -> str:
    """The clause's words without its dates; an English verb taking a "that" clause with what was said."""
    a, b = clause
    text = tidy(remove_dates(sentence[a:b], a, mentions, language))
    lang = _lang(language)
    if lang == "en":  # "proposed to delay | by a year | its rules": a measure put before a long object goes
        text = _EN_MEASURE_BEFORE_OBJECT.sub("", text)
    if lang == "en" and following and _EN_THAT_VERB.search(text) and len(text.split()) <= 8 \
            and sentence[following[0]:following[1]].startswith("that "):
        # "with Moscow saying on November 10 | that it had captured Voltchenka": the saying and what was said
        said = re.sub(r"^that\s+", "", tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions,
                                                          language)))
        verb = _EN_VERB_AFTER_RELATIVE.match(sentence, following[1]) \
            if sentence[following[0]:following[1]].rstrip().endswith(",") else None
        if verb:  # "confirmed | that Dr Anil Mehta, | who …, | will finish": what was said goes on past the relative
            said = said.rstrip(", ") + " " + tidy(remove_dates(sentence[verb.start("verb"):verb.end("verb")],
                                                               verb.start("verb"), mentions, language))
        text += " " + said
    return text


# An English relative clause set off by commas, to the comma that ends it ("4,000" has no comma of its own).
_EN_SET_OFF_RELATIVE = r"(?:who|which)\s(?:[^,]|(?<=\d),(?=\d{3}\b)){3,200},\s*"
# ... and the predicate after it: "who has worked there since 2021, | will finish".
_EN_VERB_AFTER_RELATIVE = re.compile(rf"{_EN_SET_OFF_RELATIVE}"
                                     r"(?P<verb>(?:will|would|must|should|can|could|has|have|had|is|are|was|were)\s"
                                     r"[^,.;]{1,80})")


def _without_openers(text: str, sentence: str, clause: tuple[int, int], lang: str, tense: int | None) -> str:
    """The clause without a source, leading clause words or a reminder before it; a Spanish fact in the preterite."""
    a, b = clause
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
    if lang in _RECALLED:  # "Нагадаємо, …", "Как известно, …": a reminder of what the reader knows is no part of it
        text = re.sub(rf"^(?:{_RECALLED[lang]}),\s*", "", text, flags=re.IGNORECASE)
    leads = _LEADS.get(lang)
    if leads:
        for _ in range(3):
            text = re.sub(rf"^{leads}\s+", "", text, flags=re.IGNORECASE)
    if lang in _RECALLED:  # and after a lead: "А как известно, …"
        text = re.sub(rf"^(?:{_RECALLED[lang]}),\s*", "", text, flags=re.IGNORECASE)
    return text


def _english_clause(text: str, sentence: str, a: int, previous: tuple[int, int] | None, mentions: list[Mention],
                    language: str, subject: str, tense: int | None) -> tuple[str, bool]:
    """An English clause without "X said", its subject first; a participle told as its owner's verb (True)."""
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
        return f"{owner} {participle['adverb'] or ''}{verb} {participle['rest'] or ''}", True
    verb_first = re.match(r"(?:[a-z]+ly\s+)?[a-z]\w*ing\b", text) or (
        a > 0 and re.match(_EN_VERB_FIRST, text) and not re.match(r"(?:its|his|this|as|us)\b", text)
        and not re.match(r"[a-z]+s\s+(?:said|say|have|had|were|are|[a-z]+ed)\b", text))  # "doctors said" has one
    if verb_first and (before := _EN_NOUN_BEFORE_RELATIVE.search(sentence[:a])) \
            and (_noun_phrase(noun := before["np"][:1].upper() + before["np"][1:], "en") or _long_noun_phrase(noun,
                                                                                                         "en")):
        subject = noun  # "… that Dr Anil Mehta, who has worked there since 2021, | will finish" → "Dr Anil
        # Mehta will finish": the noun the relative clause set off, not the sentence's subject
    if subject and verb_first and not text.lower().startswith(subject.lower()):
        text = f"{subject} {text}"  # "before | informally congratulating X" → "Putin informally congratulating X"
    return text, False


# A noun phrase after "that" and the relative clause set off after it, ending where the clause with its verb begins
# (a noun the sentence opens with is its subject already).
_EN_NOUN_BEFORE_RELATIVE = re.compile(r"\bthat\s+(?P<np>(?:[Tt]he\s+|[Aa]n?\s+)?[^\s,][^,]{0,50}?),\s+"
                                      rf"(?:{_EN_SET_OFF_RELATIVE}|{_EN_SET_OFF_PARTICIPLE}\s[^,]{{3,120}},\s*)$")
# (or a participle set off: "that a meeting for families, | originally planned for Thursday, | had been moved")


def _per_language_end(text: str, lang: str, tense: int | None) -> str:
    """The last repairs per language: "after raising" as a verb, German and Turkish order, "was" as "took place"."""
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
    return text


_RECALLED = {"uk": "нагадаємо|нагадуємо|як відомо|як нагадує|як повідомлялося|того року|у тому році",
             "ru": "напомним|напоминаем|как известно|как сообщалось|в том году|того же года",
             "fr": "cette année-là", "en": "that year", "es": "ese año|aquel año", "de": "in jenem Jahr"}
# (and "Cette année-là, …": the year a sentence before named, which the date takes)
_HAPPENED = {"был": "произошёл", "была": "произошла", "было": "произошло", "были": "произошли",
             "був": "відбувся", "була": "відбулася", "було": "відбулося", "були": "відбулися"}
