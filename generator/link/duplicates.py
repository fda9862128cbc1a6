"""Events told twice: a warning when two look alike, and ``same_as:`` to show them once.

Two events look alike when their dates overlap at their precision (``2022-02`` holds
``2022-02-24``) and their titles share most of their words, in any script: titles are
casefolded and stripped of accents, split into words (text without spaces, such as
Chinese, into pairs of characters), words shorter than three letters dropped and the
rest cut to their first five letters, so "launches" and "launched" agree; then
either the words overlap (Dice coefficient) or the letters do (difflib's ratio).
Only events whose periods overlap are compared: a sweep over the events sorted by
their first day, so the work grows with the events, not their pairs.

An author marks one as the same as another with ``same_as: <anchor>`` (the other's
anchor on the timeline page): it is then left out of the site's timeline, and the
other shows both sources, keeps its anchor and names the actors of both.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import heapq
import re
import unicodedata
from collections import Counter

from generator.dates import PRECISIONS, PartialDate
from generator.diagnostics import Diagnostics
from generator.load.fields import did_you_mean
from generator.model import Event, Site

WORDS_ALIKE = 0.6  # Dice coefficient of the title's words
LETTERS_ALIKE = 0.85  # difflib ratio of the normalised titles
COMMON = 40  # a word shared by more open events than this is not used to find candidates
_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u0f00-\u0fff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def period(date_: PartialDate) -> tuple[dt.date, dt.date]:
    """The first and last day a date at its precision may mean."""
    first = date_.first_day()
    if date_.day is not None:
        return first, first
    if date_.month is not None:
        return first, dt.date(date_.year, date_.month, calendar.monthrange(date_.year, date_.month)[1])
    return first, dt.date(date_.year, 12, 31)


def span(event: Event) -> tuple[dt.date, dt.date]:
    first, last = period(event.date)
    if event.end is not None:
        last = max(last, period(event.end)[1])
    return first, last


def normalise(title: str) -> str:
    decomposed = unicodedata.normalize("NFKD", title.casefold())
    return " ".join(_WORD.findall("".join(c for c in decomposed if not unicodedata.combining(c))))


def words(title: str) -> frozenset[str]:
    text = normalise(title)
    found: set[str] = set()
    for word in text.split():
        if _UNSPACED.search(word):
            found.update(word[i:i + 2] for i in range(max(1, len(word) - 1)))
        elif len(word) >= 3:
            found.add(word[:5])
    return frozenset(found)


def alike(a: str, b: str) -> bool:
    """Whether two titles (of events on overlapping dates) name the same thing."""
    return _alike(a, b, words(a), words(b))


def _alike(a: str, b: str, wa: frozenset[str], wb: frozenset[str]) -> bool:
    if wa and wb and 2 * len(wa & wb) / (len(wa) + len(wb)) >= WORDS_ALIKE:
        return True
    if len(wa) > 3 and len(wb) > 3:  # long titles are compared by their words only
        return False
    return difflib.SequenceMatcher(None, normalise(a), normalise(b), autojunk=False).ratio() >= LETTERS_ALIKE


def look_alike(events: list[Event]) -> list[tuple[Event, Event]]:
    """Pairs of events with overlapping dates and similar titles, earlier-listed first.

    A sweep over the events by first day keeps the ones still open (a heap by last day) and an
    index of their title words, so each event is compared only with open events that share a
    word with it: the work grows with the events and their common words, not with their pairs.
    Each title's words are found once, and let go with the sweep.
    """
    title_words = [words(e.title) for e in events]
    spans = sorted(((span(e), i) for i, e in enumerate(events)), key=lambda s: (s[0][0], s[1]))
    open_ends: list[tuple[dt.date, int]] = []  # heap of (last day, index)
    by_word: dict[str, set[int]] = {}
    pairs = []
    for (first, last), i in spans:
        while open_ends and open_ends[0][0] < first:
            _, j = heapq.heappop(open_ends)
            for word in title_words[j]:
                by_word[word].discard(j)
        found = title_words[i]
        shared: Counter[int] = Counter()
        for word in found:
            posting = by_word.get(word, ())
            if len(posting) <= COMMON:  # a word most open events have says nothing about which is the same
                shared.update(posting)
        least = 1 if len(found) <= 2 else 2
        for j in sorted(j for j, n in shared.items() if n >= least):
            if _alike(events[j].title, events[i].title, title_words[j], found):
                pairs.append((events[j], events[i]))
        heapq.heappush(open_ends, (last, i))
        for word in found:
            by_word.setdefault(word, set()).add(i)
    return pairs


def merge_same_events(site: Site, diags: Diagnostics) -> None:
    """Fold each ``same_as`` event into the one it names; warn about pairs that look alike but are not marked."""
    by_anchor: dict[str, Event] = {}
    for event in site.events:
        by_anchor.setdefault(event.id, event)
        by_anchor.setdefault(event.anchor, event)
    folded: set[int] = set()
    for event in site.events:
        if not event.same_as:
            continue
        target = by_anchor.get(event.same_as)
        seen = {id(event)}
        while target is not None and target.same_as and id(target) not in seen:
            seen.add(id(target))
            target = by_anchor.get(target.same_as)
        if target is None or id(target) in seen:
            problem = ("names itself, or a chain of same_as that comes back to it" if target is not None else
                       f"is no event's anchor{did_you_mean(event.same_as, set(by_anchor))}")
            diags.error(event.same_as_where or event.where, f"event '{event.title}': same_as '{event.same_as}' "
                                                            f"{problem}")
            continue
        target.merged.append(event)
        target.actors.extend(a for a in event.actors if a not in target.actors)
        folded.add(id(event))
    marked = {frozenset((id(e), id(t))) for t in site.events for e in t.merged}
    for a, b in look_alike(site.events):
        if frozenset((id(a), id(b))) in marked or (id(a) in folded and id(b) in folded):
            continue
        if id(a) in folded or id(b) in folded:
            continue
        # the one to keep says more: the more precise date, else the one written first
        first, second = sorted((a, b), key=lambda e: (-PRECISIONS.index(e.date.precision), e.where.src_path,
                                                      e.where.line, e.where.column))
        diags.warning(second.where,
                      f"event '{second.title}' ({second.date.iso()}) looks like the same event as "
                      f"'{first.title}' ({first.date.iso()}) at {first.where.src_path}:{first.where.line}; "
                      "if it is, add "
                      f"'same_as: {first.id}' to this one to show it once, citing both sources")
    site.events = [e for e in site.events if id(e) not in folded]
