"""What the rules of one sentence share: the sentence, the mentions found so far and the text they hold, and the
direction (back, forward, none) a mention's clause reads it in."""

from __future__ import annotations

import datetime as dt
import re

from generator.dates import PartialDate
from generator.importer.cues import BACK, FORWARD, NONE, direction, inside_plan, tense_cues
from generator.importer.dates.mention import Mention
from generator.importer.lexicon import Lexicon
from generator.importer.lexicon.turkish import TR_NOT_PARTICIPLE

# The same months of an earlier year, which a figure is compared with: a baseline, not an event.
_SAME_PERIOD = {
    "en": r"\bsame\s+(?:period|month|quarter|week)\s+(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|"
          r"the\s+previous\s+year|(?:19|20)\d\d)",
    "ru": r"(?:аналогичн\w+|тем\s+же)\s+(?:период\w*|месяц\w*)\s+(?:(?:прошлого|предыдущего)\s+года|"
          r"(?:19|20)\d\d\s+года)",
    "uk": r"(?:аналогічн\w+|тим\s+самим)\s+(?:період\w*|місяц\w*)\s+(?:(?:минулого|попереднього)\s+року|"
          r"(?:19|20)\d\d\s+року)",
    "fr": r"\bmême\s+(?:période|mois|trimestre)\s+(?:de\s+l['’]an(?:née)?\s+(?:dernier|dernière|précédente|passée)|"
          r"(?:de\s+)?(?:19|20)\d\d)",
    "es": r"\bmismo\s+(?:periodo|período|mes|trimestre)\s+(?:del\s+año\s+(?:pasado|anterior)|de\s+(?:19|20)\d\d)",
    "de": r"\b(?:gleichen|selben)\s+(?:Zeitraum|Monat|Quartal)\s+(?:des\s+)?(?:Vorjahres|vergangenen\s+Jahres|"
          r"letzten\s+Jahres|(?:19|20)\d\d)",
    "tr": r"\bgeçen\s+yılın\s+aynı\s+(?:dönem|ay)\w*|"
          r"\b(?:19|20)\d\d['’](?:in|ın|un|ün|nin|nın|nun|nün)\s+aynı\s+(?:dönem|ay)\w*",
}
# The source of a statement, set off before it ("according to the agency", "за даними НБУ").
_SOURCE = re.compile(r"(?i:according to|citing|según|de acuerdo con|selon|d['’]après|laut|nach angaben|по данным|"
                     r"по словам|по информации|согласно|за даними|за словами|за інформацією|згідно з)\s+[^,]{1,60}")
# A Turkish participle right after a date ("3 Mart'ta başlatılan …"), which dates its noun's event in no tense.
_TR_PARTICIPLE = re.compile(r"(?:['’]\w+)?\s+(?:[a-zçğıöşü]+\s+){0,2}?"
                            r"(?!itibaren|zaman|önce|sonra|beri)[a-zçğıöşü]{3,}(?<!ac)(?<!ec)(?:y?[ae]n)\b")
# Of those, the participle of a relative clause on its subject right after the date ("-an", "-en"; the future one
# is "-acak"): "22-23 Nisan gecesi yaşanan zirai don", "pazartesi günü ziyaret eden vali" are no future, whatever
# the sentence's verb tells, so the day gone. A plan's participle ("planlanan", "beklenen") and words that only end
# so are none, nor is an ablative ("perşembe gününden itibaren", "öğleden sonra"), nor what a day was moved to.
_TR_SUBJECT_PARTICIPLE = re.compile(
    r"(?:['’]\w+)?\s+(?:(?:günü|gecesi|sabahı|akşamı|öğleden sonra|saat\s+\S+)\s+)?"
    r"(?:[a-zçğıöşü]+\s+(?=(?:eden|yapan|veren)\b))?"
    rf"(?!(?:planla|bekle|öngör|hedefle|düşün|amaçla|ertele|ötele|kaydırıl|{TR_NOT_PARTICIPLE})\w*)"
    r"(?:eden|giden|biten|artan|[a-zçğıöşü]*latan|[a-zçğıöşü]+(?<![dt])[ae]n|"
    r"[a-zçğıöşü]{2,}[dt][ıiuü](?:ğ|kl[ae]r)[ıiuü](?:n[ıiuü]|n[ae]|nd[ae])?)\b")  # (and of its object,
