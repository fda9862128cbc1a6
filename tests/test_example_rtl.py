"""examples/sudan-ar: a small Arabic site, right to left, built with no English theme words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from conftest import REPO, build_site, page

SITE = REPO / "examples" / "sudan-ar"
ENGLISH_WORDS = ("Key actors", "See also", "Timeline", "Explainers", "Search", "Related", "Skip to content",
                 "Atom feed", "Reported in", "Full timeline", "Latest events", "Actors", "Updated", "Source",
                 "Connections", "People", "Organizations", "Groups", "Page not found", "circa", "c.")
PAGES = ("", "articles/", "articles/harb-al-sudan/", "actors/", "actors/abd-al-fatah-al-barhan/", "timeline/",
         "search/", "pages/an-al-mawqi/", "404.html")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("sudan") / "public"
    return out, build_site(SITE, out=out)


@pytest.fixture(scope="module")
def out(built: tuple[Path, object]) -> Path:
    return built[0]


def words(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().replace("\u202f", " ").split())


def test_builds_with_no_errors_and_no_warnings(built: tuple[Path, object]) -> None:
    result = built[1]
    assert [str(w) for w in result.diagnostics.warnings] == []  # type: ignore[attr-defined]
    assert result.diagnostics.errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_is_arabic_right_to_left_with_no_english_theme_words(out: Path, url: str) -> None:
    doc = page(out, url)
    assert (doc.get("lang"), doc.get("dir")) == ("ar", "rtl")
    for script in doc.cssselect("script"):
        script.drop_tree()
    shown = words(doc.body) + " " + " ".join(
        e.get(attr, "") for e in doc.iter() if isinstance(e.tag, str) for attr in ("aria-label", "title", "alt"))
    for word in ENGLISH_WORDS:
        assert not re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", shown), f"'{word}' in English on {url or 'home'}"


def test_dates_are_written_in_arabic_and_times_keep_iso(out: Path) -> None:
    doc = page(out, "timeline/")
    dates = {words(li.cssselect(".event-title")[0]): words(li.cssselect(".event-date")[0])
             for li in doc.cssselect("li.event")}
    assert dates["عزل عمر البشير بعد احتجاجات واسعة"] == "11 أبريل 2019"
    assert dates["انقلاب عسكري يطيح بالحكومة المدنية"] == "أكتوبر 2021"
    assert dates["محادثات جدة بين الطرفين"] == "مايو – يوليو 2023"
    assert dates["نزوح الملايين داخل البلاد وخارجها"] == "نحو 2024"
    assert dates["اندلاع القتال في الخرطوم"] == "15 أبريل 2023، 09:00 غرينتش+02:00"
    times = [t.get("datetime") for t in doc.cssselect("li.event time")]
    assert "2023-04-15T09:00:00+02:00" in times and "2021-10" in times
    assert [words(h) for h in doc.cssselect("h3.month")][:2] == ["أبريل 2019", "أغسطس 2019"]


def test_event_anchors_are_readable_ascii(out: Path) -> None:
    ids = [li.get("id") for li in page(out, "timeline/").cssselect("li.event")]
    assert "event-2019-04-11-azl-omar-al-bashir-bad-ahtjajat-wasa" in ids
    assert all(re.fullmatch(r"event-[0-9t-]+-[a-z0-9-]+", i) for i in ids)
    assert len(set(ids)) == len(ids)


def test_arabic_mentions_link_to_profiles(out: Path) -> None:
    doc = page(out, "articles/harb-al-sudan/")
    linked = {words(a): a.get("href") for a in doc.cssselect(".prose a.actor-link")}
    assert linked["عبد الفتاح البرهان"] == "../../actors/abd-al-fatah-al-barhan/"
    assert linked["محمد حمدان دقلو"] == "../../actors/muhammad-hamdan-daqlu/"


def test_the_pictures_keep_time_left_to_right(out: Path) -> None:
    css = (out / "assets" / "style.css").read_text(encoding="utf-8")
    assert ".viz, [dir=\"rtl\"] .viz-scroll { direction: ltr; }" in css
    strip = page(out, "timeline/").cssselect("svg.timeline-strip")[0]
    years = [int(t.text) for t in strip.cssselect("text.tick-label") if t.text.isdigit()]
    xs = [float(t.get("x")) for t in strip.cssselect("text.tick-label") if t.text.isdigit()]
    assert years == sorted(years) and xs == sorted(xs)  # earlier years on the left
    assert "التسلسل الزمني" in words(strip.cssselect("title")[0])


def test_the_stylesheet_has_no_physical_left_or_right() -> None:
    css = (REPO / "layouts" / "assets" / "style.css").read_text(encoding="utf-8")
    physical = re.findall(r"(?:margin|padding|border)-(?:left|right)\b|(?<![\w-])(?:left|right)\s*:|"
                          r"text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)", css)
    assert physical == []


def test_arabic_initials_skip_the_article(out: Path) -> None:
    cards = {words(c.cssselect(".actor-name")[0]): words(c.cssselect(".initials")[0])
             for c in page(out, "actors/").cssselect(".actor-card")}
    assert cards["الجيش السوداني"] == "جس" and cards["عبد الفتاح البرهان"] == "عف"


def test_the_timelinejs_slides_speak_arabic_and_keep_numeric_dates(out: Path) -> None:
    slides = json.loads((out / "data" / "timelinejs.json").read_text(encoding="utf-8"))["events"]
    approximate = next(s for s in slides if s["text"]["headline"] == "نزوح الملايين داخل البلاد وخارجها")
    assert approximate["start_date"] == {"year": "2024", "display_date": "نحو 2024"}
    assert any("ورد في" in s["text"]["text"] for s in slides)
