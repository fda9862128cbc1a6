"""A dated clause without a finite verb of its own, told with the clause it hangs on.

Wire copy often dates a phrase, not a clause: "…, against 127,000 in 2024", "Traders will
watch X, and the Fed's decision on Jan. 28", "had last inspected | that section of track on
Feb. 2", "Cette visite intervient | après un entretien dimanche …". The phrase's event is told
by the governing clause:

* a comparison ("against", "contre", "frente a", "против" + a figure) repeats the governing
  clause with its figure: "312,000 cases were recorded" → "127,000 cases were recorded";
* a noun phrase joined by "and" is one more object of the governing verb: "Traders will watch
  the Fed's policy decision";
* a phrase after a clause that ends on its verb completes it ("had last inspected | that
  section of track"), and a phrase that opens with a preposition is the governing clause's
  adjunct ("Cette visite intervient | après un entretien téléphonique …").

A sentence's subject may be set off from its predicate by a relative clause or a participle
between commas ("A similar outbreak in 2019, | traced to a farm, | sickened 500 people"): the
dated noun phrase is told with its predicate, the clause after the set-off ones that opens on
its finite verb (``predicate_after``).

An English comparison may date the figure it compares with by a relative clause on it
("…, up from the 50 million bags it estimated in May", "…, up from 96 cases reported a week
ago"): the event is that clause, its subject (a pronoun or an unstated agent: the sentence's
subject, who gives both figures) and its verb, with the figure as its object
(``compared_relative``).
"""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.titles import (
    _PARTICIPLE,
    _RELATIVE,
    _SOURCE_OPENER,
    _as_finite,
    _noun_phrase,
    _sentence_subject,
    _verb_at,
    _verb_first,
    headline,
    remove_dates,
    tidy,
)
from generator.importer.titles import _has_verb as has_verb

_COMPARISON = re.compile(
    r"(?:against|compared with|compared to|versus|vs\.?|up from|down from|contre|face à|frente a|frente al|"
    r"comparado con|gegenüber|против|проти|по сравнению с)\s+(?P<figure>[\d][\d.,\s]*\d|\d)"
    r"(?P<unit>\s*(?:%|per cent|percent|million|billion|millions?|milliards?|millones|mil|Millionen|Milliarden|"
    r"млн|млрд|тыс\.?)?)\s*(?P<rest>.*)", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d.,\s]*\d|\d")
_COORDINATION = re.compile(r"(?:and|or|et|ou|y|o|und|oder)\s+(?=\S)", re.IGNORECASE)
_PREPOSITION = {
    "en": r"after|before|during|following|ahead of|amid|with|at|in|on|to|for|into|against",
    "fr": r"après|avant|lors d['’]une?|lors du|pendant|à l['’]issue d['’]une?|à la suite d['’]une?|dans|avec",
    "es": r"tras|después de|antes de|durante|en|con",
}
# Words no list's next member opens on: conjunctions, relative and reporting words, the openers of a clause.
_NOT_LISTED = {"and", "or", "but", "which", "who", "that", "where", "when", "while", "as", "said", "says", "according",
               "et", "ou", "mais", "qui", "que", "dont", "où", "selon", "y", "o", "pero", "quien", "donde",
               "según", "including", "notamment", "incluido", "incluida", "between", "entre", "from", "desde", "hasta",
               "until"}  # ("entre julio y agosto" is a span, no list)
# Auxiliaries, modals and the adverbs between them and the verb: the verb group ends on the word after them.
_AUXILIARY = {"en": r"will|would|could|can|may|might|must|shall|should|has|have|had|is|are|was|were|be|been|not|"
                    r"also|last|next|still|already|never|to|plans|expects|wants",
              "fr": r"a|ont|est|sont|va|vont|doit|doivent|peut|peuvent|avait|avaient|sera|seront|ne|pas|plus|aussi",
              "es": r"ha|han|va|van|a|debe|deben|puede|pueden|había|habían|no|también"}


def _lang(language: str) -> str:
    return language.split("-")[0].lower()


def _has_verb(text: str, lang: str) -> bool:
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        words = text.split()
        return verb_at(words, lang) < len(words)
    return has_verb(text, lang)


