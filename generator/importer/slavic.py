"""Russian and Ukrainian headlines in subject-verb order, read with pymorphy3's word forms.

* A participle clause dated on its own tells what happened to the noun it agrees with
  ("землетрясения магнитудой 8,8, | произошедшего 30 июля" → "Землетрясение магнитудой 8,8
  произошло"; "погрузка судов, | приостановленная во вторник" → "Погрузка судов была
  приостановлена", ``participle_title``).
* A phrase fronted before the subject goes ("На аукционе оно разместило" → "Оно разместило"); a
  subject after its verb comes first, the fronted phrase after the verb ("В порту возобновилась
  погрузка судов" → "Погрузка судов возобновилась в порту", ``subject_first``).
* A pronoun subject stands for the one noun of its gender and number the sentence gave before it
  ("По данным ведомства, … оно разместило" → "Ведомство разместило", ``pronoun_noun``).
* "сообщили в X" (an impersonal plural with the place of the speakers) is said by X
  ("в Камчатской группе реагирования" → "Камчатская группа реагирования сообщила",
  ``locative_reporter``).
"""

from __future__ import annotations

import re
from typing import Any

from generator.importer.morphology import _analyzer

_PRONOUNS = {
    "ru": {"он": ("masc", "sing"), "она": ("femn", "sing"), "оно": ("neut", "sing"), "они": (None, "plur")},
    "uk": {"він": ("masc", "sing"), "вона": ("femn", "sing"), "воно": ("neut", "sing"), "вони": (None, "plur")},
}
_PAST_BE = {"ru": {"masc": "был", "femn": "была", "neut": "было", "plur": "были"},
            "uk": {"masc": "був", "femn": "була", "neut": "було", "plur": "були"}}
_PREPOSITIONS = {"в", "во", "у", "на", "с", "со", "по", "из", "от", "до", "к", "при", "после", "з", "із", "зі", "під",
                 "за", "для", "через", "против", "проти", "о", "об", "про", "между", "між"}  # "кампания против гриппа"


def _parses(word: str, lang: str) -> list[Any]:
    return list(_analyzer(lang).parse(word.strip(",.;:«»\"")))


def _first(word: str, lang: str) -> Any:
    return _parses(word, lang)[0]


def _agrees(noun: Any, case: str | None, number: str | None, gender: str | None) -> bool:
    tag = noun.tag
    return tag.case == case and tag.number == number and (number == "plur" or gender is None or tag.gender == gender)


def _nominative(words: list[str], head: int, lang: str, noun: Any = None) -> list[str]:
    """``words[:head + 1]`` (adjectives and their noun ``words[head]``) in the nominative, capitals kept."""
    noun = noun or next(p for p in _parses(words[head], lang) if p.tag.POS == "NOUN")
    wanted = {"nomn", noun.tag.number} if noun.tag.number else {"nomn"}
    out = []
    for i, word in enumerate(words[:head + 1]):
        parse = noun if i == head else next((p for p in _parses(word, lang) if p.tag.POS in ("ADJF", "PRTF")
                                             and p.tag.case == noun.tag.case), None)
        extra = {noun.tag.gender} if i != head and noun.tag.number != "plur" and noun.tag.gender else set()
        form = (parse.inflect(wanted | extra) or parse.inflect((wanted | extra) - {"sing"})  # a Ukrainian
                or parse.inflect(wanted)) if parse else None  # singular has a gender, no number
        new = form.word if form else word
        out.append(new[:1].upper() + new[1:] if word[:1].isupper() else new)
    return out


def _dependents(words: list[str], start: int, lang: str) -> int:
    """The end of the genitive (or instrumental) words after a noun: "погрузка | зерновых судов"."""
    end = start
    while end < len(words) and not words[end - 1].endswith(",") and (
            re.fullmatch(r"[\d.,]+", words[end]) or any(p.tag.case in ("gent", "ablt") and p.tag.POS in (
                "NOUN", "ADJF", "NUMR") for p in _parses(words[end], lang)[:2])):
        end += 1
    return end


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


