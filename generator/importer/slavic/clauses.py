"""Russian and Ukrainian clauses in subject-verb order. A participle clause dated on its own tells what happened
to the noun it agrees with ("землетрясения магнитудой 8,8, | произошедшего 30 июля" → "Землетрясение магнитудой 8,8
произошло"; "погрузка судов, | приостановленная во вторник" → "Погрузка судов была приостановлена",
``participle_title``). A phrase fronted before the subject goes ("На аукционе оно разместило" → "Оно разместило"); a
subject after its verb comes first, the fronted phrase after the verb ("В порту возобновилась погрузка судов" →
"Погрузка судов возобновилась в порту", ``subject_first``)."""

from __future__ import annotations

import re
from typing import Any

from generator.importer.slavic.forms import _PREPOSITIONS, _agrees, _dependents, _first, _nominative, _parses

_PAST_BE = {"ru": {"masc": "был", "femn": "была", "neut": "было", "plur": "были"},
            "uk": {"masc": "був", "femn": "була", "neut": "було", "plur": "були"}}


def _noun_end(words: list[str], head: int, lang: str) -> int:
    """The end of the noun phrase of ``words[head]``: its genitives, then a place after it with no verb."""
    end = _dependents(words, head + 1, lang)
    if end < len(words) and words[end].lower() in _PREPOSITIONS and not any(
            p.tag.POS == "VERB" for w in words[end:] for p in _parses(w, lang)[:1]):
        return len(words)  # "Пожар на складе, | начавшийся в субботу": the noun with its place
    return end


def _before_name(words: list[str]) -> int:
    """Where a name in apposition after a common noun starts ("ледокол | Арктика", "судно | Северная Звезда"), or
    the end of ``words`` when they end on no such name."""
    at = len(words)
    while at > 1 and len(words) - at < 2 and words[at - 1][:1].isupper():
        at -= 1
    return at if at < len(words) and words[at - 1][:1].islower() else len(words)


def _agreeing_noun(before: list[str], participles: list[Any], lang: str) -> tuple[Any, int, Any] | None:
    """(reading, index, noun) of the nearest noun agreeing with a participle's reading that ends ``before``."""
    for last in dict.fromkeys((len(before), _before_name(before))):
        for reading in participles:
            for i in range(last - 1, max(last - 7, -1), -1):
                noun = next((p for p in _parses(before[i], lang) if p.tag.POS == "NOUN"
                             and _agrees(p, reading.tag.case, reading.tag.number, reading.tag.gender)), None)
                end = _noun_end(before, i, lang) if noun else -1
                if end == last:  # the noun (with its genitives or its place, and its name) ends the clause before
                    return (reading, i, noun)
    return None


