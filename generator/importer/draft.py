"""A draft article from wire copy: what the text says (``draft_article``) and its front matter (``render_*``).

The draft is for an editor to finish. The steps, each in its own module:
sentences (``text.split_sentences``) → clauses (``text.split_clauses``) →
dates (``dates.find_mentions``) → events (``events.sentence_events``) →
actors (``names`` for the site's actors and new names, ``kinds`` for a new
name's kind, ``key_actors`` here for the few central ones). The title is the
lede's main clause as a headline; the summary is the lede without its
attribution tail and the report date's words, never the first sentence as it
is (the article page would print it twice). What the importer guessed is
marked with YAML comments (``# check``, ``# new? Name``) so that nothing
guessed passes unseen, and the file still validates as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from generator.dates import PartialDate
from generator.importer.dates import find_mentions, one_night
from generator.importer.events import DraftEvent, sentence_events
from generator.importer.kinds import MEDIA_NAMES, guess_kind
from generator.importer.names import ActorNames
from generator.importer.quotes import rest_of_quote, start_of_quote
from generator.importer.reporting import says
from generator.importer.subjects import leading_person
from generator.importer.text import slugify, split_clauses, split_sentences, story_text
from generator.importer.titles import headline, remove_dates, tidy
from generator.importer.titles.turkish_clauses import turkish_finite

KEY_ACTORS = 4  # at most this many key actors; the others are mentions, linked from the body


@dataclass
class NewName:
    name: str
    id: str
    kind: str
    aliases: list[str] = field(default_factory=list)  # the shorter forms the story uses for it


@dataclass
class Draft:
    title: str
    date: dt.date
    summary: str
    body: str  # path relative to the article file
    language: str = "en"
    date_note: str = ""  # a "# check" comment when the date is a guess
    summary_note: str = ""
    actors: list[str] = field(default_factory=list)  # key actors: existing ids and new names' ids
    new_names: list[NewName] = field(default_factory=list)
    see_also: list[str] = field(default_factory=list)
    timeline: list[DraftEvent] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return slugify(self.title, language=self.language) or "imported-story"

    @property
    def new_ids(self) -> set[str]:
        return {n.id for n in self.new_names}


def propose_new_names(text: str, names: ActorNames, language: str) -> list[NewName]:
    """The text's new names with an id, a guessed kind and the shorter forms the text uses for them (ids unique,
    not an existing actor's)."""
    found: list[NewName] = []
    plain = story_text(text)
    for name in names.propose(text, language):
        actor_id = slugify(name, language=language)
        if actor_id and actor_id not in names.actors and actor_id not in {n.id for n in found}:
            kind = guess_kind(name, text, language)
            found.append(NewName(name, actor_id, kind, aliases_in(name, kind, plain, language)))
    aliases = {alias for new in found for alias in new.aliases}
    return [new for new in found if new.name not in aliases]  # "(CGPJ)" is the name before it, not an actor too


def dateline_city(place: str, text: str, language: str) -> str:
    """The city of a dateline's place ("SALTBURN-BY-THE-SEA, England" → "Saltburn-by-the-Sea", "KOCAELİ" →
    "Kocaeli", a reporter's "Emre KAYA/LÜLEBURGAZ" → "Lüleburgaz") as the text writes it; "" when the text does
    not name it (a profile nothing links to is no use)."""
    city = re.split(r"[,(]", place.rsplit("/", 1)[-1], maxsplit=1)[0].strip(" .-–—")
    if not re.fullmatch(r"[^\W\d_][\w'’ .-]{1,40}", city):
        return ""
    if city.isupper() and language.split("-")[0].lower() in ("tr", "az"):  # "KOCAELİ": the dotted and dotless i
        city = city.replace("I", "ı").replace("İ", "i")  # of Turkish, which matching without case does not fold
    written = re.search(r"(?<![\w-])" + re.escape(city) + r"(?![\w-])", text, re.IGNORECASE)
    return written.group(0) if written and written.group(0)[:1].isupper() and not written.group(0).isupper() else ""


def _surname(name: str) -> str | None:
    """A person's family name, used alone in later mentions: "Pellegrini", "von der Leyen"."""
    words = name.split()
    if len(words) < 2:
        return None
    particle = next((i for i, w in enumerate(words[1:], 1) if w.islower()), len(words) - 1)
    return " ".join(words[particle:])