def participle_title(previous: str, clause: str, tense: int, lang: str) -> str:
    """A clause that opens with a full participle, as what happened to the noun before it that agrees with it:
    the noun (with its adjectives and the genitives after it) in the nominative, the participle as a finite
    verb in the tense of its date, then the rest of the clause; "" when no noun of the clause before agrees."""
    words = clause.split()
    if not words or not words[0][:1].islower():
        return ""
    before = previous.split()
    found = None  # the nearest noun agreeing with the participle's likeliest reading ("опубликованном": masc, neut)
    participles = [p for p in _parses(words[0], lang) if p.tag.POS == "PRTF" or (  # Ukrainian: "розроблений"
        lang == "uk" and p.tag.POS == "ADJF" and p.tag.grammemes & {"pssv", "actv"})]
    for last in dict.fromkeys((len(before), _before_name(before))):
        for reading in participles:
            for i in range(last - 1, max(last - 7, -1), -1):
                noun = next((p for p in _parses(before[i], lang) if p.tag.POS == "NOUN"
                             and _agrees(p, reading.tag.case, reading.tag.number, reading.tag.gender)), None)
                end = _noun_end(before, i, lang) if noun else -1
                if end == last:  # the noun (with its genitives or its place, and its name) ends the clause before
                    found = (reading, i, noun)
                    break
            if found:
                break
        if found:
            break
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


def subject_first(text: str, lang: str) -> str:
    """A headline that opens with a preposition or its verb, in subject-verb order (see the module's notes)."""
    words = text.split()
    if len(words) < 3:
        return text
    verb_at = next((i for i, w in enumerate(words) if any(p.tag.POS == "VERB" for p in _parses(w, lang)[:1])), None)
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


def _quantity(word: str, lang: str) -> bool:
    """Whether ``word`` opens a quantity: a figure or a numeral in any case ("110", "двох", "пять")."""
    return bool(re.fullmatch(r"[\d.,]+", word)) or any(p.tag.POS == "NUMR" for p in _parses(word, lang)[:2])


def _is_proper(word: str, lang: str) -> bool:
    return bool(_first(word, lang).tag.grammemes & {"Name", "Surn", "Geox", "Orgn", "Abbr"})


def pronoun_noun(text: str, before: str, lang: str) -> str:
    """``text`` with its leading third-person pronoun as the one noun of its gender and number that ``before``
    gives (in the nominative); as it is when there is none or more than one."""
    words = text.split()
    kind = _PRONOUNS.get(lang, {}).get(words[0].lower()) if words else None
    if kind is None:
        return text
    gender, number = kind
    found: dict[str, list[str]] = {}
    previous = before.split()
    for i, word in enumerate(previous):
        if i > 0 and previous[i - 1].lower() == "по":
            continue  # "по словам министра", "по данным ведомства": the source's noun, not who acts
        for parse in _parses(word, lang)[:1]:
            if parse.tag.POS == "NOUN" and parse.tag.number == number and "Name" not in parse.tag.grammemes \
                    and (gender is None or parse.tag.gender == gender):
                found.setdefault(parse.normal_form, _nominative([word], 0, lang, parse))
    if len(found) != 1:
        return text
    noun = next(iter(found.values()))[0]
    return " ".join([noun[:1].upper() + noun[1:], *words[1:]])


