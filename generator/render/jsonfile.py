"""JSON output files: one record per line, so they diff well and dump at the C encoder's speed.

``json.dumps(..., indent=...)`` runs the pure-Python encoder; on a large site the
data files took a tenth of a second that way. Here the top-level object's keys
are sorted and each item of a top-level list is one compact line.

A top-level list may be given as an iterator: its records are then made, encoded
and let go one at a time, so a 100,000-article site's ``data/timeline.json`` is
never held as objects, as text and as bytes at once, only as the bytes it becomes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
_compact = _ENCODER.encode  # json.dumps with these options would make a new encoder for every item


def dump_json(data: dict[str, Any]) -> bytes:
    """``data`` as UTF-8 JSON: ``{"key": [\\n  item,\\n  item\\n ], "other": value}``, a newline at the end.

    A value that is a list or an iterator is written one item per line (``[]`` when it has none).
    """
    out = bytearray(b"{\n ")
    for n, key in enumerate(sorted(data)):
        if n:
            out += b",\n "
        out += _compact(key).encode() + b": "
        value = data[key]
        if isinstance(value, list | Iterator):
            _put_items(out, value)
        else:
            out += _compact(value).encode()
    out += b"\n}\n"
    return bytes(out)


def _put_items(out: bytearray, items: Iterable[Any]) -> None:
    empty = True
    for item in items:
        out += b"[\n  " if empty else b",\n  "
        out += _compact(item).encode()
        empty = False
    out += b"[]" if empty else b"\n ]"