def participle_title(previous: str, clause: str, tense: int, lang: str) -> str:
    """A clause that opens with a full participle, as what happened to the noun before it that agrees with it:
    the noun (with its adjectives and the genitives after it) in the nominative, the participle as a finite
    verb in the tense of its date, then the rest of the clause; "" when no noun of the clause before agrees."""
    words = clause.split()
    if not words or not words[0][:1].islower():
        return ""
    before = previous.split()
    participles = [p for p in _parses(words[0], lang) if p.tag.POS == "PRTF" or (  # Ukrainian: "розроблений"
        lang == "uk" and p.tag.POS == "ADJF" and p.tag.grammemes & {"pssv", "actv"})]
    # the nearest noun agreeing with the participle's likeliest reading ("опубликованном": masc, neut)
    found = _agreeing_noun(before, participles, lang)
    if found is None:
        return ""  # no noun ends the clause before: "…, о котором | сообщалось" is no attribute
    participle, head, noun = found
    case, number, gender = participle.tag.case, participle.tag.number, participle.tag.gender
    start = head
    while start > 0 and any(p.tag.POS == "ADJF" and _agrees(p, case, number, gender)
                            for p in _parses(before[start - 1], lang)):
        start -= 1
    end = len(before)
    phrase = _nominative(before[start:head + 1], head - start, lang, noun) + before[head + 1:end]
    kind = "plur" if noun.tag.number == "plur" else str(noun.tag.gender or "masc")
    if lang == "uk" and participle.tag.POS == "ADJF":  # "план, | розроблений у лютому" → "план був розроблений"
        form = participle.inflect({"nomn"} | ({"plur"} if kind == "plur" else {kind}))  # (no "sing" in its tags)
        if form is None:
            return ""
        verb = f"{_PAST_BE[lang][kind] if tense < 0 else ''} {form.word}".strip()
    elif "pssv" in participle.tag.grammemes:
        short = participle.inflect({"PRTS", noun.tag.number or "sing"} | ({noun.tag.gender} if kind != "plur" and
                                                                             noun.tag.gender else set()))
        if short is None:
            return ""
        be = _PAST_BE[lang][kind] if tense < 0 else ""  # "запланированное на 15 мая": is planned (a state) for then
        verb = f"{be} {short.word}".strip()
    else:
        form = participle.inflect({"VERB", "past", "indc"} | ({"plur"} if kind == "plur" else {"sing", kind}))
        if form is None:
            return ""
        verb = form.word
    return " ".join([*phrase, verb, *words[1:]]).strip(" ,")


def _particle(word: str, lang: str) -> bool:
    """Whether ``word`` is a particle ("ещё", "лише"), or a short word the dictionary does not know ("ще")."""
    parses = _parses(word, lang)[:2]
    if not word.islower() or not parses:
        return False
    known = [str(p.tag.POS) for p in parses if str(p.tag) != "UNKN"]
    if not known:
        return len(word) <= 3
    return known[0] == "PRCL" or known[:2] == ["ADVB", "PRCL"]


def _nominative_subject(words: list[str], at: int, verb: Any, lang: str) -> tuple[int, int] | None:
    """(start, end) of the nominative noun phrase at ``words[at]`` that agrees with ``verb``, or None."""
    start = at
    numeral = False
    while at + 1 < len(words) and _particle(words[at], lang):
        at += 1  # "ще дві групи", "ещё три человека": a particle before the subject is the subject's
    while at < len(words) and any(p.tag.POS in ("ADJF", "NUMR") and (p.tag.case == "nomn" or (numeral and
                                                                      p.tag.case == "gent"))
                                  for p in _parses(words[at], lang)[:2]) \
            and not (at + 1 == len(words) and any(p.tag.POS == "NOUN" for p in _parses(words[at], lang)[:3])):
        numeral = numeral or any(p.tag.POS == "NUMR" for p in _parses(words[at], lang)[:2])  # "три уголовных дела"
        at += 1
    if at >= len(words):
        return None
    noun = next((p for p in _parses(words[at], lang)[:3] if p.tag.POS in ("NOUN", "NPRO")
                 and (p.tag.case == "nomn" or (numeral and p.tag.case == "gent"))), None)
    if noun is None or not _verb_agrees(verb, noun, numeral):
        return None
    return (start, _dependents(words, at + 1, lang))


def _verb_agrees(verb: Any, noun: Any, numeral: bool) -> bool:
    number = "plur" if numeral else noun.tag.number
    if verb.tag.number and number and verb.tag.number != number:
        return False
    if verb.tag.tense == "past" and number == "sing" and verb.tag.gender and noun.tag.gender:
        return verb.tag.gender == noun.tag.gender
    return verb.tag.person in (None, "3per")


def _first_verb(words: list[str], lang: str) -> int | None:
    """The index of the first word whose likeliest reading is a finite verb, or None."""
    return next((i for i, w in enumerate(words) if _first(w, lang).tag.POS == "VERB"), None)


