"""The entry point ``event_title``: a date mention's title, kept apart from the titles of the sentence's other
events."""

from __future__ import annotations

import datetime as dt
import re

from generator.importer.dates import Mention
from generator.importer.fit import fit
from generator.importer.titles.clauses import _up_to_its_date
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.dated import Dated, _tense
from generator.importer.titles.english import _their_noun
from generator.importer.titles.passives import _dated_participle, _es_dated_participle
from generator.importer.titles.phrases import _long_noun_phrase, _noun_phrase
from generator.importer.titles.predicates import _verb_first
from generator.importer.titles.said import _what_was_reported
from generator.importer.titles.title import _raw_title
from generator.importer.titles.turkish_clauses import _turkish_speaker_as_subject, turkish_finite
from generator.importer.titles.words import _DANGLING, _lang
from generator.link.duplicates import period


def event_title(sentence: str, clauses: list[tuple[int, int]], at: int, mention: Mention, mentions: list[Mention],
                language: str, story: dt.date, taken: dict[str, Dated], context: str = "",
                earlier: dict[str, Dated] | None = None, previous: str = "") -> str:
    """The headline of the event that ``mention`` dates, from its clause ``clauses[at]`` (see the package's notes).

    ``taken`` holds the titles (and dates) the sentence's other events have already, ``earlier`` those of the
    story's earlier sentences; ``context`` is the name the story spoke of last (what a pronoun may stand for);
    ``previous``, the sentence before (what "Об этом сообщили …" reports).
    """
    near = {**(earlier or {}), **taken}
    title = _raw_title(sentence, clauses, at, mention, mentions, language, story, context, near)
    if _lang(language) == "tr":
        title = fit(_turkish_speaker_as_subject(title, sentence), language, _DANGLING["tr"])
        title = turkish_finite(title, _tense(mention.date, story))
    if _lang(language) in ("ru", "uk"):  # "… смогут вернуть их": the noun the object pronoun stands for
        from generator.importer.slavic import object_pronoun_noun

        title = fit(object_pronoun_noun(title, sentence, _lang(language)), language, _DANGLING[_lang(language)])
    if _lang(language) in ("ru", "uk") and previous and _THIS_REPORTED.match(sentence) and at == 0 \
            and (reported := _what_was_reported(previous, language, story)) \
            and reported.casefold() not in {t.casefold() for t in near}:  # the sentence before told it undated
        title = reported
    if _lang(language) == "en":  # "… cutting them", "a barge struck it": the noun an object pronoun stands for
        title = _capital(fit(_their_noun(title, sentence, clauses[at]), language, _DANGLING["en"]), "en")
    if _lang(language) == "en" and _EN_AUXILIARY_FIRST.match(title):  # "Was postponed": the sentence's subject
        title = _with_opening_subject(title, sentence)
    if _lang(language) == "en" and _EN_PAST_FIRST.match(title) and re.match(r"\s*and\s", sentence[clauses[at][0]:]):
        title = _with_shared_subject(title, sentence)  # "A cabin rolled back and | slammed into the station"
    if _lang(language) in ("fr", "es") and at and _ROMANCE_AUXILIARY_FIRST[_lang(language)].match(title) \
            and (subject := _set_off_subject(sentence, clauses, at, mentions, _lang(language))):
        # "L'unité, mise en service en 1993, | avait été arrêtée le 14 septembre": the sentence's subject
        title = _capital(fit(f"{subject} {title[:1].lower()}{title[1:]}", language, _DANGLING[_lang(language)]),
                         _lang(language))
    if _lang(language) == "de" and at == 2 and re.match(r"[A-ZÄÖÜ][a-zäöüß]+(?:t|en)\s+sich\b|"
                                                     r"(?:Ist|Sind|War|Waren|Wird|Werden|Hat|Haben|Hatte|Hatten)\s",
                                                     title) \
            and (subject := _german_subject_before_relative(sentence, clauses, mentions)):
        # "Die Inbetriebnahme, die … geplant war, | verschiebt sich auf Ende 2028": the subject before the relative
        title = _capital(fit(f"{subject} {title[:1].lower()}{title[1:]}", language, _DANGLING["de"]), "de")
    planned = _FR_PLANNED_SET_OFF.fullmatch(title) if _lang(language) == "fr" else None
    if planned:  # "Son redémarrage, initialement prévu | le 20 novembre": what was planned for the day
        be = "étaient" if planned["part"].endswith("s") else "était"
        title = f"{planned['noun']} {be} {planned['adverb'] or ''}{planned['part']}"
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
    return title


# A title that opens on an auxiliary has lost its subject to a relative clause the sentence put after it: "A
# meeting between Transnet and the shipping lines' association, which had been scheduled for Thursday, | was
# postponed", "A walk that the group had planned for Saturday, in which …, | was postponed".
_EN_AUXILIARY_FIRST = re.compile(r"(?:Was|Were|Had|Has|Have|Is|Are|Will|Would)\s+[a-z]")
_EN_OPENING = re.compile(r"(?P<subject>(?:The|A|An|[A-Z][\w'’&-]*)(?:\s+[\w'’&-]+){0,9}?)"
                         r"(?=\s+(?:that|which|who|whose)\b|,)")


def _with_opening_subject(title: str, sentence: str) -> str:
    """``title`` after the noun phrase its sentence opens with, when that is one (see above)."""
    opening = _EN_OPENING.match(sentence)
    subject = opening["subject"] if opening else ""
    if subject and not (_noun_phrase(subject, "en") or _long_noun_phrase(subject, "en")):
        subject = re.split(r"\s+(?:between|of|for|on|in|at|with|from|by|over|against|about)\s", subject)[0]  # its head
    if not subject or not (_noun_phrase(subject, "en") or _long_noun_phrase(subject, "en")):
        return title
    return _capital(fit(f"{subject} {title[:1].lower()}{title[1:]}", "en", _DANGLING["en"]), "en")


