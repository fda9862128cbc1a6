"""Turkish clauses told as the main clause they stand for: what a statement reports ("… açıklanacağını
söyledi"), a clause with a converb ("zirve yaptıktan sonra") and what a dated document said."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.titles import remove_dates, tidy
from generator.importer.turkish.participles import _TR_IN_STEMS, _genitive_off, _past

_TR_SAYING = r"(?:söyledi|açıkladı|bildirdi|belirtti|duyurdu|kaydetti|ifade etti|vurguladı|aktardı|hatırlattı|" \
    r"anlattı|dile getirdi|ileri sürdü|öne sürdü|söylemişti|açıklamıştı|bildirmişti|duyurmuştu)"
_TR_POSTPOSITION = r"ardından|sonrasında|öncesinde|nedeniyle|yüzünden|için|gibi|kadar|üzerine|karşı|tarafından|" \
    r"sırasında|boyunca|yerine"
_TR_COUNT = r"\d[\d.,]*|bin|milyon|milyar"
_TR_SAYING_PARTICIPLE = r"(?:söyleyen|açıklayan|bildiren|belirten|kaydeden|ifade eden|vurgulayan|aktaran|hatırlatan)"
# A converb of saying, what it reports before it and the main clause after: "… yaşandığını hatırlatarak, …".
_TR_SAYING_CONVERB = r"(?:söyleyerek|açıklayarak|bildirerek|belirterek|kaydederek|ifade ederek|vurgulayarak|" \
    r"aktararak|hatırlatarak)"
_TR_SAID_PASSIVE = r"(?:belirtil|açıklan|bildiril|duyurul|kaydedil|ifade edil|vurgulan|öğrenil|tespit edil|belirlen|"\
    r"anlaşıl)[a-zçğıöşü]*"  # ("… istediği öğrenildi": it was learnt that)


def _report_verb(raw: str, after: str) -> re.Match[str] | None:
    """The verb of what a Turkish clause reports, its group "verb": an object complement before its verb of
    saying ("açılacağını söyledi"), or before a comma when the sentence ends on one ("tebliğ edildiğini, ancak …
    söyledi"), or a subject complement before a passive one ("yapılacağı belirtildi", "… belirtilerek")."""
    told = r"[a-zçğıöşü]{3,}(?:[ae]c[ae]ğ|[dt][ıiuü]ğ)[ıiuü]"
    said = re.search(rf"(?P<verb>{told}n[ıiuü]|[a-zçğıöşü]{{3,}}[dt][ıiuü]kl[ae]r[ıi]n[ıi])\s+{_TR_SAYING}[\s.]*$", raw)
    if said:
        return said
    said = re.search(rf"(?P<verb>{told}n[ıiuü])\s+{_TR_SAYING_PARTICIPLE}\s+(?:[A-ZÇĞİÖŞÜ][\w'’.]*\s*){{1,4}},",
                     raw)
    if said:  # "… teslim edileceğini aktaran Aydoğan, | …": the participle of saying before its reporter
        return said
    if re.search(rf"{_TR_SAYING}[\s.\"”»]*$", after) and (accusative := re.search(
            rf"(?P<verb>{told.replace('{3,}', '{2,}')}n[ıiuü])\s*,\s*$", raw)):  # (a stem of two letters too:
        return accusative  # "geçerli olacağını, | … süreceğini söyledi")
    if re.search(rf"{told}\s+{_TR_SAID_PASSIVE}[\s.\"”»]*$", after):  # "sınavın … olacağı, | sonuçların ise
        return re.search(rf"(?P<verb>{told.replace('{3,}', '{2,}')})\s*,\s*$", raw)  # … açıklanacağı
        # bildirildi": the first of two complements, its verb's stem maybe of two letters ("ol-", "al-")
    return re.search(rf"(?P<verb>{told})\s+{_TR_SAID_PASSIVE}[\s,.]*$", raw)


_GENITIVE = re.compile(r"(?:n[ıiuü]n|[^aeıioöuü][ıiuü]n|['’]n?[ıiuü]n)$")


def reported_complement(sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention]) -> str:
    """A date inside what a Turkish statement reports ("yeni rakamın gelecek hafta açıklanacağını söyledi"): the
    report told as the main clause it stands for, "Yeni rakam açıklanacak"; "zirai donun rekolteyi etkilediğini
    belirtti" → "Zirai don rekolteyi etkiledi"; "" otherwise."""
    raw = sentence[clause[0]:clause[1]]
    said = _report_verb(raw, sentence[clause[1]:])
    converb = re.search(r"(?P<verb>[a-zçğıöşü]{2,}(?:[ae]c[ae]ğ|[dt][ıiuü]ğ)[ıiuü]n[ıiuü])\s+"
                        rf"{_TR_SAYING_CONVERB}[\s,]", raw)
    if converb and mention.start < clause[0] + converb.start("verb"):
        said = converb  # "… felaket yaşandığını hatırlatarak | … söyledi": the date is in what a converb of
        # saying reports, not in what the main verb does
    if not said or mention.start >= clause[0] + said.start("verb") or re.search(
            r"(?:yaptığı|düzenlediği|katıldığı)\s+(?:basın\s+)?(?:açıklamada|konuşmada|toplantıda|toplantısında)",
            raw[mention.end - clause[0]:said.start("verb")]):
        return ""  # the date is the statement's own: "… pazartesi günü açıkladı", "dün yaptığı açıklamada …"
    told = _owner_participle(sentence, clause, mention, mentions, said)
    if told is not None:
        return told
    start = _complement_start(raw, clause, mention, said, converb)
    words = tidy(remove_dates(raw[start:said.start("verb")], clause[0] + start, mentions, "tr")).split()
    words = _complement_words(words)
    genitive = _subject_genitive(words)
    if genitive is not None and (earlier := _subject_genitive(words[:genitive])) is not None \
            and _owns_an_object(words, genitive) and not _owns_an_object(words, earlier):
        genitive = earlier  # "itfaiye ekiplerinin … sisteminin yenilenmesini istediği": the last genitive owns the
        # object, the one before it is the subject
    verb = said["verb"]
    passive = re.search(r"(?:[aeıioöuü]n|[^aeıioöuü\s][ıiuü][ln])[dt][ıiuü]ğ", verb)  # "yaşa-n-dığını"
    if genitive is None and passive and words and not any(re.search(r"[ıiuü]n[ıiuü]$", w) for w in words):
        pass  # "benzer bir don felaketi yaşandığını": a passive's subject is unmarked when indefinite
    elif genitive is None or not words or _owns_an_object(words, genitive):
        return ""  # "projesinin ilk etabını": the genitive owns an object; the reporter is the subject
    else:
        words[genitive] = _genitive_off(words[genitive])
    verb = _reported_finite(verb)
    told = " ".join([*words, verb])
    return _without_governed_phrases(told)