def _plain(sentence: str, span: tuple[int, int], mentions: list[Mention], language: str) -> str:
    return tidy(remove_dates(sentence[span[0]:span[1]], span[0], mentions, language))


def _verb_group(title: str, lang: str) -> str:
    """A headline up to the end of its verb group: "Traders will watch Chinese output data" → "Traders will
    watch"; "" when it has no verb."""
    words = title.split()
    verb = _verb_at(title, lang)
    if verb >= len(words):
        return ""
    end = verb
    auxiliary = re.compile(rf"(?:{_AUXILIARY.get(lang, '(?!)')}|\w+ly)", re.IGNORECASE)
    while end + 1 < len(words) and auxiliary.fullmatch(words[end]) and words[end + 1][:1].islower():
        end += 1  # "will | watch", "had last | inspected", "va | signer"
    return " ".join(words[:end + 1])


def governed(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
             language: str) -> str:
    """The dated clause ``clauses[at]`` told with the clause it hangs on, when it has no finite verb of its own
    (see the module's notes); "" otherwise. What it gives still wants its subject put first (a clause before
    it that opens on its verb has the sentence's subject)."""
    lang = _lang(language)
    if at == 0 or lang not in ("en", "fr", "es", "ru", "uk"):
        return ""
    raw = _plain(sentence, clauses[at], mentions, language)
    if not raw or (_has_verb(raw, lang) and not _COMPARISON.fullmatch(raw)):  # "compared with" is no verb of its own
        return ""
    if lang in ("en", "fr", "es") and sentence[clauses[at - 1][0]:clauses[at - 1][1]].rstrip().endswith(",") \
            and raw[:1].islower() and raw.split()[0].lower() not in _NOT_LISTED | set(_prepositions(lang)) \
            and re.fullmatch(r"(?:[\w'’-]+\s+){0,3}(?:and|or|et|ou|y|o)\s+(?:[\w'’-]+\s*){1,4}", raw):
        # "appear before parliament's science, | innovation and technology committee": the rest of a list cut at its
        # comma, told with the clause its first members are in
        before = _plain(sentence, clauses[at - 1], mentions, language)
        head = headline(sentence, clauses[at - 1], clauses[at - 2] if at > 1 else None, mentions, language,
                        capitalise=False) if _has_verb(before, lang) else governed(sentence, clauses, at - 1,
                                                                                   mentions, language)
        return f"{head}, {raw}" if head else ""
    governing = next((j for j in range(at - 1, -1, -1)
                      if _has_verb(_plain(sentence, clauses[j], mentions, language), lang)), None)
    if governing is None:
        return ""
    previous = _plain(sentence, clauses[governing], mentions, language)
    title = headline(sentence, clauses[governing], clauses[governing - 1] if governing else None, mentions, language,
                     capitalise=False)
    compared = _COMPARISON.fullmatch(raw)
    if compared:  # "312,000 cases were recorded …, | against 127,000 in 2024" → "127,000 cases were recorded"
        figure = _FIGURE.search(title)
        if not figure:
            return ""
        return f"{title[:figure.start()]}{compared['figure']}{title[figure.end():]}"
    joined = _COORDINATION.match(raw)
    if joined and all(not _has_verb(_plain(sentence, clauses[j], mentions, language), lang)
                      for j in range(governing + 1, at)):
        head = _verb_group(title, lang)  # "Traders will watch | …, and the Fed's policy decision"
        return f"{head} {raw[joined.end():]}" if head else ""
    set_off = all((between := _plain(sentence, clauses[j], mentions, language).split()) and len(between) <= 5
                  and between[0][:1].isupper() for j in range(governing + 1, at))  # a name: "Beltran Rail Systems"
    if governing != at - 1 and not (set_off and lang == "en"
                                    and re.match(rf"(?:{_PREPOSITION.get(lang, '(?!)')})\s", raw, re.IGNORECASE)):
        return ""  # (but "call Morris and the contractor, | Beltran Rail Systems, | to a hearing": a name set off
        # between the verb and the phrase it governs)
    if lang in ("ru", "uk"):  # "… квоту на экспорт пшеницы, ржи, | ячменя и кукурузы …": one clause cut at a comma
        first = raw.split()[0]
        listed = first[:1].islower() and first not in _prepositions(lang) \
            and sentence[clauses[governing][0]:clauses[governing][1]].rstrip().endswith(",")
        return f"{previous.rstrip(',')}, {raw}" if listed else ""
    infinitive = re.match(r"(?:tras|después de|antes de|al)\s+(?P<rest>\w+(?:ar|er|ir)\b.*)", raw) \
        if lang == "es" else None
    if infinitive:  # "Milei asumió el cargo | tras vencer a Massa": the subject's own act, "venció a Massa"
        return _as_finite(infinitive["rest"], lang)
    from generator.importer.reporting import frame

    if frame(title, language):
        return ""  # "the company said | after a launch from Florida": the saying is no setting of the launch
    ends_on_verb = _verb_group(title, lang) == title.strip()
    opens_adjunct = re.match(rf"(?:{_PREPOSITION.get(lang, '(?!)')})\s", raw, re.IGNORECASE)
    if ends_on_verb or opens_adjunct:  # "had last inspected | that section of track", "intervient | après …"
        whole = sentence[clauses[governing][0]:clauses[governing][1]].rstrip()
        closed = lang == "en" and whole.endswith(",") and ", " in whole[:-1] \
            and title.endswith(whole[:-1].rsplit(", ", 1)[-1])
        return f"{title}, {raw}" if closed else f"{title} {raw}"  # "the bus operator, Northline, | to a hearing":
        # the name set off keeps its closing comma
    return ""


