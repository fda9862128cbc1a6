"""serve's fast path: a body edit re-renders only dependent pages, byte-identical to a full build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import BuildOptions, BuildResult, build
from generator.diagnostics import Diagnostics
from generator.serve.incremental import fast_rebuild, write_incremental
from generator.serve.rebuild import search_index
from generator.write import MemoryOutput, write_site

SITES = Path(__file__).parent / "sites"


def copy_site(name: str, tmp_path: Path) -> Path:
    root = tmp_path / name
    shutil.copytree(SITES / name, root)
    return root


Built = tuple[BuildResult, dict[str, bytes | Path]]


def serve_build(root: Path, out: Path) -> Built:
    """A full build as serve makes it: in memory, then written to ``out``."""
    memory = MemoryOutput()
    result = build(BuildOptions(site_root=root, out=out, serve=True, drafts=True), Diagnostics(), output=memory)
    write_site(memory.files, out, finish=search_index(result))
    return result, memory.files


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not p.relative_to(folder).as_posix().startswith("pagefind/")}


def edit(path: Path, old: str, new: str) -> Path:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def assert_fast_equals_full(root: Path, tmp_path: Path, changed: list[Path], before: Built) -> set[str]:
    done = fast_rebuild(*before, root, changed)
    assert done is not None, "the edit should take the fast path"
    _, files, changed_files = done
    write_incremental(files, changed_files, tmp_path / "out-before", tmp_path / "out-fast")
    _, full = serve_build(root, tmp_path / "out-full")
    assert files.keys() == full.keys()
    assert {k: v for k, v in files.items() if isinstance(v, bytes)} == \
        {k: v for k, v in full.items() if isinstance(v, bytes)}
    assert tree(tmp_path / "out-fast") == tree(tmp_path / "out-full")
    return changed_files


def test_markdown_body_edit_rerenders_the_article_its_actors_and_the_feed_only(tmp_path: Path) -> None:
    root = copy_site("full", tmp_path)
    before = serve_build(root, tmp_path / "out-before")
    path = edit(root / "content/articles/aid-pledge.md", "announced the pledge in Southland.",
                "announced the larger pledge in Southland.")
    changed = assert_fast_equals_full(root, tmp_path, [path], before)
    assert "articles/aid-pledge/index.html" in changed
    assert "feed.xml" in changed
    assert "actors/anna-berg/index.html" in changed  # the sentence around the mention changed
    assert "index.html" not in changed and "timeline/index.html" not in changed


def test_wire_copy_body_file_edit_takes_the_fast_path(tmp_path: Path) -> None:
    root = copy_site("wire-body", tmp_path)
    before = serve_build(root, tmp_path / "out-before")
    path = edit(root / "seeds/call.txt", "Nobody has commented on the report.", "Nobody has yet commented.")
    changed = assert_fast_equals_full(root, tmp_path, [path], before)
    assert any(p.startswith("articles/") for p in changed)


def test_two_article_edits_in_one_burst(tmp_path: Path) -> None:
    root = copy_site("full", tmp_path)
    before = serve_build(root, tmp_path / "out-before")
    one = edit(root / "content/articles/aid-pledge.md", "the pledge", "the new pledge")
    two = edit(root / "content/articles/border-clash.md", "Southland protested.", "Southland protested loudly.")
    assert_fast_equals_full(root, tmp_path, [one, two], before)


@pytest.mark.parametrize(("old", "new"), [
    ("title: Aid pledge announced", "title: Aid pledge announced again"),  # front matter: titles show elsewhere
    ("Anna Berg announced the pledge in Southland.", "Anna Berg and Northland announced the pledge."),  # mentions
    ("in Southland.", "in Southland. See [the map](../media/nope.png)."),  # an error: the full build reports it
])
def test_other_edits_fall_back_to_a_full_build(tmp_path: Path, old: str, new: str) -> None:
    root = copy_site("full", tmp_path)
    before = serve_build(root, tmp_path / "out-before")
    path = edit(root / "content/articles/aid-pledge.md", old, new)
    assert fast_rebuild(*before, root, [path]) is None


def test_new_deleted_and_non_article_files_fall_back(tmp_path: Path) -> None:
    root = copy_site("full", tmp_path)
    before = serve_build(root, tmp_path / "out-before")
    new = root / "content/articles/brand-new.md"
    new.write_text("---\ntitle: New\ndate: 2024-01-01\n---\nText.\n", encoding="utf-8")
    assert fast_rebuild(*before, root, [new]) is None
    gone = root / "content/articles/later-report.md"
    gone.unlink()
    assert fast_rebuild(*before, root, [gone]) is None
    assert fast_rebuild(*before, root, [root / "site.yaml"]) is None


def _indexed_text(out: Path) -> str:
    """Every page text in a Pagefind index (its fragments are gzip'd JSON)."""
    import gzip

    return "\n".join(gzip.decompress(p.read_bytes()).decode("utf-8")
                     for p in sorted((out / "pagefind" / "fragment").glob("*.pf_fragment")))


def test_with_search_on_the_fast_path_reindexes_the_new_text(tmp_path: Path) -> None:
    root = copy_site("full", tmp_path)
    with (root / "site.yaml").open("a", encoding="utf-8") as config:
        config.write("search: true\n")
    before = serve_build(root, tmp_path / "out-before")
    old_index = {p.name: p.read_bytes() for p in (tmp_path / "out-before/pagefind/fragment").iterdir()}
    assert "larger pledge" not in _indexed_text(tmp_path / "out-before")
    path = edit(root / "content/articles/aid-pledge.md", "announced the pledge in Southland.",
                "announced the larger pledge in Southland.")
    done = fast_rebuild(*before, root, [path])
    assert done is not None
    result, files, changed_files = done
    write_incremental(files, changed_files, tmp_path / "out-before", tmp_path / "out-fast",
                      reindex=search_index(result))
    assert "larger pledge" in _indexed_text(tmp_path / "out-fast")
    full, _ = serve_build(root, tmp_path / "out-full")
    assert full.config.search
    assert sorted(p.name for p in (tmp_path / "out-fast/pagefind/fragment").iterdir()) == \
        sorted(p.name for p in (tmp_path / "out-full/pagefind/fragment").iterdir())  # no stale fragments
    # The previous build, still served to requests in flight, kept its own index.
    assert {p.name: p.read_bytes() for p in (tmp_path / "out-before/pagefind/fragment").iterdir()} == old_index


def test_serve_shows_the_edit_at_once_and_the_search_index_follows_without_another_reload(tmp_path: Path) -> None:
    import io

    from generator.report import Reporter
    from generator.serve.livereload import BuildState
    from generator.serve.rebuild import Builder

    root = copy_site("full", tmp_path)
    with (root / "site.yaml").open("a", encoding="utf-8") as config:
        config.write("search: true\n")
    state, out, err = BuildState(), io.StringIO(), io.StringIO()
    builder = Builder(BuildOptions(site_root=root, serve=True), tmp_path / "work", state, Reporter(out=out, err=err))
    assert builder.rebuild(), err.getvalue()
    seen: dict[str, object] = {}
    reindex = builder.reindex

    def first_published(*args: object) -> None:  # what a reader had before the index followed
        assert state.root is not None
        seen.update(page=(state.root / "articles/aid-pledge/index.html").read_text(encoding="utf-8"),
                    index=_indexed_text(state.root), epoch=state.epoch)
        reindex(*args)  # type: ignore[arg-type]

    builder.reindex = first_published  # type: ignore[method-assign]
    path = edit(root / "content/articles/aid-pledge.md", "announced the pledge in Southland.",
                "announced the larger pledge in Southland.")
    assert builder.rebuild([path]), err.getvalue()
    assert "larger pledge" in str(seen["page"]) and "larger pledge" not in str(seen["index"])
    assert state.root is not None and "larger pledge" in _indexed_text(state.root)
    assert state.epoch == seen["epoch"]  # the browser reloaded for the page, not again for the index
    assert "search index updated in" in out.getvalue()
    serve_build(root, tmp_path / "out-full")
    assert {p.relative_to(state.root): p.read_bytes() for p in state.root.rglob("*") if p.is_file()} == \
        {p.relative_to(tmp_path / "out-full"): p.read_bytes() for p in (tmp_path / "out-full").rglob("*")
         if p.is_file()}
