"""A site's own layouts/: overrides, ``!default/`` extension, and errors named by template and line."""

from __future__ import annotations

import lxml.html

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
    assert "articles/one/index.html" in result.paths


def test_a_theme_can_still_call_event_item_for_one_event(make_site) -> None:
    events = "years[0].months[0][1]"
    root = make_site({
        "content/articles/one.md": ARTICLE,
        "content/actors/ann.md": "---\nname: Ann Example\nkind: person\n---\n",
        "content/timeline/events.yaml": "- date: 2024-01-01\n  title: Ann speaks\n  actors: [ann]\n",
        "layouts/timeline.html": '{% extends "!default/timeline.html" %}{% from "partials/macros.html" import '
                                 'event_item, event_items %}{% block main %}<ol id="one">{% for e in ' + events
                                 + ' %}{{ event_item(e, url, actors, articles) }}{% endfor %}</ol><ol id="many">'
                                 '{{ event_items(' + events + ', url, actors, articles) }}</ol>{% endblock %}\n',
    })
    build_site(root)
    doc = page(root / "public", "timeline/")
    one, many = doc.cssselect("#one li.event"), doc.cssselect("#many li.event")
    assert len(one) == len(many) == 1
    assert one[0].cssselect(".event-title")[0].text == "Ann speaks"
    assert one[0].cssselect("a.chip")[0].get("href") == "../actors/ann/"
    assert lxml.html.tostring(one[0]) == lxml.html.tostring(many[0])


def test_a_theme_can_still_call_actor_card_for_one_actor(make_site) -> None:
    root = make_site({
        "content/articles/one.md": "---\ntitle: One\ndate: 2024-01-02\nsummary: S.\nactors: [ann]\n---\nText.\n",
        "content/actors/ann.md": "---\nname: Ann Example\nkind: person\nrole: Envoy\n---\n",
        "layouts/article.html": '{% extends "!default/article.html" %}{% from "partials/macros.html" import '
                                'actor_card, actor_cards %}{% block main %}<div id="one">'
                                '{{ actor_card(key_actors[0], url, "h2") }}</div><div id="many">'
                                '{{ actor_cards(key_actors, url, "h2") }}</div>{% endblock %}\n',
    })
    build_site(root)
    doc = page(root / "public", "articles/one/")
    one, many = doc.cssselect("#one .actor-card"), doc.cssselect("#many .actor-card")
    assert len(one) == len(many) == 1
    assert one[0].cssselect("h2.actor-name a")[0].get("href") == "../../actors/ann/"
    assert one[0].cssselect(".actor-role")[0].text == "Envoy"
    assert lxml.html.tostring(one[0]) == lxml.html.tostring(many[0])
