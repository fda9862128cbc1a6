"""A quote before its frame, across the clauses of its sentence: ""Das Design ist gescheitert", sagte die
Geschäftsführerin des Verbands, Anna Kessler, am Mittwoch in Berlin" → "Anna Kessler sagte, das Design ist
gescheitert"; a first person plural told in the third ("nous réalisons" → "ils réalisent")."""

from __future__ import annotations

import re

from generator.importer.reporting import Frame, frame

_SENTENCE = re.compile(r"^\s*[\"“„«]\s*(?P<quote>[^\"“”„«»]{8,}?)[,.]?\s*[\"“”»],?\s+(?:[–—-]\s+)?"
                       r"(?P<frame>[^\"“”„«»]+?)(?:,\s+(?:en\s+)?[a-zéèêàçáíóúñ]{3,}(?:ant|ando|iendo)\s.*)?\.?$")
# (a gerund after the frame may quote more: "…, a déploré le maire, dénonçant « un sentiment d'impunité »", "…, a
# dit le maire, en soulignant que …")
# What follows the reporter and is none of it: a relative clause, a place, a medium it was said to.
_AFTER_WHO = {"de": r",\s+(?:der|die|das)\s", "fr": r",\s+(?:qui|dont|(?:en\s+)?[a-zéèêàç]{3,}ant)\s",
              "es": r",\s+(?:que|quien|[a-záéíóúñ]{3,}(?:ando|iendo))\s"}  # and a gerund: ", dénonçant …"
_TO_MEDIUM = {"de": r"(?:gegenüber|der|dem)\s+(?:[A-ZÄÖÜ][\w-]*\s*)+", "fr": r"(?:à|au)\s+(?:l['’])?[A-Z][\w-]*",
              "es": r"a\s+(?:la\s+|el\s+)?[A-Z][\w-]*"}
_PLACE = {"de": r"in|im|am|auf|bei|vor", "fr": r"à|en|dans|devant", "es": r"en|desde|ante"}
_NAME = re.compile(r"[A-ZÀ-ÞÄÖÜ][\w'’-]+(?:\s+[A-ZÀ-ÞÄÖÜ][\w'’-]+)+")
# A first person plural in the third: the verb, its possessives.
_FR_INFINITIVE = {"sommes": "être", "avons": "avoir", "allons": "aller", "faisons": "faire", "pouvons": "pouvoir",
                  "voulons": "vouloir", "devons": "devoir", "venons": "venir", "prenons": "prendre",
                  "voyons": "voir", "disons": "dire", "mettons": "mettre", "attendons": "attendre",
                  "avions": "avoir", "étions": "être", "allions": "aller", "pouvions": "pouvoir",
                  "voulions": "vouloir", "devions": "devoir"}  # "nous avions demandé" → "avoir demandé"
_ES_POSSESSIVE = {"nuestro": "su", "nuestra": "su", "nuestros": "sus", "nuestras": "sus"}
_FR_POSSESSIVE = {"notre": "leur", "nos": "leurs"}
_DE_THIRD = {"sind": "sind", "haben": "haben", "werden": "werden", "wollen": "wollen", "müssen": "müssen"}
_DE_POSSESSIVE = {"unser": "ihr", "unsere": "ihre", "unseren": "ihren", "unserem": "ihrem", "unserer": "ihrer",
                  "unseres": "ihres"}


def quote_and_frame(sentence: str, language: str) -> tuple[Frame, int, int, int] | None:
    """The frame after a sentence's opening quote, where the quote starts and ends and where the frame ends (before
    a relative clause on its reporter); None when the sentence is no quote and frame, or its reporter is a
    pronoun."""
    lang = language.split("-")[0].lower()
    if lang not in _AFTER_WHO:
        return None
    found = _SENTENCE.match(sentence)
    if not found:
        return None
    text = re.split(_AFTER_WHO[lang], found["frame"], maxsplit=1)[0]
    frame_end = found.start("frame") + len(text)
    reporter = frame(" ".join(text.split()), language)
    if reporter is None:
        return None
    who = re.sub(rf"^(?:{_TO_MEDIUM[lang]})\s+", "", reporter.who)
    who = re.sub(rf",?\s+(?:{_PLACE[lang]})\s+[A-ZÀ-ÞÄÖÜ][\w'’-]*$", "", who).strip(" ,")
    parts = [p.strip() for p in who.split(",") if p.strip()]
    named = [p for p in parts if _NAME.fullmatch(p)]
    who = named[0] if named else parts[0] if parts else ""
    if not who or who.lower() in {"er", "sie", "il", "elle", "él", "ella"}:
        return None
    return Frame(who, reporter.verb), found.start("quote"), found.end("quote"), frame_end


def _fr_imperfect(verb: str) -> str:
    """A French first person plural imperfect as the perfect infinitive of its past: "pensions" → "avoir pensé",
    "attendions" → "avoir attendu", "finissions" → "avoir fini" (of a verb in "-oir", its infinitive: "prévoir");
    "" for any other form (a present of a verb in "-ier": "oublions")."""
    import simplemma

    if not verb.endswith("ions"):
        return ""
    lemma = str(simplemma.lemmatize(verb, lang="fr"))
    if lemma.endswith("ier") and verb == lemma[:-2] + "ons":
        return ""  # "oublions": the present of "oublier"
    stem = verb[:-4]
    if lemma.endswith("re") and lemma != verb and not lemma.endswith("oire"):
        return f"avoir {lemma[:-2]}u"  # "attendions" → "avoir attendu"
    if stem.endswith("iss"):
        return f"avoir {stem[:-2]}"  # "finissions" → "avoir fini"
    if lemma.endswith("oir") and lemma != verb:
        return lemma  # "prévoyions" → "prévoir": no participle made by rule
    return f"avoir {stem}é" if re.fullmatch(r"\w{2,}", stem) else ""


