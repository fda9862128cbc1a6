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


def _render_alone_and_in_sets(root: Path) -> tuple[dict[str, bytes], dict[str, bytes], int]:
    """Every page rendered from its own context, and from its job's (a page set lays out one strip for
    a page and its embed); the number of page sets."""
    from generator.render.plan import PageSet, Planner
    from generator.render.site import render_page
    from generator.render.templates import make_environment

    result = build(BuildOptions(site_root=root, write=False), Diagnostics(), output=MemoryOutput(),
                   executor=SerialExecutor())
    planner = Planner(result.site, result.config)
    planned = list(planner.plan())
    env, diags = make_environment(root), Diagnostics()
    alone = {item.dest_path: render_page(env, item, root, diags) for item in planned}
    together: dict[str, bytes | None] = {}
    jobs = planner.jobs(planned)
    for job in jobs:
        pairs = zip(job.files, job.make_contexts(), strict=True) if isinstance(job, PageSet) else [(job, None)]
        for item, context in pairs:
            assert item.dest_path not in together
            together[item.dest_path] = render_page(env, item, root, diags, context)
    assert not diags.items
    return alone, together, sum(isinstance(job, PageSet) for job in jobs)  # type: ignore[return-value]


@pytest.mark.parametrize("name", SITES)
def test_a_page_and_its_embed_rendered_together_are_the_pages_rendered_alone(name: str) -> None:
    alone, together, sets = _render_alone_and_in_sets(REPO / "tests" / "sites" / name)
    assert alone.keys() == together.keys()
    assert [p for p in alone if alone[p] != together[p]] == []
    assert sets == sum(p.startswith("embed/") for p in alone)  # every embed is rendered with its page


def test_strips_of_count_marks_and_period_links_are_the_same_laid_out_once(
        make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    """An actor's page and embed with more events than a strip marks (count marks linking to period
    pages), one whose embed links the events it does not show to the site's timeline, and the site's
    timeline and its embed."""
    from generator.render import periods, plan, strip

    monkeypatch.setattr(strip, "MAX_MARKS", 6)
    monkeypatch.setattr(periods, "PAGE_EVENTS", 4)
    monkeypatch.setattr(plan, "ACTOR_EVENTS", 5)
    monkeypatch.setattr(plan, "EMBED_EVENTS", 3)
    dates = [f"202{y}-{m:02d}-0{d}" for y in (1, 3) for m in (2, 7) for d in (1, 4)] + ["'2022'", "2023-05"]
    # Cy: more events than an embed shows, too few to split into pages
    cast = ["ann, bob, cy", "ann, cy", "ann, bob, cy", "ann, bob, cy"] + ["ann", "ann, bob", "ann, bob"] * 2
    events = "".join(f"- date: {d}\n  title: Event {i}\n  actors: [{who}]\n"
                     for i, (d, who) in enumerate(zip(dates, cast, strict=True)))
    article = ("---\ntitle: Talks\ndate: 2023-08-01\ntimeline:\n"
               + "".join(f"  - date: 2022-0{m}-01\n    title: Round {m}\n    actors: [bob]\n" for m in range(1, 8))
               + "---\nBody.\n")
    root = make_site({"content/actors/ann.md": "---\nname: Ann\nkind: person\n---\n",
                      "content/actors/bob.md": "---\nname: Bob\nkind: person\n---\n",
                      "content/actors/cy.md": "---\nname: Cy\nkind: person\n---\n",
                      "content/timeline/t.yaml": events, "content/articles/talks.md": article})
    alone, together, sets = _render_alone_and_in_sets(root)
    assert [p for p in alone if alone[p] != together[p]] == []
    assert sets == 5  # the article's, Ann's, Bob's, Cy's and the site's timeline
    assert b"timeline-strip counts" in together["embed/actors/ann/index.html"]
    assert b"timeline-strip counts" in together["actors/ann/index.html"]
