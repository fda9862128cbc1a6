"""The command line: exit 0 on success, 1 on content errors (one line each, no traceback), 2 on bad usage."""

from __future__ import annotations

import gc
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

import generator.serve
from generator.cli import main

ERROR_LINE = re.compile(r"^(?P<path>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.+)$")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True,
                          cwd=cwd)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(REPO / "tests/sites/full", root)
    return root


@pytest.fixture
def broken(site: Path) -> Path:
    """The full site with two errors in two files."""
    clash = site / "content/articles/border-clash.md"
    clash.write_text(clash.read_text().replace("date: 2024-02-01", "date: 2024-13-01"))
    aid = site / "content/articles/aid-pledge.md"
    aid.write_text(aid.read_text().replace("actors: [anna-berg,", "actors: [ana-berg,"))
    return site


def error_lines(stderr: str) -> list[re.Match[str]]:
    return [m for line in stderr.splitlines() if (m := ERROR_LINE.match(line))]


def test_build_succeeds_with_exit_0(site: Path, tmp_path: Path) -> None:
    result = run("build", "-s", str(site), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out/index.html").is_file()
    assert "error" not in result.stderr


def test_build_in_the_current_folder_writes_public(site: Path) -> None:
    result = run("build", cwd=site)
    assert result.returncode == 0, result.stderr
    assert (site / "public/articles/border-clash/index.html").is_file()


def test_check_writes_nothing(site: Path) -> None:
    result = run("check", "-s", str(site))
    assert result.returncode == 0, result.stderr
    assert not (site / "public").exists()


def test_content_errors_exit_1_with_every_error_on_its_own_line(broken: Path) -> None:
    result = run("build", "-s", str(broken))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    found = {(m["path"], m["line"]) for m in error_lines(result.stderr)}
    assert ("content/articles/border-clash.md", "3") in found
    assert ("content/articles/aid-pledge.md", "5") in found
    messages = " ".join(m["message"] for m in error_lines(result.stderr))
    assert "unknown actor 'ana-berg'" in messages and "anna-berg" in messages
    assert not (broken / "public").exists()


def test_check_reports_the_same_errors(broken: Path) -> None:
    result = run("check", "-s", str(broken))
    assert result.returncode == 1
    assert len(error_lines(result.stderr)) >= 2
    assert "Traceback" not in result.stderr


def test_unknown_option_exits_2() -> None:
    result = run("build", "--no-such-option")
    assert result.returncode == 2
    assert "unrecognized arguments: --no-such-option" in result.stderr


def test_missing_site_folder_exits_2(tmp_path: Path) -> None:
    result = run("build", "-s", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "site folder" in result.stderr and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_command_exits_2() -> None:
    assert run().returncode == 2


def test_main_returns_0_and_reports_the_build(site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-s", str(site), "-o", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert "built" in captured.out + captured.err
    assert "error" not in captured.err


def test_main_returns_1_on_content_errors(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "-s", str(broken)]) == 1
    err = capsys.readouterr().err
    assert len(error_lines(err)) >= 2
    assert all(not line.startswith(str(broken)) for line in err.splitlines() if ": error: " in line)
    assert "Traceback" not in err


def test_main_returns_2_on_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--no-such-option"]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_main_returns_0_after_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--help"]) == 0
    assert "usage: explainer build" in capsys.readouterr().out


def test_bad_usage_exits_2_from_the_command_line() -> None:
    done = run("build", "--no-such-option")
    assert done.returncode == 2
    assert "unrecognized arguments" in done.stderr
    assert "Traceback" not in done.stderr


def test_main_returns_2_for_a_missing_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "-s", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_strict_check_fails_on_warnings(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    aid = site / "content/articles/aid-pledge.md"
    aid.write_text(aid.read_text().replace("summary: Donors pledge aid.\n", ""))
    assert main(["check", "-s", str(site)]) == 0
    assert main(["check", "--strict", "-s", str(site)]) == 1
    assert "has no summary" in capsys.readouterr().err


def test_a_broken_article_is_reported_once_not_by_every_page_linking_it(broken: Path) -> None:
    result = run("build", "-s", str(broken))
    paths = [m["path"] for m in error_lines(result.stderr)]
    assert "content/articles/ceasefire-talks.md" not in paths
    assert "content/pages/about.md" not in paths
    assert paths.count("content/articles/border-clash.md") == 1


def test_console_script_is_the_fast_exit_entry_point() -> None:
    import tomllib

    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"explainer": "generator.cli:run"}


def test_the_summary_is_flushed_before_the_fast_exit(site: Path, tmp_path: Path) -> None:
    done = run("build", "-s", str(site), "-o", str(tmp_path / "out"))
    assert done.returncode == 0
    assert "files in " in done.stdout  # written to a pipe, so only the flush before os._exit shows it


def test_errors_are_flushed_before_the_fast_exit(broken: Path, tmp_path: Path) -> None:
    failed = run("build", "-s", str(broken), "-o", str(tmp_path / "out"))
    assert failed.returncode == 1
    assert failed.stderr.rstrip().endswith("nothing was written")


def test_an_output_folder_that_cannot_be_made_is_an_error_not_a_traceback(site: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("build", "-s", str(site), "-o", str(blocker / "public"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"explainer: error: {blocker}: File exists"
    assert blocker.read_text() == "not a folder"


def test_the_command_runs_without_the_cyclic_collector_but_serve_turns_it_on(site: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    probe = ("import gc, generator.cli as c; "
             "c.main = lambda: print('collector on' if gc.isenabled() else 'collector off') or 0; c.run()")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "collector off"

    seen: list[bool] = []
    monkeypatch.setattr(generator.serve, "serve", lambda *a, **k: seen.append(gc.isenabled()) or 0)
    was = gc.isenabled()
    gc.disable()
    try:
        assert main(["serve", "-s", str(site)]) == 0
    finally:
        if was:
            gc.enable()
    assert seen == [True]


def test_the_command_keeps_the_build_until_its_fast_exit_but_main_keeps_nothing(
        site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.cli as cli

    assert main(["build", "-q", "-s", str(site), "-o", str(tmp_path / "a")]) == 0
    assert cli._kept is None  # main() called by a program: nothing is held after it returns

    monkeypatch.setattr(cli, "_kept", [])  # what run() does before main()
    assert main(["build", "-q", "-s", str(site), "-o", str(tmp_path / "b")]) == 0
    assert main(["check", "-s", str(site)]) == 0
    kept = cli._kept
    assert [type(r).__name__ for r in kept] == ["BuildResult", "BuildResult"]
    assert kept[0].site.articles and (tmp_path / "b" / "index.html").is_file()