def aliases_in(name: str, kind: str, text: str, language: str = "en") -> list[str]:
    """The shorter forms ``text`` uses for a new name: the acronym in brackets after it ("Servicio Aragonés de
    Mediación (SAMA)"); a person's surname; for anything else, its first or last words where they stand alone
    ("Transnet" for "Transnet Port Terminals"). A shorter form that stands nowhere alone is no alias. In Russian
    and Ukrainian, the other cases the text names it in come first ("України", "Україні" for "Україна"): the
    site links a name as it is written."""
    words = name.split()
    found: list[str] = _other_cases(name, text, language.split("-")[0].lower())
    bracket = re.search(re.escape(name) + r"\s*\(([^\W\d_]{2,10})\)", text)
    if bracket and bracket.group(1).isupper():
        found.append(bracket.group(1))
    if kind == "person":
        surname = _surname(name)
        return found + ([surname] if surname else [])
    for size in range(len(words) - 1, 0, -1):
        for part in (words[:size], words[-size:]):
            form = " ".join(part)
            if len(form) < 4 or part[0].islower() or part[-1].islower() or form in found:
                continue
            if _stands_alone(form, text.replace(name, " ")):
                found.append(form)
    return found[:4]


def _other_cases(name: str, text: str, lang: str) -> list[str]:
    """The forms of a Russian or Ukrainian name in ``text`` whose nominative is ``name`` (at most three)."""
    if lang not in ("ru", "uk"):
        return []
    from generator.importer.morphology import lemmas, name_nominative

    size = len(name.split())
    run = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+" + r"\s+[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’-]+" * (size - 1)
    forms = dict.fromkeys(m.group(0) for m in re.finditer(rf"(?<![\w-]){run}(?![\w-])", text))
    return [form for form in forms if form != name and (name_nominative(form, lang) == name or (
        size == 1 and name.lower() in lemmas(form, lang)))][:3]


def _stands_alone(form: str, text: str) -> bool:
    """Whether ``form`` stands in ``text`` with no capitalised word right before or after it."""
    for match in re.finditer(r"(?<![\w'’-])" + re.escape(form) + r"(?![\w-])", text):
        before = re.search(r"(\S+) $", text[max(0, match.start() - 30):match.start()])
        after = re.match(r" (\S+)", text[match.end():match.end() + 30])
        if not (before and before.group(1)[:1].isupper() and before.group(1)[-1:] not in ".!?") \
                and not (after and after.group(1)[:1].isupper()):
            return True
    return False


def new_name_spans(sentence: str, new_names: list[NewName]) -> list[tuple[int, int, str]]:
    """(start, end, id) of new names in ``sentence``, by full name or (for a person) surname alone."""
    spans: list[tuple[int, int, str]] = []
    for new in new_names:
        for form in (new.name, *new.aliases):
            for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", sentence):
                if not any(a <= match.start() < b for a, b, _ in spans):
                    spans.append((*match.span(), new.id))
    return sorted(spans)


def key_actors(sentences: list[str], lede: int, actor_spans: list[list[tuple[int, int, str]]]) -> list[str]:
    """The few most central ids: named in the headline sentence (3), the lede paragraph (2), and how often (1);
    when no one scores 4, the one named most, if named twice."""
    score: Counter[str] = Counter()
    for index, spans in enumerate(actor_spans):
        for key in dict.fromkeys(key for _, _, key in spans):
            score[key] += 3 if index == 0 else 2 if index < lede else 0
        for _, _, key in spans:
            score[key] += 1
    ranked = sorted(score, key=lambda key: -score[key])
    central = [key for key in ranked if score[key] >= 4][:KEY_ACTORS]
    return central or [key for key in ranked[:1] if score[key] >= 2]  # a lede that names no one


_ATTRIBUTION_END = re.compile(r"\b(?:said|says|reported|reports|showed|show|told \w+(?: \w+)?|announced|"
                              r"confirmed|according to \w+(?: \w+)?)\W*$", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|reported|showed|announced|confirmed)\b")
_ATTRIBUTION_TAIL = re.compile(r"\s*(?:citing|according to|quoting|a day after|hours after|after)\b", re.IGNORECASE)


# Languages whose clauses end on their verb (Turkish; German subordinate clauses): a lede cut before its last
# clause has no verb left.
_VERB_LAST = {"tr", "de"}


