#!/usr/bin/env python3
"""A newsroom archive: build time and memory with search on, as the site grows.

    python benchmarks/archive.py [N ...] [--tmp DIR] [--seed S]

For each N (default 1,000, 10,000, 30,000 and 100,000 articles), writes the
synthetic site of ``build.py`` with ``search: true`` and builds it once with
``explainer build`` in a fresh process, then prints, per size: wall and CPU
seconds, the largest resident set of any one process (the build, its forked
helpers, the search index's process, Pagefind), the largest total of the
whole process tree at once (its proportional set size, shared pages counted
once, sampled every 0.2 s from /proc), the content's
size, and the files written. Memory per article is printed too, so the
curve's shape shows: a falling figure is growth slower than the archive.
One build per size: at 100,000 articles a build takes minutes, and the
figures that matter here are far apart.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import SEED, count_output, make_site, versions

SIZES = (1_000, 10_000, 30_000, 100_000)


def tree_pss(root: int, own_only: bool = False) -> int:
    """Bytes resident in ``root`` and every process descended from it (``own_only``: in ``root`` alone),
    now: the proportional set size, so memory that forked processes share is counted once."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    parent = int(stat.read().rsplit(") ", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as rollup:
                total += next(int(line.split()[1]) * 1024 for line in rollup if line.startswith("Pss:"))
        except (OSError, IndexError, ValueError, StopIteration):
            pass
        if not own_only:
            todo += children.get(pid, [])
    return total


def build_with_search(root: Path, out: Path, log: Path) -> dict[str, float]:
    command = [sys.executable, "-m", "generator", "build", "-s", str(root), "-o", str(out)]
    peak = [0]
    with log.open("w") as sink:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=sink, stderr=sink)
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                peak[0] = max(peak[0], tree_pss(child.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build failed:\n{log.read_text()[-4000:]}")
    return {"wall_s": round(wall, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "peak_process_mb": round(usage.ru_maxrss / 1024), "peak_tree_mb": round(peak[0] / 2**20)}


def content_mb(root: Path) -> float:
    return sum(p.stat().st_size for p in (root / "content").rglob("*") if p.is_file()) / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=list(SIZES), help="numbers of articles")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--tmp", type=Path, help="make the site and its output here")
    args = parser.parse_args(argv)
    rows = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="explainer-archive-", dir=args.tmp) as tmp:
            root, out = Path(tmp) / "site", Path(tmp) / "public"
            make_site(root, n, args.seed, search=True)
            row: dict[str, float | int | str] = {"articles": n, "content_mb": round(content_mb(root))}
            row.update(build_with_search(root, out, Path(tmp) / "build.log"))
            pages, files = count_output(out)
            row.update(pages=pages, files=files, load_1min=round(os.getloadavg()[0], 2))
            row["tree_kb_per_article"] = round(float(row["peak_tree_mb"]) * 1024 / n, 1)
            shutil.rmtree(out.resolve(), ignore_errors=True)
        rows.append(row)
        print(f"{n:>8} articles  {row['content_mb']:>5} MB content  {row['wall_s']:>7} s wall  {row['cpu_s']:>7} s CPU"
              f"  peak {row['peak_process_mb']:>5} MB one process, {row['peak_tree_mb']:>5} MB all at once"
              f"  ({row['tree_kb_per_article']} KB/article)  {files} files", flush=True)
    print(json.dumps({"rows": rows, "cores": os.cpu_count(), **versions()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