def third_person(said: str, language: str) -> str:
    """A quote's first person plural as its speaker's: "nous réalisons la moitié de notre chiffre" → "réaliser la
    moitié de leur chiffre" (an infinitive after the verb of saying), "wir haben unsere Ernte verloren" → "sie
    haben ihre Ernte verloren"."""
    lang = language.split("-")[0].lower()
    if lang == "fr" and (we := re.match(r"(?i:nous)\s+(?P<pronoun>(?:l['’]|(?:le|la|les|en|y|leur|lui)\s+))?"
                                        r"(?P<verb>\w+ons|sommes)\b", said)):
        verb = we["verb"].lower()  # "a déclaré | réaliser la moitié de leur chiffre": the infinitive of the quote
        verb = _FR_INFINITIVE.get(verb) or _fr_imperfect(verb) or (
            verb[:-3] + "ir" if verb.endswith("issons") else verb[:-3] + "re" if re.search(r"(?:en|on|er)dons$", verb)
            else verb[:-3] + "er")  # "réalisons", "finissons", "perdons"
        rest = re.sub(r"\b(notre|nos)\b", lambda m: _FR_POSSESSIVE[m.group()], said[we.end():])
        return f"{we['pronoun'] or ''}{verb}{rest}"  # "nous l'avons appris" → "l'avoir appris"
    if lang == "es" and (we := re.match(r"(?i:nosotros\s+)?(?P<verb>[a-záéíóúñ]{2,}(?:amos|emos|imos))\b", said,
                                        re.IGNORECASE)):
        verb = we["verb"].lower()  # "aseguró | esperar reanudar las inspecciones": the infinitive of the quote
        verb = verb[:-4] + {"amos": "ar", "emos": "er", "imos": "ir"}[verb[-4:]]
        rest = re.sub(r"\b(nuestr[oa]s?)\b", lambda m: _ES_POSSESSIVE[m.group().lower()], said[we.end():])
        return f"{verb}{rest}"
    if lang == "de" and (we := re.match(r"(?i:wir)\s+(?P<verb>\w+)\b", said)):
        rest = re.sub(r"\b(unser\w*)\b", lambda m: _DE_POSSESSIVE.get(m.group(), m.group()), said[we.end():])
        return f"sie {we['verb']}{rest}"
    return said


def start_of_quote(sentences: list[str], index: int, most: int = 3) -> str:
    """The sentences before ``sentences[index]`` from the one that opens the quote it closes (its speaker is
    named there: "Vedat Karakoç ise …, “Yolun açılması … nefes aldıracak. | … iyi bir sezon geçireceğimize
    inanıyoruz” diye konuştu."), joined; "" when it closes none or none of the ``most`` before opens it."""
    for start in range(index - 1, max(-1, index - 1 - most), -1):
        marks = _marks(sentences[start])
        if _left_open(sentences[start], marks) > 0:
            left = _left_open(sentences[index], marks)
            between = all(_left_open(sentences[i], marks) == 0 for i in range(start + 1, index))
            closes = left < 0 or (marks[0] == '"' and left > 0)
            return " ".join(sentences[start:index]) if closes and between else ""
        if _left_open(sentences[start], marks) < 0:
            return ""  # a quote closed before: the sentence's is its own
    return ""


def _marks(sentence: str) -> tuple[str, str]:
    """The opening and closing marks of the quotes ``sentence`` opens: «», „“ (German), “”, or straight ones."""
    if "«" in sentence:
        return "«", "»"
    if "„" in sentence:
        return "„", "“”"
    if "“" in sentence:
        return "“", "”"
    return '"', '"'


def _left_open(sentence: str, marks: tuple[str, str]) -> int:
    """How many quotes ``sentence`` opens with ``marks`` and leaves open (below 0: it closes more than it opens)."""
    opening, closing = marks
    if opening == closing:  # straight marks: an odd count leaves one open (or closes one)
        return sentence.count(opening) % 2
    return sentence.count(opening) - sum(sentence.count(mark) for mark in closing)


def rest_of_quote(sentences: list[str], index: int, most: int = 3) -> str:
    """The sentences after ``sentences[index]`` up to the one that closes the quote it leaves open (its frame,
    with the speaker, is there: "« Nous avions prévenu le ministère dès le 8 novembre. | Personne ne peut dire
    qu'il n'était pas au courant », a déclaré M. Giraud"), joined; "" when it leaves none open or none of the next
    ``most`` closes it."""
    marks = _marks(sentences[index])
    if _left_open(sentences[index], marks) <= 0:
        return ""
    for end in range(index + 1, min(index + 1 + most, len(sentences))):
        left = _left_open(sentences[end], marks)
        if left < 0 or (marks[0] == '"' and left):
            return " ".join(sentences[index + 1:end + 1])
    return ""