def opens_with_subject(text: str, lang: str) -> bool:
    """Whether a Russian or Ukrainian clause opens with a noun phrase in the nominative that agrees with its verb
    after it: "техніка вийматиме донні відклади" has its own subject; "водойму звільнять" has none."""
    words = text.split()
    verb_at = _first_verb(words, lang)
    if not verb_at:
        return False
    subject = _nominative_subject(words, 0, _first(words[verb_at], lang), lang)
    return subject is not None and subject[1] <= verb_at


def object_it_lacks(opening: str, text: str, lang: str) -> bool:
    """Whether ``opening``, a noun phrase set before a relative clause, reads as the object that the transitive
    verb of ``text`` has not got: "Реконструкцию дороги, | которая …, | региональные власти планируют завершить"
    (not "Перевізник" before "словацька сторона погодила розклад руху", which has its object)."""
    head = next((w for w in opening.split() if any(p.tag.POS == "NOUN" for p in _parses(w, lang)[:3])), None)
    if head is None or not any(p.tag.POS == "NOUN" and p.tag.case == "accs" for p in _parses(head, lang)) \
            or any({"Name", "Surn", "Patr"} & _first(w, lang).tag.grammemes for w in opening.split()):
        return False  # "Програма", "речника ДПСУ Івана Ковальчука": a subject or a source, not an object
    words = text.split()
    verb_at = _first_verb(words, lang)
    if verb_at is None:
        return False
    end = verb_at + 1
    while end < len(words) and {"INFN", "infn"} & {(tag := _first(words[end], lang).tag).POS, *tag.grammemes}:
        end += 1  # "планируют завершить": the infinitive takes the object
    subject = _nominative_subject(words, 0, _first(words[verb_at], lang), lang)
    if any(not (subject and i < subject[1]) and any(p.tag.POS == "NOUN" and p.tag.case == "accs"
                                                    for p in _parses(word, lang)[:3])
           for i, word in enumerate(words[:verb_at])):
        return False  # "рух вантажівок мостом обмежать": its object is before it
    verb = _first(words[end - 1], lang).tag
    if "intr" in verb.grammemes or (lang == "uk" and re.search(r"(?:ся|сь)$", words[end - 1])) \
            or (lang == "ru" and "tran" not in verb.grammemes):
        return False  # (the Ukrainian dictionary does not tell transitive verbs: a reflexive one is not)
    governed = False  # a noun after a preposition is the preposition's
    for word in words[end:]:
        tag = _first(word, lang).tag
        if tag.POS == "PREP":
            governed = True
        elif tag.POS in ("NOUN", "NPRO") and not governed and any(
                p.tag.case == "accs" for p in _parses(word, lang)[:3]):
            return False  # "погодила | розклад руху": it has one
        elif tag.POS not in ("ADJF", "PRTF", "NUMR", "NOUN", "NPRO"):
            governed = False
    return True