# A French or Spanish title that opens on an auxiliary: its subject is the sentence's, set off before it.
_ROMANCE_AUXILIARY_FIRST = {
    "fr": re.compile(r"(?:Avait|Avaient|A|Ont|Est|Sont|Était|Étaient|Sera|Seront|Doit|Doivent|Va|Vont)\s+"
                     r"(?:été\s+|déjà\s+|pas\s+)?[a-zéèêà]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|us)\b"),
    "es": re.compile(r"(?:Había|Habían|Ha|Han|Fue|Fueron|Será|Serán|Había sido|Habían sido)\s+"
                     r"(?:sido\s+)?[a-záéíóú]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"),
}
def _german_subject_before_relative(sentence: str, clauses: list[tuple[int, int]], mentions: list[Mention]) -> str:
    """The noun phrase a German sentence opens with when a relative clause on it follows ("Die Inbetriebnahme der
    neuen S-Bahn-Verbindung, | die ursprünglich … geplant war, | …"); else ""."""
    from generator.importer.titles.german import _DE_RELATIVE

    first = tidy(remove_dates(sentence[clauses[0][0]:clauses[0][1]], clauses[0][0], mentions, "de"))
    words = first.split()
    if not sentence[clauses[0][0]:clauses[0][1]].rstrip().endswith(",") or not 2 <= len(words) <= 8 \
            or not re.match(r"(?:Der|Die|Das|Ein|Eine)\s", first) \
            or not _DE_RELATIVE.match(sentence[clauses[1][0]:clauses[1][1]].strip()) \
            or any(w[:1].islower() and w not in _DE_NOUN_PHRASE_WORDS
                   and not re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es)", w) for w in words[1:]):
        return ""
    return first


_DE_NOUN_PHRASE_WORDS = {"der", "des", "die", "das", "dem", "den", "von", "vom", "für", "im", "am", "zum", "zur"}
_FR_PLANNED_SET_OFF = re.compile(r"(?P<noun>[^,]{2,60}),\s+(?P<adverb>\w+ment\s+)?"
                                 r"(?P<part>(?:prévu|programmé|annoncé|attendu)e?s?)")
_DETERMINER = {"fr": r"(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Uu]ne?|[Dd]es|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Cc]e|[Cc]ette|"
                     r"[Cc]es)",
               "es": r"(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Uu]na?|[Ss]us?|[Ee]ste|[Ee]sta|[Ee]stos|[Ee]stas)"}
_SET_OFF_PARTICIPLE = {"fr": r"(?:\w+ment\s+)?[a-zéèêà]+(?:é|ée|és|ées|is|ise|it|ite|u|ue|us)\b",
                       "es": r"(?:\w+mente\s+)?[a-záéíóú]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"}


def _set_off_subject(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                     lang: str) -> str:
    """The noun phrase that opens ``sentence`` when a participle set off in commas is all that stands between it
    and the clause ``clauses[at]`` ("L'unité de 1.300 mégawatts, | mise en service en 1993, | avait été …");
    else ""."""
    if at != 2:
        return ""
    first = tidy(remove_dates(sentence[clauses[0][0]:clauses[0][1]], clauses[0][0], mentions, lang))
    set_off = sentence[clauses[1][0]:clauses[1][1]].strip()
    words = first.split()
    if not sentence[clauses[0][0]:clauses[0][1]].rstrip().endswith(",") \
            or not re.match(_SET_OFF_PARTICIPLE[lang], set_off) or not 2 <= len(words) <= 6 \
            or not re.match(rf"{_DETERMINER[lang]}(?:\s|(?<=['’]))", first) \
            or any(_verb_first(word, lang) for word in words[2:]):
        return ""
    return first


# A title that opens on a past tense, the second of two verbs sharing the sentence's subject, and that subject
# before the first verb: "A cable car cabin carrying skiers | rolled back … and slammed into the station".
_EN_PAST_FIRST = re.compile(r"[A-Z][a-z]{2,}ed\s")
_EN_SHARED_SUBJECT = re.compile(r"(?P<subject>(?:The|A|An|[A-Z][\w'’&-]*)(?:\s+[\w'’&-]+){0,8}?)\s+[a-z]{2,}ed\b")


def _with_shared_subject(title: str, sentence: str) -> str:
    """``title`` after the subject its sentence's first verb has, when that is a noun phrase."""
    opening = _EN_SHARED_SUBJECT.match(sentence)
    subject = re.split(r"\s+[a-z]+ing\s", opening["subject"])[0] if opening else ""  # "A cabin | carrying skiers"
    if not subject or not (_noun_phrase(subject, "en") or _long_noun_phrase(subject, "en")):
        return title
    return _capital(fit(f"{subject} {title[:1].lower()}{title[1:]}", "en", _DANGLING["en"]), "en")


# A Russian or Ukrainian sentence that only says who reported the sentence before it: "Об этом сообщили в
# пресс-службе …", "Про це повідомила …".
_THIS_REPORTED = re.compile(r"(?:Об этом|Про це)\s")

_EN_OWN_ACT = re.compile(r"^(?P<who>.+?)\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|he|she|they)\s+(?:had|has|have)"
                         r"\s+(?P<rest>(?!been\b)[a-z]+(?:ed|en|un|ught|ade|ound|id)\s+\S.*)$")
_EN_STATEMENT = re.compile(r"^(?P<who>.+?)\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|he|she|they)\s+"
                           r"(?P<rest>(?:would|will|had|has|was|is|could|plans)\b.*)$")
