"""A draft article from wire copy: what the text says (``draft_article``) and its front matter (``render_*``).

The draft is for an editor to finish: the title and summary come from the
first sentence, the actors from the names the text uses, and the timeline from
every sentence that carries a date. What the importer guessed is marked with
YAML comments (``# check``, ``# new? Name``) so that nothing guessed passes
unseen, and the file still validates as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from generator.dates import PartialDate
from generator.importer.dates import find_dates
from generator.importer.names import ActorNames
from generator.importer.text import shorten, slugify, split_sentences


@dataclass
class DraftEvent:
    date: PartialDate
    title: str
    actors: list[str]


@dataclass
class Draft:
    title: str
    date: dt.date
    summary: str
    body: str  # path relative to the article file
    date_note: str = ""  # a "# check" comment when the date is a guess
    actors: list[str] = field(default_factory=list)
    new_names: dict[str, str] = field(default_factory=dict)  # name → proposed actor id
    see_also: list[str] = field(default_factory=list)
    timeline: list[DraftEvent] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slugify(self.title) or "imported-story"


def draft_article(paragraphs: list[str], see_also: list[str], story: dt.date, names: ActorNames,
                  body: str) -> Draft:
    """Title, summary, actors and timeline from the body's paragraphs (dateline and markers taken off)."""
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    first = sentences[0] if sentences else ""
    text = "\n".join(paragraphs)
    new_names: dict[str, str] = {}
    for name in names.propose(text):
        actor_id = slugify(name)
        if actor_id and actor_id not in names.actors and actor_id not in new_names.values():
            new_names[name] = actor_id
    draft = Draft(title=shorten(first), date=story, summary=first, body=body, actors=names.find_ids(text),
                  new_names=new_names, see_also=see_also)
    for sentence in sentences:
        for date in find_dates(sentence, story):
            draft.timeline.append(DraftEvent(date, shorten(sentence), names.find_ids(sentence)))
    draft.timeline.sort(key=lambda event: event.date.sort_key)
    return draft


def _scalar(text: str) -> str:
    """A YAML scalar: plain when it reads back as the same string, else double-quoted."""
    if re.fullmatch(r"[A-Za-z0-9.][\w./ -]*", text) and not re.search(r"\s$|: | #", text) \
            and text.lower() not in {"yes", "no", "true", "false", "null", "on", "off", "y", "n"}:
        return text
    return json.dumps(text, ensure_ascii=False)


def _id_list(ids: list[str]) -> str:
    return "[" + ", ".join(ids) + "]"


def _event_date(date: PartialDate) -> str:
    return date.iso() if date.precision == "day" else f"'{date.iso()}'"


def render_article(draft: Draft, with_new_actors: bool = False) -> str:
    """The article file: front matter only, the body stays in the ``body:`` file."""
    lines = ["---", f"title: {_scalar(draft.title)}", f"date: {draft.date.isoformat()}{draft.date_note}",
             f"summary: {_scalar(draft.summary)}", f"body: {_scalar(draft.body)}", "draft: true"]
    actors = draft.actors + (list(draft.new_names.values()) if with_new_actors else [])
    lines.append(f"actors: {_id_list(actors)}")
    if not with_new_actors:
        lines += [f"# new? {name}" for name in draft.new_names]
    if draft.see_also:
        lines.append("# see_also: the body's SEE ALSO markers are linked automatically:")
        lines += [f"#   {title}" for title in draft.see_also]
    if draft.timeline:
        lines.append("timeline:  # drafted from the sentences that carry a date; check each one")
        for event in draft.timeline:
            lines += [f"  - date: {_event_date(event.date)}", f"    title: {_scalar(event.title)}"]
            if event.actors:
                lines.append(f"    actors: {_id_list(event.actors)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


_ORGANIZATION_WORDS = {"Agency", "Army", "Bank", "Commission", "Committee", "Company", "Corporation", "Council",
                       "Court", "Forces", "Fund", "Group", "Ministry", "Organization", "Organisation", "Party",
                       "Service", "Union"}


def render_actor(name: str) -> str:
    """A draft actor profile for a name the importer proposed (its kind guessed from its last word)."""
    kind = "organization" if name.split()[-1] in _ORGANIZATION_WORDS else "person"
    return (f"---\nname: {_scalar(name)}\nkind: {kind}  # check: person, organization, country, place, media "
            f"or group\naliases: []\nrole: ''\n---\n{name} was named in an imported story; write a short "
            "biography here.\n")
