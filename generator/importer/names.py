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
from generator.importer.french import lowercase_headed_names
from generator.importer.german import place_word, strong_adjectives
from generator.importer.kinds import (
    MEDIA_NAMES,
    MEDIA_WORDS,
    ORGANIZATION_WORDS,
    country_names,
)
from generator.importer.lexicon import lexicon
from generator.importer.name_forms import (
    DE_COMMON,
    german_common_nouns,
    german_nominative,
    joined_institutions,
    known_german,
    turkish_nominative,
    without_prefix,
)
from generator.importer.text import story_text
from generator.link.mentions import NameIndex
from generator.load.actors import load_actor
from generator.model import Actor

_TITLES = {
    "President", "President-elect", "Vice", "Prime", "Minister", "Foreign", "Defence", "Defense", "Secretary",
    "Chancellor", "General", "Gen.", "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Senator", "Rep.", "Governor", "Mayor",
    "Councilor", "Councillor", "Councilman", "Councilwoman", "Alderman", "Alderwoman",
    "King", "Queen", "Pope", "Chief", "Deputy", "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador",
    "Commander", "Lieutenant", "Colonel", "Colonel-General", "Major", "Captain", "Officials", "Former", "Acting",
    "Speaker", "Senior", "Head", "Leader", "State", "Commander-in-chief", "Commander-in-Chief", "Treasurer",
    "Judge", "District", "Executive", "Chairman", "Chairwoman", "Director", "Prosecutor", "Attorney",
    "Commissioner", "Sheriff", "Inspector", "Superintendent", "Coach", "Dr", "Prof", "Prof.", "Professor", "Mme",
    "Mlle", "Maître", "Herr", "Frau", "Genel", "M.", "Mgr", "Me", "Pr", "Officer", "Petty", "Sergeant", "Sgt.",
    "Firma", "Sr.", "Sra.", "Don", "Doña",
    "Президент", "Прем'єр-міністр", "Прем’єр-міністр", "Міністр", "Премьер-министр", "Министр", "Глава", "Голова",
    "Presidente", "Président", "Präsident", "Bundeskanzler", "Kanzler", "Cumhurbaşkanı", "Başkanı", "Bakanı",
    # Turkish roles stand between an institution and a name ("Artvin Vali Yardımcısı Emre Yalçın")
    "Valisi", "Yardımcısı", "Sözcüsü", "Müdürü", "Sekreteri", "Komutanı", "Rektörü", "Başsavcısı", "Üyesi",
    "Milletvekili", "Kaymakamı", "Muhtarı", "Temsilcisi", "Koordinatörü", "Uzmanı", "Başhekimi", "Direktörü",
    "Antrenörü", "Kaptanı", "Yöneticisi", "Sorumlusu", "Savcısı", "Hakimi", "Avukatı", "Vali",
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
    "Many", "Several", "Most", "All", "Both", "Under", "Despite", "Since", "With", "From", "For", "By", "Over",
    "Through", "Without", "Amid", "During", "Following", "Including", "About", "Among",
}
_TIME = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec",
}
_EDGE_WORDS = _TITLES | _NATIONALITIES | _STARTERS | _TIME
# The courtesy titles before a surname alone: "M. Vasseur", "Mme Ferhat", "Frau Obst".
_COURTESY = {"M.", "M", "Mme", "Mlle", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr", "Dr.", "Herr", "Frau", "Sr.",
             "Sra.", "Me", "Mgr", "Pr"}
