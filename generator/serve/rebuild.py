"""Rebuild on change: each build writes a fresh folder, published only if it succeeded.

A failed build prints its diagnostics, shows them in the browser and leaves the
last good site served. Builds go to ``WORKDIR/build-N`` (``write_site`` writes
staging and swaps); the folder of the build before last is deleted once a newer
one is published, so a request still reading it is never cut short.
"""

from __future__ import annotations

import dataclasses
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.build import BuildOptions, BuildResult, build
from generator.diagnostics import ContentError, Diagnostics
from generator.report import Reporter
from generator.search import Parts, SearchIndexError, site_index, write_index
from generator.serve.incremental import fast_rebuild, update_folder
from generator.serve.livereload import BuildState
from generator.write import MemoryOutput, remove_site, write_site

WATCHED = ("site.yaml", "content", "layouts", "seeds")


def is_source(path: Path, site_root: Path) -> bool:
    """Whether a changed path is one of the site's sources (site.yaml, content/, layouts/, seeds/)."""
    try:
        rel = path.resolve().relative_to(site_root.resolve())
    except ValueError:
        return False
    if not rel.parts or any(p.startswith(".") or p.endswith("~") for p in rel.parts):
        return False
    return rel.parts[0] in WATCHED and (rel.parts[0] != "site.yaml" or len(rel.parts) == 1)


def search_index(result: BuildResult, done: Parts | None = None) -> Callable[[Path], None] | None:
    """What writes the search index of a built site into its folder; None when search is off.

    ``done``: the parts of the index made for earlier builds, reused where their pages are the same.
    """
    return write_index(site_index(result.searched(), done)) if result.config.search else None


class Builder:
    def __init__(self, options: BuildOptions, workdir: Path, state: BuildState, report: Reporter) -> None:
        self.options = options
        self.workdir = workdir
        self.state = state
        self.report = report
        self.count = 0
        self.retired: list[Path] = []
        # the last good build, its files and its folder
        self.last: tuple[BuildResult, dict[str, bytes | Path], Path] | None = None
        self.parts = Parts()  # of the search index, kept between builds
        self.index: dict[str, bytes] = {}  # the search index's files in the last good build's folder

    def rebuild(self, changed: Iterable[Path] = ()) -> bool:
        """Build the site again; publish it if good, else publish the error. True when good."""
        root = self.options.site_root
        names = sorted({p.resolve().relative_to(root.resolve()).as_posix() for p in changed})
        if names:
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            self.report.info(f"changed: {shown}")
        self.count += 1
        out = self.workdir / f"build-{self.count}"
        started = time.perf_counter()
        if names and self.fast(changed, out, started):
            return True
        self.last = None  # until a full build succeeds, nothing to build on
        try:
            memory = MemoryOutput()
            result = build(dataclasses.replace(self.options, out=out, serve=True), Diagnostics(), output=memory)
            self.index = site_index(result.searched(), self.parts) if result.config.search else {}
            write_site(memory.files, out, finish=write_index(self.index))
        except SearchIndexError as exc:
            self.report.error(str(exc))
            self.fail(str(exc), 1)
            remove_site(out)
            return False
        except ContentError as exc:
            self.report.diagnostics(exc.diagnostics)
            self.fail("\n".join(str(d) for d in exc.diagnostics), len(exc.diagnostics))
            return False
        except Exception as exc:  # a bug must not end the session: show it and wait for the next save
            text = "".join(traceback.format_exception(exc))
            print(f"explainer: internal error while building:\n{text}", file=self.report.err)
            self.fail(f"internal error while building: {exc!r}", 1)
            remove_site(out)
            return False
        self.report.diagnostics(result.diagnostics.warnings)
        self.last = (result, memory.files, out)
        self.retire(self.state.publish_good(out))
        self.report.info(f"built {sum(result.pages.values())} pages in {time.perf_counter() - started:.2f} s")
        return True

    def fast(self, changed: Iterable[Path], out: Path, started: float) -> bool:
        """Re-render only the pages an article body edit shows on (see ``incremental``) and put them in
        place in the served folder; False: do a full build (into ``out``).

        The pages go live first, with the search index as it was; the index follows (its changed parts
        made again), published without reloading the browser.
        """
        if self.last is None:
            return False
        previous_result, previous_files, folder = self.last
        self.last = None  # the fast path updates the last result in place: trust it again only on success
        try:
            done = fast_rebuild(previous_result, previous_files, self.options.site_root, changed)
            if done is None:
                return False
            result, files, changed_files = done
            update_folder(folder, files, changed_files, previous_files.keys() - files.keys())
        except Exception:  # any surprise: the full build that follows is always right, in a new folder
            return False
        self.last = (result, files, folder)
        self.state.publish_good(folder)  # the same folder: nothing to retire
        self.report.info(f"rebuilt {len(changed_files)} changed files in {time.perf_counter() - started:.2f} s")
        if result.config.search:
            self.reindex(result, files, folder)
        return True

    def reindex(self, result: BuildResult, files: dict[str, bytes | Path], folder: Path) -> None:
        """Make the search index of ``result`` again (only its parts whose pages changed) and put what
        changed of it in place in ``folder``."""
        started = time.perf_counter()
        try:
            index = site_index(result.searched(), self.parts)
        except SearchIndexError as exc:
            self.report.error(f"{exc}; search still finds the text before this change")
            self.last = None  # the next change builds everything again
            return
        before = self.index
        update_folder(folder, index, {path for path in index if before.get(path) != index[path]},
                      before.keys() - index.keys())
        self.index = index
        self.state.publish_good(folder, reload=False)
        self.report.info(f"search index updated in {time.perf_counter() - started:.2f} s")

    def fail(self, text: str, count: int) -> None:
        self.state.publish_error(text)
        kept = "still serving the last good site" if self.state.root else "no site to serve yet"
        self.report.info(f"build failed ({count} problem{'s' if count != 1 else ''}); {kept}")

    def retire(self, previous: Path | None) -> None:
        """Keep the previous build for requests in flight; delete older ones."""
        while self.retired:
            remove_site(self.retired.pop())
        if previous is not None:
            self.retired.append(previous)
