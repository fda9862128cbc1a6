"""Turkish repairs: a setting set off before the verb, nouns joined by "ve", a speaker's quoted words in the third
person."""

from __future__ import annotations

import re

from generator.importer.dates import Mention


def _turkish_setting_and_date(sentence: str, clause: tuple[int, int], mention: Mention) -> tuple[int, int]:
    """A Turkish clause of a setting and its date only, set off by a comma ("Kentin eski limanında dün, | …
    bulundu"), as far as the sentence's end: its verb ends the sentence; ``clause`` as it is otherwise."""
    before = sentence[clause[0]:mention.start].split()
    if not before or sentence[mention.end:clause[1]].strip() != "," \
            or not re.search(r"(?:n?[dt][ae])$", before[-1]) or not sentence.rstrip().endswith("."):
        return clause
    return (clause[0], len(sentence.rstrip()))


# A Turkish finite verb ends its clause: "verilecek", "tamamlandı", "sürüyor", "başlamıştı"
_TR_FINITE_END = re.compile(r"(?:(?:[dt][ıiuü]|m[ıiuü]ş(?:t[ıiuü])?|[ae]c[ae]k|yor|[ıiuüae]r|[dt][ıiuü]r)"
                            r"(?:l[ae]r|k|n[ıiuü]z)?|(?:yor|m[ıiuü]ş|[ıiuüae]r)[ıiuü]z|[ae]c[ae]ğ[ıi]z|"
                            r"m[ae]l[ıi]y[ıi]z)$")
# A Turkish verb in the first person plural, the speaker's own words in a quote, and its third person: "düzenliyoruz"
# → "düzenliyor", "göndereceğiz" → "gönderecek", "almıştık" → "almıştı", "aldık" → "aldı", "yapmalıyız" → "yapmalı"
_TR_WE = [(re.compile(r"yoruz$"), "yor"), (re.compile(r"([ae])c([ae])ğ[ıi]z$"), r"\1c\2k"),
          (re.compile(r"(m[ıiuü]şt[ıiuü])k$"), r"\1"), (re.compile(r"(?<=\w{2})([dt][ıiuü])k$"), r"\1"),
          (re.compile(r"(m[ae]l[ıi])y[ıi]z$"), r"\1")]


def _turkish_speaker_as_subject(title: str, sentence: str) -> str:
    """A Turkish title of a speaker's name, a comma and the speaker's quoted words in the first person plural
    ("Yazıcı, İlk cevheri çıkarmayı planlıyoruz"), told with the speaker as its subject ("Yazıcı ilk cevheri
    çıkarmayı planlıyor"); ``title`` as it is otherwise."""
    who = re.match(r"(?P<who>(?:[A-ZÇĞİÖŞÜ][\w'’.-]*\s+){0,6}[A-ZÇĞİÖŞÜ][\w'’.-]*),\s+(?P<rest>\S+(?:\s+\S+)+)$",
                   title)
    if not who or not re.search(r"[\"“”«]", sentence):
        return title
    rest = who["rest"].split()
    third = next((pattern.sub(repl, rest[-1]) for pattern, repl in _TR_WE if pattern.search(rest[-1])), "")
    if not third:
        return title
    if rest[0][:1].isupper() and "'" not in rest[0] and "’" not in rest[0] and rest[1][:1].islower():
        rest[0] = {"İ": "i", "I": "ı"}.get(rest[0][0], rest[0][0].lower()) + rest[0][1:]  # "İlk cevheri": no name
    return " ".join([who["who"], *rest[:-1], third])


def _turkish_joined_object(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                           mentions: list[Mention]) -> tuple[int, int]:
    """A Turkish clause without a verb of its own before a "ve" clause whose verb ends the sentence ("…
    öğretmene afet bilinci | ve ilk yardım eğitimi verilecek"): "ve" joined two nouns of one verb, the
    clause runs on to it; ``clause`` as it is otherwise."""
    words = sentence[clause[0]:clause[1]].split()
    rest = sentence[following[0]:following[1]].strip().rstrip(".").split() if following else []
    if not following or following[0] != clause[1] or not words or len(rest) < 2 or rest[0] != "ve" \
            or _TR_FINITE_END.search(words[-1]) or "," in words[-1] \
            or re.search(r"(?:[dt][ıiuü]ğ|[ae]c[ae]ğ|m[ae]s)[ıiuü]", words[-1]) \
            or re.search(r"\w{2}y?[ae]n$", words[-1]):
        return clause  # "yenilendiğini ve | … değiştirildiğini söyledi", "meydana gelen ve | … yaralandığı": two
        # clauses of what was said, two relative clauses of one noun
    if "," in " ".join(rest) or following[1] < len(sentence.rstrip()) \
            or any(following[0] <= m.start < following[1] for m in mentions) or not _TR_FINITE_END.search(rest[-1]):
        return clause
    return (clause[0], following[1])


