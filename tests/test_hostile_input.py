"""Hostile text stays text, and valid, in every output format.

tests/sites/unicode has titles, names and bodies with ``<script>``, ``</script>``,
``</svg>``, quotes, ampersands, ``javascript:`` links, emoji and right-to-left text
in an article, its events, a timeline file, three actors (one taking part in events,
so it lands in both pictures) and a free page. Each output is read back with the
parser its consumers use, and the hostile strings must come back unchanged.
HTML validity of the same site is checked by tests/test_html_valid.py.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import lxml.etree
import lxml.html
import pytest
from conftest import REPO, build_errors, build_site, page

ARTICLE = "Peace 🕊️ talks </script><script>alert('x')</script> \"quoted\""
GROUP = "Group \"<script>alert('n')</script>\" & קבוצה"
SPAN = "Span </text></svg><script>alert('span')</script> \"שלום\" 🎉"
EVENT = "Event <script>alert('e')</script> 🕊️"
FREE_PAGE = "About <script>alert('p')</script> \"us\" عنّا"
SITE_TITLE = "Unicode <script>alert('site')</script> news"
LINK_URL = "https://example.org/?q=O'Brien&lang=he&x=%3Cscript%3E#שלום"
SOURCE_URL = "https://example.org/source?a=1&b='2'#קבוצה"
BASE_URL = "https://example.org/u/"
SVG = "{http://www.w3.org/2000/svg}"
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile") / "site"
    shutil.copytree(REPO / "tests/sites/unicode", root)
    build_site(root)
    return root / "public"


def html_pages(out: Path) -> list[Path]:
    return [p for p in sorted(out.rglob("*.html")) if "pagefind" not in p.parts]


def text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def squash(value: str) -> str:
    return " ".join(value.split())


# HTML


@pytest.mark.parametrize("url, heading", [("articles/emoji/", ARTICLE), ("actors/script-group/", GROUP),
                                          ("pages/about/", FREE_PAGE), ("", SITE_TITLE)])
def test_titles_and_names_are_the_page_heading_as_text(out: Path, url: str, heading: str) -> None:
    doc = page(out, url)
    assert text(doc.cssselect("h1")[0]) == squash(heading)
    assert doc.findtext(".//title").startswith(heading)
    assert doc.cssselect('meta[property="og:title"]')[0].get("content") == heading


def test_no_element_or_attribute_comes_from_content(out: Path) -> None:
    """Only the theme's own scripts run; no content becomes a tag, an event handler or an unsafe URL."""
    for path in html_pages(out):
        doc = lxml.html.fromstring(path.read_bytes())
        for script in doc.iter("script"):
            assert "alert(" not in (script.text or "") or script.get("type") == "application/ld+json", path
        for element in doc.iter():
            if not isinstance(element.tag, str):
                continue
            assert element.tag not in ("img", "iframe", "object", "embed") or element.get("src", "").startswith(
                ("../", "media/")), (path, element.tag)
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), (path, element.tag, name)
                if name in ("href", "src", "action", "formaction"):
                    assert not value.strip().lower().startswith(UNSAFE_SCHEMES), (path, value)


def test_bodies_keep_raw_html_and_bad_links_as_text(out: Path) -> None:
    bio = text(page(out, "actors/script-group/").cssselect(".prose")[0])
    assert "Bio with <img src=x onerror=alert(1)> and [a link](javascript:alert('bio')) 🕊️." in bio
    body = text(page(out, "pages/about/").cssselect(".prose")[0])
    assert body == "Page body with <script>alert('pb')</script> and [x](javascript:alert(2))."
    timeline = page(out, "timeline/")
    texts = [text(t) for t in timeline.cssselect(".event-text")]
    assert "Text with <script>alert('t')</script> and [bad](javascript:alert('t'))." in texts


def test_outside_urls_with_markup_characters_stay_one_attribute(out: Path) -> None:
    doc = page(out, "actors/script-group/")
    links = {text(a): a.get("href") for a in doc.cssselect("main a") if a.get("href", "").startswith("https:")}
    assert links["Site <script>alert('l')</script>"] == LINK_URL


def test_right_to_left_and_emoji_names_round_trip_in_links(out: Path) -> None:
    doc = page(out, "timeline/")
    chips = {text(a) for a in doc.cssselect(".event-actors a")}
    assert {squash(GROUP), "יצחק לוי", "Mahmoud Abbas"} <= chips
    assert squash(SPAN) in [text(h) for h in doc.cssselect(".event-title")]


URL_UNSAFE = set('<>"{}|\\^` ')


