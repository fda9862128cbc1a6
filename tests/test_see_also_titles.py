"""See-also titles that match no article: labelled as the source's, linkable by the author, listed by --strict."""

from __future__ import annotations

from generator.cli import main
from tests.conftest import build_errors, build_site, page

SITE = "title: T\nbase_url: https://example.org/\nsearch: false\n"
ACTOR = "---\nname: Jane Doe\nkind: person\n---\nBio.\n"
WIRE = "Jane Doe spoke on Monday.\nSEE ALSO: Budget Talks Stall\nThe vote is next week.\n"


def site(make_site, see_also: str = "") -> object:
    return make_site({"site.yaml": SITE, "content/actors/jane-doe.md": ACTOR, "seeds/story.txt": WIRE,
                      "content/articles/a.md": "---\ntitle: A\ndate: 2024-01-01\nsummary: S.\nactors: [jane-doe]\n"
                                               f"body: ../../seeds/story.txt\n{see_also}---\n"})


def entries(root) -> list:
    return page(root / "public", "articles/a/").xpath("//section[@class='see-also']//li")


def test_an_unmatched_marker_is_a_labelled_title_not_a_link(make_site) -> None:
    root = site(make_site)
    build_site(root)
    (item,) = [i for i in entries(root) if "Budget Talks Stall" in i.text_content()]
    assert "see-also-title" in item.get("class")
    assert item.xpath("string(span[@class='from-source'])") == "From the source:"
    assert item.xpath("string(cite)") == "Budget Talks Stall"
    assert item.xpath(".//a") == []


def test_an_author_gives_the_title_a_url_and_it_is_listed_once(make_site) -> None:
    root = site(make_site, "see_also:\n  - title: Budget talks stall\n    url: https://example.org/budget\n")
    build_site(root)
    matching = [i for i in entries(root) if "budget" in i.text_content().casefold()]
    assert len(matching) == 1
    assert matching[0].xpath("string(.//a/@href)") == "https://example.org/budget"
    assert matching[0].xpath("span[@class='from-source']") == []


def test_a_title_alone_in_front_matter_is_a_title_from_the_source(make_site) -> None:
    root = site(make_site, "see_also:\n  - title: The Long Road\n")
    build_site(root)
    assert any(i.xpath("string(cite)") == "The Long Road" for i in entries(root))


def test_an_empty_title_is_an_error(make_site) -> None:
    root = site(make_site, "see_also:\n  - title: ''\n")
    assert "content/articles/a.md:8:5: error: a see_also entry's 'title' is empty" in build_errors(root)


def test_strict_check_lists_unlinked_entries(make_site, capsys) -> None:
    root = site(make_site, "see_also:\n  - title: The Long Road\n")
    assert main(["check", "-s", str(root)]) == 0
    capsys.readouterr()
    assert main(["check", "--strict", "-s", str(root)]) == 1
    err = capsys.readouterr().err
    assert ("2:1: warning: see_also entry 'Budget Talks Stall' links nowhere: no article of the site has that "
            "title; it is shown as a title from the source (give it a 'url:' in the article's see_also to "
            "link it)") in err
    assert "8:5: warning: see_also entry 'The Long Road' links nowhere" in err
    assert "check failed: 2 warnings (--strict)" in err