# "-dığı": "cuma günü yaptığı açıklamada", "nisan ayında açıkladığı takvim", "mayıs ayında yapıldığını": what was
# done then, never a future)
# A verbal noun after the date that a verb of deciding, ordering or asking takes as its object: what is to be done
# then ("keşfin 13 Nisan'da yapılmasına hükmetti", "sınavın 13 Nisan'da yapılmasını istedi").
_TR_ORDERED = re.compile(r"(?:['’]\w+)?\s+(?:[\w'’]+\s+){0,4}?\w+m[ae]s[ıi](?:n[ae]\s+(?:karar\s+ver|hükmet|onay)|"
                         r"n[ıi]\s+(?:iste|talep\s+et|öner|kararlaştır|emret))\w*")
# The pronoun that opens a relative clause: "qui", "which", "que", "der", "который", "який".
_RELATIVE_OPENING = re.compile(r"\s*(?:qui|which|who|que|quien|der|die|das|котор\w+|як(?:ий|а|е|і|ого|ої|их))\s")
# The marks that open and close a quotation.
_QUOTE_MARKS = "„“”«»\""


def _quote_around(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the quotation holding ``sentence[start:end]`` (inside its marks), or None."""
    before = [i for i, c in enumerate(sentence[:start]) if c in _QUOTE_MARKS]
    after = next((i for i in range(end, len(sentence)) if sentence[i] in _QUOTE_MARKS), None)
    if len(before) % 2 == 0 or after is None:
        return None
    return before[-1] + 1, after


# The rest of a list cut at its comma: a few lowercase words, then "and" or "or" ("innovation and technology").
_LIST_REST = re.compile(r"\s*(?:(?!(?:and|or|which|who|that|et|ou|qui|que|y|o)\b)[a-zà-ÿ][\w'’-]*\s+){1,3}"
                        r"(?:and|or|et|ou|y|o)\s+[a-zà-ÿ]")
# A clause that opens on a present participle or gerund: "prompting", "provocando" (a French one in "-ant" is as
# often a noun or an adjective: "restaurant", "important").
_GERUND_OPENING = re.compile(r"\s*(?:[a-z]{3,}ing|[a-záéí]{3,}(?:ando|iendo))\b")


class FinderState:
    """The sentence, its clauses, the report date and the mentions found so far, which every rule reads."""

    def __init__(self, sentence: str, story: dt.date, lex: Lexicon, clauses: list[tuple[int, int]],
                 previous: PartialDate | None = None, previous_end: PartialDate | None = None,
                 ahead: PartialDate | None = None) -> None:
        self.sentence, self.story, self.lex, self.clauses = sentence, story, lex, clauses
        self.previous = previous  # the day the sentence before named last, which a clock time alone is on
        self.previous_end = previous_end  # its last day, when it was a night: "in der Nacht zum Freitag"
        self.ahead = ahead  # the one day from the report's on that the paragraph named before: a schedule's day
        self.found: list[Mention] = []
        same = _SAME_PERIOD.get(lex.language)  # "по сравнению с аналогичным периодом прошлого года": no event
        self.blocked = [m.span() for m in re.finditer(same, sentence, re.IGNORECASE)] if same else []

    def free(self, start: int, end: int) -> bool:
        return not any(start < m.end and m.start < end for m in self.found) and not any(
            start < b and a < end for a, b in self.blocked)

    def add(self, mention: Mention | None) -> None:
        if mention is not None and self.free(mention.start, mention.end):
            self.found.append(mention)

    def way(self, start: int, end: int) -> int:
        """The direction from the cues of the clause holding the mention (NONE: the nearest occurrence). Inside a
        quotation only the quotation's own cues count: the reporting verb outside it ("…", he said) is the
        reporter's tense, not the speaker's."""
        quote = _quote_around(self.sentence, start, end)
        if quote is not None:  # the clause's own cues first: "«… що встигнемо до літа, | але 10 квітня отримали …»"
            a, b = quote
            for c, d in self.clauses:
                if c <= start < d and (c, d) != (a, b) and (way := direction(
                        self.sentence[max(a, c):min(b, d)], start - max(a, c), end - max(a, c), self.lex)) != NONE:
                    return way
            return direction(self.sentence[a:b], start - a, end - a, self.lex)
        if inside_plan(self.sentence, start, end, self.lex.language):  # across its clauses: "запланований на
            return NONE  # вересень, | був скасований"
        if self.lex.language == "tr" and re.search(r"\w(?:d|t)(?:ığı|iği|uğu|üğü)\s+$", self.sentence[:start]):
            return BACK  # "uzaklaştırıldığı 10 Şubat'tan itibaren": the day on which it was done
        if self.lex.language == "tr" and re.match(r"\s+itibaren\b[^.;]*\bkarar", self.sentence[end:]):
            return NONE  # "1 Eylül'den itibaren … yasaklama kararı aldı": the day of what was decided, not of deciding
        if self.lex.language == "tr" and _TR_SUBJECT_PARTICIPLE.match(self.sentence, end):
            return BACK  # right before its subject's participle: that clause's day, no future
        if self.lex.language == "tr" and _TR_ORDERED.match(self.sentence, end):
            return FORWARD  # "keşfin 13 Nisan'da yapılmasına hükmetti": the day of what was ordered, ahead
        way = self._clause_way(start, end)
        participle = _TR_PARTICIPLE.match(self.sentence, end) if self.lex.language == "tr" else None
        if way == FORWARD and participle and not re.search(
                r"\b(?:bu yana|beri|itibaren|önce|sonra|kadar)\b|[ae]c[ae][kğ]", participle.group(0)):  # nor a future
            # before the participle: "mart ayında trafiğe açılacağını belirten Vali"
            return NONE  # "3 Mart'ta başlatılan çalışma ekim ayında tamamlanacak": what the participle tells may be
        return way  # over already, though the sentence looks ahead

    def _clause_way(self, start: int, end: int) -> int:
        for i, (a, b) in enumerate(self.clauses):
            if a <= start < b:
                way = direction(self.sentence[a:b], start - a, end - a, self.lex)
                if way == NONE and tense_cues(self.lex).past_plan.search(self.sentence[a:start]):
                    return NONE  # "convocada originalmente para el 20 de abril | que fue aplazada": a plan told in
                    # the past, the nearest day, whatever became of it after
                after = self.clauses[i + 1] if i + 1 < len(self.clauses) else None
                if way == NONE and after and not self.sentence[end:b].strip(" ,") \
                        and _RELATIVE_OPENING.match(self.sentence[after[0]:after[1]]):
                    # "l'observation nocturne du 12 août, | qui coïncidera avec une éclipse": the relative clause
                    # on what the date dates tells its tense
                    way = direction(self.sentence[after[0]:after[1]], 0, 0, self.lex)
                if way == NONE and _GERUND_OPENING.match(self.sentence[a:b]):
                    return direction(self.sentence, start, end, self.lex)  # "…, | prompting the department to put
                    # three regions on alert on Friday": a participle clause is in the tense of the sentence's verb
                if way == NONE and i and self.sentence[self.clauses[i - 1][0]:a].rstrip().endswith(",") \
                        and _LIST_REST.match(self.sentence[a:start]):
                    return direction(self.sentence[:b], start, end, self.lex)  # "appear before the science, |
                    # innovation and technology committee on Nov. 5": the rest of a list, in its first part's tense
                rest = _SOURCE.sub("", self.sentence[a:start] + " " + self.sentence[end:b])
                if way == NONE and not re.search(r"\w{3,}", rest):  # the date alone, or with the source of what
                    return direction(self.sentence, start, end, self.lex)  # follows: "У вересні, за даними НБУ, | …"
                return way
        return direction(self.sentence, start, end, self.lex)

    def _clause_around(self, at: int) -> tuple[int, int]:
        """(start, end) of the clause holding ``at``; the whole sentence if none does."""
        return next(((a, b) for a, b in self.clauses if a <= at < b), (0, len(self.sentence)))

    def _clause_of(self, at: int) -> int:
        return next((i for i, (a, b) in enumerate(self.clauses) if a <= at < b), -1)