def summary_of(first: str, story: dt.date, language: str) -> tuple[str, str]:
    """The lede up to its attribution ("…, the Washington Post reported"), without the report date's words.

    What follows the attribution (", citing sources close to Trump", ", a day after …") is left to the body,
    so the summary never repeats the first sentence as it is; (summary, comment).
    """
    clauses = split_clauses(first, language)
    mentions = [m for m in find_mentions(first, story, language, clauses)
                if m.date.precision == "day" and m.date.first_day() >= story - dt.timedelta(days=1)]
    cut = len(first)
    for index, (a, b) in enumerate(clauses[1:], start=1):
        clause = tidy(remove_dates(first[a:b], a, mentions, language))
        if _ATTRIBUTION_TAIL.match(first[a:b]):
            cut = a
            break
        if _ATTRIBUTION_END.search(clause):
            cut = b if index + 1 < len(clauses) else len(first)
            break
    summary = tidy(remove_dates(first[:cut], 0, mentions, language))
    summary = re.sub(r",?\s*(?:a|an|one|two|three|several|hours|days|weeks)(?:\s+(?:day|week|month|year|hour)s?)?$",
                     "", summary)  # "…, a day" left of "after …"
    speech = list(_SPEECH.finditer(summary))
    if speech and len(summary[speech[-1].end():].split()) <= 3:
        summary = summary[:speech[-1].end()]  # "…, officials said, a month" → "…, officials said"
    last = clauses[-1][0] if len(clauses) > 1 else 0
    if summary.rstrip(".") == first.rstrip(".").strip() and last and first[:last].rstrip().endswith(",") \
            and language.split("-")[0].lower() not in _VERB_LAST:
        summary = tidy(first[:last])  # the lede without its last clause, where a comma ends the one before
    summary = summary[:1].upper() + summary[1:]
    if summary.rstrip(".") == first.rstrip(".").strip() or len(summary.split()) < 4:
        return "", "  # check: write a summary; the lede says it in one sentence the page shows already"
    return summary + ".", "  # check: drafted from the lede"


def draft_article(paragraphs: list[str], see_also: list[str], story: dt.date, names: ActorNames,
                  body: str, language: str = "en", place: str = "") -> Draft:
    """Title, summary, actors and timeline from the body's paragraphs (dateline and markers taken off); the city of
    ``place``, the dateline's place, is proposed as a place when the story names it and it is no actor yet."""
    numbered = [(p, s) for p, paragraph in enumerate(paragraphs) for s in split_sentences(paragraph, language)]
    sentences = [s for _, s in numbered]
    lede = sum(1 for p, _ in numbered if p == 0)
    first = sentences[0] if sentences else ""
    text = "\n".join(paragraphs)
    new_names = propose_new_names(text, names, language)
    if (city := dateline_city(place, text, language)) and (city_id := slugify(city, language=language)) \
            and city_id not in names.actors and city_id not in {n.id for n in new_names} \
            and not any(city in n.aliases for n in new_names):
        new_names.append(NewName(city, city_id, "place", aliases_in(city, "place", story_text(text), language)))
    spans = [sorted(names.spans(s) + new_name_spans(s, new_names)) for s in sentences]
    agencies = {n.id for n in new_names if n.name in MEDIA_NAMES}  # "сообщили ТАСС": the wire told, not an actor
    first_mentions = find_mentions(first, story, language)
    lead = split_clauses(first, language)[0]
    lead = lead if len(first[lead[0]:lead[1]].split()) >= 5 else (0, len(first))
    title = headline(first, lead, None, first_mentions, language) or first
    if language.split("-")[0].lower() == "tr":  # "… düzenlenecek Ege Rüzgarı Müzik Festivali": its verb last
        title = turkish_finite(title, 0)
    summary, note = summary_of(first, story, language)
    draft = Draft(title=title, date=story, summary=summary, body=body, language=language, summary_note=note,
                  actors=key_actors(sentences, lede, [[span for span in sentence_spans if span[2] not in agencies]
                                                      for sentence_spans in spans]),
                  new_names=new_names, see_also=see_also)
    new_ids = draft.new_ids
    context = ""  # the person the story spoke of last: "He" of a later sentence may stand for them
    # In English, where "he" and "she" are people and a clause names its subject, also the one person a sentence
    # names ("… that Dr Anil Mehta, who …, will finish. | He handed in his notice"); elsewhere a pronoun may be
    # a thing ("il", "sie") and a clause without a subject is no pronoun's.
    people = {n.id for n in new_names if n.kind == "person"} | {
        actor_id for actor_id, actor in names.actors.items() if actor.kind == "person"} \
        if language.split("-")[0].lower() == "en" else set()
    ids: dict[str, str] = {}  # the people named so far, by family name: the key of each
    named: dict[tuple[int, int], int] = {}  # the days named so far with their year
    for index, sentence in enumerate(sentences):
        site = [span for span in spans[index] if span[2] not in new_ids]
        new = [span for span in spans[index] if span[2] in new_ids]
        earlier = {event.title: (event.date, event.end) for event in draft.timeline}
        day, end = _day_told_before(draft.timeline, index, story, language)
        paragraph = [i for i, (p, _) in enumerate(numbered) if p == numbered[index][0] and i < index]
        ahead = _one_day_ahead(draft.timeline, paragraph, story)
        if ahead is None and index >= lede and not any(e.sentence in paragraph for e in draft.timeline):
            ahead = _lede_day(draft.timeline, lede, story, language)  # the story's own day, when its lede names
            # one from the report's on ("Навигация … откроется 25 мая. | … | Первый рейс отправится в 9:00")
        opening = _only_person(sentence, [span for span in spans[index] if span[0] == 0], people)
        ids.update({_family_name(sentence[a:b]): key for a, b, key in spans[index] if key in people})
        events = sentence_events(sentence, index, story, language, site, new, opening or context, earlier, day,
                                 sentences[index - 1] if index else "", end, named, ahead,
                                 rest_of_quote(sentences, index), start_of_quote(sentences, index))
        for event in events:  # "Mehta handed in his notice": the person its pronoun stood for is its actor
            _with_person(event, opening or context, ids, new_ids)
        draft.timeline.extend(events)
        context = leading_person(sentence, language) or _only_person(sentence, spans[index], people) or context
    draft.timeline.sort(key=lambda event: (event.date.sort_key, event.sentence))
    return draft


