"""Finding a clause's subject: the name a sentence opens with, the noun before a relative clause, the noun a pronoun
stands for."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.fit import shorter_subject
from generator.importer.reporting import frame
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.cut import _EN_REGION
from generator.importer.titles.phrases import (
    _long_noun_phrase,
    _noun_and_complement,
    _noun_phrase,
    _without_opening_adverbial,
)
from generator.importer.titles.predicates import (
    _IRREGULAR_PARTICIPLE,
    _PARTICIPLE,
    _VERB_WORD,
    _adverbial,
    _has_verb,
    _verb_first,
)
from generator.importer.titles.words import _LEADS, _PREPOSITIONS, _RELATIVE, _SOURCE_OPENER, _lang
from generator.importer.verbs import PAST_PATTERN

_EN_ATTRIBUTION = re.compile(
    r"^(?:[\w.’'-]+\s+){0,5}?(?:said|says|reported|announced|added|wrote|noted|warned|confirmed|"
    r"told(?:\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?)\s+(?:that\s+(?=\S)|(?=[A-Z]))(?=\S+\s+\S+\s+\S+)")
_EN_VERB_FIRST = (r"(?:would|will|could|should|may|might|is|was|are|were|has|had|have|said|says|told|added|"
                  r"warned|[a-z]+ed|[a-z]+s)\b")
_EN_SUBJECT = re.compile(r"^(?:(?:[A-Z][\w.’'-]*|of|the|von|der|de|al)\s+){0,4}?"
                         r"(?P<name>[A-Z][\w’'-]+),?\s+(?!ing)[a-z]")

_LEADING_NAME = re.compile(r"^(?:[A-Z][\w.’'-]*|[a-z]+)(?:\s+(?:[A-Z][\w.’'-]*|[a-z]+)){0,7}?\s+"
                           r"(?P<name>[A-Z][\w’'-]+),")


def _clause_subject(sentence: str, clause: tuple[int, int], mentions: list[Mention], language: str) -> str:
    """The subject of an English clause, after any "X said (that)": the words before its first verb
    ("Fed Governor Adriana Kugler said inflation had fallen sharply" → "inflation"); "" when unclear."""
    text = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
    speaker = re.search(rf"(?:^|,\s*)(?P<who>[^,]{{3,60}}?)\s+(?:{_SAYING_WORDS})$", text)
    if speaker:  # "…, President Ferdinand Marcos Jr. said | after meeting disaster officials": the speaker met them
        return shorter_subject(f"{speaker['who']} x y")[:-4]
    text = re.sub(rf"^.*?\b(?:{_SAYING_WORDS})\s+(?:that\s+)?", "", text)
    text = re.sub(rf"^(?:{_LEADS['en']})\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:saying|adding|noting|warning)\s+(?:that\s+)?", "", text)  # "saying inflation had returned"
    match = re.match(r"(?P<subject>.+?)\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
                     r"[a-z]{3,}ed)\b", text)
    subject = re.sub(r"(?:\s+[a-z]+ly)+$", "", match["subject"]) if match else ""  # "Putin initially responded"
    words = subject.split()
    if not 1 <= len(words) <= 6 or re.match(r"(?:it|this|that|there)$", subject, re.IGNORECASE) \
            or any(w.lower() in ("and", "or") for w in words[:1]):
        return ""
    return shorter_subject(f"{subject} x y")[:-4]


_SAYING_WORDS = r"said|says|told|reported|announced|warned|signall?ed|noted|added"


def _subject(sentence: str) -> str:
    """The name a sentence starts with ("Putin initially responded …" → "Putin"), after "X said"; a short noun
    phrase before its first comma ("Japan's ispace lander, launched …"); or "". Where the statement comes from
    ("According to Ofwat, the company …") is no subject."""
    source = re.match(rf"(?i:{_SOURCE_OPENER['en']})\s+[^,]{{1,60}},\s*(?:(?:which|who)\s[^,]*,\s*)?(?=\w)", sentence)
    # (and a relative clause on the source: "According to the agency, which held hearings in May, landings rose")
    if source:
        sentence = sentence[source.end()].upper() + sentence[source.end() + 1:]
    sentence = _EN_REGION.sub(r"\g<place>", sentence)  # "Workers at a plant in Dayton, Ohio, are": no comma of its own
    lead = re.match(r"((?:The|A|An)\s+[a-z]+),\s+(?:who|which)\s", sentence)
    if lead:  # "The union, which rejected a pay offer, | plans a second strike"
        return lead.group(1)
    lead = re.match(r"([^,]{3,60}),", sentence)
    if lead and (2 <= len(lead.group(1).split()) <= 4 or _long_noun_phrase(lead.group(1), "en")) \
            and _no_clause(lead.group(1)) \
            and re.match(r"[A-Z]", lead.group(1)) and not re.match(r"(?:The|A|An)\s+[a-z]+$", lead.group(1)):
        return lead.group(1)
    lead = re.match(r"([A-Z][a-z]+(?:\s+[a-z]+){0,4}\s+(?:to|from|of|at|in|for|on|near)\s+[A-Z][\w’'-]+),", sentence)
    if lead and _no_clause(lead.group(1)):
        return lead.group(1)  # "Flights to and from Barra, the island whose …, | were cancelled": not "Barra"
    lead = _LEADING_NAME.match(sentence)
    if lead and not re.search(r"\b(?:said|says|is|was|were|are|has|had|will|would)\b", lead.group()):
        return lead["name"]  # "The conservative opposition leader Friedrich Merz, whose …" → "Merz"
    text = _EN_ATTRIBUTION.sub("", sentence)
    match = _EN_SUBJECT.match(text)
    if not match or match["name"].endswith("ing") or match["name"] in _NOT_SUBJECTS or \
            re.search(r"['’]s$", match["name"]):  # "The European Union's rules": a possessive is no subject
        return ""
    return match["name"]


def _no_clause(phrase: str) -> bool:
    """Whether an English phrase before a sentence's first comma can be its subject: no adverbial, no verb."""
    return not _adverbial(phrase, "en") \
        and not re.search(r"\b(?:is|are|was|were|has|had|will|would|said|says|[a-z]+ed)\b", phrase)


