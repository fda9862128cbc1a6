"""Serve's rebuild after an edit to one article body: fast path against a full build.

    python benchmarks/rebuild.py N [--runs R] [--tmp DIR] [--search]

Makes the synthetic site of ``benchmarks/build.py`` (N articles, search off),
builds it as ``explainer serve`` does, then R times: edits one article's body
(a word, so its mentions stay the same), runs the fast path that serve uses
(``generator.serve.incremental``: re-render the dependent pages and put them
in place in the served folder) and, for comparison in the same run, a full
build of the same edited site. Prints the medians, their ratio, and checks
that both outputs are byte-identical.

With ``--search`` the site has search on, and serve's two steps are timed
apart: the edited page live (the index as it was), then the index following
(the parts of it whose pages changed made again, as serve keeps them); the
full build then includes a whole index, made the same way.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import make_site

from generator.build import BuildOptions, build
from generator.diagnostics import Diagnostics
from generator.search import Parts, site_index, write_index
from generator.serve.incremental import fast_rebuild, update_folder
from generator.serve.rebuild import search_index
from generator.write import MemoryOutput, write_site


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tmp", type=Path, default=None, help="temporary folder, e.g. /dev/shm")
    parser.add_argument("--search", action="store_true", help="search on: time the index following the edit")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.tmp) as scratch:
        root = Path(scratch) / "site"
        make_site(root, args.n, search=args.search)
        last_out = Path(scratch) / "out-0"
        options = BuildOptions(site_root=root, serve=True)
        memory = MemoryOutput()
        last = build(options, Diagnostics(), output=memory)
        files = memory.files
        parts = Parts()  # serve keeps the index's parts between rebuilds
        index = site_index(last.searched(), parts) if args.search else {}
        write_site(files, last_out, finish=write_index(index))
        article = sorted((root / "content" / "articles").glob("*.md"))[args.n // 2]
        fast_s, full_s, changed_counts, index_s = [], [], [], []
        for run in range(1, args.runs + 1):
            text = article.read_text(encoding="utf-8")
            article.write_text(text.replace("\n\n", f"\n\nEdit number {run} of this body.\n\n", 1), encoding="utf-8")
            started = time.perf_counter()
            done = fast_rebuild(last, files, root, [article])
            if done is None:
                print("the edit did not take the fast path", file=sys.stderr)
                return 1
            previous_files, (result, files, changed) = files, done
            update_folder(last_out, files, changed, previous_files.keys() - files.keys())
            fast_s.append(time.perf_counter() - started)
            changed_counts.append(len(changed))
            if args.search:  # serve's second step: the index follows, its changed parts made again
                started = time.perf_counter()
                new_index = site_index(result.searched(), parts)
                update_folder(last_out, new_index, {p for p in new_index if index.get(p) != new_index[p]},
                              index.keys() - new_index.keys())
                index = new_index
                index_s.append(time.perf_counter() - started)
            started = time.perf_counter()
            full_out = Path(scratch) / f"full-{run}"
            memory = MemoryOutput()
            full = build(options, Diagnostics(), output=memory)
            write_site(memory.files, full_out, finish=search_index(full))
            full_s.append(time.perf_counter() - started)
            if tree(last_out) != tree(full_out):
                print("fast and full outputs differ", file=sys.stderr)
                return 1
            last = result
        figures = {
            "articles": args.n, "runs": args.runs, "files": len(files),
            "changed_files_median": statistics.median(changed_counts),
            "fast_s": round(statistics.median(fast_s), 3), "full_s": round(statistics.median(full_s), 3),
        }
        figures["ratio"] = round(figures["fast_s"] / figures["full_s"], 3)
        if index_s:
            figures["index_follows_s"] = round(statistics.median(index_s), 3)
    for key in ("articles", "files", "changed_files_median", "full_s", "fast_s", "ratio", "index_follows_s")[
            :7 if index_s else 6]:
        print(f"{key:<22}{figures[key]:>10}")
    print("outputs byte-identical  yes")
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
