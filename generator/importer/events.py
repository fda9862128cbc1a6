"""Sentences → clauses → dates → events: one drafted event per date mention, titled by ``titles.event_title``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from generator.dates import PartialDate
from generator.importer.dates import Mention, find_mentions
from generator.importer.text import split_clauses
from generator.importer.titles import Dated, event_title


@dataclass
class DraftEvent:
    date: PartialDate
    title: str
    actors: list[str] = field(default_factory=list)
    new_names: list[str] = field(default_factory=list)  # names in the clause that are no actor yet
    end: PartialDate | None = None
    sure: bool = True
    sentence: int = 0  # the index of the sentence it comes from


def _names_in(span: tuple[int, int], spans: list[tuple[int, int, str]], sentence: str = "",
              title: str = "") -> list[str]:
    """The keys of the names inside ``span`` of the sentence, and of those ``title`` takes from elsewhere in it
    (a subject across a relative clause), in the order the sentence names them."""
    return list(dict.fromkeys(key for start, end, key in sorted(spans) if (span[0] <= start and end <= span[1])
                              or (title and sentence[start:end] in title)))


def _year_named_before(mention: Mention, story: dt.date, named: dict[tuple[int, int], int]) -> Mention:
    """A day (or its clock time) written without its year that the story named before with one ("в ніч на 9 березня
    2022 року" … "Коли 9 березня ми прийшли"): that year, when it lies on the same side of the report date as the
    one the tense chose."""
    date = mention.date
    year = named.get((date.month, date.day)) if mention.yearless and date.precision in ("day", "time") else None
    if year is None or year == date.year or mention.end_date is not None:
        return mention
    before = PartialDate(year, date.month, date.day, date.time.replace(year=year) if date.time else None)
    if (before.first_day() < story) != (date.first_day() < story):
        return mention
    return replace(mention, date=before)


def _remember_days(mentions: list[Mention], named: dict[tuple[int, int], int]) -> None:
    """Keep in ``named`` the year of each day ``mentions`` name with one."""
    named.update({(date.month, date.day): date.year for mention in mentions if not mention.yearless
                  for date in (mention.date, mention.end_date) if date is not None and date.precision == "day"})


# "That year": the year the story named last, kept under this key of ``named``.
_LAST_YEAR = (0, 0)
_THAT_YEAR = re.compile(r"\b(?:that year|cette année-là|ese año|aquel año|in jenem Jahr|"
                        r"в том году|того же года|того року|у тому році|o yıl)\b", re.IGNORECASE)


def _in_year(mention: Mention, year: int) -> Mention:
    """A day or month written without its year, put in ``year``; any other mention as it is."""
    date = mention.date
    if not mention.yearless or mention.end_date is not None or date.precision not in ("day", "month"):
        return mention
    return replace(mention, date=PartialDate(year, date.month, date.day), sure=True, yearless=False)


# A clause of "when" after a year: "… than in 2022, | when it was covered by Dec. 3", "en 2019, cuando …".
_WHEN_AFTER_YEAR = re.compile(r"\s*,\s+(?:when|cuando|en que|quand|lorsque|als|когда|коли)\b[^.;]*$", re.IGNORECASE)


# Last year setting the scene of its whole sentence, opening it: "В прошлом году запуск, намеченный на июнь, …",
# "Last year, …" (not a bound: "Since last year, …"; a year by its number as often opens a clause of its own, and a
# Turkish "geçen yıl" the clause of its participle: "Geçen yıl yapılması planlanan onarım, … ocak ayında").
_BOUND_FIRST = re.compile(r"\W*(?:since|until|till|by|from|through|depuis|jusqu|dès|desde|hasta|a partir|seit|bis|ab|"
                          r"с|со|до|по|з|із|від)\b", re.IGNORECASE)


def _years_of_their_setting(sentence: str, mentions: list[Mention], language: str) -> list[Mention]:
    """The mentions, a day or month without its year in a clause of "when" after a year, or in a sentence a year
    opens, taking that year."""
    found = list(mentions)
    opening = found[0] if found and not re.search(r"\w", sentence[:found[0].start]) else None
    if opening is not None and opening.rule == "last_year" and opening.end_date is None and language != "tr" \
            and not _BOUND_FIRST.match(sentence[opening.start:opening.end]):
        found = [opening, *(_in_year(m, opening.date.year) for m in found[1:])]  # "В прошлом году … на июнь"
    for i, mention in enumerate(found):
        year = next((p for p in reversed(found[:i]) if not p.yearless and p.date.precision == "year"
                     and p.end <= mention.start), None)
        if mention.yearless and year is not None and _WHEN_AFTER_YEAR.match(sentence[year.end:mention.start]):
            found[i] = _in_year(mention, year.date.year)
    return found


def sentence_events(sentence: str, index: int, story: dt.date, language: str,
                    actor_spans: list[tuple[int, int, str]], new_spans: list[tuple[int, int, str]],
                    context: str = "", earlier: dict[str, Dated] | None = None,
                    previous_day: PartialDate | None = None, previous: str = "",
                    previous_end: PartialDate | None = None,
                    named: dict[tuple[int, int], int] | None = None,
                    ahead: PartialDate | None = None, quote_rest: str = "", quote_start: str = "") -> list[DraftEvent]:
    """The events of one sentence: a date mention each, titled by its clause, with the actors named there.

    ``actor_spans`` and ``new_spans`` are (start, end, id-or-name) of the site's actors and of new names in the
    sentence; an event gets those of its clause and of its title, or of the whole sentence when they name none.
    ``context`` is the name the story spoke of last (a pronoun subject may stand for it); ``earlier``, the
    titles and dates of the story's events so far; ``previous_day``, the day the sentence before named last
    (``previous_end``, its last day when it was a night);
    ``previous``, the sentence before it ("Об этом сообщили …" tells of what it said); ``named``, the days the
    story named so far with their year, (month, day) → year, which this sentence's are added to; ``ahead``, the
    one day from the report's on that the paragraph named before the sentence; ``quote_rest``, the sentences
    after it up to the end of a quote it leaves open (where its speaker is named), ``quote_start``, those before
    it from the start of a quote it closes.
    """
    clauses = split_clauses(sentence, language)
    mentions = _years_of_their_setting(sentence, find_mentions(sentence, story, language, clauses, previous_day,
                                                                previous_end, ahead), language)
    if named is not None:
        # in text order, so that a day the sentence itself named with its year before counts too ("between August
        # 14 and 16, 2024, … at 11.48pm on August 14")
        resolved: list[Mention] = []
        for mention in mentions:
            resolved.append(_year_named_before(mention, story, named))
            _remember_days([resolved[-1]], named)
        mentions = resolved
        that_year = named.get(_LAST_YEAR) if _THAT_YEAR.search(sentence) else None
        if that_year is not None:  # "… en 2016. | Cette année-là, la journée du 31 mai …": the year told of before
            mentions = [_in_year(mention, that_year) for mention in mentions]
        _remember_days(mentions, named)
        years = [mention.date.year for mention in mentions if not mention.yearless]
        if years:
            named[_LAST_YEAR] = years[-1]
    events: list[DraftEvent] = []
    titles: dict[str, Dated] = {}  # the sentence's events so far: title → (date, end)
    for mention in mentions:
        if mention.year_only:
            continue
        anchor = mention.end - 1 if mention.rule == "shift" else mention.start  # "a day | after speaking with"
        at = next((i for i, (a, b) in enumerate(clauses) if a <= anchor < b), 0)
        title = event_title(sentence, clauses, at, mention, mentions, language, story, titles, context, earlier,
                            previous, quote_rest, quote_start)
        titles[title] = (mention.date, mention.end_date)
        actors = _names_in(clauses[at], actor_spans, sentence, title) or _names_in((0, len(sentence)), actor_spans)
        new = _names_in(clauses[at], new_spans, sentence, title) or (
            [] if actors else _names_in((0, len(sentence)), new_spans))
        events.append(DraftEvent(mention.date, title, actors, new, mention.end_date, mention.sure, index))
    return events

