"""The last repairs of a title, in the languages whose verbs the importer can tell (en, es, fr, ru, uk): a
subject and its verb that phrases set off between them kept apart are told together, and a fragment with no verb
takes the clause beside it that tells the event.

- A title that opens on its verb gets the subject the clauses before it set off: "la rénovation du pont, | inauguré
  en 1975, | doit s'achever fin 2027" → "La rénovation du pont doit s'achever" (``with_set_off_subject``).
- A title that is a subject alone gets the verb the clauses after it go on to, past the relative clauses and the
  phrases with no verb set off after it: "lorsque l'Oust et la Vilaine, | gonflées par les orages, | ont débordé"
  → "L'Oust et la Vilaine ont débordé simultanément" (``with_its_predicate``). A title with a verb the lists of
  verbs miss ("se espera", "заплановане") is no subject alone.
- A fragment (``instead_of_fragment``): "Les familles ont été hébergées provisoirement dans un hôtel, | aux frais de
  la commune, jusqu'à vendredi" dates a clause of circumstances; its title, "Aux frais de la commune", says nothing
  happened. The clause next to the date's (the one before, else the one after: "Lors de la précédente édition, en
  2021, | ils étaient près de 12.000") gives the title instead when, made a headline, it has a verb, at least three
  words, and no event of the sentence has that title already: two events of one sentence keep different titles,
  so a fragment stays when the clause beside it is another event's.

Only what is surely no headline is replaced: a title of one or two words with no verb ("Dry spell"), or one that
opens on a preposition or connective and has no verb ("Aux frais de la commune", "В том числе"). The importer's
test of a verb misses some ("plans", "estaba", "нужно"), and a title it misses a verb in is usually fine.
"""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.fit import fit
from generator.importer.titles.cleaning import _capital, remove_dates, tidy
from generator.importer.titles.headline import headline
from generator.importer.titles.predicates import _finite_in, _verb_first
from generator.importer.titles.words import _AS_SAID, _DANGLING, _LEADS, _RELATIVE, _SOURCE_OPENER, _lang

_TOLD = ("en", "es", "fr", "ru", "uk")  # the languages whose finite verbs the importer can tell

# Words a subject may open on in lowercase: articles and determiners.
_ARTICLE_FIRST = {"en": {"the", "a", "an", "its", "their", "his", "her"},
                  "es": {"el", "la", "los", "las", "un", "una", "unos", "unas", "más", "su", "sus"},
                  "fr": {"le", "la", "les", "l'", "l’", "un", "une", "des", "ce", "cet", "cette", "ces", "plus"},
                  "ru": set(), "uk": set()}

_FIRST_PERSON = {"en": {"i", "we"}, "es": {"yo", "nosotros", "nosotras"}, "fr": {"je", "j'", "nous"},
                 "ru": {"я", "мы"}, "uk": {"я", "ми"}}

# Words a phrase of circumstance opens on, and no subject does.
_CIRCUMSTANCE = {
    "en": {"according", "in", "on", "at", "for", "from", "with", "by", "during", "after", "before", "amid", "up",
           "down", "including", "despite", "until", "since", "as", "under", "near", "outside", "inside", "across",
           "toward", "towards", "through", "throughout"},
    "es": {"a", "al", "en", "con", "para", "por", "durante", "tras", "desde", "según", "incluido", "pese", "hasta",
           "antes", "después", "como", "sobre", "bajo", "entre", "ante", "contra", "hacia", "frente"},
    "fr": {"à", "au", "aux", "lors", "en", "dans", "pour", "par", "avec", "après", "avant", "depuis", "dès", "sauf",
           "selon", "malgré", "jusqu'à", "jusqu'au", "jusqu’à", "jusqu’au", "comme", "sur", "sous", "vers", "chez",
           "devant", "derrière", "près", "auprès", "grâce", "faute", "hors", "parmi", "entre", "contre"},
    "ru": {"в", "во", "на", "с", "со", "по", "до", "после", "при", "из-за", "согласно", "несмотря", "как", "к"},
    "uk": {"в", "у", "на", "з", "із", "зі", "по", "до", "після", "при", "через", "зокрема", "згідно", "попри", "як",
           "потім"},
}