def _prepositions(lang: str) -> list[str]:
    from generator.importer.fit import PREPOSITIONS

    return PREPOSITIONS.get(lang, "").split()


def _source_only(text: str, lang: str) -> bool:
    """Whether a clause only names where what the sentence says comes from ("according to the ministry", "по
    данным Росстата", "selon l'Insee")."""
    return re.fullmatch(rf"(?i:{_SOURCE_OPENER.get(lang, '(?!)')})\s+[^,]{{1,60}}?[\s,]*", text) is not None


def predicate_after(subject: str, sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                    language: str) -> str:
    """``subject`` (the dated clause ``clauses[at]``, a noun phrase with no finite verb) told with its predicate:
    the first clause after it that opens on a finite verb, past relative clauses on it and a set-off participle
    (a clause that opens on a verb form with another such clause after it: "traced to a farm, | sickened …");
    "" when a clause that is neither comes first."""
    lang = _lang(language)
    relative = _RELATIVE.get(lang, set()) - {"that", "die", "der", "das"}
    if not subject or lang in ("de", "tr") or "," in subject or _has_verb(subject, lang) or \
            not _noun_phrase(subject[:1].upper() + subject[1:], lang):
        return ""
    if lang in ("ru", "uk"):
        from generator.importer.morphology import only_nominal

        if not only_nominal(subject.split(), lang):
            return ""
    texts = [_plain(sentence, clause, mentions, language) for clause in clauses[at + 1:]]
    for i, text in enumerate(texts):
        first = text.split(maxsplit=1)[0].lower() if text else ""
        if first in relative:
            continue  # "which was traced to …", "который вступил в строй …"
        if _source_only(text, lang):
            continue  # "по данным ФТС, | вырос": where the figure comes from, set off before the predicate
        participle = re.match(rf"(?:(?:[a-zé]+ment|[a-zé]+mente|[a-z]+ly)\s+)?(?:{_PARTICIPLE.get(lang, '(?!)')})\s",
                              text)  # "finalement attribuée à …": an adverb may come first
        if participle and i + 1 < len(texts):
            continue  # "provocado por una colilla, | arrasó …": a participle set off before the predicate
        if i + 1 < len(texts) and first in _PLACE_SET_OFF.get(lang, ()) and not _has_verb(text, lang):
            continue  # "la station, | sur les flancs du mont Aigoual, | a renoncé": a place set off before it
        after = next((x for x in texts[i + 1:] if x.split(maxsplit=1)[:1] and x.split()[0].lower() not in relative),
                     "")
        if after and _ARTICLE_FIRST.match(subject) and text[:1].islower() and first not in _SUBORDINATOR \
                and subject.lower() not in text.lower() and not _has_verb(text, lang) and _verb_first(after, lang) \
                and not re.search(r"\b(?:that|que|qu['’])\b", text):
            continue  # "La piscine Saint-Georges, | bassin Art déco inauguré en 1926, | fermera": a noun set beside
            # the subject
        if not _verb_first(text, lang):
            return ""
        if i + 1 < len(texts) and _verb_first(texts[i + 1], lang):
            continue  # "traced to a Florida grower, | sickened …": the participle set off before the predicate
        return f"{subject.rstrip(' ,')} {text.rstrip('.')}"
    return ""


