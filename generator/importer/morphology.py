"""Russian and Ukrainian word forms, read with pymorphy3 and its dictionaries (installed from PyPI)."""

from __future__ import annotations

import functools
import re
from typing import Any

_CURRENT: dict[str, Any] = {}


def _analyzer(language: str):  # type: ignore[no-untyped-def]
    """pymorphy3's analyzer of ``language``. Its tag class is shared by every language and knows only the
    grammemes of the dictionary loaded last (``inflect`` refuses Russian "indc" once the Ukrainian dictionary
    is loaded), so a switch of language makes that language's analyzer again, which loads its grammemes
    (about 40 ms; an import reads one language)."""
    if _CURRENT.get("language") != language:
        import pymorphy3

        _CURRENT.update(language=language, analyzer=pymorphy3.MorphAnalyzer(lang=language))
    return _CURRENT["analyzer"]


def proper(word: str, language: str, following: str = "") -> bool:
    """Whether ``word``, opening a sentence, keeps its capital inside one: a proper name (a place, a person, an
    organisation), or a noun that is the subject of the verb ``following`` it ("Україна повернула"); "Уровень
    воды", "Попередня атака" lose it."""
    analyzer = _analyzer(language)
    parses = analyzer.parse(word)
    if not parses:
        return True
    tag = parses[0].tag
    if tag.grammemes & {"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"}:
        return True
    if tag.POS != "NOUN":
        return False
    after = analyzer.parse(following)[0].tag if following else None
    return bool(after and after.POS == "VERB")


def nominative_tail(text: str, language: str) -> str:
    """The noun phrase that ends ``text`` in the nominative: "… итоги президентских выборов" → "президентские
    выборы" (the last noun and the adjectives agreeing with it); "" when ``text`` does not end on a noun."""
    words = text.split()
    if not words:
        return ""
    analyzer = _analyzer(language)
    noun = next((p for p in analyzer.parse(words[-1].strip(",.")) if p.tag.POS == "NOUN"), None)
    if noun is None:
        return ""
    case, number = noun.tag.case, noun.tag.number
    phrase = [noun]
    for word in reversed(words[:-1]):
        adjective = next((p for p in analyzer.parse(word) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case
                          and (p.tag.number == number or number is None)), None)
        if adjective is None:
            break
        phrase.insert(0, adjective)
    wanted = {"nomn", number} if number else {"nomn"}
    gender = noun.tag.gender if number == "sing" else None  # "Камчатского края" → "Камчатский край"
    forms = [(p.inflect(wanted | ({gender} if gender and p is not noun else set())) or p.inflect(wanted) or p).word
             for p in phrase]
    return " ".join(forms)


def verb_at(words: list[str], language: str) -> int:
    """The index of the first verb among ``words`` (``len(words)`` when there is none); a short passive participle
    is the verb of its clause ("госпитализированы 412 человек")."""
    analyzer = _analyzer(language)
    return next((i for i, w in enumerate(words) if analyzer.parse(w.strip(",."))[0].tag.POS in ("VERB", "PRTS")),
                len(words))


def only_nominal(words: list[str], language: str) -> bool:
    """Whether ``words`` read as a noun phrase alone: nouns, adjectives, numerals, prepositions and names, no verb,
    short participle or adverb ("атомный ледокол Якутия", not "заседание предварительно назначено")."""
    analyzer = _analyzer(language)
    return all(analyzer.parse(w.strip(",.\"«»"))[0].tag.POS in (None, "NOUN", "ADJF", "NUMR", "PREP", "CONJ", "PRTF")
               for w in words)


def phrase_before_verb(words: list[str], prepositions: set[str], language: str) -> tuple[int, int] | None:
    """(start, end) of the last prepositional phrase between a clause's subject and its verb, or None."""
    verb = verb_at(words, language)
    starts = [i for i in range(1, verb) if words[i].lower() in prepositions]
    return (starts[-1], verb) if starts else None


