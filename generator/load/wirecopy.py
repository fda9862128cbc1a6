"""Plain-text bodies (wire copy) → paragraphs and ``SEE ALSO:`` titles.

Wire copy has one paragraph per line (or, when the text has blank lines,
paragraphs separated by blank lines with hard-wrapped lines joined). A
paragraph starting ``SEE ALSO:`` is a marker: its title becomes a see-also
link. Agencies often glue the marker to the next sentence with no break
(``...Russian Air StrikePeople familiar with...``); ``split_marker`` finds
where the title ends and gives the rest back as body text.

In a script with letter case (Latin with or without diacritics, Cyrillic, Greek,
Armenian...) the glue is a lowercase letter or closing punctuation directly
followed by a capital (``…після переговорівЗеленський заявив…``). Scripts
without case (Arabic, Hebrew, Chinese, Japanese...) have two cues: the title of
an article of the site at the start, or a question or exclamation mark directly
followed by a letter (``عنوان؟قال …``, ``标题？外交部…``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

MARKER_RE = re.compile(r"^\s*SEE ALSO\s*:\s*", re.IGNORECASE)

# A glue point: a lowercase letter (of any cased script) or closing punctuation directly
# followed by a capital, with no space between them; in an uncased script, ? or ! (in
# any script's form) directly followed by a letter.
_CLOSING = frozenset("?!.\"”’)]»؟！？")
_QUESTION_OR_EXCLAMATION = frozenset("?!؟！？")
# Words whose inner capital is part of the name, not a glue point.
_CAMEL_NAMES = re.compile(r"(?:^|\s)(?:Mc|Mac|Mc'|O'|De|Di|Da|La|Le|Van|Von|i|e)$")


@dataclass
class Paragraph:
    text: str
    line: int  # 1-based line in the body file


@dataclass
class WireCopy:
    paragraphs: list[Paragraph] = field(default_factory=list)
    see_also: list[tuple[str, int]] = field(default_factory=list)  # (title, line)


def parse_wire_copy(text: str, first_line: int = 1, known_titles: tuple[str, ...] = ()) -> WireCopy:
    """Split plain text into paragraphs; pull out see-also markers (glue repaired)."""
    result = WireCopy()
    for para in _paragraphs(text, first_line):
        marker = MARKER_RE.match(para.text)
        if not marker:
            result.paragraphs.append(para)
            continue
        title, rest = split_marker(para.text[marker.end():], known_titles)
        if title:
            result.see_also.append((title, para.line))
        if rest:
            result.paragraphs.append(Paragraph(rest, para.line))
    return result


def _paragraphs(text: str, first_line: int) -> list[Paragraph]:
    lines = text.split("\n")
    filled = [bool(line.strip()) for line in lines]
    inner = filled[filled.index(True): len(filled) - filled[::-1].index(True)] if any(filled) else []
    has_blank_line = not all(inner)
    has_wrapped_line = any(a and b for a, b in itertools.pairwise(filled))
    # Hard-wrapped copy with blank lines between paragraphs: join the wrapped lines.
    blank_separated = has_blank_line and has_wrapped_line
    out: list[Paragraph] = []
    current: list[str] = []
    start = first_line
    for offset, raw in enumerate(lines):
        line = " ".join(raw.split())
        if not blank_separated:
            if line:
                out.append(Paragraph(line, first_line + offset))
            continue
        if line and not MARKER_RE.match(line):
            if not current:
                start = first_line + offset
            current.append(line)
            continue
        if current:
            out.append(Paragraph(" ".join(current), start))
            current = []
        if line:  # a marker line always stands alone
            out.append(Paragraph(line, first_line + offset))
    if current:
        out.append(Paragraph(" ".join(current), start))
    return out


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.replace("’", "'").lower()).strip()


def split_marker(text: str, known_titles: tuple[str, ...] = ()) -> tuple[str, str]:
    """``"Title?Rest of sentence."`` → ``("Title?", "Rest of sentence.")``.

    A known article title at the start wins; else the first glue point that
    is not inside a name such as McDonald; else the whole text is the title.
    """
    text = text.strip()
    for title in sorted(known_titles, key=len, reverse=True):
        rest = text[len(title):]
        # The title must end where the text does or be glued to the rest (no space):
        # "Talks In Kyiv Resume" is not the article "Talks In Kyiv".
        if title and _norm(text[: len(title)]) == _norm(title) and not rest[:1].isspace():
            return text[: len(title)].strip(), rest.strip()
    for cut in _glue_points(text):
        word_start = text.rfind(" ", 0, cut) + 1
        if _CAMEL_NAMES.search(" " + text[word_start:cut]):
            continue
        if " " not in text[cut:] and not _is_unspaced(text[cut]):
            continue  # the glued word must start a sentence (more words follow), not end the title
        return text[:cut].strip(), text[cut:].strip()
    return text, ""


def _glue_points(text: str) -> list[int]:
    """Where a title may end and a glued sentence start, left to right."""
    points = []
    for i in range(1, len(text)):
        before, char = text[i - 1], text[i]
        if char.isupper() and (before.islower() or before in _CLOSING):
            points.append(i)  # a cased script: "переговорівЗеленський", "Strike?People"
        elif char.isalpha() and not _is_cased(char) and before in _QUESTION_OR_EXCLAMATION:
            points.append(i)  # an uncased script: "عنوان؟قال", "标题？外交部"
    return points


def _is_cased(char: str) -> bool:
    return char.lower() != char.upper()


def _is_unspaced(char: str) -> bool:
    return "\u3040" <= char <= "\u9fff" or "\u0e00" <= char <= "\u0fff" or "\uac00" <= char <= "\ud7af"
