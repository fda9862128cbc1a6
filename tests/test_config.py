"""site.yaml: required title, allowed keys, base_url, publisher, markdown and search settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import Publisher, SiteConfig, load_config
from generator.diagnostics import ContentError, Diagnostics

ALLOWED = "allowed: base_url, description, favicon, language, languages, markdown, publisher, search, title"


def load(tmp_path: Path, text: str | bytes) -> tuple[SiteConfig, list[str]]:
    path = tmp_path / "site.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    diags = Diagnostics()
    config = load_config(tmp_path, diags)
    return config, [str(d) for d in diags]


def load_errors(tmp_path: Path, text: str | bytes) -> list[str]:
    path = tmp_path / "site.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_config(tmp_path, Diagnostics())
    return [str(d) for d in caught.value.diagnostics]


def test_a_full_site_yaml_is_read(tmp_path: Path) -> None:
    config, errors = load(tmp_path, (
        "title: Ukraine, explained\n"
        "base_url: https://example.org/ukraine\n"
        "language: pt-BR\n"
        "description: One line.\n"
        "publisher: {name: Example News, url: https://example.org/, logo: media/logo.png}\n"
        "markdown: {unsafe_html: true}\n"
        "search: false\n"))
    assert errors == []
    assert config == SiteConfig(
        title="Ukraine, explained", base_url="https://example.org/ukraine/", language="pt-BR",
        description="One line.", publisher=Publisher("Example News", "https://example.org/", "media/logo.png"),
        unsafe_html=True, search=False)
    assert config.base_path == "/ukraine/"
    assert config.absolute_url("/articles/x/") == "https://example.org/ukraine/articles/x/"


def test_defaults_when_only_the_title_is_given(tmp_path: Path) -> None:
    config, errors = load(tmp_path, "title: T\n")
    assert errors == []
    assert (config.base_url, config.language, config.unsafe_html, config.search) == ("/", "en", False, True)
    assert config.publisher == Publisher()


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("https://example.org/news", "https://example.org/news/"),
        ("https://example.org", "https://example.org/"),
        ("/explainer", "/explainer/"),
        ("explainer/", "/explainer/"),
        ("''", "/"),
    ],
)
def test_base_url_is_normalised_to_end_with_a_slash(tmp_path: Path, written: str, normalised: str) -> None:
    config, errors = load(tmp_path, f"title: T\nbase_url: {written}\n")
    assert errors == []
    assert config.base_url == normalised


def test_a_base_url_given_on_the_command_line_is_normalised_too(tmp_path: Path) -> None:
    config, _ = load(tmp_path, "title: T\n")
    assert config.with_base_url("https://example.github.io/explainer").base_url == (
        "https://example.github.io/explainer/")


def test_a_missing_title_is_an_error(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "base_url: /x/\n")
    assert errors == ["site.yaml:1:1: error: site.yaml has no 'title'; it is required"]


def test_an_unknown_key_suggests_the_closest_and_lists_the_allowed(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "title: T\nbaseurl: /x/\n")
    assert errors == [f"site.yaml:2:1: error: unknown key 'baseurl' in site.yaml (did you mean 'base_url'?); "
                      f"{ALLOWED}"]


def test_an_unknown_key_with_nothing_close_only_lists_the_allowed(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "title: T\ntheme: dark\n")
    assert errors == [f"site.yaml:2:1: error: unknown key 'theme' in site.yaml; {ALLOWED}"]


@pytest.mark.parametrize("url", ["ftp://example.org/", "https:///x", "javascript:alert(1)"])
def test_a_base_url_that_is_not_http_or_a_path_is_an_error(tmp_path: Path, url: str) -> None:
    config, errors = load(tmp_path, f"title: T\nbase_url: '{url}'\n")
    assert errors == [f"site.yaml:2:1: error: 'base_url' must be an http(s) URL such as "
                      f"https://example.org/explainer/ or a path such as /explainer/, not '{url}'"]
    assert config.base_url == "/"


def test_a_base_url_without_a_scheme_that_looks_like_a_domain_is_an_error(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "title: T\nbase_url: example.org/news\n")
    assert errors == ["site.yaml:2:1: error: 'base_url' 'example.org/news' looks like a domain without a "
                      "scheme; write https://example.org/news/"]


def test_publisher_needs_a_name_and_a_safe_url(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "title: T\npublisher:\n  url: javascript:alert(1)\n  logos: x.png\n")
    assert errors == [
        "site.yaml:3:3: error: 'url' must be an http(s) URL or a site path, not 'javascript:alert(1)'",
        "site.yaml:3:3: error: publisher has no 'name'; it is required",
        "site.yaml:4:3: error: unknown key 'logos' in publisher (did you mean 'logo'?); allowed: logo, name, url",
    ]


def test_publisher_must_be_a_mapping(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "title: T\npublisher: Example News\n")
    assert errors == ["site.yaml:2:1: error: 'publisher' must be a mapping (key: value lines), "
                      "not 'Example News'"]


def test_markdown_unsafe_html_must_be_true_or_false(tmp_path: Path) -> None:
    config, errors = load(tmp_path, "title: T\nmarkdown:\n  unsafe_html: 'yes'\n  tables: true\n")
    assert errors == [
        "site.yaml:3:3: error: 'unsafe_html' must be true or false, not 'yes'",
        "site.yaml:4:3: error: unknown key 'tables' in markdown settings; allowed: unsafe_html",
    ]
    assert config.unsafe_html is False


def test_search_flag_must_be_true_or_false(tmp_path: Path) -> None:
    config, errors = load(tmp_path, "title: T\nsearch: 'off'\n")
    assert errors == ["site.yaml:2:1: error: 'search' must be true or false, not 'off'"]
    assert config.search is True
    config, errors = load(tmp_path, "title: T\nsearch: false\n")
    assert (config.search, errors) == (False, [])


def test_language_must_look_like_a_bcp47_tag(tmp_path: Path) -> None:
    _, errors = load(tmp_path, "title: T\nlanguage: en us\n")
    assert errors == ["site.yaml:2:1: error: 'language' must be a BCP 47 tag such as en or pt-BR, not 'en us'"]


def test_a_missing_site_yaml_says_how_to_start_a_site(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_config(tmp_path, Diagnostics())
    assert [str(d) for d in caught.value.diagnostics] == [
        f"site.yaml:1:1: error: no site.yaml in {tmp_path}; is this a site folder? "
        "(start one with 'explainer init DIR')"]


def test_site_yaml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "title: T\nbase_url: a: b\n") == [
        "site.yaml:2:12: error: mapping values are not allowed in this context"]


def test_site_yaml_must_be_a_mapping(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "- title: T\n") == [
        "site.yaml:1:1: error: site.yaml must be a mapping of settings (title: ..., base_url: ...)"]


def test_site_yaml_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    assert load_errors(tmp_path, "title: Caf\u00e9\n".encode("latin-1")) == [
        "site.yaml:1:11: error: not UTF-8 text (byte 0xe9); save the file as UTF-8"]


def test_site_yaml_with_bom_and_crlf_is_read(tmp_path: Path) -> None:
    config, errors = load(tmp_path, "\ufefftitle: T\r\nsearch: false\r\n".encode())
    assert errors == []
    assert (config.title, config.search) == ("T", False)
