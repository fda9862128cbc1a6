"""The weight of a built site's pages and timeline strips: the archive-scale limits, measured.

    python benchmarks/page_weight.py OUT

Prints the three largest HTML pages, how many are over 1 MB, and the bytes of the
timeline strip (the inline ``<svg class="viz timeline-strip">``) on ``timeline/``, on the
actor and the article with the most events, and the largest on any period page.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

STRIP = re.compile(r'<svg class="viz [^"]*timeline-strip.*?</svg>', re.S)
EVENTS = re.compile(r'<desc id="[a-z-]*strip-desc">(\d+) event')


def strip_bytes(page: Path) -> int:
    return sum(len(m.encode()) for m in STRIP.findall(page.read_text(encoding="utf-8")))


def strip_events(page: Path) -> int:
    found = EVENTS.search(page.read_text(encoding="utf-8"))
    return int(found.group(1)) if found else 0


def main(out: Path) -> None:
    pages = sorted(out.rglob("*.html"), key=lambda p: p.stat().st_size)
    print("largest HTML pages:", [(str(p.relative_to(out)), p.stat().st_size) for p in pages[-3:]])
    print("pages over 1 MB:", sum(p.stat().st_size > 1_000_000 for p in pages))
    top = out / "timeline" / "index.html"
    print(f"timeline/: {strip_events(top)} events, strip {strip_bytes(top)} bytes, page {top.stat().st_size}")
    for section in ("actors", "articles"):
        busiest = max((out / section).glob("*/index.html"), key=strip_events)
        print(f"busiest of {section}/: {busiest.parent.name}, {strip_events(busiest)} events, "
              f"strip {strip_bytes(busiest)} bytes, page {busiest.stat().st_size}")
    heaviest = max((out / "timeline").rglob("index.html"), key=strip_bytes)
    print(f"heaviest period strip: {heaviest.relative_to(out)}, {strip_bytes(heaviest)} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
