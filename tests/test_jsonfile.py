"""data/*.json: valid JSON, sorted keys, one record per line."""

from __future__ import annotations

import json

from generator.render.jsonfile import dump_json


def test_each_record_of_a_top_level_list_is_one_line() -> None:
    data = {"events": [{"title": "Talks \u2014 \u00e9t\u00e9", "b": [1, 2]}, {"title": "</script>", "b": []}],
            "title": {"text": "T"}, "empty": []}
    text = dump_json(data).decode("utf-8")
    assert json.loads(text) == data
    lines = text.splitlines()
    assert lines[0] == "{"
    assert lines[1] == ' "empty": [],'
    assert lines[2] == ' "events": ['
    assert lines[3] == '  {"b": [1, 2], "title": "Talks \u2014 \u00e9t\u00e9"},'  # keys sorted, UTF-8 kept
    assert lines[4] == '  {"b": [], "title": "</script>"}'
    assert lines[-1] == "}"
    assert text.endswith("}\n")


def test_same_data_same_bytes() -> None:
    assert dump_json({"b": [{"y": 1, "x": 2}], "a": 1}) == dump_json({"a": 1, "b": [{"x": 2, "y": 1}]})


def test_a_list_given_as_an_iterator_gives_the_same_bytes() -> None:
    records = [{"id": n, "title": f"Event {n} \u2014 \u00e9t\u00e9"} for n in range(5)]
    assert dump_json({"events": iter(records), "title": "T"}) == dump_json({"events": records, "title": "T"})
    assert dump_json({"events": iter([]), "a": 1}) == dump_json({"events": [], "a": 1})
    assert json.loads(dump_json({"events": (r for r in records)})) == {"events": records}
