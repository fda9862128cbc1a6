"""Writing OUT: a failed build leaves it as it was, OUT may not hold the sources, no staging is left behind."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, build_errors, build_site

from generator.write import MemoryOutput, Staging, write_site


def tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".staging-" in p.name or ".old-" in p.name)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(REPO / "tests/sites/full", root)
    return root


def test_a_failing_build_leaves_the_previous_output_untouched(site: Path) -> None:
    build_site(site)
    before = tree(site / "public")
    article = site / "content/articles/border-clash.md"
    article.write_text(article.read_text().replace("date: 2024-02-01", "date: 2024-02-31"))
    errors = build_errors(site)
    assert any(e.startswith("content/articles/border-clash.md:") for e in errors)
    assert tree(site / "public") == before
    assert leftovers(site) == []


def test_a_failure_while_writing_leaves_the_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_site({"index.html": b"old", "a/b.txt": b"old b"}, out)
    before = tree(out)

    def fail(staging: Path) -> None:
        assert (staging / "index.html").read_bytes() == b"new"
        raise RuntimeError("indexing failed")

    with pytest.raises(RuntimeError, match="indexing failed"):
        write_site({"index.html": b"new"}, out, finish=fail)
    assert tree(out) == before
    assert leftovers(tmp_path) == []


def test_a_new_build_replaces_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_site({"index.html": b"one", "gone.html": b"x"}, out)
    write_site({"index.html": b"two"}, out)
    assert tree(out) == {"index.html": b"two"}
    assert leftovers(tmp_path) == []


def test_files_outside_the_output_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="outside the output folder"):
        write_site({"../escape.txt": b"x"}, tmp_path / "public")
    assert not (tmp_path / "escape.txt").exists()
    assert leftovers(tmp_path) == []


def test_no_staging_folders_are_left_after_builds(site: Path) -> None:
    build_site(site)
    build_site(site)
    assert leftovers(site) == []
    assert (site / "public/index.html").is_file()


def test_output_into_the_site_folder_is_refused(site: Path) -> None:
    errors = build_errors(site, out=site)
    assert len(errors) == 1
    assert "is the site folder or contains it" in errors[0]
    assert (site / "content/articles/border-clash.md").is_file()


def test_output_into_a_parent_of_the_site_is_refused(site: Path) -> None:
    errors = build_errors(site, out=site.parent)
    assert "is the site folder or contains it" in errors[0]


def test_output_holding_another_site_is_refused(site: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    (other / "content").mkdir(parents=True)
    (other / "content/keep.md").write_text("keep")
    errors = build_errors(site, out=other)
    assert "holds a site (content/ or site.yaml); refusing to replace it" in errors[0]
    assert (other / "content/keep.md").read_text() == "keep"


@pytest.mark.parametrize("folder", ["content", "content/media", "layouts", "seeds"])
def test_output_inside_the_sources_is_refused(site: Path, folder: str) -> None:
    errors = build_errors(site, out=site / folder / "public")
    top = folder.split("/")[0]
    assert f"is inside the site's {top}/ folder; choose another" in errors[0]
    assert not (site / folder / "public").exists()


def test_output_that_is_a_file_is_refused(site: Path) -> None:
    (site / "public").write_text("not a folder")
    errors = build_errors(site)
    assert "is a file, not a folder" in errors[0]


@pytest.mark.parametrize("out", [".", "content", "content/public"])
def test_refusals_exit_1_with_a_clear_error(site: Path, out: str) -> None:
    run = subprocess.run([sys.executable, "-m", "generator", "build", "-s", str(site), "-o", str(site / out)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "error: output folder" in run.stderr
    assert "Traceback" not in run.stderr
    assert leftovers(site) == [] and leftovers(site / "content") == []


def test_files_put_into_staging_are_written_before_the_swap(tmp_path: Path) -> None:
    out = tmp_path / "public"
    staging = Staging(out)
    staging.put("a/index.html", b"page a")
    staging.put("b/index.html", b"page b")
    assert not out.exists()
    staging.commit()
    assert tree(out) == {"a/index.html": b"page a", "b/index.html": b"page b"}
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("output", [MemoryOutput, Staging])
def test_a_second_file_to_the_same_path_is_refused(tmp_path: Path, output: type) -> None:
    sink = output() if output is MemoryOutput else output(tmp_path / "public")
    sink.put("index.html", b"one")
    with pytest.raises(ValueError, match=r"two output files would be written to index\.html"):
        sink.put("index.html", b"two")
    if isinstance(sink, Staging):
        sink.discard()


def test_writes_wait_for_the_disk_rather_than_pile_up_in_memory(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages handed to the writers and not yet written never hold much more than PENDING_BYTES."""
    from generator import write

    monkeypatch.setattr(write, "PENDING_BYTES", 1000)
    staging = Staging(tmp_path / "public")
    peak = 0
    for i in range(200):
        staging.put(f"p{i}.html", b"x" * 300)
        peak = max(peak, staging.pending_bytes)
    staging.commit()
    assert peak <= 1000 + 300
    assert len(list((tmp_path / "public").iterdir())) == 200


def test_a_failed_background_write_fails_the_commit_and_keeps_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "public"
    write_site({"index.html": b"old"}, out)
    staging = Staging(out)
    with pytest.raises(OSError):  # raised by a later put() once the write is seen to fail, else by commit()
        staging.put("index.html", b"new")
        staging.put("index.html/inside-a-file.html", b"x")  # its folder is a file: the write fails
        staging.commit()
    staging.discard()
    assert tree(out) == {"index.html": b"old"}
    assert leftovers(tmp_path) == []


def test_a_template_error_in_a_forked_build_keeps_the_old_output(site: Path) -> None:
    from generator.build import BuildOptions, build
    from generator.diagnostics import ContentError, Diagnostics
    from generator.parallel import ForkExecutor

    build_site(site)
    before = tree(site / "public")
    (site / "layouts").mkdir(exist_ok=True)
    (site / "layouts/actor.html").write_text("{{ actor.no_such_field }}\n")
    with pytest.raises(ContentError) as caught:  # pages rendered by helpers and handed to the writer
        build(BuildOptions(site_root=site), Diagnostics(), executor=ForkExecutor(2, min_items=1))
    errors = [str(d) for d in caught.value.diagnostics]
    assert any("template error while rendering actors/" in e for e in errors)
    assert tree(site / "public") == before
    assert leftovers(site) == []
