"""Cleaning a clause's text: its date words taken out (``remove_dates``), long names abbreviated, quotes and brackets
gone (``tidy``), a capital first letter."""

from __future__ import annotations

import re

from generator.importer.clock import TIME_ZONE
from generator.importer.dates import Mention
from generator.importer.titles.words import _PREPOSITIONS, _lang

_DATE_ARTICLES = {"the", "le", "la", "les", "l'", "l’", "el", "los", "las", "der", "den", "dem", "ce", "cette"}
# The part of a period before its date, which a preposition may open: "until (the end of) January", "by (early) May".
_PERIOD_PARTS = {"the end of", "end of", "the end", "early", "late", "mid", "principios", "finales", "mediados",
                 "de principios", "de finales", "de mediados", "début", "fin", "mi"}
# The word "month" before a French or Spanish month's name, with its article: "le mois | de mars", "del mes | de mayo".
_MONTH_WORD = re.compile(r"(?:\b(?:le|du|au|ce|el|del|al|este)\s+)?(?:\b(?:pasado|próximo|pleno|dernier|prochain)\s+)?"
                         r"\b(?:mois|mes)$", re.IGNORECASE)
# A part of the day before the day it is of, after a preposition: "en la tarde de | este lunes", "dans la matinée
# de | dimanche", "on the morning of | May 3" (its "of" may have gone already, with the other prepositions).
_DAY_PART = re.compile(r"(?:^|\s)(?:en|durante|dans|pendant|on|in|during)\s+(?:(?:la|le|l['’]|the)\s*)?"
                       r"(?:tarde|mañana|noche|madrugada|mediodía|nuit|matinée|soirée|journée|après-midi|matin|soir|"
                       r"morning|afternoon|evening|night)(?:\s+(?:de|del|du|d['’]|of))?$|"
                       r"(?:^|\s)(?:am|in der)\s+(?:frühen|späten)$", re.IGNORECASE)  # "am frühen | Donnerstagmorgen"
# A French "ne … que" (only) whose "que" stands right before a date: "ne pourra être évaluée | qu'à | la mi-mai".
_FR_ONLY = re.compile(r"(?P<ne>\b(?i:ne\s|n['’]))(?:(?![,;]|\bqu|\b(?i:pas|jamais|rien|point|guère)\b)[^,;]){1,60}?"
                      r"(?P<que>\b(?i:qu['’](?:à|au|aux|en|entre|après|avant)?|que)\s*)$")
# Words that bound a date ("at least", "spätestens") and go with it.
_DEGREE = (r"at least|at the latest|no later than|as recently as|as early as|as late as|as soon as|mindestens|"
           r"spätestens|frühestens|au moins|au plus tard|al menos|"
           r"a más tardar|как минимум|не позднее|по меньшей мере|щонайменше|не пізніше|en az|en geç|"
           r"voraussichtlich|vermutlich|probably|presumably|probablement|probablemente|предположительно|"
           r"ориентировочно|орієнтовно|ймовірно")  # and a guess: "bis voraussichtlich Sonntag"

# The year a Russian or Ukrainian month is of, in the genitive after it: "в январе этого года", "у березні минулого
# року"
_SLAVIC_THIS_YEAR = re.compile(r"\s+(?:этого|прошлого|текущего|следующего|нынешнего|цього|минулого|поточного|"
                               r"наступного)\s+(?:года|року)\b|\s+(?:включительно|включно)\b")
# (and "по 17 декабря | включительно": the last day counted in)

# The night a date is of, right before it: "(dans) la nuit du …", "(on) the night of …", "la noche del …"
_NIGHT = r"(?i:la nuit|the night(?:\s+of)?|la noche(?:\s+del?)?|der Nacht(?:\s+(?:zum|vom|auf))?)"
_NIGHT_PREPOSITION = r"dans|de|pendant|durant|on|in|during|en|durante|in der"
_NIGHT_OF = re.compile(rf"(?:\s(?:{_NIGHT_PREPOSITION}))?\s{_NIGHT}\s*$")

# A French or Spanish weekday, which a feast's name may follow ("lundi de Pâques"): the name is part of the date
_WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
                      r"viernes|sábado|domingo)$", re.IGNORECASE)


