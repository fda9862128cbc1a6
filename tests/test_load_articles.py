"""Articles and pages: front matter validation, body files and file names, with exact locations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostics
from generator.load.articles import parse_article
from generator.load.pages import parse_page
from tests.conftest import build_errors, build_site

MakeSite = Callable[[dict[str, str | bytes]], Path]
ARTICLE_KEYS = "actors, author, body, date, draft, image, see_also, source, summary, tags, timeline, title, updated"
PUTIN = "---\nname: Vladimir Putin\n---\nBio.\n"


def article_errors(text: str, slug: str = "a") -> list[str]:
    diags = Diagnostics()
    parse_article(text, slug, "content/articles/a.md", diags)
    return [str(d) for d in diags]


def errors(root: Path) -> list[str]:
    return build_errors(root, write=False)


def test_a_valid_article_loads_with_its_fields() -> None:
    diags = Diagnostics()
    article = parse_article(
        "---\ntitle: T\ndate: 2024-11-10\nupdated: 2024-11-11\nsummary: S\n"
        "source: {name: RFE/RL, url: https://www.rferl.org/a/x.html}\n"
        "actors: [vladimir-putin]\ntags: [diplomacy]\n---\nFirst line.\n",
        "a", "content/articles/a.md", diags)
    assert list(diags) == []
    assert article is not None
    assert (article.title, article.date.iso(), article.updated and article.updated.iso()) == (
        "T", "2024-11-10", "2024-11-11")
    assert article.source is not None and article.source.name == "RFE/RL"
    assert (article.actors, article.tags, article.body, article.body_line) == (
        ["vladimir-putin"], ["diplomacy"], "First line.\n", 10)
    assert [(w.line, w.column) for w in article.actor_where] == [(7, 10)]


def test_missing_title_and_date_are_both_reported() -> None:
    assert article_errors("---\nsummary: S\n---\n") == [
        "content/articles/a.md:2:1: error: article has no 'date'; it is required",
        "content/articles/a.md:2:1: error: article has no 'title'; it is required",
    ]


def test_an_empty_title_is_missing_at_its_own_line() -> None:
    assert article_errors("---\ndate: 2024\ntitle: ''\n---\n") == [
        "content/articles/a.md:3:1: error: article has no 'title'; it is required"]


def test_an_unknown_key_points_at_its_line_and_suggests_the_right_one() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\n\nactor: [vladimir-putin]\n---\n") == [
        f"content/articles/a.md:5:1: error: unknown key 'actor' in article (did you mean 'actors'?); "
        f"allowed: {ARTICLE_KEYS}"]


def test_an_impossible_date_points_at_the_date_line() -> None:
    assert article_errors("---\ntitle: T\nsummary: S\ndate: 2024-02-30\n---\n") == [
        "content/articles/a.md:4:1: error: 'date': '2024-02-30' is not a real day: "
        "February 2024 has no day 30"]


def test_month_13_in_updated_is_reported() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024-11-10\nupdated: 2024-13-01\n---\n") == [
        "content/articles/a.md:4:1: error: 'updated': '2024-13-01' has no month 13; months run from 01 to 12"]


def test_updated_before_date_is_an_error() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024-11-10\nupdated: 2024-11-09\n---\n") == [
        "content/articles/a.md:4:1: error: 'updated' (2024-11-09) is before 'date' (2024-11-10)"]


def test_a_python_tag_in_front_matter_is_an_error() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\nx: !!python/object/apply:os.system ['true']\n---\n") == [
        "content/articles/a.md:4:4: error: unsupported YAML tag '!!python/object/apply:os.system'; "
        "only plain YAML is allowed"]


def test_a_yaml_syntax_error_in_front_matter_has_the_file_line() -> None:
    assert article_errors("---\ntitle: T\nsummary: a: b\n---\n") == [
        "content/articles/a.md:3:11: error: mapping values are not allowed in this context"]


def test_unclosed_front_matter_is_an_error() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\nBody.\n") == [
        "content/articles/a.md:1:1: error: front matter is not closed; add a line '---' after the YAML"]


def test_a_file_without_front_matter_is_an_error() -> None:
    assert article_errors("Just a body.\n") == [
        "content/articles/a.md:1:1: error: no front matter; a article starts with a '---' line, YAML such "
        "as 'title: ...', and another '---' line"]


def test_front_matter_that_is_a_list_is_an_error() -> None:
    assert article_errors("---\n- title: T\n---\n") == [
        "content/articles/a.md:2:1: error: the front matter must be a mapping of keys (title: ...), not a list"]


def test_actor_ids_must_be_slugs() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\nactors: [Vladimir Putin, 3]\n---\n") == [
        "content/articles/a.md:4:10: error: 'actors' lists 'Vladimir Putin', which is not an id "
        "(lowercase letters, digits and hyphens)",
        "content/articles/a.md:4:26: error: 'actors' lists the number 3, which is not an id "
        "(lowercase letters, digits and hyphens)",
    ]


def test_a_see_also_entry_needs_article_actor_url_or_a_title() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\nsee_also:\n  - title: Only a title\n"
                          "  - {article: b, actor: c}\n  - just text\n---\n") == [
        "content/articles/a.md:6:5: error: a see_also entry needs exactly one of 'article', 'actor' or 'url' "
        "(with 'title')",
        "content/articles/a.md:7:5: error: a see_also entry must be a mapping such as '- article: SLUG', "
        "'- actor: ID' or '- title: ...' with 'url: ...', not 'just text'",
    ]


def test_a_see_also_url_needs_a_title_and_a_safe_scheme() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\nsee_also:\n  - url: https://example.org/\n"
                          "  - {title: X, url: 'javascript:alert(1)'}\n---\n") == [
        "content/articles/a.md:5:5: error: a see_also link to an outside page needs a 'title'",
        "content/articles/a.md:6:16: error: 'url' must be an http(s) URL or a site path, not "
        "'javascript:alert(1)'",
    ]


def test_a_see_also_entry_with_an_unknown_key_suggests_one() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\nsee_also:\n  - articel: b\n    article: b\n---\n") == [
        "content/articles/a.md:5:5: error: unknown key 'articel' in see_also entry (did you mean 'article'?); "
        "allowed: actor, article, title, url"]


def test_timeline_must_be_a_list() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\ntimeline: soon\n---\n") == [
        "content/articles/a.md:4:1: error: a timeline must be a list of events ('- date: ...'), not 'soon'"]


def test_a_body_file_is_read_as_plain_text(make_site: MakeSite) -> None:
    root = make_site({
        "content/articles/a.md": "---\ntitle: T\ndate: 2024-11-10\nsummary: S\nbody: ../../seeds/wire.txt\n---\n",
        "seeds/wire.txt": "First paragraph.\nSecond paragraph.\n",
    })
    article = build_site(root, write=False).site.articles["a"]
    assert (article.body_path, article.body_format, article.body_line) == ("seeds/wire.txt", "text", 1)


def test_a_body_path_that_leaves_the_site_is_an_error(make_site: MakeSite) -> None:
    root = make_site({"content/articles/a.md": "---\ntitle: T\ndate: 2024\n\nbody: ../../../../etc/passwd\n---\n"})
    assert errors(root) == [
        "content/articles/a.md:5:1: error: 'body' path '../../../../etc/passwd' leaves the site folder; keep "
        "bodies inside the site (seeds/ is the place for raw copy)"]


def test_a_missing_body_file_is_an_error(make_site: MakeSite) -> None:
    root = make_site({"content/articles/a.md": "---\ntitle: T\ndate: 2024\nbody: ../../seeds/nope.txt\n---\n"})
    assert errors(root) == [
        "content/articles/a.md:4:1: error: 'body' file '../../seeds/nope.txt' does not exist (looked for "
        "seeds/nope.txt)"]


def test_a_body_path_naming_a_folder_is_an_error(make_site: MakeSite) -> None:
    root = make_site({"content/articles/a.md": "---\ntitle: T\ndate: 2024\nbody: ../../seeds\n---\n",
                      "seeds/w.txt": "Wire.\n"})
    assert errors(root) == [
        "content/articles/a.md:4:1: error: 'body' file '../../seeds' is a folder, not a file (looked for seeds)"]


def test_body_file_and_inline_body_together_are_an_error(make_site: MakeSite) -> None:
    root = make_site({
        "content/articles/a.md": "---\ntitle: T\ndate: 2024\nbody: ../../seeds/w.txt\n---\nInline body.\n",
        "seeds/w.txt": "Wire.\n",
    })
    assert errors(root) == [
        "content/articles/a.md:4:1: error: the article has both 'body:' and text after its front matter; "
        "keep one"]


def test_a_body_that_is_not_a_path_is_an_error() -> None:
    assert article_errors("---\ntitle: T\ndate: 2024\nbody: [a]\n---\n") == [
        "content/articles/a.md:4:1: error: 'body' must be a file path such as ../../seeds/story.txt, "
        "not a list"]


def test_a_body_file_with_bad_bytes_names_that_file(make_site: MakeSite) -> None:
    root = make_site({
        "content/articles/a.md": "---\ntitle: T\ndate: 2024\nbody: ../../seeds/w.txt\n---\n",
        "seeds/w.txt": "Line one.\nCaf\xe9 line.\n".encode("latin-1"),
    })
    assert errors(root) == ["seeds/w.txt:2:4: error: not UTF-8 text (byte 0xe9); save the file as UTF-8"]


@pytest.mark.parametrize(("name", "suggestion"), [("Trump_Putin", "trump-putin"), ("über call", "uber-call")])
def test_a_file_name_that_is_not_a_slug_is_an_error(make_site: MakeSite, name: str, suggestion: str) -> None:
    root = make_site({f"content/articles/{name}.md": "---\ntitle: T\ndate: 2024\n---\n"})
    assert errors(root) == [
        f"content/articles/{name}.md:1:1: error: file name '{name}' is not a valid id (lowercase letters, "
        f"digits and hyphens); rename it to '{suggestion}'"]


def test_non_utf8_front_matter_names_the_file_line_and_column(make_site: MakeSite) -> None:
    root = make_site({"content/articles/a.md": b"---\ntitle: Caf\xe9\ndate: 2024\n---\n"})
    assert errors(root) == [
        "content/articles/a.md:2:11: error: not UTF-8 text (byte 0xe9); save the file as UTF-8"]


def test_bom_and_crlf_articles_load_with_correct_lines(make_site: MakeSite) -> None:
    root = make_site({"content/articles/a.md": "\ufeff---\r\ntitle: T\r\ndate: 2024-13\r\n---\r\n".encode()})
    assert errors(root) == [
        "content/articles/a.md:3:1: error: 'date': '2024-13' has no month 13; months run from 01 to 12"]


def test_a_page_needs_a_title_and_only_known_keys() -> None:
    diags = Diagnostics()
    assert parse_page("---\ntitel: About\n---\nText.\n", "about", "content/pages/about.md", diags) is None
    assert [str(d) for d in diags] == [
        "content/pages/about.md:2:1: error: page has no 'title'; it is required",
        "content/pages/about.md:2:1: error: unknown key 'titel' in page (did you mean 'title'?); "
        "allowed: summary, title",
    ]


def test_a_page_keeps_its_body_line() -> None:
    diags = Diagnostics()
    page = parse_page("---\ntitle: About\n---\nText.\n", "about", "content/pages/about.md", diags)
    assert page is not None and (page.title, page.body_line) == ("About", 4)
    assert list(diags) == []


def test_a_page_file_name_must_be_a_slug(make_site: MakeSite) -> None:
    root = make_site({"content/pages/About Us.md": "---\ntitle: About\n---\n"})
    assert errors(root) == [
        "content/pages/About Us.md:1:1: error: file name 'About Us' is not a valid id (lowercase letters, "
        "digits and hyphens); rename it to 'about-us'"]


def test_actor_references_in_an_article_are_checked(make_site: MakeSite) -> None:
    root = make_site({
        "content/actors/vladimir-putin.md": PUTIN,
        "content/articles/a.md": "---\ntitle: T\ndate: 2024\nactors:\n  - vladimir-putin\n  - vladimir-putn\n---\n",
    })
    assert errors(root) == [
        "content/articles/a.md:6:5: error: unknown actor 'vladimir-putn' (did you mean 'vladimir-putin'?)"]


def test_see_also_references_are_checked_with_suggestions(make_site: MakeSite) -> None:
    root = make_site({
        "content/actors/vladimir-putin.md": PUTIN,
        "content/articles/trump-win.md": "---\ntitle: W\ndate: 2024\n---\n",
        "content/articles/a.md": "---\ntitle: T\ndate: 2024\nsee_also:\n  - article: trump-wins\n"
                                 "  - actor: putin\n  - actor: vladimir-putn\n---\n",
    })
    assert errors(root) == [
        "content/articles/a.md:5:5: error: unknown article 'trump-wins' (did you mean 'trump-win'?)",
        "content/articles/a.md:6:5: error: unknown actor 'putin' (did you mean 'vladimir-putin'?)",
        "content/articles/a.md:7:5: error: unknown actor 'vladimir-putn' (did you mean 'vladimir-putin'?)",
    ]


def test_a_broken_article_referenced_by_another_gives_one_error(make_site: MakeSite) -> None:
    root = make_site({
        "content/articles/broken.md": "---\ndate: 2024\n---\n",
        "content/articles/a.md": "---\ntitle: T\ndate: 2024\nsee_also:\n  - article: broken\n---\n",
    })
    assert errors(root) == ["content/articles/broken.md:2:1: error: article has no 'title'; it is required"]


def test_a_misspelt_reference_may_suggest_an_article_that_failed_to_load(make_site: MakeSite) -> None:
    root = make_site({
        "content/articles/broken.md": "---\ndate: 2024\n---\n",
        "content/articles/a.md": "---\ntitle: T\ndate: 2024\nsee_also:\n  - article: brokn\n---\n",
    })
    assert errors(root) == [
        "content/articles/a.md:5:5: error: unknown article 'brokn' (did you mean 'broken'?)",
        "content/articles/broken.md:2:1: error: article has no 'title'; it is required",
    ]


def test_a_draft_referenced_by_a_published_article_is_not_an_error(make_site: MakeSite) -> None:
    root = make_site({
        "content/articles/d.md": "---\ntitle: D\ndate: 2024\ndraft: true\n---\n",
        "content/articles/a.md": "---\ntitle: T\ndate: 2024\nsummary: S\nsee_also:\n  - article: d\n---\n",
    })
    result = build_site(root, write=False)
    assert list(result.site.articles) == ["a"]
    assert [e.target for e in result.site.articles["a"].see_also if not e.related] == []