def is_fragment(title: str, language: str) -> bool:
    """Whether ``title`` is surely no headline: no finite verb (in a language whose verbs are known) and one or two
    words, or an opening preposition or connective."""
    lang = _lang(language)
    words = title.split()
    if lang not in _TOLD or not words or _finite_in(title, lang):
        return False
    return len(words) < 3 or (len(words) <= 6 and words[0].casefold().strip(",") in _CIRCUMSTANCE[lang])


def tells_an_event(text: str, language: str) -> bool:
    """Whether a clause made a headline can stand for an event: three words or more with a verb, its subject first
    (not "Avait été renvoyée …", "До якої підключається …"), and neither a source ("As reported by …"), a
    speaker's own "we" or "I", nor what an age set off after a name leaves ("…, 58, | ran the trading house")."""
    lang, words = _lang(language), text.split()
    return len(words) >= 3 and _finite_in(text, lang) and not _verb_first(text[:1].lower() + text[1:], lang) \
        and not re.match(rf"(?i:{_SOURCE_OPENER.get(lang, '(?!)')}|{_AS_SAID.get(lang, '(?!)')})\s", text) \
        and words[0].casefold() not in _FIRST_PERSON[lang] | _CIRCUMSTANCE[lang] and not words[0].isdigit()


def _words_of(sentence: str, clause: tuple[int, int], mentions: list[Mention], language: str) -> str:
    """A clause's own words: without its dates, its leading "and" or "lorsque", its trailing comma."""
    text = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language)).strip(" ,;")
    leads = _LEADS.get(_lang(language))
    for _ in range(2):
        text = re.sub(rf"^{leads}\s+", "", text, flags=re.IGNORECASE) if leads else text
    return text


def _dated(clause: tuple[int, int], mentions: list[Mention]) -> bool:
    return any(clause[0] <= m.start < clause[1] for m in mentions)


def _relative_first(text: str, lang: str) -> bool:
    """Whether ``text`` opens on a relative pronoun ("qui …", "который …", "що …")."""
    first = text.split(maxsplit=1)[0].casefold().strip(",") if text else ""
    return first in _RELATIVE.get(lang, set()) | {"que", "qui", "що", "that"}


def _set_off(text: str, lang: str) -> bool:
    """Whether a clause between a subject and its verb is set off: a relative clause, or a phrase with no verb
    ("inauguré en 1975", "entre ellos dos batallones de la UME", "полученные областью прошлой осенью")."""
    return bool(text) and (_relative_first(text, lang) or not _finite_in(text, lang))


# Adverbs that may stand before a verb whose subject was set off: "а підрядник – ТОВ «…» – | вже завіз …".
_ADVERB_FIRST = {"en": "already|also|then|now", "es": "ya|también|luego", "fr": "déjà|aussi|ensuite|alors",
                 "ru": "уже|также|тоже|затем|теперь|ещё|еще", "uk": "вже|уже|також|теж|потім|тепер|ще"}


def with_set_off_subject(title: str, sentence: str, clauses: list[tuple[int, int]], at: int,
                         mentions: list[Mention], language: str) -> str:
    """A title that opens on its verb, its subject the clause before the phrases set off between them: "la
    rénovation du pont, | inauguré en 1975, | doit s'achever fin 2027" → "La rénovation du pont doit s'achever";
    ``title`` as it is when no such subject comes before."""
    lang = _lang(language)
    bare = re.sub(rf"^(?:{_ADVERB_FIRST.get(lang, '(?!)')})\s+", "", title, flags=re.IGNORECASE)  # "Вже завіз …"
    if lang not in _TOLD or at == 0 or not title or not _lowercase_in(bare, sentence[clauses[at][0]:]) \
            or not (_verb_first(bare[:1].lower() + bare[1:], lang) or _present_first(bare, lang)):
        return title  # (a verb is lowercase where the sentence has it: "Laurent Wauquiez" is a name)
    k = at - 1
    while k > 0 and _set_off(_words_of(sentence, clauses[k], mentions, language), lang):
        k -= 1  # back over the relative clauses and phrases set off before the verb
    for clause in clauses[k:at]:  # the clause reached, else the first after it that opens as a subject does
        # ("Après dix-huit mois de fermeture, | le cinéma Le Studio, | à Châteaulin, | rallume …"; "…, d'autant | que
        # les vacances d'hiver, | dont …, | ont commencé"; "…, а підрядник – | ТОВ «…» – | вже завіз")
        if subject := _subject_of(sentence, clause, mentions, language):
            return _capital(fit(f"{subject[:1].upper()}{subject[1:]} {title[:1].lower()}{title[1:]}", language,
                                _DANGLING[lang]), lang)
        if _relative_first(sentence[clause[0]:clause[1]].lstrip(), lang):
            break  # a relative clause on a subject that comes before it
    return title


