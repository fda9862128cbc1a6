"""Reading content files as text, with encoding problems reported, not raised."""

from __future__ import annotations

import re
from pathlib import Path

from generator.diagnostics import Diagnostics, Location
from generator.load.fields import SLUG_RE, type_name
from generator.load.yamlfile import (
    FORBIDDEN_CHAR_RE,
    YamlError,
    YDict,
    decode_text,
    forbidden_char_message,
    parse_yaml,
    split_front_matter,
)
from generator.transliterate import slugify as transliterated

MAX_FILE_BYTES = 16 * 2**20  # a content file; a long explainer is well under 1 MB


def read_text(path: Path, src_path: str, diags: Diagnostics) -> str | None:
    """The file as UTF-8 text with ``\\n`` newlines, or ``None`` with an error recorded."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except (OSError, RuntimeError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        diags.error(Location(src_path), f"cannot read the file: {reason}")
        return None
    if len(data) > MAX_FILE_BYTES:
        diags.error(Location(src_path), f"the file is larger than {MAX_FILE_BYTES // 2**20} MB; split it")
        return None
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        diags.error(Location(src_path, line, column),
                    f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8")
        return None
    if bad := FORBIDDEN_CHAR_RE.search(text):  # XML 1.0 cannot carry it, and HTML calls it an error
        at = bad.start()
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        diags.error(Location(src_path, line, column), forbidden_char_message(bad.group()))
        return None
    return text


def parse_document(text: str, src_path: str, diags: Diagnostics, what: str) -> tuple[YDict | None, str, int]:
    """Front matter (a mapping with key locations), the body, and the body's first line."""
    try:
        split = split_front_matter(text)
    except YamlError as exc:
        diags.error(Location(src_path, exc.line, exc.column), exc.message)
        return None, "", 1
    if split.front is None:
        diags.error(Location(src_path), f"no front matter; a {what} starts with a '---' line, "
                                        "YAML such as 'title: ...', and another '---' line")
        return None, split.body, split.body_line
    try:
        data = parse_yaml(split.front, split.front_line - 1)
    except YamlError as exc:
        diags.error(Location(src_path, exc.line, exc.column), exc.message)
        return None, split.body, split.body_line
    if data is None:
        data = YDict()
        data.pos, data.key_pos = (split.front_line, 1), {}
    if not isinstance(data, YDict):
        diags.error(Location(src_path, split.front_line), f"the front matter must be a mapping of keys "
                                                          f"(title: ...), not {type_name(data)}")
        return None, split.body, split.body_line
    return data, split.body, split.body_line


_TRANSLATION_RE = re.compile(r"^(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)$")


def split_language(stem: str) -> tuple[str, str | None]:
    """``grain-deal.uk`` → (``grain-deal``, ``uk``): a translation; ``grain-deal`` → (``grain-deal``, None)."""
    match = _TRANSLATION_RE.match(stem)
    return (match["slug"], match["lang"].replace("_", "-")) if match else (stem, None)


def check_slug(stem: str, src_path: str, diags: Diagnostics) -> bool:
    if SLUG_RE.match(stem):
        return True
    suggestion = slugify(stem) or "a-name"
    diags.error(Location(src_path), f"file name '{stem}' is not a valid id (lowercase letters, digits and "
                                    f"hyphens); rename it to '{suggestion}'")
    return False


def slugify(text: str, language: str = "") -> str:
    """'Trump’s Win: What Next?' → 'trumps-win-what-next'; ``Київ`` → ``kyiv`` (see generator/transliterate.py)."""
    return transliterated(text, language)
