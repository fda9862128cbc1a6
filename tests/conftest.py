"""Shared fixtures: write a small site from dedented strings, build it, parse its pages.

``make_site({"content/articles/a.md": "..."})`` writes a site (a minimal
site.yaml unless one is given) into a temporary folder; ``build_site(root)``
builds it into ``root/public`` and returns the ``BuildResult``;
``build_errors(root)`` expects the build to fail and returns the error lines;
``page(out, "articles/a/")`` parses one built page with lxml.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import lxml.html
import pytest

from generator.build import BuildOptions, BuildResult, build
from generator.diagnostics import ContentError, Diagnostics

REPO = Path(__file__).resolve().parent.parent
SITE_YAML = "title: Test explainers\nbase_url: https://example.org/news/\n"


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "site"
        root.mkdir(exist_ok=True)
        if "site.yaml" not in files:
            files = {"site.yaml": SITE_YAML, **files}
        return write_files(root, files)

    return make


def build_site(root: Path, **options: object) -> BuildResult:
    return build(BuildOptions(site_root=root, **options), Diagnostics())  # type: ignore[arg-type]


def build_errors(root: Path, **options: object) -> list[str]:
    """Build, expecting content errors; the error lines as printed."""
    with pytest.raises(ContentError) as caught:
        build_site(root, **options)
    return [str(d) for d in caught.value.diagnostics]


def page(out: Path, url: str) -> lxml.html.HtmlElement:
    path = out / (url + "index.html" if url == "" or url.endswith("/") else url)
    return lxml.html.fromstring(path.read_bytes())