_NOT_SUBJECTS = {"The", "A", "An", "In", "On", "It", "He", "She", "They", "But", "And", "After", "Before", "Which",
                 "Who"}

# A Russian or Ukrainian relative pronoun in an oblique case, a preposition and a noun before it ("проти
# розташування якої", "в честь которого").
_OBLIQUE_RELATIVE = {"ru": r"(?:[а-яё]+\s+){0,2}котор(?:ого|ой|ых|ому|ым|ыми|ом|ую)\s",
                     "uk": r"(?:[а-яіїєґ'’]+\s+){0,2}як(?:ого|ої|их|ому|ій|им|ими|у)\s",
                     "de": r"(?:für|mit|von|bei|an|auf|aus|nach|zu|in|über|unter|gegen|durch|um|seit)\s+"
                           r"(?:der|die|das|dem|den|denen)\s+(?=[a-zäöüß])",  # "die Sanierung, | für die das Land
                     # …, | soll" ("zu den Vorwürfen": a noun, no relative clause)
                     "en": r"(?:for|in|to|by|with|on|of|from|at)\s+(?:which|whom)\s",
                     "fr": r"(?:pour|avec|par|dans|sur|sous|contre)\s+(?:lequel|laquelle|lesquels|lesquelles|qui)\s|"
                           r"(?:auquel|auxquels|auxquelles|duquel|desquels|desquelles)\s",
                     "es": r"(?:para|en|con|por|de|a|sobre|contra)\s+(?:el|la|los|las)\s+(?:que|cual|cuales)\s|"
                           r"(?:del|al)\s+(?:que|cual)\s"}
# Conjunctions that join a second clause with a subject of its own, and the article that subject opens with.
_WHILE = {"en": r"while|whereas|and|but", "fr": r"tandis qu['’]|tandis que|alors que|et|mais",
          "es": r"mientras que|y|pero"}
_ARTICLE_FIRST = {"en": r"(?:the|a|an)\s", "fr": r"(?:le|la|les|l['’])", "es": r"(?:el|la|los|las)\s"}
# Conjunctions that open a subordinate clause ("before the verdict was read", "avant que", "cuando").
_SUBORDINATING = {"en": r"before|after|when|while|because|since|as|until|although|though|once",
                  "fr": r"avant que|avant qu['’]|après que|après qu['’]|quand|lorsque|lorsqu['’]|parce que|"
                        r"parce qu['’]|puisque|puisqu['’]|bien que|bien qu['’]",
                  "es": r"cuando|porque|mientras|antes de que|después de que|aunque|ya que"}

