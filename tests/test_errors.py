"""Each folder of tests/sites-invalid/ is a small site whose build must fail with exactly
the lines of its expected-errors.txt (sorted by path, line and column). Adding a case is
adding a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.diagnostics import ContentError, Diagnostics

CASES = Path(__file__).resolve().parent / "sites-invalid"
SITES = sorted(p for p in CASES.iterdir() if p.is_dir())


def test_every_invalid_site_case_says_what_it_expects() -> None:
    """A case folder without its expected errors would pass without checking anything."""
    assert [p.name for p in SITES if not (p / "expected-errors.txt").is_file()] == []


@pytest.mark.parametrize("site", SITES, ids=[p.name for p in SITES])
def test_an_invalid_site_reports_exactly_its_expected_errors(site: Path) -> None:
    expected = (site / "expected-errors.txt").read_text(encoding="utf-8").splitlines()
    with pytest.raises(ContentError) as caught:
        build(BuildOptions(site_root=site, write=False), Diagnostics())
    assert [str(d) for d in caught.value.diagnostics] == expected


def test_errors_in_three_files_come_from_one_build_in_path_and_line_order() -> None:
    with pytest.raises(ContentError) as caught:
        build(BuildOptions(site_root=CASES / "errors-in-three-files", write=False), Diagnostics())
    found = caught.value.diagnostics
    assert len({d.src_path for d in found}) == 3
    assert found == sorted(found, key=lambda d: (d.src_path, d.line, d.column))

