"""Every page of the example site and of the test sites passes the Nu HTML Checker with 0 errors.

The checker is vnu.jar, run on the machine's Java: the one from npm ``vnu-jar`` (its
version pinned in tests/browser/package-lock.json) that ``scripts/install-test-tools.sh``
installs into tests/browser/node_modules. No other copy is trusted: an older checker
rejects markup the current one accepts (``role="group"`` on ``<svg>``), so its errors
would be the checker's, not the site's. Without Java or that jar the tests are skipped
with the reason, unless the environment variable CI is set (CI installs both).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, build_site

SITES = sorted(p.parent for p in (REPO / "tests" / "sites").glob("*/site.yaml"))
NPM_VNU = REPO / "tests" / "browser" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def vnu_command(jar: Path = NPM_VNU) -> list[str]:
    java = shutil.which("java")
    if java is None or not jar.is_file():
        shown = jar.relative_to(REPO) if jar.is_relative_to(REPO) else jar
        missing = "java" if java is None else f"the pinned checker {shown}"
        reason = f"the Nu HTML Checker needs {missing}: run scripts/install-test-tools.sh as root"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    return [java, "-Xss8m", "-jar", str(jar), "--format", "json", "--errors-only"]


def test_an_untrusted_checker_is_skipped_with_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the pinned checker is used: without it the tests skip and say why (CI fails instead)."""
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"install-test-tools\.sh"):
        vnu_command(tmp_path / "vnu.jar")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set"):
        vnu_command(tmp_path / "vnu.jar")


def vnu_errors(files: list[Path], root: Path) -> list[str]:
    """Run the checker once over all files; its errors as `path:line:column: message`."""
    run = subprocess.run([*vnu_command(), *map(str, files)], capture_output=True, text=True, check=False)
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"the Nu HTML Checker did not report JSON (exit {run.returncode}): {run.stderr[:2000]}")
    errors = []
    for m in messages:
        if m.get("type") in ("error", "non-document-error"):
            path = Path(m.get("url", "").removeprefix("file:")).resolve()
            rel = path.relative_to(root) if path.is_relative_to(root) else path
            errors.append(f"{rel}:{m.get('lastLine', 0)}:{m.get('firstColumn', 0)}: {m.get('message')}")
    return errors


def built_pages(site: Path, out: Path, **options: object) -> list[Path]:
    build_site(site, out=out, **options)
    pages = sorted(out.rglob("*.html"))
    assert pages, f"no pages built from {site}"
    return pages


def test_example_site_pages_have_no_html_errors(tmp_path: Path) -> None:
    out = (tmp_path / "public").resolve()
    pages = built_pages(REPO, out)
    assert len(pages) >= 5
    assert vnu_errors(pages, out) == []


def test_example_site_under_sub_path_has_no_html_errors(tmp_path: Path) -> None:
    out = (tmp_path / "public").resolve()
    pages = built_pages(REPO, out, base_url="https://example.github.io/explainer/")
    assert vnu_errors(pages, out) == []


@pytest.mark.parametrize("site", SITES, ids=[s.name for s in SITES])
def test_test_site_pages_have_no_html_errors(site: Path, tmp_path: Path) -> None:
    out = (tmp_path / "public").resolve()
    pages = built_pages(site, out)
    assert vnu_errors(pages, out) == []


def test_checker_reports_invalid_markup(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text("<!doctype html><html lang=en><title>x</title><p><div></span></html>", encoding="utf-8")
    errors = vnu_errors([bad], tmp_path.resolve())
    assert errors and all(e.startswith("bad.html:") for e in errors)
