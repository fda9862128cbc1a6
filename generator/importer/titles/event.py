"""The entry point ``event_title``: a date mention's title, kept apart from the titles of the sentence's other
events."""

from __future__ import annotations

import datetime as dt
import re

from generator.importer.dates import Mention
from generator.importer.fit import LIMIT, fit
from generator.importer.titles.clauses import _up_to_its_date
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.cleft import cleft_told
from generator.importer.titles.coordinated import first_predicate, second_predicate
from generator.importer.titles.dated import Dated, _tense
from generator.importer.titles.english import _their_noun
from generator.importer.titles.fragment import (
    instead_of_fragment,
    with_continued_clause,
    with_its_predicate,
    with_set_off_subject,
)
from generator.importer.titles.lost_subject import with_lost_subject
from generator.importer.titles.passives import _dated_participle, _es_dated_participle
from generator.importer.titles.predicates import _has_verb
from generator.importer.titles.said import _what_was_reported
from generator.importer.titles.spanish_mood import spanish_indicative
from generator.importer.titles.speaker import told_by_speaker
from generator.importer.titles.title import _raw_title
from generator.importer.titles.turkish_clauses import _TR_FINITE_END, _turkish_speaker_as_subject, turkish_finite
from generator.importer.titles.turkish_relative import relative_told, statement_made
from generator.importer.titles.whose import without_opening_pronoun
from generator.importer.titles.words import _DANGLING, _LEADS, _lang
from generator.importer.turkish.clauses import report_as_told
from generator.link.duplicates import period


