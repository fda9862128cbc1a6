"""Names and pronouns: the runs of capitalised words that read as names, the name a clause without a subject
takes, the named actor a pronoun subject stands for and the person a sentence opens with."""

from __future__ import annotations

import re

# Capitalised words that open a sentence without being a name.
_NOT_NAMES = {
    "en": "The A An In On At By For From With After Before During Since Until As But And Or It He She They Its His "
          "Her Their This That These Those Last Next Some Two Three Meanwhile However",
    "de": "Der Die Das Den Dem Des Ein Eine Einen Am Im An In Mit Von Vom Bis Seit Nach Vor Bereits Auch Er Sie Es",
    "es": "El La Los Las Un Una En De Del Desde Hasta Tras Según Ayer Su Sus Él Ella",
    "fr": "Le La Les L Un Une En De Du Des Depuis Après Avant Selon Hier Il Elle Son Sa Ses",
    "ru": "В Во На С По После До Вчера Сегодня Он Она Они Его Ее Её Их",
    "uk": "В У На З По Після До Вчора Учора Сьогодні Він Вона Вони Його Її Їх Минулого",
    "tr": "Bu Bir Ve Ama Ancak",
}
_PRONOUNS = {
    "en": {"he": "person", "she": "person", "it": "thing", "his": "person's", "her": "person's", "its": "thing's"},
    "de": {"er": "person", "sie": "person"},
    "es": {"él": "person", "ella": "person"},
    "fr": {"il": "person", "elle": "person"},
    "ru": {"он": "person", "она": "person"},
    "uk": {"він": "person", "вона": "person"},
    "tr": {"o": "person"},
}
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐÇĞİŞÜÖ][\w.’'-]*"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:von der|van der|de la|de|von|van|al|bin)\s+)?{_NAME_WORD})*")


def _lang(language: str) -> str:
    return language.split("-")[0].lower()


def names_in(text: str, language: str) -> list[str]:
    """Runs of capitalised words that read as names ("Pedro Sánchez", "Scholz"), the possessive taken off;
    a sentence's capitalised first word counts only when the next word is capitalised too."""
    stop = set(_NOT_NAMES.get(_lang(language), "").split())
    found: list[str] = []
    for match in _NAME_RUN.finditer(text):
        words = [w for w in re.split(r"\s+", match.group()) if w]
        while words and words[0].rstrip(".,") in stop:
            words.pop(0)
        if _lang(language) == "de" and len(words) == 1 and (match.start() > 0 or len(match.group().split()) > 1):
            continue  # a German noun is capitalised: one capitalised word inside a sentence ("Nach Angaben") is
            # no sure name
        if not words or (match.start() == 0 and len(words) == 1 and len(match.group().split()) == 1
                         and _lang(language) in ("en", "de", "es", "fr")):
            continue
        name = re.sub(r"['’]s?$", "", " ".join(words).rstrip(".,"))
        if name and not name.isdigit():
            found.append(name)
    return found


def name_before(sentence: str, start: int, language: str) -> str:
    """The name the sentence gives last before ``start`` (the subject of a clause that has none), or ""."""
    names = names_in(sentence[:start], language)
    return names[-1] if names else ""


def _surname(name: str) -> str:
    return name.split()[-1] if len(name.split()) > 1 else name


def resolve_pronoun(text: str, sentence: str, start: int, language: str, context: str = "") -> str:
    """``text`` with a leading pronoun subject replaced by the name it stands for, when that is clear: the one
    name the sentence gives before the clause (its possessor for "Fico's party … his government"), or, when the
    sentence gives none and opens with no other, ``context``; ``text`` as it is otherwise, and when the name is in
    the clause itself."""
    lang = _lang(language)
    match = re.match(r"(\w+)\b", text)
    kind = _PRONOUNS.get(lang, {}).get(match.group(1).lower()) if match else None
    if not kind:
        return text
    before = sentence[:start]
    names = list(dict.fromkeys(names_in(before, language)))
    if kind.startswith("thing"):
        noun = re.match(r"(?:The|the)\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*", before.strip()) or (
            None if names else re.match(r"The\s+[a-z]+(?=\s+(?:has|had|is|was|will|[a-z]+ed)\b)", before.strip()))
        if names[1:] or not (noun or names):  # "The wildfire has burned … since | it broke out"
            return text
        name = noun.group() if noun else names[0]
    else:
        possessor = re.findall(rf"({_NAME_WORD})['’]s\b", before)
        if len(set(possessor)) == 1 and len(names) <= 1:
            name = possessor[0]
        elif len(names) == 1 and not re.match(r"(?:The|the)\s", names[0]):
            name = _surname(names[0])
        elif not names and context and (not before.strip() or re.match(rf"{re.escape(context)}\b", before)):
            name = context  # "He …", or "Pugh resigned in June 2023, and he was arrested …" (a one-word name
            # opening a sentence is no sure name, but the person the story spoke of last is)
        else:
            return text
    rest = text[match.end():]
    if re.search(rf"\b{re.escape(_surname(name))}\b", text):
        return text  # "He praised Trump's courage": a pronoun and a name in one clause are two people
    if kind.endswith("'s"):  # "its engineers" → "Beltran Rail Systems' engineers": a name on "s" takes the mark alone
        mark = "’" if "’" in sentence else "'"
        return f"{name}{mark}{rest}" if name.endswith("s") else f"{name}{mark}s{rest}"
    return name + rest


def leading_person(sentence: str, language: str) -> str:
    """The family name of the person a sentence opens with ("Slovak Prime Minister Robert Fico will …" →
    "Fico", "Fico left hospital" → "Fico"), or "" (a later "he" may stand for them)."""
    match = re.match(rf"(?:(?:[\w-]+\s+){{0,4}}?)(?P<name>(?:{_NAME_WORD}\s+)*{_NAME_WORD})\s+[a-zа-яёіїєґ]",
                     sentence)
    if not match:
        return ""
    names = names_in(match["name"], language)
    stop = set(_NOT_NAMES.get(_lang(language), "").split())
    if not names or re.search(r"['’]s\b", match["name"]) or match["name"].split()[0] in stop:
        return ""  # "El Gobierno presentará" names no person
    return _surname(names[-1])
