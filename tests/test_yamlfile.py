"""Safe YAML with positions, front matter splitting and text decoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.yamlfile import YamlError, YDict, YList, decode_text, parse_yaml, split_front_matter


def yaml_error(text: str, line_offset: int = 0) -> tuple[str, int, int]:
    with pytest.raises(YamlError) as caught:
        parse_yaml(text, line_offset)
    return caught.value.message, caught.value.line, caught.value.column


def test_keys_and_items_remember_their_line_and_column() -> None:
    data = parse_yaml("title: x\nactors:\n  - a\n  - b\nsource: {name: RFE/RL}\n")
    assert isinstance(data, YDict)
    assert data.pos == (1, 1)
    assert data.key_pos == {"title": (1, 1), "actors": (2, 1), "source": (5, 1)}
    assert isinstance(data["actors"], YList)
    assert data["actors"].item_pos == [(3, 5), (4, 5)]
    assert data["source"].key_pos == {"name": (5, 10)}


def test_a_line_offset_shifts_lines_but_not_columns() -> None:
    data = parse_yaml("title: x\nactors: [a, b]\n", line_offset=1)
    assert data.key_pos == {"title": (2, 1), "actors": (3, 1)}
    assert data["actors"].item_pos == [(3, 10), (3, 13)]


def test_timestamps_stay_text_so_dates_keep_their_precision() -> None:
    data = parse_yaml("date: 2024-11-07\nwhen: 2024-11-07T10:00:00Z\nyear: 2022\n")
    assert data == {"date": "2024-11-07", "when": "2024-11-07T10:00:00Z", "year": 2022}


def test_a_python_tag_is_an_error_and_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = f"title: x\nrun: !!python/object/apply:os.system ['touch {marker}']\n"
    assert yaml_error(text, line_offset=1) == (
        "unsupported YAML tag '!!python/object/apply:os.system'; only plain YAML is allowed", 3, 6)
    assert not marker.exists()


@pytest.mark.parametrize("tag", ["!!python/name:os.system", "!!python/object:os.PathLike", "!custom"])
def test_any_non_plain_tag_is_refused(tag: str) -> None:
    message, line, column = yaml_error(f"x: {tag} 1\n")
    assert message == f"unsupported YAML tag '{tag}'; only plain YAML is allowed"
    assert (line, column) == (1, 4)


def test_a_syntax_error_gives_its_line_and_column() -> None:
    assert yaml_error("title: x\nsummary: a: b\n", line_offset=1) == (
        "mapping values are not allowed in this context", 3, 11)


def test_an_unclosed_flow_list_is_reported_with_its_context() -> None:
    message, line, _ = yaml_error("actors: [a, b\ntags: x\n")
    assert message == "did not find expected ',' or ']' (while parsing a flow sequence)"
    assert line == 2


def test_a_duplicate_key_is_an_error_at_the_second_key() -> None:
    assert yaml_error("title: a\ndate: 2024\ntitle: b\n", line_offset=1) == (
        "duplicate key 'title' (first written on line 2); keep one", 4, 1)


def test_keys_merged_in_with_an_anchor_may_be_overridden() -> None:
    data = parse_yaml("base: &b {kind: person, role: x}\nactor:\n  <<: *b\n  role: y\n")
    assert data["actor"] == {"kind": "person", "role": "y"}


def test_a_key_must_be_a_plain_word() -> None:
    assert yaml_error("? [a, b]\n: 1\n") == ("a key must be a plain word", 1, 3)


def test_utf8_bom_and_crlf_newlines_decode_to_plain_text() -> None:
    data = "\ufefftitle: Zelenskiy’s plan\r\nsummary: x\r\n".encode()
    assert decode_text(data) == "title: Zelenskiy’s plan\nsummary: x\n"
    assert decode_text(b"a\rb") == "a\nb"


def test_bytes_that_are_not_utf8_raise_unicode_decode_error() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_text("caf\u00e9".encode("latin-1"))


def test_front_matter_split_keeps_the_body_first_line_number() -> None:
    split = split_front_matter("---\ntitle: x\ndate: 2024\n---\nFirst body line.\nSecond.\n")
    assert split.front == "title: x\ndate: 2024\n"
    assert split.front_line == 2
    assert split.body == "First body line.\nSecond.\n"
    assert split.body_line == 5


def test_front_matter_may_close_with_dots_and_fences_may_have_trailing_spaces() -> None:
    split = split_front_matter("--- \ntitle: x\n...\nbody")
    assert (split.front, split.body, split.body_line) == ("title: x\n", "body", 4)


def test_a_file_without_front_matter_is_all_body() -> None:
    split = split_front_matter("Just text.\n---\n")
    assert (split.front, split.body, split.body_line) == (None, "Just text.\n---\n", 1)


def test_unclosed_front_matter_is_an_error() -> None:
    with pytest.raises(YamlError) as caught:
        split_front_matter("---\ntitle: x\n\nBody without a closing fence.\n")
    assert (caught.value.message, caught.value.line, caught.value.column) == (
        "front matter is not closed; add a line '---' after the YAML", 1, 1)


# Bounds: every limit is an error at a place, and no message repeats an unbounded value


def alias_bomb(levels: int = 9) -> str:
    lines = ["b0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels):
        refs = ", ".join([f"*b{level - 1}"] * 9)
        lines.append(f"b{level}: &b{level} [{refs}]")
    lines.append(f"date: *b{levels - 1}")
    return "\n".join(lines) + "\n"


def test_an_alias_nest_is_refused_quickly_without_echoing_its_expansion() -> None:
    import time

    started = time.perf_counter()
    message, line, column = yaml_error(alias_bomb(), line_offset=1)
    assert time.perf_counter() - started < 2
    assert message == ("the document holds more than 100,000 values once its aliases (*name) are expanded; "
                       "write it out plainly")
    assert line >= 2 and column >= 1


def test_a_few_aliases_still_load() -> None:
    data = parse_yaml("a: &x [1, 2]\nb: *x\n")
    assert data["b"] == [1, 2]


@pytest.mark.parametrize("text", ["a: " + "[" * 70 + "]" * 70 + "\n",
                                  "".join("  " * i + f"k{i}:\n" for i in range(70)) + "  " * 70 + "v\n",
                                  "a: &x " + "[" * 70 + "]" * 70 + "\nb: *x\n"])
def test_deep_nesting_is_refused_at_its_place(text: str) -> None:
    message, line, column = yaml_error(text)
    assert message == "nested more than 64 levels deep"
    assert line >= 1 and column >= 1


def test_a_recursive_alias_is_refused() -> None:
    message, _, _ = yaml_error("a: &x [1, *x]\n")
    assert message.startswith(("nested more than 64 levels deep", "the document holds more than",
                               "found undefined alias"))


def test_an_integer_with_thousands_of_digits_is_refused_without_echoing_it() -> None:
    message, line, column = yaml_error("title: x\nsummary: " + "9" * 4300 + "\n", line_offset=1)
    assert message == "a number of 4,300 digits; at most 30 are allowed (quote it to make it text)"
    assert (line, column) == (3, 10)


def test_an_overlong_text_is_refused() -> None:
    message, line, _ = yaml_error("title: x\nsummary: '" + "a" * 100_001 + "'\n")
    assert message == "a text of 100,001 characters; at most 100,000 are allowed"
    assert line == 2


@pytest.mark.parametrize(("escape", "code"), [("\\e", "001B"), ("\\v", "000B"), ("\\b", "0008"),
                                              ("\\uFFFE", "FFFE"), ("\\x00", "0000")])
def test_an_escape_for_a_character_xml_forbids_is_refused(escape: str, code: str) -> None:
    message, line, column = yaml_error(f'title: x\nsummary: "a{escape}b"\n', line_offset=1)
    assert message == f"character U+{code} is not allowed (a control character or noncharacter); remove it"
    assert (line, column) == (3, 10)


@pytest.mark.parametrize(("char", "code"), [("\x01", "0001"), ("\x1b", "001B"), ("\x7f", "007F")])
def test_a_raw_control_character_is_reported_at_its_own_line_and_column(char: str, code: str) -> None:
    message, line, column = yaml_error(f"title: x\ndate: 2024\nsummary: ab{char}c\n", line_offset=1)
    assert message == f"character U+{code} is not allowed (a control character or noncharacter); remove it"
    assert (line, column) == (4, 12)
    assert "position" not in message and "\n" not in message


def test_a_long_plain_document_is_not_taken_for_an_alias_nest() -> None:
    """A timeline file of 30,000 events holds far more than 100,000 values, all written out."""
    text = "".join(f"- date: 2024-01-{n % 28 + 1:02d}\n  title: Event number {n}\n  actors: [a, b]\n"
                   for n in range(30_000))
    events = parse_yaml(text)
    assert len(events) == 30_000 and events[-1]["title"] == "Event number 29999"


def test_an_alias_nest_in_a_long_document_is_still_refused() -> None:
    nest = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + k)}: &{chr(98 + k)} [*{chr(97 + k)}, *{chr(97 + k)}, *{chr(97 + k)}, *{chr(97 + k)}, "
        f"*{chr(97 + k)}, *{chr(97 + k)}, *{chr(97 + k)}, *{chr(97 + k)}, *{chr(97 + k)}, *{chr(97 + k)}]\n"
        for k in range(9))
    padding = "".join(f"p{n}: value\n" for n in range(20_000))  # 250,000 characters of plain values
    with pytest.raises(YamlError) as caught:
        parse_yaml(padding + nest)
    assert "values once its aliases (*name) are expanded" in str(caught.value)
