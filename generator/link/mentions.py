"""Actor names and aliases in article bodies → links to the actors' profiles.

Matching is case-sensitive, on whole words, longest name first, and skips
links, code and headings. Each actor is linked at its first mention in an
article, and the sentence around that mention is kept for the actor's
profile (the backlink). Lookup goes word by word through an index keyed by
each name's first word, so the cost grows with the text, not with the
number of actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from markdown_it.token import Token

from generator.model import Actor

_WORD_RE = re.compile(r"\w+")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "sen", "rep", "gov", "lt", "sgt",
                  "no", "vs", "jr", "sr", "prof", "capt", "maj", "adm", "u.s", "u.k", "u.n", "e.u"}
SENTENCE_LIMIT = 320


@dataclass
class NameIndex:
    """Every actor name and alias, keyed by its first word, longest first."""

    by_first_word: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, actors: dict[str, Actor]) -> NameIndex:
        owners: dict[str, set[str]] = {}
        for actor in actors.values():
            for name in (actor.name, *actor.aliases):
                name = " ".join(name.split())
                if _WORD_RE.match(name):
                    owners.setdefault(name, set()).add(actor.id)
        index = cls()
        for name, ids in owners.items():
            first = _WORD_RE.match(name).group(0)  # type: ignore[union-attr]
            index.by_first_word.setdefault(first, []).append((name, tuple(sorted(ids))))
        for entries in index.by_first_word.values():
            entries.sort(key=lambda entry: (-len(entry[0]), entry[0]))
        return index

    def ambiguous(self) -> list[tuple[str, tuple[str, ...]]]:
        return sorted(entry for entries in self.by_first_word.values() for entry in entries
                      if len(entry[1]) > 1)

    def find(self, text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """(start, end, actor ids) of each name in ``text``, longest match, left to right."""
        pattern = self._pattern
        if pattern is None:
            if not self.by_first_word:
                return
            # One scan in C for the first words; each hit then tries its names, longest first.
            words = sorted(self.by_first_word, key=lambda w: (-len(w), w))
            # No leading look-behind: it would stop the regex engine skipping ahead by first letter.
            pattern = self._pattern = re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
        pos = 0
        for match in pattern.finditer(text):
            start = match.start()
            if start < pos or (start and _is_word_char(text[start - 1])):
                continue
            for name, ids in self.by_first_word[match.group(0)]:
                end = start + len(name)
                if text.startswith(name, start) and (end == len(text) or not _is_word_char(text[end])
                                                     or not _is_word_char(name[-1])):
                    yield start, end, ids
                    pos = end
                    break


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``, trimmed to a readable length."""
    begin, finish = 0, len(text)
    for match in _SENTENCE_END_RE.finditer(text):
        if _is_abbreviation(text, match.start()):
            continue
        if match.start() <= start:
            begin = match.end()
        elif match.start() >= end:
            finish = match.start()
            break
    sentence = text[begin:finish].strip()
    if len(sentence) > SENTENCE_LIMIT:
        offset = start - begin
        left = max(0, offset - SENTENCE_LIMIT // 2)
        piece = sentence[left:left + SENTENCE_LIMIT]
        sentence = ("…" if left else "") + piece.strip() + ("…" if left + SENTENCE_LIMIT < len(sentence) else "")
    return sentence


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:dot].rstrip(".").strip("\"“(").lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _plain_text(children: list[Token]) -> tuple[str, list[int]]:
    parts: list[str] = []
    offsets: list[int] = []
    length = 0
    for child in children:
        offsets.append(length)
        if child.type in ("text", "code_inline"):
            piece = child.content
        elif child.type in ("softbreak", "hardbreak"):
            piece = " "
        else:
            piece = ""
        parts.append(piece)
        length += len(piece)
    return "".join(parts), offsets


@dataclass
class MentionLinker:
    """Links first mentions in one article; ``found`` lists (actor id, sentence) in order."""

    index: NameIndex
    href: Callable[[str], str]
    prefer: tuple[str, ...] = ()  # key actors win an ambiguous alias
    found: list[tuple[str, str]] = field(default_factory=list)
    linked: set[str] = field(default_factory=set)

    def link(self, tokens: list[Token]) -> list[Token]:
        in_heading = False
        for token in tokens:
            if token.type == "heading_open":
                in_heading = True
            elif token.type == "heading_close":
                in_heading = False
            elif token.type == "inline" and token.children and not in_heading:
                token.children = self._link_inline(token.children)
        return tokens

    def _choose(self, ids: tuple[str, ...]) -> str | None:
        if len(ids) == 1:
            return ids[0]
        preferred = [i for i in ids if i in self.prefer]
        return preferred[0] if len(preferred) == 1 else None

    def _link_inline(self, children: list[Token]) -> list[Token]:
        plain: tuple[str, list[int]] | None = None
        out: list[Token] = []
        link_depth = 0
        for position, child in enumerate(children):
            if child.type == "link_open":
                link_depth += 1
            elif child.type == "link_close":
                link_depth -= 1
            if child.type != "text" or link_depth or not child.content:
                out.append(child)
                continue
            text, cursor = child.content, 0
            for start, end, ids in self.index.find(text):
                actor_id = self._choose(ids)
                if actor_id is None or actor_id in self.linked:
                    continue
                self.linked.add(actor_id)
                if plain is None:
                    plain = _plain_text(children)
                base = plain[1][position]
                self.found.append((actor_id, sentence_around(plain[0], base + start, base + end)))
                if start > cursor:
                    out.append(Token("text", "", 0, content=text[cursor:start]))
                opening = Token("link_open", "a", 1, attrs={"href": self.href(actor_id), "class": "actor-link"})
                out += [opening, Token("text", "", 0, content=text[start:end]), Token("link_close", "a", -1)]
                cursor = end
            if cursor == 0:
                out.append(child)
            elif cursor < len(text):
                out.append(Token("text", "", 0, content=text[cursor:]))
        return out
