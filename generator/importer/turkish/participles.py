"""Turkish participles, verbal nouns and the subject a sentence sets off by its comma, told as what happened
("… dün öğleden sonra çıkan orman yangınına …" → "… orman yangını çıktı"), with the case endings they
take off a noun."""

from __future__ import annotations

import re

from generator.importer.dates import Mention
from generator.importer.lexicon.turkish import TR_NOT_PARTICIPLE
from generator.importer.titles import tidy

_TR_CASE = re.compile(r"(?:(?<=[ıiuü])(?:n[ae]|n[ıiuü]|n[dt][ae]n?)|(?<=[aeıioöuü])(?:y[ae]|y[ıiuü]))$")  # dative,
# accusative, locative, ablative; the buffer "n" only after a possessive ("yangınına", not "heyelan-da")
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
                     rf"(?!(?:{TR_NOT_PARTICIPLE}|beri)\s)"  # no adverb, adjective or noun in "-en/-an" ("4
                     # Mart'taki olağan toplantısında")
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
    place = r"(?:(?:[A-ZÇĞİÖŞÜ]|\d+['’.])[\w'’]*\s+)*(?:[a-zçğıöşü]+\s+){0,2}[\w'’]+(?:[dt][ae])"
    if before and not re.fullmatch(place, before):  # (an ordinal in a name: "İzmir 18'inci Asliye Ceza
        # Mahkemesi'nde", "Muğla 2. Ağır Ceza Mahkemesinde")
        return ""  # only a place may stand before the date in the relative clause: "… ilçesinde", "Yeni Yol
        # projesi kapsamında"
    noun = after["noun"].split()
    governed = re.match(rf"\s+(?:{_TR_OF_GENITIVE})\b", after.string[after.end():])
    if governed:  # "meydana gelen … depremlerin ardından" → "depremler meydana geldi"
        noun[-1] = _genitive_off(noun[-1])
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
    return " ".join([_genitive_off(subject["subject"]), noun, *after["comp"].split(), verb])


# Stems that end in "-ın/-in/-un/-ün" themselves: their genitive is no possessive with a buffer "n" ("yangının").
_TR_IN_STEMS = ("yangın", "kadın", "altın", "salgın", "ürün", "düğün", "zemin", "sürgün", "akın", "gün", "bin")
# Words that end in "-un/-ın" of their own and take no genitive: adjectives ("yoğun kar", "uzun süre").
_TR_UN_WORDS = ("yoğun", "uzun", "olgun", "bütün", "tutkun", "düzgün", "üstün", "dolgun")
# Stems that end in "-man/-men" themselves: their genitive is "-ın/-in" ("zamanın"), no verbal noun's "-nın".
_TR_MAN_STEMS = ("zaman", "liman", "orman", "düşman", "uzman", "duman", "kahraman", "öğretmen", "yönetmen", "eğitmen")


def _genitive_off(word: str) -> str:
    """A Turkish genitive without its ending, the subject it names: "rakamın" → "rakam", "hattının" → "hattı",
    "hattın" → "hat", "girmesinin" → "girmesi", "TÜİK'in" → "TÜİK", "yangının" → "yangın", "binanın" → "bina",
    "Bakanlığın" → "Bakanlık"."""
    if re.search(r"['’]n?[ıiuü]n$", word):
        return re.sub(r"['’]n?[ıiuü]n$", "", word)
    if word.lower() in _TR_UN_WORDS:
        return word
    if re.search(r"[aeoö]n[ıiuü]n$", word.lower()):  # "bina-nın" or "insan-ın": the lemma tells the stem
        import simplemma

        lemma = str(simplemma.lemmatize(word.lower(), lang="tr"))
        if lemma in (word[:-3].lower(), word[:-2].lower()):
            return word[:len(lemma)]
    stems = tuple(s + word[-2:] for s in _TR_IN_STEMS if len(s) > 3 or word.lower() == s + word[-2:])  # "bin-in",
    # not "ekibi-nin"
    if re.search(r"[ıiuü]n[ıiuü]n$", word) and not word.lower().endswith(stems):
        return word[:-3]  # a possessive's buffer "n": "hattı-nın", "girmesi-nin"; not "don-un"
    if re.search(r"m[ae]n[ıi]n$", word) and not word.lower().endswith(tuple(s + word[-2:] for s in _TR_MAN_STEMS)):
        return word[:-3]  # a verbal noun in "-me/-ma" takes "-nin": "görüşme-nin", "toplantıya katılma-nın"
    stem = word[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _TR_VOWELS:
        return stem[:-1]  # a final consonant doubles before a vowel: "hat-tın", "his-sin"
    return stem[:-1] + "k" if stem.endswith("ğ") else stem  # "etkinliğ-in" → "etkinlik"


def _past(stem: str) -> str:
    """The simple past of a Turkish verb stem: "artırıl" → "artırıldı", "yap" → "yaptı", "gör" → "gördü"."""
    vowel = next((c for c in reversed(stem) if c in _TR_VOWELS), "a")
    ending = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[vowel]
    return stem + ("t" if stem[-1] in "çfhkpsşt" else "d") + ending


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
    before[-1] = _genitive_off(before[-1])
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
    return " ".join([_genitive_off(described["genitive"]), *described["comp"].split(),
                     _finite_of_participle(described["part"])])
