"""A clause's headline told in full: as its reporter's "X said + what was said", not told twice, or as a clause
with its subject put first, its pronouns resolved and a German infinitive or a verbless phrase with the clause
it depends on."""

from __future__ import annotations

import re

from generator.importer.fit import fit, nominal_passive, noun_event, shorter_subject
from generator.importer.reporting import Frame, report_title
from generator.importer.subjects import _DE_FINITE, german_main_clause, german_order, name_before, resolve_pronoun
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.dated import _overlap
from generator.importer.titles.english import _act_of_its_doer
from generator.importer.titles.fragment import with_set_off_subject
from generator.importer.titles.german import _without_zu
from generator.importer.titles.passives import (
    _agent_first,
    _dated_participle,
    _es_dated_participle,
    _participle_as_passive,
)
from generator.importer.titles.phrases import _without_opening_adverbial, _without_subject_phrase
from generator.importer.titles.predicates import (
    _DETERMINERS,
    _as_finite,
    _es_present_first,
    _finite_in,
    _fr_present_first,
    _is_name,
    _lacks_subject,
    _verb_at,
    _verb_first,
)
from generator.importer.titles.said import _person, _shorter_said, _what_was_said
from generator.importer.titles.state import _Title
from generator.importer.titles.subject import (
    _after_subject,
    _reporter_pronoun,
    _sentence_subject,
    _slavic_joined_subject,
    _subject_across_relative,
    _subject_after_verb,
    _they_of_the_clause_before,
)
from generator.importer.titles.words import _AUXILIARIES, _EN_SET_OFF_PARTICIPLE, _RELATIVE
from generator.link.duplicates import alike

# German verbs that announce what their subject means to do, with an infinitive clause after them.
_DE_ANNOUNCED = re.compile(r"(?:kündigte|kündigten|kündigt|kündigen)\s+an|versprach|versprachen|plante|planten")


def _report(t: _Title, reported: Frame, plain: str) -> str:
    """A reporting frame ("…, the air force said on Sunday") told as who said it, and what."""
    lang = t.lang
    main = shorter_subject(_without_opening_adverbial(  # "Faute de neige, la station a renoncé …": the station's act
        _what_was_said(t.sentence, t.clauses, t.clause, t.following, t.mentions, t.language), lang))
    if lang in ("ru", "uk") and main:  # "что были возбуждены три дела" → "что три дела были возбуждены"
        from generator.importer.slavic import subject_first

        main = subject_first(main, lang)
    person = _person(main, t.language)  # "his office said": the person the statement is about
    reported, who = _reporter(t, reported, plain, person)
    if person and who != reported.who and re.match(rf"(?:[\w.'’-]+\s+){{0,5}}{re.escape(person)}\b", main):
        pronoun = who != reported.who and " " not in reported.who and lang == "de"
        main = re.sub(rf"^(?:[\w.'’-]+\s+){{0,5}}{re.escape(person)}\b",
                      reported.who.lower() if pronoun else person, main)  # "Scholz said Scholz will"
    head = report_title(who, reported, "x", t.language)
    said = _said_to_fit(t, main, head)
    lost_verb = (not _finite_in(said, lang) or _lost_its_end(main, said, lang)) and _only_date(t)  # (else what
    # was said has an event of its own)
    if main and ((lang == "en" and _says_nothing(said, lang)) or lost_verb):
        if alone := _said_alone(t, main):  # "… пресс-служба сообщила, что число заболевших" → "Число … выросло"
            return alone
        if lang == "en" and said.split()[-1:] and said.split()[-1].lower() in _DETERMINERS:
            said = ""  # "The Department … confirmed residents of": the reporter's frame alone says more
    return _not_told_twice(t, who, reported, said)


def _says_nothing(said: str, lang: str) -> bool:
    """Whether what was said, as cut, lost its verb or the verb's object ("… said the Douglas Bay Horse")."""
    return not said or len(said.split()) < _verb_at(said, lang) + 2 or said.split()[-1].lower() in _AUXILIARIES