def adjectives_before_verb(words: list[str], language: str) -> tuple[int, int] | None:
    """(start, end) of the longest run of lowercase adjectives before a noun between a clause's first word and its
    verb ("Сотрудники | государственного природного биосферного | заповедника … завершили"): what a cut headline
    drops before it loses its verb; None when there is none."""
    verb = verb_at(words, language)
    analyzer = _analyzer(language)

    def pos(word: str) -> str | None:
        return analyzer.parse(word.strip(",.\"«»"))[0].tag.POS

    runs: list[tuple[int, int]] = []
    i = 1
    while i < verb:
        j = i
        while j < verb and words[j][:1].islower() and pos(words[j]) == "ADJF":
            j += 1
        if j > i and j < verb and pos(words[j]) == "NOUN":
            runs.append((i, j))
        i = j + 1 if j > i else i + 1
    return max(runs, key=lambda run: run[1] - run[0]) if runs else None


def without_an_adjective(words: list[str], start: int, language: str) -> list[str]:
    """``words`` without the last adjective from ``start`` on that stands before a noun ("атакувала енергетичну
    інфраструктуру" → "атакувала інфраструктуру"); as they are when there is none."""
    analyzer = _analyzer(language)
    for i in range(len(words) - 2, start - 1, -1):
        if analyzer.parse(words[i].strip(",."))[0].tag.POS == "ADJF" \
                and analyzer.parse(words[i + 1].strip(",."))[0].tag.POS == "NOUN":
            return words[:i] + words[i + 1:]
    return words


def is_adjective(word: str, language: str) -> bool:
    """Whether ``word`` reads first as a full adjective or participle ("бюджетное", "енергетичну")."""
    return _analyzer(language).parse(word)[0].tag.POS in ("ADJF", "PRTF")


def person_at_end(text: str, language: str) -> str:
    """The first and last name that end ``text`` ("… конструктор ВНИИЭМ Андрей Петров" → "Андрей Петров"), or ""."""
    words = text.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words[-2:]):
        return ""
    analyzer = _analyzer(language)
    first = {g for p in analyzer.parse(words[-2])[:3] for g in p.tag.grammemes}
    if "Name" in first:
        return " ".join(words[-2:])
    # a first name that is a common noun too ("Роман", "Максим") is a name before a surname
    any_first = {g for p in analyzer.parse(words[-2]) for g in p.tag.grammemes}
    last = {g for p in analyzer.parse(words[-1]) for g in p.tag.grammemes}
    return " ".join(words[-2:]) if "Name" in any_first and "Surn" in last else ""


def name_nominative(name: str, language: str) -> str:
    """A new name in the nominative: a person's (``person_nominative``), or a thing's whose first word has no
    nominative reading ("Силы Сибири" → "Сила Сибири", "Європейського Союзу" → "Європейський Союз")."""
    person = person_nominative(name, language)
    if person != name:
        return person
    words = name.split()
    analyzer = _analyzer(language)
    parses = analyzer.parse(words[0])
    if not parses or any(p.tag.case == "nomn" for p in parses) \
            or any(p.tag.grammemes & {"Name", "Surn"} for p in parses[:1]):
        return name
    if len(words) == 2 and parses[0].tag.POS == "ADJF":
        tail = nominative_tail(name, language).split()  # "Європейського Союзу"
        if len(tail) != 2:
            return name
        return " ".join(new[:1].upper() + new[1:] if old[:1].isupper() else new for new, old in zip(tail, words,
                                                                                                  strict=True))
    form = parses[0].inflect({"nomn"}) if parses[0].tag.POS == "NOUN" else None
    return " ".join([form.word.capitalize(), *words[1:]]) if form else name


def person_nominative(name: str, language: str) -> str:
    """A person's name in the nominative, without what stands before it: "ЦИК Элла Памфилова" → "Элла Памфилова",
    "Игоря Латышева" → "Игорь Латышев", "Мартою Кос" → "Марта Кос"; other names as they are."""
    words = name.split()
    analyzer = _analyzer(language)
    first = next((i for i, w in enumerate(words) if any("Name" in p.tag.grammemes for p in analyzer.parse(w)[:2])),
                 None)
    if first is None or first != len(words) - 2:
        return name
    given, family = words[first:]
    surnames = [p for p in analyzer.parse(family) if "Surn" in p.tag.grammemes]
    names = [p for p in analyzer.parse(given) if "Name" in p.tag.grammemes]
    name_nominative = any(p.tag.case == "nomn" for p in names)
    if not names or (name_nominative and (not surnames or any(p.tag.case == "nomn" for p in surnames))):
        return f"{given} {family}"  # already the nominative: "Элла Памфилова", "Тарас Качка"
    lead = surnames[0] if name_nominative else names[0]  # which word says the case: "Игоря", else "Перцовського"
    case, gender = lead.tag.case, lead.tag.gender
    name = next((p for p in names if p.tag.case == case and p.tag.gender == gender), None)
    surname = next((p for p in surnames if p.tag.case == case and p.tag.gender == gender), None)
    forms = [name.inflect({"nomn"}) if name else None, surname.inflect({"nomn"}) if surname else None]
    pairs = zip(forms, (given, family), strict=True)
    return " ".join((form.word.capitalize() if form else word) for form, word in pairs)


