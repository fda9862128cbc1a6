"""Terminal output: everything the commands print goes through one ``Reporter``.

Errors are printed one a line (``path:line:column: error: message``), warnings
grouped under a header line per file. ``quiet`` keeps errors only; ``verbose``
adds each build stage's timing. Colour (ANSI) only when the stream is a
terminal and NO_COLOR is unset. A build that runs past ``progress_after``
seconds shows the stage it is in (a status line on a terminal, plain lines
elsewhere).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from itertools import groupby
from typing import TextIO

from generator.diagnostics import Diagnostic

STYLES = {"error": "1;31", "warning": "1;33", "header": "1", "ok": "32", "dim": "2"}


def wants_colour(stream: TextIO) -> bool:
    """ANSI colour only on a terminal, and never when NO_COLOR is set (https://no-color.org/)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


class Reporter:
    """Everything the commands print goes through here (tests can capture it)."""

    def __init__(self, quiet: bool = False, verbose: bool = False, out: TextIO | None = None,
                 err: TextIO | None = None, progress_after: float = 2.0) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.progress_after = progress_after
        self._stage: str | None = None
        self._stage_started = 0.0
        self._started = 0.0
        self._status_line = False
        self.timings: list[tuple[str, float]] = []

    def paint(self, text: str, style: str, stream: TextIO) -> str:
        return f"\x1b[{STYLES[style]}m{text}\x1b[0m" if wants_colour(stream) else text

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=self.out)

    def success(self, message: str) -> None:
        if not self.quiet:
            print(self.paint(message, "ok", self.out), file=self.out)

    def detail(self, message: str) -> None:
        if self.verbose:
            print(message, file=self.out)

    def error(self, message: str) -> None:
        """A problem with the command itself (not a content error): ``explainer: error: message``."""
        print(f"explainer: {self.paint('error', 'error', self.err)}: {message}", file=self.err)

    def diagnostics(self, items: Sequence[Diagnostic], warnings_too: bool = False) -> None:
        """Errors one a line; then warnings (unless quiet and not ``warnings_too``), grouped by file."""
        unique = sorted(set(items))
        for item in unique:
            if item.severity == "error":
                severity = self.paint("error", "error", self.err)
                print(f"{item.src_path}:{item.line}:{item.column}: {severity}: {item.message}", file=self.err)
        if self.quiet and not warnings_too:
            return
        warnings = [item for item in unique if item.severity != "error"]
        for path, group in groupby(warnings, key=lambda d: d.src_path):
            entries = list(group)
            count = f"{len(entries)} warning{'s' if len(entries) != 1 else ''}"
            print(f"{self.paint(path, 'header', self.err)} ({count})", file=self.err)
            for item in entries:
                severity = self.paint(item.severity, "warning", self.err)
                print(f"  {item.line}:{item.column}: {severity}: {item.message}", file=self.err)

    # -- build stages: timing (--verbose) and progress for long builds --

    def stage(self, name: str) -> None:
        """Called by the build as each stage starts; shown once the build has run ``progress_after`` seconds.

        No timer thread: a thread alive while the build forks its helpers would be copied into
        them with whatever lock it held.
        """
        now = time.perf_counter()
        if self._stage is None:
            self._started = now
        else:
            self.timings.append((self._stage, now - self._stage_started))
        self._stage, self._stage_started = name, now
        if not self.quiet and now - self._started >= self.progress_after:
            self._show(name)

    def stages_done(self) -> None:
        """The build ended (or failed): clear the progress line, print the timings when verbose."""
        now = time.perf_counter()
        if self._stage is not None:
            self.timings.append((self._stage, now - self._stage_started))
        self._stage = None
        if self._status_line:
            self.err.write("\r\x1b[K")
            self.err.flush()
            self._status_line = False
        for name, seconds in self.timings:
            self.detail(f"  {name:<8} {seconds * 1000:8.1f} ms")

    def _show(self, name: str) -> None:
        elapsed = time.perf_counter() - self._started
        if getattr(self.err, "isatty", lambda: False)():
            self.err.write(f"\r\x1b[Kbuilding: {name}… ({elapsed:.1f} s)")
            self._status_line = True
        else:
            self.err.write(f"building: {name}… ({elapsed:.1f} s)\n")
        self.err.flush()