# German prepositions that open an attribute after a noun: "die Brücke über den Fluss", "ein Zentrum für Kinder".
_DE_ATTRIBUTE_PREPOSITIONS = r"für|über|bei|von|aus|mit|an|auf|in|um|nahe|zwischen|unter|gegen"


def _subject_across_relative(sentence: str, clauses: list[tuple[int, int]], clause: tuple[int, int],
                             lang: str) -> str:
    """The noun phrase a sentence opens with when ``clause`` is its verb's, right after a relative clause on it
    ("Банк России, который … снизил ставку, | проведет заседание" → "Банк России"); else ""."""
    possessive = {"es": {"cuyo", "cuya", "cuyos", "cuyas"}, "fr": {"dont"}}.get(lang, set())
    relative = (_RELATIVE.get(lang, set()) | possessive) - {"that"}
    source = _SOURCE_OPENER.get(lang, "(?!)")  # "According to Ofwat, the company, which …, | missed"
    opening = _opening_and_its_relative(sentence, clauses, clause, lang, relative, source)
    noun = _opening_noun(opening, lang, source)
    if opening is None or noun is None or not _verb_after_relative(sentence, clauses, clause, lang, opening,
                                                                   relative):
        return ""
    apposition = tidy(opening["apposition"] or "")
    if apposition and all(w[:1].isupper() for w in apposition.split()) and _noun_phrase(apposition, lang):
        return apposition  # "El presidente de Chile, Gabriel Boric, | decretó" → "Gabriel Boric"
    return noun


def _opening_and_its_relative(sentence: str, clauses: list[tuple[int, int]], clause: tuple[int, int], lang: str,
                              relative: set[str], source: str) -> re.Match[str] | None:
    """The noun phrase a sentence opens with and the relative clause or apposition after it, matched, or None."""
    longest = 90 if lang in ("ru", "uk") else 60  # a Slavic noun phrase takes its dependents in the genitive
    fronted = rf"(?i:{_PARTICIPLE[lang]}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')})\s[^,]{{1,40}},\s*" \
        if lang in _PARTICIPLE else "(?!)"  # "Créée en 2010, | l'épreuve, qui …, | avait été reportée"
    body = rf"(?P<noun>[^,:;«»\"“”—]{{2,{longest}}}),\s+" \
        rf"(?:(?:{'|'.join(relative) or '(?!)'})\s|{_OBLIQUE_RELATIVE.get(lang, '(?!)')}|" \
        r"(?P<apposition>(?:un|una|une|an?)\s[^,]{2,140}|[^,]{2,90}|" \
        r"\d+,\d+[^,]{1,40}|[^,\d]{1,40}\d{1,3},\d{3}(?!\d)[^,]{1,40}|" \
        r"[^,\d]{1,40}\d+,\d{1,2}(?!\d)[^,]{1,40}),\s*(?=[a-zа-яёіїєґçğışüö]))"
    opening = re.match(rf"(?:[^,]*?:\s+|(?i:{source})\s+[^,]{{1,60}},\s*|{fronted})?"
                       rf"(?P<noun>[^,:;«»\"“”—]{{2,{longest}}}),\s+"
                       rf"(?:(?:{'|'.join(relative) or '(?!)'})\s|{_OBLIQUE_RELATIVE.get(lang, '(?!)')}|"
                       r"(?P<apposition>(?:un|una|une|an?)\s[^,]{2,140}|[^,]{2,90}|"
                       r"\d+,\d+[^,]{1,40}|[^,\d]{1,40}\d{1,3},\d{3}(?!\d)[^,]{1,40}|"
                       r"[^,\d]{1,40}\d+,\d{1,2}(?!\d)[^,]{1,40}),\s*"
                       r"(?=[a-zа-яёіїєґçğışüö]))",
                       sentence)  # "Nantes, dix-septième,"
    if not opening and lang in ("ru", "uk"):  # "Рекордный урожай — почти 90 млн тонн — | был собран": an
        # apposition set off by dashes
        opening = re.match(rf"(?P<noun>[^,:;«»\"“”—–]{{2,{longest}}}?)\s+[—–-]\s+"
                           r"(?P<apposition>[^—–:;]{2,60}?)\s+[—–-]\s+(?=[а-яёіїєґ])", sentence)
        from generator.importer.morphology import never_nominative

        if opening and never_nominative(opening["noun"].split()[0], lang):
            opening = None  # an object put first ("Наступну гонку — спринт — жінки проведуть") is no subject
    # (an apposition opened by an indefinite article may be long, a relative clause inside it: "El puente, una
    # obra que …, | fue inaugurado"; and it may hold a figure with a comma: "Рекордный объем, 37,9 млн тонн, |
    # был зафиксирован", "The record, an 800,000-year core, | was drilled", "Les travaux, d'un montant de 14,6
    # millions d'euros, | devaient")
    whole = opening and (_noun_phrase(tidy(opening["noun"]), lang) or _long_noun_phrase(tidy(opening["noun"]), lang))
    if not whole and lang in _WHILE:  # "…, while the third, whose trial …, | is expected": a second subject
        # after a conjunction, its relative clause set off by commas
        opening = next((m for a, _ in clauses if a < clause[0]
                        and (m := re.compile(rf"\s*(?i:{_WHILE[lang]})\s+(?={_ARTICLE_FIRST[lang]}){body}").match(
                            sentence, a)) and not m["apposition"]), opening)
    return opening


