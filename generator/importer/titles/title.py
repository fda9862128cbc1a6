"""The title of one date mention from its clause and its neighbours, tried step by step: special constructions first,
then the reporting frame or the clause."""

from __future__ import annotations

import datetime as dt
import re

from generator.importer.dates import Mention
from generator.importer.fit import LIMIT, fit, nominal_passive, noun_event, shorter_subject
from generator.importer.reporting import FR_TRANSITIVE, PLACE_FIRST, frame, quoted, report_title
from generator.importer.subjects import _DE_FINITE, german_order, name_before, resolve_pronoun
from generator.importer.titles.clauses import (
    _date_apposition_closed,
    _noun_and_its_relative,
    _own_part,
    _within_semicolons,
)
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.dated import Dated, _overlap, _tense
from generator.importer.titles.english import _act_of_its_doer, _active_of_agent_participle
from generator.importer.titles.german import (
    _expected,
    _german_across_relative,
    _german_attributive,
    _participle_last,
    _subject_before_auxiliary,
    _without_zu,
)
from generator.importer.titles.headline import headline
from generator.importer.titles.passives import (
    _agent_first,
    _dated_participle,
    _es_dated_participle,
    _fronted_participle,
    _participle_as_passive,
    _passive,
)
from generator.importer.titles.phrases import _without_opening_adverbial, _without_subject_phrase
from generator.importer.titles.predicates import (
    _PARTICIPLE,
    _as_finite,
    _es_present_first,
    _finite_in,
    _fr_present_first,
    _has_verb,
    _is_name,
    _lacks_subject,
    _verb_at,
    _verb_first,
)
from generator.importer.titles.said import _THAT, _person, _quote_told, _shorter_said, _what_was_said
from generator.importer.titles.slavic_clauses import _relative_across_source, _slavic_across_relative
from generator.importer.titles.spanish_french import (
    _EVENT_OF_DATE,
    _act_by_its_agent,
    _es_request,
    _event_after_its_noun,
    _event_of_its_date,
    _fr_before_doing,
)
from generator.importer.titles.subject import (
    _after_subject,
    _reporter_pronoun,
    _sentence_subject,
    _slavic_joined_subject,
    _subject,
    _subject_across_relative,
    _subject_after_verb,
    _they_of_the_clause_before,
)
from generator.importer.titles.turkish_clauses import _turkish_joined_object, _turkish_setting_and_date
from generator.importer.titles.words import _AS_SAID, _AUXILIARIES, _DANGLING, _RELATIVE, _SOURCE_OPENER, _lang
from generator.link.duplicates import alike

_WHEN = re.compile(r"(?:when|коли|когда|cuando|lorsque|quand|als)\s", re.IGNORECASE)

# "según ha informado la Policía": a source told in the perfect after "según", the reporter after it.
_ES_AS_SAID = re.compile(r"(?i:según)\s+(?:ha|han)\s+(?P<verb>(?:inform|anunci|indic|señal|explic|confirm|precis|"
                         r"asegur|afirm|declar|comunic)ado|añadido|dicho)\s+"
                         r"(?P<who>(?:(?:el|la|los|las|su|sus)\s+|[A-ZÁÉÍÓÚÑ])\S.*)")  # not "en un comunicado"

# A conjunction that opens a clause of its own after a comma: "…, | but on Monday, | …", "…, | а наступного тижня"
_CONJUNCTION_FIRST = re.compile(r"(?i:and|but|while|y|pero|mientras|et|mais|tandis que|und|aber|während|doch|"
                                r"а|і|й|та|але|и|но|ve|ama|fakat)")


def _raw_title(sentence: str, clauses: list[tuple[int, int]], at: int, mention: Mention, mentions: list[Mention],
               language: str, story: dt.date, context: str, taken: dict[str, Dated]) -> str:
    lang = _lang(language)
    dangling = _DANGLING.get(lang, set())
    following = clauses[at + 1] if at + 1 < len(clauses) else None
    subject = _subject(sentence) if lang == "en" else ""
    clause = clauses[at]
    if following and _WHEN.match(sentence[following[0]:]) and not sentence[mention.end:following[0]].strip(" ,") \
            and mention.rule != "span":  # "between October and April, when 300 died": the clause tells the span
        clause = following  # "since March 2020, | when it slashed rates to near zero": what happened then
    clause = _own_part(sentence, clause, mention, mentions, language)
    clause = _within_semicolons(sentence, clause, mention)
    if lang == "tr":
        clause = _turkish_setting_and_date(sentence, clause, mention)
        clause = _turkish_joined_object(sentence, clause, following, mentions)
    closed = _date_apposition_closed(sentence, clause, following, mention) if clause == clauses[at] else None
    if closed:
        clause, following = closed, next((c for c in clauses if c[0] >= closed[1]), None)
    own_words = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language)).strip(" ,.")
    if lang in ("es", "fr") and at > 0 and clause == clauses[at] and own_words.lower() in ("", "el", "la", "le") \
            and sentence[mention.end:clause[1]].strip() in (",", "") and sentence[clauses[at - 1][1] - 2:][:2] == ", " \
            and _has_verb(sentence[clauses[at - 1][0]:clauses[at - 1][1]], lang):
        # "…, desde que se detectó el primer caso, | el pasado 28 de agosto, | en …": a date set off by commas
        # dates the clause before it, told without the word that joins it
        before = headline(sentence, clauses[at - 1], None, mentions, language, capitalise=False)
        before = re.sub(r"^(?i:(?:desde|hasta|depuis|jusqu'à ce)\s+)?(?i:que|qu['’]|cuando|quand|lorsque)\s*", "",
                        before)
        if _has_verb(before, lang) and not _verb_first(before, lang):
            return _capital(fit(before, language, dangling), lang)
    if lang in _PURPOSE and at > 0 and clause == clauses[at] and re.match(rf"(?:{_PURPOSE[lang]})\s", own_words) \
            and not tidy(remove_dates(sentence[clause[0]:mention.end], clause[0], mentions, language)):
        # "SNCF Réseau fermera la ligne, dite …, | du 2 février au 6 mars pour remplacer …": a date and a purpose
        # date the verb of the sentence's first clause
        main = headline(sentence, clauses[0], None, mentions, language, capitalise=False)
        if _has_verb(main, lang) and not _verb_first(main, lang):
            return _capital(fit(main, language, dangling), lang)
    source_of = rf"(?i:{_SOURCE_OPENER.get(lang, '(?!)')}|{_AS_SAID.get(lang, '(?!)')})"  # "за даними", "як повідомляв"
    opening = sentence[clause[0]:mention.start].strip()  # "…, | а наступного тижня, | за словами …, | прибудуть"
    if following and ((at == 0 and not opening) or _CONJUNCTION_FIRST.fullmatch(opening)) and re.fullmatch(
            rf"(?:{_CONJUNCTION_FIRST.pattern}\s*)?(?:{source_of}\s+[^,]{{1,60}})?", own_words):
        # "В марте, | по данным ведомства, | инфляция замедлилась": the date and its source only, the clause
        # after them tells what happened then
        later = [c for c in clauses[at + 1:] if tidy(remove_dates(sentence[c[0]:c[1]], c[0], mentions, language))]
        source = re.compile(rf"\s*{source_of}\s+[^,]{{1,60}},?\s*$")
        told = next((c for c in later if not source.fullmatch(sentence[c[0]:c[1]])), None)
        if told and not any(told[0] <= m.start < told[1] for m in mentions):
            clause = told
            following = next((c for c in clauses if c[0] >= told[1]), None)
    from generator.importer.since import beginning_beside, last_time
    from generator.importer.turkish import (
        caused_verbal_noun,
        converb_clause,
        dated_document,
        dated_participle,
        object_participle,
        opening_subject,
        participle_of_the_date,
        reported_complement,
    )

    if lang in ("de", "fr", "es") and (told := _quote_told(sentence, mention, mentions, language)):
        return _capital(fit(told, language, dangling), lang)  # "«…», a déclaré Thierry Lafon": the speaker's
    inside = re.fullmatch(r"[\s\"«„]*(?P<before>[^,]+),\s*(?:(?:в\s+)?последний\s+раз|впервые|вперше|востаннє|"
                          r"(?:в\s+)?останній\s+раз)?", own_words, re.IGNORECASE) \
        if lang in ("ru", "uk") and following and clause == clauses[at] \
        and not sentence[mention.end:clause[1]].strip(" ,") else None
    if inside:  # "Мы трижды, последний раз 10 ноября, | направляли письма": a date (and "the last time", "the
        # first time") set off by commas inside a clause whose words stand before and after it
        from generator.importer.morphology import verb_at

        before = inside["before"].split()
        after = tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions, language)).strip(
            ' ,."»“')
        if before and after[:1].islower() and verb_at(before, lang) == len(before) \
                and verb_at(after.split(), lang) == 0:
            return _capital(fit(f"{' '.join(before)} {after}", language, dangling), lang)
    if lang == "fr" and at > 0 and _tense(mention.date, story) <= 0 and (
            then := _fr_before_doing(sentence, clause, mentions, language)):
        return _capital(fit(then, language, dangling), lang)  # "…, avant de les rouvrir en janvier 2024"
    if lang in _EVENT_OF_DATE and (held := _event_of_its_date(sentence, mention, lang, _tense(mention.date, story))):
        return _capital(held, lang)  # "… l'annulation du scrutin du 12 mars" → "Le scrutin a eu lieu"
    if began := beginning_beside(sentence, clauses, at, clause, mentions, language):
        return _capital(fit(began, language, dangling), lang)
    if last := last_time(sentence, clauses, at, clause, mention, mentions, language):
        return _capital(fit(last, language, dangling), lang)
    if clause == clauses[at] and (whole := _german_across_relative(sentence, clauses, at, mentions, language)):
        return _capital(fit(whole, language, dangling), lang)
    if clause == clauses[at] and (whole := _slavic_across_relative(sentence, clauses, at, mentions, language)):
        return _capital(fit(whole, language, dangling), lang)
    from generator.importer.governing import compared_relative, comparison

    if compared := compared_relative(sentence, clauses, at, mentions, language) or \
            comparison(sentence, clauses, at, mentions, language):
        return _capital(fit(compared, language, dangling), lang)  # "…, up from the 50 million bags it estimated"
    if lang == "de" and (attributive := _german_attributive(sentence, mention, _tense(mention.date, story))):
        return attributive  # "Der 2019 eröffnete Flughafen" → "Der Flughafen wurde eröffnet"
    if lang == "tr" and (dated := dated_participle(sentence, clause, mention)
                         or object_participle(sentence, clause, mention)
                         or reported_complement(sentence, clause, mention, mentions)
                         or converb_clause(sentence, clause, clauses[at - 1] if at else None, mention, mentions)
                         or caused_verbal_noun(sentence, clause, mention)
                         or participle_of_the_date(sentence, clause, mention)
                         or dated_document(sentence, mention)):
        if len(dated) > LIMIT and (named := dated_participle(sentence, clause, mention, True)):
            dated = named  # the report too long to tell: the participle's event is what the date dates
        return _capital(fit(dated, language, dangling), lang)
    if lang in ("ru", "uk"):  # "землетрясения, | произошедшего 30 июля"
        from generator.importer.slavic import participle_title

        own = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
        inside = re.fullmatch(r"(?P<noun>[^,]+),\s+(?P<rest>[^,]+)", own)  # "Заседание, запланированное на …"
        before = (clauses[at - 1][0], clauses[at - 1][1]) if at and clause[0] == clauses[at][0] else \
            (clauses[at][0] + sentence[clauses[at][0]:clause[0]].rstrip(" ,").rfind(",") + 1, clause[0])  # the
        # part of the clause before the dated one's comma: "Судно «Заря», | построенное в марте, | вышло"
        previous_text = inside["noun"] if inside else tidy(remove_dates(
            sentence[before[0]:before[1]], before[0], mentions, language)) if before[1] > before[0] else ""
        told = participle_title(previous_text, inside["rest"] if inside else own, _tense(mention.date, story), lang) \
            if previous_text else ""
        if told:
            return _capital(fit(told, language, dangling), lang)
    across = _relative_across_source(sentence, clauses, at, clause, lang)
    if across:  # "фестиваль «…», який цьогоріч, | як повідомила Гнатів, | відбудеться": the relative clause goes on
        # after the source set off inside it
        plain_sentence, relative_clause, antecedent = across
        text = headline(plain_sentence, relative_clause, antecedent, mentions, language, following, subject,
                        capitalise=False, tense=_tense(mention.date, story))
    else:
        text = _noun_and_its_relative(sentence, clause, following, mention, mentions, lang) or \
            headline(sentence, clause, clauses[at - 1] if at else None, mentions, language, following, subject,
                     capitalise=False, tense=_tense(mention.date, story))
    said_as = _ES_AS_SAID.fullmatch(tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
                                    .rstrip(" .")) if lang == "es" and at > 0 else None
    if said_as:  # "…, según ha anunciado este miércoles su presidente": the reporter's frame, in the preterite
        participle = said_as["verb"].lower()
        verb = "dijo" if participle == "dicho" else re.sub(r"ado$", "ó", re.sub(r"ido$", "ió", participle))
        text = f"{verb} {said_as['who']}"
    if lang == "es" and at > 0 and (asked := _es_request(sentence, clauses[at - 1], text)):
        return _capital(fit(asked, language, dangling), lang)  # "…, reclaman | que el Gobierno convoque …"
    if lang == "fr" and (done := _act_by_its_agent(text, sentence, following, mentions, _tense(mention.date, story))):
        return _capital(fit(done, language, dangling), lang)  # "l'annulation par le Conseil d'Etat, | des …"
    if lang == "fr" and (held := _event_after_its_noun(text, _tense(mention.date, story))):
        return _capital(fit(held, language, dangling), lang)  # "l'annulation | des élections de mars 2020"
    if at == 0 and following and lang in _PARTICIPLE and (
            fronted := _fronted_participle(text, sentence, following, mentions, lang, _tense(mention.date, story))):
        return _capital(fit(fronted, language, dangling), lang)  # "Sorti en salles le 17 septembre, le film …"
    that_follows = bool(following and _THAT.match(sentence[following[0]:following[1]].lstrip(" ,")))
    own = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
    as_said = re.match(r"(?:как|як)\s+(?P<frame>[^,]{3,80}),\s*(?P<said>\S.*)$", own, re.IGNORECASE)
    opener = re.fullmatch(rf"(?:{_AS_SAID.get(lang, '(?!)')})\s+(?P<frame>[^,]{{3,80}})", own, re.IGNORECASE)
    if not as_said and following and opener:
        # "Según informó el lunes la Policía, | los detenidos fueron trasladados": the frame of the clause after it
        said_clause = headline(sentence, following, None, mentions, language, capitalise=False)
        as_said = re.match(r"(?P<frame>.+)\n(?P<said>.+)", f"{opener['frame']}\n{said_clause}")
    if as_said and (found := frame(as_said["frame"], language)):  # "Как заявил X, Минфин не будет …"
        who = shorter_subject(f"{found.who} x")[:-2]
        said = fit(as_said["said"], language, dangling, 81 - len(report_title(who, found, "x", language)))
        return fit(report_title(who, found, said, language, said_is_name=_is_name(said, lang)), language, dangling)
    quote = quoted(sentence[clause[0]:clause[1]], language) if lang == "en" else None
    if quote:  # "“We disagree and will appeal,” Harlan said" → "Harlan said it disagrees and will appeal"
        found, said = quote
        return _capital(fit(report_title(shorter_subject(f"{found.who} x")[:-2], found, tidy(said), language),
                            language, dangling), lang)
    inverted = re.fullmatch(r"(?:\S+\s+){0,3}?(?P<aux>a|ont)-(?:t-)?(?:il|elle|on|ils|elles)\s+(?P<verb>\w+)", text) \
        if lang == "fr" and clause[0] > 0 else None
    if inverted and (who := _sentence_subject(sentence, mentions, lang)):  # "…, a-t-elle annoncé": the sentence's
        text = f"{who} {inverted['aux']} {inverted['verb']}"                  # subject said it
    reported = frame(text, language) if clause[0] > 0 or that_follows else None
    if reported and lang in ("es", "fr") and at > 0 and not that_follows and _verb_first(text, lang) \
            and _subject_across_relative(sentence, clauses, clause, lang):
        reported = None  # "La empresa, fundada en 1985, | anunció el cierre de su planta": no incise after the
        # words it reports, the verb of the subject before it, and what follows is its object
    if reported and lang == "fr" and at > 0 and _verb_first(text, lang) and re.search(rf"\b(?:{FR_TRANSITIVE})$",
                                                                                      reported.verb) \
            and not _has_verb(tidy(remove_dates(sentence[:clause[0]], 0, mentions, language)), lang):
        reported = None  # an incise follows the words it reports: "La France, furieuse, | a rappelé son ambassadeur"
    if reported is None and that_follows and clause[0] > 0:  # "El presidente del TSE, Óscar Hassenteufel, |
        verb = re.sub(r"\s+de$", "", text)                     # informó este lunes de | que …"
        verb = re.sub(rf"\s+(?:{PLACE_FIRST.get(lang, '(?!)')})\s+[A-ZÀ-Þ]\S*$", "", verb)  # "afirmó en Bruselas"
        who = _subject_across_relative(sentence, clauses, clause, lang) or _sentence_subject(sentence, mentions, lang)
        reported = frame(f"{who} {verb}", language) if who and (" " not in verb or re.fullmatch(
            r"(?:a|ha|hat)\s+\w+", verb)) else None  # "informó", "a indiqué": the verb of the subject before
    plain = remove_dates(sentence, 0, mentions, language)  # "Sept. 18" names no one
    if reported:  # "…, the air force said on Sunday": who said it, and what
        main = shorter_subject(_what_was_said(sentence, clauses, clause, following, mentions, language))
        if lang in ("ru", "uk") and main:  # "что были возбуждены три дела" → "что три дела были возбуждены"
            from generator.importer.slavic import subject_first

            main = subject_first(main, lang)
        person = _person(main, language)  # "his office said": the person the statement is about
        if lang in ("ru", "uk"):  # "сообщили в Камчатской группе реагирования" → "Камчатская группа … сообщила"
            from generator.importer.slavic import locative_reporter

            place = locative_reporter(reported.who, reported.verb, lang)
            reported = type(reported)(*place) if place else reported
        who = resolve_pronoun(reported.who, plain, 0, language, person or context)
        who = shorter_subject(f"{who} x")[:-2]  # "голова обласної адміністрації Максим Козицький" → the name
        if lang in ("ru", "uk"):
            from generator.importer.morphology import person_at_end

            who = person_at_end(who, lang) or who  # "ТАСС генеральный конструктор ВНИИЭМ Андрей Петров"
        if person and who != reported.who and re.match(rf"(?:[\w.'’-]+\s+){{0,5}}{re.escape(person)}\b", main):
            pronoun = who != reported.who and " " not in reported.who and lang == "de"
            main = re.sub(rf"^(?:[\w.'’-]+\s+){{0,5}}{re.escape(person)}\b",
                          reported.who.lower() if pronoun else person, main)  # "Scholz said Scholz will"
        head = report_title(who, reported, "x", language)
        said = fit(main, language, dangling, 81 - len(head)) if main else ""
        if said and (len(said.split()) < _verb_at(said, lang) + 2 or said.split()[-1].lower() in _AUXILIARIES):
            # the verb's object did not fit
            plainer = fit(_without_subject_phrase(main, lang), language, dangling, 81 - len(head))
            said = plainer if len(plainer.split()) >= _verb_at(plainer, lang) + 2 else said
        if said.split()[-1:] and said.split()[-1].lower() in _AUXILIARIES:
            said = ""  # too long to say in full: "Le ministère a indiqué que les contrôleurs ont" says nothing
        text = report_title(who, reported, said, language, said_is_name=_is_name(said, lang))
        # Not told twice: the site warns of two alike events whose dates overlap ("officials said on Monday
        # the envoys will meet in June" is two events, months apart, and may say both).
        while said and any(alike(text, t) and _overlap((mention.date, mention.end_date), d)
                           for t, d in taken.items()):
            shorter = _shorter_said(said, language, dangling)
            if not shorter:
                break  # as short as it can say something: the site's check shows the two alike events
            said = shorter
            text = report_title(who, reported, said, language, said_is_name=_is_name(said, lang))
    elif passive := _passive(sentence, clauses, at, clause, mention, mentions, language, story):
        text = passive  # "Japan's ispace lander, | launched in January" → "Japan's ispace lander was launched"
    else:
        text = _reporter_pronoun(text, sentence, clauses, at, mentions, language)
        if lang == "en" and at > 0:  # "… will discuss a plan | when they meet in Copenhagen on March 17"
            text = _they_of_the_clause_before(text, sentence, clauses[at - 1], mentions, _tense(mention.date, story))
        text = resolve_pronoun(text, plain, clause[0], language, context)
        from generator.importer.slavic import genitive_phrase

        opening = _subject_across_relative(sentence, clauses, clause, lang) or _slavic_joined_subject(
            sentence, clauses, clause, lang)
        verb_first = _verb_first(text, lang) if lang in ("en", "es", "fr") else text[:1].islower() and not (
            lang == "de" and (opens := re.match(r"(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]\S*\s+(\S+)",
                                                text)) and opens[1] in _DE_FINITE)  # "der Bund hatte …": a subject
        verb_first = verb_first or bool(opening and lang == "fr" and _fr_present_first(text)) \
            or bool(opening and lang == "es" and _es_present_first(text)) \
            or bool(opening and lang == "es" and _lacks_subject(text, lang)  # "…, que rondaba": the imperfect
                    and not re.match(r"se\s+\w+\s+(?:el|la|los|las|un|una)\s", text))  # an impersonal passive
        whose = re.match(r"\s*(?:котор(?:ого|ой|ых)|як(?:ого|ої|их))\s", sentence[clause[0]:clause[1]]) \
            if lang in ("ru", "uk") else None
        owned = re.search(r",\s+([а-яёіїєґ'’-]+)$", sentence[:clause[0]].rstrip()) if whose else None
        if owned and verb_first and (of := genitive_phrase(opening or _sentence_subject(sentence, mentions, lang),
                                                           lang)):
            text = f"{owned[1]} {of} {text}"  # "Фестиваль «…», открытие | которого было запланировано" → "открытие
            # фестиваля «…» было запланировано": the noun before the relative pronoun in the genitive is the subject
        elif opening and verb_first and not text.startswith(opening):
            text = f"{opening} {_after_subject(text, lang)}"  # "Paz, que quedó primero …, | asumirá" → "Paz asumirá"
        elif lang == "es" and (inverted := _subject_after_verb(text)):
            text = inverted  # "asumió el presidente Javier Milei" → "el presidente Javier Milei asumió"
        elif lang == "es" and re.match(r"se\s+\w+\s+(?:el|la|los|las|un|una)\s", text):
            pass  # "se registró el último episodio": an impersonal passive has its subject after the verb
        elif _lacks_subject(text, lang) and (name := name_before(plain, clause[0], language) or context):
            text = f"{name} {_as_finite(text, lang)}"
        elif clause[0] > 0 and (_verb_first(text, lang) or (_lacks_subject(text, lang) and not re.match(
                rf"(?:{'|'.join(_RELATIVE.get(lang, set())) or '(?!)'})\s", sentence[clause[0]:clause[1]].lstrip(),
                re.IGNORECASE))) and (owner := _sentence_subject(sentence, mentions, lang)):
            # "…, | cuando ganó por 1-2": the sentence's subject, not in a relative clause ("datos | que se publicarán")
            text = f"{owner} {text}"  # "Usagi-1 launched in September and | entered lunar orbit on Dec. 5"
        text = noun_event(_participle_as_passive(_agent_first(text, lang), lang, _tense(mention.date, story)),
                          language, _tense(mention.date, story))
        if lang == "de" and at > 0 and re.search(r"(?:^|\s)(?:\w+zu\w+[elr]?n|zu\s+\w+[elr]?n)$", text) \
                and not re.search(r"\b(?:hat|hatte|ist|war|wird|wurde|will|soll|kann|muss)\b", text):
            # "Sein Anwalt kündigte an, | am Freitag Verfassungsbeschwerde einzulegen": an infinitive with "zu" is
            # told with the clause it depends on
            governing = tidy(remove_dates(sentence[clauses[at - 1][0]:clauses[at - 1][1]], clauses[at - 1][0],
                                          mentions, language))
            verb = governing.rsplit(",", 1)[-1].strip()  # "kündigte an": the verb of a subject before it
            subject = re.match(r"(?:[A-ZÄÖÜ][\w-]*\s+){1,5}(?=[a-zäöüß])", text)
            own = sentence[clauses[at - 1][0]:clauses[at - 1][1]].rstrip(" ,")  # the verb's own words, after a
            start = clauses[at - 1][0] + own.rfind(",") + 1  # relative clause on its subject
            dated = any(start <= m.start < clauses[at - 1][1] for m in mentions)
            if verb[:1].islower() and subject and dated and _DE_ANNOUNCED.fullmatch(verb):
                # "kündigte am Dienstag an, | am kommenden Dienstag … zu beraten": the announcement has its own
                # event; this one is what was meant to happen then
                will = "wollen" if re.match(r"\w+(?:en|ten)\b", verb) else "will"
                text = f"{subject.group()}{will} {_without_zu(text[subject.end():])}"
            elif verb[:1].islower() and subject:  # "…, der seit 2022 im Amt ist, kündigte an, | den Fall … zu
                text = f"{subject.group()}{verb}, {text[subject.end():]}"  # erörtern": the verb after the comma
            elif governing and dated and (ordered := german_order(governing)) \
                    and (announced := _DE_ANNOUNCED.search(ordered)) and announced.start() > 0:
                will = "wollen" if re.match(r"\w+(?:en|ten)\b", announced.group()) else "will"
                text = f"{ordered[:announced.start()]}{will} {_without_zu(text)}"
            elif governing:
                text = f"{german_order(governing)}, {text}"
        if lang == "de" and following and _DE_ANNOUNCED.search(text) and re.search(r"\s(?:an|mit)$", text):
            # "Rainer kündigte am Dienstag an, | mit der Branche zu beraten": what was announced is its object
            announced = tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions, language))
            if re.search(r"(?:^|\s)(?:\w+zu\w+[elr]?n|zu\s+\w+[elr]?n)$", announced.rstrip(".")):
                text = f"{text}, {announced.rstrip('.')}"
        if lang in ("ru", "uk"):  # "На аукционе оно разместило" → "Ведомство разместило"
            from generator.importer.slavic import pronoun_noun, subject_first

            text = pronoun_noun(subject_first(text, lang), plain[:clause[0]], lang)
        if not _finite_in(text, lang):  # "…, | and the Fed's decision on Jan. 28": told with its governing clause
            from generator.importer.governing import governed, predicate_after

            if lang == "fr" and (dated := _dated_participle(sentence, clause, mention, _tense(mention.date, story))):
                text = dated  # "une tapisserie restaurée en 1990 par …" → "une tapisserie a été restaurée"
            elif lang == "es" and (dated := _es_dated_participle(sentence, clause, mention, mentions,
                                                                 _tense(mention.date, story))):
                text = dated  # "… a partir de 4.300 muestreos realizados en olivares en agosto" → "4.300
                # muestreos fueron realizados en olivares"
            elif told := predicate_after(text, sentence, clauses, at, mentions, language):
                text = told  # "A similar outbreak in 2019, | traced to a farm, | sickened 500 people"
            elif told := governed(sentence, clauses, at, mentions, language):
                owner = ((_subject_across_relative(sentence, clauses, clauses[at - 1], lang) if at else "")
                         or _sentence_subject(sentence, mentions, lang)) if _verb_first(told, lang) else ""
                # "…, whose trial …, | is expected to go | before a jury in June": the verb of the clause before
                # has the subject across its relative clause
                text = f"{owner} {told}" if owner else told
            else:  # "l'interdiction de l'amiante en France" → "l'amiante a été interdit en France"
                text = _act_of_its_doer(text, lang, _tense(mention.date, story)) or \
                    nominal_passive(text, language, _tense(mention.date, story))
    if lang == "tr" and at > 0 and (opening := opening_subject(sentence, clauses[0])) \
            and not text.startswith(opening):
        joined = re.match(r"\s*ve\s", sentence[clause[0]:clause[1]])  # "Türkiye, Irak, Katar | ve BAE, …"
        named = re.match(rf"(?:\S+\s+){{0,5}}?{re.escape(opening.split()[-1])}\s+", text)
        if named and all(w[:1].isupper() for w in named.group().split()):
            text = f"{opening} {text[named.end():]}"  # "Bakanı Ahmet Yıldırım … söyledi": the name said it already
        else:
            text = f"{opening} ve {text}" if joined else f"{opening}, {text}"
    if len(text.split()) < 2:
        text = headline(sentence, (0, len(sentence)), None, mentions, language, capitalise=False)
        if lang in ("ru", "uk"):  # "На прошлых выборах, | в марте 2018 года, | она была ниже"
            from generator.importer.slavic import subject_first

            text = subject_first(text, lang)
    if lang == "en":
        text = _active_of_agent_participle(_EN_TRAILING_SOURCE.sub("", text))
    if lang == "de":
        text = _subject_before_auxiliary(_participle_last(_expected(text)))
    if (place := _FRONTED_PLACE.get(lang)) and (fronted := place.match(text)):
        text = text[fronted.end():]  # "En Madrid, la ministra anunció …": the setting before the subject goes
    text = _without_opening_adverbial(text, lang)
    if lang in ("ru", "uk"):
        from generator.importer.slavic import without_impersonal_frame

        text = without_impersonal_frame(text)
    if lang == "tr" and len(text) > LIMIT and (named := dated_participle(sentence, clause, mention, True)):
        text = named  # "Bakanlık, 1936'da imzalanan Montrö Sözleşmesi'nin … aldığını hatırlattı": too long to tell
        # the report, the participle's event is what the date dates
    text = fit(text, language, dangling)
    return _capital(text, lang)


