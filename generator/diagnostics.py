"""Content problems as values: collected by every stage, printed once.

Error tree::

    Exception
     └── ContentError        the site has errors; carries every Diagnostic
                             (cli.py prints them and exits with status 1)

A ``Diagnostic`` is one problem at one place (``path:line:column``); a
``Diagnostics`` collector gathers them so that one run reports everything,
not just the first. Warnings use the same type, so ``--strict`` is a filter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True, slots=True)
class Location:
    """A place in the site: a site-relative POSIX path, 1-based line and column."""

    src_path: str
    line: int = 1
    column: int = 1


@dataclass(frozen=True, order=True)
class Diagnostic:
    src_path: str
    line: int
    column: int
    severity: str  # "error" | "warning"
    message: str

    def __str__(self) -> str:
        text = f"{self.src_path}:{self.line}:{self.column}: {self.severity}: {self.message}"
        return text.translate(_ESCAPED) if not text.isprintable() else text


# A control character in a file name or a quoted value (a newline in a file name, say) is shown
# escaped, so that each problem stays one line of the form above.
_ESCAPED = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))}


class ContentError(Exception):
    """The site's content has errors; ``diagnostics`` lists every one of them."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


@dataclass
class Diagnostics:
    """Collects problems; stages record and carry on with what they can."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, where: Location, message: str) -> None:
        self.items.append(Diagnostic(where.src_path, where.line, where.column, "error", message))

    def warning(self, where: Location, message: str) -> None:
        self.items.append(Diagnostic(where.src_path, where.line, where.column, "warning", message))

    @property
    def errors(self) -> list[Diagnostic]:
        return sorted(d for d in self.items if d.severity == "error")

    @property
    def warnings(self) -> list[Diagnostic]:
        return sorted(d for d in self.items if d.severity == "warning")

    def raise_if_errors(self) -> None:
        if any(d.severity == "error" for d in self.items):
            raise ContentError(self.errors)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(sorted(set(self.items)))

    def __len__(self) -> int:
        return len(self.items)
