"""Is a clause about the past or the future? The cue words of tense around a date (``will``, ``is due``, ``next``,
``until`` → forward; ``said``, ``was``, ``ago``, a past-tense ending → back; a plan told in the past → the nearest
day), from the language's lexicon, and ``direction()``, which picks the cue nearest the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.importer.lexicon import Lexicon
from generator.importer.morphology import likely_noun, tense

FORWARD, BACK, NONE = 1, -1, 0


@dataclass(frozen=True)
class Cues:
    forward: re.Pattern[str]
    back: re.Pattern[str]
    target: re.Pattern[str]
    call: re.Pattern[str]
    up_to: re.Pattern[str]
    past_plan: re.Pattern[str]


_EN_NOT_PAST = r"(?!(?:need|speed|hundred|seed|feed|bed|red|shed|indeed|proceed|exceed|succeed|breed|"\
               r"expected|scheduled|planned|united|limited)\b)"
# "to have their animals slaughtered", "get the road reopened": a participle after "have" or "get" and its
# object is what is to be done, no past
_EN_CAUSATIVE = re.compile(r"\b(?:have|get|having|getting)\s+(?:their|his|her|its|the|a|an|our|my|your|them|it)"
                           r"(?:\s+[\w'’-]+){0,2}\s+$")


@cache
def tense_cues(lex: Lexicon) -> Cues:
    # "is due to be presented", "will be sentenced": a participle after "be" is no past
    # "more detailed results", "the revised plan": an "-ed" word after a determiner or "more" is an adjective
    adjective = "".join(rf"(?<!\b{word} )" for word in ("more", "most", "less", "the", "a", "an", "its", "their",
                                                         "his", "her", "our", "very", "for", "of", "to", "with",
                                                         "among"))  # ("a fundraiser for affected producers")
    back = lex.back.replace(r"\w+ed", r"(?<!be )" + adjective + _EN_NOT_PAST + r"[a-z]\w*ed(?!\s+by\b)") \
        if lex.language == "en" else lex.back
    if lex.language == "en":  # "the disposal of spent stages", "a set date": an irregular past after "of" or a
        back = r"(?<!\bof )(?<!\bthe )(?<!\ba )(?<!\ban )" + back  # determiner is an adjective
    if lex.language == "tr":  # "Konyaaltı", "Ağrı": a capitalised word ending like a past is a name
        back = r"\bGeçen\b|(?![A-ZÇĞİÖŞÜ])" + back  # (but "Geçen ekim ayında" opening a quote is "last")
    return Cues(re.compile(lex.forward), re.compile(back), re.compile(lex.target), re.compile(lex.call),
                re.compile(_UP_TO.get(lex.language, r"(?:x^)")), re.compile(_PAST_PLAN.get(lex.language, r"(?:x^)")))


# "Until" before or after a quantity is "up to": "bis zu 15 Grad", "eksi 4 dereceye kadar", "45 liraya kadar"; no
# cue of a future.
_UP_TO = {
    "de": r"\bbis zu\s+(?:(?:minus|plus|rund|etwa|knapp|über)\s+)?\d",
    "fr": r"\bjusqu['’]à\s+(?:[-+−]\s?)?\d",  # "jusqu'à -3,5°C": as low as
    "es": r"\bhasta\s+(?:los\s+|las\s+)?(?:[-+−]\s?)?\d[\d.,]*\s*(?:°|grados|euros|por ciento|%|metros|kilómetros)",
    "tr": r"(?:\d[\d.,]*|\bbin|\bmilyon|\bmilyar)\s+(?:(?:bin|milyon|milyar)\s+)?(?:[a-zçğıöşü]+\s+)?"
          r"[a-zçğıöşü]+(?:y?[ae])\s+kadar\b|"  # "50 metre yakınına kadar": as far as
          r"\byüzde\s+\d[\d.,]*['’]\w+\s+kadar\b",
}


# A plan that did not happen, around its day: "hätten am 1. Dezember läuten sollen" (it may be gone or ahead).
_PLAN_AROUND = {"fr": r"\b(?:prévue?s?|attendue?s?)\s+[^.;]{1,40}?\b(?:avait|avaient|a|ont)\s+été\s+"
                      r"(?:annul|report|repouss|décal|renvoy)\w*",  # "initialement attendue le 14 novembre, avait été
                # renvoyée"
                "es": r"\b(?:previst|señalad|programad|fijad)[oa]s?\s+[^.;]{1,40}?\b(?:(?:fue|fueron|ha sido|han sido|"
                      r"había sido|habían sido)\s+(?:cancelad|aplazad|suspendid|pospuest)\w*|"
                      r"se\s+(?:aplazó|aplazaron|suspendió|suspendieron|canceló|cancelaron|pospuso|pospusieron))",
                # "inicialmente señalado para el 20 de octubre, se aplazó"
                "en": r"\b(?:(?:planned|scheduled|set)\s+for|due\s+(?:in|on|by))\s+(?:[^.;]|\.(?=\s*\d)){1,40}?"
                      r"\b(?:was|were|had been|has been)\s+"  # "for Jan. 15, had been"
                      r"(?:cancel|postpon|delay|called off|scrapped|pushed back)\w*",  # "originally due in
                # November, was delayed"
                "de": r"\b(?:hätte|hätten)\s+(?:\S+\s+){0,7}?[a-zäöüß]+(?:en|n)\s+(?:sollen|können)\b|"
                      r"(?:\bsagte\w*\s+(?:\S+\s+){0,3}?|(?=[^.;]*\b(?:abgesagt|verschoben|gestrichen)\b))"
                      r"\b(?:vom|am|für(?: den)?|zum)\s+[^;,]{1,40}?\s+(?:geplante|vorgesehene|angesetzte)[nrms]?\b|"
                      r"\b(?:ursprünglich|eigentlich|zunächst)\s+(?:für|am|zum)\s+[^;,]{1,30}?\s+"
                      r"(?:geplante|vorgesehene|angesetzte)[nrms]?\b",  # "eine ursprünglich für Oktober geplante"
                # "sagte das vom 26. Juli bis 3. August geplante Fest ab": planned, then called off
                # "Тендер, запланований на вересень, був скасований": planned for a day, then called off
                "uk": r"\b(?:запланован|призначен)\w*\s+на\s+[^.;]{1,80}?\b(?:бул\w*\s+)?(?:скасова\w+|перенес\w+|"
                      r"відклад\w+|відклика\w+|зірва\w+)",
                "ru": r"\b(?:запланированн?|назначенн?)\w*\s+на\s+[^.;]{1,80}?\b(?:был\w*\s+)?(?:отмен[её]н\w*|"
                      r"перенес\w+|отлож\w+|сорва\w+)"}
# A plan told in the past ("had been planned for May 20", "яку планували провести в понеділок", "était prévu le 3"):
# the day it was set for may be gone or still ahead, so the nearest one; no cue either way.
_PAST_PLAN = {
    "en": r"\b(?:had been|was|were)\s+(?:originally\s+|initially\s+|first\s+)?(?:planned|scheduled|slated|due)\b|"
          r"\bhad\s+(?:originally|initially|first)\s+(?:called|set|planned|scheduled)\b|"  # "had originally called"
          r"\b(?:had\s+)?(?:planned|proposed|agreed|decided|promised|pledged|offered|hoped)\s+to\s+"
          r"(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+|"  # "had planned to open a route … in May"
          r"\b(?:originally|initially)\s+(?:set|planned|scheduled|slated|due)\b|"  # "the derby, originally set for",
          # "a study, originally due in March, …"
          r"\binstead\s+of\s+(?:the\s+)?(?:planned|scheduled)\b|"
          r"\b(?:was|were|had been|has been|have been)\s+(?:postponed|delayed|pushed back|moved|rescheduled|"
          r"put off)\s+(?:[^.;,]{0,40}?\s)?to\b",  # "was postponed to Sept. 2": a move told in the past, to the
    # nearest such day (not "was postponed in March", the day of the move)
    "uk": r"\bпланувал\w*|\bпланував\b|\bбул\w*\s+запланован\w*|\bзапланован\w+\s+бул\w*|\bочікувал\w*|\bпообіця\w*|"
          r"\b(?:спочатку|початково|раніше)\s+(?:заплановану?\w*|призначен\w*|намічен\w*)|"
          r"\bобіця\w*|"  # "пообіцяв провести ярмарок 19 червня": a promise told in the past
          r"\bзамість\s+(?:запланован|наміченого|намічен|планован)\w*|"  # "замість запланованого 1 серпня"
          r"\b(?:було\s+)?(?:вирішено|вирішили|вирішив|вирішила|ухвалили\s+рішення)\b|"
          r"\b(?:перенесли|переніс|перенесла|перенесено|перенести|відклали|відклав|відклала|відкласти)\s+на\b",
    # "перенесли на 31 жовтня", "довелося перенести на 5 квітня": a move told in the past, to the nearest such day
    "ru": r"\bпланировал\w*|\bбыл\w*\s+запланирован\w*|\bзапланирован\w+\s+был\w*|\bожидавш\w+|\bожидал\w*|"
          r"\b(?:первоначально|изначально|ранее)\s+(?:намечен|запланирован|назначен)\w*|"  # "первоначально намеченное"
          r"\bпообеща\w*|\bобеща\w*|"
          r"\bвместо\s+(?:запланированн|намеченн|планируем)\w*|"  # "лишь 5 сентября вместо запланированного 1 августа"
          r"\b(?:было\s+)?(?:решено|решили|решил|решила|постановили|постановлено)\b|"
          r"\b(?:перенесли|перенес|перенесла|перенесено|перенести|отложили|отложил|отложила|отложить)\s+на\b",
    # "было решено до 1 ноября понизить уровень": what was decided, by a day gone or ahead
    "es": r"\b(?:estaba|estaban|había sido|habían sido)\s+(?:inicialmente\s+)?(?:previst|programad|planead|"
          r"convocad|señalad|fijad)\w+|"  # "estaba convocada inicialmente para el 10 de agosto"
          r"\b(?:inicialmente|en principio|originalmente|en un principio)\s+(?:previst|programad|planead|convocad|"
          r"señalad|fijad)\w+|"
          r"\b(?:previst|programad|planead|convocad|señalad|fijad)\w+\s+(?:inicialmente|en principio|originalmente)\b|"
          r"\b(?:había|habían|tenía|tenían)\s+(?:previsto|planeado|programado)\b|"
          r"\b(?:en lugar|en vez)\s+de(?:l|\s+la|\s+los|\s+las)?\s+(?:previst|programad|planead)\w*",
    "fr": r"\b(?:initialement|d['’]abord|primitivement)\s+(?:prévu|programmé|planifié)\w*|"  # "initialement prévue"
          r"\b(?:prévu|programmé|planifié)\w*\s+(?:initialement|d['’]abord|primitivement)\b|"
          r"\b(?:était|étaient|avait été|avaient été)\s+(?:initialement\s+|d['’]abord\s+)?"
          r"(?:prévu|programmé|planifié)\w*|\b(?:a|ont|avait|avaient)\s+(?:proposé|décidé|promis|envisagé|prévu)\s+"
          r"(?:[\w'’-]+\s+){0,4}?(?:de|d['’])|"  # "a proposé aux syndicats de rouvrir les négociations le 23 mars"
          r"\bau\s+lieu\s+d[ue]s?\s+(?:prévu|programmé)\w*",
    "de": r"\b(?:war|waren)\s+(?:(?:ursprünglich|eigentlich|zunächst)\s+)?(?:geplant|vorgesehen|angesetzt)\b|"
          r"\b(?:sollte|sollten)\b|"  # "der zum 1. Januar in Kraft treten sollte": was to
          r"\b(?:geplant|vorgesehen|angesetzt)\s+(?:gewesen\s+)?(?:war|waren)\b|\b(?:hatte|hatten)\s+(?:\w+\s+){0,3}?"
          r"(?:geplant|angekündigt|vorgesehen)\b|"
          + _PLAN_AROUND["de"],
    "tr": r"\bplanlan(?:dı|mıştı|ıyordu|mış)\w*|\bplanlad\w*|\bbekleniyordu\b|\böngörülmüştü\b",
}


# A Turkish past participle of a relative clause, or its "last": "başlattığı", "yaptığımız", "geçen hafta".
_TR_RELATIVE_PAST = re.compile(r"\w+(?:d|t)(?:ığ|iğ|uğ|üğ)\w*|geçen")  # "geçen hafta": the relative clause's day
# A gathering called or convened in the present perfect, then a day: "has called a public meeting at Rawson Hall
# on Friday" is ahead, since a present perfect takes no day gone ("has called on Monday" is no English).
_CALLED_GATHERING = {"en": re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+)?(?:called|convened)\s+(?:a|an)\s+"
                                      r"(?:[a-z-]+\s+){0,2}(?:meeting|vote|election|session|strike|walkout|rally|"
                                      r"referendum|hearing)\b[^.;]{0,50}$")}
# "töreninden iki gün önce": "before" an event named in the ablative, no "ago".
_TR_BEFORE_EVENT = re.compile(r"(?:\w[ıiuü]n|['’])[dt][ae]n\s+(?:\S+\s+){0,2}(?:önce|sonra)$")
# "Until" after a past denied: "no se colocaron hasta el 10 de julio", "did not reopen until May 2" tell when it was
# done at last, no day ahead.
_NOT_UNTIL = {"es": re.compile(r"\bno\s+(?:se\s+|l[aeo]s?\s+)?\w+(?:ó|aron|ieron|ió)\s+(?:\w+\s+){0,3}$"),
              "en": re.compile(r"\b(?:did not|didn't|was not|wasn't|were not|weren't|had not|hadn't)\s+"
                               r"(?:\w+\s+){0,4}$")}
_UNTIL = {"es": "hasta", "en": "until"}
# "Напомним, …", "Нагадаємо, …": a future in form that brings back what happened; no cue of a future.
_RECALL = {"напомним", "нагадаємо", "нагадаю", "напомню"}
# A French participle that is no past: after a future, conditional or modal "être" ("sera finalement lancée") or
# "rester" ("resteront par ailleurs fermées vendredi"), or in what a plan provides ("prévoyait … une prime versée en
# mai").
_FR_PARTICIPLE_AHEAD = re.compile(r"(?:\b(?:sera|seront|serait|seraient|être|restera|resteront|resterait|"
                                  r"resteraient|rester)\s+(?:\w+\s+){0,2}|"
                                  r"\bpré(?:voi|voy|vu)\w*\b[^.;]*\s)\w{3,}(?:é|ée|és|ées)$")
_CYRILLIC_WORD = re.compile(r"(?<![\w'’])[а-яёіїєґ][а-яёіїєґ'’]{3,}(?![\w'’])")


# The Russian and Ukrainian words of the past that are no verb: "прошлого", "назад", "минулого", "тому", "торік".
_PAST_WORDS = re.compile(r"прошл|назад|минул|тому|торік")


def _no_past(word: str, language: str) -> bool:
    """Whether a Russian or Ukrainian word with a past tense's ending is no past form ("справ", "около")."""
    found = tense(word, language)
    return found == "noun" or (found == "" and not _PAST_WORDS.match(word)) or likely_noun(word, language)


