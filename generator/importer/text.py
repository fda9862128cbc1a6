"""Wire copy as text: read it safely, take off the dateline, split it into sentences.

``read_wire`` refuses what is not wire copy (empty, binary, not UTF-8, over
2 MB) with a ``WireError`` whose message says why. ``split_dateline`` takes
``KYIV, March 3, 2023 (Reuters) -`` off the first paragraph. ``split_sentences``
cuts a paragraph at ``.``, ``!`` or ``?`` followed by a capital, but not after
an abbreviation such as ``U.S.``, ``Mr.`` or an initial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from slugify import slugify as _slugify

from generator.importer.lexicon import lexicon
from generator.load.yamlfile import decode_text
from generator.transliterate import romanise

MAX_BYTES = 2 * 1024 * 1024


class WireError(ValueError):
    """The file cannot be imported; the message says why."""


def read_wire(path: Path) -> tuple[bytes, str]:
    """The file's bytes and its text (UTF-8, ``\\n`` newlines); ``WireError`` if it is not wire copy."""
    if not path.exists():
        raise WireError("no such file")
    if not path.is_file():
        raise WireError("not a file; give the path of a plain-text story")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise WireError(f"file is too large ({size / 1024 / 1024:.1f} MB); wire copy over 2 MB is not imported")
    data = path.read_bytes()
    if b"\x00" in data:
        raise WireError("binary file (it contains NUL bytes); import takes plain text")
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        raise WireError(f"binary file or not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                        "save the story as UTF-8 plain text") from None
    if not text.strip():
        raise WireError("empty file; there is no text to import")
    return data, text


# KYIV, March 3, 2023 (Reuters) -     WASHINGTON (AP) —     LONDON, 3 March -     КИЇВ, 26 березня 2024 (Укрінформ) —
# Madrid, 20 oct (EFE).-     Berlin (dpa) -     KONYA, (DHA) -
# ВОСТОЧНЫЙ (Амурская область), 28 февраля 2026 (ТАСС) —
_DATELINE_RE = re.compile(
    r"^(?P<place>[^,()\n]{2,40}?)(?:\s+\([^()\n\d]{2,40}\)(?=,|\s+\())?(?:,\s+(?P<region>[^,()\n\d]{2,24}?))?"
    r"(?:,\s+(?P<date>[^()\n]{3,40}?|\d{1,2}(?=\s+\()))?"  # Europa Press: "MADRID, 17 (EUROPA PRESS)", the day
    r"\s*(?:(?:,\s*)?(?P<agency>\([^)\n]{1,40}\))?\s*(?:\.[-–—]\s*|[-–—]+(?:\s+|$)|(?<=\))(?P<stop>\.)\s+|(?<=\))\s*$)"
    # "(Reuters) - ", EFE's "(EFE).- ", UNIAN's "Полтава (УНІАН). ", a dateline alone on its line
    r"|\.?\s*(?P<slashed>/[^/\n]{1,30}/)\.?\s+)"  # TASS: "МОСКВА, 2 декабря. /ТАСС/. "
)


# Interfax: "Екатеринбург. 10 декабря. ИНТЕРФАКС-УРАЛ - ", "Москва. 2 марта. INTERFAX.RU - ": the place and the
# date end with a full stop, the agency is in capitals.
_STOPPED_DATELINE_RE = re.compile(
    r"^(?P<place>[^\W\d][^.\n]{1,40}?)\.\s+(?P<date>\d{1,2}\s+[^\W\d]+(?:\s+\d{4})?)\.\s+"
    r"(?P<agency>[^\W\d\sа-яёіїєґa-z][^\sа-яёіїєґa-z]{1,30}(?:\s+[^\W\d\sа-яёіїєґa-z][^\sа-яёіїєґa-z]{1,30}){0,2})"
    r"\s+[-–—]+\s+")  # (an agency's name in capitals, of up to three words: "ИНТЕРФАКС-ДАЛЬНИЙ ВОСТОК")
# Ukrinform: "Львів, 12 вересня. Укрінформ. ", "Житомир. 22 січня. Укрінформ. ", "Львів, 27 травня. Укрінформ — ":
# the place, a comma or a full stop, the date ending with a full stop (or a comma: "Ужгород, 11 жовтня 2023 року,
# УНІАН.") and the agency's name, then a stop or a dash.
_NAMED_DATELINE_RE = re.compile(
    r"^(?P<place>[^\W\d][^.,\n]{1,40}?)[,.]\s+(?P<date>\d{1,2}\s+[^\W\d]+(?:\s+\d{4}(?:\s+(?:року|года))?)?)[.,]\s+"
    r"(?P<agency>[^\W\d\sа-яёіїєґa-z][\w-]{1,30})(?:(?:\.|\s+[-–—]+)(?:\s+|$)|$)")

# A regional paper's: "Moustoir-Ac (Morbihan), 26 février 2026 – Ouest-France", the place and the date, then the
# paper's name after a dash.
_PAPER_DATELINE_RE = re.compile(
    r"^(?P<place>[^\W\d][^.,()\n]{1,40}?)(?:\s+\([^()\n\d]{2,40}\))?,\s+(?P<date>\d{1,2}(?:er)?\s+[^\W\d]+"
    r"(?:\s+\d{4})?)\s+[-–—]+\s+(?P<agency>[A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+)?)(?:\.\s+|\s*$)")


# DHA and İHA: the reporter and the place, "Ayşe DEMİR/ESKİŞEHİR, (DHA) - ", "Nurhan SEVİNÇ/BODRUM, - ".
_REPORTER_DATELINE_RE = re.compile(
    r"^(?:[A-ZÇĞİÖŞÜ][\wçğıöşü'’.-]*\s+){1,3}[A-ZÇĞİÖŞÜ]{2,}(?:\s+[A-ZÇĞİÖŞÜ]{2,})?/(?P<place>[A-ZÇĞİÖŞÜ ]{3,30}),?"
    r"\s*(?:\([^()\n]{1,12}\)\s*)?[-–—]+\s+")


def _is_month(word: str) -> bool:
    """Whether ``word`` names a month in a language the importer reads ("декабря", "mars")."""
    from generator.importer.lexicon import lexicon

    return any(word.lower() in lexicon(language).months for language in ("ru", "uk", "en", "de", "fr", "es", "tr"))


_PARTICLES = {"de", "del", "la", "las", "los", "le", "les", "am", "an", "der", "di", "da", "do", "upon", "on", "sur",
              "en", "im", "y"}  # in a place's name: "Santiago de Compostela", "Frankfurt am Main"


@dataclass(frozen=True)
class Dateline:
    place: str
    date: str  # as written, e.g. "March 3, 2023"; "" when the dateline has none


# A dateline that is a paragraph of its own, as regional papers set it: "Groix (Morbihan).", "Beauvoir-sur-Mer,
# vendredi 12 février 2021.": a place (its department or region in brackets) and maybe its date, nothing else.
_DATELINE_ALONE_RE = re.compile(r"(?P<place>[^\W\d][\w'’.-]*(?:[ -][\w'’.-]+){0,4}?)(?:\s+\([^()\n\d]{2,40}\))?"
                                r"(?:,\s+(?P<date>[^\W_][\w ]{2,40}))?\.")


def _dateline_alone(paragraph: str) -> Dateline | None:
    """The dateline a paragraph is, when it is nothing else (see ``_DATELINE_ALONE_RE``); None otherwise."""
    alone = _DATELINE_ALONE_RE.fullmatch(paragraph.strip())
    if not alone or not all(word[:1].isupper() or word in _PARTICLES for word in re.split(r"[ -]", alone["place"])):
        return None
    date = alone["date"] or ""
    if date and not (re.search(r"\d", date) and any(_is_month(word) for word in date.split())):
        return None  # "Paris, dit-il.": no date
    return Dateline(alone["place"].strip(), date)


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """``"KYIV, March 3, 2023 (Reuters) - Text"`` → (Dateline, ``"Text"``); the place is in capitals. A
    paragraph that is a dateline and nothing else ("Groix (Morbihan).") → (Dateline, ``""``)."""
    if alone := _dateline_alone(paragraph):
        return alone, ""
    for pattern in (_STOPPED_DATELINE_RE, _NAMED_DATELINE_RE, _PAPER_DATELINE_RE):
        stopped = pattern.match(paragraph)
        if stopped and _is_month(stopped["date"].split()[1]):
            return Dateline(stopped["place"].strip(), stopped["date"]), paragraph[stopped.end():]
    reporter = _REPORTER_DATELINE_RE.match(paragraph)
    if reporter:
        return Dateline(reporter["place"].strip(), ""), paragraph[reporter.end():]
    match = _DATELINE_RE.match(paragraph)
    if not match:
        return None, paragraph
    place, date = match.group("place").strip(), match.group("date") or ""
    agency = match.group("agency") or match.group("slashed")
    mixed_case = place != place.upper() and not (agency and place[:1].isupper())  # "Madrid (EFE)"
    if mixed_case or not any(c.isalpha() for c in place) or (date and not re.search(r"\d", date)):
        return None, paragraph
    if not (date or match.group("agency") or match.group("slashed")) \
            and not (match.group("region") and place.isupper() and re.search(r"[-–—]\s*$", match.group())
                     and re.fullmatch(r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}", match.group("region"))):
        return None, paragraph  # (Canadian Press: "HALIFAX, N.S. — ", a place in capitals, its province, a dash)
    if match.group("stop") and not all(word[:1].isupper() or word in _PARTICLES for word in place.split()):
        return None, paragraph  # "Il a dit (voir). Puis": a sentence, not a place
    return Dateline(place, date.strip()), paragraph[match.end():]


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"”’»)\]]*\s+")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "sen", "rep", "gov", "lt", "sgt", "no", "vs",
                  "jr", "sr", "prof", "capt", "maj", "adm", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
                  "fla", "calif", "ariz", "mass", "wash", "corp", "inc", "co", "ltd", "p.m", "a.m", "est", "gmt"}