def _opening_noun(opening: re.Match[str] | None, lang: str, source: str) -> str | None:
    """The opening's noun phrase as a subject: a name or a short noun phrase, capitalised; None if it is none."""
    noun = tidy(opening["noun"]) if opening else ""
    noun = noun[:1].upper() + noun[1:]  # "According to Ofwat, the company": the sentence's subject, capitalised
    name = re.search(r"(?:^|\s)((?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+\s+){1,2}[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+)$", noun)
    head = re.match(rf"(?P<head>.+?)\s+(?:{_DE_ATTRIBUTE_PREPOSITIONS})\s", noun) if lang == "de" else None
    if opening and not _noun_phrase(noun, lang) and name and _noun_phrase(name.group(1), lang):
        noun = name.group(1)  # "Le ministre de l'Intérieur Laurent Nuñez, qui …" → "Laurent Nuñez"
    elif opening and not _noun_phrase(noun, lang) and head and _noun_phrase(head["head"], lang) \
            and len(head["head"].split()) > 1 and head["head"].split()[-1][:1].isupper():
        noun = head["head"]  # "Eine neue Brücke über den Fluss bei Kelheim, | finanziert …" → "Eine neue Brücke"
    elif not opening or not (_noun_phrase(noun, lang) or _long_noun_phrase(noun, lang)
                             or (not opening["apposition"] and _noun_and_complement(noun, lang))):
        return None  # a name or a short noun phrase only: "The European Commission condemned the attack" is a clause
        # (a noun and its complements before a relative pronoun only: what stands before an apposition may be a
        # clause of its own, "Le principal accusé, un homme …, conteste")
    if re.match(rf"(?i:{source})\s", noun):
        return None  # "Según la Agencia Catalana del Agua (ACA), …": where a statement comes from is no subject
    if lang in ("ru", "uk") and noun.split()[0].lower() in _PREPOSITIONS[lang]:
        return None  # "У січні, | як повідомляв Укрстат, | ціни зросли": a phrase of time is no subject
    return noun


def _verb_after_relative(sentence: str, clauses: list[tuple[int, int]], clause: tuple[int, int], lang: str,
                         opening: re.Match[str], relative: set[str]) -> bool:
    """Whether ``clause`` follows the opening's relative clause with no other verb between them."""
    ends = [b for a, b in clauses if a < clause[0]]
    relative_end = next((b for a, b in clauses if a <= opening.end() < b), None)
    if relative_end is None or not ends or ends[-1] != clause[0]:
        return False
    between = sentence[relative_end:clause[0]]  # the relative clause may take more than one of ours
    after = opening.end() if opening["apposition"] and not re.match(
        rf"\s*(?:{'|'.join(relative) or '(?!)'})\s", sentence[opening.end():]) else relative_end  # past the relative
    # clause's own verb ("El presidente canario, Rosendo Afonso, | que se reunió …, | reclamó")
    subordinate = after == relative_end and all(
        re.match(rf"\s*(?:{_SUBORDINATING.get(lang, '(?!)')})(?:\s|(?<=['’]))", sentence[a:b], re.IGNORECASE)
        for a, b in clauses if relative_end <= a < clause[0])  # "Ames, who apologized | before the verdict was
    # read, | did not speak": the relative clause goes on in a clause of its own
    if lang in _VERB_WORD and _has_verb(sentence[after:clause[0]], lang) and not subordinate:
        return False  # "…, Gabriel Boric, decretó … por la muerte de Piñera, | fallecido": another verb came between
    return not between.strip() or all(sentence[a:a + 1].islower() or sentence[a:a + 1] == " " for a, b in clauses
                                      if relative_end <= a < clause[0])


