"""How well ``explainer import`` dates a story's events, measured on tests/import-corpus/.

Each story is drafted as the importer drafts it (report date from the dateline,
dates read in the story's language) and its timeline is compared with the
hand-written truth beside it: an expected event is *found* when a drafted event
has its date (each drafted event matches at most one expected event); a drafted
event whose date matches no expected event (optional ones included) is a *wrong
date*. Printed: per story found / expected and wrong dates, then the totals
(recall, wrong dates per story on average, milliseconds per story).

Titles are measured on the found events (a drafted event matched to a truth
event by its date, to the one whose ``title:`` it shares most words with):
the share that passes the structural checks of ``title_faults`` (starts with a
subject, has a finite verb, no dangling end, at most 80 characters, distinct in
its story) and the content-word F1 of each title with the truth's headline
(words lemmatised with simplemma, function words left out), per language.

    python benchmarks/import_accuracy.py [--engine rules|dateparser] [-v] [--titles] [--corpus DIR]

``--engine dateparser`` dates the events with dateparser's ``search_dates``
instead (report date as RELATIVE_BASE, the story's language; the same tense
cues choose PREFER_DATES_FROM), for comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.dates import PartialDate, parse_date  # noqa: E402
from generator.importer.dates import date_in_text, dateline_day  # noqa: E402
from generator.importer.draft import Draft, draft_article  # noqa: E402
from generator.importer.names import ActorNames  # noqa: E402
from generator.importer.text import split_dateline  # noqa: E402
from generator.load.wirecopy import parse_wire_copy  # noqa: E402

CORPUS = ROOT / "tests" / "import-corpus"


@dataclass
class TitleScore:
    drafted: str
    truth: str
    faults: list[str]  # the structural checks it fails (see title_faults)
    f1: float  # content-word F1 with the truth's headline


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
    titles: list[TitleScore] = field(default_factory=list)


def _date(value: object) -> str:
    return parse_date(value if isinstance(value, str) else str(value)).iso()


def draft_dates(path: Path, language: str, engine: str, today: dt.date | None = None
                ) -> tuple[dt.date | None, list[tuple[str, str]]]:
    """The report date the importer reads and the (date, title) of the events it drafts (see ``draft_of``)."""
    if engine == "dateparser":
        story, paragraphs, _ = _story_and_paragraphs(path, language, today)
        return story, ([(date, "") for date in dateparser_dates(paragraphs, story, language)] if story else [])
    story, draft = draft_of(path, language, today)
    return story, [(event.date.iso(), event.title) for event in draft.timeline] if draft else []


def draft_of(path: Path, language: str, today: dt.date | None = None) -> tuple[dt.date | None, Draft | None]:
    """The report date the importer reads and the draft it makes, on a site with no actors yet."""
    story, paragraphs, place = _story_and_paragraphs(path, language, today)
    if story is None:
        return None, None
    return story, draft_article([p for p in paragraphs if p], [], story, ActorNames({}, _empty_index()), "x",
                                language, place)


def _story_and_paragraphs(path: Path, language: str, today: dt.date | None
                          ) -> tuple[dt.date | None, list[str], str]:
    """The report date, the paragraphs (dateline taken off) and the dateline's place; a dateline without a year
    ("5 mar", "2 декабря") is read as the story is imported, on ``today``, and a story that names no date at all
    ("BERLIN (dpa) -") is dated ``today``, as `explainer import` dates it."""
    wire = parse_wire_copy(path.read_text(encoding="utf-8"))
    paragraphs = [p.text for p in wire.paragraphs]
    dateline, paragraphs[0] = split_dateline(paragraphs[0])
    story = date_in_text(dateline.date if dateline else "", paragraphs, language)
    if story is None and dateline and today:
        story = dateline_day(dateline.date, today, language)
    if story is None:  # no date in the dateline or the text: the import takes the day it runs, as the command does
        story = today
    return story, paragraphs, dateline.place if dateline else ""


def _empty_index():  # type: ignore[no-untyped-def]
    from generator.link.mentions import NameIndex

    return NameIndex.build({})


def dateparser_dates(paragraphs: list[str], story: dt.date, language: str) -> list[str]:
    """The comparison engine: dateparser's search_dates on each clause, precision from get_date_data."""
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    from generator.importer.cues import BACK, FORWARD, direction
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
    story, events = draft_dates(truth_path.with_suffix(".txt"), truth["language"], engine,
                                today=dt.date.fromisoformat(str(truth["date"])))  # imported the day it was written
    seconds = time.perf_counter() - started
    drafted = [date for date, _ in events]
    required = Counter(_date(e["date"]) for e in truth["events"] if not e.get("optional"))
    optional = Counter(_date(e["date"]) for e in truth["events"] if e.get("optional"))
    got = Counter(drafted)
    found = required & got
    rest = got - found
    extra = rest - optional
    missed = required - found
    titles = score_titles(events, truth["events"], truth["language"]) if engine == "rules" else []
    return Score(truth_path.stem, sum(required.values()), sum(found.values()), sum(extra.values()),
                 story == truth["date"], sorted(missed.elements()), sorted(extra.elements()), seconds, titles)