def test_outside_urls_with_characters_a_url_cannot_hold_are_percent_encoded(make_site, tmp_path: Path) -> None:
    root = make_site({
        "content/actors/a.md": """
            ---
            name: A
            kind: person
            links:
              - {title: x, url: 'https://example.org/?q=<script>&x="1" 2'}
            ---
            Bio
            """,
    })
    build_site(root, out=tmp_path / "out")
    doc = page(tmp_path / "out", "actors/a/")
    href = next(a.get("href") for a in doc.cssselect("main a") if text(a) == "x")
    assert not set(href) & URL_UNSAFE, href


# JSON-LD


def json_ld_blocks(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', raw, re.S)


def test_json_ld_parses_on_every_page_and_cannot_close_its_script(out: Path) -> None:
    found = 0
    for path in html_pages(out):
        blocks = json_ld_blocks(path)
        doc = lxml.html.fromstring(path.read_bytes())
        assert len(blocks) == len(doc.xpath('//script[@type="application/ld+json"]')), path
        for block in blocks:
            assert "<" not in block and ">" not in block, path
            json.loads(block)
            found += 1
    assert found >= 8


def test_json_ld_strings_round_trip(out: Path) -> None:
    def data(url: str) -> list[dict]:
        return [json.loads(b) for b in json_ld_blocks(out / url / "index.html")]

    article = next(d for d in data("articles/emoji") if d["@type"] == "NewsArticle")
    assert article["headline"] == ARTICLE
    group = next(d for d in data("actors/script-group") if d["@type"] != "BreadcrumbList")
    assert group["name"] == GROUP
    assert "O'Brien & <b>Sons</b>" in json.dumps(group, ensure_ascii=False)
    crumbs = next(d for d in data("actors/script-group") if d["@type"] == "BreadcrumbList")
    assert crumbs["itemListElement"][-1]["name"] == GROUP
    events = json.dumps(data("timeline"), ensure_ascii=False)
    assert json.dumps(SPAN, ensure_ascii=False) in events


# Atom feed


def test_feed_parses_without_bozo_and_titles_round_trip(out: Path) -> None:
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == SITE_TITLE
    entry = feed.entries[0]
    assert entry.title == ARTICLE
    assert entry.summary == "Summary with <script>alert('s')</script> & ampersand"
    assert [t.term for t in entry.tags] == ["<script>tag</script>"]
    content = lxml.html.fragment_fromstring(entry.content[0].value, create_parent="div")
    assert list(content.iter("script")) == []
    assert "Inline <script>alert('body')</script> stays text." in text(content)


def test_feed_body_links_resolve_to_the_actor_pages(out: Path) -> None:
    feed = feedparser.parse((out / "feed.xml").read_bytes(),
                            response_headers={"content-location": BASE_URL + "feed.xml",
                                              "content-type": "application/atom+xml"})
    content = lxml.html.fragment_fromstring(feed.entries[0].content[0].value, create_parent="div")
    hrefs = {a.text: a.get("href") for a in content.iter("a")}
    assert hrefs["יצחק לוי"] == BASE_URL + "actors/yitzhak-levi/"


# Sitemap


def test_sitemap_is_well_formed_and_lists_the_hostile_pages(out: Path) -> None:
    tree = lxml.etree.parse(str(out / "sitemap.xml"))
    locs = tree.xpath("//s:loc/text()", namespaces={"s": "http://www.sitemaps.org/schemas/sitemap/0.9"})
    assert all(urlsplit(loc).scheme == "https" and not set(loc) & set("<>\"' ") for loc in locs)
    assert {BASE_URL + "actors/script-group/", BASE_URL + "pages/about/", BASE_URL + "articles/emoji/"} <= set(locs)


# data/*.json


def load(out: Path, name: str) -> dict:
    return json.loads((out / "data" / name).read_text(encoding="utf-8"))


def test_data_files_round_trip_every_hostile_string(out: Path) -> None:
    articles = load(out, "articles.json")["articles"]
    assert articles[0]["title"] == ARTICLE
    assert articles[0]["tags"] == ["<script>tag</script>"]
    group = next(a for a in load(out, "actors.json")["actors"] if a["id"] == "script-group")
    assert group["name"] == GROUP
    assert group["aliases"] == ["O'Brien & <b>Sons</b>"]
    assert group["links"] == [{"title": "Site <script>alert('l')</script>",
                               "url": LINK_URL}]
    events = {e["title"]: e for e in load(out, "timeline.json")["events"]}
    assert events[SPAN]["text"] == "Text with <script>alert('t')</script> and [bad](javascript:alert('t'))."
    assert events[SPAN]["source"] == SOURCE_URL
    assert EVENT in events


def test_timelinejs_data_is_html_that_unescapes_to_the_titles(out: Path) -> None:
    """TimelineJS inserts headline and text as HTML, so they are escaped once and contain no markup."""
    data = load(out, "timelinejs.json")
    headlines = [html.unescape(e["text"]["headline"]) for e in data["events"]]
    assert headlines == [EVENT, SPAN]
    assert html.unescape(data["title"]["text"]["headline"]) == SITE_TITLE
    groups = {html.unescape(e.get("group", "")) for e in data["events"]}
    assert ARTICLE in groups
    for event in data["events"]:
        for field in (event["text"]["headline"], event.get("group", "")):
            assert "<" not in field and ">" not in field
        body = lxml.html.fragment_fromstring(event["text"]["text"] or "<p></p>", create_parent="div")
        assert list(body.iter("script")) == []
        assert all(not a.get("href", "").lower().startswith(UNSAFE_SCHEMES) for a in body.iter("a"))
    span_body = lxml.html.fragment_fromstring(data["events"][1]["text"]["text"], create_parent="div")
    assert span_body.xpath("string(.//a/@href)") == SOURCE_URL


# SVG pictures


def inline_svgs(path: Path) -> list[lxml.etree._Element]:
    """Each inline <svg> of a page, cut from the raw HTML and parsed as strict XML."""
    raw = path.read_text(encoding="utf-8")
    return [lxml.etree.fromstring(m.encode("utf-8")) for m in re.findall(r"<svg\b.*?</svg>", raw, re.S)]


def svg_text(svg: lxml.etree._Element) -> str:
    return " ".join("".join(svg.itertext()).split())


def test_timeline_strip_is_xml_with_the_titles_escaped(out: Path) -> None:
    strips = [s for s in inline_svgs(out / "timeline/index.html") if "timeline-strip" in s.get("class", "")]
    assert len(strips) == 1
    strip = strips[0]
    assert strip.tag == f"{SVG}svg"
    titles = [squash(t.text or "") for t in strip.iter(f"{SVG}title")]
    assert any(t.endswith(squash(SPAN)) for t in titles)
    assert any(t.endswith(squash(EVENT)) for t in titles)
    assert list(strip.iter(f"{SVG}script")) == []
    hrefs = [a.get("href") for a in strip.iter(f"{SVG}a")]
    assert hrefs and all(h.startswith("#event-") for h in hrefs)


@pytest.mark.parametrize("actor", ["script-group", "mahmoud-abbas", "yitzhak-levi"])
def test_actor_networks_are_xml_with_the_names_escaped(out: Path, actor: str) -> None:
    networks = [s for s in inline_svgs(out / "actors" / actor / "index.html")
                if "actor-network" in s.get("class", "")]
    assert len(networks) == 1
    network = networks[0]
    assert list(network.iter(f"{SVG}script")) == []
    assert squash(GROUP) in svg_text(network)
    for a in network.iter(f"{SVG}a"):
        assert a.get("href", "").startswith("../"), a.get("href")


def test_the_pictures_in_the_html_tree_keep_their_text(out: Path) -> None:
    """The HTML parser sees the same SVG: a name cannot end the picture early."""
    doc = page(out, "actors/mahmoud-abbas/")
    svg = doc.xpath("//*[local-name()='svg']")[0]
    assert squash(GROUP) in " ".join(svg.text_content().split())
    assert not svg.xpath(".//*[local-name()='script']")


# Unsafe URLs in front matter are content errors, not output


def test_javascript_urls_in_front_matter_are_errors(make_site) -> None:
    root = make_site({
        "content/actors/a.md": """
            ---
            name: A
            kind: person
            links:
              - {title: x, url: "javascript:alert(1)"}
            ---
            Bio
            """,
        "content/articles/x.md": """
            ---
            title: X
            date: 2024-01-01
            source: {name: S, url: "JavaScript:alert(2)"}
            see_also:
              - title: Y
                url: "data:text/html,<script>alert(3)</script>"
            timeline:
              - date: 2024-01-01
                title: E
                source: "vbscript:msgbox(4)"
            ---
            Body
            """,
    })
    assert build_errors(root) == [
        "content/actors/a.md:5:16: error: 'url' must be an http(s) URL or a site path, not 'javascript:alert(1)'",
        "content/articles/x.md:4:19: error: 'url' must be an http(s) URL or a site path, not 'JavaScript:alert(2)'",
        "content/articles/x.md:7:5: error: 'url' must be an http(s) URL or a site path, "
        "not 'data:text/html,<script>alert(3)</script>'",
        "content/articles/x.md:11:5: error: 'source' must be an http(s) URL or a site path, not 'vbscript:msgbox(4)'",
    ]