# French verbs whose past is made with "être" (of motion and state): their participles. "arrivé à la tête du
# groupe" → "est arrivé à la tête du groupe"; "survenue dimanche" → "est survenue".
_FR_WITH_ETRE = (r"(?:arriv|rest|tomb|entr|rentr|retourn|mont|décéd|all)(?:é|ée|és|ées)|(?:part|sort)(?:i|ie|is|ies)|"
                 r"(?:[a-z]*venu|né|mort|descendu)(?:e|s|es)?")
_FR_ETRE = re.compile(_FR_WITH_ETRE, re.IGNORECASE)


def _slavic_joined_subject(sentence: str, clauses: list[tuple[int, int]], clause: tuple[int, int], lang: str) -> str:
    """The noun phrase after "а", "и", "но" ("і", "та", "але") that a Russian or Ukrainian relative clause right
    before ``clause`` is on, the subject of its verb: "…, | а сессия горсовета, | на которой планировалось …, |
    перенесена" → "сессия горсовета"; else ""."""
    if lang not in ("ru", "uk"):
        return ""
    at = next((i for i, c in enumerate(clauses) if c[0] == clause[0]), None)
    if at is None or at < 2:
        return ""
    relative = sentence[clauses[at - 1][0]:clauses[at - 1][1]].lstrip()
    joined = re.fullmatch(r"\s*(?:а|и|но|і|й|та|але)\s+(?P<noun>[^,]+?),\s*",
                          sentence[clauses[at - 2][0]:clauses[at - 2][1]])
    if not joined or not (re.match(_OBLIQUE_RELATIVE[lang], relative)
                          or relative.split()[0].lower() in _RELATIVE[lang]):
        return ""
    from generator.importer.morphology import verb_at

    words = joined["noun"].split()
    return joined["noun"] if len(words) <= 6 and words[0].lower() not in _PREPOSITIONS[lang] \
        and verb_at(words, lang) == len(words) else ""


def _after_subject(text: str, lang: str) -> str:
    """A clause put in order for a subject before it: a German fronted place goes after the verb ("im ersten
    Wahlgang hatte noch … gelegen" → "hatte im ersten Wahlgang noch … gelegen"); a French participle gets its
    auxiliary ("arrivé à la tête du groupe" → "est arrivé …"); others as they are."""
    if lang == "fr":
        first = text.split(maxsplit=1)[0] if text else ""
        if re.fullmatch(rf"{_PARTICIPLE['fr']}|{_IRREGULAR_PARTICIPLE['fr']}", first):
            return f"{'est' if _FR_ETRE.fullmatch(first) else 'a été'} {text}"
        return text
    if lang != "de":
        return text
    from generator.importer.subjects import DE_PLACE

    place = DE_PLACE.match(text)
    rest = text[place.end():].split(maxsplit=1) if place else []
    if not place or not rest or not rest[0][:1].islower() or rest[0].lower() in _DE_DETERMINERS \
            or re.search(r"(?:^|\s)(?:\w+zu\w+[elr]?n|zu\s+\w+[elr]?n)$", text):
        return text  # "mit Vertretern | der Branche", "… zu beraten": no verb after the place
    return " ".join([rest[0], place.group(), *rest[1:]])


_DE_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}

_ES_SUBJECT_AFTER = re.compile(
    r"(?P<verb>(?:se\s+)?[a-záéíóúñ]+(?:ó|aron|ieron|yeron|rá|rán))\s+(?P<np>(?:el|la|los|las)\s+(?:(?!de\b|del\b)"
    r"[a-záéíóúñ]+\s+){1,2}[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*)*)")


def _subject_after_verb(text: str) -> str:
    """A Spanish clause of a verb and a named subject after it ("asumió el presidente Javier Milei") in subject,
    verb order; "" when it is not one ("asumió el cargo" has an object)."""
    match = _ES_SUBJECT_AFTER.fullmatch(text)
    return f"{match['np']} {match['verb']}" if match else ""


