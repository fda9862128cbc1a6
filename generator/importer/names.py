"""Names in wire copy: the site's actors found by name or alias, and new names proposed.

Existing actors are matched as the site's mention linker matches them (whole
words, case-sensitive, longest name first). A new name is a run of two or more
capitalised words (``Recep Tayyip Erdogan``, ``Bank of England``) that is not
an existing actor, with titles, nationalities, months and weekdays taken off its
ends and everything up to a title taken off its start (``European Commission President
Ursula von der Leyen`` → ``Ursula von der Leyen``); a run
made only of such words (``Russian President``, ``On Sunday``) is no name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostics
from generator.importer.kinds import MEDIA_WORDS, ORGANIZATION_WORDS
from generator.importer.lexicon import lexicon
from generator.link.mentions import NameIndex
from generator.load.actors import load_actor
from generator.model import Actor

_TITLES = {
    "President", "President-elect", "Vice", "Prime", "Minister", "Foreign", "Defence", "Defense", "Secretary",
    "Chancellor", "General", "Gen.", "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Senator", "Rep.", "Governor", "Mayor",
    "King", "Queen", "Pope", "Chief", "Deputy", "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador",
    "Commander", "Lieutenant", "Colonel", "Colonel-General", "Major", "Captain", "Officials", "Former", "Acting",
    "Speaker", "Senior", "Head", "Leader", "State", "Commander-in-chief", "Commander-in-Chief", "Treasurer",
    "Judge", "District", "Executive", "Chairman", "Chairwoman", "Director", "Prosecutor", "Attorney",
    "Президент", "Прем'єр-міністр", "Прем’єр-міністр", "Міністр", "Премьер-министр", "Министр", "Глава", "Голова",
    "Presidente", "Président", "Präsident", "Bundeskanzler", "Kanzler", "Cumhurbaşkanı", "Başkanı", "Bakanı",
}
_NATIONALITIES = {
    "U.S.", "U.K.", "U.N.", "E.U.", "US", "UK", "UN", "EU", "American", "Russian", "Ukrainian", "British",
    "French", "German", "Chinese", "European", "Turkish", "Polish", "Western", "Belarusian", "Israeli",
    "Iranian", "Syrian", "Georgian", "Moldovan", "Hungarian", "Kremlin-backed", "Russia-backed", "Pro-Russian",
    "West", "East", "North", "South", "Central", "African", "Asian", "Arab", "Latin", "Nordic", "Baltic",
}
_STARTERS = {
    "The", "A", "An", "On", "In", "At", "But", "And", "Or", "However", "He", "She", "It", "They", "We", "This",
    "That", "These", "Those", "Meanwhile", "After", "Before", "As", "When", "While", "If", "According", "Unnamed",
    "Earlier", "Later", "Last", "Next", "SEE", "ALSO", "Thousands", "Hundreds", "Dozens", "Millions", "Some",
    "Many", "Several", "Most", "All", "Both",
}
_TIME = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
}
_EDGE_WORDS = _TITLES | _NATIONALITIES | _STARTERS | _TIME
# Articles and prepositions that open a sentence in the other languages the importer reads ("Die Wahl", "Am Mittwoch").
_FOREIGN_STARTERS = {
    "de": {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Am", "Im", "Beim", "Vom", "Zum", "Zur",
           "Nach", "Bereits", "Auch"},
    "fr": {"Le", "La", "Les", "Un", "Une", "Selon", "Après", "Depuis"},
    "es": {"El", "La", "Los", "Las", "Un", "Una", "Al", "Del", "Según", "Tras"},
    "uk": {"В", "У", "На", "З", "Із", "До", "По", "Після"}, "ru": {"В", "Во", "На", "С", "До", "По", "После"},
    "tr": {"Bir", "Bu", "Ve"},
}
# Day words that open a sentence ("Учора Качка зустрівся", "Dün Ankara'da").
_DAY_WORDS = {
    "de": {"Gestern", "Heute", "Morgen"}, "fr": {"Hier", "Demain"}, "es": {"Ayer", "Hoy", "Mañana"},
    "uk": {"Учора", "Вчора", "Сьогодні", "Завтра", "Напередодні"}, "ru": {"Вчера", "Сегодня", "Завтра", "Накануне"},
    "tr": {"Dün", "Bugün", "Yarın"},
}


def _language_edges(language: str) -> frozenset[str]:
    """The words a name does not start or end with in ``language``: its articles, months and weekdays."""
    lang = language.split("-")[0].lower()
    if lang == "en":
        return frozenset()
    lex = lexicon(lang)
    names = {name[:1].upper() + name[1:] for table in (lex.months, lex.weekdays) for name in table}
    return frozenset(_FOREIGN_STARTERS.get(lang, set()) | _DAY_WORDS.get(lang, set()) | names)
_CONNECTORS = {"of", "de", "da", "bin", "al", "von", "van", "der", "del", "la", "du"}
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass
class ActorNames:
    """The site's actors and a matcher for their names and aliases."""

    actors: dict[str, Actor]
    index: NameIndex

    @classmethod
    def load(cls, site_root: Path) -> ActorNames:
        """Every readable actor file of the site; broken ones are left out (``check`` reports them)."""
        actors: dict[str, Actor] = {}
        folder = site_root / "content" / "actors"
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            actor = load_actor(path, site_root, Diagnostics())
            if actor is not None:
                actors[actor.id] = actor
        return cls(actors, NameIndex.build(actors))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of every unambiguous actor name in ``text``."""
        return [(start, end, ids[0]) for start, end, ids in self.index.find(text) if len(ids) == 1]

    def find_ids(self, text: str) -> list[str]:
        """Ids of the actors named in ``text``, in order of first mention."""
        return list(dict.fromkeys(actor_id for _, _, actor_id in self.spans(text)))

    def counts(self, text: str) -> Counter[str]:
        """How often each actor is named in ``text``."""
        return Counter(actor_id for _, _, actor_id in self.spans(text))

    def propose(self, text: str, language: str = "en") -> list[str]:
        """New capitalised multi-word names in ``text`` that are no existing actor's name."""
        masked = list(text)
        for start, end, _ in self.spans(text):
            masked[start:end] = "|" * (end - start)  # an actor's name breaks any run around it
        known = {" ".join(n.split()) for a in self.actors.values() for n in (a.name, *a.aliases)}
        edges = _language_edges(language)
        names = [name for name in _capitalised_runs("".join(masked), edges) if name not in known
                 and not (language.startswith("de") and _german_common_nouns(name))]
        if language.split("-")[0].lower() in ("ru", "uk"):
            from generator.importer.morphology import name_nominative

            names = [name_nominative(name, language.split("-")[0].lower()) for name in names]
        return list(dict.fromkeys(name for name in names if name not in known))


