"""The title of one date mention, tried step by step: the clause that tells its event chosen, the constructions
that tell it otherwise tried, then its clause made a headline, told as a report or with its subject first."""

from __future__ import annotations

import datetime as dt
import re

from generator.importer.dates import Mention
from generator.importer.fit import LIMIT, fit, shorter_subject
from generator.importer.reporting import FR_TRANSITIVE, PLACE_FIRST, Frame, frame, quoted, report_title
from generator.importer.subjects import german_main_clause
from generator.importer.titles.clauses import (
    _date_apposition_closed,
    _noun_and_its_relative,
    _own_part,
    _within_semicolons,
)
from generator.importer.titles.cleaning import remove_dates, tidy
from generator.importer.titles.constructions import CONSTRUCTIONS
from generator.importer.titles.dated import Dated
from generator.importer.titles.english import _active_of_agent_participle
from generator.importer.titles.fragment import tells_an_event
from generator.importer.titles.german import _expected, _participle_last, _subject_before_auxiliary
from generator.importer.titles.headline import headline
from generator.importer.titles.passives import _fronted_participle, _passive
from generator.importer.titles.phrases import _without_opening_adverbial
from generator.importer.titles.predicates import _PARTICIPLE, _has_verb, _is_name, _verb_first
from generator.importer.titles.said import _THAT
from generator.importer.titles.slavic_clauses import _relative_across_source
from generator.importer.titles.spanish_french import _act_by_its_agent, _es_request, _event_after_its_noun
from generator.importer.titles.state import _Title
from generator.importer.titles.subject import _sentence_subject, _subject, _subject_across_relative
from generator.importer.titles.told import _clause_told, _report
from generator.importer.titles.turkish_clauses import (
    _turkish_joined_object,
    _turkish_setting_and_date,
    _turkish_subject_set_off,
    _turkish_verb_after,
)
from generator.importer.titles.words import _AS_SAID, _DANGLING, _SOURCE_OPENER
from generator.importer.verbs import PAST_PATTERN

_WHEN = re.compile(r"(?:when|коли|когда|cuando|lorsque|quand|als)\s", re.IGNORECASE)

# "según ha informado la Policía": a source told in the perfect after "según", the reporter after it.
_ES_AS_SAID = re.compile(r"(?i:según)\s+(?:ha|han)\s+(?P<verb>(?:inform|anunci|indic|señal|explic|confirm|precis|"
                         r"asegur|afirm|declar|comunic)ado|añadido|dicho)\s+"
                         r"(?P<who>(?:(?:el|la|los|las|su|sus)\s+|[A-ZÁÉÍÓÚÑ])\S.*)")  # not "en un comunicado"

# A conjunction that opens a clause of its own after a comma: "…, | but on Monday, | …", "…, | а наступного тижня"
_CONJUNCTION_FIRST = re.compile(r"(?i:and|but|while|y|pero|mientras|et|mais|tandis que|und|aber|während|doch|"
                                r"а|і|й|та|але|и|но|ve|ama|fakat)")


# A place set off by its comma before a clause's subject ("En Madrid, | la ministra anunció …").
_FRONTED_PLACE = {lang: re.compile(rf"(?i:{preps})\s+(?:(?:la|le|el|the|l['’])\s*)?[A-ZÀ-Þ][\w'’-]*"
                                   rf"(?:\s+(?:de\s+)?[A-ZÀ-Þ][\w'’-]*)*,\s+(?=\w+\s+\w)")
                  for lang, preps in {"es": "en|desde", "fr": "à|au|en|dans|depuis", "en": "in|at|from"}.items()}

# A source after the clause it attributes, one the splitter left in the clause: "…, analysts said".
_EN_TRAILING_SOURCE = re.compile(r"(?<=\w),\s+(?:[\w.’'-]+\s+){0,4}?(?:said|say|says|reported|noted|added|wrote|"
                                 r"estimated|predicted)$")

# An English noun phrase and the relative clause on it, with no main verb after: "HIAL staff who walked the beach".
_EN_RELATIVE_LEFT = re.compile(rf"(?P<np>[A-Z][^,]{{1,60}}?)\s+(?:who|that|which)\s+(?P<verb>[a-z]+ed|{PAST_PATTERN})\b"
                               r"(?P<rest>[^,]*)")

