"""Turkish titles: the subject a sentence sets off by its comma, and a dated participle told as what happened.

"Tarım ve Orman Bakanı İbrahim Yumaklı, | dün … geldiği toplantıda" opens with the subject of
the clauses after it (a name's abbreviation in brackets stands for it: "Toprak Mahsulleri
Ofisi (TMO)," → "TMO"); a date right before a participle dates the relative clause it closes
("… dün öğleden sonra çıkan orman yangınına …" → "… orman yangını çıktı").
"""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.titles import remove_dates, tidy

_TR_CASE = re.compile(r"(?<=[aeıioöuü])(?:n[ae]|n[ıiuü]|n[dt][ae]n?|y[ae]|y[ıiuü])$")  # dative, accusative, locative,
# ablative
_TR_WITH = re.compile(r"(?:(?<=[^aeıioöuü\W])l[ae]|(?<=[aeıioöuü])yl[ae])$")  # the instrumental: "yönetmelikle"
# A locative or ablative on a noun with no possessive, after its consonant: "onarımlarda", "kentte", "okuldan".
_TR_PLAIN_LOCATIVE = re.compile(r"(?<=\w{2}[^aeıioöuü\W])[dt][ae]n?$")
_TR_CASELESS = r"için|nedeniyle|yüzünden|sonrasında"  # postpositions after a bare noun ("tanker nedeniyle")
_TR_GENITIVE = re.compile(r"\w(?:n[ıiuü]n|[ıiuü]n)$")
_TR_OF_GENITIVE = r"ardından"  # a postposition after a noun in the genitive: "depremlerin ardından"


