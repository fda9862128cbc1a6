"""What a long Turkish title drops between its subject and its verb (the verb ends a Turkish clause): the titles
of a long name, a figure, a modifier in "-ki", an adjunct, a relative clause, a name before a compound noun."""

from __future__ import annotations

import re


def _turkish_without_setting(text: str) -> str:
    """A Turkish title without where what it says was said, and without the topic's "ise"."""
    text = re.sub(r"\s(?:yaptığı|düzenlediği|katıldığı) (?:basın )?(?:açıklamada|konuşmada|toplantıda|"
                  r"toplantısında)\b", "", text)  # "in the statement he made": where it was said
    return re.sub(r"(?<=\w)\s+ise(?=\s)", "", text)  # "Festival ise …": the topic's "as for" ties the
    # sentence to the one before it, which a headline does not have


def _turkish_figure(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the last figure among a Turkish headline's words before its verb: "yüzde 71,6'ya",
    "17 milyar dolarlık", "8 kişi" is kept (it is a subject)."""
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower() == "yüzde" and i + 1 < len(words) - 1:
            return (i, i + 2)
        if re.fullmatch(r"[\d.,]+", words[i]):
            end = i + 1
            while end < len(words) - 1 and words[end].lower() in ("milyar", "milyon", "bin"):
                end += 1
            if end < len(words) - 1 and re.search(r"l[ıiuü]k$", words[end]):
                return (i, end + 1)
    return None


# Turkish postpositions: each closes a phrase on the noun before it ("proje için", "gece boyunca", "yeni sezona
# ilişkin", "210 lira olarak"), an adjunct a headline can do without.
_TR_POSTPOSITIONS = {"için", "ilişkin", "dair", "yönelik", "boyunca", "kapsamında", "olarak", "göre", "karşı",
                     "rağmen", "itibaren", "nedeniyle", "dolayı", "hakkında", "üzerine", "sonrasında", "ait",
                     "üzere", "ardından", "katılımıyla", "eşliğinde", "öncesinde", "sırasında",
                     "sonucunda"}  # "mücadele etmek üzere": a purpose, as "… için" is; "sevkiyatın ardından",
# "Bakan'ın katılımıyla": a setting
# A Turkish participle that opens a relative clause on the noun after it: "bağlayacak", "çıkan", "geldiği".
_TR_PARTICIPLE = re.compile(r"\w{2,}(?:[ae]cak|[ae]cek|y?[ae]n|[dt][ıiuü]ğ[ıiuü]|[dt][ıiuü]kları|[dt][ıiuü]kleri)")
# A Turkish locative: "Bağdat'ta", "toplantıda", "ilçesinde".
_TR_LOCATIVE = re.compile(r"[A-ZÇĞİÖŞÜ][\w]*['’][dt][ae]")
# A compound name's head in the locative, its possessive before the apostrophe: "Tiyatrosu'nda", "Borsası'nda".
_TR_COMPOUND_NAME_LOCATIVE = re.compile(r"[A-ZÇĞİÖŞÜ]\w*[ıiuü]['’]n[dt][ae]")
_TR_LOCATIVE_OF = re.compile(r"[a-zçğıöşü]{3,}(?:[ıiuü]?n[dt][ae])")  # after a possessive: "ilçesinde", "ayında"
_TR_NAME_LOCATIVE = re.compile(r"[A-ZÇĞİÖŞÜ]\w{2,}(?:[ıiuü]n[dt][ae]|(?<=[ğkl][ıiuü])n[dt][ae])")  # "Bakanlığında"
_TR_LIGHT = re.compile(r"(?:et|ed|ol|yap|kıl|geç|gel|bulun)\w*")  # "müdahale etti", "bir araya geldi"


def _turkish_ki_modifier(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the last adjective in "-ki" of a Turkish headline before its verb, with the figure or name
    it ends ("250 metre uzunluğundaki", "İstanbul'daki", "kentteki"): the noun after it stays; None if none."""
    for i in range(len(words) - 2, 0, -1):
        if not re.fullmatch(r"\w{2,}(?:['’]?[dt][ae]ki|n[dt][ae]ki)", words[i]) or words[i].endswith(","):
            continue
        start = i
        while start > 0 and i - start < 3 and not words[start - 1].endswith(",") and (
                re.fullmatch(r"[\d.,]+|metre|kilometre|ton|kilo|yıl|gün|saat|yaş", words[start - 1])
                or (words[start - 1][:1].isupper() and words[i][:1].isupper())):
            start -= 1  # "250 metre uzunluğundaki"
        if start == i and i > 1 and re.search(r"[a-zçğıöşü][ıiuü]n[dt][ae]ki$", words[i]) \
                and re.fullmatch(r"[a-zçğıöşü]{2,}", words[i - 1]) \
                and not re.search(r"(?:s[ıiuü]|[ıiuü]n|y[ıiuü]|[dt][ae]n?|n[ae]|y[ae]|l[ae]r)$", words[i - 1]):
            start -= 1  # "kafilenin uçuş programındaki": a compound's possessive ending ("program-ı-nda") takes its
            if start > 1 and re.fullmatch(r"[a-zçğıöşü]+(?:n[ıiuü]n|[^aeıioöuü\W][ıiuü]n)", words[start - 1]):
                start -= 1  # first noun, and the genitive it may call for, along
        return (start, i + 1)
    return None


def _turkish_adjunct(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the last adjunct of a Turkish clause before its verb (its last two words): a postposition
    with its noun (and the name, figure or relative clause that noun ends), else a locative (with a participle
    before it: "düzenlenecek toplantıda"); the clause's first word (its subject) stays unless a postposition
    closes it ("Proje kapsamında inşa edilen …")."""
    light = _TR_LIGHT.fullmatch(words[-1]) and words[-2][:1].islower() and not re.search(r"[dt][ae]$", words[-2])
    last = len(words) - (2 if light else 1)  # the verb, with the noun of a light verb ("müdahale etti")
    for i in range(last - 1, 0, -1):
        if words[i].lower() not in _TR_POSTPOSITIONS:
            continue
        start = i - 1
        while start > 0 and (words[start - 1][:1].isupper() or re.fullmatch(r"[\d.,]+", words[start - 1])
                             or (words[start - 1] == "ve" and start > 1 and words[start - 2][:1].isupper())) \
                and not words[start - 1].endswith(","):
            start -= 1  # "Kalkınma Yolu Projesi'ne ilişkin", "210 lira olarak", "Sanayi ve … Bakanı …'ın"
        if re.fullmatch(r"\w+m[ae]k", words[start]) and start > 1:  # "… ücreti belirlemek için": a purpose
            comma = max((j for j in range(start) if words[j].endswith(",")), default=0)  # clause, objects and all
            return (comma + 1, i + 1)
        if start > 0 and _TR_PARTICIPLE.fullmatch(words[start - 1]):  # "… sınırına bağlayacak proje için"
            comma = max((j for j in range(start - 1) if words[j].endswith(",")), default=None)
            if comma is None:
                continue
            start = comma + 1
        return (start, i + 1)
    for i in range(last - 1, 0, -1):
        word = words[i].strip(",")
        article = int(i > 2 and words[i - 1] == "bir")  # "yapılacak bir törende": the indefinite article between
        after_participle = i > 1 + article and _TR_PARTICIPLE.fullmatch(words[i - 1 - article]) is not None \
            and word[:1].islower()
        if _TR_LOCATIVE_OF.fullmatch(word) and not after_participle:
            start = i  # a compound's head takes its nouns and their genitive along: "İzmir'in Menderes ilçesinde"
            if start > 1 and not re.search(r"['’]|[dt][ae]$|y[ıiuü]$|n[ıiuü]n$", words[start - 1]):
                start -= 1  # "yıl sonunda", "Menderes ilçesinde"
            if start > 1 and re.search(r"['’]n?[ıiuü]n$", words[start - 1]):  # a place name's genitive: "İzmir'in"
                start -= 1
            return (start, i + 1)
        if _TR_NAME_LOCATIVE.fullmatch(word) and i > 1:  # "Çalışma ve Sosyal Güvenlik Bakanlığında": a name
            start = i                                       # takes no apostrophe before its case ending
            while start > 1 and (words[start - 1][:1].isupper() or words[start - 1] == "ve") \
                    and not words[start - 1].endswith(","):
                start -= 1
            return (start, i + 1)
        if _TR_COMPOUND_NAME_LOCATIVE.fullmatch(word):  # "Merinos Parkı Açık Hava Tiyatrosu'nda": the name's head
            start = i                                      # and the nouns before it go together
            while start > max(0, i - 4) and words[start - 1][:1].isupper() and "'" not in words[start - 1] \
                    and "’" not in words[start - 1] and not words[start - 1].endswith(","):
                start -= 1
            if start == 0 or not words[start - 1][:1].isdigit():  # not "15 Temmuz Şehitler Köprüsü'nde"
                return (start, i + 1)
        if _TR_LOCATIVE.fullmatch(word) or (after_participle and re.fullmatch(r"\w{3,}[dt][ae]", word)):
            return (i - 1 - article if after_participle else i, i + 1)  # "düzenlenecek (bir) toplantıda"
    return None


# A Turkish object participle, its subject's person on it: "diktiği", "açacakları", "yazdıkları".
_TR_OBJECT_PARTICIPLE = re.compile(r"\w{2,}(?:[dt][ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıi]|[dt][ıiuü]kl[ae]r[ıi]|"
                                   r"[ae]c[ae]kl[ae]r[ıi])")


def _turkish_object_relative(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the last relative clause of a Turkish headline that ends on an object participle before the
    noun it describes ("gönüllülerin özenle diktiği | fidanların"), from its comma or the first word on: the noun
    stays; None if none or if nothing but the verb follows the noun."""
    for i in range(len(words) - 3, 0, -1):
        if _TR_OBJECT_PARTICIPLE.fullmatch(words[i]) and (
                words[i + 1][:1].islower() or words[i + 1][:1].isdigit()  # "kattığı | 40 yeni iş makinesi"
                or re.search(r"['’]n?[ıiuü]n$", words[i - 1])):  # "Federasyonu'nun düzenleyeceği | Bölgesel …"
            start = max((j + 1 for j in range(i) if words[j].endswith(",")), default=0)
            end = i + 1
            if re.fullmatch(r"\w{3,}(?:[ıiuü]l|[ıiuü]n)[ae]n", words[end]) and end < len(words) - 2:
                end += 2 if words[end + 1] == "ve" else 1  # "… olduğu düşünülen (ve)": the passive participle
                # the clause is the subject of describes the noun as well
            return (start, end) if i > start else None
    return None


# A Turkish subject participle, the noun after it the doer of its clause: "oluşan", "geçen", "planlanan".
_TR_SUBJECT_PARTICIPLE = re.compile(r"[a-zçğıöşü]{2,}(?:[ae]n|y[ae]n)")
_TR_NOT_PARTICIPLE = {"önceden", "sonradan", "yeniden", "birden", "hemen", "beri", "itibaren", "tarafından",
                      "yan", "zaman", "bin", "ben", "sen", "den", "ten", "dan", "tan", "nden", "ndan"}


def _turkish_subject_relative(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the last relative clause of a Turkish headline that ends on a subject participle before
    the noun it describes ("Peri bacaları arasından geçen | parkuru"), from its comma, the dative of the clause
    around it ("halk koşusuna | … oluşan kişi") or the first word on: the noun stays; None if none or if nothing
    but the verb follows the noun."""
    for i in range(len(words) - 3, 0, -1):
        word = words[i]
        if not _TR_SUBJECT_PARTICIPLE.fullmatch(word) or word in _TR_NOT_PARTICIPLE \
                or re.search(r"(?:[dt][ae]n|n[dt][ae]n|[dt][ıiuü]ktan|m[ae]kten)$", word):  # an ablative
            continue
        start = max((j + 1 for j in range(i) if words[j].endswith(",")
                     or (re.fullmatch(r"[a-zçğıöşü]+(?<=[aeıioöuü])[yn][ae]", words[j]) and j + 1 < i)), default=0)
        return (start, i + 1) if i > start else None
    return None


def _turkish_long_name(words: list[str]) -> tuple[int, int] | None:
    """The words to drop from a Turkish clause's opening name of more than two words, up to its comma or its
    first lowercase word: all but its last two ("Dışişleri Bakanı Hakan Fidan" → "Hakan Fidan", "Türkiye
    Cumhuriyet Merkez Bankası" → "Merkez Bankası")."""
    end = 0
    while end < len(words) - 2 and (words[end][:1].isupper() or (words[end] == "ve" and end > 0)):
        end += 1
        if words[end - 1].endswith(","):
            break
    if not words[end - 1].endswith(",") and end < 4:
        return None  # a name and a capitalised object after it: "Toprak Mahsulleri Ofisi Giresun kalite …"
    return (0, end - 2) if end > 2 else None


def _turkish_name_before_compound(words: list[str]) -> int | None:
    """The index of a name before a compound noun ("Ümraniye-Ataşehir-Göztepe metro hattının"), or None."""
    return next((i for i in range(1, len(words) - 2) if words[i][:1].isupper() and not words[i].endswith(",")
                 and "'" not in words[i] and "’" not in words[i] and words[i + 1][:1].islower()
                 and not {words[i - 1], words[i + 1]} & {"ile", "ve"}  # "Asya ile Avrupa": joined names
                 and any(re.search(r"(?:s?[ıiuü]|s?[ıiuü]n[ıiuü]n|s?[ıiuü]n[ıiuü])$", w)
                         for w in words[i + 1:i + 3] if w[:1].islower())), None)


def _turkish_span(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the next words a long Turkish title drops between its subject and its verb, or None."""
    name = _turkish_long_name(words)
    if name:  # "Dışişleri Bakanı Hakan Fidan," → "Hakan Fidan,"
        return name
    figure = _turkish_figure(words)
    if figure:  # "yüzde 71,6'ya", "17 milyar dolarlık": the figure goes before the verb does
        return figure
    modifier = _turkish_ki_modifier(words)
    if modifier:  # "250 metre uzunluğundaki tankeri" → "tankeri": a modifier of the noun after it
        return modifier
    adjunct = _turkish_adjunct(words)
    if adjunct:  # "gece boyunca", "proje için", "İstanbul'da": phrases the verb does not need
        return adjunct
    relative = _turkish_object_relative(words)
    if relative:  # "gönüllülerin diktiği fidanların bakımı" → "fidanların bakımı": the noun without its
        # clause
        return relative
    relative = _turkish_subject_relative(words)
    if relative:  # "çoğu turistlerden oluşan 3 bini aşkın kişi" → "3 bini aşkın kişi": the noun without
        return relative  # the clause its participle closes
    before = _turkish_name_before_compound(words)
    if before is not None:  # "Ümraniye-Ataşehir-Göztepe metro hattının" → "metro hattının": a name that
        return (before, before + 1)  # modifies a compound noun goes before the noun does
    return None
