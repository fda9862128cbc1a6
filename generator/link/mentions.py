"""Actor names and aliases in article bodies → links to the actors' profiles.

Matching is case-sensitive, on whole words, longest name first, and skips
links, code and headings. Each actor is linked at its first mention in an
article, and the sentence around that mention is kept for the actor's
profile (the backlink). Lookup is one regex over every name, factored by
common prefix like a trie, so the cost grows with the text, not with the
number of actors.

"Whole words" follows the script: Chinese, Japanese, Thai, Lao, Khmer, Burmese
and Tibetan write no spaces between words, so a name in those scripts matches
inside a run of text (``外交部`` in ``中国外交部发言人``); a name in a spaced
script (Latin, Cyrillic, Arabic, ...) must not touch a letter of a spaced script
on either side, and may touch an unspaced one (``NATO的``). Inflected languages
list the forms they use as aliases (``aliases: [Путіна, Путіну, Путіним]``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from markdown_it.token import Token

from generator.model import Actor

_WORD_RE = re.compile(r"\w+")
# Scripts written without spaces between words: Thai, Lao, Tibetan, Burmese, Khmer, kana, CJK ideographs.
UNSPACED = ("\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff"
            "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f")
_UNSPACED_RE = re.compile(f"[{UNSPACED}]")
# A sentence ends at . ! ? before a space and a capital (Latin, Greek, Cyrillic), a digit or a letter
# of a script without capitals; or at 。！？ (no space follows in Chinese and Japanese).
_SENTENCE_START = "A-Z0-9\u00c0-\u00de\u0391-\u03a9\u0400-\u042f\u0590-\u08ff" + UNSPACED
_SENTENCE_END_RE = re.compile(f"(?<=[.!?])[\"”’)\\]»]*\\s+(?=[\"“‘(\\[«]?[{_SENTENCE_START}])"
                              "|(?<=[。！？])[」』”’）]*")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "sen", "rep", "gov", "lt", "sgt",
                  "no", "vs", "jr", "sr", "prof", "capt", "maj", "adm", "u.s", "u.k", "u.n", "e.u"}
SENTENCE_LIMIT = 320


@dataclass
class NameIndex:
    """Every actor name and alias, keyed by its first word, longest first."""

    by_first_word: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)
    _mixed: re.Pattern[str] | None = field(default=None, repr=False)
    _longest: int | None = field(default=None, repr=False)
    _owners: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)

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
        if not self.by_first_word:
            return
        # Where the text holds letters of a script without spaces, a name of a spaced script may
        # touch them ("NATO的"): a regex that knows those scripts, compiled only when such text
        # comes (its character classes at every name's end take a while to compile).
        mixed = _UNSPACED_RE.search(text) is not None
        pattern = self._mixed if mixed else self._pattern
        if pattern is None:
            pattern = re.compile(_trie_regex(self.names(), f"(?![^\\W{UNSPACED}])" if mixed else r"(?!\w)"))
            if mixed:
                self._mixed = pattern
            else:
                self._pattern = pattern
        owners = self.owners()
        pos = 0
        while match := pattern.search(text, pos):
            start = match.start()
            if start and _is_spaced_word_char(text[start - 1]) and _is_spaced_word_char(text[start]):
                pos = start + 1  # inside a word: look again from the next character
                continue
            pos = match.end()
            name = match.group(0)
            yield start, pos, owners.get(name) or owners[" ".join(name.split())]

    def longest_spaced_name(self) -> int:
        """The length of the longest name with a space in it (0: none), for names across line breaks."""
        if self._longest is None:
            self._longest = max((len(name) for name in self.names() if " " in name), default=0)
        return self._longest

    def names(self) -> list[str]:
        return [name for entries in self.by_first_word.values() for name, _ in entries]

    def owners(self) -> dict[str, tuple[str, ...]]:
        if self._owners is None:
            self._owners = {name: ids for entries in self.by_first_word.values() for name, ids in entries}
        return self._owners


def _trie_regex(names: list[str], word_end: str = r"(?!\w)") -> str:
    """One regex for all ``names``, factored by common prefix, that matches the longest name.

    The regex engine skips ahead to a possible first letter and then follows one branch per
    character, so a scan costs about the same for ten names as for a thousand. At each node
    the longer names are tried before the name ending there, and a name that ends in a letter
    of a spaced script must not be followed by one (whole words only).
    """
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = True  # a name ends here

    def node_regex(node: dict[str, Any], last: str) -> str:
        # a space in a name matches any run of white space: a line break in the source, too
        branches = [(r"\s+" if char == " " else re.escape(char)) + node_regex(child, char)
                    for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(word_end if _is_spaced_word_char(last) else "")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return node_regex(trie, "")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _is_spaced_word_char(char: str) -> bool:
    """A letter or digit of a script that puts spaces between words: a name must not touch one."""
    return (char.isalnum() or char == "_") and not _UNSPACED_RE.match(char)


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
            piece = child.content.replace("\n", " ")
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

    def _join_broken_names(self, children: list[Token]) -> list[Token]:
        """A text, a soft line break and a text become one text (holding the break) where a name
        runs across the break, so ``Anna`` / ``Berg`` on two source lines is found as ``Anna Berg``."""
        longest = self.index.longest_spaced_name()
        if not longest or not any(child.type == "softbreak" for child in children):
            return children
        out: list[Token] = []
        i = 0
        while i < len(children):
            child = children[i]
            after = children[i + 1] if i + 1 < len(children) else None
            if child.type == "softbreak" and out and out[-1].type == "text" and after is not None \
                    and after.type == "text":
                before = out[-1].content
                near = before[-longest:] + "\n" + after.content[:longest]  # a name across the break fits here
                cut = min(len(before), longest)
                if any(start < cut < end for start, end, _ in self.index.find(near)):
                    out[-1] = Token("text", "", 0, content=before + "\n" + after.content)
                    i += 2
                    continue
            out.append(child)
            i += 1
        return out

    def _link_inline(self, children: list[Token]) -> list[Token]:
        children = self._join_broken_names(children)
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
