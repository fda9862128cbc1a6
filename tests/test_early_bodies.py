"""Bodies rendered while articles load: used when the whole site would render them the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import parallel
from generator.build import select_published
from generator.diagnostics import Diagnostics
from generator.link import link_site
from generator.link.bodies import RenderedBody
from generator.link.early import EarlyBodies
from generator.load import load_site
from generator.render.markdown import make_markdown
from tests.conftest import build_errors, build_site, page

ACTOR = "---\nname: Jane Doe\nkind: person\n---\nBio.\n"


def article(body: str, extra: str = "") -> str:
    return f"---\ntitle: T\ndate: 2024-01-01\nsummary: S.\n{extra}---\n{body}\n"


def load(root: Path, **options: object) -> tuple[EarlyBodies, object]:
    early = EarlyBodies(make_markdown())
    site = load_site(root, Diagnostics(), fork=False, hook=early)
    select_published(site, _Options(**options))  # type: ignore[arg-type]
    return early, site


class _Options:
    def __init__(self, drafts: bool = False) -> None:
        self.drafts, self.future, self.today = drafts, False, None


def test_a_body_linking_published_articles_is_used_as_rendered(make_site) -> None:
    root = make_site({"content/actors/jane-doe.md": ACTOR,
                      "content/articles/a.md": article("Jane Doe read [b](b.md)."),
                      "content/articles/b.md": article("Plain.")})
    early, site = load(root)
    body = early.results["a"]
    assert isinstance(body, RenderedBody)
    assert body.linked_articles == frozenset({"b"})
    assert early.usable(site.articles["a"], site) is body  # type: ignore[attr-defined]
    assert [actor for actor, _ in body.found] == ["jane-doe"]


def test_a_body_linking_a_draft_is_rendered_again(make_site) -> None:
    root = make_site({"content/articles/a.md": article("See [b](b.md)."),
                      "content/articles/b.md": article("Not ready.", "draft: true\n")})
    early, site = load(root)
    assert 'href="../../articles/b/"' in early.results["a"].html  # the guess: every article published
    assert early.usable(site.articles["a"], site) is None  # type: ignore[attr-defined]
    diags = Diagnostics()
    link_site(site, make_markdown(), diags, fork=False, early=early)  # type: ignore[arg-type]
    html = site.articles["a"].body_html  # type: ignore[attr-defined]
    assert "See b." in html and "href" not in html  # a draft's link keeps its text only


def test_a_body_with_a_problem_is_rendered_again_and_reported_once(make_site) -> None:
    root = make_site({"content/articles/a.md": article("See [gone](gone.md).")})
    early, site = load(root)
    assert early.results["a"].problems
    assert early.usable(site.articles["a"], site) is None  # type: ignore[attr-defined]
    errors = build_errors(root)
    assert len([e for e in errors if "link to 'gone.md'" in e]) == 1


def test_wire_copy_waits_for_the_whole_site(make_site) -> None:
    root = make_site({"content/articles/a.md": "---\ntitle: T\ndate: 2024-01-01\nbody: ../../seeds/a.txt\n---\n",
                      "seeds/a.txt": "LONDON (Wire) - Jane Doe spoke.\n"})
    early, _ = load(root)
    assert early.results["a"] is None


def test_see_also_comes_from_the_checked_front_matter(make_site) -> None:
    root = make_site({"content/articles/a.md": article("Text.", "see_also:\n  - article: nowhere\n  - article: b\n"),
                      "content/articles/b.md": article("Text.")})
    errors = build_errors(root)
    assert any("nowhere" in e for e in errors)
    root_ok = make_site({"content/articles/a.md": article("Text.", "see_also:\n  - article: a\n  - article: b\n"),
                         "content/articles/b.md": article("Text.")})
    result = build_site(root_ok)  # a lists itself: a warning, and the entry is left out
    assert [e.target for e in result.site.articles["a"].see_also if not e.related] == ["b"]


@pytest.mark.parametrize("fork", [False, True])
def test_links_to_drafts_are_the_same_with_and_without_workers(make_site, monkeypatch, fork: bool) -> None:
    if fork:
        monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    root = make_site({"content/articles/a.md": article("See [b](b.md) and [c](c.md)."),
                      "content/articles/b.md": article("Not ready.", "draft: true\n"),
                      "content/articles/c.md": article("Ready.")})
    build_site(root)
    links = page(root / "public", "articles/a/").xpath("//div[@class='prose']//a/@href")
    assert links == ["../../articles/c/"]


def test_biographies_and_pages_are_rendered_while_articles_load_and_kept_when_right(make_site) -> None:
    root = make_site({"content/actors/jane-doe.md": ACTOR.replace("Bio.", "She wrote [a](../articles/a.md)."),
                      "content/pages/about.md": "---\ntitle: About\n---\nSee [a](../articles/a.md).\n",
                      "content/timeline/t.yaml": "- date: 2020\n  title: Founded\n  text: A *small* start.\n",
                      "content/articles/a.md": article("Plain.")})
    early, site = load(root)
    bio = early.texts["actors/jane-doe"]
    assert bio.linked_articles == frozenset({"a"}) and not bio.problems
    assert early.usable_text("actors/jane-doe", site) == bio.html  # type: ignore[arg-type]
    assert early.usable_text("pages/about", site) == early.texts["pages/about"].html  # type: ignore[arg-type]
    [event] = site.events  # type: ignore[attr-defined]
    assert event.anchor == "event-2020-founded" and event.text_html == "A <em>small</em> start."


def test_a_biography_linking_a_draft_is_rendered_again(make_site) -> None:
    root = make_site({"content/actors/jane-doe.md": ACTOR.replace("Bio.", "See [b](../articles/b.md)."),
                      "content/articles/a.md": article("Plain."),
                      "content/articles/b.md": article("Not ready.", "draft: true\n")})
    early, site = load(root)
    assert 'href="../../articles/b/"' in early.texts["actors/jane-doe"].html  # the guess
    assert early.usable_text("actors/jane-doe", site) is None  # type: ignore[arg-type]
    build_site(root)
    bio = page(root / "public", "actors/jane-doe/").xpath("//*[contains(text(), 'See')]")[0]
    assert bio.text_content().strip() == "See b." and not bio.xpath(".//a")


def test_a_page_with_a_broken_link_is_reported_once(make_site) -> None:
    root = make_site({"content/pages/about.md": "---\ntitle: About\n---\nSee [gone](../articles/gone.md).\n",
                      "content/articles/a.md": article("Plain.")})
    early, site = load(root)
    assert early.texts["pages/about"].problems
    assert early.usable_text("pages/about", site) is None  # type: ignore[arg-type]
    errors = build_errors(root)
    assert len([e for e in errors if "link to '../articles/gone.md'" in e]) == 1