# A place set off by its comma before a clause's subject ("En Madrid, | la ministra anunció …").
_FRONTED_PLACE = {lang: re.compile(rf"(?i:{preps})\s+(?:(?:la|le|el|the|l['’])\s*)?[A-ZÀ-Þ][\w'’-]*"
                                   rf"(?:\s+(?:de\s+)?[A-ZÀ-Þ][\w'’-]*)*,\s+(?=\w+\s+\w)")
                  for lang, preps in {"es": "en|desde", "fr": "à|au|en|dans|depuis", "en": "in|at|from"}.items()}

# A source after the clause it attributes, one the splitter left in the clause: "…, analysts said".
_EN_TRAILING_SOURCE = re.compile(r"(?<=\w),\s+(?:[\w.’'-]+\s+){0,4}?(?:said|say|says|reported|noted|added|wrote|"
                                 r"estimated|predicted)$")

# What opens a phrase of purpose: "pour remplacer les voies", "para renovar la vía", "to replace the track".
_PURPOSE = {"fr": r"pour|afin de|afin d['’]", "es": r"para|a fin de", "en": r"to|in order to"}

# German verbs that announce what their subject means to do, with an infinitive clause after them.
_DE_ANNOUNCED = re.compile(r"(?:kündigte|kündigten|kündigt|kündigen)\s+an|versprach|versprachen|plante|planten")