def _turkish_verb_after(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                        mentions: list[Mention]) -> tuple[int, int]:
    """A Turkish clause without a verb of its own, set off by a comma before the clause that ends the sentence on
    its verb ("… bir sonraki tatbikatın mart ayında, | bu kez gece saatlerinde yapılacağını söyledi"): the clause
    runs on to that verb; ``clause`` as it is otherwise, and when the clause after holds a date of its own."""
    words = sentence[clause[0]:clause[1]].split()
    rest = sentence[following[0]:following[1]].strip().rstrip(".").split() if following else []
    if not following or following[0] != clause[1] or not words or not rest or not words[-1].endswith(",") \
            or _TR_FINITE_END.search(words[-1].rstrip(",")) \
            or any(re.search(r"(?:[dt][ıiuü]ğ|[ae]c[ae]ğ|m[ae]s)[ıiuü]", w) for w in words) \
            or following[1] < len(sentence.rstrip()) or any(following[0] <= m.start < following[1] for m in mentions) \
            or "," in " ".join(rest) or not _TR_FINITE_END.search(rest[-1]) or len(rest) > 8 \
            or not (len(rest) > 1 and re.search(r"(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]n[ıiuü]$", rest[-2])) \
            or not any(re.search(r"\w{3,}[ıiuü]n$", w.rstrip(",")) for w in words):
        return clause  # only a clause of what was said, its subject in the genitive before the comma and its
        # verbal noun after it ("tatbikatın …, | … yapılacağını söyledi")
    return (clause[0], following[1])


def _turkish_subject_set_off(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                            mentions: list[Mention]) -> tuple[int, int]:
    """A Turkish sentence opening on its subject set off by a comma ("Dünkü oturumda ise mahkeme, | şikayetçilerin
    son beyanlarını dinledi"): the clause runs on to the verb that ends the sentence; ``clause`` as it is
    otherwise (the clause before the comma has a verb or a case of its own, or the rest holds a date)."""
    words = sentence[clause[0]:clause[1]].split()
    rest = sentence[following[0]:following[1]].strip().rstrip(".").split() if following else []
    last = words[-1].rstrip(",").casefold() if words else ""
    if clause[0] != 0 or not following or following[0] != clause[1] or not words or not words[-1].endswith(",") \
            or len(words) > 6 or not rest or len(rest) > 10 or "," in " ".join(rest) \
            or following[1] < len(sentence.rstrip()) or any(following[0] <= m.start < following[1] for m in mentions) \
            or not _TR_FINITE_END.search(rest[-1]) or _TR_FINITE_END.search(last) or _TR_CASE_END.search(last) \
            or re.search(r"(?:[ae]r[ae]k|[ıiuü]nc[ae]|ken|[ıiuü]p|[dt][ıiuü]ğ\w*|[ae]c[ae]ğ\w*|y?[ae]n|l[ae]r[ıi]?)$",
                         last) or not re.fullmatch(r"[a-zçğıöşü]+", last) \
            or any(re.search(r"\w{3,}(?:y?[ae]n|[dt][ıiuü]ğ[ıiuü])$", w) for w in words[:-1]):
        return clause  # ("Gözlemevinin geçen ay tamamlanan kubbesi, …": the date is its participle's)
    return (clause[0], following[1])


# What a Turkish title without a finite verb ends on, and the finite verb it stands for: a complement of what was
# said ("… tören düzenleneceği" → "düzenlenecek", "… bulunduğu" → "bulundu"), a clause of time ("incelemelerde
# bulunduktan sonra AA muhabirine" → "incelemelerde bulundu").
_TR_COMPLEMENT = [(re.compile(r"(\w+?[ae])c([ae])ğ[ıi](?:n[ıi])?$"), r"\1c\2k"),
                  (re.compile(r"(\w+?[dt][ıiuü])ğ[ıiuü](?:n[ıiuü])?$"), r"\1")]
_TR_AFTER_DOING = re.compile(r"\b(\w+?[dt][ıiuü])kt[ae]n\s+sonra\b.*$")
_TR_SUBJECT_PARTICIPLE = re.compile(r"\w{3,}?(?:y?[ae]n|[ae]c[ae]k)$")
_TR_FUTURE_PARTICIPLE = re.compile(r"\w{3,}?[ae]c[ae]k")
_TR_NOT_VERB = {"önceden", "sonradan", "yeniden", "birden", "hemen", "tarafından", "zaman", "ayrıca", "için"}
_TR_VOICELESS = set("çfhkpsşt")
_TR_CASE_END = re.compile(r"(?:[dt][ae]n?|n[dt][ae]n?|y[ae]|[ıiuü]n[ıiuü]n|['’]\w+)$")


