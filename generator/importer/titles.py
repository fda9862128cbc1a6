"""The title step: an event's title is the clause that carries its date, made a headline.

``event_title`` takes the clause (and its neighbours) of one date mention and
writes what a desk editor would keep, in the clause's own language:

* the date words go, with the preposition that introduced them (``remove_dates``);
* leading clause words, connectives and adverbials go ("Meanwhile,", "who", "que");
  a relative clause takes the short clause before it as its subject
  ("Pellegrini, who beat Korcok in the April 6 runoff" → "Pellegrini beat Korcok in the runoff");
* a reporting frame ("X said", "informó la central sindical", "сообщил губернатор",
  "teilte das Unternehmen mit") becomes "Reporter said + what was said" (``reported``);
* the subject comes first: German verb-second order is put back ("Am Mittwoch hatte
  Scholz …" → "Scholz hatte …"), a clause without a subject takes the sentence's
  (``subject_first``), and a pronoun subject the named actor it clearly stands for;
* a bare event noun gets its verb in the tense of its date ("The presidential election"
  → "The presidential election was held", ``noun_event``);
* cut to at most 80 characters at a phrase boundary, never on a dangling word or "…" (``fit``);
* two events of one sentence never share a title: the second keeps what tells it apart.

Rules and word lists per language (en, uk, ru, es, fr, de, tr); other languages get
the language-free steps only.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.importer.dates import Mention

_MAX_WORDS = 12

# Words to take off the front of a clause (clause words) and off its ends (what cannot end a headline).
_LEADS = {
    "en": r"(?:and then|and|but|or|who|whom|whose|which|that|when|where|while|after|before|since|until|because|"
          r"although|though|as|just|hours|days|weeks|a day|a week|two days|then|with|also|however)",
    "uk": r"(?:і|й|та|а|але|що|який|яка|яке|які|якого|яких|коли|де|після того як|після того, як|поки|бо|також)",
    "ru": r"(?:и|а|но|что|который|которая|которое|которые|которого|которых|когда|где|после того как|пока|также)",
    "es": r"(?:y|e|pero|que|quien|quienes|cuando|donde|mientras|tras|después de que|antes de que|aunque|según)",
    "fr": r"(?:et|mais|qui|que|qu'|lorsque|quand|où|alors que|tandis que|après|avant que|depuis que|selon)",
    "de": r"(?:und|aber|sondern|als|wie|nachdem|bevor|während|weil|wie er|wie sie)",
    "tr": r"(?:ve|ama|ancak)",
}
_RELATIVE = {
    "en": {"who", "which", "whose", "whom"}, "uk": {"який", "яка", "яке", "які"},
    "ru": {"который", "которая", "которое", "которые"}, "es": {"que", "quien", "quienes"},
    "fr": {"qui"}, "de": {"die", "der", "das"}, "tr": set(),
}
_PREPOSITIONS = {
    "en": {"on", "in", "since", "by", "until", "till", "from", "of", "at", "the", "early", "late", "during",
           "through", "for", "mid", "as", "in the", "on the", "before", "after", "around", "late on", "early on"},
    "uk": {"у", "в", "з", "із", "до", "від", "на", "після", "о", "цього", "минулого"},
    "ru": {"в", "во", "с", "до", "от", "на", "после", "к", "по"},
    "es": {"el", "la", "los", "las", "en", "de", "del", "desde", "hasta", "para", "a", "al", "antes del"},
    "fr": {"le", "la", "les", "en", "de", "du", "depuis", "au", "à", "dès", "avant le", "avant", "d'ici", "pour"},
    "de": {"am", "im", "an", "in", "seit", "bis", "ab", "vom", "zum", "um", "der", "den", "dem", "bis zum"},
    "tr": set(),
}
_DANGLING = {
    "en": {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as",
           "that", "which", "who", "its", "his", "her", "their", "into", "than", "about", "over", "after",
           "before", "since", "is", "are", "was", "were", "be", "been", "has", "had", "have", "will", "would",
           "just", "also", "not", "more", "most", "first", "new"},
    "uk": {"і", "й", "та", "у", "в", "з", "до", "на", "що", "про", "для", "від", "за", "по", "а"},
    "ru": {"и", "в", "во", "с", "до", "на", "что", "о", "об", "для", "от", "за", "по", "а"},
    "es": {"el", "la", "los", "las", "un", "una", "de", "del", "en", "y", "a", "al", "que", "con", "por", "para",
           "su", "sus"},
    "fr": {"le", "la", "les", "l'", "un", "une", "de", "du", "des", "en", "et", "à", "au", "aux", "que", "qui",
           "par", "pour", "sur", "avec", "son", "sa", "ses", "avant", "après", "depuis"},
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "in", "im", "am", "an", "mit",
           "von", "zu", "zum", "zur", "für", "auf", "bei", "seine", "ihre"},
    "tr": {"ve", "ile", "bir", "bu"},
}
_EN_ATTRIBUTION = re.compile(
    r"^(?:[\w.’'-]+\s+){0,5}?(?:said|says|reported|announced|added|wrote|noted|warned|confirmed|"
    r"told(?:\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?)\s+(?:that\s+(?=\S)|(?=[A-Z]))(?=\S+\s+\S+\s+\S+)")
_EN_SPEECH_END = re.compile(r"\b(?:said|saying|says|told|telling|announced|announcing|reported)$")
_BREAKS = {
    "en": r"\s(?:and|but|while|with|as|in|of|at|on|for|to|from|after|before|by)\s",
    "uk": r"\s(?:і|та|але|у|в|на|з|до|для|після)\s", "ru": r"\s(?:и|но|в|во|на|с|до|для|после)\s",
    "es": r"\s(?:y|pero|en|de|con|para|por|tras)\s", "fr": r"\s(?:et|mais|en|de|avec|pour|par|après)\s",
    "de": r"\s(?:und|aber|in|im|mit|für|nach|von|bei)\s", "tr": r"\s(?:ve|ile)\s",
}



def _lang(language: str) -> str:
    return language.split("-")[0].lower()


def remove_dates(text: str, offset: int, mentions: list[Mention], language: str) -> str:
    """The clause with its date words (and a preposition right before them) blanked out."""
    chars = list(text)
    preps = _PREPOSITIONS.get(_lang(language), set())
    for mention in mentions:
        a, b = max(mention.start - offset, 0), min(mention.end - offset, len(text))
        if a >= b:
            continue
        before = text[:a].rstrip()
        after = [w.rstrip(",.;:") for w in text[b:].split(maxsplit=1)[:1]]
        if re.search(r"['’]s$", text[a:b]):  # "before Saturday's election" → "before the election"
            chars[a:b] = "the" + " " * (b - a - 3)
            continue
        qualifies = language == "en" and re.search(r"(?:\bthe|['’]s)$", before, re.IGNORECASE) and after \
            and after[0][:1].islower() and after[0].isalpha()  # "in the April 6 runoff" → "in the runoff"
        for prep in [] if qualifies else sorted(preps, key=len, reverse=True):
            if before.lower().endswith(" " + prep) or before.lower() == prep:
                a = len(before) - len(prep)
                break
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_FUNCTION_WORDS = {"and", "but", "or", "that", "when", "to", "as", "after", "before", "with", "while", "for", "in",
                   "on", "at", "by", "from", "of", "said", "says", "told", "y", "e", "et", "und", "i", "и", "і", "та",
                   "que", "qui", "dass", "что", "що", "ve", "a", "de", "it", "he", "she", "they", "we", "you",
                   "his", "her", "its", "their", "the", "an", "this", "there", "would", "will", "was", "were", "is"}


def tidy(text: str) -> str:
    text = re.sub(r"[\"“”«»]|(?<!\w)['‘’]|['‘’](?!\w)", "", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text))
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip(" ,;:–—-.")
    return text


def headline(sentence: str, clause: tuple[int, int], previous: tuple[int, int] | None, mentions: list[Mention],
             language: str = "en", following: tuple[int, int] | None = None, subject: str = "") -> str:
    """The clause ``sentence[clause]`` as a short headline without its date words (see the module's notes)."""
    lang = _lang(language)
    a, b = clause
    if following and _adverbial(sentence[a:b], lang) and not any(following[0] <= m.start < following[1]
                                                                   for m in mentions):
        a, b = following  # the main clause after a setting gives the title
        following = None
    text = tidy(remove_dates(sentence[a:b], a, mentions, language))
    if lang == "en" and following and _EN_SPEECH_END.search(text) and len(text.split()) <= 4 \
            and sentence[following[0]:following[1]].startswith("that "):
        # "with Moscow saying on November 10 | that it had captured Voltchenka": the saying and what was said
        text += " " + re.sub(r"^that\s+", "", tidy(remove_dates(sentence[following[0]:following[1]],
                                                                   following[0], mentions, language)))
    relative = _RELATIVE.get(lang, set())
    if relative:  # "Pellegrini, who beat Korcok" → "Pellegrini beat Korcok"
        text = re.sub(rf"^([^,]{{1,60}}),\s+(?:{'|'.join(relative)})\s+", r"\1 ", text)
    first = text.split(maxsplit=1)[0] if text else ""
    if first in relative and previous:  # lowercase only: German "Die Wahl" opens a sentence, "die" a clause
        antecedent = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language))
        if 0 < len(antecedent.split()) <= 6:
            text = antecedent + " " + text.split(maxsplit=1)[-1]
    leads = _LEADS.get(lang)
    if leads:
        for _ in range(3):
            text = re.sub(rf"^{leads}\s+", "", text, flags=re.IGNORECASE)
    if lang == "en":
        stripped = _EN_ATTRIBUTION.sub("", text)
        if not re.match(r"(?:it|he|she|they|we|its|his|her|their)\b", stripped, re.IGNORECASE):
            text = stripped  # "The Post said Trump took the call" → "Trump took the call"; "X said it would" stays
        verb_first = re.match(r"(?:[a-z]+ly\s+)?[a-z]\w*ing\b", text) or (
            a > 0 and re.match(_EN_VERB_FIRST, text) and not re.match(r"(?:its|his|this|as|us)\b", text)
            and not re.match(r"[a-z]+s\s+(?:said|say|have|had|were|are|[a-z]+ed)\b", text))  # "doctors said" has one
        if subject and verb_first and not text.startswith(subject):
            text = f"{subject} {text}"  # "before | informally congratulating X" → "Putin informally congratulating X"
    return _cut(tidy(text), lang)


