"""How wide a label may be drawn, at most, in whatever sans-serif font the reader has; and labels wrapped to fit.

A picture drawn at build time cannot measure its text, so it reserves an upper bound: each
character counts for the widest advance its class has in DejaVu Sans (measured with
fontTools; a wide sans-serif, with Verdana's proportions), rounded up, in em:
wide letters (M, W, Ш, Щ, Œ...) 1.15, other capitals 0.82, other small letters 0.7, Arabic
letters 1.05 (1.3 for the seen and sad family), letters of other scripts 1.1, digits and
most punctuation 0.7, spaces 0.35, East Asian wide and full-width characters 1.0, emoji
and other wide symbols 1.65, combining marks nothing (an accented letter counts as its base
letter). Checked against every glyph DejaVu Sans has for Latin, Greek, Cyrillic and Arabic
(the wider syllabaries, Canadian and Ogham, can exceed it); the few letters that are wider
there than their class are listed one by one (``EXCEPTIONS``). A narrower font leaves some room
unused; a font wider than DejaVu Sans in a class would draw past it. tests/test_network_labels.py measures the
result in a real browser.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

WIDE = frozenset("MWmw@%ŒœÆæЖШЩЮФЫМжшщюфымѼѽЉЊљњԔԕѨѩԊԋԢԣҦҧҖӜӁԠԈӔӕԘԙǄǅǆǇǈǉǊǋǌǱǲǳǶϢϣϠϡʣʤʥȸȹƕ‰‱")
# Letters wider in DejaVu Sans than their class allows, in em rounded up to 0.05: printed by
# scripts/label_font_widths.py (fontTools), which checks every Latin, Greek, Cyrillic and Arabic glyph.
EXCEPTIONS: dict[str, float] = {
    "\u0126": 0.95, "\u0149": 0.85, "\u019c": 1.0, "\u01a0": 0.95, "\u01a2": 0.95, "\u01a3": 0.8,
    "\u01af": 0.9, "\u01b4": 0.75, "\u01c4": 1.45, "\u01c5": 1.3, "\u01c6": 1.2, "\u01f1": 1.45,
    "\u01f2": 1.3, "\u01f3": 1.2, "\u0221": 0.85, "\u0235": 0.85, "\u025a": 0.85, "\u025d": 0.8,
    "\u026e": 0.75, "\u026f": 1.0, "\u0270": 1.0, "\u0271": 1.0, "\u0276": 0.9, "\u0277": 0.75,
    "\u028d": 0.85, "\u0298": 0.8, "\u029b": 0.75, "\u02a0": 0.75, "\u02a6": 0.85, "\u02a8": 0.8,
    "\u02a9": 0.85, "\u02aa": 0.75, "\u0372": 0.9, "\u0389": 0.9, "\u038e": 0.85, "\u038f": 0.85,
    "\u039c": 0.9, "\u03c9": 0.85, "\u03ce": 0.85, "\u03d3": 0.85, "\u03d6": 0.85, "\u03fa": 0.9,
    "\u042a": 0.85, "\u044a": 0.75, "\u0460": 0.95, "\u0461": 0.85, "\u0464": 0.95, "\u0465": 0.75,
    "\u0466": 0.9, "\u0467": 0.8, "\u0468": 1.2, "\u046c": 1.05, "\u046d": 0.85, "\u0470": 0.9, "\u0471": 0.9,
    "\u0478": 1.0, "\u0479": 0.95, "\u047a": 1.0, "\u047b": 0.8, "\u047c": 1.2, "\u047e": 0.95,
    "\u047f": 0.85, "\u0497": 0.95, "\u04a0": 0.9, "\u04a1": 0.85, "\u04a4": 1.05, "\u04a5": 0.9,
    "\u04a8": 0.9, "\u04b4": 0.95, "\u04b5": 0.85, "\u04bc": 0.95, "\u04bd": 0.75, "\u04be": 0.95,
    "\u04bf": 0.75, "\u04cd": 0.9, "\u04ce": 0.8, "\u0502": 1.05, "\u0503": 0.9, "\u0504": 1.0, "\u0505": 0.9,
    "\u0509": 1.0, "\u050f": 0.75, "\u0514": 1.2, "\u0516": 0.9, "\u0517": 0.9, "\u051c": 1.0, "\u051d": 0.85,
    "\u0521": 0.95, "\u0609": 0.8, "\u060a": 1.0, "\u06aa": 1.1, "\u1eda": 0.95, "\u1edc": 0.95,
    "\u1ede": 0.95, "\u1ee0": 0.95, "\u1ee2": 0.95, "\u1ee8": 0.9, "\u1eea": 0.9, "\u1eec": 0.9,
    "\u1eee": 0.9, "\u1ef0": 0.9, "\u1f60": 0.85, "\u1f61": 0.85, "\u1f62": 0.85, "\u1f63": 0.85,
    "\u1f64": 0.85, "\u1f65": 0.85, "\u1f66": 0.85, "\u1f67": 0.85, "\u1f7c": 0.85, "\u1f7d": 0.85,
    "\u1fa0": 0.85, "\u1fa1": 0.85, "\u1fa2": 0.85, "\u1fa3": 0.85, "\u1fa4": 0.85, "\u1fa5": 0.85,
    "\u1fa6": 0.85, "\u1fa7": 0.85, "\u1ff2": 0.85, "\u1ff3": 0.85, "\u1ff4": 0.85, "\u1ff6": 0.85,
    "\u1ff7": 0.85,
}
ARABIC_WIDE = frozenset("سشصضښڛڜڝڞ")  # the letters with teeth and a bowl, 1.22 em alone in DejaVu Sans


def _arabic(code: int) -> bool:
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF


@lru_cache(maxsize=4096)
def char_em(ch: str) -> float:
    """The most one character takes, in em (an accented letter counts as its base letter)."""
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf", "Cc"):
        return 0.0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.65 if category[0] == "S" else 1.0
    if category == "Zs":
        return 0.35 if ch in " \u00a0\u202f" else 1.0
    code = ord(ch)
    if 0x1F00 <= code <= 0x1FFF and category in ("Lu", "Lt"):
        return 1.15  # Greek capitals with breathings and accents set before them
    if ch in EXCEPTIONS:
        return EXCEPTIONS[ch]
    base = unicodedata.normalize("NFKD", ch)[0]
    if ch in WIDE or base in WIDE:
        return 1.15
    if _arabic(code):
        return 1.3 if ch in ARABIC_WIDE or base in ARABIC_WIDE else 1.05 if category[0] == "L" else 0.7
    if category in ("Lu", "Lt"):
        return 0.82
    if category in ("Ll", "Lm"):
        return 0.7
    if category[0] == "L":
        return 1.1
    if ch.isdigit() or category[0] == "P":
        return 0.85 if ch in "#&" else 0.7
    return 1.65 if category == "So" else 1.0


def text_width(text: str, size: float) -> float:
    """The widest ``text`` can be drawn at font size ``size`` (in the same units)."""
    return text_em(text) * size


@lru_cache(maxsize=1 << 16)
def text_em(text: str) -> float:
    """The widest ``text`` can be drawn, in em: the same titles are measured on many pages."""
    return sum(map(char_em, text))


def wrap(text: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` where it has spaces to break at (a word longer stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(lines[-1] + " " + word, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [text]