# What may open a quote or a clause before its first word: '"El 30 de junio firmé', "«Depuis le 3 mars»".
_OPENING = "\"«“„‘'(¿¡ "


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
        degree = re.search(rf"\s(?:{_DEGREE})$", before, re.IGNORECASE)
        if degree and not qualifies:  # "bis mindestens Freitag", "until at least Friday": the bound goes too
            before = before[:degree.start()]
            a = len(before)
        month = _MONTH_WORD.search(before) if re.match(r"de\s", text[a:b], re.IGNORECASE) else None
        if month:  # "depuis le mois | de mars", "en el mes | de mayo": the word "month" goes with its name
            before = before[:month.start()].rstrip()
            a = len(before)
        for _ in range(2):  # "depuis le 4 octobre": a preposition before the article of a date goes too
            prep = next((p for p in ([] if qualifies else sorted(preps, key=len, reverse=True))
                         if before.lower().endswith(" " + p) or before.lower().lstrip(_OPENING) == p), None)
            own = (text[max(mention.start - offset, 0):b].split(maxsplit=1) or [""])[0].lower()
            if prep is None or (language == "de" and prep in _DATE_ARTICLES and own in preps - _DATE_ARTICLES):
                break  # "Thomas Huber, der | im März …": a date with its own preposition has no article before it
            if language.startswith("de") and prep in ("der", "dem", "den") and re.search(
                    r",\s+(?:auf|in|an|bei|mit|von|nach|über|unter|vor|für|aus|seit)$", before[:-len(prep)].rstrip()):
                break  # "die Regattabahn, auf der 1983 …": a relative pronoun after its preposition, no article
            a = len(before) - len(prep)
            before = before[:a].rstrip()
            degree = re.search(rf"\s(?:{_DEGREE})$", before, re.IGNORECASE)
            if degree:  # "щонайменше до 10 травня", "at least until Friday": the bound before the preposition
                before = before[:degree.start()]
                a = len(before)
            if prep not in _DATE_ARTICLES and prep not in _PERIOD_PARTS:
                break
        day_part = _DAY_PART.search(before)
        if day_part:  # "en la tarde de | este lunes", "dans la matinée de | dimanche": the part of the day goes
            before = before[:day_part.start()].rstrip()
            a = len(before)
        if language == "en":  # "a draft deal released on Friday proposed", "Data due on Friday is expected"
            head = re.search(r"(?<=[a-z,])\s+(?:[a-z]+ed|due)$", text[:a].rstrip())
            verb_after = re.match(r"[\s,]*(?:is|are|was|were|will|would|has|had|[a-z]+ed)\b", text[b:])
            if head and verb_after and not re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)$",
                                                       text[:head.start()]):
                a = head.start()
                if text[:a].endswith(",") and (closing := re.match(r"\s*,", text[b:])):
                    a, b = a - 1, b + closing.end()  # "The vote, scheduled for March, was": the commas go too
        night = _NIGHT_OF.search(text[:a]) or (  # "dans la nuit du 3 au 4 mai", "on the night of May 3": the
            re.match(_NIGHT, text[a:]) and re.search(rf"\s(?:{_NIGHT_PREPOSITION})\s*$", text[:a]))  # night is
        if night:  # part of the date, and the preposition before it
            a = night.start()
        only = _FR_ONLY.search(text[:a]) if _lang(language) == "fr" else None
        if only:  # "ne pourra être évaluée qu'à la mi-mai" → "pourra être évaluée": the "only" goes with its date
            chars[only.start("ne"):only.end("ne")] = " " * (only.end("ne") - only.start("ne"))
            a = only.start("que")
        chars[a:b] = " " * (b - a)
        if mention.date.time is not None and (zone := TIME_ZONE.match(text, b)):  # "a las 18.00 hora local",
            chars[b:zone.end()] = " " * (zone.end() - b)  # "в 9:40 по местному времени": the zone goes with it
        if _lang(language) == "de" and re.search(r"\b[Vv]o[nm]\s*$", text[:a]) is None \
                and re.match(r"[Vv]o[nm]\s", text[a:b]) and (since := re.match(r"\s+an\b", text[b:])):
            chars[b:b + since.end()] = " " * since.end()  # "vom kommenden Jahr an": the "an" of "vom" goes too
        if language != "en" and "," in text[a:b] and re.match(r"\s*,", text[b:]) and not before.endswith(","):
            b += text[b:].index(",") + 1  # "повідомив у четвер, 5 лютого, міністр": the comma that closes a
            chars[b - 1] = " "  # date set off by commas goes with it (an English "Dec. 30, 2026," is the year's
            # own comma, and a trailing source may follow it: "…, traders noted")
        if _lang(language) in ("ru", "uk") and (year := _SLAVIC_THIS_YEAR.match(text[b:])):
            chars[b:b + year.end()] = " " * year.end()  # "в январе | этого года": the year goes with its month
        if _lang(language) in ("fr", "es") and _WEEKDAY.search(text[a:b]):
            feast = re.match(r"\s+del?\s+[A-ZÀ-Þ][\wà-ÿ]+", text[b:])  # "lundi de Pâques", "domingo de Ramos"
            if feast:
                chars[b:b + feast.end()] = " " * feast.end()
        if language.startswith("tr"):  # "dün gece de sürdü" → "sürdü"; "çarşamba günü", "mayıs ayında"
            # the case ending of a date's last word and the part of the month it names: "Eylül ayı|nın ortasında"
            glued = re.match(r"[^\W\d_]*(?:\s+(?:ortasında|ortalarında|başında|başlarında|sonunda|sonlarında|"
                             r"sonuna|başından)(?!\w))?", text[b:]).end() if text[b:b + 1].isalpha() else 0
            chars[b:b + glued] = " " * glued
            b += glued
            extra = re.match(r"(?:\s+(?:tarihleri arasında|tarihlerinde|tarihinde|tarihlerine|tarihine|tarihleri|"
                             r"tarihli|gününe|gününden|gününde|günü|günleri|günlerinde|ayına|ayında|ayı|yılına|yılında|yılı|"
                             r"sabahı|akşamı|gecesi|sabah|akşam|gece|öğleden sonra)(?!\w))?(?:\s+saatlerinde)?"
                             r"(?:\s+(?:kadar|dek|değin|itibaren|bu yana|itibarıyla|itibariyle)(?!\w))?"
                             r"(?:\s+d[ae]\b)?", text[b:]).end()  # "dün akşam
            # saatlerinde": the part of the day goes with it
            chars[b:b + extra] = " " * extra
    return _between_dates(text, chars)


