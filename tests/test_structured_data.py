"""Shareable output: meta tags, schema.org JSON-LD, the Atom feed and the sitemap of built sites.

Checked on the example site and on every site under tests/sites/: each page has a canonical
URL, a meta description, Open Graph and Twitter card tags; every JSON-LD block parses and
uses only schema.org types and the properties schema.org defines for them; feed.xml parses
with feedparser without error; sitemap.xml is valid against the sitemaps.org 0.9 schema
(tests/data/sitemap.xsd) and lists every page but 404.html and the embeds (which ask not to be
indexed on their own); past sitemaps.org's limits it is an index of sitemaps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import feedparser
import lxml.etree
import lxml.html
import pytest
from conftest import REPO, build_site

from generator.build import BuildResult
from generator.config import SiteConfig
from generator.render import feeds

SITES = [REPO, *sorted(p.parent for p in (REPO / "tests" / "sites").glob("*/site.yaml"))]
SITE_IDS = ["example", *(s.name for s in SITES[1:])]
SITEMAP_XSD = REPO / "tests" / "data" / "sitemap.xsd"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

# The properties schema.org defines for each type this generator writes (schema.org 29),
# limited to the ones that make sense here; a property outside its type's list fails.
THING = {"name", "url", "description", "alternateName", "sameAs", "image", "identifier", "subjectOf",
         "mainEntityOfPage"}
CREATIVE_WORK = THING | {"headline", "datePublished", "dateModified", "author", "publisher", "inLanguage",
                         "keywords", "isBasedOn", "about", "citation", "mentions", "articleSection", "wordCount",
                         "dateCreated", "creator", "license", "thumbnailUrl", "isPartOf"}
ORGANIZATION = THING | {"logo", "address", "foundingDate", "location", "parentOrganization", "memberOf", "member",
                        "areaServed", "legalName"}
PLACE = THING | {"address", "geo", "containedInPlace", "containsPlace", "logo"}
PROPERTIES: dict[str, set[str]] = {
    "WebSite": CREATIVE_WORK,
    "WebPage": CREATIVE_WORK | {"breadcrumb"},
    "CreativeWork": CREATIVE_WORK,
    "NewsArticle": CREATIVE_WORK | {"dateline", "printSection"},
    "Person": THING | {"jobTitle", "affiliation", "memberOf", "worksFor", "nationality", "birthDate", "givenName",
                       "familyName"},
    "Organization": ORGANIZATION,
    "NewsMediaOrganization": ORGANIZATION,
    "Country": PLACE,
    "Place": PLACE,
    "ImageObject": CREATIVE_WORK | {"contentUrl", "width", "height", "caption"},
    "Event": THING | {"startDate", "endDate", "about", "location", "organizer", "performer", "eventStatus"},
    "BreadcrumbList": THING | {"itemListElement", "numberOfItems", "itemListOrder"},
    "ListItem": THING | {"position", "item"},
}
ACTOR_TYPES = {"Person", "Organization", "NewsMediaOrganization", "Country", "Place"}


@dataclass
class Built:
    result: BuildResult
    out: Path

    @property
    def base(self) -> str:
        return self.result.config.base_url


@pytest.fixture(scope="module", params=SITES, ids=SITE_IDS)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("shareable") / "public"
    return Built(build_site(request.param, out=out), out)


def html_pages(out: Path) -> list[Path]:
    """Every page a reader can land on (404.html is served for missing paths, not linked)."""
    return sorted(p for p in out.rglob("*.html")
                  if p.name != "404.html" and not p.relative_to(out).parts[0].startswith("pagefind"))


def page_url(out: Path, path: Path) -> str:
    rel = path.relative_to(out).as_posix()
    return rel.removesuffix("index.html")


def json_ld(tree: lxml.html.HtmlElement) -> list[Any]:
    return [json.loads(s.text_content()) for s in tree.xpath('//script[@type="application/ld+json"]')]


def nodes(value: Any) -> list[dict[str, Any]]:
    """Every object in a JSON-LD value, nested ones and @graph members included."""
    if isinstance(value, list):
        return [n for v in value for n in nodes(v)]
    if not isinstance(value, dict):
        return []
    found = [value] if "@type" in value else []
    for key, v in value.items():
        if key != "@context":
            found += nodes(v)
    return found


def schema_problems(block: Any) -> list[str]:
    problems = []
    if not isinstance(block, dict) or block.get("@context") not in ("https://schema.org", "http://schema.org"):
        problems.append(f"no schema.org @context in {str(block)[:80]}")
    for node in nodes(block):
        kind = node["@type"]
        allowed = PROPERTIES.get(kind)
        if allowed is None:
            problems.append(f"type {kind!r} is not one this site should use")
            continue
        for key in node:
            if not key.startswith("@") and key not in allowed:
                problems.append(f"{kind} has {key!r}, not a schema.org property of {kind}")
    return problems


def meta(tree: lxml.html.HtmlElement, attr: str, name: str) -> str | None:
    found = tree.xpath(f'//head/meta[@{attr}="{name}"]/@content')
    return found[0] if len(found) == 1 else None


def test_every_page_has_canonical_description_open_graph_and_twitter_tags(built: Built) -> None:
    problems = []
    for path in html_pages(built.out):
        tree = lxml.html.fromstring(path.read_bytes())
        rel = page_url(built.out, path)
        expected = built.base + rel
        canonical = tree.xpath('//head/link[@rel="canonical"]/@href')
        if canonical != [expected]:
            problems.append(f"{rel}: canonical {canonical}, expected {expected}")
        for attr, name in [("name", "description"), ("property", "og:title"), ("property", "og:description"),
                           ("property", "og:type"), ("property", "og:site_name"), ("name", "twitter:card"),
                           ("name", "twitter:title"), ("name", "twitter:description")]:
            if not (meta(tree, attr, name) or "").strip():
                problems.append(f"{rel}: no single non-empty <meta {attr}={name!r}>")
        if meta(tree, "property", "og:url") != expected:
            problems.append(f"{rel}: og:url {meta(tree, 'property', 'og:url')!r}, expected {expected}")
        if meta(tree, "name", "twitter:card") not in ("summary", "summary_large_image"):
            problems.append(f"{rel}: twitter:card {meta(tree, 'name', 'twitter:card')!r}")
    assert problems == []


def test_json_ld_parses_and_uses_only_schema_org_properties(built: Built) -> None:
    problems = []
    for path in html_pages(built.out):
        rel = page_url(built.out, path)
        try:
            blocks = json_ld(lxml.html.fromstring(path.read_bytes()))
        except json.JSONDecodeError as e:
            problems.append(f"{rel}: JSON-LD does not parse: {e}")
            continue
        problems += [f"{rel}: {p}" for block in blocks for p in schema_problems(block)]
    assert problems == []


def types_on(built: Built, rel: str) -> dict[str, list[dict[str, Any]]]:
    by_type: dict[str, list[dict[str, Any]]] = {}
    for block in json_ld(lxml.html.fromstring((built.out / rel / "index.html").read_bytes())):
        for node in nodes(block):
            by_type.setdefault(node["@type"], []).append(node)
    return by_type


def test_articles_are_news_articles_with_author_publisher_dates_and_breadcrumbs(built: Built) -> None:
    for slug, article in built.result.site.articles.items():
        found = types_on(built, f"articles/{slug}/")
        news = found["NewsArticle"][0]
        assert news["headline"] == article.title[:110]
        assert news["datePublished"] == article.date.rfc3339()
        assert news["dateModified"] == (article.updated or article.date).rfc3339()
        assert news["author"]["name"] and news["publisher"]["name"]
        assert news["url"] == built.base + f"articles/{slug}/"
        crumbs = found["BreadcrumbList"][0]["itemListElement"]
        assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
        assert crumbs[-1]["item"] == news["url"]


def test_actors_have_their_schema_type_and_same_as_from_their_links(built: Built) -> None:
    for actor_id, actor in built.result.site.actors.items():
        found = types_on(built, f"actors/{actor_id}/")
        main = [n for kind in ACTOR_TYPES for n in found.get(kind, [])
                if n.get("url") == built.base + f"actors/{actor_id}/" and "name" in n and n["name"] == actor.name]
        assert main, f"actors/{actor_id}/: no {ACTOR_TYPES} node for {actor.name}"
        expected = {"person": "Person", "country": "Country", "place": "Place"}.get(actor.kind)
        assert main[0]["@type"] == expected or (expected is None and main[0]["@type"].endswith("Organization"))
        links = [link.url for link in actor.links if link.url.startswith(("http://", "https://"))]
        assert main[0].get("sameAs", []) == links
        assert "BreadcrumbList" in found


def test_timeline_events_are_schema_org_events_with_dates(built: Built) -> None:
    events = types_on(built, "timeline/").get("Event", [])
    assert len(events) == len(built.result.site.events)
    for node, event in zip(events, built.result.site.events, strict=True):
        assert node["name"] == event.title
        assert node["startDate"] == event.date.iso()


def test_feed_parses_without_error_and_links_pages_of_the_site(built: Built) -> None:
    feed = feedparser.parse((built.out / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == len(built.result.site.articles)
    for entry in feed.entries:
        assert entry.link.startswith(built.base)
        assert (built.out / entry.link.removeprefix(built.base) / "index.html").is_file(), entry.link


def indexed(path: Path) -> bool:
    """A page search engines may list: no ``<meta name="robots">`` saying noindex (embeds say it)."""
    robots = lxml.html.fromstring(path.read_bytes()).xpath("//head/meta[@name='robots']/@content")
    return not any("noindex" in r for r in robots)


def test_sitemap_is_valid_and_lists_every_page_but_404_and_the_pages_not_to_index(built: Built) -> None:
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(SITEMAP_XSD)))
    doc = lxml.etree.parse(str(built.out / "sitemap.xml"))
    assert schema.validate(doc), [str(e) for e in schema.error_log]
    locs = [loc.text for loc in doc.iter(f"{SITEMAP_NS}loc")]
    assert len(locs) == len(set(locs)), "a page is listed twice"
    expected = {built.base + page_url(built.out, p) for p in html_pages(built.out) if indexed(p)}
    assert set(locs) == expected


def test_past_its_limit_the_sitemap_is_an_index_of_sitemaps_that_list_every_page_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(feeds, "SITEMAP_URLS", 7)
    out = tmp_path / "public"
    result = build_site(REPO, out=out)
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(SITEMAP_XSD)))
    index = lxml.etree.parse(str(out / "sitemap.xml")).getroot()
    assert index.tag == f"{SITEMAP_NS}sitemapindex"
    parts = [loc.text for loc in index.iter(f"{SITEMAP_NS}loc")]
    base = result.config.base_url
    assert parts == [f"{base}sitemap-{n}.xml" for n in range(1, len(parts) + 1)] and len(parts) > 2
    assert f"Sitemap: {base}sitemap.xml" in (out / "robots.txt").read_text()
    locs = []
    for url in parts:
        doc = lxml.etree.parse(str(out / url.removeprefix(base)))
        assert schema.validate(doc), [str(e) for e in schema.error_log]
        listed = [loc.text for loc in doc.iter(f"{SITEMAP_NS}loc")]
        assert 0 < len(listed) <= 7
        locs += listed
    assert sorted(locs) == sorted({base + page_url(out, p) for p in html_pages(out) if indexed(p)})
    lastmods = [m.text for m in index.iter(f"{SITEMAP_NS}lastmod")]
    assert lastmods and all(len(m) == 10 for m in lastmods)  # the newest article of each part


def test_a_sitemap_over_its_size_limit_is_split_too(monkeypatch: pytest.MonkeyPatch) -> None:
    config = SiteConfig(title="T", base_url="https://example.org/")
    urls = [(f"articles/a-{n}/", None) for n in range(40)]
    whole = feeds.render_sitemaps(urls, config)
    assert [name for name, _ in whole] == ["sitemap.xml"]
    monkeypatch.setattr(feeds, "SITEMAP_BYTES", len(whole[0][1]) // 3)
    files = dict(feeds.render_sitemaps(urls, config))
    assert len(files) > 3 and all(len(data) <= len(whole[0][1]) // 3 for name, data in files.items()
                                  if name != "sitemap.xml")
    listed = [loc.text for name, data in files.items() if name != "sitemap.xml"
              for loc in lxml.etree.fromstring(data).iter(f"{SITEMAP_NS}loc")]
    assert listed == [f"https://example.org/{url}" for url, _ in urls]


def test_sitemap_schema_rejects_a_url_without_loc(tmp_path: Path) -> None:
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(SITEMAP_XSD)))
    bad = lxml.etree.fromstring(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                b"<url><lastmod>2024-11-10</lastmod></url></urlset>")
    assert not schema.validate(bad)
    assert "loc" in str(schema.error_log)


def test_schema_check_names_a_property_schema_org_does_not_define() -> None:
    block = {"@context": "https://schema.org", "@type": "Country", "name": "X", "jobTitle": "President"}
    assert schema_problems(block) == ["Country has 'jobTitle', not a schema.org property of Country"]


def test_schema_check_names_an_unknown_type() -> None:
    block = {"@context": "https://schema.org", "@type": "Politician", "name": "X"}
    assert schema_problems(block) == ["type 'Politician' is not one this site should use"]


def test_the_404_page_names_no_canonical_url(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_site(REPO, out=out)
    doc = lxml.html.fromstring((out / "404.html").read_bytes())
    assert doc.xpath('//link[@rel="canonical"]') == []
    assert doc.xpath('//meta[@property="og:url"]') == []