def dated_participle(sentence: str, clause: tuple[int, int], mention: Mention, subject_of_clause: bool = False
                     ) -> str:
    """A Turkish date right before a participle dates the relative clause it closes, told as what happened to
    the noun it describes: "İzmir'in Menderes ilçesinde dün öğleden sonra çıkan orman yangınına ekipler …
    müdahale etti" → "İzmir'in Menderes ilçesinde orman yangını çıktı"; a name with its case after an apostrophe
    too ("1936'da imzalanan Montrö Sözleşmesi'nin" → "Montrö Sözleşmesi imzalandı"); a noun in the genitive, the
    subject of a clause of its own, only with ``subject_of_clause`` (when that clause tells nothing else); ""
    otherwise."""
    from generator.importer.subjects import turkish_participle

    after = re.match(r"\s+(?:(?:sabah|akşam|gece|öğleden sonra|saatlerinde|tarihinde|tarihlerinde)\s+)?"  # the date's
                     # own words: "dün akşam", "9-11 Mayıs tarihlerinde"
                     r"(?P<comp>(?:[\w'’-]+\s+){1,3}tarafından\s+(?:[a-zçğıöşü]+\s+)?|"  # its agent: "jandarma
                     # tarafından (gözaltına)"
                     r"(?:(?:[a-zçğıöşü]+['’]?[a-zçğıöşü]*|[A-ZÇĞİÖŞÜ][\w]*['’][dt][ae])\s+){0,2}?)"
                     r"(?!(?:yeniden|önceden|sonradan|birden|hemen|itibaren|beri)\s)"  # no adverb in "-en"
                     r"(?P<part>[a-zçğıöşü]{3,}(?:y?[ae]n|[ae]c[ae]k)(?<!l[ae]r[dt][ae]n)(?<![ıiuü]n[dt][ae]n))\s+"
                     # (no ablative of a plural or a possessive: "köylerden", "ilçesinden")
                     r"(?P<noun>(?:[A-ZÇĞİÖŞÜ][\w-]*\s+){0,3}[A-ZÇĞİÖŞÜ][\w-]*['’][a-zçğıöşü]+(?=[\s,.;]|$)|"
                     r"(?:(?![\w'’-]*(?:[^aeıioöuü\W][ıiuü]n|[aeıioöuü]y[ıiuü])\s)"  # no genitive or accusative (its
                     r"(?:[a-zçğıöşü]|[A-ZÇĞİÖŞÜ](?=[\w-]*\s+[a-zçğıöşü]))[\w'’-]*\s+){0,4}?"  # own clause's)
                     r"(?:[a-zçğıöşü]{3,}(?:n[ae]|y[ae]|[dt][ae]n?|(?<=[^aeıioöuü\W])l[ae]|yl[ae])(?=[\s,.;]|$)|"  # its
                     rf"[a-zçğıöşü]{{3,}}[ıiuü]n(?=\s+(?:{_TR_OF_GENITIVE})\b)|"  # a genitive a postposition takes
                     # case: "orman yangınına", "yönetmelikle"
                     rf"[a-zçğıöşü]{{3,}}(?=\s+(?:[a-zçğıöşü]+m[ae]k|{_TR_CASELESS})\b|"
                     r"\s*[,.;]|\s*$|"  # else what follows: an infinitive, a postposition,
                     r"\s+(?![^\s,]*(?:n[ae]|y[ae]|[dt][ae]n?),)\S+\s*[.;]?\s*$)))",  # the clause's end or
                     sentence[mention.end:clause[1]])  # its verb, not a noun in its case set off: "karar duruşmasına,"
    if not after or (after["comp"] and not after["part"].endswith(("cak", "cek")) and not re.fullmatch(
            r"[a-zçğıöşü]+(?:y?[ae])\s+|[a-zçğıöşü]{3,}\s+[a-zçğıöşü]+(?:[aeıioöuü]s|[^aeıioöuü\W])[ıiuü]\s+|"
            r"[A-ZÇĞİÖŞÜ]\w*['’][dt][ae]\s+|(?:[\w'’-]+\s+){1,3}tarafından\s+(?:[a-zçğıöşü]+\s+)?", after["comp"])):
        return ""  # what stands between the date and a past participle may be its own clause's, but for the
        # dative of a verb's phrase ("hizmete giren", "göreve gelen") and a bare object ("makine arızası yapan")
    before = tidy(sentence[clause[0]:mention.start])
    if re.search(r"(?:,|\sise)$", sentence[clause[0]:mention.start].rstrip()):
        before = ""  # "Hükümet, | 1 Temmuz'da yürürlüğe girecek …": the subject set off, the relative clause after
        # (or set off by the "ise" of a topic: "Kalan takımlar ise | 9 Mayıs'ta düzenlenecek turnuvada …")
    if before and not re.fullmatch(r"(?:(?:[A-ZÇĞİÖŞÜ]|\d+['’])[\w'’]*\s+)*(?:[a-zçğıöşü]+\s+){0,2}[\w'’]+(?:[dt][ae])",
                                   before):  # (an ordinal in a name: "İzmir 18'inci Asliye Ceza Mahkemesi'nde")
        return ""  # only a place may stand before the date in the relative clause: "… ilçesinde", "Yeni Yol
        # projesi kapsamında"
    noun = after["noun"].split()
    governed = re.match(rf"\s+(?:{_TR_OF_GENITIVE})\b", after.string[after.end():])
    if governed:  # "meydana gelen … depremlerin ardından" → "depremler meydana geldi"
        noun[-1] = _nominative(noun[-1])
    elif _TR_GENITIVE.search(noun[-1]) and not subject_of_clause:
        return ""  # "yaşanan zirai donun rekolteyi etkilediği": the noun is the subject of a clause of its own
    postposition = governed or re.match(rf"\s+(?:{_TR_CASELESS})\b", after.string[after.end():])  # a bare noun
    noun[-1] = re.sub(r"['’]\w+$", "", noun[-1]) if noun[-1][:1].isupper() else \
        noun[-1] if postposition else _TR_WITH.sub("", _TR_CASE.sub("", noun[-1]))  # "yangınına" → "yangını",
    # "yönetmelikle" → "yönetmelik", "Sözleşmesi'nin" → "Sözleşmesi", "yolcu treni nedeniyle": "treni"
    if not postposition and noun[-1][:1].islower():
        noun[-1] = _TR_PLAIN_LOCATIVE.sub("", noun[-1])  # "onarımlarda", "kentten" → "onarımlar", "kent"
    verb = turkish_participle(f"x {after['part']}").split()[-1]  # "çıkan" → "çıktı"; "girecek" stays
    return " ".join([*before.split(), *noun, *after["comp"].split(), verb])