# The word that joins two dates: "2018 und 2021", "in March and June", "в 2019 и 2021 годах".
_AND = r"and|or|und|oder|et|ou|y|e|o|и|или|і|й|та|або|ve|veya"
# A word before two dates that makes them a range's ends: "entre novembre 2021 et mai 2022".
_RANGE = r"between|entre|zwischen|між|между"
_RANGE_WORD = re.compile(rf"(?:^|\s)(?i:{_RANGE})\s*$")


def _between_dates(text: str, chars: list[str]) -> str:
    """``chars`` (``text`` with its dates blanked) without a word that joined two dates it blanked: "Bereits 2018
    und 2021 waren …" → "Bereits waren …", not "Bereits und waren …"; a range's "et" stays with its "entre"."""
    blanked = [c == " " and t != " " for c, t in zip(chars, text, strict=True)]
    out = "".join(chars)
    for m in re.finditer(rf"(?<!\S)(?:{_AND})(?!\S)", out, re.IGNORECASE):
        left = len(out[:m.start()].rstrip())
        right = m.end() + len(out[m.end():]) - len(out[m.end():].lstrip())
        if not any(blanked[left:m.start()]) or not any(blanked[m.end():right]):
            continue
        first = left
        while first > 0 and (blanked[first - 1] or text[first - 1].isspace()):
            first -= 1  # where the first of the two dates starts
        opening = (text[first:left].split() or [""])[0]  # (the range's word may have gone with the first date)
        if not _RANGE_WORD.search(text[:first]) and not re.fullmatch(_RANGE, opening, re.IGNORECASE):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


# A name of three words or more with its abbreviation in brackets: "L'Agence nationale de sécurité du médicament
# (ANSM)", "the International Energy Agency (IEA)". The article before it stays ("L'ANSM", "the IEA").
_LONG_NAME = re.compile(r"(?P<name>(?P<initial>[A-ZÀ-ÞА-ЯЁІЇЄҐ])[\w'’-]*(?:\s+[\w'’-]+){2,8}?)\s*"
                        r"\((?P<abbr>[A-ZÀ-ÞА-ЯЁІЇЄҐ][A-Za-zÀ-ÿА-Яа-яЁёІіЇїЄєҐґ]{1,7})\)")