def locative_reporter(who: str, verb: str, lang: str) -> tuple[str, str] | None:
    """"в Камчатской группе реагирования на …" with "сообщили" as ("Камчатская группа реагирования",
    "сообщила"): the speakers' place as the speaker, the verb agreeing with it; None for any other reporter."""
    words = who.split()
    if len(words) < 2 or words[0].lower() not in ("в", "во", "у", "на"):
        return None
    head = 1
    while head < len(words) and any(p.tag.POS == "ADJF" and p.tag.case == "loct" for p in _parses(words[head], lang)):
        head += 1
    noun = next((p for p in _parses(words[head], lang) if p.tag.POS == "NOUN" and p.tag.case == "loct"), None) \
        if head < len(words) else None
    said = _first(verb, lang)
    if noun is None or said.tag.POS != "VERB" or said.tag.number != "plur":
        return None
    end = _dependents(words, head + 1, lang)
    phrase = _nominative(words[1:head + 1], head - 1, lang, noun) + words[head + 1:end]
    wanted = {"plur"} if noun.tag.number == "plur" else {"sing", noun.tag.gender or "masc"}
    form = said.inflect(wanted) or said.inflect(wanted - {"sing"})  # a Ukrainian past has a gender, no number
    if form is None:
        return None
    return " ".join(phrase), form.word


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