def opening_subject(sentence: str, first: tuple[int, int]) -> str:
    """The name a Turkish sentence opens with, set off by its comma, when it is all its first clause: the
    subject of the clauses after it ("Tarım ve Orman Bakanı İbrahim Yumaklı, | dün … geldiği toplantıda …");
    a name's abbreviation in brackets stands for it ("Toprak Mahsulleri Ofisi (TMO)," → "TMO"); else ""."""
    raw = sentence[first[0]:first[1]].strip()
    short = re.fullmatch(r"[^()]+\((?P<abbr>[A-ZÇĞİÖŞÜ]{2,})\),?", raw)
    if short:
        return short["abbr"]
    described = re.fullmatch(r".*\s[a-zçğıöşü]{2,}y?[ae]n\s+(?P<name>(?:[A-ZÇĞİÖŞÜ][\w'’-]*\s+){0,3}"
                             r"[A-ZÇĞİÖŞÜ][\w'’-]*)", tidy(raw))
    if described and raw.endswith(","):  # "İşçi tarafını temsil eden Türk-İş," → "Türk-İş": the name a relative
        return described["name"]          # clause describes
    words = tidy(raw).split()
    if not 1 <= len(words) <= 8 or not all(w[:1].isupper() or w in ("ve", "ile") for w in words):
        return ""
    return tidy(raw).rstrip(",")


_TR_VOWELS = "aıoueiöü"


def _accusative(noun: str) -> str:
    """A Turkish noun (its dative or locative ending off) in the accusative: "rapor" → "raporu", "tasarı" →
    "tasarıyı", "kitap" → "kitabı"."""
    last = next((c for c in reversed(noun) if c in _TR_VOWELS), "a")
    ending = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    if noun[-1] in _TR_VOWELS:
        return noun + "y" + ending
    if sum(c in _TR_VOWELS for c in noun) > 1 and noun[-1] in "kpç":
        noun = noun[:-1] + {"k": "ğ", "p": "b", "ç": "c"}[noun[-1]]
    return noun + ending


def _nominative(genitive: str) -> str:
    """The subject a Turkish genitive names: "Konfederasyonun" → "Konfederasyon", "TÜİK'in" → "TÜİK",
    "Bakanlığın" → "Bakanlık", "Bankasının" → "Bankası"."""
    stem = _genitive_off(genitive)
    return stem[:-1] + "k" if stem.endswith("ğ") else stem


