"""Actors and events: validation, references with suggestions, exact locations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.load.actors import parse_actor
from generator.load.events import parse_timeline_file
from tests.conftest import build_errors

MakeSite = Callable[[dict[str, str | bytes]], Path]
KINDS = "person, organization, country, place, media, group"
EVENT_KEYS = "actors, approximate, date, end, same_as, source, text, title"


def actor_errors(text: str, actor_id: str = "vladimir-putin") -> list[str]:
    diags = Diagnostics()
    parse_actor(text, actor_id, f"content/actors/{actor_id}.md", diags)
    return [str(d) for d in diags]


def timeline_errors(text: str) -> list[str]:
    diags = Diagnostics()
    parse_timeline_file(text, "content/timeline/t.yaml", diags)
    return [str(d) for d in diags]


def test_a_valid_actor_loads_with_its_fields() -> None:
    diags = Diagnostics()
    actor = parse_actor("---\nname: Vladimir Putin\nkind: person\naliases: [Putin]\nrole: President\n"
                        "affiliations: [russia]\nlinks:\n  - {title: Kremlin, url: http://en.kremlin.ru/}\n"
                        "---\nBio.\n", "vladimir-putin", "content/actors/vladimir-putin.md", diags)
    assert list(diags) == []
    assert actor is not None
    assert (actor.name, actor.kind, actor.aliases, actor.affiliations, actor.bio_line) == (
        "Vladimir Putin", "person", ["Putin"], ["russia"], 10)
    assert [(link.title, link.url) for link in actor.links] == [("Kremlin", "http://en.kremlin.ru/")]


def test_an_actor_needs_a_name() -> None:
    assert actor_errors("---\nkind: person\n---\n") == [
        "content/actors/vladimir-putin.md:2:1: error: actor has no 'name'; it is required"]


def test_a_bad_kind_suggests_one_and_lists_the_allowed() -> None:
    assert actor_errors("---\nname: P\nkind: persn\n---\n") == [
        f"content/actors/vladimir-putin.md:3:1: error: unknown kind 'persn' (did you mean 'person'?); "
        f"allowed: {KINDS}"]


def test_an_unknown_actor_key_suggests_the_right_one() -> None:
    assert actor_errors("---\nname: P\nalias: [Putin]\n---\n") == [
        "content/actors/vladimir-putin.md:3:1: error: unknown key 'alias' in actor (did you mean 'aliases'?); "
        "allowed: affiliations, aliases, image, kind, links, name, role"]


def test_an_actor_cannot_be_its_own_affiliation() -> None:
    assert actor_errors("---\nname: P\naffiliations: [russia, vladimir-putin]\n---\n") == [
        "content/actors/vladimir-putin.md:3:1: error: actor 'vladimir-putin' lists itself among its affiliations"]


def test_an_image_outside_the_site_is_an_error() -> None:
    assert actor_errors("---\nname: P\nimage: ../../secret.jpg\n---\n") == [
        "content/actors/vladimir-putin.md:3:1: error: 'image' must be a path inside the site such as "
        "media/photo.jpg, not '../../secret.jpg'"]


def test_links_need_a_title_and_a_safe_url() -> None:
    assert actor_errors("---\nname: P\nlinks:\n  - http://en.kremlin.ru/\n  - {title: K}\n"
                        "  - {title: X, url: 'data:text/html,x'}\n---\n") == [
        "content/actors/vladimir-putin.md:4:5: error: a link must be a mapping {title: ..., url: ...}, "
        "not 'http://en.kremlin.ru/'",
        "content/actors/vladimir-putin.md:5:5: error: link has no 'url'; it is required",
        "content/actors/vladimir-putin.md:6:16: error: 'url' must be an http(s) URL or a site path, "
        "not 'data:text/html,x'",
    ]


def test_unknown_affiliations_are_reported_with_a_suggestion(make_site: MakeSite) -> None:
    root = make_site({
        "content/actors/russia.md": "---\nname: Russia\nkind: country\n---\n",
        "content/actors/vladimir-putin.md": "---\nname: Vladimir Putin\naffiliations:\n  - rusia\n---\n",
    })
    assert build_errors(root, write=False) == [
        "content/actors/vladimir-putin.md:4:5: error: unknown actor 'rusia' (did you mean 'russia'?)"]


def test_two_actors_with_the_same_name_are_an_error(make_site: MakeSite) -> None:
    root = make_site({
        "content/actors/putin.md": "---\nname: Vladimir Putin\n---\n",
        "content/actors/vladimir-putin.md": "---\nname: Vladimir Putin\n---\n",
    })
    assert build_errors(root, write=False) == [
        "content/actors/vladimir-putin.md:2:1: error: actor name 'Vladimir Putin' is also the name of "
        "'putin'; names must be unique"]


def test_an_actor_file_name_must_be_a_slug(make_site: MakeSite) -> None:
    root = make_site({"content/actors/Vladimir Putin.md": "---\nname: Vladimir Putin\n---\n"})
    assert build_errors(root, write=False) == [
        "content/actors/Vladimir Putin.md:1:1: error: file name 'Vladimir Putin' is not a valid id "
        "(lowercase letters, digits and hyphens); rename it to 'vladimir-putin'"]


def test_a_valid_timeline_file_loads() -> None:
    diags = Diagnostics()
    events = parse_timeline_file("- date: 2022-02\n  end: 2022-03\n  approximate: true\n  title: Invasion\n"
                                 "  source: https://example.org/\n", "content/timeline/t.yaml", diags)
    assert list(diags) == []
    assert [(e.date.display(), e.end and e.end.display(), e.approximate, e.where.line) for e in events] == [
        ("February 2022", "March 2022", True, 1)]


def test_event_errors_point_at_their_keys() -> None:
    assert timeline_errors(
        "- date: 2024-13\n  title: Bad month\n"
        "- title: No date\n"
        "- date: 2024-11-07\n  end: 2024-11-01\n  title: Backwards\n"
        "- date: 2024\n  title: T\n  actor: [x]\n"
        "- just text\n") == [
        "content/timeline/t.yaml:1:3: error: 'date': '2024-13' has no month 13; months run from 01 to 12",
        "content/timeline/t.yaml:3:3: error: event has no 'date'; it is required",
        "content/timeline/t.yaml:5:3: error: event ends (2024-11-01) before it starts (2024-11-07)",
        f"content/timeline/t.yaml:9:3: error: unknown key 'actor' in event (did you mean 'actors'?); "
        f"allowed: {EVENT_KEYS}",
        "content/timeline/t.yaml:10:3: error: an event must be a mapping with date and title, not 'just text'",
    ]


def test_a_timeline_file_must_be_a_list() -> None:
    assert timeline_errors("date: 2024\ntitle: T\n") == [
        "content/timeline/t.yaml:1:1: error: a timeline must be a list of events ('- date: ...'), not a mapping"]


def test_a_timeline_yaml_error_has_line_and_column() -> None:
    assert timeline_errors("- date: 2024\n  title: [unclosed\n") == [
        "content/timeline/t.yaml:3:1: error: did not find expected ',' or ']' (while parsing a flow sequence)"]


def test_a_timeline_python_tag_is_refused() -> None:
    assert timeline_errors("- date: 2024\n  title: !!python/object/apply:os.system ['true']\n") == [
        "content/timeline/t.yaml:2:10: error: unsupported YAML tag '!!python/object/apply:os.system'; "
        "only plain YAML is allowed"]


def test_unknown_actors_in_events_are_reported_with_suggestions(make_site: MakeSite) -> None:
    root = make_site({
        "content/actors/vladimir-putin.md": "---\nname: Vladimir Putin\n---\n",
        "content/timeline/t.yaml": "- date: 2024\n  title: T\n  actors: [vladimir-putn, nobody]\n",
        "content/articles/a.md": "---\ntitle: A\ndate: 2024\ntimeline:\n  - date: 2024-01\n    title: E\n"
                                 "    actors:\n      - vladimr-putin\n---\n",
    })
    assert build_errors(root, write=False) == [
        "content/articles/a.md:8:9: error: unknown actor 'vladimr-putin' (did you mean 'vladimir-putin'?)",
        "content/timeline/t.yaml:3:12: error: unknown actor 'vladimir-putn' (did you mean 'vladimir-putin'?)",
        "content/timeline/t.yaml:3:27: error: unknown actor 'nobody'",
    ]


def test_a_broken_actor_referenced_elsewhere_gives_one_error(make_site: MakeSite) -> None:
    root = make_site({
        "content/actors/vladimir-putin.md": "---\nkind: person\n---\n",
        "content/articles/a.md": "---\ntitle: A\ndate: 2024\nactors: [vladimir-putin]\n"
                                 "see_also:\n  - actor: vladimir-putin\n---\n",
        "content/timeline/t.yaml": "- date: 2024\n  title: T\n  actors: [vladimir-putin]\n",
    })
    assert build_errors(root, write=False) == [
        "content/actors/vladimir-putin.md:2:1: error: actor has no 'name'; it is required"]