def _lost_its_end(main: str, said: str, lang: str) -> bool:
    """Whether a German statement, cut to fit, lost the verbs it ends on ("Bei der Ausschreibung hat kein einziges
    | Unternehmen ein Gebot abgegeben")."""
    ending = main.split()[-1:]
    return lang == "de" and bool(said) and bool(ending) and ending[0][:1].islower() and said.split()[-1] != ending[0]


def _only_date(t: _Title) -> bool:
    """Whether the reporter's frame holds the sentence's only date: what was said has no event of its own."""
    return all(t.clause[0] <= m.start < t.clause[1] for m in t.mentions if not m.year_only)


def _said_alone(t: _Title, main: str) -> str:
    """What was said, without its reporter, when the reporter's name left no room to say it ("The Isle of Man's
    Department of Infrastructure said the Douglas Bay Horse" says nothing; "The Douglas Bay Horse Tramway will miss
    the start of the tourist season" does), alike no other event of the sentence; else ""."""
    from generator.importer.titles.speaker import _FIRST_PERSON

    said = fit(main, t.language, t.dangling)
    if _says_nothing(said, t.lang) or not _finite_in(said, t.lang) \
            or re.search(_FIRST_PERSON.get(t.lang, "(?!)"), said) or any(alike(said, other) for other in t.taken):
        return ""  # (a first person is the speaker's: "Nous ne demandons pas" is no headline)
    return _capital(said, t.lang)


def _reporter(t: _Title, reported: Frame, plain: str, person: str) -> tuple[Frame, str]:
    """The frame with a Russian or Ukrainian reporter told in the nominative, and the reporter's shortest name."""
    lang = t.lang
    if lang in ("ru", "uk"):  # "сообщили в Камчатской группе реагирования" → "Камчатская группа … сообщила"
        from generator.importer.slavic import locative_reporter

        place = locative_reporter(reported.who, reported.verb, lang)
        reported = type(reported)(*place) if place else reported
    who = resolve_pronoun(reported.who, plain, 0, t.language, person or t.context)
    who = shorter_subject(f"{who} x")[:-2]  # "голова обласної адміністрації Максим Козицький" → the name
    if lang in ("ru", "uk"):
        from generator.importer.morphology import person_at_end

        who = person_at_end(who, lang) or who  # "ТАСС генеральный конструктор ВНИИЭМ Андрей Петров"
    return reported, who


def _said_to_fit(t: _Title, main: str, head: str) -> str:
    """What was said, cut to fit after the reporter's frame; "" when it would end on an auxiliary."""
    lang, dangling = t.lang, t.dangling
    said = fit(main, t.language, dangling, 81 - len(head)) if main else ""
    if said and _says_nothing(said, lang):  # the verb's object did not fit
        plainer = fit(_without_subject_phrase(main, lang), t.language, dangling, 81 - len(head))
        said = plainer if len(plainer.split()) >= _verb_at(plainer, lang) + 2 else said
    if said.split()[-1:] and said.split()[-1].lower() in _AUXILIARIES:
        said = ""  # too long to say in full: "Le ministère a indiqué que les contrôleurs ont" says nothing
    return said


def _not_told_twice(t: _Title, who: str, reported: Frame, said: str) -> str:
    """The report, what was said made shorter while it is alike an event of an overlapping date."""
    lang, mention = t.lang, t.mention
    text = report_title(who, reported, said, t.language, said_is_name=_is_name(said, lang))
    # Not told twice: the site warns of two alike events whose dates overlap ("officials said on Monday
    # the envoys will meet in June" is two events, months apart, and may say both).
    while said and any(alike(text, other) and _overlap((mention.date, mention.end_date), d)
                       for other, d in t.taken.items()):
        shorter = _shorter_said(said, t.language, t.dangling)
        if not shorter:
            break  # as short as it can say something: the site's check shows the two alike events
        said = shorter
        text = report_title(who, reported, said, t.language, said_is_name=_is_name(said, lang))
    return text


