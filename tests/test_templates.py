"""A site's own layouts/: overrides, ``!default/`` extension, and errors named by template and line."""

from __future__ import annotations

from tests.conftest import build_errors, build_site, page

ARTICLE = "---\ntitle: One\ndate: 2024-01-02\nsummary: S.\n---\nText.\n"


def test_own_template_extends_the_default_one(make_site) -> None:
    root = make_site({
        "content/articles/one.md": ARTICLE,
        "layouts/article.html": '{% extends "!default/article.html" %}{% block main %}<p id="own">Own</p>'
                                '{% endblock %}\n',
    })
    build_site(root)
    doc = page(root / "public", "articles/one/")
    assert doc.cssselect("#own")[0].text == "Own"
    assert doc.cssselect("header nav")  # the rest of the default layout is still there


def test_syntax_error_names_the_template_and_line(make_site) -> None:
    root = make_site({
        "content/articles/one.md": ARTICLE,
        "layouts/article.html": '{% extends "!default/article.html" %}\n{% block main %}\n{% if %}\n{% endblock %}\n',
    })
    errors = build_errors(root)
    assert len(errors) == 1
    assert errors[0].startswith("layouts/article.html:3:")
    assert "template error: " in errors[0]


def test_a_broken_template_no_page_uses_does_not_fail_the_build(make_site) -> None:
    root = make_site({
        "content/articles/one.md": ARTICLE,
        "layouts/partials/unused.html": "{% if %}\n",
    })
    result = build_site(root)
    assert "articles/one/index.html" in result.files