# Articles and prepositions that open a sentence in the other languages the importer reads ("Die Wahl", "Am Mittwoch").
_FOREIGN_STARTERS = {
    "de": {"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Am", "Im", "Beim", "Vom", "Zum", "Zur",
           "Nach", "Bereits", "Auch", "Seit", "Für", "Als", "Mit", "Bei", "Wegen", "Trotz", "Laut", "Über", "Unter",
           "Vor", "Ab", "Bis", "Auf", "Aus", "In", "An", "Um", "Von", "Wie", "Weil", "Wenn", "Doch", "Aber", "Und",
           "Zwischen", "Neben", "Gegen", "Durch", "Ohne", "Hinter", "Innerhalb", "Außerhalb", "Zwar", "Dabei"},
    "fr": {"Le", "La", "Les", "Un", "Une", "Selon", "Après", "Depuis", "En", "Au", "Aux", "À", "Dans", "Pour",
           "Avec", "Sur", "Pendant", "Par", "Mais", "Et"},
    "es": {"El", "La", "Los", "Las", "Un", "Una", "Al", "Del", "Según", "Tras", "Fuentes", "En", "Desde", "Para",
           "Con", "Durante", "Pero", "Por"},
    "uk": {"В", "У", "На", "З", "Із", "До", "По", "Після"}, "ru": {"В", "Во", "На", "С", "До", "По", "После"},
    "tr": {"Bir", "Bu", "Ve"},
}
_FOREIGN_STARTER_WORDS = frozenset(word for words in _FOREIGN_STARTERS.values() for word in words)
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
_CONNECTORS = {"of", "de", "da", "bin", "al", "von", "van", "der", "del", "la", "du", "para", "pour", "für", "for", "&",
               "los", "las"}
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*|&")  # "&" joins a firm's names: "Hollins & Pike"


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
        text = story_text(text)
        masked = list(text)
        for start, end, _ in self.spans(text):
            masked[start:end] = "|" * (end - start)  # an actor's name breaks any run around it
        known = {" ".join(n.split()) for a in self.actors.values() for n in (a.name, *a.aliases)}
        edges = _language_edges(language)
        runs = joined_institutions("".join(masked), _capitalised_runs("".join(masked), edges),
                                   _EDGE_WORDS | _FOREIGN_STARTER_WORDS)
        names = [name for name in map(without_prefix, runs) if name and name not in known
                 and not (language.startswith("de") and german_common_nouns(name))]
        if language.split("-")[0].lower() == "fr":  # "ministère de l'Agriculture", "place Masséna"
            headed = lowercase_headed_names("".join(masked))
            names = [name for name in names if not any(h.endswith(" " + name) for h in headed)] + headed
        if language.split("-")[0].lower() in ("ru", "uk"):
            from generator.importer.morphology import name_nominative

            # "сообщил Роскомнадзор ТАСС": the agency told is no part of the name before it
            names = [" ".join(n.split()[:-1]) if n.split()[-1] in MEDIA_NAMES and len(n.split()) > 1 else n
                     for n in names]
            names = [_with_its_noun(name, text, language.split("-")[0].lower()) for name in names]
            names = [name_nominative(name, language.split("-")[0].lower()) for name in names]
        if language.split("-")[0].lower() == "tr":
            names = [turkish_nominative(name) for name in names]
        if language.split("-")[0].lower() == "de":
            names = [strong_adjectives(german_nominative(name)) for name in names]
        names += _single_names("".join(masked), names, edges, language)
        return list(dict.fromkeys(name for name in names if name not in known))


def _with_its_noun(name: str, text: str, lang: str) -> str:
    """A Russian or Ukrainian name that ends on an adjective with the lowercase noun after it: "Прокуратура
    Самарской | области", "Поліція Чернівецької | області"."""
    from generator.importer.morphology import is_adjective

    if not is_adjective(name.split()[-1], lang):
        return name
    after = re.search(re.escape(name) + r"\s+([а-яёіїєґ'’-]{3,})\b", text)
    return f"{name} {after.group(1)}" if after else name