@functools.lru_cache(maxsize=8192)
def tense(word: str, language: str) -> str:
    """"future" for a Russian or Ukrainian future form (its likeliest reading: "обговорять", "обсудят"), "past"
    for a word that may be a past form, "noun" for one read as a noun and never as a past form ("справ",
    "років"), else ""."""
    parses = _analyzer(language).parse(word)
    if not parses:
        return ""
    if any("past" in parse.tag.grammemes for parse in parses):
        return "past"
    if "futr" in parses[0].tag and parses[0].tag.POS == "VERB":
        return "future"
    if language == "uk" and "infn" in parses[0].tag and not re.search(r"(?:ти|тися|тись)$", word) and any(
            "futr" in parse.tag.grammemes and parse.tag.POS == "VERB" for parse in parses):
        return "future"  # "завершиться", "оголосить": a short infinitive in form, in copy the perfective future
    return "noun" if parses[0].tag.POS == "NOUN" else ""


def likely_noun(word: str, language: str) -> bool:
    """Whether a Russian or Ukrainian word's likeliest reading is a noun ("видів", kinds, though also "saw")."""
    parses = _analyzer(language).parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN"


def genitive_only(word: str, language: str) -> bool:
    """Whether ``word`` reads as a noun or adjective in the genitive and never in the nominative: the complement
    of "накануне выборов" (the eve of the vote), not the subject of "накануне суд арестовал" (the day before)."""
    parses = [p for p in _analyzer(language).parse(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO")]
    return any(p.tag.case == "gent" for p in parses) and not any(p.tag.case == "nomn" for p in parses)


def never_nominative(word: str, language: str) -> bool:
    """Whether ``word`` reads as a noun or adjective but never in the nominative: the object "Наступну гонку" a
    sentence may open with, not a subject."""
    parses = [p for p in _analyzer(language).parse(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO")]
    return bool(parses) and not any(p.tag.case == "nomn" for p in parses)


def genitive_before_verb(words: list[str], language: str) -> tuple[int, int] | None:
    """(start, end) of the genitive words between a clause's first noun and its verb ("ученые
    Северо-Восточного федерального университета обнаружили" → "Северо-Восточного федерального университета"), or
    None: what a cut headline drops before its verb."""
    verb = verb_at(words, language)
    if verb >= len(words) or verb < 3 or not words[1][:1].isupper():
        return None  # a named institution's genitive ("Уральского университета"), not "соціальної політики"
    analyzer = _analyzer(language)
    genitive = [any(p.tag.case == "gent" for p in analyzer.parse(w.strip(",."))) for w in words[1:verb]]
    return (1, verb) if all(genitive) else None


def inner_genitives_before_verb(words: list[str], language: str) -> tuple[int, int] | None:
    """(start, end) of the genitives that depend on a genitive, between a clause's subject and its verb
    ("строительство нового терминала | международного аэропорта Благовещенска | началось"): the subject keeps its
    own genitive noun, what a cut headline drops is what that noun's genitive in turn has; None if the words
    between the subject and the verb are not all genitives or are one noun's."""
    verb = verb_at(words, language)
    if verb >= len(words):
        return None
    analyzer = _analyzer(language)

    def parses(word: str) -> list[Any]:
        return analyzer.parse(word.strip(",."))[:3]

    noun = next((i for i, w in enumerate(words[:verb]) if any(p.tag.POS == "NOUN" and p.tag.case == "nomn"
                                                                for p in parses(w))), None)
    if noun is None or noun + 2 >= verb or not all(any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF")
                                                       for p in parses(w)) for w in words[noun + 1:verb]):
        return None
    if not all(any(p.tag.POS in ("ADJF", "NOUN") and p.tag.case == "nomn" for p in parses(w)) for w in words[:noun]):
        return None  # only the subject's adjectives before it
    def genitive(i: int, pos: str) -> bool:
        return any(pos == p.tag.POS and p.tag.case == "gent" for p in parses(words[i]))

    # the first genitive noun, not an adjective before one ("главного | корпуса", "нового | пассажирского")
    first = next((i for i in range(noun + 1, verb) if genitive(i, "NOUN")
                  and not (genitive(i, "ADJF") and i + 1 < verb and (genitive(i + 1, "NOUN")
                                                                      or genitive(i + 1, "ADJF")))), None)
    return (first + 1, verb) if first is not None and first + 1 < verb else None


def proper_kind(words: list[str], language: str) -> str:
    """What pymorphy3's dictionary knows a name to be: an organisation ("Минздрав"), a place ("Москва"), a person
    (a first name before the rest: "Светлана Акулова", "Андрій Коваль"); "" when it does not know."""
    analyzer = _analyzer(language)
    tags = [analyzer.parse(word)[0].tag.grammemes for word in words]
    if any("Orgn" in tag for tag in tags):
        return "organization"
    if len(words) >= 2 and "Name" in tags[0] and not any("Geox" in tag for tag in tags[1:]):
        return "person"
    if any("Surn" in tag for tag in tags) and not any("Geox" in tag for tag in tags):
        return "person"
    if "Geox" in tags[-1]:
        return "place"
    return ""


def lemmas(word: str, language: str) -> set[str]:
    """Every dictionary form pymorphy3 reads ``word`` as ("України" → "україна", …)."""
    return {parse.normal_form for parse in _analyzer(language).parse(word)}


def agree_with(verb: str, subject: str, language: str, gender: str = "") -> str:
    """``verb``, a first person's finite verb ("направляли", "оголосимо"), agreeing with ``subject`` in the third
    person singular ("Иван Петров направлял", "Місто оголосить"): a past in ``gender`` if given, else in the
    subject's, read from its first word (a given name's or a noun's; else masculine); "" when ``verb`` reads as no
    such verb."""
    analyzer = _analyzer(language)
    parse = next((p for p in analyzer.parse(verb)[:2] if p.tag.POS == "VERB"
                  and ("past" in p.tag or "1per" in p.tag)), None)
    if parse is None:
        return ""
    if "past" in parse.tag:
        first = analyzer.parse(subject.split()[0])[0].tag if subject.split() and not gender else None
        gender = gender or (first.gender if first is not None and first.gender in ("masc", "femn", "neut") else
                            "masc")
        form = parse.inflect({gender, "sing"}) or parse.inflect({gender})
    else:
        form = parse.inflect({"3per", "sing"})
    return form.word if form else ""


def is_adverbial(words: list[str], language: str) -> bool:
    """Whether ``words`` read only as adverbs, particles, prepositions and what they govern ("Ще взимку", "Уже",
    "В марте"): no subject and no object of their own."""
    analyzer = _analyzer(language)
    bare = [w.strip(",").lower() for w in words]
    if bare and analyzer.parse(bare[0])[0].tag.POS == "PREP":
        return True
    adverbial = ("ADVB", "PRCL", "CONJ", "PRED")
    return all(word in _PARTICLES or any(p.tag.POS in adverbial for p in analyzer.parse(word)[:3]) for word in bare)


# Particles the Ukrainian dictionary does not know.
_PARTICLES = {"ще", "вже", "теж", "також", "тільки", "навіть"}


def past_gender(word: str, language: str) -> str:
    """The gender a singular past shows ("зазначила" → "femn", "сказал" → "masc"), or ""."""
    parse = next((p for p in _analyzer(language).parse(word)[:2] if p.tag.POS == "VERB" and "past" in p.tag), None)
    return parse.tag.gender or "" if parse is not None and parse.tag.gender in ("masc", "femn") else ""


def predicative(word: str, language: str) -> bool:
    """Whether a Russian or Ukrainian word may be a clause's predicate without a finite verb: a short adjective or
    participle ("должна", "перенесен"), or a participle, which after its noun may be one too ("заплановане", which
    the Ukrainian dictionary tags a passive adjective)."""
    return any(p.tag.POS in ("ADJS", "PRTS", "PRTF") or "pssv" in p.tag
               for p in _analyzer(language).parse(word.strip(",.«»"))[:2])