def _clause_told(t: _Title, text: str, plain: str) -> str:
    """A clause that reports nothing, with its pronouns resolved and its subject first, told with a verb."""
    text = _pronouns_resolved(t, text, plain)
    text = _subject_put_first(t, text, plain)
    text = noun_event(_participle_as_passive(_agent_first(text, t.lang), t.lang, t.tense), t.language, t.tense)
    text = _german_infinitive_with_its_verb(t, text)
    text = _german_announced_object(t, text)
    if t.lang in ("ru", "uk"):  # "На аукционе оно разместило" → "Ведомство разместило"
        from generator.importer.slavic import pronoun_noun, subject_first

        text = pronoun_noun(subject_first(text, t.lang), plain[:t.clause[0]], t.lang)
    if not _finite_in(text, t.lang):  # "…, | and the Fed's decision on Jan. 28": told with its governing clause
        text = _with_its_governing_clause(t, text)
    return text


def _pronouns_resolved(t: _Title, text: str, plain: str) -> str:
    """A pronoun subject as the reporter, the plural subject before "they", or the named actor it stands for."""
    text = _reporter_pronoun(text, t.sentence, t.clauses, t.at, t.mentions, t.language)
    if t.lang == "en" and t.at > 0:  # "… will discuss a plan | when they meet in Copenhagen on March 17"
        text = _they_of_the_clause_before(text, t.sentence, t.clauses[t.at - 1], t.mentions, t.tense)
    return resolve_pronoun(text, plain, t.clause[0], t.language, t.context)


def _opens_with_its_end(text: str, opening: str) -> bool:
    """Whether ``text`` opens with ``opening`` or with its last words, in any case: "Für die Osterferien" before
    "die Osterferien beginnen", "Образцы" before "образцы экипаж законсервировал" (not to be said twice)."""
    words, low = opening.casefold().split(), text.casefold()
    return any(low == (end := " ".join(words[i:])) or low.startswith(end + " ") for i in range(len(words)))


def _opens_with_verb(t: _Title, text: str, opening: str) -> bool:
    """Whether the clause opens with its verb, its subject before it (a French or Spanish present, an imperfect)."""
    from generator.importer.slavic import object_it_lacks, opens_with_subject

    lang = t.lang
    # a subject of its own: "der Bund hatte …", "техніка вийматиме …" (unless the opening is the object it lacks)
    own_subject = lang in ("ru", "uk") and opens_with_subject(text, lang) and not object_it_lacks(opening, text, lang)
    verb_first = _verb_first(text, lang) if lang in ("en", "es", "fr") else text[:1].islower() and not (
        lang == "de" and (opens := re.match(r"(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]\S*\s+(\S+)",
                                            text)) and opens[1] in _DE_FINITE) and not own_subject
    return bool(verb_first) or bool(opening and lang == "fr" and _fr_present_first(text)) \
        or bool(opening and lang == "es" and _es_present_first(text)) \
        or bool(opening and lang == "es" and _lacks_subject(text, lang)  # "…, que rondaba": the imperfect
                and not re.match(r"se\s+\w+\s+(?:el|la|los|las|un|una)\s", text))  # an impersonal passive


def _en_participle_before(t: _Title) -> tuple[int, int] | None:
    """The English clause right before this one when it is a participle phrase set off ("originally planned for
    Thursday,"), else None."""
    before = [c for c in t.clauses if c[1] <= t.clause[0]]
    return before[-1] if before and re.match(rf"\s*{_EN_SET_OFF_PARTICIPLE}\s", t.sentence[before[-1][0]:]) else None


# The noun phrase a clause ends on before the comma that sets off a participle after it: "said | a split sample,".
_EN_NOUN_BEFORE_COMMA = re.compile(r"(?:^|\s)(?P<noun>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}"
                                   r"[a-z][\w-]*),\s*$")


# A German relative clause after its preposition, with a subject of its own: "für die | das Land Tirol … bewilligt
# hatte".
_DE_OBLIQUE = re.compile(r"(?:für|mit|von|bei|an|auf|aus|nach|zu|in|über|unter|gegen|durch|um|seit)\s+"
                         r"(?:der|die|das|dem|den|denen|deren|dessen)\s+(?P<body>(?:der|die|das|ein|eine)\s.+)$")


def _after_relative(t: _Title, name: str) -> bool:
    """Whether a French or Spanish clause follows a relative clause with ``name`` in it ("les vacances, | dont
    dépend l'académie de Montpellier, | ont commencé"): the name inside it is no subject of the verb after it."""
    before = [c for c in t.clauses if c[1] <= t.clause[0]]
    return t.lang in ("fr", "es") and bool(before) and bool(name) and re.match(
        r"\s*(?:dont|qui|que|où|cuyo|cuya|cuyos|cuyas|quien|quienes|donde)\s", t.sentence[before[-1][0]:],
        re.IGNORECASE) is not None \
        and name in t.sentence[before[-1][0]:before[-1][1]]


def _subject_put_first(t: _Title, text: str, plain: str) -> str:
    """A clause without a subject of its own given the one across a relative clause, its owner's or the sentence's."""
    from generator.importer.slavic import genitive_phrase

    sentence, clauses, clause, lang, mentions = t.sentence, t.clauses, t.clause, t.lang, t.mentions
    opening = _subject_across_relative(sentence, clauses, clause, lang) or _slavic_joined_subject(
        sentence, clauses, clause, lang)
    oblique = _DE_OBLIQUE.match(text) if lang == "de" else None
    if oblique and (main := german_main_clause(oblique["body"])) != oblique["body"]:
        return main[:1].upper() + main[1:]  # "für die das Land Tirol 4,2 Millionen Euro bewilligt hatte" → "Das Land
        # Tirol hatte 4,2 Millionen Euro bewilligt": a relative clause after its preposition, told as a main clause
    verb_first = _opens_with_verb(t, text, opening)
    whose = re.match(r"\s*(?:котор(?:ого|ой|ых)|як(?:ого|ої|их))\s", sentence[clause[0]:clause[1]]) \
        if lang in ("ru", "uk") else None
    owned = re.search(r",\s+([а-яёіїєґ'’-]+)$", sentence[:clause[0]].rstrip()) if whose else None
    if owned and verb_first and (of := genitive_phrase(opening or _sentence_subject(sentence, mentions, lang),
                                                       lang)):
        text = f"{owned[1]} {of} {text}"  # "Фестиваль «…», открытие | которого было запланировано" → "открытие
        # фестиваля «…» было запланировано": the noun before the relative pronoun in the genitive is the subject
    elif opening and verb_first and not _opens_with_its_end(text, opening) \
            and _after_subject(text, lang).casefold() not in opening.casefold():  # (an opening that holds the
        # clause already: "вчера в Выборг прибыли первые декорации" is no subject of "в Выборг прибыли …")
        text = _in_place_of_pronoun(opening, _after_subject(text, lang), lang)  # "Paz, que quedó primero …, |
        # asumirá" → "Paz asumirá"
    elif lang == "en" and clause[0] > 0 and re.match(r"[a-z]+ed\s", text) \
            and (noun := _EN_NOUN_BEFORE_COMMA.search(sentence[:clause[0]])):
        # "… said a split sample, | tested at a laboratory last week, | confirmed …": the noun the participle is of
        text = f"{noun['noun']} {'were' if re.search(r'[^s]s$', noun['noun']) else 'was'} {text}"
    elif lang == "en" and _verb_first(text, lang) and (aside := _en_participle_before(t)) \
            and (noun := _EN_NOUN_BEFORE_COMMA.search(sentence[:aside[0]])):
        # "… said the public hearing, | originally planned for Thursday, | had been moved": the noun before the
        # participle set off, not the sentence's subject
        text = f"{noun['noun'][:1].upper()}{noun['noun'][1:]} {text}"
    elif lang == "es" and (inverted := _subject_after_verb(text)):
        text = inverted  # "asumió el presidente Javier Milei" → "el presidente Javier Milei asumió"
    elif lang == "es" and re.match(r"se\s+\w+\s+(?:el|la|los|las|un|una|unos|unas|varios|varias|\d[\d.,]*)\s", text):
        pass  # "se registró el último episodio": an impersonal passive has its subject after the verb
    elif _lacks_subject(text, lang) and _after_relative(t, name_before(plain, clause[0], t.language)) \
            and (across := with_set_off_subject(text, sentence, clauses, t.at, mentions, t.language)) != text:
        text = across  # "les vacances d'hiver, | dont dépend l'académie de Montpellier, | ont commencé": the subject
        # before the relative clause, not the name inside it
    elif _lacks_subject(text, lang) and (name := name_before(plain, clause[0], t.language) or t.context):
        text = _in_place_of_pronoun(name, _as_finite(text, lang), lang)
    elif clause[0] > 0 and (_verb_first(text, lang) or (_lacks_subject(text, lang) and not re.match(
            rf"(?:{'|'.join(_RELATIVE.get(lang, set())) or '(?!)'})\s", sentence[clause[0]:clause[1]].lstrip(),
            re.IGNORECASE))) and (owner := _sentence_subject(sentence, mentions, lang)):
        # "…, | cuando ganó por 1-2": the sentence's subject, not in a relative clause ("datos | que se publicarán")
        text = _in_place_of_pronoun(owner, text, lang)  # "Usagi-1 launched in September and | entered lunar
        # orbit on Dec. 5"
    return text


# The pronouns that stand as a clause's subject.
_SUBJECT_PRONOUN = {"fr": r"il|elle|ils|elles", "en": r"he|she|it|they", "es": r"él|ella|ellos|ellas",
                    "de": r"er|sie|es"}


def _in_place_of_pronoun(subject: str, text: str, lang: str) -> str:
    """``text`` with ``subject`` first: in place of the pronoun that opens it ("L'œuvre, …, rend hommage … ; |
    elle avait été commandée" → "L'œuvre avait été commandée"), else before it."""
    pronoun = _SUBJECT_PRONOUN.get(lang)
    opening = re.match(rf"(?:{pronoun})\s+(?=\S)", text, re.IGNORECASE) if pronoun else None
    return f"{subject} {text[opening.end():] if opening else text}"


def _german_infinitive_with_its_verb(t: _Title, text: str) -> str:
    """A German infinitive with "zu" told with the verb of the clause it depends on."""
    sentence, clauses, at, mentions = t.sentence, t.clauses, t.at, t.mentions
    if t.lang == "de" and at > 0 and re.search(r"(?:^|\s)(?:\w+zu\w+[elr]?n|zu\s+\w+[elr]?n)$", text) \
            and not re.search(r"\b(?:hat|hatte|ist|war|wird|wurde|will|soll|kann|muss)\b", text):
        # "Sein Anwalt kündigte an, | am Freitag Verfassungsbeschwerde einzulegen": an infinitive with "zu" is
        # told with the clause it depends on
        governing = tidy(remove_dates(sentence[clauses[at - 1][0]:clauses[at - 1][1]], clauses[at - 1][0],
                                      mentions, t.language))
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
        elif governing and (dated or len(governing) + len(text) > 78) and (ordered := german_order(governing)) \
                and (announced := _DE_ANNOUNCED.search(ordered)) and announced.start() > 0:
            # (or too long with its frame: "Die VAG kündigte an, | den Rohbau … zu öffnen" → "Die VAG will …")
            will = "wollen" if re.match(r"\w+(?:en|ten)\b", announced.group()) else "will"
            text = f"{ordered[:announced.start()]}{will} {_without_zu(text)}"
        elif governing:
            text = f"{german_order(governing)}, {text}"
    return text


