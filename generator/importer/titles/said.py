"""What was said: the statement a reporting frame reports, a quote told as its speaker's, what was said made shorter,
the sentence an "Об этом сообщили" reports."""

from __future__ import annotations

import datetime as dt
import re

from generator.importer.dates import Mention
from generator.importer.fit import LIMIT, PREPOSITIONS, fit
from generator.importer.reporting import report_title
from generator.importer.subjects import names_in
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.headline import headline
from generator.importer.titles.phrases import _without_subject_phrase
from generator.importer.titles.predicates import (
    _IRREGULAR_PARTICIPLE,
    _PARTICIPLE,
    _adverbial,
    _finite_in,
    _has_verb,
    _verb_at,
)
from generator.importer.titles.subject import _subject_across_relative
from generator.importer.titles.words import _DANGLING, _RELATIVE, _lang


def _what_was_reported(previous: str, language: str, story: dt.date) -> str:
    """The headline of the sentence before a Russian or Ukrainian "Об этом сообщили …": its main clause, with the
    subject the sentence opens with across a relative clause ("Запуск …, который планировался …, | перенесен" →
    "Запуск … перенесен"); "" when it has no verb."""
    from generator.importer.dates import find_mentions
    from generator.importer.morphology import verb_at
    from generator.importer.text import split_clauses

    lang = _lang(language)
    text = tidy(previous)
    clauses = split_clauses(text, language)
    mentions = find_mentions(text, story, language, clauses)
    main = next((c for c in clauses if (words := tidy(remove_dates(text[c[0]:c[1]], c[0], mentions, language)).split())
                 and not re.match(r"(?:котор|как|як|что|що)", words[0].lower()) and verb_at(words, lang) < len(words)),
                None)
    if main is None:  # "Сбой в сети …, из-за которого …, | устранен": the opening subject and the predicate at the end
        opening, _, _ = text.partition(",")
        predicate = text.rstrip(" .").rpartition(",")[2].split()
        if predicate and verb_at(predicate, lang) == 0 and 2 <= len(opening.split()) <= 10 and "," in text:
            return _capital(fit(f"{opening} {' '.join(predicate)}", language, _DANGLING.get(lang, set())), lang)
        return ""
    said = headline(text, main, None, mentions, language, capitalise=False)
    if said[:1].islower() and (subject := _subject_across_relative(text, clauses, main, lang)):
        said = f"{subject} {said}"
    from generator.importer.slavic import without_fronted_cause

    said = fit(without_fronted_cause(said, lang), language, _DANGLING.get(lang, set()))
    return _capital(said, lang) if _finite_in(said, lang) and len(said.split()) >= 3 else ""


_THAT = re.compile(r"(?:(?:that|que|что|що|dass)\s+|qu['’](?=\w))", re.IGNORECASE)  # "qu'il repoussait"


def _shorter_said(said: str, language: str, dangling: set[str]) -> str:
    """What was said, a phrase shorter: its last phrase gone ("… made progress in talks" → "… made progress"),
    else the phrase between its subject and verb ("Negotiators from Israel and Hamas made progress" →
    "Negotiators made progress"); "" when neither leaves a subject, a verb and a word after it."""
    lang = _lang(language)
    preps = PREPOSITIONS.get(lang, "").split()
    shorter = fit(said, language, dangling, len(said) - 1)
    rest = said.split()[len(shorter.split()):]
    if rest and (rest[0].lower() in preps or rest[0] in "–—") and len(shorter.split()) >= _verb_at(shorter, lang) + 2:
        return shorter
    plainer = _without_subject_phrase(said, lang)
    if plainer == said and lang in ("ru", "uk"):  # "атакувала енергетичну інфраструктуру" → "атакувала інфраструктуру"
        from generator.importer.morphology import without_an_adjective

        plainer = " ".join(without_an_adjective(said.split(), _verb_at(said, lang) + 1, lang))
    return plainer if plainer != said and len(plainer.split()) >= _verb_at(plainer, lang) + 2 else ""