def score_titles(drafted: list[tuple[str, str]], truth: list[dict], language: str) -> list[TitleScore]:
    """Each drafted event with a truth event of its date (the one whose headline it shares most words with;
    each truth event used once), scored against that headline."""
    open_events = [(_date(e["date"]), str(e.get("title", ""))) for e in truth]
    all_titles = [title.casefold() for _, title in drafted]
    scores: list[TitleScore] = []
    for date, title in drafted:
        candidates = [(content_f1(title, headline, language), i) for i, (day, headline) in enumerate(open_events)
                      if day == date and headline]
        if not candidates:
            continue
        f1, i = max(candidates)
        headline = open_events.pop(i)[1]
        faults = title_faults(title, language)
        if all_titles.count(title.casefold()) > 1:
            faults.append("not distinct")
        scores.append(TitleScore(title, headline, faults, f1))
    return scores


# --- title quality: structural checks and word overlap, with word lists of their own (not the importer's) ----

_FUNCTION = {
    "en": "a an the of to in on at by for from with and or but as that which who its his her their into than "
          "about over after before is are was were be been has had have will would it he she they this",
    "de": "der die das den dem des ein eine einen einem einer und oder in im am an mit von vom zu zum zur für "
          "auf bei nach über vor aus seine ihre sein ihr er sie es wie als dass hat haben hatte ist sind war",
    "es": "el la los las lo un una unos unas de del en y e o a al que con por para su sus se es fue ha han "
          "como",
    "fr": "le la les l un une des de du d en et ou à au aux que qui par pour sur avec son sa ses se s est a "
          "ont été dans",
    "ru": "в во на с со к по о об от до из за для и а но что как он она они его её их это был была было были "
          "не же",
    "uk": "в у на з із зі до від по про за для і й та а але що як він вона вони його її їх це був була було "
          "були не",
    "tr": "ve ile bir bu da de ki için olarak gibi",
}
_DANGLING = {
    "en": _FUNCTION["en"] + " just also not more most first new", "de": _FUNCTION["de"] + " noch bereits",
    "es": _FUNCTION["es"], "fr": _FUNCTION["fr"], "ru": _FUNCTION["ru"] + " через над под между при",
    "uk": _FUNCTION["uk"] + " через над під між при", "tr": "ve ile bir bu için",
}
# Verbs of saying and showing: a headline that ends on one (or on one and phrases of place or time) does not say
# what was said.
_SAYING = {
    "en": "said says say told reported reports announced announces confirmed added signalled signaled signals "
          "ruled rules promised promises warned warns stated wrote noted showed show shows "
          "predicted estimated agreed decided argued claimed insisted indicated acknowledged",
    "de": "sagte sagten erklärte erklärten berichtete berichteten betonte betonten",
    "es": "dijo informó anunció afirmó indicó señaló aseguró confirmó explicó declaró precisó agregó añadió "
          "comunicó publicarán publicará publicó",
    "fr": "indiqué annoncé déclaré affirmé précisé confirmé expliqué assuré souligné savoir",
    "ru": "заявил заявила заявили заявило сообщил сообщила сообщили сообщило объявил объявила отметил отметила "
          "сказал сказала рассказал рассказала подчеркнул подчеркнула уточнил уточнила",
    "uk": "заявив заявила заявили заявило повідомив повідомила повідомили повідомило оголосив оголосила "
          "зазначив зазначила сказав сказала наголосив наголосила уточнив уточнила",
    "tr": "açıkladı bildirdi söyledi duyurdu",
}
_DE_MODALS = {"soll", "sollen", "sollte", "sollten", "muss", "müssen", "wird", "werden", "kann", "können", "könnte",
              "könnten", "dürfte", "dürften", "will", "wollen", "dürfe", "solle", "müsse", "werde"}
