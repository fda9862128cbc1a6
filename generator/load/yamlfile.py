"""Safe YAML that remembers where every key and item was written.

Mappings load as ``YDict`` and sequences as ``YList``; both keep the 1-based
line and column of each key or item, so later stages can point at the exact
place of a bad value. Timestamps stay strings (``dates.parse_date`` reads them
at their precision, and an impossible date becomes an error, not a crash).
Only plain YAML is accepted: a ``!!python/...`` tag is an error.

Loading is bounded before anything is built: a document may nest at most
``MAX_DEPTH`` levels, hold at most ``MAX_VALUES`` values once its aliases are
expanded, or one per two characters of a larger document, which cannot hold
more without aliases (an alias nest cannot grow without end, and a long
timeline file is not refused), strings of at most
``MAX_STRING`` characters and integers of at most ``MAX_DIGITS`` digits, and no
character that XML 1.0 forbids (a double-quoted escape such as ``"\\e"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from typing import Any

import yaml

MAX_DEPTH = 64
MAX_VALUES = 100_000
MAX_STRING = 100_000
MAX_DIGITS = 30

# What XML 1.0 forbids (C0 controls but tab and newlines, surrogates, U+FFFE, U+FFFF), and what
# HTML calls a parse error (DEL, C1 controls, the other noncharacters): refused in every content file.
FORBIDDEN_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_INT_TAG = "tag:yaml.org,2002:int"
_STR_TAG = "tag:yaml.org,2002:str"
# An anchor ("&name" after a space, a flow bracket or a comma, unlike "AT&T" or " & "): without one,
# a document has no alias to expand.
_ANCHOR_RE = re.compile(r"(?<![^\s\[{,])&[^\s\[\]{},]")


class YDict(dict):  # type: ignore[type-arg]
    """A mapping with ``pos`` (its own line, column) and ``key_pos[key]``."""

    pos: tuple[int, int] = (1, 1)
    key_pos: dict[Any, tuple[int, int]]


class YList(list):  # type: ignore[type-arg]
    """A sequence with ``pos`` (its own line, column) and ``item_pos[i]``."""

    pos: tuple[int, int] = (1, 1)
    item_pos: list[tuple[int, int]]


def forbidden_char_message(char: str) -> str:
    return f"character U+{ord(char):04X} is not allowed (a control character or noncharacter); remove it"


def shown(value: object, limit: int = 60) -> str:
    """``value`` as text for a message, cut to ``limit`` characters."""
    text = value if isinstance(value, str) else str(value) if isinstance(value, (int, float)) else type(value).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """PyYAML's safe loader (libyaml's when there), with positions kept and bounds checked."""

    line_offset = 0
    walk = True  # False when the text cannot pass a bound but depth and digits (no long value, escape or alias)
    max_values = MAX_VALUES  # values once aliases are expanded
    depth = 0  # of the mapping or sequence being built

    def pos(self, node: yaml.Node) -> tuple[int, int]:
        mark = node.start_mark
        return (mark.line + 1 + self.line_offset, mark.column + 1)

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        if self.walk:
            check_bounds(node, self.max_values)
        return self.construct_document(node)

    def construct_value(self, node: yaml.Node) -> Any:
        """``construct_object(node, deep=True)``, with a short cut for plain strings: most values
        are, and for them construct_object's bookkeeping ends in ``node.value`` anyway."""
        if type(node) is yaml.ScalarNode and node.tag == _STR_TAG:
            return node.value
        return self.construct_object(node, deep=True)


def _fail(message: str, node: yaml.Node) -> yaml.MarkedYAMLError:
    return yaml.constructor.ConstructorError(None, None, message, node.start_mark)


def check_bounds(root: yaml.Node, max_values: int = MAX_VALUES) -> None:
    """Walk the node tree level by level as it will be built (each alias expanded); raise at the
    first bound passed. The walk stops once ``max_values`` is passed: an alias nest costs no more.
    """
    level: list[yaml.Node] = [root]
    depth = count = 0
    while level:
        depth += 1
        count += len(level)
        if count > max_values:
            raise _fail(f"the document holds more than {max_values:,} values once its aliases (*name) "
                        "are expanded; write it out plainly", level[0])
        deeper: list[yaml.Node] = []
        for node in level:
            value = node.value
            if type(value) is str:
                _check_scalar(node, value)
            elif value and type(value[0]) is tuple:  # a mapping's (key, value) pairs
                deeper.extend(chain.from_iterable(value))
            else:
                deeper.extend(value)
        if deeper and depth >= MAX_DEPTH:
            raise _fail(f"nested more than {MAX_DEPTH} levels deep", deeper[0])
        level = deeper