def _single_names(text: str, names: list[str], edges: frozenset[str], language: str) -> list[str]:
    """Names of one word: a capitalised word that stands alone (no capital next to it), not opening its sentence
    and no word of a longer name found, named at least twice ("Transnet", "Durban", "Brunsbüttel") or a country;
    a German noun (the dictionary knows it) is no name."""
    lang = language.split("-")[0].lower()
    parts = {word for name in names for word in name.split()}
    counts: Counter[str] = Counter()
    for match in re.finditer(r"(?<![\w'’.-])([^\W\d_][\w-]*)(?:['’][a-zçğıöşü]{1,5})?(?![\w'’-])", text):
        word = match.group(1)
        before = text[:match.start()].rstrip(" \t\"“«„(")
        if not word[:1].isupper() or not before or before[-1] in ".!?:\n|" or len(word) < 3:
            continue  # a sentence's first word may be any word
        after = text[match.end():match.end() + 2].lstrip()
        previous = re.search(r"([^\W\d_][\w'’.-]*)\s$", text[max(0, match.start() - 40):match.start()])
        opener = previous and (previous.group(1) in _EDGE_WORDS or previous.group(1) in edges)  # "In Brunsbüttel"
        if (after[:1].isupper() and after[:1].isalpha()) or (previous and previous.group(1)[:1].isupper()
                                                             and not opener):
            continue  # part of a longer run of capitals
        counts[_nominative(word, lang)] += 1
    countries = country_names(lang)
    single = [word for word, count in counts.items() if (count >= 2 or word in countries) and word not in parts
              and word not in _EDGE_WORDS and word not in edges and word not in _CONNECTORS]
    if lang == "de":
        single = [word for word in single if word not in DE_COMMON and (word in countries or not known_german(word)
                                                                       or place_word(word, text))]
    if lang in ("ru", "uk"):
        from generator.importer.morphology import is_adjective

        single = [word for word in single if not is_adjective(word, lang)]  # "Самарской" (области)
    return single


def _nominative(word: str, lang: str) -> str:
    """One word of a name in its dictionary form (Russian and Ukrainian)."""
    if lang in ("ru", "uk") and not word.isupper():
        from generator.importer.morphology import name_nominative

        return name_nominative(word, lang)
    return word


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


# German titles are compounds: "Parteichef", "Bundespräsident", "CDU-Chef", "Finanzminister", "Grünen-Politikerin",
# "Bundestrainer", "Skispringer".
_COMPOUND_TITLE = re.compile(r"(?:chef|präsident|minister|kanzler|sprecher|politiker|kandidat|meister|leiter|direktor|"
                             r"amtsinhaber|senator|richter|vorsitzender?|trainer|springer|spieler|sportler|fahrer|"
                             r"läufer|experte|forscher|anwalt|sprecherin|arzt|ärztin|pfleger|wirt|bauer|"
                             r"unternehmer|landrat|intendant|dirigent|regisseur|führer|vorstand|betreiber|"
                             r"vertreter|mitglied|gründer|inhaber|eigentümer|besitzer|betreuer|unternehmen|"
                             r"staatssekretär|sekretär|olog(?:e|in)|pfarrer|komponist|referent|sänger|"
                             r"schauspieler|musiker|künstler|autor|journalist|professor|bischof|priester|"
                             r"kommandant|ermittler|ingenieur|techniker|kapitän|pilot|förster|winzer|imker|"
                             r"landwirt|bürgermeister|hersteller|tochter|anwältin|konzern|händler|"
                             r"zulieferer|versorger|betreiber)(?:in|en)?$", re.IGNORECASE)


def _trim(run: list[str], edges: frozenset[str] = frozenset()) -> str:
    words = [w.rstrip(".") if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w) else w for w in run]
    while words and words[-1] in _CONNECTORS:
        words.pop()
    if all(w in _EDGE_WORDS or w in _CONNECTORS for w in words):
        return ""
    titles = [i for i, w in enumerate(words) if w in _TITLES or _COMPOUND_TITLE.search(w)]
    if titles and len(words) - titles[-1] > 2 and not (words[titles[-1]] == "General" and titles[-1] > 0
                                                       and words[titles[-1] + 1] in _CONNECTORS):
        # (but "Consejo General del Poder Judicial": an institution's name goes on after its "General")
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
    if len(words) == 2 and words[0] in _COURTESY:
        return ""  # "M. Vasseur", "Mme Ferhat": a surname the story named in full before
    return " ".join(words) if len(words) >= 2 else ""
