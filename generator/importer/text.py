"""Wire copy as text: read it safely, take off the dateline, split it into sentences.

``read_wire`` refuses what is not wire copy (empty, binary, not UTF-8, over
2 MB) with a ``WireError`` whose message says why. ``split_dateline`` takes
``KYIV, March 3, 2023 (Reuters) -`` off the first paragraph. ``split_sentences``
cuts a paragraph at ``.``, ``!`` or ``?`` followed by a capital, but not after
an abbreviation such as ``U.S.``, ``Mr.`` or an initial.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from generator.load.yamlfile import decode_text

MAX_BYTES = 2 * 1024 * 1024


class WireError(ValueError):
    """The file cannot be imported; the message says why."""


def read_wire(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its text (UTF-8, ``\\n`` newlines); ``WireError`` if it is not wire copy."""
    if not path.exists():
        raise WireError("no such file")
    if not path.is_file():
        raise WireError("not a file; give the path of a plain-text story")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise WireError(f"file is too large ({size / 1024 / 1024:.1f} MB); wire copy over 2 MB is not imported")
    data = path.read_bytes()
    if b"\x00" in data:
        raise WireError("binary file (it contains NUL bytes); import takes plain text")
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        raise WireError(f"binary file or not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                        "save the story as UTF-8 plain text") from None
    if not text.strip():
        raise WireError("empty file; there is no text to import")
    return data, text


# KYIV, March 3, 2023 (Reuters) -     WASHINGTON (AP) —     LONDON, 3 March -
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:,\s+[A-Z][A-Za-z.'’ -]*?)?)"
    r"(?:,\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?))?"
    r"\s*(?P<agency>\([^)]{1,40}\))?\s*[-–—]+\s+"
)


@dataclass(frozen=True)
class Dateline:
    place: str
    date: str  # as written, e.g. "March 3, 2023"; "" when the dateline has none


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """``"KYIV, March 3, 2023 (Reuters) - Text"`` → (Dateline, ``"Text"``)."""
    match = _DATELINE_RE.match(paragraph)
    if not match or not (match.group("date") or match.group("agency")):
        return None, paragraph
    return Dateline(match.group("place").strip(), match.group("date") or ""), paragraph[match.end():]


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "sen", "rep", "gov", "lt", "sgt", "no", "vs",
                  "jr", "sr", "prof", "capt", "maj", "adm", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"}


def split_sentences(paragraph: str) -> list[str]:
    sentences, start = [], 0
    for match in _SENTENCE_END_RE.finditer(paragraph):
        word = paragraph[:match.start()].rsplit(maxsplit=1)[-1].rstrip(".").strip("\"“(").lower()
        if word in _ABBREVIATIONS or "." in word or (len(word) == 1 and word.isalpha()):
            continue  # U.S., Mr., J. — not the end of a sentence
        sentences.append(paragraph[start:match.start()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def shorten(sentence: str, limit: int = 90) -> str:
    """The sentence without its final stop, cut at a word before ``limit`` characters (with …)."""
    text = sentence.strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:–—-") + "…"


def slugify(text: str, limit: int = 60) -> str:
    """Lowercase letters, digits and hyphens, cut at a hyphen before ``limit`` characters."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    plain = re.sub(r"(?<=\w)[.'’](?=\w)", "", plain)  # U.S. → US, Ukraine's → Ukraines
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug
