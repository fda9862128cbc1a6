"""Garbage collection: off while a build runs, as it was after; builds make next to no cycles."""

from __future__ import annotations

import gc
import tracemalloc
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


def test_builds_with_the_collector_off_do_not_pile_up_memory(tmp_path: Path) -> None:
    """Why pausing is safe: what one build made is freed by reference counting, so a run of builds
    (as under serve) keeps only a small part of what each build held at its peak (caches filled
    once, the template environment's few cycles)."""
    site = REPO / "tests" / "sites" / "full"
    sizes, peaks = [], []
    gc.collect()
    gc.disable()
    tracemalloc.start()
    try:
        for k in range(8):
            tracemalloc.reset_peak()
            build(BuildOptions(site_root=site, out=tmp_path / f"out-{k}"), Diagnostics())
            size, peak = tracemalloc.get_traced_memory()
            sizes.append(size)
            peaks.append(peak - (sizes[-2] if len(sizes) > 1 else 0))
    finally:
        tracemalloc.stop()
        gc.enable()
    kept_per_build = (sizes[-1] - sizes[3]) / 4
    assert kept_per_build < min(peaks) / 4, (sizes, peaks)