def object_participle(sentence: str, clause: tuple[int, int], mention: Mention) -> str:
    """A dated Turkish object relative clause told as what its subject did: "Konfederasyonun geçen hafta
    yayımladığı rapora göre" (by the report the confederation published last week) → "Konfederasyon raporu
    yayımladı"; "Bakanlığın dün açıklayacağı plan" → "Bakanlık planı açıklayacak"; "" otherwise."""
    subject = re.search(r"(?:^|\s)(?P<subject>(?:[A-ZÇĞİÖŞÜ][\w-]*\s+){0,3}[A-ZÇĞİÖŞÜ][\w'’-]*"
                        r"(?:n[ıiuü]n|[ıiuü]n))\s*$", sentence[clause[0]:mention.start])
    after = re.match(r"\s+(?P<comp>(?:[\w'’]+\s+){0,2}?)(?P<part>[a-zçğıöşü]{3,}(?:[dt][ıiuü]|[ae]c[ae])"
                     r"(?:ğ[ıiuü]|kları|kleri))\s+(?P<noun>[a-zçğıöşü]{3,})(?:\s+(?P<head>[a-zçğıöşü]{3,}s?[ıiuü]))?(?!\w)",
                     sentence[mention.end:clause[1]])
    if not subject or not after:
        return ""
    part = after["part"]
    verb = re.sub(r"([ae])c([ae])ğ[ıiuü]$", r"\1c\2k", re.sub(r"([dt][ıiuü])ğ[ıiuü]$", r"\1", part))
    verb = re.sub(r"([dt])([ıiuü])k(?:ları|leri)$", lambda m: m.group(1) + m.group(2) + ("lar" if m.group(2) in "ıu"
                                                                                          else "ler"), verb)
    if after["head"]:  # "faiz kararı": a compound, its head possessive, takes "-nı" ("faiz kararını")
        head = after["head"]
        noun = f"{after['noun']} {head}n{_accusative(head)[-1]}"
    else:
        noun = _accusative(re.sub(r"(?<=[^aıoueiöü])(?:[dt][ae]n?|[ae])$|(?<=[aıoueiöü])(?:y[ae]|[dt][ae]n?)$", "",
                                  after["noun"]))
    return " ".join([_nominative(subject["subject"]), noun, *after["comp"].split(), verb])


# Stems that end in "-ın/-in/-un/-ün" themselves: their genitive is no possessive with a buffer "n" ("yangının").
_TR_IN_STEMS = ("yangın", "kadın", "altın", "salgın", "ürün", "düğün", "zemin", "sürgün", "akın", "gün", "bin")
# Stems that end in "-man/-men" themselves: their genitive is "-ın/-in" ("zamanın"), no verbal noun's "-nın".
_TR_MAN_STEMS = ("zaman", "liman", "orman", "düşman", "uzman", "duman", "kahraman", "öğretmen", "yönetmen", "eğitmen")
_TR_SAYING = r"(?:söyledi|açıkladı|bildirdi|belirtti|duyurdu|kaydetti|ifade etti|vurguladı|aktardı|hatırlattı|" \
    r"söylemişti|açıklamıştı|bildirmişti)"


def _genitive_off(word: str) -> str:
    """A Turkish genitive without its ending: "rakamın" → "rakam", "hattının" → "hattı", "girmesinin" →
    "girmesi", "TÜİK'in" → "TÜİK", "yangının" → "yangın"."""
    if re.search(r"['’]n?[ıiuü]n$", word):
        return re.sub(r"['’]n?[ıiuü]n$", "", word)
    stems = tuple(s + word[-2:] for s in _TR_IN_STEMS if len(s) > 3 or word.lower() == s + word[-2:])  # "bin-in",
    # not "ekibi-nin"
    if re.search(r"[ıiuü]n[ıiuü]n$", word) and not word.lower().endswith(stems):
        return word[:-3]  # a possessive's buffer "n": "hattı-nın", "girmesi-nin"; not "don-un"
    if re.search(r"m[ae]n[ıi]n$", word) and not word.lower().endswith(tuple(s + word[-2:] for s in _TR_MAN_STEMS)):
        return word[:-3]  # a verbal noun in "-me/-ma" takes "-nin": "görüşme-nin", "toplantıya katılma-nın"
    return word[:-2]


_TR_POSTPOSITION = r"ardından|sonrasında|öncesinde|nedeniyle|yüzünden|için|gibi|kadar|üzerine|karşı|tarafından|" \
    r"sırasında|boyunca|yerine"
_TR_COUNT = r"\d[\d.,]*|bin|milyon|milyar"
_TR_SAYING_PARTICIPLE = r"(?:söyleyen|açıklayan|bildiren|belirten|kaydeden|ifade eden|vurgulayan|aktaran|hatırlatan)"
# A converb of saying, what it reports before it and the main clause after: "… yaşandığını hatırlatarak, …".
_TR_SAYING_CONVERB = r"(?:söyleyerek|açıklayarak|bildirerek|belirterek|kaydederek|ifade ederek|vurgulayarak|" \
    r"aktararak|hatırlatarak)"