_COMMON_OPENERS = {"The", "A", "An", "Its", "His", "Her", "Their", "This", "That", "These", "Those", "Some", "Two"}
_WHEN = re.compile(r"(?:when|коли|когда|cuando|lorsque|quand|als)\s", re.IGNORECASE)
_ATTRIBUTION_ONLY = re.compile(r"^(?:[\w.’'-]+\s+){0,5}(?:said|says|told(?: \w+)?|reported|announced|confirmed|added)$")
_EN_VERB_FIRST = (r"(?:would|will|could|should|may|might|is|was|are|were|has|had|have|said|says|told|added|"
                  r"warned|[a-z]+ed|[a-z]+s)\b")
_EN_SUBJECT = re.compile(r"^(?:(?:[A-Z][\w.’'-]*|of|the|von|der|de|al)\s+){0,4}?"
                         r"(?P<name>[A-Z][\w’'-]+),?\s+(?!ing)[a-z]")


_LEADING_NAME = re.compile(r"^(?:[A-Z][\w.’'-]*|[a-z]+)(?:\s+(?:[A-Z][\w.’'-]*|[a-z]+)){0,7}?\s+"
                           r"(?P<name>[A-Z][\w’'-]+),")


def _subject(sentence: str) -> str:
    """The name a sentence starts with ("Putin initially responded …" → "Putin"), after "X said"; or ""."""
    lead = _LEADING_NAME.match(sentence)
    if lead and not re.search(r"\b(?:said|says|is|was|were|are|has|had|will|would)\b", lead.group()):
        return lead["name"]  # "The conservative opposition leader Friedrich Merz, whose …" → "Merz"
    text = _EN_ATTRIBUTION.sub("", sentence)
    match = _EN_SUBJECT.match(text)
    if not match or match["name"].endswith("ing") or match["name"] in _NOT_SUBJECTS:
        return ""
    return match["name"]