def _owner_participle(sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention],
                      said: re.Match[str]) -> str | None:
    """What a participle dated before the complement's subject tells, when the complement has a date of its own."""
    owner = re.match(r"\s+(?P<part>[a-zçğıöşü]{3,}y?[ae]n)\s+(?P<noun>(?:[a-zçğıöşü]+\s+){0,2}[a-zçğıöşü]+"
                     r"(?:n[ıiuü]n|[^aeıioöuü\W][ıiuü]n))\s", sentence[mention.end:clause[0] + said.start("verb")])
    if owner and any(mention.end + owner.end() <= m.start < clause[0] + said.start("verb") for m in mentions):
        # "… 1 Temmuz'da başlayan bu yılki çalışmaların 15 Eylül'e kadar süreceğini": with a date of the
        # complement's own after it, the first is the participle's, what happened to the complement's subject
        # ("Bu yılki çalışmalar başladı")
        from generator.importer.subjects import turkish_participle

        noun = owner["noun"].split()
        return " ".join([*noun[:-1], _genitive_off(noun[-1]), turkish_participle(f"x {owner['part']}").split()[-1]])
    return None


def _complement_start(raw: str, clause: tuple[int, int], mention: Mention, said: re.Match[str],
                      converb: re.Match[str] | None) -> int:
    """Where what a Turkish statement reports begins in ``raw``: after its reporter and any converb's report."""
    start = raw.rfind(",", 0, mention.start - clause[0]) + 1  # after the reporter set off by its comma
    if start and _GENITIVE.search(raw[:start - 1].split()[-1]) and "," not in raw[:start - 1] \
            and not any(w[:1].isupper() for w in raw[:start - 1].split()[1:]):
        start = 0  # "Mühür baskısının, | laboratuvar incelemelerinin ardından …": the complement's own subject, set
        # off by a comma, stays
    if converb and said is not converb and converb.end() <= mention.start - clause[0]:
        start = max(start, converb.end())  # "… yaşandığını hatırlatarak | gelecek ay …": what the converb reports
        # is no part of the second report
    return start


