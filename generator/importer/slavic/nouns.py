"""Nouns in the place of Russian and Ukrainian pronouns and places. A pronoun subject stands for the one noun of its
gender and number the sentence gave before it ("По данным ведомства, … оно разместило" → "Ведомство разместило",
``pronoun_noun``), an object pronoun likewise (``object_pronoun_noun``); "сообщили в X" (an impersonal plural with
the place of the speakers) is said by X ("в Камчатской группе реагирования" → "Камчатская группа реагирования
сообщила", ``locative_reporter``); a noun phrase is put in the genitive or the nominative (``genitive_phrase``,
``named_noun_at_end``)."""

from __future__ import annotations

import re
from typing import Any

from generator.importer.slavic.forms import _PREPOSITIONS, _dependents, _first, _nominative, _parses

_PRONOUNS = {
    "ru": {"он": ("masc", "sing"), "она": ("femn", "sing"), "оно": ("neut", "sing"), "они": (None, "plur")},
    "uk": {"він": ("masc", "sing"), "вона": ("femn", "sing"), "воно": ("neut", "sing"), "вони": (None, "plur")},
}


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


def _antecedents(tokens: list[re.Match[str]], before: str, subject: set[str], gender: str | None, number: str,
                 lang: str) -> dict[str, tuple[int, Any, str]]:
    """Lemma → (rank, reading, quoted name) of each noun of ``tokens`` the pronoun may stand for, rank 1 in a phrase."""
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
    return found


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
    found = _antecedents(tokens, before, subject, gender, number, lang)
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