def _person(text: str, language: str) -> str:
    """The family name of the person a headline opens with ("Robert Fico will return" → "Fico"), or ""."""
    subject = re.split(r",|\s(?=[a-zа-яё]+\s+[a-zа-яё])", text, maxsplit=1)[0]  # up to its verb, roughly
    people = [name for name in names_in(subject, language) if len(name.split()) >= 2]
    if _lang(language) in ("ru", "uk"):  # "Ученые Северо-Восточного …" is no person: a given name first
        from generator.importer.morphology import person_at_end

        people = [name for name in people if person_at_end(f"x {name}", _lang(language))]
    return people[0].split()[-1] if people else ""


def _what_was_said(sentence: str, clauses: list[tuple[int, int]], clause: tuple[int, int],
                   following: tuple[int, int] | None, mentions: list[Mention], language: str) -> str:
    """The statement a reporting frame reports: the "that" clause after it, else the sentence's main clause."""
    if following and _THAT.match(sentence[following[0]:following[1]]):
        said = headline(sentence, following, None, mentions, language, capitalise=False)
        return _THAT.sub("", said, count=1)
    lang = _lang(language)
    start = 1 if len(clauses) > 2 and clauses[1][1] <= clause[0] and _setting(sentence[clauses[0][0]:clauses[0][1]],
                                                                               lang) else 0
    if clauses[start][0] == clause[0] or _adverbial(sentence[clauses[0][0]:clauses[0][1]], lang):
        return ""  # ("Faute de neige, | la station …, | a renoncé …": the setting goes, the clause after it is said)
    participle = f"{_PARTICIPLE.get(lang, '(?!)')}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')}"
    if lang in _PARTICIPLE and start + 1 < len(clauses) and clauses[start + 1][1] <= clause[0] \
            and re.match(rf"\s*(?:{participle})\s", sentence[clauses[start][0]:], re.IGNORECASE) \
            and not _finite_in(sentence[clauses[start][0]:clauses[start][1]], lang):
        start += 1  # "Fermé depuis près de trois ans …, | le sentier … rouvrira …, | a annoncé …": the phrase on the
        # subject goes, its clause is said
    relative = _RELATIVE.get(lang, set())
    opening = re.match(rf"([^,]{{1,60}}),\s+(?:{'|'.join(relative) or '(?!)'})\s", sentence[:clauses[0][1]])
    if opening and not start and len(clauses) > 1 and clauses[1][0] < clause[0]:
        # "The gunman, who was charged …, | will remain in custody, | a court ruled": the subject and its verb
        predicate = headline(sentence, clauses[1], None, mentions, language, capitalise=False)
        if predicate[:1].islower():
            return f"{tidy(opening.group(1))} {predicate}"
    first = headline(sentence, clauses[start], None, mentions, language, capitalise=False)
    noun = re.sub(rf",\s+(?:{participle})$", "", first)  # "la huelga, | convocada para el 12 de junio,": its noun
    if lang in _PARTICIPLE and (noun != first or not _finite_in(first, lang)):
        # "La huelga, convocada para el 12 de junio, | afectará a 300 vuelos, | informó el sindicato": the subject
        # and its predicate
        from generator.importer.governing import predicate_after

        before = [c for c in clauses if c[1] <= clause[0]]
        return predicate_after(noun, sentence, before, start, mentions, language) or first
    return first


def _setting(text: str, lang: str) -> bool:
    """Whether a French, Spanish or English clause is only a short setting, no statement: "Faute de neige,", "Tras
    las lluvias,", "Despite the rain,"."""
    words = text.strip(" ,").split()
    return lang in _SETTING_WORDS and 1 < len(words) <= 5 and words[0].casefold() in _SETTING_WORDS[lang] \
        and not _finite_in(text, lang)