_TR_SAID_PASSIVE = r"(?:belirtil|açıklan|bildiril|duyurul|kaydedil|ifade edil|vurgulan)[a-zçğıöşü]*"


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
    owner = re.match(r"\s+(?P<part>[a-zçğıöşü]{3,}y?[ae]n)\s+(?P<noun>(?:[a-zçğıöşü]+\s+){0,2}[a-zçğıöşü]+"
                     r"(?:n[ıiuü]n|[^aeıioöuü\W][ıiuü]n))\s", sentence[mention.end:clause[0] + said.start("verb")])
    if owner and any(mention.end + owner.end() <= m.start < clause[0] + said.start("verb") for m in mentions):
        # "… 1 Temmuz'da başlayan bu yılki çalışmaların 15 Eylül'e kadar süreceğini": with a date of the
        # complement's own after it, the first is the participle's, what happened to the complement's subject
        # ("Bu yılki çalışmalar başladı")
        from generator.importer.subjects import turkish_participle

        noun = owner["noun"].split()
        return " ".join([*noun[:-1], _genitive_off(noun[-1]), turkish_participle(f"x {owner['part']}").split()[-1]])
    start = raw.rfind(",", 0, mention.start - clause[0]) + 1  # after the reporter set off by its comma
    if start and _GENITIVE.search(raw[:start - 1].split()[-1]) and "," not in raw[:start - 1] \
            and not any(w[:1].isupper() for w in raw[:start - 1].split()[1:]):
        start = 0  # "Mühür baskısının, | laboratuvar incelemelerinin ardından …": the complement's own subject, set
        # off by a comma, stays
    if converb and said is not converb and converb.end() <= mention.start - clause[0]:
        start = max(start, converb.end())  # "… yaşandığını hatırlatarak | gelecek ay …": what the converb reports
        # is no part of the second report
    words = tidy(remove_dates(raw[start:said.start("verb")], clause[0] + start, mentions, "tr")).split()
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
    genitive = max((i for i, w in enumerate(words) if _GENITIVE.search(w) and w.lower() not in _TR_IN_STEMS and not (
        i + 1 < len(words) and re.fullmatch(_TR_POSTPOSITION, words[i + 1])) and not (
        (i > 0 and re.fullmatch(_TR_COUNT, words[i - 1].lower())) or (
            i > 1 and re.fullmatch(_TR_COUNT, words[i - 2].lower())
            and re.fullmatch(r"ton|kilogram|metre|kilometre|hektar|dönüm|litre", words[i - 1].lower())))),
        default=None)  # not "incelemelerin ardından" (a genitive a postposition governs), nor "12 bin ton zeytin"
    # (a noun after a count and its measure)
    verb = said["verb"]
    passive = re.search(r"(?:[aeıioöuü]n|[^aeıioöuü\s][ıiuü][ln])[dt][ıiuü]ğ", verb)  # "yaşa-n-dığını"
    if genitive is None and passive and words and not any(re.search(r"[ıiuü]n[ıiuü]$", w) for w in words):
        pass  # "benzer bir don felaketi yaşandığını": a passive's subject is unmarked when indefinite
    elif genitive is None or not words or any(re.search(r"[ıiuü]n[ıiuü]$", w)
                                              for w in words[genitive + 1:genitive + 3]):
        return ""  # "projesinin ilk etabını": the genitive owns an object; the reporter is the subject
    else:
        words[genitive] = _genitive_off(words[genitive])
    verb = re.sub(r"([ae])c([ae])ğ[ıiuü](?:n[ıiuü])?$", r"\1c\2k", verb)  # "açıklanacağını" → "açıklanacak"
    verb = re.sub(r"([dt][ıiuü])ğ[ıiuü](?:n[ıiuü])?$", r"\1", verb)  # "etkilediğini" → "etkiledi"
    verb = re.sub(r"([dt])([ıiuü])kl([ae])r[ıi]n[ıi]$", r"\1\2l\3r", verb)  # "aştıklarını" → "aştılar"
    told = " ".join([*words, verb])
    if len(told) > 80:  # a long report loses the phrases of a postposition and its genitive: "laboratuvar
        # incelemelerinin ardından"
        governed = r"(?:n[ıiuü]n|[^aeıioöuü\s][ıiuü]n|['’]n?[ıiuü]n)"
        told = re.sub(rf"(?:\s\S+)?\s\S+{governed}\s(?:{_TR_POSTPOSITION})(?=\s)", "", f" {told}").strip()
    return told