def _lowercase_in(title: str, text: str) -> bool:
    """Whether the title's first word stands in lowercase in ``text``, the rest of the sentence it was made from."""
    first = title.split(maxsplit=1)[0] if title else ""
    return re.search(rf"(?<!\w){re.escape(first[:1].lower() + first[1:])}(?!\w)", text) is not None


def _present_first(text: str, lang: str) -> bool:
    """Whether a French clause opens on a verb in the present the lists of verbs miss ("rallume son projecteur"):
    its first word's lemma is an infinitive."""
    import simplemma

    first = text.split(maxsplit=1)[0].casefold() if lang == "fr" and text else ""
    lemma = simplemma.lemmatize(first, lang="fr") if re.fullmatch(r"[a-zéèêàç]{3,}(?:e|ent)", first) else first
    return lemma != first and re.fullmatch(r"[a-zéèêàç]+(?:er|ir|re)", lemma) is not None


def _subject_of(sentence: str, clause: tuple[int, int], mentions: list[Mention], language: str) -> str:
    """The subject that ``clause`` is: a noun phrase of one to ten words opening on a capital or an article (in
    Russian and Ukrainian, any noun phrase after a conjunction: "а підрядник"); "" when it is not one."""
    lang = _lang(language)
    joined = lang in ("ru", "uk") and re.match(rf"\s*(?:{_JOINED[lang]})\s", sentence[clause[0]:]) is not None
    subject = re.sub(r"^[^,]{1,25},\s+", "", _words_of(sentence, clause, mentions, language))  # "Au total, …"
    subject = re.sub(r",\s+(?:à|au|aux|en|in|at|near|a)\s+[^,]{1,40}$", "", subject.rstrip(" –—-"))  # ", à Lyon"
    named = re.search(r",\s+(?P<name>[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+){1,3})$", subject)
    subject = named["name"] if named else subject  # "El ministro de Agricultura, Pesca y Alimentación, Luis Planas"
    words = subject.split()
    if not 1 <= len(words) <= 10 or _finite_in(subject, lang) or words[0].casefold() in _CIRCUMSTANCE[lang] \
            or not (words[0][:1].isupper() or words[0].casefold() in _ARTICLE_FIRST[lang] or joined) \
            or re.match(r"\S+\s+(?:de|d['’]|of)\s*\d", subject):  # "Long de 42 kilomètres": a measure, no subject
        return ""
    return subject


_AND = {"en": "and", "es": "y", "fr": "et", "ru": "и", "uk": "і|та"}
# A Russian or Ukrainian conjunction that opens a clause of its own subject: "…, а підрядник – …".
_JOINED = {"ru": "а|и|но", "uk": "а|і|й|та|але"}


