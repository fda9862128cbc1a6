"""German repairs: an object relative clause as a main clause, a main clause told across a relative clause on its
subject, a dated attributive participle as a passive, the subject before its auxiliary and the participle last, an
infinitive without "zu"."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.subjects import _DE_FINITE, _DE_SUBORDINATOR, german_order
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.phrases import _noun_phrase
from generator.importer.titles.words import _lang


def _de_object_relative(text: str, antecedent: str) -> str:
    """A German relative clause whose pronoun is a masculine object ("den"), with a subject of its own, told as a
    main clause with the noun it stands for as the object: "Der Bau eines Schiffs, | den der Bund ausgeschrieben
    hatte" → "der Bund hatte den Bau eines Schiffs ausgeschrieben"; "" otherwise."""
    found = re.fullmatch(r"den\s+(?P<subject>(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?"
                         r"[A-ZÄÖÜ][\w-]+)\s+(?P<middle>[^,]*?)\s*(?P<verb>[a-zäöüß]+)[\s,.]*", text)
    noun = re.fullmatch(r"(?P<art>Der|Ein)\s+(?P<rest>[^,]+?),?", antecedent.strip())
    if not found or not noun or not _noun_phrase(antecedent.strip(" ,"), "de") \
            or found["verb"] not in _DE_FINITE or not found["middle"]:
        return ""
    middle = found["middle"].split()
    participle = middle.pop() if middle and middle[-1][:1].islower() else ""
    rest = re.sub(r"^([a-zäöüß]+e)(?=\s)", r"\1n", noun["rest"])  # "der neue Bahnhof" → "den neuen Bahnhof"
    thing = ("den" if noun["art"] == "Der" else "einen") + " " + rest
    return " ".join([found["subject"], found["verb"], thing, *middle, participle]).strip()


# A German relative clause on a noun, with its preposition if any: "die …", "an deren …", "mit dem …"
_DE_RELATIVE = re.compile(r"(?:(?:an|auf|in|mit|von|zu|bei|für|über|unter|nach|aus|gegen|durch)\s+)?"
                          r"(?:der|die|das|dem|den|deren|dessen|denen)\s")

_DE_FRONTING = r"Bei|Beim|Nach|Vor|Auf|Während|Mit|In|Im|Am|An|Seit|Zu|Zum|Zur"  # a preposition opening a sentence


def _german_across_relative(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                            language: str) -> str:
    """A German main clause that stops on its auxiliary at a relative clause on its subject and goes on after it,
    told whole without the relative clause ("Seit Mai ist die Straße, die … führt, | für Lastwagen gesperrt" →
    "die Straße ist für Lastwagen gesperrt"); else ""."""
    if _lang(language) != "de" or at + 2 >= len(clauses):
        return ""
    (a, b), relative, (c, d) = clauses[at], clauses[at + 1], clauses[at + 2]
    own = german_order(tidy(remove_dates(sentence[a:b], a, mentions, language)).strip(" ,."))
    rest = tidy(remove_dates(sentence[c:d], c, mentions, language)).strip(" ,.")
    fronted = re.fullmatch(rf"(?:{_DE_FRONTING})\s+[^,]+", own) is not None and at == 0  # "Bei einem Termin, | zu
    # dem …, | spielte das Orchester": a phrase before a relative clause on its noun, the verb of the sentence after it
    if not own.split() or (own.split()[-1] not in _DE_FINITE and not fronted) \
            or not sentence[a:b].rstrip().endswith(",") or not _DE_RELATIVE.match(sentence[relative[0]:relative[1]]):
        return ""
    if not rest[:1].islower() or re.match(
            rf"(?:{_DE_SUBORDINATOR}|was|wie|und|oder|aber|sagte|sagten|teilte|hieß|so)\b", rest):
        return ""
    return f"{own} {rest}"