# What opens a phrase of purpose: "pour remplacer les voies", "para renovar la vía", "to replace the track".
_PURPOSE = {"fr": r"pour|afin de|afin d['’]", "es": r"para|a fin de", "en": r"to|in order to"}


def _raw_title(sentence: str, clauses: list[tuple[int, int]], at: int, mention: Mention, mentions: list[Mention],
               language: str, story: dt.date, context: str, taken: dict[str, Dated]) -> str:
    """The title of the event ``mention`` dates: the first construction that tells it, else its clause's headline,
    told as a report or with its subject first, and cut to a headline's length."""
    t = _Title(sentence, clauses, at, mention, mentions, language, story, context, taken, clauses[at],
               clauses[at + 1] if at + 1 < len(clauses) else None)
    t.subject = _subject(sentence) if t.lang == "en" else ""
    _choose_clause(t)
    t.own_words = tidy(remove_dates(sentence[t.clause[0]:t.clause[1]], t.clause[0], mentions, language)).strip(" ,.")
    for step in (_date_of_the_clause_before, _date_of_a_purpose):
        if (title := step(t)) is not None:
            return title
    _past_date_and_source(t)
    for construction in CONSTRUCTIONS:
        if (title := construction(t)) is not None:
            return title
    text = _spanish_source_frame(t, _clause_headline(t))
    for told in (_spanish_request, _french_act_by_its_agent, _french_event_after_its_noun, _participle_first,
                 _learnt):
        if (title := told(t, text)) is not None:
            return title
    for step in (_frame_of_what_follows, _english_quote):
        if (title := step(t)) is not None:
            return title
    text = _french_inverted_subject(t, text)
    reported = _reporting_frame(t, text)
    plain = remove_dates(sentence, 0, mentions, language)  # "Sept. 18" names no one
    if reported:  # "…, the air force said on Sunday": who said it, and what
        text = _report(t, reported, plain)
    elif passive := _passive(sentence, clauses, at, t.clause, mention, mentions, language, story):
        text = passive  # "Japan's ispace lander, | launched in January" → "Japan's ispace lander was launched"
    else:
        text = _clause_told(t, text, plain)
    text = _turkish_opening_subject(t, text)
    text = _whole_sentence_when_short(t, text)
    return _finished(t, text)


def _choose_clause(t: _Title) -> None:
    """The clause that tells the event: the one after a span, the part that holds the date, past a date set off."""
    sentence, clauses, at, mention, mentions, language = t.sentence, t.clauses, t.at, t.mention, t.mentions, t.language
    following = t.following
    clause = clauses[at]
    if following and _WHEN.match(sentence[following[0]:]) and not sentence[mention.end:following[0]].strip(" ,") \
            and mention.rule != "span":  # "between October and April, when 300 died": the clause tells the span
        clause = following  # "since March 2020, | when it slashed rates to near zero": what happened then
    clause = _own_part(sentence, clause, mention, mentions, language)
    clause = _within_semicolons(sentence, clause, mention)
    if t.lang == "tr":
        clause = _turkish_setting_and_date(sentence, clause, mention)
        clause = _turkish_joined_object(sentence, clause, following, mentions)
        clause = _turkish_verb_after(sentence, clause, following, mentions)
        clause = _turkish_subject_set_off(sentence, clause, following, mentions)
    closed = _date_apposition_closed(sentence, clause, following, mention) if clause == clauses[at] else None
    if closed:
        clause, following = closed, next((c for c in clauses if c[0] >= closed[1]), None)
    t.clause, t.following = clause, following


def _date_of_the_clause_before(t: _Title) -> str | None:
    """A Spanish or French date set off by commas after a clause, told as the date of that clause."""
    sentence, clauses, at, clause, lang = t.sentence, t.clauses, t.at, t.clause, t.lang
    if lang in ("es", "fr") and at > 0 and clause == clauses[at] and t.own_words.lower() in ("", "el", "la", "le") \
            and sentence[t.mention.end:clause[1]].strip() in (",", "") \
            and sentence[clauses[at - 1][1] - 2:][:2] == ", " \
            and _has_verb(sentence[clauses[at - 1][0]:clauses[at - 1][1]], lang):
        # "…, desde que se detectó el primer caso, | el pasado 28 de agosto, | en …": a date set off by commas
        # dates the clause before it, told without the word that joins it
        before = headline(sentence, clauses[at - 1], None, t.mentions, t.language, capitalise=False)
        before = re.sub(r"^(?i:(?:desde|hasta|depuis|jusqu'à ce)\s+)?(?i:que|qu['’]|cuando|quand|lorsque)\s*", "",
                        before)
        if _has_verb(before, lang) and not _verb_first(before, lang):
            after = sentence[clause[1]:clauses[at + 1][1]] if at + 1 < len(clauses) else ""
            if re.search(rf"\s(?:{_TRANSITIVE_END[lang]})$", before) \
                    and re.match(r"(?:un|une|des|le|la|les|l['’]|el|los|las|una|unos|unas)\s*\w", after):
                # "a adopté, | le 12 décembre, | une subvention de 50 000 euros": the object after the date is the
                # verb's
                before = f"{before} {tidy(remove_dates(after, clause[1], t.mentions, t.language)).rstrip(' ,.;')}"
            return t.finished(before)
    return None


# The participle or preterite of a verb that takes an object, at the end of a clause a date set off interrupts.
_TRANSITIVE_END = {"fr": r"(?:a|ont|avait|avaient)\s+[a-zéèêàç]+(?:é|i|u|is|it)",
                   "es": r"(?:ha|han|había|habían)\s+[a-záéíóú]+(?:ado|ido)|[a-záéíóú]{3,}(?:ó|aron|ieron)"}


def _date_of_a_purpose(t: _Title) -> str | None:
    """A date and a phrase of purpose only, told as the date of the sentence's first clause."""
    sentence, clauses, at, clause, lang = t.sentence, t.clauses, t.at, t.clause, t.lang
    if lang in _PURPOSE and at > 0 and clause == clauses[at] and re.match(rf"(?:{_PURPOSE[lang]})\s", t.own_words) \
            and not tidy(remove_dates(sentence[clause[0]:t.mention.end], clause[0], t.mentions, t.language)):
        # "SNCF Réseau fermera la ligne, dite …, | du 2 février au 6 mars pour remplacer …": a date and a purpose
        # date the verb of the sentence's first clause
        main = headline(sentence, clauses[0], None, t.mentions, t.language, capitalise=False)
        if _has_verb(main, lang) and not _verb_first(main, lang):
            return t.finished(main)
    return None


def _past_date_and_source(t: _Title) -> None:
    """A clause of a date and its source only gives way to the clause after them, which tells what happened."""
    sentence, clauses, at, clause, lang = t.sentence, t.clauses, t.at, t.clause, t.lang
    source_of = rf"(?i:{_SOURCE_OPENER.get(lang, '(?!)')}|{_AS_SAID.get(lang, '(?!)')})"  # "за даними", "як повідомляв"
    opening = sentence[clause[0]:t.mention.start].strip()  # "…, | а наступного тижня, | за словами …, | прибудуть"
    if t.following and ((at == 0 and not opening) or _CONJUNCTION_FIRST.fullmatch(opening)) and re.fullmatch(
            rf"(?:{_CONJUNCTION_FIRST.pattern}\s*)?(?:{source_of}\s+[^,]{{1,60}})?", t.own_words):
        # "В марте, | по данным ведомства, | инфляция замедлилась": the date and its source only, the clause
        # after them tells what happened then
        later = [c for c in clauses[at + 1:]
                 if tidy(remove_dates(sentence[c[0]:c[1]], c[0], t.mentions, t.language))]
        source = re.compile(rf"\s*{source_of}\s+[^,]{{1,60}},?\s*$")
        told = next((c for c in later if not source.fullmatch(sentence[c[0]:c[1]])), None)
        if told and not any(told[0] <= m.start < told[1] for m in t.mentions):
            t.clause = told
            t.following = next((c for c in clauses if c[0] >= told[1]), None)


def _clause_headline(t: _Title) -> str:
    """The clause made a headline: a relative clause its source interrupts, a noun and its relative, or itself."""
    sentence, clauses, at, clause, mentions, language = \
        t.sentence, t.clauses, t.at, t.clause, t.mentions, t.language
    across = _relative_across_source(sentence, clauses, at, clause, t.lang)
    if across:  # "фестиваль «…», який цьогоріч, | як повідомила Гнатів, | відбудеться": the relative clause goes on
        # after the source set off inside it
        plain_sentence, relative_clause, antecedent = across
        return headline(plain_sentence, relative_clause, antecedent, mentions, language, t.following, t.subject,
                        capitalise=False, tense=t.tense)
    return _noun_and_its_relative(sentence, clause, t.following, t.mention, mentions, t.lang) or \
        headline(sentence, clause, clauses[at - 1] if at else None, mentions, language, t.following, t.subject,
                 capitalise=False, tense=t.tense)