_NOT_SUBJECTS = {"The", "A", "An", "In", "On", "It", "He", "She", "They", "But", "And", "After", "Before"}


def _adverbial(text: str, lang: str) -> bool:
    """An English clause that is only a setting ("On the campaign trail ahead of the November 5 election")."""
    return lang == "en" and bool(re.match(r"(?:On|In|During|Ahead of|At|Amid|Since|Before|After)\s", text))


def _strip_end(words: list[str]) -> None:
    """Take punctuation off the last word ("meet," → "meet"), and words that are only punctuation."""
    while words and not words[-1].rstrip(",;:–—-"):
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",;:–—-")


def _cut(text: str, lang: str) -> str:
    words = text.split()
    if len(words) > _MAX_WORDS:
        head = " ".join(words[:_MAX_WORDS + 1])
        cuts = [head.rfind(",")] + [m.start() for m in re.finditer(_BREAKS.get(lang, r"(?!)"), head)]
        cuts = [c for c in cuts if c > 0 and len(head[:c].split()) >= 5]
        words = head[:max(cuts)].split() if cuts else words[:_MAX_WORDS]
    dangling = _DANGLING.get(lang, set())
    tail = " ".join(words).rsplit(",", 1)
    if len(tail) == 2 and len(tail[1].split()) <= 2 and tail[1].strip()[:1].islower() and len(tail[0].split()) >= 3:
        words = tail[0].split()  # "…nommé Premier ministre, deux mois" → "…nommé Premier ministre"
    _strip_end(words)
    while len(words) > 2 and words[-1].lower() in dangling:
        words.pop()
        _strip_end(words)
    text = " ".join(words).strip(" ,;:–—-")
    return text[:1].upper() + text[1:]