_DE_SAYING = {"teilte", "teilten", "kündigte", "kündigten", "gab", "gaben"}
_PLACE_OR_TIME = {
    "en": "in on at for from with by during after before amid", "de": "in im am an bei nach auf vor",
    "es": "en de del con tras desde", "fr": "en à au aux dans lors", "ru": "в во на с после при",
    "uk": "в у на з після при", "tr": "",
}
# Words no headline's subject starts with: connectives, prepositions, adverbs, clause words.
_PLACE_FIRST_OK = {"ru": {"в", "на", "с", "по"}, "uk": {"в", "у", "на", "з", "по"}}
_NOT_SUBJECT = {
    "en": "and but or so then also however meanwhile after before since until when while where which who that "
          "on in at by for from with as during ahead amid just already only still yet if because though said "
          "says told according",
    "de": "und aber oder dann auch am im an in mit von vom bis ab seit nach vor bereits schon noch wie als "
          "nachdem während weil dass laut",
    "es": "y pero o también luego después antes cuando mientras donde que según en el_ de tras desde hasta "
          "ayer hoy",
    "fr": "et mais ou aussi puis après avant lorsque quand où que qui selon en depuis dès hier alors",
    "ru": "и но а также затем после до когда где что который в на с по вчера сегодня",
    "uk": "і й та але а також потім після до коли де що який в у на з по вчора учора сьогодні",
    "tr": "ve ama ancak ayrıca sonra önce",
}
def _set(words: str) -> set[str]:
    return set(words.split())


_EN_VERBS = _set("""is are was were be been has have had will would can could may might must shall should did does do
said says told began begins won wins took takes met meets fell held holds left beat shot sat made
gave broke rose shrank hit cut set led ran saw spent sent struck spoke came went got found kept lost
paid put read brought built bought chose drew drove flew fought forgot grew heard knew laid meant
rang sold sought stood swore thought threw understood wore wrote plans expires faces leads returns
remains calls warns seeks reaches signs opens ends paves launches attempts shut cost hurt quit spread let
struck fled sued tore swept froze burst cast sank shook blew fed bled hung slid spun stuck swung woke bore
tears sweeps freezes bursts casts runs forecasts expects hopes intends wants""")
_DE_VERBS = _set("""ist sind war waren hat haben hatte hatten wird werden wurde wurden will wollen wollte soll sollen
sollte kann können konnte muss müssen musste geht ging findet fand tritt trat beginnt begann
empfängt empfing gibt gab steht stand liegt lag nimmt nahm bleibt blieb rief ruft kam kommt fiel fällt hielt
hält lief läuft sprach spricht traf trifft warf zog zieht wies verlor gewann begann bat bot entschied stieg sank
sei seien habe hätte hätten werde würde würden wäre wären könne könnte könnten müsse müsste solle wolle dürfe""")
# the subjunctive of reported speech (Konjunktiv I) and the conditional (Konjunktiv II) are finite verbs too
_ES_VERBS = _set("""es son fue fueron era eran ha han había habían será serán está están estaba va van tiene tienen
sigue siguen hay dice dicen prevé prevén puede pueden debe deben iba iban""")
# ("iba", the imperfect of "ir", has none of the regular endings: "La feria iba a celebrarse en …")
_FR_VERBS = _set("""a ont est sont était étaient avait avaient sera seront fut doit doivent devait va vont fait font
peut peuvent aura auront fera feront ira iront dit disent met mettent prend prennent vient viennent tient tiennent""")
_DE_PARTICLES = _set("an ab auf aus bei ein fest mit statt vor zu zurück zusammen bekannt")
_EN_PARTICLES = _set("in over up out off down on")
# The strong preterites of "tener", "decir", "hacer", "poner", "poder" and their compounds: "obtuvo", "detuvo",
# "produjo", "propuso".
_ES_STRONG_PRETERITE = re.compile(r"(?:^|\w)(?:tuvo|tuvieron|dujo|dujeron|dijo|dijeron|hizo|hicieron|puso|pusieron|"
                                  r"pudo|pudieron)$")
_TR_FINITE = re.compile(r"(?:[dt][ıiuü]|m[ıiuü]ş|m[ıiuü]şt[ıiuü]|[ae]cak|[ae]cek|yor|[ıiuüae]r|d[ıiuü]r|t[ıiuü]r)$")


