"""Garbage collection: off while a build runs, as it was after; builds make next to no cycles."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from generator import collect
from generator.build import BuildOptions, build
from generator.diagnostics import Diagnostics
from tests.conftest import REPO, build_site


def test_the_collector_is_off_during_a_build_and_on_after() -> None:
    assert gc.isenabled()
    with collect.paused_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_even_when_the_build_fails() -> None:
    with pytest.raises(RuntimeError), collect.paused_collection():
        raise RuntimeError("a failing build")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collect.paused_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_whole_build_leaves_the_collector_on(tmp_path: Path) -> None:
    build_site(REPO / "tests" / "sites" / "minimal", out=tmp_path / "out")
    assert gc.isenabled()


def test_a_build_leaves_next_to_no_cyclic_garbage(tmp_path: Path) -> None:
    """Why pausing is safe: the only cycles are the build's template environment (about 300
    objects, once per build), not anything per page or per article."""
    found = []
    gc.collect()
    gc.disable()
    try:
        for site in ("minimal", "full"):
            build(BuildOptions(site_root=REPO / "tests" / "sites" / site, out=tmp_path / site), Diagnostics())
            found.append(gc.collect())
    finally:
        gc.enable()
    assert all(n < 1000 for n in found)
    assert found[1] - found[0] < 200  # a site with many more pages leaves about the same