def subject_first(text: str, lang: str) -> str:
    """A headline that opens with a preposition or its verb, in subject-verb order (see the module's notes)."""
    words = text.split()
    if len(words) < 3:
        return text
    verb_at = _first_verb(words, lang)
    if verb_at is None or (verb_at > 0 and words[0].lower() not in _PREPOSITIONS):
        return text
    verb = _first(words[verb_at], lang)
    for at in range(1, verb_at):  # "На аукционе | оно разместило", "По его словам | огонь подошел"
        cases = {str(p.tag.case) for p in _parses(words[at], lang)[:2]}
        if "nomn" in cases and not cases & {"gent", "datv", "loct", "ablt"} \
                and _nominative_subject(words, at, verb, lang) \
                and words[at - 1].lower() not in _PREPOSITIONS:
            rest = words[at:]
            return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]])
    group = verb_at + 1
    while group < len(words) and any(p.tag.POS in ("PRTS", "INFN") or "Impe" in p.tag.grammemes
                                     for p in _parses(words[group], lang)[:1]):
        group += 1  # "были возбуждены", "було затримано"
    # "были возбуждены", "пошкоджено два судна" (an impersonal passive), "відбулося" (a reflexive): no object after
    after = _first(words[verb_at + 1], lang).tag if group > verb_at + 1 else None
    passive = (after is not None and (after.POS == "PRTS" or "Impe" in after.grammemes)) \
        or "Impe" in verb.tag.grammemes
    reflexive = re.search(r"(?:ся|сь)$", words[verb_at].lower()) is not None
    if not passive and not reflexive and "intr" not in verb.tag.grammemes:
        return text  # after a transitive verb a nominative reads as its object: "выбросил столб пепла"
    subject = _nominative_subject(words, group, verb, lang)
    if subject is None and passive and group < len(words) and _quantity(words[group], lang):
        # an impersonal passive and the quantity it counts: "было построено 110 млн метров жилья" → "110 млн
        # метров жилья было построено", "було затримано двох підозрюваних" → "Двох підозрюваних було затримано"
        subject = (group, max(_dependents(words, group + 1, lang), group + 1))
    if subject is None:
        return text
    fronted = words[:verb_at]
    if fronted:
        fronted[0] = fronted[0][:1].lower() + fronted[0][1:]
    head = words[subject[0]:subject[1]]
    verbs = words[verb_at:group]
    verbs[0] = verbs[0][:1].lower() + verbs[0][1:] if not _is_proper(verbs[0], lang) else verbs[0]
    head[0] = head[0][:1].upper() + head[0][1:]
    return " ".join([*head, *verbs, *fronted, *words[group:subject[0]], *words[subject[1]:]])


# A modal or verb of intention an infinitive depends on: "мають", "планують", "должны".
_MODALS = {"uk": {"мають", "має", "планують", "планує", "повинні", "повинен", "повинна", "мусять", "збираються",
                  "хочуть", "можуть", "може", "планували"},
           "ru": {"должны", "должен", "должна", "планируют", "планирует", "намерены", "собираются", "хотят", "могут",
                  "может", "планировали"}}


def infinitive_first(text: str, lang: str) -> str:
    """A headline that opens on the infinitive a later modal governs, in the order subject, modal, infinitive:
    "Розглянути її депутати мають на сесії" → "Депутати мають розглянути її на сесії"; without a subject, the
    object first: "Завершити будівництво мають" → "Будівництво мають завершити"; as it is otherwise."""
    words = text.split()
    tag = _first(words[0], lang).tag if len(words) >= 3 and lang in _MODALS else None
    if tag is None or not (tag.POS == "INFN" or "infn" in tag.grammemes):  # (the Ukrainian dictionary's "infn")
        return text
    at = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _MODALS[lang]), None)
    if at is None:
        return text
    infinitive, between, modal, after = words[0].lower(), words[1:at], words[at], words[at + 1:]
    subject = next((i for i, w in enumerate(between) if _only_nominative(w, lang)), None)
    if subject is not None:
        head = between[subject]
        told = [head[:1].upper() + head[1:], modal, infinitive, *between[:subject], *between[subject + 1:], *after]
    elif between:
        first = between[0] if _is_proper(between[0], lang) else between[0][:1].upper() + between[0][1:]
        told = [first, *between[1:], modal, infinitive, *after]
    else:
        return text
    return " ".join(told)


def _only_nominative(word: str, lang: str) -> bool:
    """Whether ``word`` reads first as a noun in the nominative that is no object: a person or people
    ("депутати"), or a thing whose accusative differs ("Музей", not "будівництво")."""
    parses = _parses(word, lang)[:3]
    if not parses or parses[0].tag.POS != "NOUN" or parses[0].tag.case != "nomn":
        return False
    return "anim" in parses[0].tag.grammemes or not any(p.tag.case == "accs" for p in parses)


def _quantity(word: str, lang: str) -> bool:
    """Whether ``word`` opens a quantity: a figure or a numeral in any case ("110", "двох", "пять")."""
    return bool(re.fullmatch(r"[\d.,]+", word)) or any(p.tag.POS == "NUMR" for p in _parses(word, lang)[:2])