def _german_rest_after_relative(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                                language: str) -> str:
    """A German main clause dated after the relative clause set off inside it, told whole without that clause
    ("Das Kabinett soll den Entwurf, | der die Kürzung enthält, | im Juli beschließen" → "Das Kabinett soll den
    Entwurf beschließen"); else ""."""
    if _lang(language) != "de" or at < 2:
        return ""
    (a, b), relative, (c, d) = clauses[at - 2], clauses[at - 1], clauses[at]
    main = tidy(remove_dates(sentence[a:b], a, mentions, language)).strip(" ,.")
    rest = tidy(remove_dates(sentence[c:d], c, mentions, language)).strip(" ,.")
    words = main.split()
    if len(words) < 3 or not sentence[a:b].rstrip().endswith(",") \
            or not sentence[relative[0]:relative[1]].rstrip().endswith(",") \
            or not _DE_RELATIVE.match(sentence[relative[0]:relative[1]]) \
            or not any(w in _DE_FINITE for w in words[1:3]) \
            or not rest[:1].islower() or "," in rest or re.match(
                rf"(?:{_DE_SUBORDINATOR}|was|wie|und|oder|aber|sagte|sagten|teilte|hieß|so)\b", rest):
        return ""
    return f"{main} {rest}"


_DE_RECKONED = re.compile(r"[Mm]it\s+(?P<art>einer|einem|der|dem|den)\s+(?P<noun>(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]*)\s+"
                          r"(?P<aux>wird|wurde)\s+(?P<rest>(?:\S+\s+)*?)gerechnet")
_DE_DATIVE_TO_NOMINATIVE = {"einer": "eine", "einem": "ein", "der": "die", "dem": "der", "den": "die"}

# A German clause opened by its participle, the auxiliary and the subject after it: "Eingereicht worden ist der
# Antrag bereits", "Gegründet wurde das Unternehmen 1891".
_DE_PARTICIPLE_FIRST = re.compile(
    r"(?P<part>[A-ZÄÖÜ][a-zäöüß]+)(?P<worden>\s+worden)?\s+"
    r"(?P<aux>ist|sind|war|waren|wurde|wurden|hat|haben|hatte|hatten)\s+"
    r"(?P<subject>(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*)(?P<rest>(?:\s+[^\s,]+)*)")

# A German clause left opening on its auxiliary when the date before it went ("Im Jahr 2025 | wurden landesweit
# 1.412 Nutztiere getötet"): the auxiliary, adverbs, the subject (an article or a figure, its noun) and the rest.
_DE_AUXILIARY_FIRST = re.compile(
    r"(?P<aux>(?i:wurden?|ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden))\s+"
    r"(?P<adverbs>(?:(?!(?:der|die|das|ein|eine|mehr|rund|etwa|fast|knapp)\s)[a-zäöüß]+\s+){0,2})"
    r"(?P<subject>(?:(?:der|die|das|ein|eine|mehrere|zahlreiche|einige|viele)|"
    r"(?:(?:mehr\s+als|rund|etwa|fast|knapp)\s+)?\d[\d.,]*(?:\s\d{3})*)\s+"
    r"(?:[a-zäöüß]+\s+)?(?:(?:Kubikmeter|Tonnen|Liter|Hektar|Meter|Kilometer)\s+)?[A-ZÄÖÜ][\w-]*|"
    r"[a-zäöüß]{3,}e\s+[A-ZÄÖÜ][\w-]*(?:en|er|e|n|s)\b)"  # "orkanartige Böen": a plural with no article
    r"(?P<rest>(?:\s+[^\s,]+)+)")


def _subject_before_auxiliary(text: str) -> str:
    """A German clause that opens on its auxiliary told subject first: "wurden landesweit 1.412 Nutztiere von
    Wölfen getötet" → "1.412 Nutztiere wurden landesweit von Wölfen getötet"; ``text`` otherwise."""
    found = _DE_AUXILIARY_FIRST.fullmatch(text)
    if not found or not re.search(r"\s(?:[a-zäöüß]*(?:ge[a-zäöüß]+(?:t|en)|iert)|(?:be|ent|er|ver|zer|über|unter|miss)"
                                  r"[a-zäöüß]+t)$", found["rest"].split(" oder ")[0]
                                  .split(" und ")[0]):
        return text  # a participle ends the clause: the auxiliary's own, no noun's
    subject = found["subject"][:1].upper() + found["subject"][1:]
    return f"{subject} {found['aux'].lower()} {found['adverbs']}{found['rest'].strip()}".replace("  ", " ")


