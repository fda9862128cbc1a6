"""English repairs: a participle with its agent in the active, a noun of an act as its doer's verb, "them" as the
noun it stands for."""

from __future__ import annotations

import re

from generator.importer.titles.phrases import _long_noun_phrase, _noun_phrase
from generator.importer.verbs import PAST_PATTERN

_COMMON_OPENERS = {"The", "A", "An", "Its", "His", "Her", "Their", "This", "That", "These", "Those", "Some", "Two"}

_EN_AGENT_PARTICIPLE = re.compile(
    r"(?i:according to|under|in|from|by)\s+(?P<np>(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?P<part>[a-z]{3,}ed|written|given|taken|shown|drawn)\s+by\s+(?P<agent>(?:the\s+|[A-Z])[\w\s.'’-]{1,60}?)[\s,.]*")


def _active_of_agent_participle(text: str) -> str:
    """An English title that is only a phrase with a participle and its agent ("according to a notice published
    by the commission"), told in the active: "The commission published a notice"; ``text`` otherwise."""
    found = _EN_AGENT_PARTICIPLE.fullmatch(text)
    if not found:
        return text
    agent = found["agent"]
    return f"{agent[:1].upper()}{agent[1:]} {found['part']} {found['np'][:1].lower()}{found['np'][1:]}"


_EN_PLURAL = re.compile(r"\b(?:(?P<modifier>[a-z]{3,})\s+)?(?P<noun>[a-z]{3,}[^s\W']s)\b")
_EN_NO_MODIFIER = re.compile(r"[a-z]+(?:ed|ly|ing)|the|its|their|his|her|our|and|for|with|from|into|than|that|this|"
                             r"these|those|all|some|many|more|most|few|two|three|four|five|ten|who|which|are|were|"
                             r"have|had|will|would|could|should")


def _their_noun(text: str, sentence: str, clause: tuple[int, int]) -> str:
    """An English title with the object pronoun "them" as the plural noun it stands for: the last one the sentence
    gives before it that is not the title's subject (a pronoun object never stands for its own clause's subject):
    "Roasters, who raised retail prices, | are expected to start cutting them" → "… to start cutting retail
    prices"; as it is when there is none."""
    it = re.fullmatch(r"(?P<head>\S+(?:\s+\S+)*?\s+[a-z]+)\s+it(?P<rest>(?:\s+(?:in|on|at|to|from|for)\b.*)?)", text)
    opening = re.match(r"((?:The|A|An|Its|Their|His|Her)\s+[^,]{1,40}?),", sentence) if it else None
    owner = opening.group(1) if opening and (_noun_phrase(opening.group(1), "en")
                                             or _long_noun_phrase(opening.group(1), "en")) else ""
    if it and owner and owner.casefold() not in it["head"].casefold():  # "The bridge, closed since a barge struck it"
        owner = owner[:1].lower() + owner[1:] if owner.split()[0] in _COMMON_OPENERS else owner  # → "… struck the
        return f"{it['head']} {owner}{it['rest']}"  # bridge": an object "it" is the sentence's subject, not its own
    pronoun = re.search(r"\bthem\b", text)
    at = [m.start() for m in re.finditer(r"\bthem\b", sentence[:clause[1]])]
    if not pronoun or not at:
        return text
    subject = {w.casefold() for w in text[:pronoun.start()].split()[:3]}
    nouns = [m for m in _EN_PLURAL.finditer(sentence[:at[-1]]) if m["noun"].casefold() not in subject
             and not _EN_VERB_S.fullmatch(m["noun"])]
    if not nouns:
        return text
    last = nouns[-1]
    modifier = last["modifier"] if last["modifier"] and not _EN_NO_MODIFIER.fullmatch(last["modifier"]) \
        and not re.fullmatch(PAST_PATTERN, last["modifier"]) else ""  # "held rates": a verb and its object
    noun = f"{modifier} {last['noun']}".strip()
    return f"{text[:pronoun.start()]}{noun}{text[pronoun.end():]}"


# Words in "-s" that are no plural nouns: verbs and function words.
_EN_VERB_S = re.compile(r"(?:is|was|has|does|says|its|this|thus|plus|less|unless|always|perhaps|news|series|"
                        r"[a-z]+(?:ous|ics|ss|us|is))")

# English nouns of an act with no object, the past and the infinitive of their verb ("the resignation of Adrian
# Orr" → "Adrian Orr resigned"), and the manner adjectives whose adverb the title keeps.
_EN_OWN_ACTS = {"resignation": ("resigned", "resign"), "death": ("died", "die"), "retirement": ("retired", "retire"),
                "departure": ("left", "leave"), "arrival": ("arrived", "arrive")}
_EN_MANNER = {"abrupt": "abruptly", "sudden": "suddenly", "unexpected": "unexpectedly", "early": "early"}


def _act_of_its_doer(text: str, lang: str, tense: int) -> str:
    """An English noun of an act with no object and the person who did it as a clause: "the abrupt resignation of
    Adrian Orr" → "Adrian Orr resigned abruptly"; "" for any other text."""
    found = re.fullmatch(r"(?i:the|his|her|their)\s+(?:(?P<manner>[a-z]+)\s+)?(?P<noun>[a-z]+)\s+of\s+"
                         r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)", text.strip()) if lang == "en" else None
    if not found or found["noun"] not in _EN_OWN_ACTS or (found["manner"] and found["manner"] not in _EN_MANNER):
        return ""
    past, infinitive = _EN_OWN_ACTS[found["noun"]]
    verb = past if tense < 0 else f"will {infinitive}"
    manner = f" {_EN_MANNER[found['manner']]}" if found["manner"] else ""
    return f"{found['who']} {verb}{manner}"