def split_sentences(paragraph: str, language: str = "en") -> list[str]:
    """A paragraph's sentences: cut at ``.``, ``!`` or ``?`` before a capital or digit, not after ``U.S.``, ``Mr.``

    (nor, in German and Turkish, after an ordinal: ``am 15. Januar``, ``1. Lig``)."""
    ordinals = language.split("-")[0].lower() in ("de", "tr")
    sentences, start = [], 0
    for match in _SENTENCE_END_RE.finditer(paragraph):
        following = paragraph[match.end():match.end() + 3].lstrip("\"“‘«([ \u00a0\u202f")  # "« On est …"
        if not following or not (following[0].isupper() or following[0].isdigit()):
            continue
        word = paragraph[:match.start()].rsplit(maxsplit=1)[-1].rstrip(".").strip("\"“(«").lower()
        if word in _ABBREVIATIONS or "." in word or (len(word) == 1 and word.isalpha()) \
                or (ordinals and word.isdigit() and len(word) <= 2):
            continue  # U.S., Mr., J. — not the end of a sentence
        sentences.append(paragraph[start:match.start()].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


# Words that open a new clause (the clause that carries a date gives its event's title), by language. English
# "and" opens one before a verb in the past, not before a participle that is its noun's adjective ("a campaign
# offering relocation support and subsidised housing would launch").
_CLAUSE_WORDS = {
    "en": r"who|whom|whose|which|that|when|where|while|after|before|since|until|because|although|though|"
          r"and (?=(?:[a-z]+ed(?!\s+(?!(?:it|he|she|they|we|that|this)\b)[a-z]+\s+"
          r"(?:would|will|could|should|can|may|might|must|is|are|was|were|has|have|had)\b)"
          r"|said|took|made|won|began|met|left|fell|held|gave|told|went|came)\b)|"
          r"and then|but|unless|if",
    "uk": r"що|який|яка|яке|які|якого|яких|коли|де|після того як|поки|бо|але|а",
    "ru": r"что|который|которая|которое|которые|которого|которых|когда|где|после того как|пока|но|а",
    "es": r"que|quien|quienes|cuando|donde|mientras|tras|después de que|antes de que|pero|aunque",
    "fr": r"qui|que|qu'|lorsque|quand|où|alors que|tandis que|après|avant que|mais|depuis que",
    "de": r"nachdem|bevor|während|weil|aber|sondern",
    "tr": r"ve|ama|ancak",
}
_MIN_CLAUSE_WORDS = 3
# A Turkish finite verb in the past, future or present before a comma: the clause before it is whole.
_TR_FINITE_COMMA = re.compile(r"\w(?:[dt][ıiuü]|m[ıiuü]ş|[ae]cak|[ae]cek|yor)(?:lar|ler)?,\s+$")


def _inside_a_name(sentence: str, at: int) -> bool:
    """Whether the clause word ("ve", "and") at ``at`` joins two capitalised words of a name, not two clauses."""
    before = sentence[:at].split()[-1:]
    after = sentence[at:].split()[1:2]
    return bool(before and after and before[0][:1].isupper() and after[0][:1].isupper()
                and not before[0].endswith((",", ".", ";", ":")) and sentence[at:].split()[0].lower() in
                ("ve", "and", "und", "et", "y", "i", "и", "і", "та"))


def _between_days(sentence: str, at: int, language: str) -> bool:
    """Whether the clause word ("ve") at ``at`` joins two weekdays or two months of one span ("çarşamba ve perşembe
    günleri", "temmuz ve ağustos aylarında"), not two clauses."""
    lex = lexicon(language)
    before = sentence[:at].split()[-1:]
    after = sentence[at:].split()[:3]
    if not before or len(after) < 2 or after[0].lower() != "ve":
        return False
    first, second = before[0].lower(), re.split(r"['’]", after[1].lower())[0]
    return (first in lex.weekdays and second in lex.weekdays) or (
        first in lex.months and second in lex.months and len(after) == 3 and after[2].lower().startswith("ayları"))


def _only(sentence: str, at: int) -> bool:
    """Whether the French "que" at ``at`` closes a "ne … que" (only) of its clause: a "ne" before it, since the last
    comma, with no word of a negation between them ("n'avait été annulée qu'une seule fois"; not "n'exclut pas
    que …")."""
    if not re.match(r"qu(?:e\b|['’])", sentence[at:], re.IGNORECASE):
        return False
    clause = re.split(r"[,;:]", sentence[:at])[-1]
    negation = list(re.finditer(r"\b(?:ne\s|n['’])", clause, re.IGNORECASE))
    return bool(negation) and len(clause[negation[-1].end():].split()) <= 8 and not re.search(
        r"\b(?:pas|jamais|point|rien|guère|personne|aucun|aucune|nul|nulle)\b|\bqu(?:e\b|['’])",
        clause[negation[-1].end():], re.IGNORECASE)


def split_clauses(sentence: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each clause: cut at ``,`` ``;`` ``:`` dashes and before a clause word (``who``, ``after``).

    A comma before a digit or between two capitalised words (``Sunday, May 28``, ``U.S., Russian``) is not a
    cut, and a clause of fewer than three words joins the one before it (or after it, at the start, or, in
    Turkish, after a finite verb's comma when a clause word follows it: "ulaştı, | kurulum ve test işlemleri …").
    """
    words = _CLAUSE_WORDS.get(language.split("-")[0].lower(), "")
    cuts = [0]
    for match in re.finditer(r"[,;:]\s+|\s+[–—-]\s+", sentence):
        before = sentence[:match.start()].rsplit(maxsplit=1)[-1:] or [""]
        after = sentence[match.end():match.end() + 1]
        if match.group().startswith(",") and (after.isdigit() or (before[0][:1].isupper() and after.isupper())):
            continue
        cuts.append(match.end())
    if words:
        for match in re.finditer(rf"\s(?=(?:{words})\b)", sentence, re.IGNORECASE if language != "de" else 0):
            if _inside_a_name(sentence, match.end()):
                continue  # "Çalışma ve Sosyal Güvenlik Bakanlığı": "ve" joins the words of one name
            if _between_days(sentence, match.end(), language):
                continue  # "çarşamba ve perşembe günleri": "ve" joins the two ends of one span
            if language.startswith("fr") and _only(sentence, match.end()):
                continue  # "ne pourra être évaluée qu'à la mi-mai": "ne … que" is "only", no clause
            if re.search(r"\b(?:have|has|had)$", sentence[:match.start()]) and \
                    sentence[match.end():].lower().startswith("until"):
                continue  # "The platforms have until June 30 to comply": a deadline, no clause of its own
            bound = re.match(r"(?:until|after|before|since)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?"
                             r"((?:(?-i:[A-Z\d])[^,;]*?)?)(?:[,;]|\.?$|\.\s)",
                             sentence[match.end():], re.IGNORECASE)
            if language.startswith("en") and bound and len(bound.group(1).split()) <= 3 \
                    and re.search(r"\d|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", bound.group(1)):
                continue  # "would stay shut until (the end of) March 1": a date's preposition, no clause
            cuts.append(match.end())
    cuts = sorted(set(cuts))
    spans = [(a, b) for a, b in zip(cuts, [*cuts[1:], len(sentence)], strict=True) if sentence[a:b].strip()]
    merged: list[tuple[int, int]] = []
    carried: int | None = None  # the start of a short piece joined to the clause after it
    for i, (a, b) in enumerate(spans):
        if carried is not None:
            a, carried = carried, None
        short = len(sentence[a:b].split()) < _MIN_CLAUSE_WORDS
        following = spans[i + 1] if i + 1 < len(spans) else None
        if short and merged and following and language.startswith("tr") and _TR_FINITE_COMMA.search(sentence[:a]) \
                and not re.match(rf"(?:{words})\b", sentence[a:], re.IGNORECASE) \
                and re.match(rf"(?:{words})\b", sentence[following[0]:], re.IGNORECASE):
            carried = a  # "…hastaneye ulaştı, | kurulum | ve test işlemleri … sürdü": the subject before "ve" is
            continue  # the next clause's, not the end of the one before the comma
        if merged and (short or len(sentence[merged[-1][0]:merged[-1][1]].split()) < _MIN_CLAUSE_WORDS):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged or [(0, len(sentence))]


def shorten(sentence: str, limit: int = 90) -> str:
    """The sentence without its final stop, cut at a word before ``limit`` characters (with …)."""
    text = sentence.strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit].rstrip(" ,;:–—-") + "…"


def slugify(text: str, limit: int = 60, language: str = "") -> str:
    """Lowercase ASCII letters, digits and hyphens, cut at a hyphen; other scripts are romanised by the
    language's own standard where there is one (Київ → kyiv), else transliterated."""
    plain = re.sub(r"(?<=\w)[.'’](?=\w)", "", text)  # U.S. → US, Ukraine's → Ukraines
    return _slugify(romanise(plain, language), max_length=limit, word_boundary=True, save_order=True)


# A credit line closes agency copy: "(Reporting by Nqobile Dludla; Editing by Alexander Smith)", "Associated Press
# writer Jane Roe contributed to this report", "(Redacción: …)". Its people wrote the story; they are not in it.
_CREDIT = re.compile(r"^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|edited|graphics|research)\s+by\b"
                     r"|contributed(?:\s+reporting)?(?:\s+to)?\s+this\s+(?:report|story)"
                     r"|^\(?\s*(?:(?:redacción|edición|información|reportaje|texto)\s*(?:de|por|:)|mit material von)\s"
                     r"|^\(?\s*(?:avec|par)\s+[^()]{0,60}\)\s*$", re.IGNORECASE)
# The agencies whose tag marks the copy they sent ("ZARAGOZA, 21 Nov. (EUROPA PRESS) -", "(dpa)"): a tag is
# the story's source, not an actor in it.
_AGENCY_TAG = re.compile(r"\((?:Reuters|AP|AFP|EFE|Europa Press|EUROPA PRESS|dpa|DPA|dpa-AFX|ANSA|TASS|ТАСС|Interfax|"
                         r"Интерфакс|Інтерфакс-Україна|РИА Новости|Укрінформ|Ukrinform|УНІАН|UNIAN|AA|DHA|İHA|"
                         r"Xinhua|Kyodo|Yonhap|PAP|APA|Belga|Lusa|Servimedia|KNA|epd|ANP|ČTK|MTI|BTA|Agerpres)"
                         r"(?:[/, ][^()]{0,20})?\)")


def story_text(text: str) -> str:
    """``text`` without its credit lines and its agency tags: what names in the story are read from."""
    lines = [line for line in text.split("\n") if not _CREDIT.search(line.strip())]
    return _AGENCY_TAG.sub(" ", "\n".join(lines))
