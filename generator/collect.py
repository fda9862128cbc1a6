"""Garbage collection tuned for a build: the site model lives until the end.

A build allocates hundreds of thousands of objects (the loaded site, token
streams, template contexts) and almost all of those that survive a stage live
until the build ends. CPython's collector would scan them again and again:
every 700 new objects a young collection, and full collections as the old
generation grows. On a 1,000-article site that was about a tenth of the
build's time. ``tuned_collection()`` raises the collection thresholds for
the build, and ``keep()`` moves everything alive so far (the site after a
stage) out of the collector's sight; both are undone when the build ends, so
a long-running ``explainer serve`` frees old builds as usual. Freezing before
the workers fork also keeps their collections off the pages they share.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# CPython's defaults are (700, 10, 10): a young collection every 700 new objects, a
# middle one every 10 young ones, a full one every 10 middle ones. Measured on
# benchmarks/build.py's site, these gave the fastest builds (larger was no faster).
THRESHOLDS = (20_000, 20, 100)


@contextmanager
def tuned_collection() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(*THRESHOLDS)
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def keep() -> None:
    """Everything alive now lives to the end of the build: stop scanning it."""
    gc.freeze()