def _german_announced_object(t: _Title, text: str) -> str:
    """A German verb of announcing with what was announced, the infinitive clause after it, as its object."""
    following = t.following
    if t.lang == "de" and following and _DE_ANNOUNCED.search(text) and re.search(r"\s(?:an|mit)$", text):
        # "Rainer kündigte am Dienstag an, | mit der Branche zu beraten": what was announced is its object
        announced = tidy(remove_dates(t.sentence[following[0]:following[1]], following[0], t.mentions,
                                      t.language))
        if re.search(r"(?:^|\s)(?:\w+zu\w+[elr]?n|zu\s+\w+[elr]?n)$", announced.rstrip(".")):
            whole = f"{text}, {announced.rstrip('.')}"
            who = text[:_DE_ANNOUNCED.search(text).start()].strip()
            will = "wollen" if re.search(r"(?:ten|en)\s+an$", text) else "will"
            # too long with its frame: "Die VAG kündigte an, den Rohbau … zu öffnen" → "Die VAG will den Rohbau …
            # öffnen"
            text = whole if len(whole) <= 80 or not who else f"{who} {will} {_without_zu(announced.rstrip('.'))}"
    elif t.lang == "de" and following and re.fullmatch(r"(?:(?:[A-ZÄÖÜ][\w-]*|für|der|des|und|von)\s+){1,7}"
                                                       r"(?:teilte|teilten)\s+mit", text):
        # "Die Bahn teilte am Mittwoch mit, | die Strecke werde gesperrt bleiben": what it told, in reported speech
        told = tidy(remove_dates(t.sentence[following[0]:following[1]], following[0], t.mentions, t.language))
        if re.match(r"(?:die|der|das|den|dem|ein|eine|es|man|sie|er|\w+)\s", told) and _DE_REPORTED.search(told):
            whole = f"{text}, {told.rstrip(' .')}"
            # too long with its frame: what it told, as a fact ("das frühere Eisenerzbergwerk werde … aufnehmen
            # können" → "Das frühere Eisenerzbergwerk wird … aufnehmen können")
            text = whole if len(whole) <= 80 or not re.match(r"(?:die|der|das|ein|eine)\s", told) else \
                _capital(_DE_REPORTED.sub(lambda m: _DE_INDICATIVE[m.group()], told.rstrip(" ."), count=1), "de")
    return text


# A verb in the subjunctive of reported speech: "die Strecke werde gesperrt bleiben", "es sei zu früh".
_DE_REPORTED = re.compile(r"\b(?:werde|werden|sei|seien|habe|könne|müsse|solle|wolle|dürfe)\b")
_DE_INDICATIVE = {"werde": "wird", "werden": "werden", "sei": "ist", "seien": "sind", "habe": "hat", "könne": "kann",
                  "müsse": "muss", "solle": "soll", "wolle": "will", "dürfe": "darf"}


def _with_its_governing_clause(t: _Title, text: str) -> str:
    """A phrase without a verb of its own told as a participle's passive, or with the clause that governs it."""
    from generator.importer.governing import governed, predicate_after

    sentence, clauses, at, clause, mention, mentions, lang = \
        t.sentence, t.clauses, t.at, t.clause, t.mention, t.mentions, t.lang
    if lang == "fr" and (dated := _dated_participle(sentence, clause, mention, t.tense)):
        text = dated  # "une tapisserie restaurée en 1990 par …" → "une tapisserie a été restaurée"
    elif lang == "es" and (dated := _es_dated_participle(sentence, clause, mention, mentions, t.tense)):
        text = dated  # "… a partir de 4.300 muestreos realizados en olivares en agosto" → "4.300
        # muestreos fueron realizados en olivares"
    elif told := predicate_after(text, sentence, clauses, at, mentions, t.language):
        text = told  # "A similar outbreak in 2019, | traced to a farm, | sickened 500 people"
    elif told := governed(sentence, clauses, at, mentions, t.language):
        owner = ((_subject_across_relative(sentence, clauses, clauses[at - 1], lang) if at else "")
                 or _sentence_subject(sentence, mentions, lang)) if _verb_first(told, lang) else ""
        # "…, whose trial …, | is expected to go | before a jury in June": the verb of the clause before
        # has the subject across its relative clause
        text = f"{owner} {told}" if owner else told
    else:  # "l'interdiction de l'amiante en France" → "l'amiante a été interdit en France"
        text = _act_of_its_doer(text, lang, t.tense) or nominal_passive(text, t.language, t.tense)
    return text
