"""Print the letters DejaVu Sans draws wider than generator/render/textwidth.py's classes allow.

    pip install -e '.[fonts]' && python scripts/label_font_widths.py [/path/to/DejaVuSans.ttf]

The output is the ``EXCEPTIONS`` table of textwidth.py: every Latin, Greek, Cyrillic and
Arabic glyph of the font whose advance is over its class's bound, rounded up to 0.05 em.
"""

from __future__ import annotations

import math
import sys
import unicodedata

from fontTools.ttLib import TTFont

from generator.render import textwidth

RANGES = [(0x20, 0x530), (0x1E00, 0x2000), (0x600, 0x700), (0x750, 0x780), (0xFB50, 0xFF00)]


def main(path: str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") -> None:
    font = TTFont(path)
    cmap, metrics, units = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    textwidth.EXCEPTIONS.clear()
    textwidth.char_em.cache_clear()
    found = {}
    for code, glyph in sorted(cmap.items()):
        ch = chr(code)
        if not any(lo <= code < hi for lo, hi in RANGES) or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc"):
            continue
        width = metrics[glyph][0] / units
        if width > textwidth.char_em(ch) + 1e-6:
            found[ch] = math.ceil(width * 20) / 20
    print("EXCEPTIONS: dict[str, float] = {")
    line = "   "
    for ch, width in found.items():
        item = f' "\\u{ord(ch):04x}": {width},'
        if len(line) + len(item) > 110:
            print(line)
            line = "   "
        line += item
    print(line)
    print("}")


if __name__ == "__main__":
    main(*sys.argv[1:])