def event_title(sentence: str, clauses: list[tuple[int, int]], at: int, mention: Mention, mentions: list[Mention],
                language: str, story: dt.date, taken: dict[str, Dated], context: str = "",
                earlier: dict[str, Dated] | None = None, previous: str = "", quote_rest: str = "",
                quote_start: str = "") -> str:
    """The headline of the event that ``mention`` dates, from its clause ``clauses[at]`` (see the package's notes).

    ``taken`` holds the titles (and dates) the sentence's other events have already, ``earlier`` those of the
    story's earlier sentences; ``context`` is the name the story spoke of last (what a pronoun may stand for);
    ``previous``, the sentence before (what "Об этом сообщили …" reports); ``quote_rest``, the sentences up to
    the end of a quote the sentence leaves open (its speaker is named after it); ``quote_start``, those from the
    start of a quote it closes (its speaker is named before it).
    """
    near = {**(earlier or {}), **taken}
    title = _raw_title(sentence, clauses, at, mention, mentions, language, story, context, near) \
        or _without_date_words(sentence[clauses[at][0]:clauses[at][1]], language)
    if _lang(language) == "tr":
        title = fit(_turkish_speaker_as_subject(title, sentence), language, _DANGLING["tr"])
        title = turkish_finite(title, _tense(mention.date, story))
        if len(title) > LIMIT and (told := report_as_told(title)):
            title = fit(told, language, _DANGLING["tr"])  # a report too long: what was reported
        elif title.split() and not _TR_FINITE_END.search(title.split()[-1]) and (told := report_as_told(title, True)):
            title = _capital(fit(told, language, _DANGLING["tr"]), "tr")  # a report with no finite verb of saying
        title = _turkish_relative(title, sentence, mention, mentions, story)
        title = statement_made(title, _tense(mention.date, story))  # "Şirketten yapılan açıklamada" → "Şirket …"
    if _lang(language) in ("ru", "uk"):  # "… смогут вернуть их": the noun the object pronoun stands for
        from generator.importer.slavic import infinitive_first, object_pronoun_noun

        title = fit(object_pronoun_noun(title, sentence, _lang(language)), language, _DANGLING[_lang(language)])
        title = infinitive_first(title, _lang(language))  # "Розглянути її депутати мають" → "Депутати мають …"
    if _lang(language) in ("ru", "uk") and previous and _THIS_REPORTED.match(sentence) and at == 0 \
            and (reported := _what_was_reported(previous, language, story)) \
            and reported.casefold() not in {t.casefold() for t in near}:  # the sentence before told it undated
        title = reported
    if _lang(language) == "en":  # "… cutting them", "a barge struck it": the noun an object pronoun stands for
        title = _capital(fit(_their_noun(title, sentence, clauses[at]), language, _DANGLING["en"]), "en")
    title = with_lost_subject(title, sentence, clauses, at, mentions, language)
    bare = without_opening_pronoun(title, sentence, _lang(language))
    if bare != title:  # "Dont les travaux avaient commencé" → "Les travaux de la ligne avaient commencé"
        title = _capital(fit(bare, language, _DANGLING.get(_lang(language), set())), _lang(language))
    title = _without_open_quote(title)
    before = f"{quote_start} " if quote_start else ""
    spoken = told_by_speaker(title, before + (f"{sentence} {quote_rest}" if quote_rest else sentence),
                             len(before) + mention.start, language, context, _tense(mention.date, story))
    if spoken != title:  # "We told them" → "Carla Whitfield told them": a quote's first person, its speaker's
        title = _capital(fit(spoken, language, _DANGLING.get(_lang(language), set())), _lang(language))
    if _lang(language) == "es":  # "La inestabilidad remita" → "La inestabilidad remitirá": a clause cut out of
        title = spanish_indicative(title, _tense(mention.date, story))  # "prevé que …" states its fact
    own = _EN_OWN_ACT.match(title) if _lang(language) == "en" else None
    if own:  # "Snap said it had deactivated 400,000 accounts" → "Snap deactivated 400,000 accounts": its own act
        title = f"{own['who']} {own['rest']}"
    if title.casefold() in {t.casefold() for t in taken} and _lang(language) in ("ru", "uk") \
            and mention.end_date and re.match(r"(?i:на)\s", sentence[mention.start:mention.end]):
        from generator.importer.slavic import period_of_object

        # "затвердила програму … | на 2026-2028 роки": the period the object is for ("Програма … діятиме")
        lean = tidy(remove_dates(sentence[clauses[at][0]:mention.start], clauses[at][0], mentions, language))
        tense = _tense(mention.date, story)
        tense = 0 if tense < 0 and period(mention.end_date)[1] >= story else tense  # a period still running
        title = _capital(period_of_object(lean, tense, _lang(language)), "uk") or title
    tense = _tense(mention.date, story)
    dated = _dated_participle(sentence, clauses[at], mention, tense) if _lang(language) == "fr" else \
        _es_dated_participle(sentence, clauses[at], mention, mentions, tense) if _lang(language) == "es" else ""
    if title.casefold() in {t.casefold() for t in taken} and dated \
            and dated.casefold() not in {t.casefold() for t in taken}:
        # one clause, two dates, the second right after a participle in a noun phrase: "prévoyait une hausse au
        # 1er avril et une prime versée en mai" → "Une prime sera versée"
        title = _capital(fit(dated, language, _DANGLING["fr" if _lang(language) == "fr" else "es"]), _lang(language))
    # "The horses will be trained from May and enter service in the summer of 2024": each date its predicate
    joined = second_predicate(title, sentence, clauses[at], mention, mentions, _lang(language))
    if joined and joined.casefold() not in {t.casefold() for t in taken}:
        title = _capital(fit(joined, language, _DANGLING[_lang(language)]), _lang(language))
    else:  # the first date's title stops before the second predicate
        shorter = first_predicate(title, sentence, clauses[at], mention, mentions, _lang(language))
        title = shorter if len(shorter.split()) >= 3 else title
    title = with_set_off_subject(title, sentence, clauses, at, mentions, language)
    title = with_continued_clause(title, sentence, clauses, at, mentions, language)
    title = with_its_predicate(title, sentence, clauses, at, mentions, language)
    title = instead_of_fragment(title, sentence, clauses, at, mentions, language, {t.casefold() for t in taken})
    title = cleft_told(title, sentence, mentions, language)
    if dated and not _has_verb(title, _lang(language)) and dated.casefold() not in {t.casefold() for t in taken}:
        # a title with no verb, its date right after a participle: "… un éboulement survenu dans la nuit de mardi
        # à mercredi" → "Un éboulement est survenu"
        title = _capital(fit(dated, language, _DANGLING[_lang(language)]), _lang(language))
    if title.casefold() in {t.casefold() for t in taken}:  # one clause, two dates: keep what tells them apart
        others = [m for m in mentions if m is not mention]
        title = _raw_title(sentence, clauses, at, mention, others, language, story, context, near)
        statement = _EN_STATEMENT.match(title) if _lang(language) == "en" else None
        if statement:  # "TSMC said it would start production": the production, not the saying
            title = f"{statement['who']} {statement['rest']}"
        if title.casefold() in {t.casefold() for t in taken}:
            lean = _up_to_its_date(sentence, clauses[at], mention, mentions, language)
            title = lean if lean and lean.casefold() not in {t.casefold() for t in taken} else \
                f"{title} ({tidy(sentence[mention.start:mention.end])})"
    return _without_lead(_without_open_quote(title), _lang(language))