def with_continued_clause(title: str, sentence: str, clauses: list[tuple[int, int]], at: int,
                          mentions: list[Mention], language: str) -> str:
    """A title that opens on a preposition, its clause the rest of a main clause a relative clause interrupted:
    "Halverson bought the brewery, | which first opened in 1858, | from a private equity owner in 2016 and had
    invested …" → "Halverson bought the brewery from a private equity owner" (up to a second predicate after
    "and"); ``title`` as it is otherwise."""
    lang = _lang(language)
    words = title.split()
    own = _words_of(sentence, clauses[at], mentions, language)
    if lang not in _TOLD or at < 2 or not words or words[0].casefold() not in _CIRCUMSTANCE[lang] \
            or not own[:1].islower() or not _relative_first(sentence[clauses[at - 1][0]:clauses[at - 1][1]], lang) \
            or not sentence[clauses[at - 2][0]:clauses[at - 2][1]].rstrip().endswith(",") \
            or _dated(clauses[at - 2], mentions):
        return title
    main = _words_of(sentence, clauses[at - 2], mentions, language)
    if not tells_an_event(main, lang) or "," in main:
        return title
    second = re.search(rf"\s(?:{_AND[lang]})\s", own)
    if second and _finite_in(own[second.end():], lang):
        own = own[:second.start()]  # "… in 2016 | and had invested …": the second predicate is another event's
    return _capital(fit(f"{main} {own}", language, _DANGLING[lang]), lang)


# A verb the lists of finite verbs miss: a reflexive pronoun or a negation before it, a Spanish auxiliary.
_VERB_MARK = {"es": re.compile(r"\b(?:se|no|había|habían|estaba|estaban|era|eran|tiene|tienen)\s+\w", re.IGNORECASE),
              "fr": re.compile(r"\b(?:se|s['’]|ne|n['’])\s*\w", re.IGNORECASE)}


def _no_predicate(title: str, lang: str) -> bool:
    """Whether a title surely has no verb: none the lists know, no mark of one, no Slavic predicate."""
    if _finite_in(title, lang) or "," in title or (lang in _VERB_MARK and _VERB_MARK[lang].search(title)):
        return False
    if lang in ("ru", "uk"):
        from generator.importer.morphology import predicative

        return not any(predicative(word, lang) for word in title.split()[1:])
    return True


def with_its_predicate(title: str, sentence: str, clauses: list[tuple[int, int]], at: int,
                       mentions: list[Mention], language: str) -> str:
    """A title that is its clause's subject alone, its verb after the phrases set off after it: "lorsque l'Oust et
    la Vilaine, | gonflées par les orages, | ont débordé simultanément" → "L'Oust et la Vilaine ont débordé
    simultanément"; ``title`` as it is when no clause opening on a verb follows."""
    lang = _lang(language)
    words = title.split()
    if lang not in _TOLD or not words or not _no_predicate(title, lang) or words[0].casefold() in _CIRCUMSTANCE[lang] \
            or len(words) > 10 or _verb_first(title[:1].lower() + title[1:], lang):  # "Mis en service": no subject
        return title
    for k in range(at + 1, min(len(clauses), at + 4)):
        if _dated(clauses[k], mentions):
            return title
        if _relative_first(sentence[clauses[k][0]:clauses[k][1]], lang):
            continue  # a relative clause on the subject: its verb is not the subject's
        text = _words_of(sentence, clauses[k], mentions, language)
        if text and _finite_in(text, lang) and _verb_first(text[:1].lower() + text[1:], lang):
            predicate = headline(sentence, clauses[k], None, mentions, language, capitalise=False)
            if len(predicate.split()) >= 2 and _verb_first(predicate, lang):
                return _capital(fit(f"{title} {predicate}", language, _DANGLING[lang]), lang)
            return title
        if not _set_off(text, lang):
            return title
    return title


def instead_of_fragment(title: str, sentence: str, clauses: list[tuple[int, int]], at: int,
                        mentions: list[Mention], language: str, taken: set[str]) -> str:
    """``title``, or, when it is a fragment, the headline of the clause beside ``clauses[at]`` that tells an event
    (``taken``: the casefolded titles the sentence's other events have)."""
    if not is_fragment(title, language):
        return title
    lang = _lang(language)
    for k in (at - 1, at + 1):
        if not 0 <= k < len(clauses) or _dated(clauses[k], mentions):
            continue  # no such clause, or one with a date of its own: another event's
        own = headline(sentence, clauses[k], clauses[k - 1] if k else None, mentions, language)
        if own.casefold().startswith(title.casefold()) and title.split()[-1].casefold() in _CIRCUMSTANCE[lang]:
            continue  # "Expira, por | que …" joined again to the fragment that the cut left dangling
        if tells_an_event(own, lang) and own.casefold() not in taken:
            return own
    return title
