"""The same input gives byte-identical output: two builds into two folders, every file compared."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, build_site


def tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def assert_same_builds(root: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    build_site(root, out=first)
    build_site(root, out=second)
    a, b = tree(first), tree(second)
    assert sorted(a) == sorted(b)
    differing = [name for name in a if a[name] != b[name]]
    assert differing == []
    assert len(a) > 10


@pytest.mark.parametrize("name", ["full", "unicode", "wire-body"])
def test_test_sites_build_byte_identical(name: str, tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(REPO / "tests" / "sites" / name, root)
    assert_same_builds(root, tmp_path)


def test_example_site_builds_byte_identical(tmp_path: Path) -> None:
    assert_same_builds(REPO, tmp_path)


def test_output_does_not_depend_on_the_site_folder_path(tmp_path: Path) -> None:
    outs = []
    for where in ("a", "deeper/b"):
        root = tmp_path / where / "site"
        shutil.copytree(REPO / "tests" / "sites" / "full", root)
        build_site(root)
        outs.append(tree(root / "public"))
    assert [n for n in outs[0] if outs[0][n] != outs[1].get(n)] == []