_SETTING_WORDS = {"fr": {"faute", "grâce", "malgré", "après", "avant", "lors", "face", "outre", "pour", "dans", "en",
                         "avec", "sans", "depuis", "dès", "par"},
                  "es": {"tras", "ante", "pese", "gracias", "debido", "después", "antes", "durante", "con", "sin",
                         "en", "por", "para", "desde"},
                  "en": {"despite", "after", "before", "amid", "following", "due", "with", "without", "for", "in",
                         "during", "since"}}


def _without_when(text: str) -> str:
    """A clause without the conjunction of time it opens with ("quand nous avons …" → "nous avons …")."""
    return re.sub(r"^(?i:quand|lorsque|cuando|when|als|wenn)\s+", "", text)


def _quote_told(sentence: str, mention: Mention, mentions: list[Mention], language: str) -> str:
    """A quote opening its sentence, told as its speaker's ("Anna Kessler sagte, das Design ist gescheitert",
    "Thierry Lafon a déclaré qu'ils réalisent …"): the part of the quote with the date, or the whole quote when the
    date is the frame's; "" for no quote and frame, and for a first person singular."""
    from generator.importer.quotes import quote_and_frame, third_person

    blanked = remove_dates(sentence, 0, mentions, language)
    found = quote_and_frame(blanked, language)
    if not found:
        return ""
    reporter, start, end, frame_end = found
    if lead := re.search(r"[\"«“„]\s*[\s,]*$", blanked[:start]):
        start = lead.start() + 1  # '"Le 17 janvier, quand …': the quote opens on its date, blanked
    while end < len(blanked) and blanked[end].isspace():  # "… en décembre »": the quote's date is its own
        end += 1
    quote = sentence[start:end]
    if mention.start >= frame_end:
        return ""  # "…, a déclaré X, qui avait subi une fermeture en janvier 2024": the relative clause's event
    a, b = start, end
    if start <= mention.start < end:  # the date is the quote's: only the part of it that has the date
        for comma in re.finditer(r",\s+", quote):
            if start + comma.start() < mention.start:
                a = start + comma.end()
            elif b == end:
                b = start + comma.start()
    own = tidy(remove_dates(sentence[a:b], a, mentions, language)).strip(" ,.\"«»“”„")
    if not own and b < end:  # "« Le 17 mars, | quand nous avons …, | … »": a date alone tells of the part after it
        following = re.search(r",\s+", sentence[b + 1:end])
        own = _without_when(tidy(remove_dates(sentence[b:b + 1 + following.start() if following else end], b,
                                              mentions, language)).strip(" ,."))
    said = third_person(own, language)
    infinitive = _lang(language) in ("fr", "es") and said != own
    if not said or re.match(r"(?i:je|j['’]|ich|yo|me|mir|mich|moi)\b", said) \
            or not (infinitive or _has_verb(said, _lang(language))):
        return ""
    who = _named_without_role(reporter.who) if len(report_title(reporter.who, reporter, said, language)) > LIMIT \
        else reporter.who
    head = report_title(who, reporter, "x", language)
    said = fit(said, language, _DANGLING.get(_lang(language), set()), 81 - len(head))
    return f"{report_title(who, reporter, '', language)} {said}" if infinitive else \
        report_title(who, reporter, said, language)


def _named_without_role(who: str) -> str:
    """A speaker's name without the role before it and the setting after it ("le facteur d'orgues Jean Dupont" →
    "Jean Dupont", "der Gutachter Jan Berg vor dem Gericht" → "Jan Berg"), for a title too long to hold them;
    else as it is."""
    name = re.search(r"(?<=\s)[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]+\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]+(?=$|\s+(?:vor|im|in|bei|auf|am|"
                     r"devant|à|au|en|ante|before|at|in|to)\s)", who)
    return name.group() if name and re.search(r"(?:^|\s)[a-zà-ÿа-яёіїєґ]", who[:name.start()]) else who
