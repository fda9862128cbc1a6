"""English verb forms: an -ing participle made the finite verb of a headline ("peaking" → "peaked").

A clause such as "since peaking at 9.1% in June 2022" dates an event whose verb is the
participle; its headline needs the verb in the tense of its date. The base form comes from
simplemma's English lemmas; the past tense from a table of irregular verbs, else the
regular spelling rules.
"""

from __future__ import annotations

import functools
import re

IRREGULAR_PAST = {
    "be": "was", "begin": "began", "break": "broke", "bring": "brought", "build": "built", "buy": "bought",
    "choose": "chose", "come": "came", "cut": "cut", "do": "did", "draw": "drew", "drive": "drove", "fall": "fell",
    "feel": "felt", "fight": "fought", "find": "found", "fly": "flew", "get": "got", "give": "gave", "go": "went",
    "grow": "grew", "have": "had", "hear": "heard", "hit": "hit", "hold": "held", "keep": "kept", "know": "knew",
    "lead": "led", "leave": "left", "lose": "lost", "make": "made", "meet": "met", "pay": "paid", "put": "put",
    "rise": "rose", "run": "ran", "say": "said", "see": "saw", "sell": "sold", "send": "sent", "set": "set",
    "shake": "shook", "shoot": "shot", "shrink": "shrank", "sink": "sank", "sit": "sat", "speak": "spoke",
    "spend": "spent", "stand": "stood", "steal": "stole", "strike": "struck", "swear": "swore", "take": "took",
    "tell": "told", "think": "thought", "throw": "threw", "win": "won", "withdraw": "withdrew", "write": "wrote",
    "overtake": "overtook", "undergo": "underwent", "become": "became", "bear": "bore", "seek": "sought",
    "spread": "spread", "quit": "quit", "let": "let", "lay": "laid", "lie": "lay", "wake": "woke", "wear": "wore",
    "slide": "slid", "split": "split", "hang": "hung", "swing": "swung", "beat": "beat", "sweep": "swept",
    # (pasts that are also common nouns, "fed", "bid", "cost", "forecast", "bit", are left out: "The Fed")
    "shut": "shut", "hurt": "hurt", "burst": "burst", "cast": "cast", "flee": "fled", "lend": "lent",
    "bend": "bent", "ride": "rode", "tear": "tore", "freeze": "froze",
    "forbid": "forbade", "forgive": "forgave", "hide": "hid", "blow": "blew", "dig": "dug",
    "drink": "drank", "eat": "ate", "forget": "forgot", "ring": "rang", "sing": "sang", "spin": "spun",
    "stick": "stuck", "swim": "swam", "teach": "taught", "catch": "caught", "deal": "dealt", "mean": "meant",
    "sleep": "slept", "leap": "leapt", "arise": "arose", "awake": "awoke", "shine": "shone",
    "strive": "strove", "sting": "stung", "withhold": "withheld", "uphold": "upheld", "overcome": "overcame",
    "oversee": "oversaw", "overturn": "overturned", "outrun": "outran", "foresee": "foresaw", "mislead": "misled",
}
PAST_FORMS = frozenset(IRREGULAR_PAST.values())
PAST_PATTERN = "|".join(sorted(PAST_FORMS))  # "began|broke|…": a regular expression's alternation
_SHORT_DOUBLED = re.compile(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$")  # "stop" → "stopped", "plan" → "planned"


@functools.cache
def base_form(participle: str) -> str:
    """The base form of an English -ing participle ("paving" → "pave"), with simplemma's lemmas."""
    import simplemma

    lemma = simplemma.lemmatize(participle.lower(), lang="en")
    return lemma if lemma != participle.lower() else re.sub(r"ing$", "", participle.lower())


def past(base: str) -> str:
    if base in IRREGULAR_PAST:
        return IRREGULAR_PAST[base]
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    if len(base) <= 4 and _SHORT_DOUBLED.search(base):
        return base + base[-1] + "ed"
    return base + "ed"


def present(base: str) -> str:
    """The third person singular: "pave" → "paves", "push" → "pushes", "carry" → "carries"."""
    if base in ("be", "have"):
        return {"be": "is", "have": "has"}[base]
    if re.search(r"(?:s|sh|ch|x|z|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


def finite(participle: str, tense: int, plural: bool = False) -> str:
    """``participle`` as the finite verb of tense -1 (past), 0 (present) or 1 (future)."""
    base = base_form(participle)
    if tense < 0:
        return "were" if base == "be" and plural else past(base)
    if tense > 0:
        return f"will {base}"
    if plural:
        return {"be": "are"}.get(base, base)
    return present(base)
