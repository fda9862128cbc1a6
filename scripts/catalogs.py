#!/usr/bin/env python3
"""The theme's translation catalogs, with Babel: extract, update, compile.

    python scripts/catalogs.py            # extract + update every .po + compile every .mo
    python scripts/catalogs.py compile    # compile only
    python scripts/catalogs.py init LANG  # start layouts/locales/LANG/LC_MESSAGES/theme.po

Messages come from the layouts ({% trans %}, _()) and the Python that writes
pages (_(), N_(), ngettext), as babel.cfg says; the template is
layouts/locales/theme.pot and each language's catalog is
layouts/locales/<lang>/LC_MESSAGES/theme.po, compiled to theme.mo beside it
(both are shipped in the wheel, under generator/layouts/locales/).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "layouts" / "locales"
POT = LOCALES / "theme.pot"


def pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract() -> None:
    pybabel("extract", "-F", str(ROOT / "babel.cfg"), "-o", str(POT), "--no-location", "--sort-output",
            "--omit-header", "--project", "explainer", "-c", "TRANSLATORS:", ".")


def update() -> None:
    pybabel("update", "-i", str(POT), "-d", str(LOCALES), "-D", "theme", "--no-fuzzy-matching",
            "--ignore-obsolete")


def compile_all() -> None:
    pybabel("compile", "-d", str(LOCALES), "-D", "theme", "--statistics")


def main(argv: list[str]) -> int:
    os.chdir(ROOT)  # babel.cfg's patterns are relative to the repository
    if argv[:1] == ["compile"]:
        compile_all()
    elif argv[:1] == ["init"] and len(argv) == 2:
        pybabel("init", "-i", str(POT), "-d", str(LOCALES), "-D", "theme", "-l", argv[1])
    elif not argv:
        extract()
        update()
        compile_all()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