# An article a subject opens on ("La piscine Saint-Georges", "the plant").
_ARTICLE_FIRST = re.compile(r"(?i:the|an?|le|la|les|un|une|el|los|las|uno|una)\s|(?i:l)['’]\w")

# Words a clause of time, cause or condition opens on: no noun set beside a subject.
_SUBORDINATOR = {"when", "while", "as", "if", "because", "since", "after", "before", "until", "where", "quand",
                 "lorsque", "si", "comme", "parce", "puisque", "après", "avant", "pendant", "où", "dont", "cuando",
                 "mientras", "como", "porque", "donde", "tras", "antes", "después", "hasta", "desde", "durante"}

# Prepositions of a place phrase set off between a subject and its verb.
_PLACE_SET_OFF = {"fr": {"sur", "sous", "dans", "près", "au", "aux", "à", "en", "entre"},
                  "es": {"en", "a", "junto", "cerca", "sobre", "entre"},
                  "en": {"in", "on", "near", "at", "outside"}}


_COMPARED_RELATIVE = re.compile(
    r"(?:up from|down from|compared (?:with|to)|against|versus)\s+(?P<figure>(?:the\s+|an?\s+)?"
    r"(?:[a-z]+\s+)?\$?\d[\d.,]*(?:\s*(?:%|percent|per cent|million|billion|thousand))?(?:\s+[a-z][\w-]*){0,2}?)"
    r"\s+(?:(?:that|which)\s+)?(?:(?P<who>it|they|he|she|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|"
    r"(?:the\s+)?[a-z]+(?:sts|ers|ors|ials|ians))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?P<verb>[a-z]{3,}ed|forecast|sold|paid|spent|saw|made)|"
    r"(?P<participle>[a-z]{3,}ed|forecast|sold|paid|spent|made))"
    r"(?P<rest>(?:\s+(?:by|in|at|for|on)\s+[^,]*)?)")


def compared_relative(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                      language: str) -> str:
    """The dated relative clause on the figure an English comparison compares with, its subject first and the
    figure its object (see the module's notes): "Conab said farmers would harvest 58 million bags, | up from the
    50 million bags it estimated in May" → "Conab estimated 50 million bags"; "" when the clause is no such
    comparison."""
    if _lang(language) != "en" or at == 0:
        return ""
    raw = _plain(sentence, clauses[at], mentions, language).rstrip(" .")
    compared = _COMPARED_RELATIVE.fullmatch(raw)
    if not compared:
        return ""
    who = compared["who"] or ""
    by = re.match(r"\s+by\s+(?P<agent>.+)", compared["rest"]) if compared["participle"] else None
    if by:  # "up from 96 cases reported by the state": its agent named
        who, rest = by["agent"], ""
    else:
        rest = compared["rest"] if not compared["participle"] else ""
    if not who or who.lower() in ("it", "they", "he", "she"):
        who = _sentence_subject(sentence, mentions, "en")  # who gives both figures
    if not who:
        return ""
    figure = re.sub(r"^the\s+", "", compared["figure"])
    return f"{who} {compared['verb'] or compared['participle']} {figure}{rest}"


def comparison(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention], language: str) -> str:
    """A dated comparison ("…, | compared with 3.5% in March") told with the clause it compares with ("Prices rose
    3.5%"), before anything reads its participle "compared" as a verb; "" for any other clause."""
    if at == 0 or not _COMPARISON.fullmatch(_plain(sentence, clauses[at], mentions, language)):
        return ""
    return governed(sentence, clauses, at, mentions, language)
