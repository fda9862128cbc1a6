"""How well ``explainer import`` proposes a story's actors, measured on stories whose truth lists them.

A truth file (``NAME.yaml`` beside ``NAME.txt``, see tests/import-corpus/README.md)
may hold ``actors:``, each with ``name``, ``kind``, optional ``also`` (the other
forms the story uses) and ``key: true`` for the few central ones. Each story is
drafted as the importer drafts it on a site with no actors yet, and its new names
are compared with that list:

  names   a proposed name is *right* when it is an actor's name or one of its
          ``also`` forms (case and spacing aside); precision is the share of
          proposed names that are right, recall the share of actors proposed;
  kinds   the share of right names whose guessed kind is the truth's;
  key     the key actors the draft lists against the truth's ``key: true``.

    python benchmarks/import_actors.py [--corpus DIR] [-v]

Stories without ``actors:`` are skipped. ``-v`` lists, per story, the names proposed
that are no actor, the actors missed and the kinds guessed wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from import_accuracy import CORPUS, draft_of


@dataclass
class ActorScore:
    name: str
    language: str
    proposed: int = 0
    right: int = 0
    actors: int = 0
    found: int = 0
    kinds_right: int = 0
    key_drafted: int = 0
    key_truth: int = 0
    key_right: int = 0
    wrong_names: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    wrong_kinds: list[str] = field(default_factory=list)


def _form(text: str) -> str:
    """A name as compared: case, spacing, apostrophes and Russian "ё" (written "е" as often) aside."""
    return " ".join(text.replace("’", "'").replace("ё", "е").replace("Ё", "Е").split()).casefold()


def score(truth_path: Path) -> ActorScore | None:
    truth = yaml.safe_load(truth_path.read_text(encoding="utf-8"))
    actors = truth.get("actors") or []
    if not actors:
        return None
    language = truth["language"]
    _, draft = draft_of(truth_path.with_suffix(".txt"), language, dt.date.fromisoformat(str(truth["date"])))
    result = ActorScore(truth_path.stem, language, actors=len(actors),
                        key_truth=sum(1 for a in actors if a.get("key")))
    if draft is None:
        return result
    forms = {}
    for index, actor in enumerate(actors):
        for form in [actor["name"], *(actor.get("also") or [])]:
            forms.setdefault(_form(str(form)), index)
    matched: dict[int, str] = {}  # truth actor → the id of the new name that proposed it
    for new in draft.new_names:
        result.proposed += 1
        index = forms.get(_form(new.name))
        if index is None:
            result.wrong_names.append(new.name)
            continue
        result.right += 1
        if index in matched:
            continue  # a second form of an actor already proposed is right, but found once
        matched[index] = new.id
        if new.kind == actors[index]["kind"]:
            result.kinds_right += 1
        else:
            result.wrong_kinds.append(f"{new.name}: {new.kind}, not {actors[index]['kind']}")
    result.found = len(matched)
    result.missed = [a["name"] for i, a in enumerate(actors) if i not in matched]
    key_ids = set(draft.actors)
    result.key_drafted = len(key_ids)
    result.key_right = sum(1 for i, actor_id in matched.items() if actors[i].get("key") and actor_id in key_ids)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "held-out", help="a folder of NAME.txt + NAME.yaml")
    parser.add_argument("-v", "--verbose", action="store_true", help="list wrong names, missed actors, wrong kinds")
    args = parser.parse_args(argv)
    scores = [s for path in sorted(args.corpus.glob("*.yaml")) if (s := score(path)) is not None]
    if not scores:
        print(f"no story in {args.corpus} lists its actors")
        return 1
    for s in scores:
        print(f"{s.name:34} proposed {s.proposed:2} right {s.right:2}  actors {s.found:2}/{s.actors:2}  "
              f"kinds {s.kinds_right:2}/{s.found:2}  key {s.key_right}/{s.key_truth} ({s.key_drafted} drafted)")
        if args.verbose:
            for label, items in (("no actor", s.wrong_names), ("missed", s.missed), ("kind", s.wrong_kinds)):
                if items:
                    print(f"{'':34} {label}: {'; '.join(items)}")
    groups: dict[str, list[ActorScore]] = {"all": scores}
    for s in scores:
        groups.setdefault(s.language, []).append(s)
    print(f"\n{len(scores)} stories: names proposed that are actors (precision), actors proposed (recall), "
          "kinds right among them, key actors drafted that are key")
    for language, group in groups.items():
        proposed, right, actors, found, kinds, key_drafted, key_right, key_truth = (
            sum(getattr(s, k) for s in group) for k in
            ("proposed", "right", "actors", "found", "kinds_right", "key_drafted", "key_right", "key_truth"))
        print(f"  {language:4} precision {right}/{proposed} ({100 * right / max(proposed, 1):.0f}%)  "
              f"recall {found}/{actors} ({100 * found / max(actors, 1):.0f}%)  "
              f"kinds {kinds}/{found} ({100 * kinds / max(found, 1):.0f}%)  "
              f"key {key_right}/{key_drafted} drafted, of {key_truth}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
