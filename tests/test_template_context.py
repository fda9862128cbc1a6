"""The TypedDicts in generator/render/context.py list exactly what the planner gives each template."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import get_type_hints

import pytest
from conftest import REPO, build_site

from generator.render import context
from generator.render.plan import OutputFile, Planner


def planned(tmp_path: Path, site: str) -> list[OutputFile]:
    root = tmp_path / "site"
    shutil.copytree(REPO / "tests/sites" / site, root)
    result = build_site(root, out=tmp_path / "out")
    return list(Planner(result.site, result.config).plan())


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[OutputFile]:
    """Every page of a site with a free page and search on, and of the full test site."""
    return [*planned(tmp_path_factory.mktemp("unicode"), "unicode"), *planned(tmp_path_factory.mktemp("full"), "full")]


def test_every_page_kind_is_planned(pages: list[OutputFile]) -> None:
    assert {p.context()["page"]["kind"] for p in pages} == set(context.CONTEXTS)


def test_each_page_gets_exactly_the_keys_its_typed_dict_declares(pages: list[OutputFile]) -> None:
    for item in pages:
        kind = item.context()["page"]["kind"]
        declared = set(get_type_hints(context.CONTEXTS[kind]))
        assert set(item.context()) == declared, (item.dest_path, set(item.context()) ^ declared)


def test_page_meta_has_exactly_the_declared_keys(pages: list[OutputFile]) -> None:
    declared = set(get_type_hints(context.PageMeta))
    for item in pages:
        assert set(item.context()["page"]) == declared, item.dest_path


def test_every_context_extends_the_page_context() -> None:
    base = set(get_type_hints(context.PageContext))
    for kind, typed in context.CONTEXTS.items():
        assert base <= set(get_type_hints(typed)), kind


def test_timeline_years_have_the_declared_shape(pages: list[OutputFile]) -> None:
    timeline = next(p for p in pages if p.context()["page"]["kind"] == "timeline")
    declared = set(get_type_hints(context.TimelineYear))
    assert timeline.context()["years"] and all(set(y) == declared for y in timeline.context()["years"])


def test_url_and_url_root_give_the_same_links() -> None:
    from generator.urls import Links, relative_url

    for page in ("", "articles/x/", "timeline/", "pages/about/"):
        links = Links.from_page(page)
        for target in ("actors/a/", "feed.xml", "", "#event-1"):
            assert links(target) == relative_url(page, target)
        assert links.root + "actors/a/" == relative_url(page, "actors/a/")
    not_found = Links("/explainer/")
    assert not_found("assets/style.css") == not_found.root + "assets/style.css" == "/explainer/assets/style.css"


def test_date_filters_match_the_date_methods() -> None:
    from generator.dates import parse_date
    from generator.language import load_language
    from generator.render.templates import PAGE_LANGUAGE, display_date, iso_date

    for text in ("2022", "2022-02", "2024-11-07", "2024-11-07T10:30:00Z"):
        date = parse_date(text)
        assert iso_date(date) == date.iso()
        assert display_date(date) == date.display()
    assert iso_date(None) == display_date(None) == ""
    token = PAGE_LANGUAGE.set(load_language("uk"))
    try:
        assert display_date(parse_date("2022-07-22")) == "22 липня 2022 р.".replace(" р.", "\u202fр.")
    finally:
        PAGE_LANGUAGE.reset(token)
