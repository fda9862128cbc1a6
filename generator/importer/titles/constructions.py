"""Constructions that tell a date mention's event before its clause is made a headline: a quote, a date set off
inside a clause, a phrase the date is the complement of, a subject across a relative clause, a comparison, a
participle; each gives the title, or None when it does not apply."""

from __future__ import annotations

import re

from generator.importer.fit import LIMIT
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.german import _german_across_relative, _german_attributive, _german_rest_after_relative
from generator.importer.titles.in_force import _state_since
from generator.importer.titles.said import _quote_told
from generator.importer.titles.slavic_clauses import _slavic_across_relative
from generator.importer.titles.spanish_french import _EVENT_OF_DATE, _event_of_its_date, _fr_before_doing
from generator.importer.titles.state import _Title


def _quoted_speaker(t: _Title) -> str | None:
    """A German, French or Spanish quote opening its sentence, told as its speaker's."""
    if t.lang in ("de", "fr", "es") and (told := _quote_told(t.sentence, t.mention, t.mentions, t.language)):
        return t.finished(told)  # "«…», a déclaré Thierry Lafon": the speaker's
    return None


def _date_inside_clause(t: _Title) -> str | None:
    """A Russian or Ukrainian date set off by commas inside a clause, told with the words before and after it."""
    sentence, clause, following, lang = t.sentence, t.clause, t.following, t.lang
    inside = re.fullmatch(r"[\s\"«„]*(?P<before>[^,]+),\s*(?:(?:в\s+)?последний\s+раз|впервые|вперше|востаннє|"
                          r"(?:в\s+)?останній\s+раз)?", t.own_words, re.IGNORECASE) \
        if lang in ("ru", "uk") and following and clause == t.clauses[t.at] \
        and not sentence[t.mention.end:clause[1]].strip(" ,") else None
    if inside:  # "Мы трижды, последний раз 10 ноября, | направляли письма": a date (and "the last time", "the
        # first time") set off by commas inside a clause whose words stand before and after it
        from generator.importer.morphology import verb_at

        before = inside["before"].split()
        after = tidy(remove_dates(sentence[following[0]:following[1]], following[0], t.mentions, t.language)).strip(
            ' ,."»“')
        if before and after[:1].islower() and verb_at(before, lang) == len(before) \
                and verb_at(after.split(), lang) == 0:
            return t.finished(f"{' '.join(before)} {after}")
    return None


def _before_doing(t: _Title) -> str | None:
    """A dated French "avant de" and its infinitive, as what the sentence's subject did then."""
    if t.lang == "fr" and t.at > 0 and t.tense <= 0 and (
            then := _fr_before_doing(t.sentence, t.clause, t.mentions, t.language)):
        return t.finished(then)  # "…, avant de les rouvrir en janvier 2024"
    return None


def _event_of_the_date(t: _Title) -> str | None:
    """The event a French or Spanish date is the complement of, told with its verb."""
    if t.lang in _EVENT_OF_DATE and (held := _event_of_its_date(t.sentence, t.mention, t.lang, t.tense)):
        return _capital(held, t.lang)  # "… l'annulation du scrutin du 12 mars" → "Le scrutin a eu lieu"
    return None


def _beginning(t: _Title) -> str | None:
    """A beginning told beside the date ("since", "seit", "depuis")."""
    from generator.importer.since import beginning_beside

    if began := beginning_beside(t.sentence, t.clauses, t.at, t.clause, t.mentions, t.language):
        return t.finished(began)
    return None


def _last_time(t: _Title) -> str | None:
    """"The first … since DATE" as when it last happened."""
    from generator.importer.since import last_time

    if last := last_time(t.sentence, t.clauses, t.at, t.clause, t.mention, t.mentions, t.language):
        return t.finished(last)
    return None


def _german_main_clause(t: _Title) -> str | None:
    """A German main clause that goes on after a relative clause set off inside it, told whole."""
    if t.clause == t.clauses[t.at] and (
            whole := _german_across_relative(t.sentence, t.clauses, t.at, t.mentions, t.language)
            or _german_rest_after_relative(t.sentence, t.clauses, t.at, t.mentions, t.language)):
        return t.finished(whole)
    return None


