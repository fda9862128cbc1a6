#!/usr/bin/env python3
"""Search benchmark: what the search index costs a build, against the same build without it.

    python benchmarks/search.py N [--runs R] [--seed S] [--tmp DIR]

Writes the synthetic site of ``build.py`` (N articles) once, then builds it
R times with ``search: false`` and R times with ``search: true``, alternating
(off, on, then on, off, ...) in this one session so both see the same machine,
each build a fresh ``python -m generator build`` process into a fresh output
folder. Prints the medians of wall and CPU seconds, the ratios on/off, and the
peak memory: the largest resident set of any one process (the build, its
forked helpers, the index's process, Pagefind), and the largest total of all
of them at once (their proportional set size, as ``archive.py`` samples it),
then one JSON line.

Last, "index alone": the site loaded and linked once more in this process,
then its search index made (``site_index``), which alone is timed: the wall
and CPU seconds the index itself takes, the floor of what search can add to
a build on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive import tree_pss
from build import SEED, Timing, build_once, count_output, make_site, versions

TARGET_RATIO = 1.25  # search-on wall time at most this times search-off
TARGET_PEAK_MB_10K = 1024  # at 10,000 articles


def set_search(root: Path, on: bool) -> None:
    config = root / "site.yaml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("search: true", "search: false") if not on else text.replace("search: false", "search: true")
    config.write_text(text, encoding="utf-8")


def run(n: int, runs: int, seed: int, tmp_dir: Path | None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="explainer-search-bench-", dir=tmp_dir) as tmp:
        scratch = Path(tmp)
        root = scratch / "site"
        make_site(root, n, seed, search=False)
        timings: dict[bool, list[Timing]] = {False: [], True: []}
        trees: dict[bool, list[float]] = {False: [], True: []}
        files: dict[bool, int] = {}
        for k in range(runs):
            for on in ((False, True) if k % 2 == 0 else (True, False)):
                set_search(root, on)
                out = scratch / f"public-{'on' if on else 'off'}-{k}"
                with TreePeak() as tree:
                    timings[on].append(build_once(root, out, scratch))
                trees[on].append(tree.peak_mb)
                files[on] = count_output(out)[1]
        alone = index_alone(root)
    off, on = timings[False], timings[True]

    def median(values: list[Timing], key: str) -> float:
        return statistics.median(getattr(t, key) for t in values)

    result: dict[str, object] = {
        "articles": n, "runs": runs,
        "files_off": files[False], "files_on": files[True],
        "off_s": round(median(off, "wall"), 2), "on_s": round(median(on, "wall"), 2),
        "off_cpu_s": round(median(off, "cpu"), 2), "on_cpu_s": round(median(on, "cpu"), 2),
        "off_peak_mb": round(max(t.peak_mb for t in off)), "on_peak_mb": round(max(t.peak_mb for t in on)),
        "off_tree_mb": round(max(trees[False])), "on_tree_mb": round(max(trees[True])),
        "index_alone_s": round(alone.wall, 2), "index_alone_cpu_s": round(alone.cpu, 2),
        "indexed_pages": int(alone.inner),
        "load_1min": round(os.getloadavg()[0], 2), "cores": os.cpu_count(), **versions(),
    }
    result["ratio"] = round(float(result["on_s"]) / float(result["off_s"]), 2)  # type: ignore[arg-type]
    result["cpu_ratio"] = round(float(result["on_cpu_s"]) / float(result["off_cpu_s"]), 2)  # type: ignore[arg-type]
    result["ratio_target_met"] = float(result["ratio"]) <= TARGET_RATIO  # type: ignore[arg-type]
    if n >= 10_000:
        result["peak_target_met"] = float(result["on_tree_mb"]) < TARGET_PEAK_MB_10K  # type: ignore[arg-type]
    return result


class TreePeak:
    """The largest total memory (PSS) of this process's children and theirs while the block runs, sampled."""

    def __init__(self, every: float = 0.2) -> None:
        self.every, self.peak_mb = every, 0.0
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreePeak:
        self._sampler.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._sampler.join()

    def _sample(self) -> None:
        while not self._done.wait(self.every):
            children = tree_pss(os.getpid()) - tree_pss(os.getpid(), own_only=True)
            self.peak_mb = max(self.peak_mb, children / 2**20)


def index_alone(root: Path) -> Timing:
    """Index the searchable pages of the site at ``root``, linked once first (not timed): wall seconds,
    and CPU of this process and of the Pagefind service (``inner``: the number of pages)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from generator.build import BuildOptions, build
    from generator.diagnostics import Diagnostics
    from generator.parallel import SerialExecutor
    from generator.search import site_index

    result = build(BuildOptions(site_root=root, write=False), Diagnostics(), executor=SerialExecutor())
    before = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    started = time.perf_counter()
    files = site_index(result.searched())
    wall = time.perf_counter() - started
    after = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before, strict=True))
    return Timing(wall, cpu, float(sum(path.endswith(".pf_fragment") for path in files)))


ROWS = (  # label, key, unit
    ("articles", "articles", ""),
    ("runs of each (median of)", "runs", ""),
    ("files written, search off", "files_off", ""),
    ("files written, search on", "files_on", ""),
    ("wall, search off", "off_s", "s"),
    ("wall, search on", "on_s", "s"),
    ("ratio on/off", "ratio", "x"),
    ("CPU, search off", "off_cpu_s", "s"),
    ("CPU, search on", "on_cpu_s", "s"),
    ("CPU ratio on/off", "cpu_ratio", "x"),
    ("peak memory of one process, search off", "off_peak_mb", "MB"),
    ("peak memory of one process, search on", "on_peak_mb", "MB"),
    ("peak memory of all at once, search off", "off_tree_mb", "MB"),
    ("peak memory of all at once, search on", "on_tree_mb", "MB"),
    ("index alone: pages", "indexed_pages", ""),
    ("index alone: wall", "index_alone_s", "s"),
    ("index alone: CPU", "index_alone_cpu_s", "s"),
    (f"ratio at most {TARGET_RATIO}x", "ratio_target_met", ""),
    ("load average (1 min)", "load_1min", ""),
    ("cores", "cores", ""),
    ("python", "python", ""),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles (at least 10)")
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind; the median is shown")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--tmp", type=Path, help="make the temporary folder (site and outputs) here")
    args = parser.parse_args(argv)
    if args.n < 10 or args.runs < 1:
        parser.error("N must be at least 10 and --runs at least 1")
    result = run(args.n, args.runs, args.seed, args.tmp)
    rows = [*ROWS]
    if "peak_target_met" in result:
        rows.insert(-3, (f"peak of all at once under {TARGET_PEAK_MB_10K} MB", "peak_target_met", ""))
    width = max(len(label) for label, _, _ in rows)
    for label, key, unit in rows:
        print(f"{label:<{width}}  {result[key]!s:>10} {unit}".rstrip())
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