def _only_person(sentence: str, spans: list[tuple[int, int, str]], people: set[str]) -> str:
    """The family name of the one person ``spans`` of a sentence name ("… confirmed that Dr Anil Mehta, who …, will
    finish" → "Mehta"; "MacRitchie, 66, who took over the light …" → "MacRitchie"), or "" when they name none or
    two."""
    named = {actor_id: sentence[start:end] for start, end, actor_id in spans if actor_id in people}
    return _family_name(next(iter(named.values()))) if len(named) == 1 else ""


def _family_name(name: str) -> str:
    """The last word of a name, without a possessive ending ("Dr Anil Mehta's" → "Mehta")."""
    return re.sub(r"['’]s?$", "", name).split()[-1]


def _with_person(event: DraftEvent, person: str, ids: dict[str, str], new_ids: set[str]) -> None:
    """An event that names no actor, titled with ``person`` in the place of its pronoun, with that person's key."""
    key = ids.get(person)
    if key and not event.actors and not event.new_names and re.match(rf"{re.escape(person)}(?:['’]s)?\s", event.title):
        (event.new_names if key in new_ids else event.actors).append(key)


# A pluperfect, which recalls a day before the one a story tells: "había llegado", "avait été", "had arrived".
_RECALLED = re.compile(r"\b(?:había|habían|avait|avaient|had|hatte|hatten)\b", re.IGNORECASE)


def _day_told_before(timeline: list[DraftEvent], index: int, story: dt.date,
                     language: str) -> tuple[PartialDate | None, PartialDate | None]:
    """The day (and, for a night, its last day) a clock time alone in sentence ``index`` is on: the last day or
    night within a week of the report ``story`` the sentence before named, or, when it named none or only the day
    something was said ("Об этом сообщили", "Про це у середу повідомив"), the one before it; else the last day
    further off the sentence before named."""
    told = far = None
    for back in (1, 2):
        days = [e for e in timeline if e.sentence == index - back and e.date.precision in ("day", "time")
                and (e.end is None or one_night(e.date, e.end))]
        events = [e for e in days if not any(says(word, language) for word in e.title.split())
                  and not _RECALLED.search(e.title)]  # "El contenedor había llegado el pasado domingo": a day
        # recalled before the story's, not the one its times are on
        near = [e for e in events if abs((e.date.first_day() - story).days) <= 7]  # not a day recalled in a
        # relative clause ("відкрила у вівторок зал, зруйнований в ніч на 9 березня 2022 року"), and a day gone
        # before one ahead ("a déraillé mardi soir …, restera interrompue jusqu'à vendredi")
        gone = [e for e in near if e.date.first_day() <= story]
        if gone or (near and back == 1):  # a day ahead only from the sentence right before
            chosen = (gone or near)[-1]
            return chosen.date, chosen.end
        far = far or (events[-1] if events else None)  # "à compter du 1er janvier 2026": after a day far off, the
        told = told or (days[-1] if days else None)  # sentence before it may name the day near the report
    chosen = far or told
    return (chosen.date, chosen.end) if chosen else (None, None)