def _slavic_main_clause(t: _Title) -> str | None:
    """A Russian or Ukrainian subject before a relative clause, told with the verb after it."""
    if t.clause == t.clauses[t.at] and (
            whole := _slavic_across_relative(t.sentence, t.clauses, t.at, t.mentions, t.language)):
        return t.finished(whole)
    return None


def _comparison(t: _Title) -> str | None:
    """A dated figure compared with another, told with its governing clause."""
    from generator.importer.governing import compared_relative, comparison

    if compared := compared_relative(t.sentence, t.clauses, t.at, t.mentions, t.language) or \
            comparison(t.sentence, t.clauses, t.at, t.mentions, t.language):
        return t.finished(compared)  # "…, up from the 50 million bags it estimated"
    return None


def _german_attributive_participle(t: _Title) -> str | None:
    """A date between a German article and a participle before its noun, as the participle's passive."""
    if t.lang == "de" and (attributive := _german_attributive(t.sentence, t.mention, t.tense)):
        return attributive  # "Der 2019 eröffnete Flughafen" → "Der Flughafen wurde eröffnet"
    return None


def _turkish_participle(t: _Title) -> str | None:
    """A Turkish dated participle, document or verbal noun, told as what happened."""
    from generator.importer.turkish import (
        caused_verbal_noun,
        converb_clause,
        dated_document,
        dated_participle,
        object_participle,
        participle_of_the_date,
        planned_outcome,
        reported_complement,
        statement_setting,
    )

    sentence, clause, mention = t.sentence, t.clause, t.mention
    if t.lang == "tr" and (dated := planned_outcome(sentence, mention)
                           or statement_setting(sentence, mention, t.mentions)
                           or dated_participle(sentence, clause, mention)
                           or object_participle(sentence, clause, mention)
                           or reported_complement(sentence, clause, mention, t.mentions)
                           or converb_clause(sentence, clause, t.clauses[t.at - 1] if t.at else None, mention,
                                             t.mentions)
                           or caused_verbal_noun(sentence, clause, mention)
                           or participle_of_the_date(sentence, clause, mention)
                           or dated_document(sentence, mention)):
        if len(dated) > LIMIT and (named := dated_participle(sentence, clause, mention, True)):
            dated = named  # the report too long to tell: the participle's event is what the date dates
        return t.finished(dated)
    return None


def _slavic_participle(t: _Title) -> str | None:
    """A Russian or Ukrainian dated participle clause, told with the noun it describes."""
    if t.lang not in ("ru", "uk"):  # "землетрясения, | произошедшего 30 июля"
        return None
    from generator.importer.slavic import participle_title

    sentence, clauses, at, clause, mentions = t.sentence, t.clauses, t.at, t.clause, t.mentions
    own = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, t.language))
    inside = re.fullmatch(r"(?P<noun>[^,]+),\s+(?P<rest>[^,]+)", own)  # "Заседание, запланированное на …"
    before = (clauses[at - 1][0], clauses[at - 1][1]) if at and clause[0] == clauses[at][0] else \
        (clauses[at][0] + sentence[clauses[at][0]:clause[0]].rstrip(" ,").rfind(",") + 1, clause[0])  # the
    # part of the clause before the dated one's comma: "Судно «Заря», | построенное в марте, | вышло"
    previous_text = inside["noun"] if inside else tidy(remove_dates(
        sentence[before[0]:before[1]], before[0], mentions, t.language)) if before[1] > before[0] else ""
    told = participle_title(previous_text, inside["rest"] if inside else own, t.tense, t.lang) \
        if previous_text else ""
    if told:
        return t.finished(told)
    return None


# Tried in this order, before the clause is made a headline; the first that applies gives the title.
def _unclosed_relative(t: _Title) -> str | None:
    """A date in a relative clause no comma closes, or in the main verb after it, told with the noun before."""
    from generator.importer.titles.unclosed_relative import unclosed_relative

    if told := unclosed_relative(t.sentence, t.clauses, t.at, t.mention, t.mentions, t.lang):
        return t.finished(told)  # "Una vista … que debía celebrarse … fue aplazada" → "Una vista … fue aplazada"
    return None


CONSTRUCTIONS = (_quoted_speaker, _unclosed_relative, _state_since, _date_inside_clause, _before_doing,
                 _event_of_the_date, _beginning, _last_time, _german_main_clause, _slavic_main_clause, _comparison,
                 _german_attributive_participle, _turkish_participle, _slavic_participle)