def _participle_last(text: str) -> str:
    """A German clause opened by its participle told in a headline's order, the subject first and the participle
    last: "Eingereicht worden ist der Antrag bereits" → "Der Antrag ist bereits eingereicht worden"; ``text``
    otherwise."""
    found = _DE_PARTICIPLE_FIRST.fullmatch(text)
    if not found or not re.fullmatch(r"[a-zäöüß]*ge[a-zäöüß]+(?:t|en)|(?:be|er|ver|ent|zer|unter|über|durch|miss)"
                                     r"[a-zäöüß]+t",
                                     found["part"].lower()):
        return text
    subject = found["subject"][:1].upper() + found["subject"][1:]
    return f"{subject} {found['aux']}{found['rest']} {found['part'].lower()}{found['worden'] or ''}"


def _expected(text: str) -> str:
    """A German impersonal passive of "rechnen mit" told with what is expected as its subject: "Mit einer
    Entscheidung wird im Herbst gerechnet" → "Eine Entscheidung wird im Herbst erwartet"; a bound left without its
    date goes ("nicht vor"); ``text`` otherwise."""
    found = _DE_RECKONED.fullmatch(text)
    if not found:
        return text
    rest = re.sub(r"(?:\b(?:nicht|erst|schon)\s+)?\b(?:vor|bis|ab|nach|seit)\s*$", "", found["rest"]).split()
    article = _DE_DATIVE_TO_NOMINATIVE[found["art"]]
    return " ".join([article[:1].upper() + article[1:], found["noun"], found["aux"], *rest, "erwartet"])


_DE_ATTRIBUTIVE = re.compile(r"(?P<art>[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Ee]ine?n?)\s+"
                             r"(?:(?:ursprünglich|bereits|zunächst|eigentlich|erst)\s+)?(?:(?:im|am|in|seit|vor)\s+|"
                             r"für\s+(?:den\s+)?)?$")  # ("die für den 1. Februar geplante": the article before "für")
_DE_PARTICIPLE_AFTER = re.compile(r"\s+(?P<part>(?:[a-zäöüß]+)?(?:ge|er|ver|be|ent|eröff|zer)"
                                  r"[a-zäöüß]+(?:t|en))(?P<ending>e[nmrs]?)\s+(?P<noun>(?P<head>[A-ZÄÖÜ][\w-]+)"
                                  r"(?:\s+(?:der|des)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]+)?)")  # "Tag der offenen Tür"
# The ends of German feminine and neuter nouns: the article of a noun named in another case ("mit der für März
# geplanten Präsentation": "Die Präsentation").
_DE_FEMININE = re.compile(r"(?:ung|ion|tät|heit|keit|schaft|ei|ie|anz|enz)$")
_DE_NEUTER = re.compile(r"(?:[^e]en|chen|lein|um|ment|fest)$")


def _german_attributive(sentence: str, mention: Mention, tense: int) -> str:
    """A date between a German article and a participle before its noun dates the participle: "Der 2019 eröffnete
    Flughafen" → "Der Flughafen wurde eröffnet", "Ein ursprünglich für Januar angekündigter Gesetzentwurf" → "Ein
    Gesetzentwurf wurde angekündigt"; "" otherwise."""
    article = _DE_ATTRIBUTIVE.search(sentence[:mention.start])
    after = _DE_PARTICIPLE_AFTER.match(sentence[mention.end:])
    if not article or not after:
        return ""
    art = {"den": "der", "einen": "ein"}.get(article["art"].lower(), article["art"].lower())
    if article["art"].lower() == "der" and after["ending"] == "en":  # a noun in the dative or genitive: its own
        # article
        art = "die" if _DE_FEMININE.search(after["head"]) else "das" if _DE_NEUTER.search(after["head"]) else "der"
    aux = "wird" if tense > 0 else "wurde"
    if re.fullmatch(r"(?:geplant|vorgesehen|angesetzt|terminiert)", after["part"]):  # a plan: it is, or was, planned
        aux = "ist" if tense > 0 else "war"
    return f"{art.capitalize()} {after['noun']} {aux} {after['part']}"


def _without_zu(text: str) -> str:
    """A German infinitive clause without its "zu": "mit der Branche zu beraten" → "mit der Branche beraten",
    "Beschwerde einzulegen" → "Beschwerde einlegen"."""
    text = re.sub(r"\s+zu\s+(\w+)$", r" \1", text)
    return re.sub(r"(?<=\s)(\w+?)zu(\w+[elr]?n)$", r"\1\2", text)
