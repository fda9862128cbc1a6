"""The site model: what it keeps of an article's body, as written and as rendered."""

from __future__ import annotations

import dataclasses

from generator.dates import parse_date
from generator.diagnostics import Location
from generator.model import Article, pack, unpack

TEXTS = [
    "",
    "<p>Plain ASCII.</p>\n",
    "<p>«Слава» — “quotes”, 中文名字, עברית, العربية, emoji 🗳️ and a lone \u00a0space</p>\n",
    "<p>" + "A long body that repeats itself. " * 2000 + "</p>\n",
]


def test_a_packed_body_gives_back_the_same_text_in_every_script() -> None:
    for text in TEXTS:
        assert unpack(pack(text)) == text
    assert pack("") == b""


def test_a_long_body_is_kept_in_a_fraction_of_its_size() -> None:
    text = TEXTS[3]
    assert len(pack(text)) * 5 < len(text.encode())


def test_an_article_keeps_its_body_packed_and_shows_it_as_written() -> None:
    article = Article("story", "Story", parse_date("2024-01-01"), Location("content/articles/story.md"))
    assert article.body == "" and article.body_html == ""
    article.body = "«Слава» — *Markdown* 中文\n"
    assert article.body == "«Слава» — *Markdown* 中文\n" and article.packed_body == pack(article.body)
    article.body_html = TEXTS[2]
    assert article.body_html == TEXTS[2] and article.body_packed == pack(TEXTS[2])
    copy = dataclasses.replace(article, title="Other")  # what serve does with an article it re-renders
    assert copy.body_html == TEXTS[2]
