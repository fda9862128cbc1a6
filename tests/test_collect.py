"""Garbage collection during a build: tuned while it runs, as it was after."""

from __future__ import annotations

import gc
from pathlib import Path

from generator import collect
from tests.conftest import REPO, build_site


def test_thresholds_and_frozen_objects_are_restored_after_a_build() -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    with collect.tuned_collection():
        seen.append(gc.get_threshold())
        collect.keep()
        assert gc.get_freeze_count() > 0
    assert seen == [collect.THRESHOLDS]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_restored_even_when_the_build_fails() -> None:
    before = gc.get_threshold()
    try:
        with collect.tuned_collection():
            collect.keep()
            raise RuntimeError("a failing build")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_a_whole_build_leaves_the_collector_as_it_was(tmp_path: Path) -> None:
    before = gc.get_threshold()
    build_site(REPO / "tests" / "sites" / "minimal", out=tmp_path / "out")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