def _spanish_source_frame(t: _Title, text: str) -> str:
    """A Spanish "según ha anunciado …" clause as its reporter's frame in the preterite; ``text`` otherwise."""
    clause = t.clause
    own = tidy(remove_dates(t.sentence[clause[0]:clause[1]], clause[0], t.mentions, t.language)).rstrip(" .") \
        if t.lang == "es" and t.at > 0 else ""
    said_as = _ES_AS_SAID.fullmatch(own) if t.lang == "es" and t.at > 0 else None
    if said_as:  # "…, según ha anunciado este miércoles su presidente": the reporter's frame, in the preterite
        participle = said_as["verb"].lower()
        verb = "dijo" if participle == "dicho" else re.sub(r"ado$", "ó", re.sub(r"ido$", "ió", participle))
        text = f"{verb} {said_as['who']}"
    return text


def _spanish_request(t: _Title, text: str) -> str | None:
    """A Spanish subjunctive after a verb of asking, told with the request and the sentence's subject."""
    if t.lang == "es" and t.at > 0 and (asked := _es_request(t.sentence, t.clauses[t.at - 1], text)):
        return t.finished(asked)  # "…, reclaman | que el Gobierno convoque …"
    return None


def _french_act_by_its_agent(t: _Title, text: str) -> str | None:
    """A French past act named by its noun and its agent, told as the agent's act."""
    if t.lang == "fr" and (done := _act_by_its_agent(text, t.sentence, t.following, t.mentions, t.tense)):
        return t.finished(done)  # "l'annulation par le Conseil d'Etat, | des …"
    return None


def _french_event_after_its_noun(t: _Title, text: str) -> str | None:
    """A French event noun phrase after the noun it complements, told with its verb."""
    if t.lang == "fr" and (held := _event_after_its_noun(text, t.tense)):
        return t.finished(held)  # "l'annulation | des élections de mars 2020"
    return None


def _participle_first(t: _Title, text: str) -> str | None:
    """A participle clause opening the sentence, told of the subject of the clause after it."""
    if t.at == 0 and t.following and t.lang in _PARTICIPLE and (
            fronted := _fronted_participle(text, t.sentence, t.following, t.mentions, t.lang, t.tense)):
        return t.finished(fronted)  # "Sorti en salles le 17 septembre, le film …"
    return None


def _frame_of_what_follows(t: _Title) -> str | None:
    """"Как заявил X, …", "Según informó la Policía, | …": the frame and what was said after it."""
    sentence, clause, following, lang, language = t.sentence, t.clause, t.following, t.lang, t.language
    own = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], t.mentions, language))
    as_said = re.match(r"(?:как|як)\s+(?P<frame>[^,]{3,80}),\s*(?P<said>\S.*)$", own, re.IGNORECASE)
    opener = re.fullmatch(rf"(?:{_AS_SAID.get(lang, '(?!)')})\s+(?P<frame>[^,]{{3,80}})", own, re.IGNORECASE)
    if not as_said and following and opener:
        # "Según informó el lunes la Policía, | los detenidos fueron trasladados": the frame of the clause after it
        said_clause = headline(sentence, following, None, t.mentions, language, capitalise=False)
        as_said = re.match(r"(?P<frame>.+)\n(?P<said>.+)", f"{opener['frame']}\n{said_clause}")
    if as_said and (found := frame(as_said["frame"], language)):  # "Как заявил X, Минфин не будет …"
        who = shorter_subject(f"{found.who} x")[:-2]
        said = fit(as_said["said"], language, t.dangling, 81 - len(report_title(who, found, "x", language)))
        return fit(report_title(who, found, said, language, said_is_name=_is_name(said, lang)), language,
                   t.dangling)
    return None


