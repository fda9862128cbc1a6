"""A title that opens on the pronoun of the clause it was made from, told without it: "Dont les travaux avaient
commencé" → "Les travaux de la ligne avaient commencé" (the noun "dont" stands for, from its sentence), "Cuyo plazo
de solicitud finaliza" → "El plazo de solicitud de las becas finaliza", "Que su última oferta fue presentada" →
"Su última oferta fue presentada", "Що міська рада затвердила …" → "Міська рада затвердила …"."""

from __future__ import annotations

import re

# "dont"/"cuyo" and the article the possessed noun takes.
_WHOSE = re.compile(r"(?P<whose>(?i:dont)\s+(?P<fr>le|la|les|l['’]|un|une)\b\s*|"
                    r"(?i:cuy(?P<es>[oa]s?))\s+)(?P<rest>\S.*)$")
_ES_ARTICLE = {"o": "el", "a": "la", "os": "los", "as": "las"}
_OF = {"fr": {"le": "du", "les": "des", "la": "de la", "l'": "de l'", "l’": "de l’", "du": "du", "des": "des",
              "au": "du", "aux": "des"},
       "es": {"el": "del", "del": "del", "al": "del", "la": "de la", "los": "de los", "las": "de las"}}
# A conjunction or relative word left at a title's start, before a clause with its own subject.
_OPENER = {"es": r"(?:Que|Donde)\s+(?=(?:el|la|los|las|su|sus|un|una)\s)",
           "fr": r"(?:Que|Qu['’]|Où)\s*(?=(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une|des)\b)",
           "uk": r"(?:Що|Де)\s+(?=\S+\s+\S)", "ru": r"(?:Что|Где)\s+(?=\S+\s+\S)",
           "en": r"(?:That|Where)\s+(?=(?:the|a|an|its|their)\s)"}


def without_opening_pronoun(title: str, sentence: str, lang: str) -> str:
    """``title`` without the relative or conjunction it opens on (see the module); as it is otherwise."""
    whose = _WHOSE.match(title) if lang in ("fr", "es") else None
    if whose:
        article = whose["fr"] if lang == "fr" else _ES_ARTICLE[(whose["es"] or "o").lower()]
        noun, verb = _split_noun(whose["rest"].split(), lang)
        head = article + " ".join(noun) if article.endswith(("'", "’")) else " ".join([article, *noun])
        told = " ".join(part for part in (head, _owner(sentence, lang), " ".join(verb)) if part)
        return told[:1].upper() + told[1:]
    opener = _OPENER.get(lang)
    found = re.match(opener, title) if opener else None
    if found and len(title.split()) > 3:
        rest = title[found.end():]
        return rest[:1].upper() + rest[1:]
    return title


def _owner(sentence: str, lang: str) -> str:
    """"de" and the noun phrase the pronoun stands for, when the sentence sets it off right before it ("…, | la
    ligne Lyon-Turin, | dont …"), of at most six words and no figure; "" otherwise (no guess inside a longer
    phrase)."""
    pronoun = re.search(r"\b(?i:dont|cuy[oa]s?)\b", sentence)
    if not pronoun:
        return ""
    before = sentence[:pronoun.start()].rstrip(" ,")
    np = before[before.rfind(",") + 1:].strip()
    article = re.match(r"(\w+['’]?)\s*", np)
    if not article or article.group(1).lower() not in _OF[lang] or len(np.split()) > 6 or re.search(r"\d", np):
        return ""
    of = _OF[lang][article.group(1).lower()]
    space = "" if of.endswith(("'", "’")) else " "
    return f"{of}{space}{np[article.end():]}"


def _split_noun(words: list[str], lang: str) -> tuple[list[str], list[str]]:
    """The possessed noun (with its adjectives) and the verb after it: "travaux | avaient commencé"."""
    verb = r"(?:a|ont|est|sont|était|étaient|avait|avaient|doit|doivent|devait|devaient|sera|seront|va|vont|"\
        r"s['’]\w+|se|ne|n['’]\w+|\w+(?:ait|aient|era|ront))" if lang == "fr" else \
        r"(?:ha|han|es|son|fue|fueron|será|serán|se|no|debe|deben|está|están|estaba|estaban|era|eran|podrá|"\
        r"podrán|sigue|siguen|viene|vienen|\w{3,}(?:ía|ían|aba|aban)|"\
        r"(?!(?:del?|la|las|una|unas|este|esta|entre|sobre|desde|parte|mayor)\b)\w{3,}(?:ó|aron|rá|rán|a|e|an|en))"
    at = next((i for i, w in enumerate(words[1:], 1) if re.fullmatch(verb, w)), len(words))
    return words[:at], words[at:]
