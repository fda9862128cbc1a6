"""The repository's own site: the explainer built from the seed wire story."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from conftest import REPO, build_site, page

SLUG = "trump-putin-call-report"
SEE_ALSO = ["Ukraine Live Briefing: Family Killed In Russian Air Strike",
            "Trump's Win Could Lead To Push For Peace In Ukraine, But On Whose Terms?"]
ACTORS = {"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskiy", "Kamala Harris", "Bryan Lanza",
          "The Washington Post", "BBC", "The Kremlin", "Ukraine", "Russia"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("example") / "public"
    result = build_site(REPO, out=out)
    return out, result


@pytest.fixture(scope="module")
def out(built: tuple[Path, object]) -> Path:
    return built[0]


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_builds_with_no_errors_and_no_warnings(built: tuple[Path, object]) -> None:
    result = built[1]
    assert [str(w) for w in result.diagnostics.warnings] == []  # type: ignore[attr-defined]
    assert result.diagnostics.errors == []  # type: ignore[attr-defined]


def test_seed_article_lists_both_see_also_titles(out: Path) -> None:
    items = page(out, f"articles/{SLUG}/").cssselect(".see-also li")
    titles = [text(i.cssselect("a, cite")[0]) for i in items]
    assert titles[:2] == SEE_ALSO


def test_see_also_titles_are_not_body_text(out: Path) -> None:
    prose = text(page(out, f"articles/{SLUG}/").cssselect(".prose")[0])
    assert "SEE ALSO" not in prose
    for title in SEE_ALSO:
        assert title not in prose
    assert "Air Strike" not in prose and "Whose Terms" not in prose


def test_body_keeps_the_sentences_glued_to_the_markers(out: Path) -> None:
    paragraphs = [text(p) for p in page(out, f"articles/{SLUG}/").cssselect(".prose p")]
    assert any(p.startswith("People familiar with the call told the Post") for p in paragraphs)
    assert any(p.startswith("Putin said in September") for p in paragraphs)
    assert len(paragraphs) == 12


def test_seed_article_credits_its_source_and_links_actors(out: Path) -> None:
    doc = page(out, f"articles/{SLUG}/")
    assert "Source: RFE/RL" in text(doc.cssselect(".article-header .meta")[0])
    linked = {text(a) for a in doc.cssselect(".prose a.actor-link")}
    assert {"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskiy", "Kamala Harris", "Bryan Lanza",
            "BBC"} <= linked
    cards = [text(c) for c in doc.cssselect(".key-actors .actor-name")]
    assert cards == ["Donald Trump", "Vladimir Putin", "Volodymyr Zelenskiy"]


def test_actors_have_profiles(out: Path) -> None:
    names = {text(h) for h in page(out, "actors/").cssselect(".actor-name")}
    assert names >= ACTORS
    for path in sorted((out / "actors").glob("*/index.html")):
        assert text(lxml.html.fromstring(path.read_bytes()).cssselect("h1")[0])
    assert {text(page(out, f"actors/{p.parent.name}/").cssselect("h1")[0])
            for p in (out / "actors").glob("*/index.html")} >= ACTORS


def test_zelenskiy_is_also_known_as_zelensky(out: Path) -> None:
    meta = text(page(out, "actors/volodymyr-zelenskiy/").cssselect(".profile-header .meta")[0])
    assert "Zelensky" in meta.split("Also known as", 1)[1]


def test_profile_quotes_the_mentioning_sentence(out: Path) -> None:
    quote = text(page(out, "actors/bryan-lanza/").cssselect(".mentions blockquote")[0])
    assert quote.startswith("In the same vein, Trump ally Bryan Lanza told the BBC on November 9")


def test_timeline_runs_from_february_2022_to_10_november_2024(out: Path) -> None:
    doc = page(out, "timeline/")
    dates = [text(t) for t in doc.cssselect("li.event .event-date time")]
    assert "February 2022" in dates or any(d.endswith("February 2022") for d in dates)
    assert dates[-1] == "10 November 2024"
    assert "7 November 2024" in dates
    months = [text(h) for h in doc.cssselect("h3.month")]
    assert "February 2022" in months and "November 2024" in months
