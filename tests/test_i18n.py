"""`language:` localises the site: the theme's words from the shipped catalogs (or the site's own), CLDR dates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from conftest import build_site, page

from generator.cli import main
from generator.dates import parse_date
from generator.language import load_language, theme_locales_dir, theme_messages

SHIPPED = ("en", "uk", "ru", "es", "fr", "de", "pt", "tr", "ar", "fa", "zh", "ja")
PLACEHOLDER_RE = re.compile(r"%\(\w+\)[sd]|<a href=")
# Theme words that must not be left in English on a page of another language.
ENGLISH_WORDS = ("Key actors", "See also", "Timeline", "Explainers", "Search", "Related", "Skip to content",
                 "Atom feed", "Reported in", "Full timeline", "Latest events", "Actors")

ACTOR = "---\nname: Jane Doe\nkind: person\nrole: Mayor\n---\nBio.\n"
ARTICLE = """\
---
title: {title}
date: 2022-07-22
summary: S.
actors: [jane-doe]
timeline:
  - date: 2022-02
    end: 2022-05
    title: Spring
    actors: [jane-doe]
  - date: 2020
    approximate: true
    title: Long ago
    actors: [jane-doe]
  - date: 2022-07-22T14:30:00+02:00
    title: Call
    actors: [jane-doe]
see_also:
  - article: b
---
Jane Doe spoke.
"""


def norm(text: str) -> str:
    """Text with CLDR's narrow no-break spaces as plain spaces, whitespace squashed."""
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").replace("\u2009", " ").split())


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_catalog_translates_every_message(code: str) -> None:
    lang = load_language(code)
    assert lang.missing() == []
    with (theme_locales_dir() / code / "LC_MESSAGES" / "theme.po").open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{code}: {ids[0]!r} has no translation"
        wanted = sorted(set(PLACEHOLDER_RE.findall(ids[-1])))
        for text in strings:
            assert sorted(set(PLACEHOLDER_RE.findall(text))) == wanted, f"{code}: {text!r} changes the placeholders"
    # The compiled catalog (what the build reads) says the same as the source.
    assert set(theme_messages()) <= lang.translated


def site_in(make_site, language: str, extra: dict[str, str] | None = None) -> Path:
    return make_site({"site.yaml": f"title: T\nbase_url: https://example.org/news/\nlanguage: {language}\n",
                      "content/articles/a.md": ARTICLE.format(title="Первая"),
                      "content/articles/b.md": ARTICLE.format(title="Second").replace("  - article: b\n", ""),
                      "content/actors/jane-doe.md": ACTOR, **(extra or {})})


@pytest.mark.parametrize(("code", "direction", "day", "month_span", "approx"), [
    ("uk", "ltr", "22 липня 2022 р.", "лютий — травень 2022 р.", "бл. 2020"),
    ("es", "ltr", "22 de julio de 2022", "febrero–mayo de 2022", "c. 2020"),
    ("ja", "ltr", "2022年7月22日", "2022年2月～5月", "約 2020年"),
    ("ar", "rtl", "22 يوليو 2022", "فبراير – مايو 2022", "نحو 2020"),
])
def test_a_site_in_another_language_has_no_english_theme_words(make_site, code: str, direction: str, day: str,
                                                               month_span: str, approx: str) -> None:
    root = site_in(make_site, code)
    result = build_site(root)
    assert not [w for w in result.diagnostics.warnings if "language" in w.message]
    out = root / "public"
    for url in ("", "articles/a/", "timeline/", "actors/", "actors/jane-doe/", "search/", "404.html"):
        doc = page(out, url)
        assert doc.get("lang") == code and doc.get("dir") == direction
        chrome = " ".join(norm(e.text_content()) for e in doc.cssselect("h1, h2, h3, nav, footer, .tag, .meta, "
                                                                        ".event-source, .skip-link, figcaption"))
        chrome = chrome.replace("Jane Doe", "").replace("Second", "")
        for word in ENGLISH_WORDS:
            assert word not in chrome, f"{code} {url or 'home'}: '{word}' in English"
    article = page(out, "articles/a/")
    assert norm(article.cssselect(".article-header time")[0].text_content()) == norm(day)
    assert article.cssselect(".article-header time")[0].get("datetime") == "2022-07-22"
    dates = {norm(e.cssselect(".event-title")[0].text_content()): norm(e.cssselect(".event-date")[0].text_content())
             for e in article.cssselect("li.event")}
    assert dates["Spring"] == norm(month_span)
    assert dates["Long ago"] == norm(approx)
    assert "GMT+02:00" in dates["Call"] or "غرينتش+02:00" in dates["Call"]
    span = next(t for t in article.cssselect("li.event time") if t.get("data-end"))
    assert (span.get("datetime"), span.get("data-end")) == ("2022-02", "2022-05")
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert "2022-07-22T00:00:00Z" in feed and norm(day) not in norm(feed)


