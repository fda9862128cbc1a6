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

import yaml

from generator.importer.dates import date_in_file_name, date_in_text, dateline_day
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

    language = site_language(site_root)
    wire = parse_wire_copy(text)
    paragraphs = [p.text for p in wire.paragraphs]
    if not paragraphs:
        print(f"{file}: error: no story text, only SEE ALSO markers; nothing was written", file=report.err)
        return 1
    dateline, paragraphs[0] = split_dateline(paragraphs[0])
    note = ""
    story = story or date_in_file_name(file.name) or date_in_text(dateline.date if dateline else "", paragraphs,
                                                                  language)
    if story is None and dateline and (day := dateline_day(dateline.date, today or dt.date.today(), language)):
        story = day
        note = "  # check: the dateline's day, in the last year it fell by today"
    if story is None:
        story = today or dt.date.today()
        note = "  # check: today's date; the story names no date with a year"
    names = ActorNames.load(site_root)
    body = os.path.relpath(seed, site_root / "content" / "articles").replace(os.sep, "/")
    draft = draft_article([p for p in paragraphs if p], [t for t, _ in wire.see_also], story, names, body, language,
                          dateline.place if dateline else "")
    draft.date_note = note

    article = site_root / "content" / "articles" / f"{draft.slug}.md"
    if article.exists():
        if make_actors and _body_of(article) == body:
            written = _write_actors(draft, site_root, report)
            report.info(f"kept {_rel(article, site_root)} (this story is imported already); "
                        f"{written} new actor profile{'s' if written != 1 else ''} written")
            return 0
        print(f"{file}: error: {_rel(article, site_root)} already exists; nothing was written "
              "(rename or remove it to import this story again)", file=report.err)
        return 1
    _write(seed, data, site_root, report)
    _write(article, render_article(draft, with_new_actors=make_actors).encode(), site_root, report)
    written = _write_actors(draft, site_root, report) if make_actors else 0
    unsure = sum(not event.sure for event in draft.timeline)
    key = [a for a in draft.actors if make_actors or a not in draft.new_ids]
    report.info(f"drafted {len(draft.timeline)} timeline events ({unsure} marked '# check'), {len(key)} key actors, "
                f"{len(draft.new_names)} new names ({written} profiles written); edit the front matter, "
                "then remove 'draft: true'")
    return 0


def site_language(site_root: Path) -> str:
    """The site's ``language:`` (``en`` when site.yaml does not say or cannot be read; ``check`` reports it)."""
    try:
        data = yaml.safe_load((site_root / "site.yaml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return "en"
    language = data.get("language") if isinstance(data, dict) else None
    return language if isinstance(language, str) and language.strip() else "en"


def _body_of(article: Path) -> str | None:
    """The ``body:`` an existing article names (None when it cannot be read)."""
    try:
        text = article.read_text(encoding="utf-8")
        data = yaml.safe_load(text.split("---\n")[1]) if text.startswith("---\n") else None
    except (OSError, UnicodeDecodeError, IndexError, yaml.YAMLError):
        return None
    return data.get("body") if isinstance(data, dict) else None


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


def _write_actors(draft: Draft, site_root: Path, report: Reporter) -> int:
    """Write a draft profile for each new name that has none; how many were written."""
    written = 0
    for new in draft.new_names:
        path = site_root / "content" / "actors" / f"{new.id}.md"
        if path.exists():
            report.info(f"kept {_rel(path, site_root)} (it already exists)")
            continue
        _write(path, render_actor(new).encode(), site_root, report)
        written += 1
    return written


def _rel(path: Path, site_root: Path) -> str:
    try:
        return path.resolve().relative_to(site_root.resolve()).as_posix()
    except ValueError:
        return str(path)