def _complement_words(words: list[str]) -> list[str]:
    """The words of a report without its topic particle, the setting it was said in and its reporter."""
    if "ise" in words and _GENITIVE.search(words[max(words.index("ise") - 1, 0)]):
        words.remove("ise")  # "rakamların ise …": the topic particle sets off the complement's own subject
    elif "ise" in words:  # "Altyapı Bakanlığı ise …": the reporter, set off by its topic particle
        words = words[words.index("ise") + 1:]
    setting = [i for i, w in enumerate(words) if re.fullmatch(r"(?:açıklama|konuşma|bildiri)(?:s[ıi]n)?da", w)]
    if setting:
        words = words[setting[-1] + 1:]  # "Kurumun açıklamasında …": where it was said, not what
    reporter = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    if reporter >= 2 or (reporter == 1 and words[0].isupper()):  # "Türkiye İstatistik Kurumu | yıllık …", "AFAD"
        words = words[reporter:]
    while words[:1] and re.fullmatch(r"(?:yaptığı|düzenlediği|katıldığı|basın|açıklamada|konuşmada|toplantıda|"
                                     r"toplantısında)", words[0]):
        words = words[1:]  # "yaptığı açıklamada": where it was said
    words = [w.rstrip(",") for w in words]
    return words


def _owns_an_object(words: list[str], genitive: int) -> bool:
    """Whether the genitive at ``genitive`` owns the accusative right after it ("projesinin ilk etabını")."""
    return any(re.search(r"[ıiuü]n[ıiuü]$", w) for w in words[genitive + 1:genitive + 3])


def _subject_genitive(words: list[str]) -> int | None:
    """The last genitive of a report that no postposition or count governs: the complement's subject."""
    return max((i for i, w in enumerate(words) if _GENITIVE.search(w) and w.lower() not in _TR_IN_STEMS and not (
        i + 1 < len(words) and re.fullmatch(_TR_POSTPOSITION, words[i + 1])) and not (
        (i > 0 and re.fullmatch(_TR_COUNT, words[i - 1].lower())) or (
            i > 1 and re.fullmatch(_TR_COUNT, words[i - 2].lower())
            and re.fullmatch(r"ton|kilogram|metre|kilometre|hektar|dönüm|litre", words[i - 1].lower())))),
        default=None)  # not "incelemelerin ardından" (a genitive a postposition governs), nor "12 bin ton zeytin"
    # (a noun after a count and its measure)


def _reported_finite(verb: str) -> str:
    """The verb of a reported complement as the finite verb it stands for."""
    verb = re.sub(r"([ae])c([ae])ğ[ıiuü](?:n[ıiuü])?$", r"\1c\2k", verb)  # "açıklanacağını" → "açıklanacak"
    verb = re.sub(r"([dt][ıiuü])ğ[ıiuü](?:n[ıiuü])?$", r"\1", verb)  # "etkilediğini" → "etkiledi"
    verb = re.sub(r"([dt])([ıiuü])kl([ae])r[ıi]n[ıi]$", r"\1\2l\3r", verb)  # "aştıklarını" → "aştılar"
    verb = re.sub(r"([ae])c([ae])kl([ae])r[ıi]n[ıi]$", r"\1c\2kl\3r", verb)  # "geleceklerini" → "gelecekler"
    return verb


