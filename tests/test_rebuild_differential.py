"""serve's rebuilds equal clean builds, byte for byte, after any sequence of edits.

For every test site, a seeded random sequence of edits (article bodies, front-matter
values with dates and date-times with offsets, key actors added and removed, see-also
entries, timeline files, wire copy, templates) is applied one at a time. After each,
serve's ``Builder`` rebuilds (taking its fast path where it can) and a clean build of
the same files runs into another folder: both must succeed or fail alike, and when they
succeed the two folders must hold the same bytes, search index included.

``EXPLAINER_EDITS=200 python -m pytest tests/test_rebuild_differential.py`` runs longer
sequences; the seed is in the test id, so a failure can be replayed.
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from generator.build import BuildOptions, build
from generator.diagnostics import ContentError, Diagnostics
from generator.report import Reporter
from generator.serve.livereload import BuildState
from generator.serve.rebuild import Builder, search_index
from generator.write import MemoryOutput, write_site
from tests.conftest import REPO

SITES = sorted(p.parent.name for p in (REPO / "tests" / "sites").glob("*/site.yaml"))
EDITS = int(os.environ.get("EXPLAINER_EDITS", "8"))
SEEDS = (1, 2)

SENTENCES = ("Officials met again on Tuesday.", "The talks resumed in the capital.",
             "Nobody commented on the report.", "A second meeting is planned.")
OFFSETS = ("Z", "+02:00", "-05:30", "+00:00", "+09:00")
EXTENDED_ARTICLE = ('{% extends "!default/article.html" %}\n'
                    '{% block meta %}{{ super() }}<meta name="robots" content="noarchive">{% endblock %}\n')


def split(path: Path) -> tuple[dict[str, object], str]:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front) or {}, body


def join(path: Path, front: dict[str, object], body: str) -> None:
    path.write_text("---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True) + "---\n" + body,
                    encoding="utf-8")


def replace_body(path: Path, body: str) -> None:
    """The same front matter, byte for byte, and a new body."""
    _, front, _ = path.read_text(encoding="utf-8").split("---\n", 2)
    path.write_text("---\n" + front + "---\n" + body, encoding="utf-8")


class Editor:
    """Random edits to one site; each returns the paths it changed (or [] when it does not apply)."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root, self.rng = root, rng

    def articles(self) -> list[Path]:
        return sorted((self.root / "content" / "articles").glob("*.md"))

    def actor_ids(self) -> list[str]:
        return sorted(p.stem for p in (self.root / "content" / "actors").glob("*.md"))

    def actor_names(self) -> list[str]:
        return [str(split(p)[0]["name"]) for p in sorted((self.root / "content" / "actors").glob("*.md"))]

    def pick(self) -> Path:
        return self.rng.choice(self.articles())

    def random_date(self, with_time: bool) -> str:
        rng = self.rng
        day = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if not with_time:
            return rng.choice([day, day[:7], day[:4]])
        return f"{day}T{rng.randint(0, 23):02d}:{rng.choice((0, 30)):02d}:00{rng.choice(OFFSETS)}"

    def body_text(self, append: bool = False) -> list[Path]:
        path = self.pick()
        front, body = split(path)
        if "body" in front:  # a wire-copy body file: edit that file
            target = (path.parent / str(front["body"])).resolve()
            text = target.read_text(encoding="utf-8")
            target.write_text(text.replace(".", ". " + self.rng.choice(SENTENCES), 1), encoding="utf-8")
            return [target]
        sentences = re.split(r"(?<=\.) ", body)
        k = self.rng.randrange(len(sentences))
        sentences[k] = sentences[k].replace(" ", " quite ", 1) if not append and self.rng.random() < 0.5 else \
            sentences[k] + " " + self.rng.choice(SENTENCES)
        replace_body(path, " ".join(sentences))
        return [path]

    def body_mention(self) -> list[Path]:
        names = self.actor_names()
        if not names:
            return []
        path = self.pick()
        front, body = split(path)
        if "body" in front:
            return []
        replace_body(path, body.rstrip("\n") + f"\n\n{self.rng.choice(names)} was named in a statement.\n")
        return [path]

    def date(self) -> list[Path]:
        path = self.pick()
        front, body = split(path)
        key = self.rng.choice(("date", "updated"))
        value = self.random_date(with_time=self.rng.random() < 0.6)
        if key == "updated":
            front.pop("updated", None)
            front["updated"] = "2025-01-01T08:00:00+01:00"
        else:
            front["date"] = value
        join(path, front, body)
        return [path]

    def title(self) -> list[Path]:
        path = self.pick()
        front, body = split(path)
        front["title"] = f"{front['title']} ({self.rng.randint(1, 99)})"
        join(path, front, body)
        return [path]

    def key_actors(self) -> list[Path]:
        ids = self.actor_ids()
        if not ids:
            return []
        path = self.pick()
        front, body = split(path)
        actors = list(front.get("actors") or [])
        if actors and self.rng.random() < 0.5:
            actors.remove(self.rng.choice(actors))
        else:
            extra = [i for i in ids if i not in actors]
            if not extra:
                return []
            actors.append(self.rng.choice(extra))
        front["actors"] = actors
        join(path, front, body)
        return [path]

    def see_also(self) -> list[Path]:
        path = self.pick()
        front, body = split(path)
        entries = list(front.get("see_also") or [])
        others = [p.stem for p in self.articles() if p != path]
        choice = self.rng.random()
        if entries and choice < 0.3:
            entries.pop(self.rng.randrange(len(entries)))
        elif others and choice < 0.6:
            entries.append({"article": self.rng.choice(others)})
        elif self.actor_ids() and choice < 0.8:
            entries.append({"actor": self.rng.choice(self.actor_ids())})
        else:
            entries.append({"title": "Background briefing", "url": f"https://example.org/{self.rng.randint(1, 9)}"})
        front["see_also"] = entries
        join(path, front, body)
        return [path]

    def article_event(self) -> list[Path]:
        path = self.pick()
        front, body = split(path)
        events = list(front.get("timeline") or [])
        event: dict[str, object] = {"date": self.random_date(with_time=self.rng.random() < 0.5),
                                    "title": f"Event {self.rng.randint(1, 999)}"}
        if self.actor_ids():
            event["actors"] = [self.rng.choice(self.actor_ids())]
        events.append(event)
        front["timeline"] = events
        join(path, front, body)
        return [path]

    def timeline_file(self) -> list[Path]:
        path = self.root / "content" / "timeline" / "edits.yaml"
        events = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else []
        event: dict[str, object] = {"date": self.random_date(with_time=self.rng.random() < 0.5),
                                    "title": f"Background {self.rng.randint(1, 999)}",
                                    "text": "A *short* note."}
        if self.actor_ids():
            event["actors"] = [self.rng.choice(self.actor_ids())]
        events.append(event)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(events, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return [path]

    def template(self) -> list[Path]:
        path = self.root / "layouts" / "article.html"
        if path.is_file():
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(EXTENDED_ARTICLE, encoding="utf-8")
        return [path]

    def random_edit(self) -> tuple[str, list[Path]]:
        kinds: list[tuple[str, Callable[[], list[Path]], float]] = [
            ("body", self.body_text, 4), ("mention", self.body_mention, 1), ("date", self.date, 2),
            ("title", self.title, 1), ("actors", self.key_actors, 1), ("see_also", self.see_also, 1),
            ("event", self.article_event, 1), ("timeline", self.timeline_file, 1), ("template", self.template, 0.5),
        ]
        while True:
            name, edit, _ = self.rng.choices(kinds, weights=[w for _, _, w in kinds])[0]
            changed = edit()
            if changed:
                return name, changed


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def clean_build(options: BuildOptions, out: Path) -> list[str] | None:
    """A build from scratch as serve makes it; its errors, or None when it succeeded."""
    memory = MemoryOutput()
    try:
        result = build(options, Diagnostics(), output=memory)
    except ContentError as exc:
        return [str(d) for d in exc.diagnostics]
    write_site(memory.files, out, finish=search_index(result))
    return None


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("name", SITES)
def test_serve_rebuilds_equal_clean_builds_after_random_edits(name: str, seed: int, tmp_path: Path) -> None:
    root = tmp_path / name
    shutil.copytree(REPO / "tests" / "sites" / name, root)
    options = BuildOptions(site_root=root, drafts=True, serve=True)
    state, out, err = BuildState(), io.StringIO(), io.StringIO()
    builder = Builder(options, tmp_path / "work", state, Reporter(out=out, err=err))
    assert builder.rebuild(), err.getvalue()
    editor = Editor(root, random.Random(f"{name}-{seed}"))
    fast = 0
    for step in range(EDITS):
        # the first edit is one the fast path takes: new words in a body
        kind, changed = editor.random_edit() if step else ("body", editor.body_text(append=True))
        before = out.getvalue().count("rebuilt ")
        good = builder.rebuild(changed)
        fast += out.getvalue().count("rebuilt ") - before
        errors = clean_build(options, tmp_path / f"clean-{step}")
        where = f"step {step} ({kind}: {', '.join(p.name for p in changed)})"
        assert good == (errors is None), f"{where}: serve {'built' if good else 'failed'}, clean build {errors}"
        if good:
            assert state.root is not None
            served, clean = tree(state.root), tree(tmp_path / f"clean-{step}")
            assert served.keys() == clean.keys(), where
            assert [p for p in served if served[p] != clean[p]] == [], where
        shutil.rmtree(tmp_path / f"clean-{step}", ignore_errors=True)
    assert fast, "the fast path was taken at least once"


def test_an_instant_respelled_with_an_offset_rebuilds_like_a_clean_build(tmp_path: Path) -> None:
    """10:00Z and 12:00+02:00 are one instant written two ways: the pages show what is written."""
    root = tmp_path / "full"
    shutil.copytree(REPO / "tests" / "sites" / "full", root)
    article = root / "content" / "articles" / "aid-pledge.md"
    front, body = split(article)
    front["date"] = "2024-03-01T10:00:00Z"
    join(article, front, body)
    options = BuildOptions(site_root=root, drafts=True, serve=True)
    state, out, err = BuildState(), io.StringIO(), io.StringIO()
    builder = Builder(options, tmp_path / "work", state, Reporter(out=out, err=err))
    assert builder.rebuild(), err.getvalue()
    front["date"] = "2024-03-01T12:00:00+02:00"
    join(article, front, body)
    assert builder.rebuild([article]) and state.root is not None
    assert clean_build(options, tmp_path / "clean") is None
    assert tree(state.root) == tree(tmp_path / "clean")
    shown = (state.root / "articles" / "aid-pledge" / "index.html").read_bytes()
    assert b"12:00 GMT+02:00" in shown or b"12:00 UTC+02:00" in shown  # the offset as written, in CLDR's form
