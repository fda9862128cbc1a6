"""Every speed shortcut of the build, switched on, gives the bytes of the plain path.

The plain path: one process (``SerialExecutor``), the cyclic collector left on, every
file kept in memory (``MemoryOutput``) and written afterwards by ``write_site``. The
default build: forked helpers (forced even for a tiny site), the collector paused, and
pages handed to the writer's threads while later ones render. The forked executor and
serve's fast rebuild have their own randomised tests (test_parallel_build.py,
test_rebuild_differential.py).
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.diagnostics import Diagnostics
from generator.parallel import ForkExecutor, SerialExecutor, can_fork
from generator.serve.rebuild import search_index
from generator.write import MemoryOutput, write_site
from tests.conftest import REPO

SITES = sorted(p.parent.name for p in (REPO / "tests" / "sites").glob("*/site.yaml"))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.skipif(not can_fork(), reason="fork is unavailable on this platform")
@pytest.mark.parametrize("name", SITES)
def test_the_default_build_gives_the_bytes_of_the_plain_path(name: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / name
    shutil.copytree(REPO / "tests" / "sites" / name, site)

    monkeypatch.setattr("generator.build.paused_collection", _collector_left_on)
    memory = MemoryOutput()
    result = build(BuildOptions(site_root=site, write=False), Diagnostics(), output=memory,
                   executor=SerialExecutor())
    write_site(memory.files, tmp_path / "plain", finish=search_index(result))
    monkeypatch.undo()

    build(BuildOptions(site_root=site, out=tmp_path / "default"), Diagnostics(),
          executor=ForkExecutor(2, min_items=1))
    plain, default = tree(tmp_path / "plain"), tree(tmp_path / "default")
    assert plain.keys() == default.keys()
    assert [p for p in plain if plain[p] != default[p]] == []


class _collector_left_on:  # stands in for the context manager function
    def __enter__(self) -> None:
        assert gc.isenabled()

    def __exit__(self, *_: object) -> None:
        pass


@pytest.mark.parametrize("name", SITES)
def test_pages_streamed_piece_by_piece_are_the_pages_rendered_whole(name: str, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Large pages are encoded as Jinja makes them; every page streamed gives the same bytes."""
    from generator.render import site as render_site

    whole, streamed = MemoryOutput(), MemoryOutput()
    options = BuildOptions(site_root=REPO / "tests" / "sites" / name, write=False)
    build(options, Diagnostics(), output=whole, executor=SerialExecutor())
    monkeypatch.setattr(render_site, "STREAM_COST", 0.0)
    build(options, Diagnostics(), output=streamed, executor=SerialExecutor())
    assert whole.files == streamed.files
