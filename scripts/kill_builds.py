"""Usage: python scripts/kill_builds.py SITE OUT N

Start ``explainer build`` N times and SIGKILL each at a random moment (if it is still running); after
each, check that OUT holds the whole site. A thread reads OUT/index.html all the while and counts the
reads that find nothing. One more build at the end must leave only OUT's folder and lock beside it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = str(Path(__file__).resolve().parent.parent)


def files(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} if out.exists() else set()


def main() -> None:
    site, out, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    command = [sys.executable, "-m", "generator", "build", "-s", str(site), "-o", str(out), "-q"]
    subprocess.run(command, check=True, cwd=REPO)
    expected = files(out)
    stop = threading.Event()
    reads, misses = [0], [0]

    def poll() -> None:
        while not stop.is_set():
            try:
                (out / "index.html").read_bytes()
                reads[0] += 1
            except OSError:
                misses[0] += 1

    threading.Thread(target=poll, daemon=True).start()
    random.seed(1)
    broken = killed = 0
    for _ in range(runs):
        process = subprocess.Popen(command, cwd=REPO, start_new_session=True)
        time.sleep(random.uniform(0.05, 2.5))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            killed += 1
        process.wait()
        broken += files(out) != expected
    subprocess.run(command, check=True, cwd=REPO)
    stop.set()
    beside = sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))
    print(f"{runs} builds, {killed} killed with SIGKILL; OUT not whole after {broken}; after one more build, "
          f"beside OUT: {beside}; reader: {reads[0]} reads, {misses[0]} found nothing")


if __name__ == "__main__":
    main()