def turkish_finite(title: str, tense: int) -> str:
    """A Turkish title told with a finite verb at its end (see above), a conjunction it opens with taken off ("Ve
    tribün çalışmaları tamamlandı"), and a noun phrase its participle opens ("Kayak merkezinde kurulan 40 kar
    makinesi") told as that participle's clause: "Kayak merkezinde 40 kar makinesi kuruldu"; past or future
    by ``tense``. ``title`` as it is when its last word is a finite verb already."""
    words = title.split()
    if len(words) > 2 and words[0] in ("Ve", "İle", "Veya", "Ancak", "Ama", "Fakat"):
        words = [words[1][:1].upper() + words[1][1:], *words[2:]]
    if not words or _TR_FINITE_END.search(words[-1]):
        return " ".join(words)
    after = _TR_AFTER_DOING.search(" ".join(words))
    if after:
        return " ".join(words)[:after.start()] + after.group(1)
    for pattern, finite in _TR_COMPLEMENT:
        if pattern.search(words[-1]):
            return " ".join([*words[:-1], pattern.sub(finite, words[-1])])
    if told := _verbal_noun(words, tense):
        return told
    if told := _object_participle(words):
        return told
    at = next((i for i in range(len(words) - 2, 0, -1) if _TR_SUBJECT_PARTICIPLE.fullmatch(words[i])
               and words[i] not in _TR_NOT_VERB and words[i][:1].islower()), None)  # the participle nearest the end
    if at is None or re.search(r"m[ae]s[ıi]$", words[at - 1]) \
            or any(_TR_CASE_END.search(w) or re.search(r"n[ıiuü]n$", w) for w in words[at + 1:]):
        return " ".join(words)  # "yapılması planlanan": planned to be held; "ulaşan yolcunun valizi", "imzalanan
        # projede": a noun in a case is no subject
    verb = words[at] if _TR_FUTURE_PARTICIPLE.fullmatch(words[at]) else \
        _turkish_verb(re.sub(r"y?[ae]n$", "", words[at]), tense)  # "düzenlenecek … Festivali": its future as it is
    return " ".join([*words[:at], *words[at + 1:], verb])


# A participle of the past on its object ("aldığı", "verdiği", "okuduğu") and the genitive of its subject before it
# ("Sendikanın", "Bakanlığın", "Ali'nin").
_TR_OBJECT_PARTICIPLE = re.compile(r"(?P<stem>\w+[dt])(?P<vowel>[ıiuü])ğ[ıiuü]")
_TR_GENITIVE = re.compile(r"(?P<noun>\w+?)(?:['’]?n?[ıiuü]n)")


def _object_participle(words: list[str]) -> str:
    """"Sendikanın aldığı grev kararı" → "Sendika grev kararı aldı": a noun phrase a past participle opens after its
    subject in the genitive, told as the subject's clause; "" otherwise."""
    at = next((i for i in range(1, len(words) - 1) if _TR_OBJECT_PARTICIPLE.fullmatch(words[i])), None)
    owner = next((j for j in range(at - 1, -1, -1) if _TR_GENITIVE.fullmatch(words[j]) and words[j][:1].isupper()),
                 None) if at is not None else None
    if at is None or owner is None:
        return ""
    participle = _TR_OBJECT_PARTICIPLE.fullmatch(words[at])
    noun = _TR_GENITIVE.fullmatch(words[owner])["noun"]
    noun = noun[:-1] + "k" if noun.endswith("ğ") else noun  # "Bakanlığın" → "Bakanlık"
    verb = participle["stem"] + participle["vowel"]
    return " ".join([*words[:owner], noun, *words[owner + 1:at], *words[at + 1:], verb])


# A verbal noun in "-ma/-me" with its possessive, in the accusative or genitive, cut off from the verb it is the
# object of: "yoğunlaşmasını (bekliyor)", "uzatılmasının (planlandığını)"; not "basın açıklamasında" (in the press
# statement), a noun where it is.
_TR_VERBAL_NOUN = re.compile(r"(?P<stem>\w{2,}?)m[ae]s[ıi]n[ıi]n?$")


def _verbal_noun(words: list[str], tense: int) -> str:
    """A title that ends on a verbal noun its clause's verb took as object, told as its own clause: its subject in
    the genitive made the subject, the verbal noun its verb ("Yetkililer, ziyaret saatlerinin uzatılmasının" →
    "Ziyaret saatleri uzatılacak"); "" when it ends on none."""
    from generator.importer.turkish.participles import _genitive_off

    noun = _TR_VERBAL_NOUN.fullmatch(words[-1]) if len(words) > 1 else None
    if not noun:
        return ""
    owner = next((i for i in range(len(words) - 2, -1, -1) if re.search(r"\w(?:n[ıiuü]n|[ıiuü]n)$", words[i])), None)
    if owner is None:
        return ""
    start = next((i + 1 for i in range(owner - 1, -1, -1) if words[i].endswith(",")), 0)  # "Yetkililer, |":
    # the main clause's subject, set off
    told = [*words[start:owner], _genitive_off(words[owner]), *words[owner + 1:-1],
            _turkish_verb(noun["stem"], tense)]
    return " ".join([told[0][:1].upper() + told[0][1:], *told[1:]])


def _turkish_verb(stem: str, tense: int) -> str:
    """``stem`` with the past ("kurul" → "kuruldu") or, ahead, the future ("kurul" → "kurulacak") of the third
    person, by vowel harmony."""
    vowels = [c for c in stem if c in "aeıioöuü"]
    last = vowels[-1] if vowels else "a"
    if tense > 0:
        back = last in "aıou"
        return stem + ("y" if stem[-1:] in "aeıioöuü" else "") + ("acak" if back else "ecek")
    high = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}[last]
    return stem + ("t" if stem[-1:] in _TR_VOICELESS else "d") + high
