"""How well ``explainer import`` dates a story's events, measured on tests/import-corpus/.

Each story is drafted as the importer drafts it (report date from the dateline,
dates read in the story's language) and its timeline is compared with the
hand-written truth beside it: an expected event is *found* when a drafted event
has its date (each drafted event matches at most one expected event); a drafted
event whose date matches no expected event (optional ones included) is a *wrong
date*. Printed: per story found / expected and wrong dates, then the totals
(recall, wrong dates per story on average, milliseconds per story).

    python benchmarks/import_accuracy.py [--engine rules|dateparser] [-v]

``--engine dateparser`` dates the events with dateparser's ``search_dates``
instead (report date as RELATIVE_BASE, the story's language; the same tense
cues choose PREFER_DATES_FROM), for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.dates import PartialDate, parse_date  # noqa: E402
from generator.importer.dates import date_in_text  # noqa: E402
from generator.importer.draft import draft_article  # noqa: E402
from generator.importer.names import ActorNames  # noqa: E402
from generator.importer.text import split_dateline  # noqa: E402
from generator.load.wirecopy import parse_wire_copy  # noqa: E402

CORPUS = ROOT / "tests" / "import-corpus"


@dataclass
class Score:
    name: str
    expected: int
    found: int
    wrong: int
    story_date_ok: bool
    missed: list[str]
    extra: list[str]
    seconds: float


def _date(value: object) -> str:
    return parse_date(value if isinstance(value, str) else str(value)).iso()


def draft_dates(path: Path, language: str, engine: str) -> tuple[dt.date | None, list[str]]:
    """The report date the importer reads and the dates of the events it drafts."""
    wire = parse_wire_copy(path.read_text(encoding="utf-8"))
    paragraphs = [p.text for p in wire.paragraphs]
    dateline, paragraphs[0] = split_dateline(paragraphs[0])
    story = date_in_text(dateline.date if dateline else "", paragraphs, language)
    if story is None:
        return None, []
    if engine == "dateparser":
        return story, dateparser_dates(paragraphs, story, language)
    draft = draft_article([p for p in paragraphs if p], [], story, ActorNames({}, _empty_index()), "x", language)
    return story, [event.date.iso() for event in draft.timeline]


def _empty_index():  # type: ignore[no-untyped-def]
    from generator.link.mentions import NameIndex

    return NameIndex.build({})


def dateparser_dates(paragraphs: list[str], story: dt.date, language: str) -> list[str]:
    """The comparison engine: dateparser's search_dates on each clause, precision from get_date_data."""
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    from generator.importer.dates import BACK, FORWARD, direction
    from generator.importer.lexicon import lexicon
    from generator.importer.text import split_clauses, split_sentences

    base = dt.datetime(story.year, story.month, story.day)
    lex = lexicon(language)
    dates: list[str] = []
    for sentence in (s for p in paragraphs for s in split_sentences(p, language)):
        for a, b in split_clauses(sentence, language):
            clause = sentence[a:b]
            way = direction(clause, 0, 0, lex)
            prefer = {FORWARD: "future", BACK: "past"}.get(way, "current_period")
            settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer}
            found = search_dates(clause, languages=[lex.language], settings=settings) or []
            parser = DateDataParser(languages=[lex.language], settings=settings)
            for text, when in found:
                period = parser.get_date_data(text).period or "day"
                date = (PartialDate(when.year) if period == "year" else
                        PartialDate(when.year, when.month) if period == "month" else
                        PartialDate(when.year, when.month, when.day))
                dates.append(date.iso())
    return dates


def score(truth_path: Path, engine: str) -> Score:
    truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    story, drafted = draft_dates(truth_path.with_suffix(".txt"), truth["language"], engine)
    seconds = time.perf_counter() - started
    required = Counter(_date(e["date"]) for e in truth["events"] if not e.get("optional"))
    optional = Counter(_date(e["date"]) for e in truth["events"] if e.get("optional"))
    got = Counter(drafted)
    found = required & got
    rest = got - found
    extra = rest - optional
    missed = required - found
    return Score(truth_path.stem, sum(required.values()), sum(found.values()), sum(extra.values()),
                 story == truth["date"], sorted(missed.elements()), sorted(extra.elements()), seconds)


def measure(engine: str = "rules", corpus: Path = CORPUS) -> list[Score]:
    return [score(path, engine) for path in sorted(corpus.glob("*.yaml"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=("rules", "dateparser"), default="rules")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the missed and the wrong dates")
    args = parser.parse_args(argv)
    scores = measure(args.engine)
    for s in scores:
        flag = "" if s.story_date_ok else "  (report date misread)"
        print(f"{s.name:32} found {s.found:2}/{s.expected:2}  wrong {s.wrong}{flag}")
        if args.verbose and (s.missed or s.extra):
            print(f"{'':32} missed {s.missed}  wrong {s.extra}")
    expected = sum(s.expected for s in scores)
    found = sum(s.found for s in scores)
    wrong = sum(s.wrong for s in scores)
    by_language: dict[str, list[Score]] = {}
    for s in scores:
        by_language.setdefault(s.name.split("-")[0], []).append(s)
    print(f"\nengine {args.engine}: {len(scores)} stories, events found {found}/{expected} "
          f"({100 * found / expected:.1f}%), wrong dates {wrong} ({wrong / len(scores):.2f} per story), "
          f"{1000 * sum(s.seconds for s in scores) / len(scores):.0f} ms per story")
    for language, group in sorted(by_language.items()):
        e, f, w = (sum(getattr(s, k) for s in group) for k in ("expected", "found", "wrong"))
        print(f"  {language}: {len(group)} stories, found {f}/{e}, wrong {w}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
