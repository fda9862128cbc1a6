"""The article page never shows the same text twice: a summary that is the lede is not repeated above it."""

from __future__ import annotations

from generator.render.standfirst import repeats_lede
from tests.conftest import build_site, page

SITE = "title: T\nbase_url: https://example.org/\nsearch: false\n"


def article(summary: str, body: str) -> str:
    return f"---\ntitle: A\ndate: 2024-01-01\nsummary: {summary}\n---\n{body}\n"


def test_a_summary_that_is_nearly_the_first_paragraph_is_shown_once(make_site) -> None:
    root = make_site({"site.yaml": SITE, "content/articles/a.md": article(
        "Trump spoke with Putin by phone on November 7, the Post reported.",
        "Trump has spoken with Putin by phone on November 7, the *Post* reported.\n\nThe Post said more.")})
    build_site(root)
    doc = page(root / "public", "articles/a/")
    assert doc.xpath("//p[@class='lede']") == []
    assert doc.xpath("string(//div[@class='prose']/p[1])").startswith("Trump has spoken with Putin")
    # the summary still describes the page to cards and search engines
    assert doc.xpath("string(//meta[@name='description']/@content)").startswith("Trump spoke with Putin")


def test_a_summary_that_says_something_else_is_the_standfirst(make_site) -> None:
    root = make_site({"site.yaml": SITE, "content/articles/a.md": article(
        "What the budget vote means for buses.", "The council met on Tuesday to debate the budget.")})
    build_site(root)
    doc = page(root / "public", "articles/a/")
    assert doc.xpath("string(//p[@class='lede'])") == "What the budget vote means for buses."


def test_repeats_lede_compares_words_not_markup() -> None:
    assert repeats_lede("Rain &amp; wind hit Kyiv.", "<p>Rain &amp; <em>wind</em> hit Kyiv today.</p>")
    assert not repeats_lede("Rain hit Kyiv.", "<h2>x</h2>")
    assert not repeats_lede("", "<p>Anything.</p>")
