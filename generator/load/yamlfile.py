"""Safe YAML that remembers where every key and item was written.

Mappings load as ``YDict`` and sequences as ``YList``; both keep the 1-based
line and column of each key or item, so later stages can point at the exact
place of a bad value. Timestamps stay strings (``dates.parse_date`` reads them
at their precision, and an impossible date becomes an error, not a crash).
Only plain YAML is accepted: a ``!!python/...`` tag is an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YDict(dict):  # type: ignore[type-arg]
    """A mapping with ``pos`` (its own line, column) and ``key_pos[key]``."""

    pos: tuple[int, int] = (1, 1)
    key_pos: dict[Any, tuple[int, int]]


class YList(list):  # type: ignore[type-arg]
    """A sequence with ``pos`` (its own line, column) and ``item_pos[i]``."""

    pos: tuple[int, int] = (1, 1)
    item_pos: list[tuple[int, int]]


def _pos(node: yaml.Node, line_offset: int) -> tuple[int, int]:
    return (node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)


_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"


def _construct(loader: Any, node: yaml.Node) -> Any:
    """``loader.construct_object(node, deep=True)``, with a short cut for plain strings.

    Most values are strings, and for a string node construct_object's bookkeeping
    (anchors, recursion, constructor lookup) ends in ``node.value`` anyway.
    """
    if type(node) is yaml.ScalarNode and node.tag == _STR_TAG:
        return node.value
    return loader.construct_object(node, deep=True)


def _make_loader(line_offset: int) -> type:
    class Loader(_Base):  # type: ignore[misc, valid-type]
        # PyYAML's resolve(), for a loader without path resolvers, with the implicit resolvers of
        # each first character joined once instead of at every scalar (it runs for every node).
        _implicit: ClassVar[dict[str, list[tuple[str, Any]]]] = {}
        _wildcard: ClassVar[list[tuple[str, Any]]] = []

        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
            if kind is yaml.ScalarNode:
                if implicit[0]:
                    for tag, regexp in self._implicit.get(value[:1], self._wildcard):
                        if regexp.match(value):
                            return tag  # type: ignore[no-any-return]
                return _STR_TAG
            return _SEQ_TAG if kind is yaml.SequenceNode else _MAP_TAG

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass

    def construct_mapping(loader: Any, node: yaml.MappingNode) -> YDict:
        own_keys = {id(key_node) for key_node, _ in node.value}  # not those merged in with <<
        loader.flatten_mapping(node)
        result = YDict()
        result.pos = _pos(node, line_offset)
        result.key_pos = {}
        written: dict[Any, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            key = _construct(loader, key_node)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be a plain word", key_node.start_mark)
            if id(key_node) in own_keys:
                if key in written:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key '{key}' (first written on line {written[key][0]}); "
                        "keep one", key_node.start_mark)
                written[key] = _pos(key_node, line_offset)
            result[key] = _construct(loader, value_node)
            result.key_pos[key] = _pos(key_node, line_offset)
        return result

    def construct_sequence(loader: Any, node: yaml.SequenceNode) -> YList:
        result = YList(_construct(loader, child) for child in node.value)
        result.pos = _pos(node, line_offset)
        result.item_pos = [_pos(child, line_offset) for child in node.value]
        return result

    def construct_timestamp(loader: Any, node: yaml.ScalarNode) -> str:
        return str(loader.construct_scalar(node))

    assert not Loader.yaml_path_resolvers, "resolve() above assumes there are none"
    Loader._wildcard = list(Loader.yaml_implicit_resolvers.get(None, []))
    Loader._implicit = {first: [*resolvers, *Loader._wildcard]
                        for first, resolvers in Loader.yaml_implicit_resolvers.items() if first is not None}
    Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)
    Loader.add_constructor("tag:yaml.org,2002:seq", construct_sequence)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)
    return Loader


_LOADERS: dict[int, type] = {}


class YamlError(Exception):
    """YAML that does not parse: a message and its 1-based line and column."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def parse_yaml(text: str, line_offset: int = 0) -> Any:
    """Parse one YAML document; lines are shifted by ``line_offset`` (for front matter)."""
    loader_cls = _LOADERS.get(line_offset)
    if loader_cls is None:
        loader_cls = _LOADERS[line_offset] = _make_loader(line_offset)
    try:
        return yaml.load(text, Loader=loader_cls)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in problem:
            tag = problem.rsplit(" ", 1)[-1].strip("'").replace("tag:yaml.org,2002:", "!!")
            problem = f"unsupported YAML tag '{tag}'; only plain YAML is allowed"
        elif exc.context and exc.problem:
            problem = f"{exc.problem} ({exc.context})"
        line = (mark.line + 1 + line_offset) if mark else 1 + line_offset
        column = (mark.column + 1) if mark else 1
        raise YamlError(problem, line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", 1 + line_offset, 1) from None


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
