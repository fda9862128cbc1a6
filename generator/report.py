"""Terminal output: everything the commands print goes through one ``Reporter``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from generator.diagnostics import Diagnostic


class Reporter:
    """Everything the commands print goes through here (tests can capture it)."""

    def __init__(self, quiet: bool = False, verbose: bool = False, out: TextIO | None = None,
                 err: TextIO | None = None) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.out = out or sys.stdout
        self.err = err or sys.stderr

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=self.out)

    def detail(self, message: str) -> None:
        if self.verbose:
            print(message, file=self.out)

    def diagnostics(self, items: Sequence[Diagnostic]) -> None:
        for item in sorted(set(items)):
            if item.severity == "error" or not self.quiet:
                print(item, file=self.err)
