"""Typed reads of YAML mappings that report every bad value where it was written."""

from __future__ import annotations

import difflib
import re
from typing import Any

from generator.dates import DateError, PartialDate, parse_date
from generator.diagnostics import Diagnostics, Location
from generator.load.yamlfile import YDict, YList, shown
from generator.urls import clean_url, is_safe_url

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def did_you_mean(word: str, choices: list[str] | set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    if not close:  # 'putin' → 'vladimir-putin': the word is one whole part of exactly one id
        close = [c for c in sorted(choices) if word in c.split("-") and word != c]
        close = close if len(close) == 1 else []
    return f" (did you mean '{close[0]}'?)" if close else ""


def type_name(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "nothing"
    if isinstance(value, (int, float)):
        return f"the number {shown(value)}"
    return f"'{shown(value)}'"


class Fields:
    """Read one mapping's keys with their locations; problems go to ``diags``."""

    def __init__(self, mapping: YDict, src_path: str, diags: Diagnostics, what: str) -> None:
        self.mapping = mapping
        self.src_path = src_path
        self.diags = diags
        self.what = what  # e.g. "article", "event", for messages

    def loc(self, key: str | None = None) -> Location:
        pos = self.mapping.key_pos.get(key) if key is not None else None
        line, column = pos or getattr(self.mapping, "pos", (1, 1))
        return Location(self.src_path, line, column)

    def value_loc(self, key: str) -> Location:
        value = self.mapping.get(key)
        pos = getattr(value, "pos", None)
        if pos:
            return Location(self.src_path, *pos)
        return self.loc(key)

    def item_loc(self, key: str, index: int) -> Location:
        value = self.mapping.get(key)
        positions = getattr(value, "item_pos", None)
        if positions and index < len(positions):
            return Location(self.src_path, *positions[index])
        return self.loc(key)

    def error(self, key: str | None, message: str) -> None:
        self.diags.error(self.loc(key), message)

    def check_keys(self, allowed: tuple[str, ...], required: tuple[str, ...] = ()) -> bool:
        """Report unknown and missing keys; True when every required key is present."""
        ok = True
        for key in self.mapping:
            if key not in allowed:
                hint = did_you_mean(str(key), list(allowed))
                self.error(key, f"unknown key '{key}' in {self.what}{hint}; allowed: {', '.join(sorted(allowed))}")
        for key in required:
            if self.mapping.get(key) in (None, ""):
                ok = False
                self.error(None if key not in self.mapping else key,
                           f"{self.what} has no '{key}'; it is required")
        return ok

    def text(self, key: str, default: str = "") -> str:
        value = self.mapping.get(key)
        if value is None:
            return default
        if isinstance(value, (dict, list, bool)):
            self.error(key, f"'{key}' must be text, not {type_name(value)}")
            return default
        return str(value).strip()

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.mapping.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(key, f"'{key}' must be true or false, not {type_name(value)}")
            return default
        return value

    def date(self, key: str) -> PartialDate | None:
        value = self.mapping.get(key)
        if value is None:
            return None
        try:
            return parse_date(value)
        except DateError as exc:
            self.diags.error(self.value_loc(key) if key in self.mapping else self.loc(key), f"'{key}': {exc}")
            return None

    def sub(self, key: str, what: str) -> Fields | None:
        value = self.mapping.get(key)
        if value is None:
            return None
        if not isinstance(value, YDict):
            self.error(key, f"'{key}' must be a mapping (key: value lines), not {type_name(value)}")
            return None
        return Fields(value, self.src_path, self.diags, what)

    def items(self, key: str) -> list[tuple[Any, Location]]:
        """A list's items with their locations; a single value counts as a one-item list."""
        value = self.mapping.get(key)
        if value is None:
            return []
        if not isinstance(value, YList):
            if isinstance(value, (dict, bool)):
                self.error(key, f"'{key}' must be a list, not {type_name(value)}")
                return []
            return [(value, self.value_loc(key))]
        return [(item, self.item_loc(key, i)) for i, item in enumerate(value)]

    def ids(self, key: str) -> tuple[list[str], list[Location]]:
        """A list of ids (slugs); bad ones are reported and dropped."""
        ids: list[str] = []
        locs: list[Location] = []
        for item, where in self.items(key):
            if not isinstance(item, str) or not SLUG_RE.match(item):
                self.diags.error(where, f"'{key}' lists {type_name(item)}, which is not an id "
                                        "(lowercase letters, digits and hyphens)")
                continue
            ids.append(item)
            locs.append(where)
        return ids, locs

    def words(self, key: str) -> list[str]:
        """A list of short texts (aliases, tags)."""
        out: list[str] = []
        for item, where in self.items(key):
            if isinstance(item, (dict, list, bool)) or item is None:
                self.diags.error(where, f"'{key}' must list text, not {type_name(item)}")
                continue
            out.append(str(item).strip())
        return out

    def url(self, key: str) -> str | None:
        text = clean_url(self.text(key))
        if not text:
            return None
        if not is_safe_url(text):
            self.error(key, f"'{key}' must be an http(s) URL or a site path, not '{shown(text)}'")
            return None
        # Spaces, quotes and angle brackets cannot stand in a URL: percent-encode them, so the link
        # works and the page stays valid HTML. Other characters (including non-ASCII) stay as written.
        return text.translate(_URL_ESCAPES)


_URL_ESCAPES = {ord(c): f"%{ord(c):02X}" for c in ' "<>\\^`{|}'}