def _lede_day(timeline: list[DraftEvent], lede: int, story: dt.date, language: str) -> PartialDate | None:
    """The one day the first ``lede`` sentences named, when they named no day before the report's and no other
    (a day something was said on aside): the day the story is about, ahead or today."""
    told = [e for e in timeline if not any(says(word, language) for word in e.title.split())]
    if any(e.sentence < lede and e.end is None and e.date.precision in ("day", "time") and e.date.first_day() < story
           for e in told):
        return None
    return _one_day_ahead(told, list(range(lede)), story)


def _one_day_ahead(timeline: list[DraftEvent], before: list[int], story: dt.date) -> PartialDate | None:
    """The day, from the report's on, that the sentences ``before`` (those of the paragraph before a sentence)
    named, when they named one such day only: the day a schedule's time in the sentence is on ("Am Donnerstag
    wollen sie protestieren. | Die Kundgebung soll um 11.00 Uhr beginnen")."""
    days = {e.date.first_day() for e in timeline if e.sentence in before and e.end is None
            and e.date.precision in ("day", "time") and e.date.first_day() >= story}
    if len(days) != 1:
        return None
    day = days.pop()
    return PartialDate(day.year, day.month, day.day)


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
    new_ids = draft.new_ids
    by_id = {n.id: n for n in draft.new_names}
    lines = ["---", f"title: {_scalar(draft.title)}  # check: drafted from the lede",
             f"date: {draft.date.isoformat()}{draft.date_note}"]
    if draft.summary:
        lines.append(f"summary: {_scalar(draft.summary)}{draft.summary_note}")
    else:
        lines.append(draft.summary_note.strip())
    lines += [f"body: {_scalar(draft.body)}", "draft: true"]
    key = [a for a in draft.actors if with_new_actors or a not in new_ids]
    lines.append(f"actors: {_id_list(key)}  # key actors; the others are linked where the body names them")
    if not with_new_actors:
        lines += [f"# new? {n.name} ({n.kind}{', key actor' if n.id in draft.actors else ''})"
                  for n in draft.new_names]
    if draft.see_also:
        lines.append("# see_also: the body's SEE ALSO markers are linked automatically:")
        lines += [f"#   {title}" for title in draft.see_also]
    if draft.timeline:
        lines.append("timeline:  # drafted from the clauses that carry a date; check each one")
        for event in draft.timeline:
            check = "" if event.sure else "  # check: the year or day is a guess"
            lines.append(f"  - date: {_event_date(event.date)}{check}")
            if event.end is not None:
                lines.append(f"    end: {_event_date(event.end)}")
            lines.append(f"    title: {_scalar(event.title)}")
            actors = list(event.actors) + ([i for i in event.new_names] if with_new_actors else [])
            comment = "" if with_new_actors or not event.new_names else \
                "  # new? " + ", ".join(by_id[i].name for i in event.new_names)
            if actors:
                lines.append(f"    actors: {_id_list(list(dict.fromkeys(actors)))}{comment}")
            elif comment:
                lines.append(f"    #{comment.strip()[1:]}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def render_actor(new: NewName) -> str:
    """A draft actor profile for a name the importer proposed, with its guessed kind and aliases."""
    aliases = "[" + ", ".join(_scalar(alias) for alias in new.aliases) + "]"
    return (f"---\nname: {_scalar(new.name)}\nkind: {new.kind}  # check: guessed from the text (person, "
            f"organization, country, place, media or group)\naliases: {aliases}\nrole: ''\n---\n{new.name} was "
            "named in an imported story; write a short biography here.\n")
