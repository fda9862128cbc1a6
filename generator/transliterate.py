"""Readable ASCII names from any script: ``Київ`` → ``kyiv``, ``عبد الفتاح البرهان`` → ``abd-al-fatah-al-barhan``.

File names and anchors are made by python-slugify (Unidecode's tables: ``习近平`` →
``xi-jin-ping``, ``Erdoğan`` → ``erdogan``). Where a language has its own
romanisation that a generic table gets wrong, the text is romanised first:

* Ukrainian by the national standard (Cabinet of Ministers resolution 55 of 2010):
  ``Київ`` → ``kyiv``, ``Зеленський`` → ``zelenskyi`` (Unidecode: ``kiyiv``, ``zelens-kii``);
* Russian by the passport standard (ICAO Doc 9303, used by Russia since 2013):
  ``Путин`` → ``putin``, ``Юлия`` → ``iuliia``;
* Arabic and Persian letter by letter, with ``ال`` as ``al-``, a few very common name
  words spelled as the press spells them (``محمد`` → ``muhammad``, ``بن`` → ``bin``),
  long vowels from the letters, and a short ``a`` between two opening consonants
  (``برهان`` → ``barhan``), since Arabic script writes no short vowels.

The language is the site's, or found from the letters (``і``, ``ї``, ``є``, ``ґ``
mean Ukrainian; Cyrillic without them Russian).
"""

from __future__ import annotations

import re

from slugify import slugify as _slugify

_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
_UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")
_PERSIAN_LETTERS = set("پچژگکی")
_APOSTROPHES = "'’ʼ`"

_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y",
    "ь": "", "э": "e", "ю": "iu", "я": "ia",
}

_AR_CONSONANTS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ع": "", "ء": "", "ئ": "", "ؤ": "",
    "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k",
}
_AR_VOWELS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a", "و": "u", "ي": "i", "ی": "i"}
_AR_MARKS = {"\u064e": "a", "\u0650": "i", "\u064f": "u"}  # fatha, kasra, damma when written
_AR_WORDS = {
    "محمد": "muhammad", "أحمد": "ahmad", "احمد": "ahmad", "عبد": "abd", "بن": "bin", "ابن": "ibn",
    "الله": "allah", "عبدالله": "abdullah", "علي": "ali", "أبو": "abu", "ابو": "abu", "حسن": "hassan",
    "حسين": "hussein", "عمر": "omar", "خالد": "khaled", "يوسف": "yousef", "إبراهيم": "ibrahim",
    "ابراهيم": "ibrahim", "مصطفى": "mustafa", "بشار": "bashar", "حماس": "hamas", "حزب": "hizb",
}
_AR_TATWEEL_AND_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")


def guess_language(text: str, language: str = "") -> str:
    """The language whose romanisation applies to ``text``: the site's when it fits the script."""
    base = language.split("-")[0].lower()
    if _CYRILLIC_RE.search(text):
        if base in ("uk", "ru"):
            return base
        return "uk" if _UKRAINIAN_LETTERS & set(text) else "ru"
    if _ARABIC_RE.search(text):
        if base in ("ar", "fa"):
            return base
        return "fa" if _PERSIAN_LETTERS & set(text) else "ar"
    return base


def _ukrainian_word(word: str) -> str:
    out = []
    lower = word.lower().replace("зг", "zgh")
    for i, char in enumerate(lower):
        if i == 0 and char in _UK_INITIAL:
            out.append(_UK_INITIAL[char])
        else:
            out.append(_UK.get(char, char))
    return "".join(out)


def _russian_word(word: str) -> str:
    return "".join(_RU.get(char, char) for char in word.lower())


def _arabic_word(word: str) -> str:
    if word in _AR_WORDS:
        return _AR_WORDS[word]
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al-", word[2:]
    if word in _AR_WORDS:
        return prefix + _AR_WORDS[word]
    has_marks = any(mark in word for mark in _AR_MARKS)
    out: list[str] = []
    previous_vowel = True  # at the start of a word, و and ي are consonants
    for i, char in enumerate(word):
        if char in _AR_MARKS:
            out.append(_AR_MARKS[char])
            previous_vowel = True
            continue
        if char in ("و", "ي", "ی") and (previous_vowel or (i == len(word) - 1 and char != "ي" and char != "ی")):
            out.append("w" if char == "و" else "y")
            previous_vowel = False
            continue
        if char in _AR_VOWELS:
            out.append(_AR_VOWELS[char])
            previous_vowel = True
            continue
        latin = _AR_CONSONANTS.get(char, char)
        if char == "ع" and i == 0:
            latin = "a" if len(word) > 1 and word[1] not in _AR_VOWELS else ""
        out.append(latin)
        # Two consonants open the word and no vowel is written: say a short "a" between them.
        if i == 0 and latin and char != "ع" and not has_marks and len(word) > 2 and word[1] not in _AR_VOWELS \
                and word[1] not in _AR_MARKS:
            out.append("a")
            previous_vowel = True
        elif latin:  # a silent letter (ع, ء inside a word) leaves the vowel state as it was
            previous_vowel = False
    return prefix + "".join(out)


_ROMANISERS = {"uk": _ukrainian_word, "ru": _russian_word, "ar": _arabic_word, "fa": _arabic_word}
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def romanise(text: str, language: str = "") -> str:
    """``text`` with the words of its script romanised by the language's own standard (others untouched)."""
    lang = guess_language(text, language)
    word = _ROMANISERS.get(lang)
    if word is None:
        return text
    if lang in ("ar", "fa"):
        text = _AR_TATWEEL_AND_MARKS.sub(lambda m: m.group(0) if m.group(0) in _AR_MARKS else "", text)
    script = _ARABIC_RE if lang in ("ar", "fa") else _CYRILLIC_RE
    return _WORD_RE.sub(lambda m: word(m.group(0)) if script.search(m.group(0)) else m.group(0), text)


_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str, language: str = "", max_length: int = 0) -> str:
    """'Trump’s Win: What Next?' → 'trumps-win-what-next'; any script → ASCII letters, digits and hyphens."""
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    if text.isascii() and not max_length:  # most titles and headings: no tables needed
        return _NOT_SLUG_RE.sub("-", text.lower()).strip("-")
    slug: str = _slugify(romanise(text, language), max_length=max_length, word_boundary=bool(max_length))
    return slug