@functools.cache
def _morph(language: str):  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.%$-]+(?:['’]\w+)?", text)


def _finite(word: str, position: int, language: str, before: str = "") -> bool:
    """Whether ``word`` reads as a finite verb (or a predicate participle) in ``language`` (``before``: the word
    before it, lowercase)."""
    low = word.casefold().strip(".")
    if language == "fr":
        low = re.sub(r"^(?:n|s|l|d|qu|j|m)['’]", "", low)  # "n'a", "s'est"
    if language in ("ru", "uk"):
        if position > 0 and low in _SLAVIC_MODALS:
            return True
        # a short adjective is a predicate ("Клубы должны подать", "Стороны намерены довести")
        return any(p.tag.POS in ("VERB", "PRTS") or ("pssv" in p.tag and position > 0)
                   or (p.tag.POS == "ADJS" and position > 0) for p in _morph(language).parse(low)[:2])
    if language == "en":
        return low in _EN_VERBS or (len(low) > 3 and low.endswith("ed") and position > 0)  # ("died", "lied")
    if language == "de":
        strong = re.fullmatch(r"(?:be|ent|er|ver|zer|über|unter|miss)(\w+)", low)  # "entstand", "verlor", "überstand"
        if strong and strong.group(1) in _DE_VERBS and position > 0:
            return True
        return low in _DE_VERBS or (position > 0 and word.islower() and not low.startswith("ge")
                                    and re.search(r"(?:te|ten|et|t)$", low) is not None
                                    and low not in _FUNCTION["de"].split())
    if language == "es":
        return low in _ES_VERBS or (len(low) > 3 and re.search(r"(?:ó|aron|[iy]eron|rá|rán|aba|aban|ía|ían)$", low)
                                    is not None) or _ES_STRONG_PRETERITE.search(low) is not None or (
            before == "se" and position > 1 and len(low) > 3)  # "cayeron"; "se aplica": a verb after its "se"
    if language == "fr":
        return low in _FR_VERBS or (len(low) > 4 and re.search(r"(?:era|eront|ra|ront|ait|aient)$", low)
                                    is not None) or _fr_present_plural(low, before)
    return False


# The present of the third person in Spanish and French (not a Spanish past subjunctive, "cayeran") and the
# determiners of an object after it.
_PRESENT_BEFORE_OBJECT = {
    "es": (r"(?![a-záéíóúñ]*(?:[iy]eran?|[ai]esen?)$)[a-záéíóúñ]{3,}(?:a|e|an|en)",
           {"un", "una", "unos", "unas", "el", "la", "los", "las", "su", "sus"}),
    "fr": (r"[a-zéèêàç]{3,}(?:e|ent)", {"un", "une", "des", "le", "la", "les", "du", "son", "sa", "ses", "leur",
                                        "leurs"}),
}
# Prepositions and determiners of the same endings: "desde las inundaciones", "entre les deux tours".
_NOT_PRESENT = {"es": _set("desde hasta entre sobre contra ante tras durante mediante mientras donde siempre este ese "
                           "esta esa otra toda cada nueva"),
                "fr": _set("comme entre contre chaque quelque cette notre votre autre")}
_SLAVIC_MODALS = {"повинен", "повинна", "повинно", "повинні", "змушений", "змушена", "змушені"}
_FR_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "son", "sa", "ses", "leur",
                   "leurs", "ce", "cette", "ces", "à", "en", "par", "pour", "sur", "avec", "dans"}


def _fr_present_plural(low: str, before: str) -> bool:
    """A French present plural ("appellent", "réclament") after a noun, not a noun in "-ement" or after a
    determiner ("le gouvernement", "un accident")."""
    return len(low) > 4 and low.endswith("ent") and not low.endswith("ement") and before != "" \
        and before not in _FR_DETERMINERS and not before[:1].isdigit()


def title_faults(title: str, language: str) -> list[str]:
    """The structural checks a title fails: "no subject first", "no finite verb", "dangling end", "too long",
    "bracket" (date words put in brackets); ``[]`` for a headline (distinctness is checked per story)."""
    lang = language.split("-")[0].lower()
    words = _words(title)
    faults: list[str] = []
    if not words:
        return ["empty"]
    first = words[0].casefold()
    # an -ing form opens a fragment ("Surpassing Camp Fire"), unless it is a name ("Helsing") or a subject with
    # its verb ("Trading will resume")
    participle = lang == "en" and first.endswith("ing") and _lemma(first, "en") != first \
        and not (len(words) > 1 and _finite(words[1], 1, lang))
    verb_first = lang != "tr" and _finite(words[0], 0, lang) and not (len(words) > 1 and words[1][:1].isupper())
    if lang == "tr":
        has_verb = bool(_TR_FINITE.search(words[-1].casefold()))
    else:
        has_verb = any(_finite(word, i, lang, words[i - 1].casefold()) for i, word in enumerate(words[1:], 1))
    # Russian and Ukrainian headlines may open on a place or time phrase before their verb: an impersonal plural
    # ("В регионе выявили …") or an inverted subject ("У Харкові розпочала роботу школа") is their ordinary order
    place_first = lang in _PLACE_FIRST_OK and first in _PLACE_FIRST_OK[lang] and has_verb
    if (not title[:1].isupper() and not title[:1].isdigit()) \
            or (first in _NOT_SUBJECT.get(lang, "").split() and not place_first) or participle or verb_first:
        faults.append("no subject first")
    if not has_verb and lang == "en":  # a present in "-s" before an infinitive or object: "expects to complete"
        has_verb = re.search(r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bof )\b[a-z]{3,}[^s\W]s\s+(?:to\s+[a-z]+|the|a|an|"
                             r"its|their|his|her)\b", title[1:]) is not None
    if not has_verb and lang in _PRESENT_BEFORE_OBJECT:  # a present before its object: "La cuenca acumula un
        ending, objects = _PRESENT_BEFORE_OBJECT[lang]    # déficit", "L'usine fabrique des pneus"
        function = _FUNCTION[lang].split()
        has_verb = any(re.fullmatch(ending, words[i]) and words[i + 1].casefold() in objects
                       and (i == 1 or words[i + 1].casefold() not in ("des", "du"))  # "La direction régionale des"
                       and words[i].casefold() not in function and words[i].casefold() not in _NOT_PRESENT[lang]
                       and words[i - 1].casefold() not in function
                       for i in range(1, len(words) - 1))
    if not has_verb and lang == "fr":  # a verb after its pronoun or negation: "s'ouvre", "ne circule", "n'exclut"
        has_verb = re.search(r"(?:^|\s)(?:[sn]['’]|(?:se|ne)\s+)(?!(?:l['’]|le|la|les|en|y)\b)[a-zéèêàâîôûç]{3,}",
                             title) is not None
    if not has_verb and lang == "de":
        # the finite verb of a main clause stands second, after its subject: the first lowercase word that is no
        # function word and no adjective before a noun, with more of the clause after it ("Bund und Länder
        # kommen … zusammen", "Die Ämter bleiben voraussichtlich geschlossen")
        second = next((i for i, w in enumerate(words[1:-1], 1) if w.islower() and w not in _FUNCTION["de"].split()
                       and not words[i + 1][:1].isupper()), None)
        has_verb = second is not None and all(w[:1].isupper() or w in _FUNCTION["de"].split() for w in words[:second])
        last = words[-1]  # or last, after its subject: "Die Lokführer der GDL streiken" (no participle, no "zu")
        has_verb = has_verb or (len(words) > 2 and last.islower() and not last.startswith("ge") and "zu" not in last
                                and all(w[:1].isupper() or w in _FUNCTION["de"].split() for w in words[:-1]))
    if not has_verb:
        faults.append("no finite verb")
    last, before = words[-1].casefold(), (words[-2].casefold() if len(words) > 1 else "")
    particle = (lang == "de" and last in _DE_PARTICLES and has_verb) or (
        lang == "en" and last in _EN_PARTICLES and (before in _EN_VERBS or re.search(r"(?:ed|en|n)$", before)))
    # "angegriffen haben", "gewählt worden sein": a perfect infinitive after a modal ends on its auxiliary
    perfect = lang == "de" and last in ("haben", "sein") and (before == "worden" or re.fullmatch(
        r"(?:\w{0,5})ge\w+(?:en|t)", before) is not None)
    # "Die Brücke soll fertig sein": an adjective and "sein" after a modal end a whole clause
    perfect = perfect or (lang == "de" and last == "sein" and before.islower()
                          and any(w.casefold() in _DE_MODALS for w in words[1:-2]))
    if (last in _DANGLING.get(lang, "").split() and not particle and not perfect) or title.rstrip()[-1:] in ",;:-–—…":
        faults.append("dangling end")
    if _says_nothing(words, lang):
        faults.append("no object")
    if len(title) > 80:
        faults.append("too long")
    if "(" in title:
        faults.append("bracket")
    return faults


_PASSIVE_AUXILIARY = {"en": "was were is are be been", "fr": "été"}
_EN_NOUN_BEFORE = re.compile(r"the|a|an|its|their|his|her|our|new|\w+['’]s")


def _says_nothing(words: list[str], lang: str) -> bool:
    """Whether the title ends on a verb of saying, or on one and phrases of place or time ("X said",
    "Allies promised at a summit in Washington", "Das Unternehmen teilte mit")."""
    saying = set(_SAYING.get(lang, "").split())
    low = [w.casefold() for w in words]
    if lang == "tr":  # the verb ends a Turkish sentence: only a subject before it says nothing
        return low[-1] in saying and len(low) <= 3
    if lang == "de" and len(low) > 2 and low[-1] in ("mit", "an", "bekannt") and low[-2] in _DE_SAYING:
        return True  # "Das Unternehmen teilte mit"
    # a word after a determiner or a possessive is a noun, not a verb: "under the EU's Dublin rules", "the reports"
    # (or after one and a name or a compound adjective: "the EU's Dublin rules", "its anti-deforestation rules")
    noun = {i for i in range(1, len(low)) if lang == "en" and (_EN_NOUN_BEFORE.fullmatch(low[i - 1]) or (
        i > 1 and (words[i - 1][:1].isupper() or "-" in low[i - 1].strip("-"))
        and _EN_NOUN_BEFORE.fullmatch(low[i - 2])))}
    last = max((i for i, w in enumerate(low) if w in saying and i > 0 and i not in noun), default=None)
    if last is None:
        return False
    if low[last - 1] in _PASSIVE_AUXILIARY.get(lang, "").split():
        return False  # "Un premier report a été annoncé", "The plan was announced": the subject is what was said
    if last == len(low) - 1:
        return True
    rest = words[last + 1:]  # "promised at a summit" says nothing; "said at least 24 people have died" does
    return low[last + 1] in _PLACE_OR_TIME.get(lang, "").split() and not any(
        _finite(w, i, lang) for i, w in enumerate(rest, 1))


@functools.cache
def _lemma(word: str, language: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang=language).casefold()


def content_f1(title: str, truth: str, language: str) -> float:
    """F1 of the two headlines' content words (lemmatised, function words left out)."""
    lang = language.split("-")[0].lower()
    stop = set(_FUNCTION.get(lang, "").split())

    def bag(text: str) -> Counter[str]:
        words = [w.casefold().strip(".") for w in re.split(r"['’]", text.replace("-", " "), maxsplit=0)
                 for w in _words(w)]
        return Counter(_lemma(w, lang) for w in words if w and w not in stop)

    got, want = bag(title), bag(truth)
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def measure(engine: str = "rules", corpus: Path = CORPUS) -> list[Score]:
    return [score(path, engine) for path in sorted(corpus.glob("*.yaml"))]


def title_summary(scores: list[Score]) -> dict[str, tuple[int, float, float]]:
    """Per language (and "all"): found events, share of titles that pass every structural check, mean F1."""
    groups: dict[str, list[TitleScore]] = {"all": []}
    for s in scores:
        groups.setdefault(s.name.split("-")[0], []).extend(s.titles)
        groups["all"].extend(s.titles)
    return {language: (len(group), sum(not t.faults for t in group) / len(group) if group else 0.0,
                       sum(t.f1 for t in group) / len(group) if group else 0.0)
            for language, group in groups.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", choices=("rules", "dateparser"), default="rules")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the missed and the wrong dates")
    parser.add_argument("--titles", action="store_true", help="list every drafted title, its faults and F1")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a folder of NAME.txt + NAME.yaml stories")
    args = parser.parse_args(argv)
    scores = measure(args.engine, args.corpus)
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
    if args.engine == "rules":
        if args.titles:
            for s in scores:
                for t in s.titles:
                    print(f"{s.name:28} F1 {t.f1:.2f} {', '.join(t.faults) or 'ok':16} {t.drafted!r}  [{t.truth}]")
        print("\ntitles of found events: share passing the structural checks, content-word F1 with the truth")
        for language, (n, ok, f1) in sorted(title_summary(scores).items()):
            print(f"  {language:4} {n:3} titles  structure {100 * ok:5.1f}%  F1 {f1:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