def _is_proper(word: str, lang: str) -> bool:
    return bool(_first(word, lang).tag.grammemes & {"Name", "Surn", "Geox", "Orgn", "Abbr"})


_IMPERSONAL_FRAME = re.compile(r"(?:(?:как|як)\s+)?[А-ЯЁІЇЄҐа-яёіїєґ'’]{3,}(?:(?:ет|ит|єть|еть|ить)ся|[ао]но),\s+"
                               r"(?:что|що)\s+(?=\S+\s+\S)", re.IGNORECASE)


def without_impersonal_frame(text: str) -> str:
    """A Russian or Ukrainian title without the impersonal verb that frames it: "Ожидается, что президент
    посетит Россию" → "президент посетит Россию"; "Очікується, що уряд ухвалить" and "Известно, что …" too:
    such a frame names no one who says or expects it, the clause after it is the event."""
    return _IMPERSONAL_FRAME.sub("", text, count=1) if _IMPERSONAL_FRAME.match(text) else text


_CAUSE = {"ru": {"из-за", "вследствие", "ввиду"}, "uk": {"через", "внаслідок", "унаслідок", "з-за"}}


def without_fronted_cause(text: str, lang: str) -> str:
    """A Russian or Ukrainian clause without the phrases of cause it opens with, the nouns after "через",
    "внаслідок", "из-за" and their genitives ("через пошкодження підстанції внаслідок негоди близько 12 тисяч
    абонентів залишалися без світла" → "близько 12 тисяч абонентів залишалися без світла"), when a verb follows;
    ``text`` as it is otherwise."""
    from generator.importer.morphology import verb_at

    words = text.split()
    at = 0
    while at + 1 < len(words) and words[at].lower() in _CAUSE.get(lang, set()):
        noun = at + 1  # "через (сильний) снігопад": the noun after its adjectives
        while noun + 1 < len(words) and any(p.tag.POS == "ADJF" for p in _parses(words[noun], lang)[:2]):
            noun += 1
        if words[noun].endswith(",") or not any(p.tag.POS == "NOUN" for p in _parses(words[noun], lang)[:2]):
            break
        at = noun + 1  # its genitives: "пошкодження | підстанції"
        while at < len(words) and not words[at - 1].endswith(",") and any(
                p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in _parses(words[at], lang)[:3]) \
                and not any(p.tag.POS == "PREP" for p in _parses(words[at], lang)):  # "понад" is no noun
            at += 1
    rest = words[at:]
    if at == 0 or len(rest) < 3 or verb_at(rest, lang) == len(rest):
        return text
    return " ".join(rest)


_IN_FORCE = {"ru": ("действует", "будет действовать"), "uk": ("діє", "діятиме")}


def period_of_object(clause: str, tense: int, lang: str) -> str:
    """The object of a Russian or Ukrainian clause that a period after it is for ("затвердила програму
    енергетичної стійкості громади | на 2026-2028 роки"): the object in the nominative, in force then
    ("Програма енергетичної стійкості громади діятиме"); "" when the clause ends on no object after its verb or
    the period is over."""
    from generator.importer.morphology import verb_at

    words = clause.split()
    verb = verb_at(words, lang)
    if tense < 0 or verb >= len(words) - 1:
        return ""
    head = next((i for i in range(verb + 1, min(verb + 4, len(words))) for p in _parses(words[i], lang)[:2]
                 if p.tag.POS == "NOUN" and p.tag.case == "accs"), None)
    if head is None or any(w.lower() in _PREPOSITIONS for w in words[verb + 1:]):
        return ""
    noun = next(p for p in _parses(words[head], lang) if p.tag.POS == "NOUN" and p.tag.case == "accs")
    phrase = _nominative(words[verb + 1:head + 1], head - verb - 1, lang, noun) + words[head + 1:]
    return " ".join([*phrase, _IN_FORCE[lang][tense > 0]])
