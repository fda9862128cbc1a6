"""`explainer new article|actor` and `explainer init`: the files they write, and what they refuse."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.load.actors import ACTOR_KEYS
from generator.load.articles import ARTICLE_KEYS
from generator.report import Reporter
from generator.scaffold import init_site, new_content
from tests.conftest import build_site, page

ARTICLE_OPTIONAL = ("updated", "body", "source", "actors", "tags", "author", "image", "timeline", "see_also")


@pytest.fixture
def site(make_site) -> Path:
    return make_site({"content/articles/old.md": "---\ntitle: Old\ndate: 2024-01-01\nsummary: S.\n---\nText.\n"})


def uncommented(text: str) -> dict:
    """The front matter with every commented optional key switched on."""
    front = text.split("---\n")[1]
    lines = [line[2:] if line.startswith("# ") and not line.startswith("# Optional") else line
             for line in front.splitlines()]
    return yaml.safe_load("\n".join(lines))


def test_new_article_writes_a_draft_named_after_the_title(site: Path, capsys) -> None:
    assert main(["new", "article", "Trump’s Win: What Next?", "-s", str(site)]) == 0
    path = site / "content/articles/trumps-win-what-next.md"
    assert str(path) in capsys.readouterr().out
    data = yaml.safe_load(path.read_text().split("---\n")[1])
    assert data["title"] == "Trump’s Win: What Next?"
    assert data["date"] == dt.date.today()
    assert data["draft"] is True
    assert data["summary"]


def test_new_article_lists_every_optional_key_as_a_comment(site: Path) -> None:
    new_content(site, "article", "A title", Reporter())
    text = (site / "content/articles/a-title.md").read_text()
    for key in ARTICLE_OPTIONAL:
        assert re.search(rf"^# {key}:", text, re.MULTILINE), key
    data = uncommented(text)
    assert set(ARTICLE_OPTIONAL) <= set(data) <= set(ARTICLE_KEYS)
    assert set(data["timeline"][0]) == {"date", "end", "approximate", "title", "text", "actors", "source", "same_as"}


def test_new_article_passes_check_and_builds_as_a_marked_draft(site: Path, capsys) -> None:
    main(["new", "article", "Fresh story", "-s", str(site)])
    assert main(["check", "-s", str(site)]) == 0
    result = build_site(site, drafts=True)
    assert "articles/fresh-story/index.html" in result.paths
    assert page(site / "public", "articles/fresh-story/").xpath("//*[@class='draft-banner']")


def test_new_actor_writes_a_person_with_commented_optional_keys(site: Path, capsys) -> None:
    assert main(["new", "actor", "Zoë  O'Neil", "-s", str(site)]) == 0
    path = site / "content/actors/zoe-oneil.md"
    assert str(path) in capsys.readouterr().out
    text = path.read_text()
    data = yaml.safe_load(text.split("---\n")[1])
    assert data == {"name": "Zoë O'Neil", "kind": "person"}
    assert set(uncommented(text)) == set(ACTOR_KEYS)
    assert main(["check", "-s", str(site)]) == 0


def test_new_refuses_to_replace_an_existing_file(site: Path, capsys) -> None:
    assert main(["new", "article", "Old", "-s", str(site)]) == 1
    err = capsys.readouterr().err
    assert "content/articles/old.md already exists; not replacing it" in err
    assert (site / "content/articles/old.md").read_text().startswith("---\ntitle: Old\n")


def test_new_outside_a_site_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["new", "actor", "Someone", "-s", str(tmp_path)]) == 2
    assert "is not a site (no site.yaml)" in capsys.readouterr().err
    assert not (tmp_path / "content").exists()


def test_new_with_a_name_that_gives_no_file_name_is_a_usage_error(site: Path, capsys) -> None:
    assert main(["new", "article", "???", "-s", str(site)]) == 2
    assert "cannot make a file name from '???'" in capsys.readouterr().err


def test_init_creates_a_site_that_builds_without_warnings(tmp_path: Path, capsys) -> None:
    target = tmp_path / "new" / "site"
    assert main(["init", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    assert len(list((target / "content/articles").glob("*.md"))) == 1
    assert len(list((target / "content/actors").glob("*.md"))) == 2
    assert list((target / "content/timeline").glob("*.yaml"))
    result = build_site(target)
    assert result.diagnostics.warnings == []
    assert result.pages["articles"] >= 1 and result.pages["actors"] >= 2
    assert main(["check", "--strict", "-s", str(target)]) == 0
    assert main(["build", "-s", str(target)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_init_sample_links_its_actors_and_lists_its_events(tmp_path: Path) -> None:
    init_site(tmp_path / "s", Reporter(), today=dt.date(2024, 3, 1))
    build_site(tmp_path / "s")
    article = page(tmp_path / "s/public", "articles/city-budget-vote/")
    assert article.xpath("//a[@href='../../actors/jane-doe/']")
    timeline = page(tmp_path / "s/public", "timeline/")
    assert timeline.xpath("//*[contains(., 'Jane Doe is elected mayor')]")


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["init", str(tmp_path)]) == 1
    assert f"{tmp_path} is not empty" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_init_refuses_a_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "f").write_text("mine")
    assert main(["init", str(tmp_path / "f")]) == 1
    assert "is a file, not a folder" in capsys.readouterr().err


def test_init_accepts_an_empty_folder(tmp_path: Path) -> None:
    assert init_site(tmp_path, Reporter()) == 0
    assert (tmp_path / "site.yaml").is_file()
