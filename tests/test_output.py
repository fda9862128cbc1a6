"""Terminal output: build summary, warnings grouped by file, --quiet, --verbose, colour, progress."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.diagnostics import Diagnostic
from generator.report import Reporter

ACTOR = "---\nname: Jane Doe\nkind: person\n---\nBio.\n"
ESC = "\x1b["


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def site(make_site) -> Path:
    """A site with three warnings in two files."""
    return make_site({"site.yaml": "title: T\nbase_url: https://example.org/\nsearch: false\n",
                      "content/articles/a.md": "---\ntitle: A\ndate: 2024-01-01\n"
                                               "timeline:\n  - {date: 2024, title: Nobody}\n---\nText.\n",
                      "content/actors/jane-doe.md": ACTOR})


def test_build_prints_a_summary_by_kind_with_the_time(site: Path, capsys) -> None:
    assert main(["build", "-s", str(site)]) == 0
    out = capsys.readouterr().out
    assert "built 9 pages (2 actors, 2 articles, 2 embed, 2 other, 1 timeline), " in out
    assert " s → " in out


def test_warnings_are_grouped_under_a_header_per_file(site: Path, capsys) -> None:
    main(["build", "-s", str(site)])
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "content/actors/jane-doe.md (1 warning)",
        "  2:1: warning: actor 'jane-doe' is never mentioned, listed or in an event",
        "content/articles/a.md (2 warnings)",
        "  2:1: warning: article 'a' has no summary (used by cards, feeds and search engines)",
        "  5:5: warning: event 'Nobody' names no actors",
    ]


def test_quiet_prints_errors_only(site: Path, capsys) -> None:
    assert main(["build", "-q", "-s", str(site)]) == 0
    assert capsys.readouterr() == ("", "")
    (site / "content/articles/b.md").write_text("---\ntitle: B\n---\n")
    assert main(["build", "--quiet", "-s", str(site)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "content/articles/b.md:2:1: error: article has no 'date'" in err
    assert "warning" not in err


def test_verbose_prints_each_stages_timing(site: Path, capsys) -> None:
    assert main(["build", "--verbose", "-s", str(site)]) == 0
    out = capsys.readouterr().out
    for stage in ("config", "load", "link", "render", "write"):
        assert f"  {stage} " in out
    assert " ms" in out
    main(["build", "-s", str(site)])
    assert " ms" not in capsys.readouterr().out


def test_errors_are_full_lines_and_come_first() -> None:
    err = io.StringIO()
    Reporter(err=err).diagnostics([Diagnostic("b.md", 3, 1, "warning", "w"), Diagnostic("c.md", 1, 2, "error", "e")])
    assert err.getvalue().splitlines() == ["c.md:1:2: error: e", "b.md (1 warning)", "  3:1: warning: w"]


def test_colour_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    items = [Diagnostic("a.md", 1, 1, "error", "bad"), Diagnostic("a.md", 2, 1, "warning", "meh")]
    tty, pipe = Terminal(), io.StringIO()
    Reporter(err=tty).diagnostics(items)
    Reporter(err=pipe).diagnostics(items)
    assert f"{ESC}1;31merror{ESC}0m" in tty.getvalue()
    assert f"{ESC}1;33mwarning{ESC}0m" in tty.getvalue()
    assert ESC not in pipe.getvalue()


def test_no_color_turns_colour_off_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    tty = Terminal()
    Reporter(out=tty, err=tty).diagnostics([Diagnostic("a.md", 1, 1, "error", "bad")])
    Reporter(out=tty, err=tty).success("built")
    assert ESC not in tty.getvalue()


def test_piped_command_output_has_no_colour(site: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "generator", "build", "-s", str(site)],
                          capture_output=True, text=True, check=False, env={"PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert "built 9 pages" in done.stdout and "(2 warnings)" in done.stderr
    assert ESC not in done.stdout + done.stderr


def test_progress_shows_stage_names_once_the_build_runs_long() -> None:
    err = io.StringIO()
    report = Reporter(err=err, progress_after=0)  # as if 2 s had passed already
    for stage in ("load", "render"):
        report.stage(stage)
    report.stages_done()
    lines = err.getvalue().splitlines()
    assert [line.split("…")[0] for line in lines] == ["building: load", "building: render"]


def test_progress_on_a_terminal_is_one_status_line_cleared_at_the_end() -> None:
    tty = Terminal()
    report = Reporter(err=tty, progress_after=0)
    report.stage("load")
    report.stage("render")
    report.stages_done()
    text = tty.getvalue()
    assert "\n" not in text
    assert text.count("\r\x1b[K") == 3 and text.endswith("\r\x1b[K")


def test_a_quick_build_shows_no_progress(site: Path, capsys) -> None:
    main(["build", "-s", str(site)])
    assert "building:" not in capsys.readouterr().err


def test_quiet_shows_no_progress() -> None:
    err = io.StringIO()
    report = Reporter(quiet=True, err=err, progress_after=0)
    report.stage("load")
    report.stages_done()
    assert err.getvalue() == ""
