"""``explainer import FILE``: draft an article from raw wire copy, never overwriting anything.

The story's text stays in ``SITE/seeds/`` (copied there byte for byte when it
is elsewhere) and a new ``content/articles/SLUG.md`` names it as its ``body:``,
with front matter drafted from the text (see ``draft.py``). With ``--actors``,
draft profiles are written for the new names too. Every destination is
checked before the first file is written, so a refusal leaves the site as it was.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from generator.importer.dates import date_in_file_name, date_in_text
from generator.importer.draft import Draft, draft_article, render_actor, render_article
from generator.importer.names import ActorNames
from generator.importer.text import WireError, read_wire, split_dateline
from generator.load.wirecopy import parse_wire_copy
from generator.report import Reporter

__all__ = ["import_wire"]


def import_wire(file: Path, site_root: Path, date: str | None, make_actors: bool, report: Reporter,
                today: dt.date | None = None) -> int:
    """Write the draft article (and, with ``make_actors``, draft actor files); 0 done, 1 bad input."""
    try:
        story = _parse_date_option(date)
        data, text = read_wire(file)
        if not (site_root / "site.yaml").is_file():
            raise WireError(f"'{site_root}' is not a site (it has no site.yaml); pass the site with -s SITE")
        seed = _seed_destination(file, data, site_root)
    except WireError as exc:
        print(f"{file}: error: {exc}", file=report.err)
        return 1

    wire = parse_wire_copy(text)
    paragraphs = [p.text for p in wire.paragraphs]
    if not paragraphs:
        print(f"{file}: error: no story text, only SEE ALSO markers; nothing was written", file=report.err)
        return 1
    dateline, paragraphs[0] = split_dateline(paragraphs[0])
    note = ""
    story = story or date_in_file_name(file.name) or date_in_text(dateline.date if dateline else "", paragraphs)
    if story is None:
        story = today or dt.date.today()
        note = "  # check: today's date; the story names no date with a year"
    names = ActorNames.load(site_root)
    body = os.path.relpath(seed, site_root / "content" / "articles").replace(os.sep, "/")
    draft = draft_article([p for p in paragraphs if p], [t for t, _ in wire.see_also], story, names, body)
    draft.date_note = note

    article = site_root / "content" / "articles" / f"{draft.slug}.md"
    if article.exists():
        print(f"{file}: error: {_rel(article, site_root)} already exists; nothing was written "
              "(rename or remove it to import this story again)", file=report.err)
        return 1
    _write(seed, data, site_root, report)
    _write(article, render_article(draft, with_new_actors=make_actors).encode(), site_root, report)
    if make_actors:
        _write_actors(draft, site_root, report)
    report.info(f"drafted {len(draft.timeline)} timeline events, {len(draft.actors)} actors, "
                f"{len(draft.new_names)} new names; edit the front matter, then remove 'draft: true'")
    return 0


def _parse_date_option(date: str | None) -> dt.date | None:
    if date is None:
        return None
    try:
        return dt.date.fromisoformat(date)
    except ValueError:
        raise WireError(f"--date '{date}' is not a date; use YYYY-MM-DD, e.g. 2024-11-10") from None


def _seed_destination(file: Path, data: bytes, site_root: Path) -> Path:
    """Where the body lives in ``seeds/``; a different file of the same name there is a refusal."""
    seeds = site_root / "seeds"
    if file.resolve().parent == seeds.resolve():
        return file.resolve()
    target = seeds / file.name
    if target.exists() and (not target.is_file() or target.read_bytes() != data):
        raise WireError(f"{_rel(target, site_root)} already exists with different content; "
                        "rename the file to import it, nothing was written")
    return target


def _write(path: Path, data: bytes, site_root: Path, report: Reporter) -> None:
    if path.exists():
        return  # the seed is already in place (same bytes, checked before)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as handle:  # "x": never replace a file that appeared meanwhile
        handle.write(data)
    report.info(f"wrote {_rel(path, site_root)}")


def _write_actors(draft: Draft, site_root: Path, report: Reporter) -> None:
    for name, actor_id in draft.new_names.items():
        path = site_root / "content" / "actors" / f"{actor_id}.md"
        if path.exists():
            report.info(f"kept {_rel(path, site_root)} (it already exists)")
            continue
        _write(path, render_actor(name).encode(), site_root, report)


def _rel(path: Path, site_root: Path) -> str:
    try:
        return path.resolve().relative_to(site_root.resolve()).as_posix()
    except ValueError:
        return str(path)
