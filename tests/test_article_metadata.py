"""Article metadata: a byline (names or actor ids) and a lead image with alt, caption and credit."""

from __future__ import annotations

import json

from tests.conftest import build_errors, build_site, page

SITE = "title: T\nbase_url: https://example.org/news/\nsearch: false\n"
ACTOR = "---\nname: Jane Doe\nkind: person\n---\nBio.\n"
PNG = b"\x89PNG\r\n\x1a\n"


def article(extra: str) -> str:
    return f"---\ntitle: A\ndate: 2024-01-01\nsummary: S.\n{extra}---\nJane Doe spoke.\n"


def site(make_site, extra: str):
    return make_site({"site.yaml": SITE, "content/actors/jane-doe.md": ACTOR, "content/media/talks.png": PNG,
                      "content/articles/a.md": article(extra)})


def json_ld(doc, kind: str) -> dict:
    blocks = [json.loads(s) for s in doc.xpath("//script[@type='application/ld+json']/text()")]
    return next(b for b in blocks if b["@type"] == kind)


def test_a_byline_links_actor_authors_and_names_the_others(make_site) -> None:
    root = site(make_site, "author: [jane-doe, Sam Roe]\n")
    build_site(root)
    doc = page(root / "public", "articles/a/")
    (byline,) = doc.xpath("//p[@class='byline']")
    assert " ".join(byline.text_content().split()) == "By Jane Doe, Sam Roe"
    assert byline.xpath("a[@rel='author']/@href") == ["../../actors/jane-doe/"]
    assert json_ld(doc, "NewsArticle")["author"] == [
        {"@type": "Person", "name": "Jane Doe", "url": "https://example.org/news/actors/jane-doe/"},
        {"@type": "Person", "name": "Sam Roe"}]


def test_one_author_as_text_is_the_json_ld_author(make_site) -> None:
    root = site(make_site, "author: Sam Roe\n")
    build_site(root)
    doc = page(root / "public", "articles/a/")
    assert json_ld(doc, "NewsArticle")["author"] == {"@type": "Person", "name": "Sam Roe"}


def test_without_author_there_is_no_byline_and_the_publisher_is_the_author(make_site) -> None:
    root = site(make_site, "")
    build_site(root)
    doc = page(root / "public", "articles/a/")
    assert doc.xpath("//p[@class='byline']") == []
    assert json_ld(doc, "NewsArticle")["author"]["@type"] == "Organization"
    assert doc.xpath("//meta[@name='twitter:card']/@content") == ["summary"]
    assert doc.xpath("//meta[@property='og:image']") == []


def test_a_lead_image_is_a_figure_and_the_preview_image(make_site) -> None:
    root = site(make_site, "image:\n  src: media/talks.png\n  alt: Two delegations at a table\n"
                           "  caption: The talks in Jeddah.\n  credit: Sam Roe / Agency\n")
    build_site(root)
    doc = page(root / "public", "articles/a/")
    (figure,) = doc.xpath("//header[@class='article-header']/figure[@class='lead-image']")
    assert figure.xpath("img/@src") == ["../../media/talks.png"]
    assert figure.xpath("img/@alt") == ["Two delegations at a table"]
    assert " ".join(figure.xpath("string(figcaption)").split()) == "The talks in Jeddah. Image: Sam Roe / Agency"
    assert doc.xpath("//meta[@property='og:image']/@content") == ["https://example.org/news/media/talks.png"]
    assert doc.xpath("//meta[@property='og:image:alt']/@content") == ["Two delegations at a table"]
    assert doc.xpath("//meta[@name='twitter:card']/@content") == ["summary_large_image"]
    assert doc.xpath("//meta[@name='twitter:image']/@content") == ["https://example.org/news/media/talks.png"]
    assert json_ld(doc, "NewsArticle")["image"] == {
        "@type": "ImageObject", "url": "https://example.org/news/media/talks.png",
        "caption": "The talks in Jeddah.", "creditText": "Sam Roe / Agency"}


def test_bad_metadata_is_reported_where_it_is_written(make_site) -> None:
    root = site(make_site, "author: [jane-do, 3]\nimage:\n  src: media/nope.png\n  alt: x\n  credits: y\n")
    assert build_errors(root) == [
        "content/articles/a.md:5:10: error: unknown actor 'jane-do' (did you mean 'jane-doe'?); 'author' takes "
        "an actor id or a name written as it is shown (Jane Doe)",
        "content/articles/a.md:5:19: error: 'author' lists the number 3; write a name (Jane Doe) or an actor id "
        "(jane-doe)",
        "content/articles/a.md:7:3: error: image 'content/media/nope.png' does not exist "
        "(did you mean 'media/talks.png'?)",
        "content/articles/a.md:9:3: error: unknown key 'credits' in image (did you mean 'credit'?); "
        "allowed: alt, caption, credit, src",
    ]


def test_a_missing_image_file_and_an_unknown_actor_author_are_errors(make_site) -> None:
    root = site(make_site, "author: [jane-do]\nimage:\n  src: media/talk.png\n  alt: x\n")
    assert build_errors(root) == [
        "content/articles/a.md:5:10: error: unknown actor 'jane-do' (did you mean 'jane-doe'?); 'author' takes "
        "an actor id or a name written as it is shown (Jane Doe)",
        "content/articles/a.md:7:3: error: image 'content/media/talk.png' does not exist "
        "(did you mean 'media/talks.png'?)",
    ]


def test_an_image_needs_alt_text_and_a_media_file(make_site) -> None:
    root = site(make_site, "image:\n  src: ../secret.png\n")
    assert build_errors(root) == [
        "content/articles/a.md:5:1: error: 'image' has no 'alt': describe the picture for readers who cannot "
        "see it (alt: '' only for a purely decorative one)",
        "content/articles/a.md:6:3: error: 'src' must be a file under content/media/ such as media/photo.jpg, "
        "not '../secret.png'",
    ]
