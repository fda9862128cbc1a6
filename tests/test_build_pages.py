"""Built pages of tests/sites/unicode (escaping, unsafe links) and tests/sites/wire-body (plain-text bodies)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import lxml.html
import pytest
from conftest import REPO, build_site, page

SITES = REPO / "tests" / "sites"
ATOM = "{http://www.w3.org/2005/Atom}"
TITLE = "Peace 🕊️ talks </script><script>alert('x')</script> \"quoted\""


def built(tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    root = tmp_path_factory.mktemp(name) / "site"
    shutil.copytree(SITES / name, root)
    build_site(root)
    return root / "public"


@pytest.fixture(scope="module")
def unicode_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "unicode")


@pytest.fixture(scope="module")
def wire_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built(tmp_path_factory, "wire-body")


def html_files(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_no_script_from_content_reaches_any_page(unicode_site: Path) -> None:
    for path in html_files(unicode_site):
        doc = lxml.html.fromstring(path.read_bytes())
        for script in doc.iter("script"):
            if script.get("type") == "application/ld+json":
                assert "<" not in script.text, path
            else:
                assert "alert(" not in (script.text or ""), path
            assert "://" not in (script.get("src") or ""), path


def test_script_in_titles_is_shown_as_text(unicode_site: Path) -> None:
    doc = page(unicode_site, "articles/emoji/")
    assert text(doc.cssselect("h1")[0]) == " ".join(TITLE.split())
    assert doc.find(".//title").text.startswith(TITLE)
    assert doc.cssselect('meta[property="og:title"]')[0].get("content") == TITLE
    role = doc.cssselect(".actor-role")[0]
    assert text(role) == "President <script>alert('r')</script>"
    event = page(unicode_site, "timeline/").cssselect(".event-title")[0]
    assert text(event) == "Event <script>alert('e')</script> 🕊️"


def test_json_ld_keeps_titles_intact_and_cannot_close_its_script(unicode_site: Path) -> None:
    raw = (unicode_site / "articles/emoji/index.html").read_text()
    blocks = raw.split('<script type="application/ld+json">')[1:]
    for block in blocks:
        body = block.split("</script>", 1)[0]
        assert "<" not in body
        json.loads(body)
    doc = page(unicode_site, "articles/emoji/")
    data = [json.loads(s.text) for s in doc.iter("script")]
    article = next(d for d in data if d["@type"] == "NewsArticle")
    assert article["headline"] == TITLE


def test_feed_holds_titles_as_text(unicode_site: Path) -> None:
    feed = ET.parse(unicode_site / "feed.xml").getroot()
    assert feed.find(f"{ATOM}title").text == "Unicode <script>alert('site')</script> news"
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == TITLE
    content = lxml.html.fragment_fromstring(entry.find(f"{ATOM}content").text, create_parent="div")
    assert list(content.iter("script")) == []


def test_json_data_round_trips_titles_and_names(unicode_site: Path) -> None:
    articles = json.loads((unicode_site / "data/articles.json").read_text(encoding="utf-8"))["articles"]
    assert articles[0]["title"] == TITLE
    actors = json.loads((unicode_site / "data/actors.json").read_text(encoding="utf-8"))["actors"]
    assert {"Mahmoud Abbas", "יצחק לוי"} <= {a["name"] for a in actors}
    assert next(a for a in actors if a["id"] == "mahmoud-abbas")["aliases"] == ["محمود عباس"]


def test_javascript_and_data_links_never_reach_the_page(unicode_site: Path) -> None:
    for path in html_files(unicode_site):
        doc = lxml.html.fromstring(path.read_bytes())
        for element in doc.iter():
            for attr in ("href", "src"):
                value = (element.get(attr) or "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (path, value)


def test_raw_script_in_a_body_is_text(unicode_site: Path) -> None:
    prose = page(unicode_site, "articles/emoji/").cssselect(".prose")[0]
    assert "Inline <script>alert('body')</script> stays text." in text(prose)


def test_right_to_left_names_are_linked_mentions(unicode_site: Path) -> None:
    prose = page(unicode_site, "articles/emoji/").cssselect(".prose")[0]
    links = {a.text: a.get("href") for a in prose.cssselect("a.actor-link")}
    assert links == {"محمود عباس": "../../actors/mahmoud-abbas/", "יצחק לוי": "../../actors/yitzhak-levi/"}
    assert "🎉" in text(prose)


def test_actor_pages_show_unicode_names(unicode_site: Path) -> None:
    doc = page(unicode_site, "actors/yitzhak-levi/")
    assert text(doc.cssselect("h1")[0]) == "יצחק לוי"
    assert text(doc.cssselect(".mentions li a")[0]) == " ".join(TITLE.split())
    assert text(doc.cssselect(".lede")[0]) == 'Minister "quoted"'


def test_wire_body_keeps_glued_sentences_as_body_text(wire_site: Path) -> None:
    paragraphs = [text(p) for p in page(wire_site, "articles/phone-call/").cssselect(".prose p")]
    assert paragraphs == [
        "The leaders spoke by phone on Thursday, officials said.",
        "People familiar with the call told the paper it went well.",
        "Nobody has commented on the report.",
        "The president said in September he wanted talks.",
        "The last paragraph <b>keeps</b> its angle brackets.",
    ]


def test_wire_see_also_markers_become_entries(wire_site: Path) -> None:
    items = page(wire_site, "articles/phone-call/").cssselect(".see-also li")
    assert [(i.get("class"), text(i)) for i in items] == [
        ("see-also-title", "From the source: Live Briefing: Family Killed In Air Strike"),
        ("see-also-article", "Win Could Lead To Push For Peace, But On Whose Terms?"),
    ]
    assert items[1].cssselect("a")[0].get("href") == "../../articles/peace-push/"
    assert items[0].cssselect("a") == []
    prose = text(page(wire_site, "articles/phone-call/").cssselect(".prose")[0])
    assert "SEE ALSO" not in prose and "Air Strike" not in prose and "Whose Terms" not in prose


def test_wire_source_without_url_is_credited_as_text(wire_site: Path) -> None:
    meta = page(wire_site, "articles/phone-call/").cssselect(".article-header .meta")[0]
    assert "Source: Test Wire" in text(meta)
