"""Actor mentions in built article pages: first mention, whole words, longest name, not in links/code/headings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import lxml.html
from conftest import build_site, page

ACTORS = {
    "content/actors/anna-berg.md": "---\nname: Anna Berg\nkind: person\naliases: [Berg]\n---\nBio.\n",
    "content/actors/north.md": "---\nname: North\nkind: country\n---\nBio.\n",
    "content/actors/north-army.md": "---\nname: North Army\nkind: organization\n---\nBio.\n",
}


def article(body: str, actors: str = "[]") -> str:
    return f"---\ntitle: Story\ndate: 2024-01-01\nsummary: S.\nactors: {actors}\n---\n{body}"


def linked(make_site: Callable[[dict[str, str]], Path], body: str) -> tuple[lxml.html.HtmlElement, Path]:
    root = make_site({**ACTORS, "content/articles/story.md": article(body)})
    build_site(root)
    out = root / "public"
    return page(out, "articles/story/").cssselect(".prose")[0], out


def mention_links(prose: lxml.html.HtmlElement) -> list[tuple[str, str]]:
    return [(a.text_content(), a.get("href").split("/")[-2]) for a in prose.cssselect("a.actor-link")]


def test_only_the_first_mention_is_linked(make_site) -> None:  # type: ignore[no-untyped-def]
    prose, _ = linked(make_site, "Anna Berg spoke. Anna Berg spoke again. Berg left.\n")
    assert mention_links(prose) == [("Anna Berg", "anna-berg")]


def test_an_alias_links_to_its_actor(make_site) -> None:  # type: ignore[no-untyped-def]
    prose, _ = linked(make_site, "Berg spoke first; Anna Berg later.\n")
    assert mention_links(prose) == [("Berg", "anna-berg")]


def test_only_whole_words_match(make_site) -> None:  # type: ignore[no-untyped-def]
    prose, _ = linked(make_site, "Northern winds and Bergman films. Icebergs. North.\n")
    assert mention_links(prose) == [("North", "north")]


def test_a_name_broken_across_a_soft_line_break_is_linked(make_site) -> None:  # type: ignore[no-untyped-def]
    prose, out = linked(make_site, "Yesterday the envoy Anna\nBerg met the North\nArmy in the field.\n")
    assert [(" ".join(text.split()), ident) for text, ident in mention_links(prose)] == \
        [("Anna Berg", "anna-berg"), ("North Army", "north-army")]
    sentence = page(out, "actors/anna-berg/").cssselect(".mention-sentence, blockquote, q")
    assert any("Anna Berg met" in " ".join(s.text_content().split()) for s in sentence)


def test_longest_name_wins(make_site) -> None:  # type: ignore[no-untyped-def]
    prose, _ = linked(make_site, "The North Army marched. Then North replied.\n")
    assert mention_links(prose) == [("North Army", "north-army"), ("North", "north")]


def test_matching_is_case_sensitive(make_site) -> None:  # type: ignore[no-untyped-def]
    prose, _ = linked(make_site, "The north wind and the berg. North.\n")
    assert mention_links(prose) == [("North", "north")]


def test_links_code_and_headings_are_skipped(make_site) -> None:  # type: ignore[no-untyped-def]
    body = ("## Anna Berg in a heading\n\n[Anna Berg's site](https://example.org/) and `Anna Berg` in code.\n\n"
            "```\nAnna Berg in a block\n```\n\nAt last Anna Berg.\n")
    prose, _ = linked(make_site, body)
    assert mention_links(prose) == [("Anna Berg", "anna-berg")]
    assert prose.cssselect("h2 a.actor-link") == [] and prose.cssselect("code a") == []
    assert prose.cssselect("a.actor-link")[0].getparent().text_content() == "At last Anna Berg."


def test_mentions_in_tables_and_emphasis_are_linked(make_site) -> None:  # type: ignore[no-untyped-def]
    prose, _ = linked(make_site, "| Who |\n| --- |\n| North |\n\n*Anna Berg* said.\n")
    assert mention_links(prose) == [("North", "north"), ("Anna Berg", "anna-berg")]


def test_profile_lists_the_article_with_the_sentence(make_site) -> None:  # type: ignore[no-untyped-def]
    _, out = linked(make_site, "It rained. Officials said Anna Berg would attend the talks. Then it stopped.\n")
    items = page(out, "actors/anna-berg/").cssselect(".mentions li")
    assert len(items) == 1
    assert items[0].cssselect("a")[0].get("href") == "../../articles/story/"
    quote = items[0].cssselect("blockquote")[0].text_content()
    assert quote == "Officials said Anna Berg would attend the talks."


def test_sentence_spans_inline_markup(make_site) -> None:  # type: ignore[no-untyped-def]
    _, out = linked(make_site, "First. The *North Army* sent `two` units. Last.\n")
    quote = page(out, "actors/north-army/").cssselect(".mentions blockquote")[0].text_content()
    assert quote == "The North Army sent two units."


def test_unmentioned_actor_lists_no_articles(make_site) -> None:  # type: ignore[no-untyped-def]
    _, out = linked(make_site, "Only North here.\n")
    assert page(out, "actors/anna-berg/").cssselect(".mentions") == []


def test_shared_alias_goes_to_the_key_actor(make_site) -> None:  # type: ignore[no-untyped-def]
    root = make_site({
        "content/actors/john-smith.md": "---\nname: John Smith\nkind: person\naliases: [Smith]\n---\nB.\n",
        "content/actors/jane-smith.md": "---\nname: Jane Smith\nkind: person\naliases: [Smith]\n---\nB.\n",
        "content/articles/a.md": article("Smith spoke.\n", "[jane-smith]"),
        "content/articles/b.md": article("Smith spoke.\n").replace("Story", "Other"),
    })
    build_site(root)
    out = root / "public"
    a = page(out, "articles/a/").cssselect(".prose a.actor-link")
    assert [x.get("href") for x in a] == ["../../actors/jane-smith/"]
    assert page(out, "articles/b/").cssselect(".prose a.actor-link") == []