def genitive_phrase(text: str, lang: str) -> str:
    """A Russian or Ukrainian noun phrase that opens with its adjectives and noun in the nominative, in the genitive
    ("Городской фестиваль Зимний Екатеринбург" → "городского фестиваля Зимний Екатеринбург"), its name after it as
    it is; "" when it opens on no such noun."""
    words = text.split()
    head = next((i for i, w in enumerate(words[:4]) for p in _parses(w, lang)[:2]
                 if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
    if head is None:
        return ""
    noun = next(p for p in _parses(words[head], lang) if p.tag.POS == "NOUN" and p.tag.case == "nomn")
    out = []
    for i, word in enumerate(words[:head + 1]):
        parse = noun if i == head else next((p for p in _parses(word, lang) if p.tag.POS in ("ADJF", "PRTF")
                                             and p.tag.case == "nomn"), None)
        if parse is None:
            return ""
        wanted = {"gent", noun.tag.number or "sing"} | ({noun.tag.gender} if i != head and noun.tag.gender
                                                        and noun.tag.number != "plur" else set())
        form = parse.inflect(wanted) or parse.inflect(wanted - {"sing"})
        if form is None:
            return ""
        named = word[:1].isupper() and (i > 0 or bool(parse.tag.grammemes & {"Name", "Surn", "Geox", "Orgn"}))
        out.append(form.word[:1].upper() + form.word[1:] if named else form.word)
    return " ".join(out + words[head + 1:])


_OBJECT_PRONOUNS = {
    "ru": {"его": ("masc", "sing"), "её": ("femn", "sing"), "ее": ("femn", "sing"), "их": (None, "plur")},
    "uk": {"його": ("masc", "sing"), "її": ("femn", "sing"), "їх": (None, "plur")},
}


def object_pronoun_noun(title: str, sentence: str, lang: str) -> str:
    """A headline that ends on an object pronoun ("Желающие смогут вернуть их", "Галерея проведе її") with the
    noun it stands for in its place: the one noun of its gender and number the sentence gave before it that is not
    the headline's subject (an object pronoun never is its own clause's subject), a noun outside a prepositional
    phrase before one inside; the name in quotes after that noun comes along ("акції «Ніч у музеї»" →
    "акцію Ніч у музеї"); a copy of the noun fronted before the subject goes ("Билеты желающие смогут вернуть
    их" → "Желающие смогут вернуть билеты"). ``title`` as it is when there is none or more than one."""
    words = title.split()
    kind = _OBJECT_PRONOUNS.get(lang, {}).get(words[-1].lower()) if len(words) > 2 else None
    where = list(re.finditer(rf"(?<!\w){re.escape(words[-1])}(?!\w)", sentence, re.IGNORECASE)) if kind else []
    if not kind or not where:
        return title
    gender, number = kind
    verb_at = next((i for i, w in enumerate(words) if any(p.tag.POS in ("VERB", "INFN") for p in _parses(w, lang)[:1])),
                   None)
    if verb_at is None or verb_at == 0:
        return title
    subject_at = next((i for i in range(verb_at - 1, -1, -1)
                       if any(p.tag.POS == "NOUN" or (p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn")
                              for p in _parses(words[i], lang)[:1])), None)
    subject = {p.normal_form for p in _parses(words[subject_at], lang)[:1]} if subject_at is not None else set()
    before = sentence[:where[-1].start()]
    tokens = list(re.finditer(r"«[^»]*»|\"[^\"]*\"|[\w'’-]+", before))
    found: dict[str, tuple[int, Any, str]] = {}  # lemma → (rank, parse, the quoted name after it); a Ukrainian
    # singular noun has a gender and no number
    for i, token in enumerate(tokens):
        if token.group()[:1] in "«\"" or token.group().lower() in _PREPOSITIONS:
            continue
        parse = next((p for p in _parses(token.group(), lang)[:3] if p.tag.POS == "NOUN"
                      and not p.tag.grammemes & {"Name", "Surn", "Abbr"}
                      and (p.tag.number == number or (number == "sing" and p.tag.number is None and p.tag.gender))
                      and (gender is None or p.tag.gender == gender)), None)
        if parse is None or parse.normal_form in subject:
            continue
        lead = [t.group().lower() for t in tokens[max(0, i - 2):i]]
        in_phrase = bool(lead) and (lead[-1] in _PREPOSITIONS or (len(lead) > 1 and lead[-2] in _PREPOSITIONS
                                                                  and any(p.tag.POS in ("ADJF", "PRTF")
                                                                          for p in _parses(lead[-1], lang)[:1])))
        name = tokens[i + 1].group()[1:-1] if i + 1 < len(tokens) and tokens[i + 1].group()[:1] in "«\"" \
            and not before[token.end():tokens[i + 1].start()].strip() else ""
        found.setdefault(parse.normal_form, (int(in_phrase), parse, name))
    best = min((rank for rank, _, _ in found.values()), default=None)
    chosen = [(parse, name) for rank, parse, name in found.values() if rank == best]
    if len(chosen) != 1:
        return title
    parse, name = chosen[0]
    form = parse.inflect({"accs", number} if number == "plur" else {"accs"})
    noun = (form.word if form else parse.word) + (f" {name}" if name else "")
    rest = words[:-1]
    if subject_at and {p.normal_form for p in _parses(rest[0], lang)[:1]} == {parse.normal_form}:
        rest = rest[1:]  # the noun fronted as the topic before the subject
        rest[0] = rest[0][:1].upper() + rest[0][1:]
    return " ".join([*rest, noun])


def named_noun_at_end(text: str, lang: str, relative: str = "") -> str:
    """The noun phrase and the name in quotes that end ``text``, in the nominative and without the quotes: "…
    проводить фестиваль дитячої книги «Читайлик»," → "фестиваль дитячої книги Читайлик" (the head noun, its
    genitives after it and the name; a name is no person's); "" when ``text`` does not end so, or when the head
    noun's gender or number is not that of ``relative``, the relative pronoun after it."""
    from generator.importer.morphology import nominative_tail

    quoted = re.search(r"^(?P<head>.*?)\s*[«\"„“](?P<name>[^»\"”“«]{1,60})[»\"”“]\s*,?\s*$", text)
    if quoted is None:
        return ""
    words = quoted["head"].split()
    end = len(words)
    while end > 1 and any(p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "gent"
                          for p in _parses(words[end - 1], lang)[:3]):
        end -= 1  # "дитячої книги": the genitives after the head noun
    # a subject or an object: "с научным спутником «…», | который" is no antecedent
    noun = next((p for p in _parses(words[end - 1], lang)[:3]
                 if p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs")), None) if end else None
    if noun is None:
        return ""
    pronoun = _first(relative, lang) if relative else None
    if (pronoun is not None and (pronoun.tag.number == "plur") != (noun.tag.number == "plur")) or (
            pronoun is not None and pronoun.tag.number != "plur" and noun.tag.number != "plur"
            and pronoun.tag.gender != noun.tag.gender):
        return ""  # "спектакль по пьесе «Гроза», | который": the relative pronoun agrees with another noun
    head = nominative_tail(" ".join(words[:end]), lang)
    return " ".join([head, *words[end:], quoted["name"]]) if head else ""