def _without_governed_phrases(told: str) -> str:
    """A report over 80 characters without the phrases of a postposition and its genitive."""
    if len(told) > 80:  # a long report loses the phrases of a postposition and its genitive: "laboratuvar
        # incelemelerinin ardından"
        governed = r"(?:n[ıiuü]n|[^aeıioöuü\s][ıiuü]n|['’]n?[ıiuü]n)"
        told = re.sub(rf"(?:\s\S+)?\s\S+{governed}\s(?:{_TR_POSTPOSITION})(?=\s)", "", f" {told}").strip()
    return told


_TR_CONVERB = re.compile(r"(?P<verb>[a-zçğıöşü]{2,}?)(?:(?P<after>[dt][ıiuü]kt[ae]n)\s+sonra|(?P<by>y?[ae]r[ae]k))"
                         r"(?=[\s,]|$)")


def converb_clause(sentence: str, clause: tuple[int, int], at_start: tuple[int, int] | None, mention: Mention,
                   mentions: list[Mention]) -> str:
    """A Turkish clause with a converb ("zirve yaptıktan sonra", "artırılarak"): a date before the converb dates
    what it tells, in the past ("enflasyon Ekim 2022'de zirve yaptıktan sonra kasımda geriledi" → "enflasyon
    zirve yaptı"); a date after it, the main verb, without the converb's clause ("enflasyon geriledi"). The
    subject is the clause's own words before the date, or the sentence's opening ``at_start`` ("TÜİK verilerine
    göre yıllık enflasyon,"); "" when the clause has no converb."""
    raw = sentence[clause[0]:clause[1]]
    converb = next((m for m in _TR_CONVERB.finditer(raw) if m.group() not in ("olarak", "giderek")), None)
    if not converb:
        return ""
    offset = mention.start - clause[0]
    first = min((m.start for m in mentions if clause[0] <= m.start < clause[1]), default=mention.start) - clause[0]
    if first >= converb.start():
        return ""  # no date in the converb's clause: the clause as it is
    subject = tidy(remove_dates(raw[:first], clause[0], mentions, "tr"))  # the words before the clause's dates
    if not subject and at_start and at_start[1] == clause[0]:
        opening = tidy(sentence[at_start[0]:at_start[1]])
        subject = re.sub(r"^.*?\bgöre\s+", "", opening)  # "TÜİK verilerine göre yıllık enflasyon"
        if len(subject.split()) > 4:
            subject = ""
    if not subject:
        return ""
    if offset < converb.start():  # the converb's event
        what = tidy(remove_dates(raw[offset:converb.start()], mention.start, mentions, "tr"))
        verb = converb["verb"] + converb["after"][:2] if converb["after"] else _past(converb["verb"])
        return " ".join(p for p in (subject, what, verb) if p)
    rest = tidy(remove_dates(raw[converb.end():], clause[0] + converb.end(), mentions, "tr"))
    return " ".join(p for p in (subject, rest) if p) if rest else ""


# A passive verb of saying and its active past: "belirtildi" → "belirtti".
_TR_SAID_ACTIVE = {"belirtil": "belirtti", "açıklan": "açıkladı", "bildiril": "bildirdi", "kaydedil": "kaydetti",
                   "vurgulan": "vurguladı", "ifade edil": "ifade etti"}


