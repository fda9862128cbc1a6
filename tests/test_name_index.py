"""NameIndex.find: whole names, longest first, left to right, never inside a word."""

from __future__ import annotations

from types import SimpleNamespace

from generator.link.mentions import NameIndex

NAMES = {"ann": ["Ann", "Ann Lee"], "anna": ["Anna"], "lee": ["Lee"], "us": ["U.S."], "army": ["U.S. Army"],
         "post": ["the Post"], "att": ["AT&T"]}


def found(text: str) -> list[str]:
    actors = {ident: SimpleNamespace(id=ident, name=names[0], aliases=names[1:]) for ident, names in NAMES.items()}
    index = NameIndex.build(actors)  # type: ignore[arg-type]
    return [f"{text[start:end]}={','.join(ids)}" for start, end, ids in index.find(text)]


def test_the_longest_name_at_a_place_wins() -> None:
    assert found("Ann Lee met Anna and Ann.") == ["Ann Lee=ann", "Anna=anna", "Ann=ann"]


def test_a_name_inside_a_word_is_skipped_but_the_next_word_is_not() -> None:
    assert found("XAnn Lee spoke") == ["Lee=lee"]
    assert found("Annabel and Lee_ and Leeds") == []


def test_names_ending_in_punctuation_need_no_word_end() -> None:
    assert found("the U.S. Army and the U.S.A and AT&Tx and AT&T.") == ["U.S. Army=army", "U.S.=us", "AT&T=att"]


def test_a_lowercase_first_word_matches_only_as_a_whole_name() -> None:
    assert found("breathe the Post, then the Postman") == ["the Post=post"]
