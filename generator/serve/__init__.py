"""``explainer serve``: build into a temporary folder, serve it, rebuild and reload on change.

The server (``server``) answers from the last good build only; the watcher
(``watchfiles``, one change set per burst of saves) drives ``rebuild.Builder``
in the main thread; ``livereload`` tells open pages when to reload and which
error to show. Ctrl-C stops everything and removes the temporary folder.
"""

from __future__ import annotations

import dataclasses
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import watchfiles

from generator.build import BuildOptions
from generator.report import Reporter
from generator.serve.livereload import BuildState
from generator.serve.rebuild import Builder, is_source
from generator.serve.server import SiteServer
from generator.serve.workdir import Workdir

__all__ = ["serve"]

DEBOUNCE_MS = 1600  # longest burst of saves gathered into one rebuild
QUIET_MS = 50  # a burst ends after this long without a change
IDLE_MS = 200  # the watcher reports in (with no changes) at least this often


def display_url(bind: str, port: int) -> str:
    host = "127.0.0.1" if bind in ("", "0.0.0.0", "::") else bind
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(options: BuildOptions, bind: str, port: int, report: Reporter) -> int:
    state = BuildState()
    try:
        server = SiteServer((bind, port), state, log=report.verbose)
    except OSError as exc:
        print(f"explainer: error: cannot listen on {bind}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    url = display_url(bind, server.server_address[1])
    options = dataclasses.replace(options, serve=True, base_url=options.base_url or url)
    workdir = Workdir()  # and the folders of sessions that were killed are deleted
    builder = Builder(options, workdir.path, state, report)
    thread = threading.Thread(target=server.serve_forever, name="explainer-http", daemon=True)
    stop = threading.Event()
    changes = watch(options.site_root, stop, report.err)
    in_main = threading.current_thread() is threading.main_thread()
    on_term = signal.signal(signal.SIGTERM, signal.default_int_handler) if in_main else None  # `kill` = Ctrl-C
    try:
        next(changes)  # the watcher runs from here on: no save is missed, even during the first build
        builder.rebuild()
        thread.start()
        report.info(f"Serving {options.site_root} at {url} (Ctrl-C to stop)")
        sys.stdout.flush()
        for changed in changes:
            if changed:
                builder.rebuild(changed)
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        changes.close()
        if thread.is_alive():
            server.shutdown()
        server.server_close()
        workdir.remove()
        if in_main:
            signal.signal(signal.SIGTERM, on_term)
    report.info("stopped")
    return 0


def watch(site_root: Path, stop: threading.Event, err: TextIO | None = None) -> Iterator[set[Path]]:
    """Changed sources, one set per burst of saves (an empty set when nothing changed for a while).

    When the system will not give more file watches (Linux's inotify limit), it polls instead.
    """
    try:
        yield from _watch(site_root, stop, force_polling=None)
    # watchfiles' own error for a watcher that cannot start (e.g. "OS file watch limit reached")
    # is a RuntimeError; its class lives in a private module, so it is not named here
    except (OSError, RuntimeError) as exc:
        print(f"explainer: file events unavailable ({exc}); polling for changes instead",
              file=err or sys.stderr)
        yield from _watch(site_root, stop, force_polling=True)


def _watch(site_root: Path, stop: threading.Event, force_polling: bool | None) -> Iterator[set[Path]]:
    def wanted(_change: watchfiles.Change, path: str) -> bool:
        return is_source(Path(path), site_root)

    for changes in watchfiles.watch(site_root, watch_filter=wanted, debounce=DEBOUNCE_MS, step=QUIET_MS,
                                    stop_event=stop, rust_timeout=IDLE_MS, yield_on_timeout=True,
                                    raise_interrupt=True, force_polling=force_polling):
        yield {Path(path) for _change, path in changes}