def _english_quote(t: _Title) -> str | None:
    """An English quote and its speaker, told as "Speaker said + what was said"."""
    quote = quoted(t.sentence[t.clause[0]:t.clause[1]], t.language) if t.lang == "en" else None
    if quote:  # "“We disagree and will appeal,” Harlan said" → "Harlan said it disagrees and will appeal"
        found, said = quote
        return t.finished(report_title(shorter_subject(f"{found.who} x")[:-2], found, tidy(said), t.language))
    return None


def _learnt(t: _Title, text: str) -> str | None:
    """A French frame of what "on" learnt from a source ("…, a-t-on appris mardi auprès des autorités"), told as
    what was learnt, the sentence's first clause: as the source's statement when the source is named ("La
    préfecture a indiqué que …"), so that it stays apart from the event the clause dates itself."""
    learnt_from = _LEARNT.fullmatch(text) if t.lang == "fr" and t.at > 0 else None
    if not learnt_from:
        return None
    learnt = headline(t.sentence, t.clauses[0], None, t.mentions, t.language)
    if not tells_an_event(learnt, t.lang):
        return None
    source = re.match(r"auprès\s+(?:de\s+(?P<article>la\s+|l['’])|(?P<of>du|des)\s+)(?P<who>[^,]{3,60})",
                      learnt_from["source"] or "")
    if source:  # "auprès de la préfecture" → "la préfecture", "auprès du maire" → "le maire"
        article = source["article"] or {"du": "le ", "des": "les "}[source["of"]]
        who = f"{article}{source['who']}"
        found = Frame(who, "ont indiqué" if who.startswith("les ") else "a indiqué")
        head = report_title(who, found, "x", t.language)
        said = fit(learnt, t.language, _DANGLING["fr"], LIMIT - len(head))
        return t.finished(report_title(who, found, said, t.language)) if len(said.split()) >= 3 else None
    return t.finished(learnt)


_LEARNT = re.compile(r"(?:\S+\s+){0,3}?a-t-on\s+(?:appris|su)(?:\s+\w+)?(?:\s+(?P<source>(?:auprès|de source)\b.*))?")


def _french_inverted_subject(t: _Title, text: str) -> str:
    """A French inverted frame ("…, a-t-elle annoncé") with the sentence's subject; ``text`` otherwise."""
    inverted = re.fullmatch(r"(?:\S+\s+){0,3}?(?P<aux>a|ont)-(?:t-)?(?P<who>il|elle|on|ils|elles)\s+(?P<verb>\w+)"
                            r"(?P<source>\s+(?:auprès|de source)\b.*)?", text) \
        if t.lang == "fr" and t.clause[0] > 0 else None
    if inverted and (inverted["who"] == "on" or inverted["source"]):
        return text  # "a-t-on appris auprès de …": no one's statement (``_learnt``)
    if inverted and (who := _sentence_subject(t.sentence, t.mentions, t.lang)):  # "…, a-t-elle annoncé": the
        text = f"{who} {inverted['aux']} {inverted['verb']}"                      # sentence's subject said it
    return text


def _reporting_frame(t: _Title, text: str) -> Frame | None:
    """The reporting frame the clause is ("X said"), or its verb with the subject before it; None if none."""
    sentence, clauses, at, clause, lang, language = t.sentence, t.clauses, t.at, t.clause, t.lang, t.language
    following = t.following
    that_follows = bool(following and _THAT.match(sentence[following[0]:following[1]].lstrip(" ,")))
    reported = frame(text, language) if clause[0] > 0 or that_follows else None
    if reported and lang in ("es", "fr") and at > 0 and not that_follows and _verb_first(text, lang) \
            and _subject_across_relative(sentence, clauses, clause, lang):
        reported = None  # "La empresa, fundada en 1985, | anunció el cierre de su planta": no incise after the
        # words it reports, the verb of the subject before it, and what follows is its object
    if reported and lang == "fr" and at > 0 and _verb_first(text, lang) and re.search(rf"\b(?:{FR_TRANSITIVE})$",
                                                                                      reported.verb) \
            and not _has_verb(tidy(remove_dates(sentence[:clause[0]], 0, t.mentions, language)), lang):
        reported = None  # an incise follows the words it reports: "La France, furieuse, | a rappelé son ambassadeur"
    if reported is None and that_follows and clause[0] > 0:  # "El presidente del TSE, Óscar Hassenteufel, |
        verb = re.sub(r"\s+de$", "", text)                     # informó este lunes de | que …"
        verb = re.sub(rf"\s+(?:{PLACE_FIRST.get(lang, '(?!)')})\s+[A-ZÀ-Þ]\S*$", "", verb)  # "afirmó en Bruselas"
        who = _subject_across_relative(sentence, clauses, clause, lang) or _sentence_subject(sentence, t.mentions,
                                                                                             lang)
        reported = frame(f"{who} {verb}", language) if who and (" " not in verb or re.fullmatch(
            r"(?:a|ha|hat)\s+\w+", verb)) else None  # "informó", "a indiqué": the verb of the subject before
    return reported