def _check_scalar(node: yaml.Node, value: str) -> None:
    if len(value) > MAX_STRING:
        raise _fail(f"a text of {len(value):,} characters; at most {MAX_STRING:,} are allowed", node)
    if node.style == '"' and (bad := FORBIDDEN_CHAR_RE.search(value)):
        raise _fail(forbidden_char_message(bad.group()), node)
    if node.tag == _INT_TAG and len(value) > MAX_DIGITS:
        raise _fail(f"a number of {len(value):,} digits; at most {MAX_DIGITS} are allowed "
                    "(quote it to make it text)", node)


def _deeper(loader: _Loader, node: yaml.Node) -> None:
    """One level deeper (the bound for a text that is not walked first)."""
    loader.depth += 1
    if loader.depth > MAX_DEPTH:
        raise _fail(f"nested more than {MAX_DEPTH} levels deep", node)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> YDict:
    _deeper(loader, node)
    own_keys = {id(key_node) for key_node, _ in node.value}  # not those merged in with <<
    loader.flatten_mapping(node)
    result = YDict()
    result.pos = loader.pos(node)
    result.key_pos = {}
    written: dict[Any, tuple[int, int]] = {}
    for key_node, value_node in node.value:
        key = loader.construct_value(key_node)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise _fail("a key must be a plain word", key_node)
        if id(key_node) in own_keys:
            if key in written:
                raise _fail(f"duplicate key '{shown(key)}' (first written on line {written[key][0]}); keep one",
                            key_node)
            written[key] = loader.pos(key_node)
        result[key] = loader.construct_value(value_node)
        result.key_pos[key] = loader.pos(key_node)
    loader.depth -= 1
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> YList:
    _deeper(loader, node)
    result = YList([loader.construct_value(child) for child in node.value])
    loader.depth -= 1
    result.pos = loader.pos(node)
    result.item_pos = [loader.pos(child) for child in node.value]
    return result


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int:
    """PyYAML's integer, at most ``MAX_DIGITS`` long (also checked here: a plain document is not walked)."""
    if len(node.value) > MAX_DIGITS:
        _check_scalar(node, node.value)
    return loader.construct_yaml_int(node)  # type: ignore[no-any-return]


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor(_INT_TAG, _construct_int)


class YamlError(Exception):
    """YAML that does not parse: a message and its 1-based line and column."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def _at(text: str, index: int, line_offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``text[index]``."""
    return text.count("\n", 0, index) + 1 + line_offset, index - text.rfind("\n", 0, index)


def parse_yaml(text: str, line_offset: int = 0) -> Any:
    """Parse one YAML document; lines are shifted by ``line_offset`` (for front matter)."""
    loader = _Loader(text)
    loader.line_offset = line_offset
    # what a text needs to pass a bound other than depth and digits: a long value, an escape, an alias
    loader.walk = len(text) > MAX_STRING or "\\" in text or ("&" in text and _ANCHOR_RE.search(text) is not None)
    loader.max_values = max(MAX_VALUES, len(text) // 2)  # a value takes two characters at least ("- a", "[a,")
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in problem:
            tag = problem.rsplit(" ", 1)[-1].strip("'").replace("tag:yaml.org,2002:", "!!")
            problem = f"unsupported YAML tag '{shown(tag)}'; only plain YAML is allowed"
        elif exc.context and exc.problem:
            problem = f"{exc.problem} ({exc.context})"
        line = (mark.line + 1 + line_offset) if mark else 1 + line_offset
        column = (mark.column + 1) if mark else 1
        raise YamlError(problem, line, column) from None
    except yaml.reader.ReaderError as exc:
        # a control character written as it is (the YAML reader refuses them): at its own place
        char = text[exc.position] if 0 <= exc.position < len(text) else "\x00"
        raise YamlError(forbidden_char_message(char), *_at(text, exc.position, line_offset)) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {shown(str(exc), 200)}", 1 + line_offset, 1) from None
    except (ValueError, OverflowError) as exc:  # a value PyYAML's own constructors cannot make
        raise YamlError(f"a value that cannot be read: {shown(str(exc), 200)}", 1 + line_offset, 1) from None
    finally:
        loader.dispose()


@dataclass(frozen=True)
class FrontMatterSplit:
    front: str | None  # None when the file has no front matter
    front_line: int  # 1-based line of the first front-matter line
    body: str
    body_line: int  # 1-based line of the first body line


def split_front_matter(text: str) -> FrontMatterSplit:
    """Split ``---`` fenced YAML front matter from the body, keeping line numbers."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return FrontMatterSplit(None, 1, text, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            front = "\n".join(lines[1:index]) + "\n"
            body = "\n".join(lines[index + 1:])
            return FrontMatterSplit(front, 2, body, index + 2)
    raise YamlError(
        "front matter is not closed; add a line '---' after the YAML", 1, 1)


def decode_text(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), newlines normalised to ``\\n``; ``UnicodeDecodeError`` on bad bytes."""
    text = data.decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")