_ABBREVIATION_JOINERS = {"of", "the", "and", "for", "de", "del", "la", "le", "les", "du", "des", "el", "los", "las",
                         "y", "et", "und", "für", "der", "die", "das", "von", "и", "і", "ve", "по", "з"}


def _initials_agree(abbr: str, rest: list[str]) -> bool:
    """Whether an abbreviation's second letter is the initial of the name's next word after its first ("Agencia
    Estatal … (Aemet)"), so that a bracketed place is no abbreviation ("Les électeurs de Sainte-Foy (Loire)")."""
    content = [re.sub(r"^[LlDd]['’]", "", w) for w in rest if w.lower() not in _ABBREVIATION_JOINERS]
    return not content or len(abbr) < 2 or abbr[1].casefold() == content[0][:1].casefold()


def _abbreviated(text: str) -> str:
    """Long names with their abbreviation in brackets written as the abbreviation a headline uses."""
    def short(match: re.Match[str]) -> str:
        name, abbr = match["name"], match["abbr"]
        words = name.split()
        start = next((i for i, w in enumerate(words) if re.sub(r"^[LlDd]['’]", "", w)[:1] == abbr[:1]
                      and w[:1].isupper()), None)
        if start is None or len(words) - start < 3 or not _initials_agree(abbr, words[start + 1:]):
            return match.group()  # not the name the abbreviation stands for: keep both, the brackets go later
        lead = " ".join(words[:start])
        elided = re.match(r"([LlDd]['’])", words[start])
        return " ".join(p for p in (lead, (elided.group(1) if elided else "") + abbr) if p)

    def common(match: re.Match[str]) -> str:  # "la direction régionale des affaires culturelles (Drac)"
        words, abbr = match["name"].split(), match["abbr"]
        for start in range(len(words)):
            content = [re.sub(r"^[LlDd]['’]", "", w) for w in words[start:]
                       if w.lower() not in _ABBREVIATION_JOINERS | {"a", "al", "à", "au", "aux", "en"}]
            if len(content) >= 3 and "".join(w[:1] for w in content).casefold() == abbr.casefold() \
                    and words[start].lower() not in _ABBREVIATION_JOINERS:
                elided = re.match(r"([LlDd]['’])", words[start])
                return " ".join(p for p in (" ".join(words[:start]), (elided.group(1) if elided else "") + abbr)
                                if p)
        return match.group()
    return _COMMON_LONG_NAME.sub(common, _LONG_NAME.sub(short, text))


# A name of lowercase words with its abbreviation in brackets, each content word's initial a letter of it: "la
# direction régionale des affaires culturelles (Drac)" → "la Drac".
_COMMON_LONG_NAME = re.compile(r"(?P<name>(?:[\w'’-]+\s+){2,8}[\w'’-]+)\s*\((?P<abbr>[A-ZÀ-Þ][A-Za-zÀ-ÿ]{2,7})\)")


def tidy(text: str) -> str:
    text = _abbreviated(text)
    text = re.sub(r"\s*\([^()]{1,40}\)", "", text)  # "Der Bundesgerichtshof (BGH)" → "Der Bundesgerichtshof"
    # a clause cut inside brackets ("locked the gate (on June 19, | according to …)"): the half left open goes
    text = re.sub(r"\s*\([^()]*$", "", re.sub(r"^[^()]*\)", lambda m: m.group().replace(")", ""), text))
    # a French elision whose word went with a date: "qu'| en 2021 | une intoxication" opens no title; "l'| 2021 |
    # édition" joins its next word
    text = re.sub(r"^(?i:qu|lorsqu|puisqu)['’]\s+", "", text.strip())
    text = re.sub(r"\b((?i:qu|lorsqu|puisqu|jusqu|l|d|n|c|j))['’]\s+(?=\w)", r"\1'", text)
    text = re.sub(r"[\"“”«»]|(?<!\w)['‘’]|['‘’](?!\w)", "", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text))
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip(" ,;:–—-.")
    # a range whose two ends were dates leaves its words: "zwischen 2007 und 2011"
    return re.sub(r"\s*\b(?:between|zwischen|entre|между|між)\s+(?:and|und|et|y|и|і)(?:\s+|$)", " ", text,
                  flags=re.IGNORECASE).strip()


def _capital(text: str, lang: str) -> str:
    """``text`` with a capital first letter (Turkish "i" → "İ")."""
    if lang == "tr" and text[:1] == "i":
        return "İ" + text[1:]
    return text[:1].upper() + text[1:]