def _turkish_opening_subject(t: _Title, text: str) -> str:
    """A Turkish clause after the first, with the subject the sentence opens with."""
    from generator.importer.turkish import opening_subject

    sentence, clause = t.sentence, t.clause
    if t.lang == "tr" and t.at > 0 and (opening := opening_subject(sentence, t.clauses[0])) \
            and not text.startswith(opening):
        joined = re.match(r"\s*ve\s", sentence[clause[0]:clause[1]])  # "Türkiye, Irak, Katar | ve BAE, …"
        named = re.match(rf"(?:\S+\s+){{0,5}}?{re.escape(opening.split()[-1])}\s+", text)
        if named and all(w[:1].isupper() for w in named.group().split()):
            text = f"{opening} {text[named.end():]}"  # "Bakanı Ahmet Yıldırım … söyledi": the name said it already
        else:
            text = f"{opening} ve {text}" if joined else f"{opening}, {text}"
    return text


def _whole_sentence_when_short(t: _Title, text: str) -> str:
    """A title of one word or none gives way to the whole sentence's headline."""
    if len(text.split()) < 2:
        text = headline(t.sentence, (0, len(t.sentence)), None, t.mentions, t.language, capitalise=False)
        if t.lang in ("ru", "uk"):  # "На прошлых выборах, | в марте 2018 года, | она была ниже"
            from generator.importer.slavic import subject_first

            text = subject_first(text, t.lang)
    return text


# A German noun phrase and the rest of a relative clause on it, its participle and auxiliary last.
_DE_RELATIVE_MADE_MAIN = re.compile(r"(?:Der|Die|Das|Ein|Eine)\s[^,]+\s(?:ge\w+|\w+iert|\w+en)\s"
                                    r"(?:hatte|hatten|hat|haben|war|waren|ist|sind|wurde|wurden)")


def _finished(t: _Title, text: str) -> str:
    """The title's last repairs per language (a trailing source, a fronted place, an opening adverbial), cut."""
    lang = t.lang
    if lang == "en":
        text = _active_of_agent_participle(_EN_TRAILING_SOURCE.sub("", text))
        if (left := _EN_RELATIVE_LEFT.fullmatch(text)) and not re.search(
                r"\b(?:is|are|was|were|has|have|had|will|would|[a-z]+ed)\b", left["rest"]):
            text = f"{left['np']} {left['verb']}{left['rest']}"  # "HIAL staff who walked the beach": cut before its
            # main verb, the relative clause is what the title tells
    if lang == "de":
        text = _subject_before_auxiliary(_participle_last(_expected(text)))
        if _DE_RELATIVE_MADE_MAIN.fullmatch(text) and not re.search(r"\s(?:den|dem|der|die|das)\s+(?:der|die|das)\s",
                                                                       text):
            text = german_main_clause(text)  # "Der Bau einer Schleusenkammer, | der 2014 begonnen hatte" → "Der Bau
            # … hatte begonnen": the relative clause made a main clause
    if (place := _FRONTED_PLACE.get(lang)) and (fronted := place.match(text)):
        text = text[fronted.end():]  # "En Madrid, la ministra anunció …": the setting before the subject goes
    text = _without_opening_adverbial(text, lang)
    if lang in ("ru", "uk"):
        from generator.importer.slavic import without_impersonal_frame

        text = without_impersonal_frame(text)
    if lang == "tr" and len(text) > LIMIT:
        from generator.importer.turkish import dated_participle

        if named := dated_participle(t.sentence, t.clause, t.mention, True):
            text = named  # "Bakanlık, 1936'da imzalanan Montrö Sözleşmesi'nin … aldığını hatırlattı": too long to
            # tell the report, the participle's event is what the date dates
    return t.finished(text)
