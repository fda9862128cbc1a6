"""The example site in a real browser: Debian's chromium driven by playwright-core (tests/browser/).

The site is built into a temporary folder and served with http.server on a free loopback
port. tests/browser/check-pages.js visits home, an article, an actor, the actors index and
the timeline at 1280 px and 390 px wide, in light and dark colour schemes, runs axe-core on
each, tabs through the first focus stops and writes full-page screenshots to
$SCREENSHOT_DIR (default tests/.screenshots/) for people to look at.

Needs node, chromium and `scripts/install-test-tools.sh`; without them the tests are
skipped, unless the environment variable CI is set, where they fail.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_driver import BROWSER_DIR, CHROMIUM, require_tools, serve_folder
from conftest import REPO, build_site

SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR") or REPO / "tests" / ".screenshots")
SCHEMES = ("light", "dark")
VIEWPORTS = ("desktop", "mobile")
PHONE_WIDTH = 390


@pytest.fixture(scope="module")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    require_tools()
    out = tmp_path_factory.mktemp("browser") / "public"
    build_site(REPO, out=out)
    with serve_folder(out) as url:
        yield url, out


def first_page(out: Path, section: str) -> str:
    found = sorted(p.parent.name for p in (out / section).glob("*/index.html"))
    assert found, f"the example site has no {section}"
    return f"{section}/{found[0]}/"


@pytest.fixture(scope="module")
def browser_runs(served_site: tuple[str, Path]) -> dict[str, Any]:
    base, out = served_site
    pages = [
        {"name": "home", "path": "", "screenshot": True},
        {"name": "article", "path": first_page(out, "articles"), "screenshot": True},
        {"name": "actor", "path": first_page(out, "actors"), "screenshot": True},
        {"name": "actors", "path": "actors/", "screenshot": False},
        {"name": "timeline", "path": "timeline/", "screenshot": True},
    ]
    return check_pages(base, pages, SCREENSHOTS)


def check_pages(base: str, pages: list[dict[str, Any]], shots: Path) -> dict[str, Any]:
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("*.png"):
        old.unlink()
    run = subprocess.run(["node", "check-pages.js", base, str(shots), json.dumps(pages)],
                         cwd=BROWSER_DIR, capture_output=True, text=True, timeout=600, check=False,
                         env={**os.environ, "CHROMIUM": CHROMIUM})
    if run.returncode != 0:
        pytest.fail(f"check-pages.js failed (exit {run.returncode}):\n{run.stderr[-4000:]}", pytrace=False)
    result: dict[str, Any] = json.loads(run.stdout)
    assert len(result["runs"]) == len(pages) * len(SCHEMES) * len(VIEWPORTS)
    return result


@pytest.fixture(scope="module")
def rtl_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """examples/sudan-ar (Arabic, right to left): screenshots in $SCREENSHOT_DIR/rtl/."""
    require_tools()
    out = tmp_path_factory.mktemp("browser-rtl") / "public"
    build_site(REPO / "examples" / "sudan-ar", out=out)
    pages = [{"name": "home", "path": "", "screenshot": True},
             {"name": "article", "path": "articles/harb-al-sudan/", "screenshot": True},
             {"name": "actor", "path": "actors/abd-al-fatah-al-barhan/", "screenshot": True},
             {"name": "timeline", "path": "timeline/", "screenshot": True}]
    with serve_folder(out) as url:
        return check_pages(url, pages, SCREENSHOTS / "rtl")


def test_a_right_to_left_site_passes_axe_and_fits_a_phone(rtl_runs: dict[str, Any]) -> None:
    runs = rtl_runs["runs"]
    assert all("violations" in r for r in runs), "axe did not run on every page"
    found = [f"{where(r)}: {v['impact']} {v['id']} ({v['help']}): {[n['target'] for n in v['nodes']]}"
             for r in runs for v in r["violations"] if v["impact"] in ("critical", "serious")]
    assert found == []
    assert [f"{where(r)}: {p}" for r in runs for p in r["problems"]] == []
    wide = [where(r) for r in runs
            if r["viewport"] == "mobile" and max(r["scrollWidth"], r["innerWidth"]) > PHONE_WIDTH]
    assert wide == []


def where(run: dict[str, Any]) -> str:
    return f"{run['name']} (/{run['path']}) {run['viewport']} {run['scheme']}"


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_pages_load_without_console_errors_or_failed_requests(browser_runs: dict[str, Any], viewport: str) -> None:
    problems = [f"{where(r)}: {p}" for r in browser_runs["runs"] if r["viewport"] == viewport for p in r["problems"]]
    assert problems == []


def test_pages_do_not_overflow_a_phone_screen(browser_runs: dict[str, Any]) -> None:
    # a mobile browser widens the layout viewport to fit what overflows, so innerWidth counts too
    wide = [f"{where(r)}: scrollWidth {r['scrollWidth']}, innerWidth {r['innerWidth']}"
            for r in browser_runs["runs"] if r["viewport"] == "mobile"
            and max(r["scrollWidth"], r["innerWidth"]) > PHONE_WIDTH]
    assert wide == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_axe_finds_no_serious_or_critical_violations(browser_runs: dict[str, Any], scheme: str) -> None:
    runs = [r for r in browser_runs["runs"] if r["scheme"] == scheme]
    assert all("violations" in r for r in runs), "axe did not run on every page"
    found = [f"{where(r)}: {v['impact']} {v['id']} ({v['help']}): {[n['target'] for n in v['nodes']]}"
             for r in runs for v in r["violations"] if v["impact"] in ("critical", "serious")]
    assert found == []


def test_first_tab_focuses_a_visible_skip_link(browser_runs: dict[str, Any]) -> None:
    for run in browser_runs["runs"]:
        first = run["keyboard"][0]
        assert first is not None, f"{where(run)}: Tab focused nothing"
        assert "skip-link" in first["cls"] and first["href"] == "#main", f"{where(run)}: first Tab focused {first}"
        assert first["visible"], f"{where(run)}: the focused skip link is not on screen"


def test_focused_elements_show_a_focus_indicator(browser_runs: dict[str, Any]) -> None:
    hidden = [f"{where(r)}: {stop}" for r in browser_runs["runs"] for stop in r["keyboard"]
              if stop is not None and not stop["indicator"]]
    assert hidden == []
    assert all(sum(s is not None for s in r["keyboard"]) >= 3 for r in browser_runs["runs"])


def test_screenshots_are_written_for_people_to_look_at(browser_runs: dict[str, Any]) -> None:
    shown = ("home", "article", "actor", "timeline")
    expected = {f"{v}-{s}-{n}.png" for v in VIEWPORTS for s in SCHEMES for n in shown}
    written = {Path(p).name for p in browser_runs["screenshots"]}
    assert written == expected
    for name in expected:
        assert (SCREENSHOTS / name).stat().st_size > 1000, name