def event_title(sentence: str, clauses: list[tuple[int, int]], at: int, mention: Mention, mentions: list[Mention],
                language: str, story: dt.date, taken: set[str], context: str = "") -> str:
    """The headline of the event that ``mention`` dates, from its clause ``clauses[at]`` (see the module's notes).

    ``taken`` holds the titles the sentence's other events have already; ``context`` is the name the story
    spoke of last (what a pronoun subject may stand for).
    """
    lang = _lang(language)
    following = clauses[at + 1] if at + 1 < len(clauses) else None
    subject = _subject(sentence) if lang == "en" else ""
    clause = clauses[at]
    if following and _WHEN.match(sentence[following[0]:]) and not sentence[mention.end:following[0]].strip(" ,"):
        clause = following  # "since March 2020, | when it slashed rates to near zero": what happened then
    title = headline(sentence, clause, clauses[at - 1] if at else None, mentions, language, following, subject)
    if lang == "en" and at > 0 and _ATTRIBUTION_ONLY.match(title):
        main = headline(sentence, clauses[0], None, mentions, language)  # "…, the air force said on Sunday"
        if main.split(maxsplit=1)[0] in _COMMON_OPENERS:
            main = main[:1].lower() + main[1:]
        title = _cut(f"{title} {main}", "en") if main else title
    if len(title.split()) < 2:
        title = headline(sentence, (0, len(sentence)), None, mentions, language)
    if title in taken:
        title = f"{title} ({tidy(sentence[mention.start:mention.end])})"
    return title