_DE_NOUN_ENDINGS = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|ismus)$",
                              re.IGNORECASE)


def _german_common_nouns(name: str) -> bool:
    """Whether a German run of capitals is common nouns, not a name: "Zahl der Baugenehmigungen", "Prozent der
    Stimmen" (an article inside, or a word with a noun ending), unless an acronym names it ("Gewerkschaft GDL")."""
    words = name.split()
    if any(re.fullmatch(r"[A-ZÄÖÜ]{2,}", w) for w in words):
        return False
    article = any(w in ("der", "die", "das", "des", "dem", "den") and (i == 0 or words[i - 1] not in ("von", "zu"))
                  for i, w in enumerate(words))
    return article or any(_DE_NOUN_ENDINGS.search(w) or w in _DE_COMMON for w in words)


# Units, amounts and determiners that open or close a run of German capitals ("Millionen Euro", "Sein Anwalt").
_DE_COMMON = {"Euro", "Dollar", "Prozent", "Millionen", "Milliarden", "Tausende", "Hunderttausende", "Monaten",
              "Jahren", "Wochen", "Tagen", "Stunden", "Haft", "Sein", "Seine", "Ihr", "Ihre", "Mehrere", "Viele",
              "Einige", "Alle", "Kommunen", "Haushalte", "Menschen", "Kliniken", "Angaben", "Flughäfen", "Flughafen",
              "Landkreis", "Stadt", "Gemeinde"}


def _capitalised_runs(text: str, edges: frozenset[str] = frozenset()) -> list[str]:
    runs: list[list[str]] = []
    current: list[str] = []
    previous_end = -1
    for match in _WORD_RE.finditer(text):
        word = match.group(0)
        word, possessive = re.subn(r"['’](?:s|[a-zçğıöşü]{1,5})$", "", word)  # "Trump's", "İmamoğlu'nun"
        capital = word[0].isupper()
        joined = current and text[previous_end:match.start()] == " "
        if not (joined and (capital or word in _CONNECTORS)):
            runs.append(current)
            current = []
        if capital or current:
            current.append(word)
        previous_end = match.end()
        ends_sentence = word.endswith(".") and word not in _EDGE_WORDS and not re.fullmatch(r"(?:[A-Z]\.)+", word)
        if possessive or ends_sentence:
            runs.append(current)
            current = []
            previous_end = -1
    runs.append(current)
    return [name for run in runs if (name := _trim(run, edges))]


# German titles are compounds: "Parteichef", "Bundespräsident", "CDU-Chef", "Finanzminister", "Grünen-Politikerin".
_COMPOUND_TITLE = re.compile(r"(?:chef|präsident|minister|kanzler|sprecher|politiker|kandidat|meister|leiter|direktor|"
                             r"amtsinhaber|senator|richter|vorsitzender?)(?:in)?$", re.IGNORECASE)


def _trim(run: list[str], edges: frozenset[str] = frozenset()) -> str:
    words = [w.rstrip(".") if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w) else w for w in run]
    while words and words[-1] in _CONNECTORS:
        words.pop()
    if all(w in _EDGE_WORDS or w in _CONNECTORS for w in words):
        return ""
    titles = [i for i, w in enumerate(words) if w in _TITLES or _COMPOUND_TITLE.search(w)]
    if titles and len(words) - titles[-1] > 2:
        words = words[titles[-1] + 1:]  # "Commission President Ursula von der Leyen" → "Ursula von der Leyen"
    media = words[:1] == ["The"] and words[-1] in MEDIA_WORDS
    institution = words[-1] in ORGANIZATION_WORDS  # "European Space Agency" keeps its "European"
    while len(words) > 2 and (words[0] in _EDGE_WORDS or words[0] in _CONNECTORS) and not media \
            and not (institution and words[0] in _NATIONALITIES):
        words.pop(0)  # "Secretary of State Antony Blinken" → "Antony Blinken"
    while len(words) > 2 and words[-1] in _EDGE_WORDS:
        words.pop()
    while words and words[0] in edges:
        words.pop(0)  # "Am Mittwoch", "Die Wahl": an article or a date word in the story's language
    while words and words[-1] in edges:
        words.pop()
    if words and words[0] in _STARTERS | _TIME and not (words[0] == "The" and words[-1] in MEDIA_WORDS):
        words.pop(0)  # "On Recep" is no name; "The Washington Post" keeps its "The"
    while words and words[0] in _CONNECTORS:
        words.pop(0)
    while words and words[-1] in _TITLES:
        words.pop()  # "Commission President" (left of a known name) is no name
    return " ".join(words) if len(words) >= 2 else ""