_TR_CONVERB = re.compile(r"(?P<verb>[a-zçğıöşü]{2,}?)(?:(?P<after>[dt][ıiuü]kt[ae]n)\s+sonra|(?P<by>y?[ae]r[ae]k))"
                         r"(?=[\s,]|$)")


def _past(stem: str) -> str:
    """The simple past of a Turkish verb stem: "artırıl" → "artırıldı", "yap" → "yaptı", "gör" → "gördü"."""
    vowel = next((c for c in reversed(stem) if c in _TR_VOWELS), "a")
    ending = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[vowel]
    return stem + ("t" if stem[-1] in "çfhkpsşt" else "d") + ending


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


_TR_GENITIVE_WORD = r"[\w'’]+(?:n[ıiuü]n|[^aeıioöuü\W][ıiuü]n|['’]n?[ıiuü]n)"
_TR_BECAUSE = r"nedeniyle|sonucu|sonucunda|üzerine|yüzünden|dolayısıyla"


def _finite_of_participle(participle: str) -> str:
    """A Turkish object or subject participle as the finite verb it stands for: "açıklanacağı" → "açıklanacak",
    "ereceği" → "erecek", "imzaladığı" → "imzaladı"."""
    verb = re.sub(r"([ae])c([ae])ğ[ıiuü]$", r"\1c\2k", participle)
    return re.sub(r"([dt][ıiuü])ğ[ıiuü]$", r"\1", verb)


def caused_verbal_noun(sentence: str, clause: tuple[int, int], mention: Mention) -> str:
    """A date inside a Turkish cause phrase, its subject in the genitive before it and a verbal noun in
    "-ma/-me" after it ("Okulların 5 Eylül'de açılması nedeniyle trafik arttı"): what the verbal noun tells, in
    the past, "Okullar açıldı"; the words of its clause before the subject (its place) stay; "" otherwise."""
    before = tidy(sentence[clause[0]:mention.start]).split()
    after = re.match(rf"\s+(?P<comp>(?:[\w'’]+\s+){{0,3}}?)(?P<noun>[a-zçğıöşü]{{2,}}m[ae]s[ıi])\s+(?:{_TR_BECAUSE})\b",
                     sentence[mention.end:clause[1]])
    if not after or not before or len(before) > 6 or not re.fullmatch(_TR_GENITIVE_WORD, before[-1]):
        return ""
    before[-1] = _nominative(before[-1])
    return " ".join([*before, *after["comp"].split(), _past(after["noun"][:-4])])


def participle_of_the_date(sentence: str, clause: tuple[int, int], mention: Mention) -> str:
    """A Turkish date that a relative clause describes, its subject in the genitive ("kuruluşun kurulduğu 1923
    yılında", "fuarın açılacağı 12 Mayıs'ta"): what that clause tells, "Kuruluş kuruldu", "Fuar açılacak"; ""
    otherwise."""
    described = re.search(rf"(?:^|\s)(?P<genitive>{_TR_GENITIVE_WORD})\s+(?P<comp>(?:[\w'’]+\s+){{0,3}}?)"
                          r"(?P<part>[a-zçğıöşü]{2,}(?:[ae]c[ae]ğ|[dt][ıiuü]ğ)[ıiuü])\s*$",
                          sentence[clause[0]:mention.start])
    if not described:
        return ""
    return " ".join([_nominative(described["genitive"]), *described["comp"].split(),
                     _finite_of_participle(described["part"])])


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