def dated_document(sentence: str, mention: Mention) -> str:
    """A document dated by "tarihli" and set off in the locative before what a passive verb of saying reports from
    it ("2 Haziran 2022 tarihli bilirkişi raporunda, | yangının kısa devreden çıktığı belirtilmişti"): the document
    said it, "Bilirkişi raporu yangının kısa devreden çıktığını belirtti" (the first of two things it said); ""
    otherwise."""
    found = re.match(rf"\s*tarihli\s+(?P<noun>(?:[a-zçğıöşü]+\s+){{0,2}}[a-zçğıöşü]+?)n[dt][ae]\s*,\s*"
                     rf"(?P<rest>.+?)\s+(?P<said>{'|'.join(_TR_SAID_ACTIVE)})[a-zçğıöşü]*\s*\.?\s*$",
                     sentence[mention.end:])
    told = re.match(r"(?P<told>.+?[dt][ıiuü]ğ(?P<vowel>[ıiuü]))(?:\s+ve\s+|\s*,\s*|$)", found["rest"]) \
        if found else None
    if not told:
        return ""
    words = f"{told['told']}n{told['vowel']}".split()
    title = f"{found['noun']} {' '.join(words)} {_TR_SAID_ACTIVE[found['said']]}"
    participle = max((i for i, w in enumerate(words[1:-2], 1) if re.fullmatch(r"[a-zçğıöşü]{2,}y?[ae]n", w)),
                     default=None)
    if len(title) > 80 and participle is not None:  # "patlamanın | tüpe bağlı hortumda oluşan | gaz kaçağından":
        del words[1:participle + 1]  # the relative clause on a noun of the complement goes
        title = f"{found['noun']} {' '.join(words)} {_TR_SAID_ACTIVE[found['said']]}"
    return title


_TR_REPORT_TITLE = re.compile(rf"^(?P<said>.*?\s)?(?P<verb>[a-zçğıöşü]{{2,}}(?:[ae]c[ae]ğ|[dt][ıiuü]ğ)[ıiuü]n[ıiuü]|"
                              rf"[a-zçğıöşü]{{2,}}(?:[dt][ıiuü]k|[ae]c[ae]k)l[ae]r[ıi]n[ıi])"
                              rf"(?P<saying>\s+(?:{_TR_SAYING}|{_TR_SAYING_CONVERB}))?$")
# (the verb of saying may be a converb, or cut off: "Erhan Tunç, … son denetimleri yaptıklarını belirterek")


def report_as_told(title: str, bare: bool = False) -> str:
    """A Turkish title of a report too long for a headline told as what was reported: "Kızılırmak Deltası'nın,
    UNESCO … Listesi'ne alındığını hatırlattı" → "Kızılırmak Deltası UNESCO … Listesi'ne alındı"; "Yıldırım,
    … 38 firmanın katılacağını söyledi" → "… 38 firma katılacak"; with ``bare``, a report whose verb of saying is
    a converb or was cut off too ("… yaptıklarını belirterek" → "… yaptılar"); "" when it is no such report."""
    found = _TR_REPORT_TITLE.match(title)
    if not found or not found["said"] or not (bare or re.fullmatch(rf"\s+{_TR_SAYING}", found["saying"] or "")):
        return ""
    said = found["said"]
    head, comma, rest = said.partition(",")
    if comma and not _GENITIVE.search(head.split()[-1]):
        said = rest  # "Yıldırım, | …": the reporter set off by its comma
    elif not comma:  # "Meteoroloji Genel Müdürlüğü de | kar yağışının …": the reporter's capitalised words
        words = said.split()
        at = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        said = " ".join(words[at + 1 if words[at:at + 1] in (["de"], ["da"]) else at:])
    words = [w.rstrip(",") for w in said.split()]
    owners = [i for i, w in enumerate(words) if _GENITIVE.search(w) and w.lower() not in _TR_IN_STEMS
              and not (i + 1 < len(words) and (re.fullmatch(_TR_POSTPOSITION, words[i + 1])
                                               or re.search(r"(?:[ıiuü]n[ıiuü]|s[ıiuü]n[ıiuü])$", words[i + 1])))]
    if owners:  # the subject: no possessor of an object ("nakliyecilerin belini"), no postposition's
        words[owners[-1]] = _genitive_off(words[owners[-1]])
    if len(words) < 2:
        return ""
    told = " ".join([*words, _reported_finite(found["verb"])])
    return told[:1].upper() + told[1:]
