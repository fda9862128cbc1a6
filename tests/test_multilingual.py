"""One site in several languages: `languages:` in site.yaml, translations as slug.uk.md, built under uk/."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import build_errors, build_site, page

SITE = {
    "site.yaml": "title: Grain\nbase_url: https://example.org/news/\nlanguage: en\nlanguages: [en, uk]\n",
    "content/articles/grain-deal.md": """\
        ---
        title: What the grain deal means
        date: 2022-07-22
        summary: Ships may leave Odesa again.
        actors: [zelenskyi]
        timeline:
          - date: 2022-07-22
            title: The deal is signed
            actors: [zelenskyi]
        ---
        Volodymyr Zelenskyi welcomed the deal, and António Guterres backed it.
        """,
    "content/articles/grain-deal.uk.md": """\
        ---
        title: Що означає зернова угода
        date: 2022-07-22
        summary: Судна знову можуть виходити з Одеси.
        actors: [zelenskyi]
        timeline:
          - date: 2022-07-22
            title: Угоду підписано
            actors: [zelenskyi]
        ---
        Володимир Зеленський привітав угоду, а Гутерреш її підтримав.
        """,
    "content/articles/only-english.md": "---\ntitle: Only in English\ndate: 2022-08-01\nsummary: S.\n---\nText.\n",
    "content/actors/zelenskyi.md": "---\nname: Volodymyr Zelenskyi\nkind: person\nrole: President\n---\nBio.\n",
    "content/actors/zelenskyi.uk.md": "---\nname: Володимир Зеленський\nkind: person\nrole: Президент\n---\nБіо.\n",
    "content/actors/guterres.md": "---\nname: António Guterres\nkind: person\naliases: [Гутерреш]\n---\nUN.\n",
    "content/timeline/t.yaml": "- date: 2022-02-24\n  title: Full-scale invasion\n  actors: [zelenskyi]\n",
}


@pytest.fixture
def out(make_site, tmp_path: Path) -> Path:
    target = tmp_path / "public"
    result = build_site(make_site(SITE), out=target)
    assert [str(w) for w in result.diagnostics.warnings] == []
    return target


def test_each_language_is_built_under_its_prefix_in_its_own_words(out: Path) -> None:
    en, uk = page(out, "articles/grain-deal/"), page(out, "uk/articles/grain-deal/")
    assert (en.get("lang"), uk.get("lang")) == ("en", "uk")
    assert uk.cssselect("h1")[0].text_content() == "Що означає зернова угода"
    assert uk.cssselect("#h-key-actors")[0].text_content() == "Ключові дійові особи"
    assert " ".join(uk.cssselect(".article-header time")[0].text_content().split()) == "22 липня 2022 р."
    assert (out / "uk" / "index.html").is_file() and (out / "index.html").is_file()
    # An article with no translation is not in the other language.
    assert not (out / "uk" / "articles" / "only-english").exists()
    assert "only-english" not in (out / "uk" / "articles" / "index.html").read_text(encoding="utf-8")


def test_actors_and_events_are_shared_where_untranslated(out: Path) -> None:
    uk = page(out, "uk/articles/grain-deal/")
    links = {a.text_content(): a.get("href") for a in uk.cssselect(".prose a.actor-link")}
    assert links == {"Володимир Зеленський": "../../actors/zelenskyi/", "Гутерреш": "../../actors/guterres/"}
    assert page(out, "uk/actors/guterres/").cssselect("h1")[0].text_content() == "António Guterres"  # shared
    assert page(out, "uk/actors/zelenskyi/").cssselect("h1")[0].text_content() == "Володимир Зеленський"
    titles = [h.text_content() for h in page(out, "uk/timeline/").cssselect(".event-title")]
    assert titles == ["Full-scale invasion", "Угоду підписано"]  # the timeline file's event is shared


def test_pages_name_their_languages_in_a_switcher_and_hreflang(out: Path) -> None:
    uk = page(out, "uk/articles/grain-deal/")
    switcher = [(a.get("hreflang"), a.get("href"), a.text_content(), a.get("aria-current"))
                for a in uk.cssselect("nav.languages a")]
    assert switcher == [("en", "../../../articles/grain-deal/", "English", None),
                        ("uk", "../../../uk/articles/grain-deal/", "Українська", "true")]
    head = {link.get("hreflang"): link.get("href") for link in uk.xpath("//head/link[@hreflang]")}
    assert head == {"en": "https://example.org/news/articles/grain-deal/", "x-default":
                    "https://example.org/news/articles/grain-deal/",
                    "uk": "https://example.org/news/uk/articles/grain-deal/"}
    only = page(out, "articles/only-english/")
    assert not only.cssselect("nav.languages")
    assert [link.get("hreflang") for link in only.xpath("//head/link[@hreflang]")] == ["en", "x-default"]


def test_sitemaps_list_alternates_and_robots_names_each(out: Path) -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(out / "uk" / "sitemap.xml").getroot()
    entries = {u.findtext("s:loc", namespaces=ns): {x.get("hreflang"): x.get("href") for x in u.findall("x:link", ns)}
               for u in root.findall("s:url", ns)}
    assert entries["https://example.org/news/uk/articles/grain-deal/"] == {
        "en": "https://example.org/news/articles/grain-deal/", "uk": "https://example.org/news/uk/articles/grain-deal/"}
    robots = (out / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://example.org/news/uk/sitemap.xml" in robots
    assert not (out / "uk" / "robots.txt").exists()


def test_one_feed_and_one_search_index_per_language(out: Path) -> None:
    feed = ET.parse(out / "uk" / "feed.xml").getroot()
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "uk"
    assert [e.findtext("{http://www.w3.org/2005/Atom}title") for e in
            feed.findall("{http://www.w3.org/2005/Atom}entry")] == ["Що означає зернова угода"]
    entry = json.loads((out / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert set(entry["languages"]) == {"en", "uk"}
    search = page(out, "uk/search/")
    assert "../../pagefind/pagefind-ui.js" in search.xpath("//script/@src")
    assert '"/news/"' in search.xpath("string(//script[not(@src)])")


def test_a_translation_into_an_unlisted_language_is_an_error(make_site) -> None:
    root = make_site({**SITE, "site.yaml": "title: Grain\nlanguage: en\n"})
    errors = build_errors(root)
    assert any(e.startswith("content/articles/grain-deal.uk.md:2:1: error: a translation into 'uk', which is "
                            "not one of the site's other languages (en); add it to 'languages:' in site.yaml")
               for e in errors), errors


def test_a_translation_of_nothing_is_an_error(make_site) -> None:
    root = make_site({**SITE, "content/articles/lost.uk.md": "---\ntitle: Загублене\ndate: 2022-01-01\n---\nТекст.\n"})
    errors = build_errors(root)
    assert any("content/articles/lost.uk.md:2:1: error: a translation of the article 'lost', which does not exist"
               in e for e in errors), errors


def test_languages_must_include_the_site_language(make_site) -> None:
    root = make_site({**SITE, "site.yaml": "title: G\nlanguage: fr\nlanguages: [en, uk]\n"})
    assert "site.yaml:3:1: error: 'languages' must include the site's language 'fr' (the one built at the site root)" \
        in build_errors(root)