def test_cldr_dates_at_each_precision_per_language() -> None:
    cases = {
        "uk": ("22 липня 2022 р.", "липень 2022 р.", "2022"),
        "ru": ("22 июля 2022 г.", "июль 2022 г.", "2022"),
        "es": ("22 de julio de 2022", "julio de 2022", "2022"),
        "de": ("22. Juli 2022", "Juli 2022", "2022"),
        "zh": ("2022年7月22日", "2022年7月", "2022年"),
        "en": ("22 July 2022", "July 2022", "2022"),
    }
    for code, (day, month, year) in cases.items():
        lang = load_language(code)
        shown = [norm(lang.display_date(parse_date(t))) for t in ("2022-07-22", "2022-07", "2022")]
        assert shown == [norm(day), norm(month), norm(year)], code
    english = load_language("en")
    assert english.display_date(parse_date("2024-11-07T14:30:00Z")) == "7 November 2024, 14:30 UTC"
    assert norm(english.span(parse_date("2024-11-07"), parse_date("2024-11-10"))) == "7 – 10 Nov 2024"


def test_a_site_overrides_a_word_from_its_own_catalog(make_site) -> None:
    root = site_in(make_site, "uk", {"locales/uk/LC_MESSAGES/theme.po": """\
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=utf-8\\n"

        msgid "Key actors"
        msgstr "Головні фігуранти"
        """})
    build_site(root)
    doc = page(root / "public", "articles/a/")
    assert norm(doc.cssselect("#h-key-actors")[0].text_content()) == "Головні фігуранти"
    assert norm(doc.cssselect("#h-see-also")[0].text_content()) == "Див. також"  # the rest stays shipped


def test_a_missing_translation_falls_back_to_english_and_strict_check_names_it(make_site, capsys) -> None:
    root = site_in(make_site, "sw")  # Swahili: CLDR dates, no shipped catalog
    assert main(["check", "-s", str(root), "--strict"]) == 1
    err = capsys.readouterr().err
    assert "3:1: warning: language 'sw':" in err and '"Actors"' in err and "not translated" in err
    assert "locales/sw/LC_MESSAGES/theme.po" in err
    build_site(root)
    doc = page(root / "public", "articles/a/")
    assert norm(doc.cssselect("#h-key-actors")[0].text_content()) == "Key actors"
    assert norm(doc.cssselect(".article-header time")[0].text_content()) == "22 Julai 2022"


def test_a_site_catalog_that_is_not_gettext_is_an_error(make_site, capsys) -> None:
    root = site_in(make_site, "uk", {"locales/uk/LC_MESSAGES/theme.po": "Key actors = Фігуранти\n"})
    assert main(["build", "-s", str(root)]) == 1
    err = capsys.readouterr().err
    assert "locales/uk/LC_MESSAGES/theme.po:1:1: error: not a gettext catalog (unknown or misformatted keyword)" in err
    assert "Traceback" not in err
