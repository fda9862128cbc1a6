"""Events: items of an article's ``timeline:`` or of a content/timeline/*.yaml list."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostics, Location
from generator.load.fields import Fields, type_name
from generator.load.files import read_text
from generator.load.yamlfile import YamlError, YDict, YList, parse_yaml
from generator.model import Event

EVENT_KEYS = ("date", "end", "approximate", "title", "text", "actors", "source", "same_as")


def parse_event(item: object, where: Location, diags: Diagnostics, article: str | None = None) -> Event | None:
    """One event mapping; ``None`` (with errors recorded) when it cannot be used."""
    if not isinstance(item, YDict):
        diags.error(where, f"an event must be a mapping with date and title, not {type_name(item)}")
        return None
    f = Fields(item, where.src_path, diags, "event")
    ok = f.check_keys(EVENT_KEYS, required=("date", "title"))
    date = f.date("date")
    end = f.date("end")
    if date is not None and end is not None and end < date:
        f.error("end", f"event ends ({end.iso()}) before it starts ({date.iso()})")
    actors, actor_where = f.ids("actors")
    source = f.url("source")
    if not ok or date is None:
        return None
    return Event(
        date=date,
        title=f.text("title"),
        where=f.loc(),
        end=end,
        approximate=f.flag("approximate"),
        text=f.text("text"),
        actors=actors,
        actor_where=actor_where,
        source=source,
        article=article,
        same_as=f.text("same_as"),
        same_as_where=f.value_loc("same_as") if "same_as" in item else None,
    )


def parse_event_list(value: object, src_path: str, diags: Diagnostics,
                     where: Location, article: str | None = None) -> list[Event]:
    if value is None:
        return []
    if not isinstance(value, YList):
        diags.error(where, f"a timeline must be a list of events ('- date: ...'), not {type_name(value)}")
        return []
    events = []
    for index, item in enumerate(value):
        event = parse_event(item, Location(src_path, *value.item_pos[index]), diags, article)
        if event is not None:
            events.append(event)
    return events


def parse_timeline_file(text: str, src_path: str, diags: Diagnostics) -> list[Event]:
    try:
        data = parse_yaml(text)
    except YamlError as exc:
        diags.error(Location(src_path, exc.line, exc.column), exc.message)
        return []
    return parse_event_list(data, src_path, diags, Location(src_path))


def load_timeline_file(path: Path, src_path: str, diags: Diagnostics) -> list[Event]:
    text = read_text(path, src_path, diags)
    return [] if text is None else parse_timeline_file(text, src_path, diags)
