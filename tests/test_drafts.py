"""Drafts and scheduled articles: left out of build unless --drafts / --future, marked when shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import build_site, page

SITE = "title: T\nbase_url: https://example.org/\nsearch: false\n"
ACTOR = "---\nname: Jane Doe\nkind: person\n---\nBio.\n"
PUBLISHED = """\
    ---
    title: Published
    date: 2024-01-01
    summary: S.
    actors: [jane-doe]
    see_also:
      - article: unfinished
    ---
    Jane Doe spoke. See [the draft](unfinished.md).
    """
DRAFT = """\
    ---
    title: Unfinished
    date: 2024-01-02
    draft: true
    timeline:
      - date: 2024-01-02
        title: Draft-only event
        actors: [jane-doe]
    ---
    Not ready.
    """
FUTURE = "---\ntitle: Scheduled\ndate: 2030-06-01\nsummary: S.\n---\nLater.\n"
TODAY = dt.date(2025, 1, 1)


@pytest.fixture
def site(make_site) -> Path:
    return make_site({"site.yaml": SITE, "content/actors/jane-doe.md": ACTOR,
                      "content/articles/published.md": PUBLISHED, "content/articles/unfinished.md": DRAFT,
                      "content/articles/scheduled.md": FUTURE})


def test_drafts_and_future_articles_are_left_out_by_default(site: Path) -> None:
    result = build_site(site, today=TODAY)
    assert "articles/published/index.html" in result.paths
    assert "articles/unfinished/index.html" not in result.paths
    assert "articles/scheduled/index.html" not in result.paths
    data = (site / "public/data/articles.json").read_text()
    assert "unfinished" not in data and "scheduled" not in data
    home = page(site / "public", "")
    assert not home.xpath("//a[contains(@href, 'unfinished')] | //a[contains(@href, 'scheduled')]")


def test_references_to_a_draft_do_not_break_the_build(site: Path) -> None:
    result = build_site(site, today=TODAY)
    assert result.diagnostics.errors == []
    article = page(site / "public", "articles/published/")
    assert not article.xpath("//a[contains(@href, 'unfinished')]")
    assert article.xpath("//p[contains(., 'See the draft.')]")  # the link's text stays


def test_a_drafts_events_are_left_out(site: Path) -> None:
    build_site(site, today=TODAY)
    timeline = page(site / "public", "timeline/")
    assert not timeline.xpath("//*[contains(text(), 'Draft-only event')]")
    assert "Draft-only event" not in (site / "public/data/timeline.json").read_text()
    actor = page(site / "public", "actors/jane-doe/")
    assert not actor.xpath("//*[contains(text(), 'Draft-only event')]")


def test_drafts_option_includes_drafts_marked_as_such(site: Path) -> None:
    result = build_site(site, drafts=True, today=TODAY)
    assert "articles/unfinished/index.html" in result.paths
    draft = page(site / "public", "articles/unfinished/")
    assert draft.xpath("//*[@class='draft-banner' and contains(., 'Draft')]")
    assert page(site / "public", "timeline/").xpath("//*[contains(text(), 'Draft-only event')]")
    assert page(site / "public", "articles/published/").xpath("//a[contains(@href, 'unfinished')]")
    published = page(site / "public", "articles/published/")
    assert not published.xpath("//*[@class='draft-banner']")


def test_future_option_includes_scheduled_articles(site: Path) -> None:
    result = build_site(site, future=True, today=TODAY)
    assert "articles/scheduled/index.html" in result.paths
    assert "articles/unfinished/index.html" not in result.paths


def test_an_article_dated_today_is_published(make_site) -> None:
    root = make_site({"site.yaml": SITE, "content/articles/a.md": "---\ntitle: A\ndate: 2025-01-01\n---\nT.\n"})
    assert "articles/a/index.html" in build_site(root, today=TODAY).paths


def test_cli_build_drafts_flag(site: Path, capsys) -> None:
    assert main(["build", "-s", str(site)]) == 0
    assert not (site / "public/articles/unfinished").exists()
    assert main(["build", "--drafts", "--future", "-s", str(site)]) == 0
    assert (site / "public/articles/unfinished/index.html").is_file()
    assert (site / "public/articles/scheduled/index.html").is_file()