def _sentence_subject(sentence: str, mentions: list[Mention], lang: str) -> str:
    """The noun phrase a sentence opens with, up to its first verb ("Usagi-1 launched …" → "Usagi-1"), when it is
    a name or a short noun phrase; else ""."""
    text = tidy(remove_dates(sentence, 0, mentions, lang))
    text = re.sub(rf"^(?:{_SOURCE_OPENER.get(lang, '(?!)')})\s+[^,]{{1,60}},\s*", "", text, flags=re.IGNORECASE)
    if (plain := _without_opening_adverbial(text, lang)) != text:  # "Sin embargo, el equipo ha sumado …"
        text = plain[:1].upper() + plain[1:]
    text = re.sub(r"^([^,]{2,60}),\s+[^,]{2,60},\s*", r"\1 ", text)  # "The spacecraft, named Usagi-1, was …"
    if lang in ("ru", "uk"):  # "В Липецкой области, где заморозки повредили посевы …, введен режим": a relative
        # clause of place of any length goes
        text = re.sub(r"^([^,]{2,60}),\s+(?:где|куда|де|куди)\s[^,]{2,200},\s*", r"\1 ", text)
    words = text.split(",")[0].split()
    for i in range(1, min(len(words), 7)):
        if lang == "en" and words[i - 1].lower() in ("a", "an", "the", "its", "their", "his", "her", "this"):
            continue  # "A spent rocket stage", "the damaged ship": a participle after a determiner is an adjective
        if lang == "en" and i > 1 and words[i] in ("that", "which", "who"):
            words = words[:i]  # "A spent rocket stage | that had circled the planet … fell": the subject ends at
            break  # its relative clause
        if _verb_first(words[i], lang):
            if i > 2 and words[i - 1].lower() in ("ayant", "étant"):  # "Les clients | ayant réservé …, | seront":
                i -= 1  # a participle of "avoir" or "être" opens a phrase on the subject, not its verb
            subject = " ".join(words[:i])
            if lang == "es":  # "El equipo solo ha sumado": an adverb before the verb is no part of its subject
                subject = re.sub(r"(?:\s+(?:solo|sólo|ya|también|aún|todavía|no|\w+mente))+$", "", subject)
            return subject if _noun_phrase(subject, lang) or (lang == "en" and len(words[:i]) <= 4) else ""
    else:
        return ""
    subject = " ".join(words)
    return subject if _noun_phrase(subject, lang) or len(words) <= 4 else ""


_SUBJECT_PRONOUN = {"fr": r"(?:qu['’])?(?:il|elle|ils|elles)", "es": r"(?:él|ella|ellos|ellas)",
                    "en": r"(?:he|she|it|they)"}


def _they_of_the_clause_before(text: str, sentence: str, before: tuple[int, int], mentions: list[Mention],
                               tense: int) -> str:
    """A clause whose subject is "they" after a clause with a plural subject has that subject ("Health ministers
    will discuss a plan | when they meet" → "Health ministers meet"), its bare present a future when its date is
    ("Health ministers will meet")."""
    they = re.match(r"they\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", text)
    if not they:
        return text
    owner = _clause_subject(sentence, before, mentions, "en")
    if not owner or not re.search(r"(?:[^s]s| and .+)$", owner) or re.match(r"[A-Z]\S*s$", owner):
        return text
    verb = they["verb"]
    if tense > 0 and not re.fullmatch(rf"[a-z]+(?:ed|s)|{_EN_VERB_FIRST}|{PAST_PATTERN}", verb):
        verb = f"will {verb}"  # "when they meet on March 17": the meeting is to come
    return f"{owner} {verb}{they['rest']}"


def _reporter_pronoun(text: str, sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                      language: str) -> str:
    """A clause reported by the clause before it, its subject a pronoun, has the reporter as its subject: "EDF a
    annoncé jeudi | qu'il repoussait le redémarrage" → "EDF repoussait le redémarrage"."""
    lang = _lang(language)
    pronoun = re.match(rf"{_SUBJECT_PRONOUN.get(lang, '(?!)')}\s+(?=\S)", text, re.IGNORECASE)
    if not pronoun or at == 0:
        return text
    a, b = clauses[at - 1]
    reporter = frame(tidy(remove_dates(sentence[a:b], a, mentions, language)), language)
    if reporter is None or not _noun_phrase(reporter.who, lang) or not reporter.who[:1].isupper():
        return text
    return f"{reporter.who} {text[pronoun.end():]}"
