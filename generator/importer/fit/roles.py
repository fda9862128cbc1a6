"""Titles before a person's name dropped from a subject: "Parteichef Herbert Kickl" → "Herbert Kickl", "La
candidata de centro Rosa Villanueva y el exalcalde de Arequipa Marco Quispe" → "Rosa Villanueva y Marco Quispe"."""

from __future__ import annotations

import re

_ROLE_BEFORE_NAME = re.compile(r"^(?:[\w.'’-]+\s+){1,8}(?=(?:[A-ZÀ-ÞА-ЯЁІЇЄҐÇĞİŞÜÖ][\w’'-]+\s+){1,2}"
                               r"[A-ZÀ-ÞА-ЯЁІЇЄҐÇĞİŞÜÖ][\w’'-]+\s+[a-zà-ÿа-яёіїєґçğışüö])")
# A word of a title before a name: President, Bundeskanzler, Parteichef, premier, голова, Cumhurbaşkanı.
_ROLE = re.compile(r"presiden|präsident|minist|kanzler|chancellor|chef|chief|leader|governor|gobernador|secretar|"
                   r"command|speaker|mayor|premier|spokes|candidate|ally|deputy|jefe|líder|глава|голов|губернатор|президент|"
                   r"міністр|министр|уповноваж|прем|председ|başkan|bakan|\b(?:müdürü?|valisi?|muhtarı?|sözcüsü)\b",
                   re.IGNORECASE)


_ROLE_WORDS = {"former", "outgoing", "new", "foreign", "prime", "interior", "finance", "defence", "of", "the", "de",
               "del", "von", "der", "el", "la", "le", "les", "los", "las", "die", "das", "den"}


def shorter_subject(text: str) -> str:
    """The headline with the titles before a person's name dropped ("Slovak Prime Minister Robert Fico was
    shot" → "Robert Fico was shot"); as it is when its subject is not a name with titles before it."""
    capital = "[A-ZÀ-ÞА-ЯЁІЇЄҐ][\\w'’-]+"
    set_off = re.match(rf"(?P<role>[^,]{{3,60}}),\s+(?P<name>(?:{capital}\s+){{1,2}}{capital}),?(?=\s)", text)
    if set_off and _ROLE.search(set_off["role"]) and any(w[:1].islower() for w in set_off["role"].split()):
        return set_off["name"] + text[set_off.end():]  # "la ministre de l'Agriculture, Claire Vasseur" → the name
    match = _ROLE_BEFORE_NAME.match(text)
    role = match.group().split() if match else []
    if not role or re.search(r"['’]s\b|,", match.group()) or not _ROLE.search(match.group()):
        return text
    if re.search(r"\b(?:que|that|dass|что|що)\b|\bqu['’]", match.group(), re.IGNORECASE):
        return text  # "El Ministerio informó que la Guardia Civil …": a clause before the name, no title
    head = next(i for i, w in enumerate(role) if _ROLE.search(w))
    if any(w[:1].islower() and w.lower() not in _ROLE_WORDS for w in role[:head]):
        return text  # "Pellegrini beat former foreign minister" is no title
    rest = text[match.end():]
    return rest if len(rest.split()) >= 3 else text


# A role before a person's name in a subject of two people: "La candidata de centro | Rosa Villanueva y el
# exalcalde de Arequipa | Marco Quispe disputarán …".
_ROLES_BEFORE_NAMES = re.compile(
    r"(?:^|(?<=\sy\s)|(?<=\set\s)|(?<=\sand\s)|(?<=\sund\s))(?:[Ee]l|[Ll]a|[Ll]e|[Ll]es|[Tt]he|[Dd]er|[Dd]ie)\s+"
    r"[a-záéíóúñàèùâêîôûçäöüß-]+(?:\s+(?!(?:de|del|du|des|of|von)\s)[a-záéíóúñàèùâêîôûçäöüß-]+)?"
    r"(?:\s+(?:de|del|of|von)\s+[\w-]+(?:\s+[A-ZÀ-Þ][\w-]*)*?)*?\s+"
    r"(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+\s+[a-zà-ÿ])")


def without_roles(text: str) -> str:
    """A subject of two named people without their roles: "La candidata de centro Rosa Villanueva y el exalcalde
    de Arequipa Marco Quispe disputarán …" → "Rosa Villanueva y Marco Quispe disputarán …"; else as it is."""
    if not re.search(r"\s(?:y|et|and|und)\s", text):
        return text
    shorter = _ROLES_BEFORE_NAMES.sub("", text)
    return shorter[:1].upper() + shorter[1:] if shorter != text else text
