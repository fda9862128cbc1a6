"""Whole builds of tests/sites/full and tests/sites/minimal: every page of SPEC §4 and what it shows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlparse
from xml.etree import ElementTree as ET

import pytest
from conftest import REPO, build_site, page

SITES = REPO / "tests" / "sites"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("full") / "site"
    shutil.copytree(SITES / "full", root)
    result = build_site(root)
    assert result.diagnostics.warnings == []
    return root / "public"


def text(element: object) -> str:
    return " ".join(element.text_content().split())  # type: ignore[attr-defined]


def test_every_page_of_the_contract_exists(full: Path) -> None:
    expected = [
        "index.html", "articles/index.html", "actors/index.html", "timeline/index.html",
        "feed.xml", "sitemap.xml", "robots.txt", "404.html",
        "data/actors.json", "data/timeline.json", "data/articles.json", "pages/about/index.html",
        "media/map.gif", "assets/style.css",
    ]
    expected += [f"articles/{p.stem}/index.html" for p in (SITES / "full/content/articles").glob("*.md")]
    expected += [f"actors/{p.stem}/index.html" for p in (SITES / "full/content/actors").glob("*.md")]
    missing = [rel for rel in expected if not (full / rel).is_file()]
    assert missing == []


def test_minimal_site_builds_every_page(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITES / "minimal", root)
    build_site(root)
    out = root / "public"
    for rel in ("index.html", "articles/hello/index.html", "actors/index.html", "timeline/index.html",
                "feed.xml", "sitemap.xml", "robots.txt", "404.html", "data/actors.json"):
        assert (out / rel).is_file(), rel
    assert "No actors yet." in text(page(out, "actors/"))
    assert "bold" in [b.text for b in page(out, "articles/hello/").iter("strong")]


def test_article_shows_key_actor_cards_with_initials(full: Path) -> None:
    doc = page(full, "articles/ceasefire-talks/")
    cards = doc.cssselect(".key-actors .actor-card")
    assert [text(c.cssselect(".actor-name")[0]) for c in cards] == ["Anna Berg", "Northland"]
    assert [text(c.cssselect(".initials")[0]) for c in cards] == ["AB", "N"]
    assert cards[0].cssselect(".actor-name a")[0].get("href") == "../../actors/anna-berg/"


def test_article_shows_body_with_table_footnote_and_image(full: Path) -> None:
    prose = page(full, "articles/ceasefire-talks/").cssselect(".prose")[0]
    assert [text(th) for th in prose.iter("th")] == ["Side", "Delegates"]
    assert prose.cssselect("sup.footnote-ref a")[0].get("href") == "#fn1"
    assert "The footnote text." in text(prose.cssselect(".footnotes")[0])
    assert prose.cssselect("h2")[0].get("id") == "anna-berg-in-the-headings"
    assert prose.cssselect("img")[0].get("src") == "../../media/map.gif"
    hrefs = {text(a): a.get("href") for a in prose.iter("a")}
    assert hrefs["the clash"] == "../../articles/border-clash/"
    assert hrefs["Carl Dunn"] == "../../actors/carl-dunn/"


def test_raw_html_in_markdown_is_escaped_by_default(full: Path) -> None:
    prose = page(full, "articles/ceasefire-talks/").cssselect(".prose")[0]
    assert list(prose.iter("b")) == []
    assert "Raw <b>bold</b> HTML stays escaped." in text(prose)


def test_raw_html_passes_when_the_site_allows_it(make_site) -> None:  # type: ignore[no-untyped-def]
    root = make_site({
        "site.yaml": "title: T\nbase_url: https://example.org/\nmarkdown: {unsafe_html: true}\n",
        "content/articles/a.md": "---\ntitle: A\ndate: 2024-01-01\nsummary: S.\n---\nRaw <b>bold</b> here.\n",
    })
    build_site(root)
    assert [b.text for b in page(root / "public", "articles/a/").iter("b")] == ["bold"]


def test_article_shows_its_own_events_and_source_credit(full: Path) -> None:
    doc = page(full, "articles/ceasefire-talks/")
    events = doc.cssselect(".article-timeline .event-title")
    assert [text(e) for e in events] == ["Delegations arrive"]
    meta = doc.cssselect(".article-header .meta")[0]
    credit = [a for a in meta.iter("a") if a.get("href") == "https://wire.example.com/ceasefire"]
    assert [text(a) for a in credit] == ["Test Wire"]


def test_article_see_also_lists_every_kind(full: Path) -> None:
    items = page(full, "articles/ceasefire-talks/").cssselect(".see-also li")
    assert [i.get("class").split()[0] for i in items] == ["see-also-article", "see-also-actor", "see-also-url"]
    assert [i.cssselect("a")[0].get("href") for i in items] == [
        "../../articles/border-clash/", "../../actors/carl-dunn/", "https://example.com/briefing"]
    assert not any("related" in i.get("class") for i in items)


def test_see_also_is_filled_with_related_articles_marked(full: Path) -> None:
    items = page(full, "articles/aid-pledge/").cssselect(".see-also li")
    assert items, "aid-pledge shares actors with older articles"
    assert all("related" in i.get("class").split() for i in items)
    assert all("Related" in text(i) for i in items)
    targets = [i.cssselect("a")[0].get("href") for i in items]
    assert "../../articles/later-report/" not in targets  # newer articles never count


def test_actor_profile_shows_aliases_affiliations_and_mentions(full: Path) -> None:
    doc = page(full, "actors/anna-berg/")
    assert "Also known as Berg" in text(doc.cssselect(".profile-header .meta")[0])
    assert text(doc.cssselect(".profile-header .initials")[0]) == "AB"
    facts = doc.cssselect("dl.facts")[0]
    assert [a.get("href") for a in facts.iter("a")] == ["../../actors/northland/"]
    mentions = doc.cssselect(".mentions li")
    by_article = {m.cssselect("a")[0].get("href"): text(m.cssselect("blockquote")[0]) for m in mentions}
    assert by_article == {"../../articles/aid-pledge/": "Anna Berg announced the pledge in Southland.",
                          "../../articles/ceasefire-talks/": "Anna Berg opened the talks."}


def test_affiliations_are_shown_both_ways(full: Path) -> None:
    doc = page(full, "actors/northland/")
    dds = doc.cssselect("dl.facts dd")
    dts = [text(dt) for dt in doc.cssselect("dl.facts dt")]
    assert dts == ["Affiliated to it"]
    assert [text(a) for a in dds[0].iter("a")] == ["Anna Berg", "Carl Dunn", "Northland Army"]


def test_actor_profile_lists_its_events_in_date_order(full: Path) -> None:
    doc = page(full, "actors/carl-dunn/")
    times = [t.get("datetime") for t in doc.cssselect(".timeline .event-date time")]
    assert times == sorted(times)
    assert [text(t) for t in doc.cssselect(".timeline .event-title")] == [
        "Leaders speak by phone", "Statement released"]


def test_actors_index_is_grouped_by_kind(full: Path) -> None:
    doc = page(full, "actors/")
    groups = {text(s.cssselect("h2")[0]): [text(n) for n in s.cssselect(".actor-name")]
              for s in doc.cssselect("main section")}
    assert groups == {
        "People": ["Anna Berg", "Carl Dunn"],
        "Organizations": ["Northland Army"],
        "Countries": ["Northland", "Southland"],
        "Places": ["River Town"],
        "Media": ["Daily Bugle"],
    }


def test_timeline_groups_by_year_then_month_at_each_precision(full: Path) -> None:
    doc = page(full, "timeline/")
    years = doc.cssselect("section.year")
    assert [text(y.cssselect("h2")[0]) for y in years] == ["2019", "2020", "2022", "2024"]
    assert [text(h) for h in years[3].cssselect("h3.month")] == ["January 2024", "March 2024", "November 2024"]
    dates = {text(e.cssselect(".event-title")[0]): text(e.cssselect(".event-date")[0])
             for e in doc.cssselect("li.event")}
    assert dates["Border treaty signed"] == "2019"
    assert dates["First border incidents"] == "c. 2020"
    assert dates["Tensions rise"] == "February 2022"
    assert dates["Spring standoff"] == "February – May 2022"  # CLDR's interval format
    assert dates["Leaders speak by phone"] == "7 November 2024"
    assert dates["Statement released"] == "7 November 2024, 14:30 UTC"
    all_times = [li.cssselect("time")[0].get("datetime") for li in doc.cssselect("li.event")]
    assert [t[:10] for t in all_times] == sorted(t[:10] for t in all_times)


def test_event_ids_are_link_targets_from_the_data(full: Path) -> None:
    doc = page(full, "timeline/")
    ids = {li.get("id") for li in doc.cssselect("li.event")}
    events = json.loads((full / "data/timeline.json").read_text())["events"]
    assert {urlparse(e["url"]).fragment for e in events} == ids


def test_feed_and_sitemap_are_xml_with_absolute_urls(full: Path) -> None:
    feed = ET.parse(full / "feed.xml").getroot()
    links = [e.get("href") for e in feed.iter(f"{ATOM}link")]
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    assert all(link.startswith("https://example.org/full/") for link in links)
    sitemap = ET.parse(full / "sitemap.xml").getroot()
    locs = [loc.text for loc in sitemap.iter(f"{SITEMAP}loc")]
    assert "https://example.org/full/" in locs
    assert "https://example.org/full/articles/ceasefire-talks/" in locs
    assert all(loc.startswith("https://example.org/full/") for loc in locs)
    assert not any(loc.endswith("404.html") for loc in locs)


def test_robots_names_the_sitemap(full: Path) -> None:
    assert "Sitemap: https://example.org/full/sitemap.xml" in (full / "robots.txt").read_text().splitlines()


def test_data_files_parse(full: Path) -> None:
    actors = json.loads((full / "data/actors.json").read_text())["actors"]
    articles = json.loads((full / "data/articles.json").read_text())["articles"]
    events = json.loads((full / "data/timeline.json").read_text())["events"]
    assert {a["id"] for a in actors} == {p.stem for p in (SITES / "full/content/actors").glob("*.md")}
    assert [a["slug"] for a in articles] == sorted(a["slug"] for a in articles)
    assert len(events) == 8
    assert {e["precision"] for e in events} == {"year", "month", "day", "time"}


def test_free_page_links_to_an_article(full: Path) -> None:
    doc = page(full, "pages/about/")
    assert "../../articles/border-clash/" in [a.get("href") for a in doc.cssselect("main a")]