def _after_adjective(before: str, language: str) -> bool:
    """Whether the word before a Russian or Ukrainian past form reads first as an adjective: the form is then its
    noun ("північне крило", "новое крыло")."""
    from generator.importer.morphology import _analyzer

    words = before.split()
    parse = _analyzer(language).parse(words[-1].strip(",«»\"“”"))[0] if words and words[-1][-1:].isalpha() else None
    return parse is not None and parse.tag.POS == "ADJF" and "Apro" not in str(parse.tag)  # ("который": a pronoun)


def _lower_first_word(text: str) -> str:
    """``text`` with its first letter in lower case, after any opening quote or dash (length kept: "İ" stays)."""
    match = re.search(r"\w", text)
    if not match or len(lower := match.group(0).lower()) != 1:
        return text
    return text[:match.start()] + lower + text[match.end():]


def inside_plan(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` is the day of a plan that did not happen ("hätten am 1. Dezember läuten sollen",
    "запланований на вересень, був скасований"), which may be gone or still ahead."""
    around = _PLAN_AROUND.get(language)
    return bool(around and any(m.start() <= start and end < m.end()
                               for m in re.finditer(around, text, re.IGNORECASE)))


_EN_SAID = re.compile(r"said|says|told|announced|reported|confirmed|added")


def direction(text: str, start: int, end: int, lex: Lexicon) -> int:
    """FORWARD or BACK from the cue nearest to ``text[start:end]`` (outside it), NONE without a cue."""
    cues = tense_cues(lex)
    # a cue that starts the sentence (a Turkish one ends it: a capital first is a name, "Konyaaltı")
    lowered = text if lex.language == "tr" else _lower_first_word(text)
    up_to = [m.span() for m in cues.up_to.finditer(lowered)]
    plans = [m.span() for m in cues.past_plan.finditer(lowered) if m.end() <= start or m.start() >= end]
    if inside_plan(lowered, start, end, lex.language):
        return NONE  # "Die Glocken hätten am 1. Dezember läuten sollen": the date inside a plan that did not happen
    forward = [m.span() for m in cues.forward.finditer(lowered) if (m.end() <= start or m.start() >= end)
               and not any(a <= m.start() and m.end() <= b for a, b in up_to)
               and not any(a < m.end() and m.start() < b for a, b in plans)
               and not (m.group(0) == _UNTIL.get(lex.language)
                        and _NOT_UNTIL[lex.language].search(lowered[:m.start()]))]
    morph = lex.language in ("ru", "uk")
    if morph:  # the perfective future has no ending of its own ("обговорять", "обсудят"): the dictionary knows it
        forward += [m.span() for m in _CYRILLIC_WORD.finditer(lowered) if (m.end() <= start or m.start() >= end)
                    and tense(m.group(0), lex.language) == "future" and m.group(0) not in _RECALL]
    back = [m.span() for m in cues.back.finditer(lowered)
            if (m.end() <= start or m.start() >= end) and not any(a < m.end() and m.start() < b for a, b in forward)
            and not (lex.language == "tr" and _TR_BEFORE_EVENT.search(lowered[:m.end()]))
            and not (morph and _no_past(m.group(0), lex.language))  # "справ", "років", "около": no past tense
            and not (morph and _after_adjective(lowered[:m.start()], lex.language))  # "північне крило": a noun
            and not (lex.language == "fr" and _FR_PARTICIPLE_AHEAD.search(lowered[max(0, m.start() - 120):m.end()]))
            and not (lex.language == "en" and m.group(0).endswith("ed") and _EN_CAUSATIVE.search(lowered[:m.start()]))
            and not any(a < m.end() and m.start() < b for a, b in plans)]
    if lex.language == "tr" and any(a >= end for a, _ in forward):  # "geçen hafta başlattığı incelemelerin ocak
        back = [(a, b) for a, b in back if a >= end  # sonunda tamamlanması bekleniyor": the verb at the end tells
                or not _TR_RELATIVE_PAST.fullmatch(lowered[a:b])]  # the tense, not a past participle before the date
    best: tuple[int, int] | None = None
    cue = (0, 0)
    for way, spans in ((FORWARD, forward), (BACK, back), (NONE, plans)):
        for a, b in spans:
            distance = start - b if b <= start else 10_000 + a - end  # a cue after counts only without one before
            if best is None or distance < best[0]:
                best, cue = (distance, way), (a, b)
    if best and best[1] == FORWARD and cue[1] <= start and any(b <= cue[0] for _, b in plans):
        return NONE  # "Ранее планировалось, что работы начнутся 18 ноября": the future of a plan told in the past
    if best and best[1] == BACK and lex.language == "en" and _EN_SAID.fullmatch(lowered[cue[0]:cue[1]]) \
            and re.match(r"\s+(?:that\s+)?(?:its|the|a|an|his|her|their|our)\s+\w+\s+\w", lowered[cue[1]:start]) \
            and any(0 <= a - end <= 25 and not re.search(r"[,;.]|\b(?:it|he|she|they|we|that)\b", lowered[end:a])
                    for a, _ in forward):
        return FORWARD  # "The council said its meeting on Thursday at 10am would discuss …": the day is of the
        # subject of the future told right after it, not of the saying ("said on Friday it would", "the increase we
        # announced to retailers on Tuesday will reach shelves": the saying's)
    called = _CALLED_GATHERING.get(lex.language)
    if best and best[1] == BACK and called and called.search(lowered[:start]):
        return FORWARD
    if best and best[1] == BACK and any(m.end() <= start and start - m.end() <= best[0]
                                        for m in cues.target.finditer(lowered)):
        # "set a date for Thursday": the past is the setting's, the day the nearest Thursday; a day a call sets for
        # what it calls for ("called a strike for Thursday", "rief für Montag zu einer Kundgebung auf") is ahead
        called = any(m.start() < start for m in cues.call.finditer(lowered))
        return FORWARD if called else NONE
    return best[1] if best else NONE
