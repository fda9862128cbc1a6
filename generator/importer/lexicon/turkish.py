"""Turkish dates: tense cues, relative words, the endings a month or weekday takes and the words of a year."""

from __future__ import annotations

from generator.importer.lexicon.numbers import _COUNT

# Turkish words that end as a past tense does and are none: numbers, "olağanüstü", nouns in "-t" with their
# possessive ("şirketi", "hükümeti", "toplantı").
# Turkish words that end as a subject participle does ("-an", "-en") and are none: adjectives, nouns, adverbs
# ("olağan toplantı", "zaman", "yeniden").
TR_NOT_PARTICIPLE = r"(?:olağan|erken|yaban|insan|zaman|liman|orman|meydan|hayvan|düşman|uzman|kurban|başkan|yeniden|" \
    r"önceden|sonradan|birden|hemen|tamamen|itibaren)"
_TR_NOT_PAST = (r"(?:altı|yedi|kendi|şimdi|artı|üstü|olağanüstü|toplantı|kesinti|şirketi|devleti|hükümeti|heyeti|"
                r"tespiti|faaliyeti|kuvveti|seyahati|cumhuriyeti|milleti|ziyareti|sanatı|hayatı|saati|tarafı|"
                r"sonrası|öncesi|bakanlığı|müdürlüğü|inşaatı|hattı|hizmeti|ücreti|bileti|tesisatı|adaleti|"
                r"ticareti)\b")

TABLES: dict[str, dict[str, object]] = {
    "tr": {
        "forward": r"(?:\b\w+(?:acak|ecek)(?!t[ıi](?:k|m|n|nız|niz|lar|ler)?\b)\w*|\b\w+(?:acağ|eceğ)\w*|"
                   r"\bplanlan\w+|\bbir sonraki\b|\bgelecek\b|\bönümüzdeki\b|"
                   r"\bkadar\b|\bbeklen\w*|\bhedefl\w+|\bamaçl(?:ıyor|anıyor)\w*)",  # "bekleniyor", "beklenen";
        # "vermeyi hedefliyoruz": what is aimed at is ahead
        # "yapılacaktı" (was to be held): a plan told in the past, the nearest day, is no past of its own
        "back": r"(?:\b(?!" + _TR_NOT_PAST + r")\w+(?<!acak)(?<!ecek)(?:dı|di|du|dü|tı|ti|tu|tü)(?:lar|ler)?\b|"
                r"\b\w+(?:mış|miş|muş|müş)\w*|"
                r"\bgeçen\b|\bönce\b|\ben son\b|\bbu yana\b|\bberi\b)",  # "ocak ayından bu yana": since
        "relative": {
            "overnight": r"(?:\bdün gece\b|\bgece boyunca\b|\bbu gece\b)",
            "yesterday": r"\bdün(?:kü)?\b",
            "today": r"\b(?:bugün|bu sabah|bu öğleden sonra|bu akşam)\b",
            "tomorrow": r"\byarın(?:ki)?\b",
            "last_weekend": r"(?:\bgeçen hafta ?sonu(?:nda)?\b)",
            "next_weekend": r"(?:\bgelecek hafta ?sonu(?:nda)?\b)",
            "last_week": r"(?:\bgeçen hafta(?:ki)?\b(?! ?sonu))",
            "next_week": r"(?:\b(?:gelecek|önümüzdeki) hafta(?:ki|ya)?\b|\bhaftaya\b)",
            "last_month": r"(?:\bgeçen ay\b)",
            "next_month": r"(?:\bgelecek ay\b|\bönümüzdeki ay\b)",
            # ("geçen yılın mart ayında": last year's March, the genitive only before a month, not "aynı ayına")
            "last_year": r"(?:\bgeçen yıl\b|\bgeçen sene\b|\bgeçen (?:yılın|senenin)(?=\s+(?!aynı)\w+\s+ay))",
            "next_year": r"(?:\bgelecek yıl\b|\bönümüzdeki yıl\b|\bseneye\b|"
                         r"\b(?:gelecek|önümüzdeki) (?:yılın|senenin)(?=\s+(?!aynı)\w+\s+ay))",
            "same_year": r"\baynı yıl\w*",
        },
        "year_words": r"(?:\s+(?:yıllarında|yılları|yılından|yılında|yılına|yılı)|"
                      r"['’](?:de|da|te|ta|den|dan|ten|tan|e|a|ye|ya)\b)",
        "year_before": r"(?:x^)",  # Turkish marks the year with a suffix or "yılında", never a word before
        "month_before": r"(?:x^)",
    },
}
# Turkish case endings on a month name written without an apostrophe, as a common noun is ("kasımda", "martta",
# "ekimden", "ocağa", "aralıktaki"): locative and ablative (-da/-de/-ta/-te, -dan/-den/-tan/-ten, "-daki") and
# dative (-a/-e; "ocak", "aralık" soften to "ocağa", "aralığa"). Every month name ends in a consonant.
_TR_CASE = r"(?:[dt][ae](?:n|ki)?|[ae])"
# What may follow a month or weekday: a case ending after an apostrophe ("Mart'ta") or "ayında", "ayı".
SUFFIX = {"tr": r"(?:['’]\w+|\s+ayında|\s+ayı)?"}
FIRST_RELATIVE: dict[str, dict[str, str]] = {
    "tr": {"two_days_ago": r"\b(?:evvelsi gün|evvelki gün|önceki gün)\b", "in_two_days": r"\böbür gün\b",
           "this_weekend": r"\bbu hafta ?sonu(?:nda)?\b",
           "ago": r"\b" + _COUNT + r"\s+(?P<unit>gün|hafta|ay|yıl|sene)\s+önce\b"},
}
