"""JSON output files: one record per line, so they diff well and dump at the C encoder's speed.

``json.dumps(..., indent=...)`` runs the pure-Python encoder; on a large site the
data files took a tenth of a second that way. Here the top-level object's keys
are sorted and each item of a top-level list is one compact line.
"""

from __future__ import annotations

import json
from typing import Any

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
_compact = _ENCODER.encode  # json.dumps with these options would make a new encoder for every item


def dump_json(data: dict[str, Any]) -> bytes:
    """``data`` as UTF-8 JSON: ``{"key": [\\n  item,\\n  item\\n ], "other": value}``, a newline at the end."""
    fields = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, list) and value:
            items = ",\n  ".join(_compact(item) for item in value)
            fields.append(f"{_compact(key)}: [\n  {items}\n ]")
        else:
            fields.append(f"{_compact(key)}: {_compact(value)}")
    return ("{\n " + ",\n ".join(fields) + "\n}\n").encode()