def _without_open_quote(title: str) -> str:
    """``title`` without a quote's opening mark it does not close: "„Wir haben jeden Regalmeter geplant"."""
    for opening, closing in (("„", "“”"), ("«", "»"), ("“", "”"), ('"', '"')):
        if title.startswith(opening) and not any(mark in title[1:] for mark in closing):
            return title[1:].lstrip()
    return title


def _without_lead(title: str, lang: str) -> str:
    """``title`` without a clause word set off at its start: "Mais, quelque 800 m3 de roches se sont détachés" →
    "Quelque 800 m3 …" (what was before that comma, a date, went)."""
    leads = _LEADS.get(lang)
    rest = re.sub(rf"^(?:{leads}),\s+(?=\S+\s+\S)", "", title, flags=re.IGNORECASE) if leads else title
    if lang in _THEN:  # "Puis le conseil municipal a voté …": "then" before a subject (before a participle it
        rest = re.sub(_THEN[lang], "", rest)  # shares the subject of the clause before: "puis contrôlé")
    return _capital(rest, lang) if rest != title else title


# "Then" before a subject's article.
_THEN = {"fr": re.compile(r"^(?:Puis|Ensuite)\s+(?=(?:le|la|les|l['’]|un|une|des|ce|cette|ces)\b)", re.IGNORECASE),
         "es": re.compile(r"^(?:Luego|Después)\s+(?=(?:el|la|los|las|un|una|unos|unas)\b)", re.IGNORECASE)}


# A Russian or Ukrainian sentence that only says who reported the sentence before it: "Об этом сообщили в
# пресс-службе …", "Про це повідомила …".
_THIS_REPORTED = re.compile(r"(?:Об этом|Про це)\s")

_EN_OWN_ACT = re.compile(r"^(?P<who>.+?)\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|he|she|they)\s+(?:had|has|have)"
                         r"\s+(?P<rest>(?!been\b)[a-z]+(?:ed|en|un|ught|ade|ound|id)\s+\S.*)$")
_EN_STATEMENT = re.compile(r"^(?P<who>.+?)\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|he|she|they)\s+"
                           r"(?P<rest>(?:would|will|had|has|was|is|could|plans)\b.*)$")


def _turkish_relative(title: str, sentence: str, mention: Mention, mentions: list[Mention], story: dt.date) -> str:
    """A Turkish title with no verb at its end, when its date opens a relative clause, or any title when the clause
    is surely the date's (``relative_told``): that clause, told with the noun it describes as subject ("…
    ulaşan yolcunun valizi" → "Yolcu … ulaştı"); ``title`` otherwise."""
    words = title.split()
    told = relative_told(sentence, mention, mentions, _tense(mention.date, story),
                         adjacent=bool(words) and _TR_FINITE_END.search(words[-1]) is not None)
    return _capital(fit(told, "tr", _DANGLING["tr"]), "tr") if len(told.split()) >= 2 else title


def _without_date_words(clause: str, language: str) -> str:
    """The clause without its words of dates (a day's or month's name, a figure, the short preposition before
    one): the title of last resort, when the date's words took the whole clause ("У суботу пункти працюватимуть з
    10:00 до 17:00" → "Пункти працюватимуть")."""
    from generator.importer.lexicon import lexicon

    lex = lexicon(language)
    names = [*lex.weekdays, *lex.months]
    words = clause.strip().rstrip(".").split()
    dated = [bool(re.search(r"\d", w)) or any(w.lower().startswith(name) for name in names if len(name) > 2)
             for w in words]
    kept = [w for i, w in enumerate(words) if not dated[i] and not (len(w) <= 3 and dated[i + 1:i + 2] == [True])]
    return _capital(fit(tidy(" ".join(kept)).strip(" ,"), language, _DANGLING.get(_lang(language), set())),
                    _lang(language))
