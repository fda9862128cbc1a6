"""A headline made to fit: at most 80 characters, cut where a phrase ends, never on a dangling word.

``fit`` first drops the titles before a person's name in the subject ("Parteichef Herbert
Kickl" → "Herbert Kickl"), then trailing phrases (a German clause keeps its final verb: the
last phrase before it goes instead). ``noun_event`` gives a bare event noun the verb of its
tense: "The presidential election" → "The presidential election was held".
"""

from __future__ import annotations

import re

from generator.importer.verbs import PAST_FORMS, PAST_PATTERN

LIMIT = 80

PREPOSITIONS = {
    "en": "in on at for to from with without by of as after before over into during amid",
    "de": "in im am an mit für von vom bei beim nach auf aus über um zu zum zur gegen seit ins ans zwischen wegen "
          "trotz aufgrund infolge",
    "es": "en de del con para por tras desde a al sobre como",
    "fr": "en de du des avec pour par après à au aux sur dans lors comme entre",
    "ru": "в во на с со для по после к о об из от до при через над под между",
    "uk": "в у на з із зі для по після до про від при через над під між",
    "tr": "",
}
_ROLE_BEFORE_NAME = re.compile(r"^(?:[\w.'’-]+\s+){1,8}(?=(?:[A-ZÀ-ÞА-ЯЁІЇЄҐÇĞİŞÜÖ][\w’'-]+\s+){1,2}"
                               r"[A-ZÀ-ÞА-ЯЁІЇЄҐÇĞİŞÜÖ][\w’'-]+\s+[a-zà-ÿа-яёіїєґçğışüö])")
# A word of a title before a name: President, Bundeskanzler, Parteichef, premier, голова, Cumhurbaşkanı.
_ROLE = re.compile(r"presiden|präsident|minist|kanzler|chancellor|chef|chief|leader|governor|gobernador|secretar|"
                   r"command|speaker|mayor|premier|spokes|candidate|ally|deputy|jefe|líder|глава|голов|губернатор|президент|"
                   r"міністр|министр|уповноваж|прем|председ|başkan|bakan", re.IGNORECASE)


_ROLE_WORDS = {"former", "outgoing", "new", "foreign", "prime", "interior", "finance", "defence", "of", "the", "de",
               "del", "von", "der", "el", "la", "le", "les", "los", "las", "die", "das", "den"}


def _lang(language: str) -> str:
    return language.split("-")[0].lower()


def shorter_subject(text: str) -> str:
    """The headline with the titles before a person's name dropped ("Slovak Prime Minister Robert Fico was
    shot" → "Robert Fico was shot"); as it is when its subject is not a name with titles before it."""
    capital = "[A-ZÀ-ÞА-ЯЁІЇЄҐ][\\w'’-]+"
    set_off = re.match(rf"(?P<role>[^,]{{3,60}}),\s+(?P<name>(?:{capital}\s+){{1,2}}{capital}),?(?=\s)", text)
    if set_off and _ROLE.search(set_off["role"]) and any(w[:1].islower() for w in set_off["role"].split()):
        return set_off["name"] + text[set_off.end():]  # "la ministre de l'Agriculture, Claire Vasseur" → the name
    match = _ROLE_BEFORE_NAME.match(text)
    role = match.group().split() if match else []
    if not role or re.search(r"['’]s\b|,", match.group()) or not _ROLE.search(match.group()):
        return text
    if re.search(r"\b(?:que|that|dass|что|що)\b|\bqu['’]", match.group(), re.IGNORECASE):
        return text  # "El Ministerio informó que la Guardia Civil …": a clause before the name, no title
    head = next(i for i, w in enumerate(role) if _ROLE.search(w))
    if any(w[:1].islower() and w.lower() not in _ROLE_WORDS for w in role[:head]):
        return text  # "Pellegrini beat former foreign minister" is no title
    rest = text[match.end():]
    return rest if len(rest.split()) >= 3 else text


def fit(text: str, language: str, dangling: set[str], limit: int = LIMIT) -> str:
    """``text`` cut to ``limit`` characters at a phrase boundary, without a dangling last word."""
    lang = _lang(language)
    text = shorter_subject(text)
    if lang == "tr":
        text = re.sub(r"\s(?:yaptığı|düzenlediği|katıldığı) (?:basın )?(?:açıklamada|konuşmada|toplantıda|"
                      r"toplantısında)\b", "", text)  # "in the statement he made": where it was said
        text = re.sub(r"(?<=\w)\s+ise(?=\s)", "", text)  # "Festival ise …": the topic's "as for" ties the
        # sentence to the one before it, which a headline does not have
    preps = set(PREPOSITIONS.get(lang, "").split())
    if len(text) > limit:
        text = without_roles(text)
    if len(text) > limit and lang != "tr":  # "Семенов, курировавший дорожное строительство, получил …": what is
        text = _SET_OFF.sub(r"\1 ", text, count=1)  # set off between a subject and its verb goes first
    if len(text) > limit and lang in ("fr", "es"):  # "devaient initialement s'achever" → "devaient s'achever"
        text = _verb_adverb(text, lang)
    if len(text) > limit and lang == "de":
        text = _GERMAN_ROLE.sub("", text, count=1)  # "Der Autozulieferer Brenner Antriebstechnik hat" → the name
    words = text.split()
    whole = list(words)
    while len(" ".join(words)) > limit and len(words) > 3:
        if lang == "de":
            at = [i for i, w in enumerate(words[:-1]) if w.lower() in {"der", "die", "das", "den", "dem", "ein",
                                                                          "eine", "einen"}
                  and words[i + 1][:1].islower() and i + 2 < len(words) and words[i + 2][:1].isupper()]
            if at:  # "die rechtspopulistische FPÖ" → "die FPÖ"
                del words[at[0] + 1]
                continue
        if lang == "tr":  # the verb ends a Turkish clause: its subject and verb stay, what stands between goes
            name = _turkish_long_name(words)
            if name:  # "Dışişleri Bakanı Hakan Fidan," → "Hakan Fidan,"
                del words[name[0]:name[1]]
                continue
            figure = _turkish_figure(words)
            if figure:  # "yüzde 71,6'ya", "17 milyar dolarlık": the figure goes before the verb does
                del words[figure[0]:figure[1]]
                continue
            modifier = _turkish_ki_modifier(words)
            if modifier:  # "250 metre uzunluğundaki tankeri" → "tankeri": a modifier of the noun after it
                del words[modifier[0]:modifier[1]]
                continue
            adjunct = _turkish_adjunct(words)
            if adjunct:  # "gece boyunca", "proje için", "İstanbul'da": phrases the verb does not need
                del words[adjunct[0]:adjunct[1]]
                continue
            relative = _turkish_object_relative(words)
            if relative:  # "gönüllülerin diktiği fidanların bakımı" → "fidanların bakımı": the noun without its
                # clause
                del words[relative[0]:relative[1]]
                continue
            relative = _turkish_subject_relative(words)
            if relative:  # "çoğu turistlerden oluşan 3 bini aşkın kişi" → "3 bini aşkın kişi": the noun without
                del words[relative[0]:relative[1]]  # the clause its participle closes
                continue
            name = next((i for i in range(1, len(words) - 2) if words[i][:1].isupper() and not words[i].endswith(",")
                         and "'" not in words[i] and "’" not in words[i] and words[i + 1][:1].islower()
                         and not {words[i - 1], words[i + 1]} & {"ile", "ve"}  # "Asya ile Avrupa": joined names
                         and any(re.search(r"(?:s?[ıiuü]|s?[ıiuü]n[ıiuü]n|s?[ıiuü]n[ıiuü])$", w)
                                 for w in words[i + 1:i + 3] if w[:1].islower())), None)
            if name is not None:  # "Ümraniye-Ataşehir-Göztepe metro hattının" → "metro hattının": a name that
                del words[name]  # modifies a compound noun goes before the noun does
                continue
            break
        if lang == "de" and (second := _german_second_conjunct(words)):
            del words[second[0]:second[1]]  # "hat 23 Automaten gesprengt und dabei … erbeutet" → "… gesprengt"
            continue
        if lang == "de" and (measure := _german_measure(words)):
            del words[measure[0]:measure[1]]  # "hat zwei Nester rund 300 Meter entfernt gefunden" → "hat zwei Nester
            continue                          # gefunden": an adverbial of distance or size the verb does not need
        if lang == "de" and words[-1][:1].islower() and words[-1].lower() not in preps:
            phrase = _german_phrase(words, preps)
            if phrase:  # "hat die Wahl mit knapp 29 Prozent gewonnen" → "hat die Wahl gewonnen"
                del words[phrase[0]:phrase[1]]
                continue
        if lang in ("ru", "uk"):
            from generator.importer.morphology import (
                genitive_before_verb,
                inner_genitives_before_verb,
                phrase_before_verb,
            )

            phrase = phrase_before_verb(words, preps, lang) or genitive_before_verb(words, lang) \
                or inner_genitives_before_verb(words, lang)
            if phrase:  # "уровень воды в реке Урал продолжил расти" → "уровень воды продолжил расти"; "ученые
                del words[phrase[0]:phrase[1]]  # Уральского университета обнаружили" → "ученые обнаружили"
                continue
        relative = next((i for i in range(2, len(words)) if _reduced_relative(words, i, lang)), None)
        if relative is not None:  # "an outbreak linked to pre-cut cucumbers had sickened" → "an outbreak had
            auxiliary = next(j for j in range(relative + 2, len(words)) if words[j] in _EN_AUXILIARIES)  # sickened"
            del words[relative:auxiliary]
            continue
        if lang in _SUBJECT_VERB and (between := _subject_modifier(words, preps, lang, limit)):
            del words[between[0]:between[1]]  # "Le procès de dix-sept personnes … s'est ouvert" → "Le procès s'est
            continue                           # ouvert": the subject's phrases go before its verb does
        cuts = [i for i, w in enumerate(words[3:], 3) if w.lower() in preps or words[i - 1].endswith(",")]
        words = words[:cuts[-1]] if cuts else words[:-1]
    words = _whole_names(words, whole)
    while len(words) > 2 and (words[-1].lower().strip(",;:") in dangling or not words[-1].strip(",;:–—-")
                              or words[-1].lower() in _COUNT_WORDS  # "quinze", "fifteen": a count without its noun
                              or _adjective_without_noun(words, lang, cut=len(words) < len(text.split()))) \
            and not particle(words, lang):
        words.pop()
    return " ".join(words).strip(" ,;:–—-")


# A role before a person's name in a subject of two people: "La candidata de centro | Rosa Villanueva y el
# exalcalde de Arequipa | Marco Quispe disputarán …".
_ROLES_BEFORE_NAMES = re.compile(
    r"(?:^|(?<=\sy\s)|(?<=\set\s)|(?<=\sand\s)|(?<=\sund\s))(?:[Ee]l|[Ll]a|[Ll]e|[Ll]es|[Tt]he|[Dd]er|[Dd]ie)\s+"
    r"[a-záéíóúñàèùâêîôûçäöüß-]+(?:\s+[a-záéíóúñàèùâêîôûçäöüß-]+)?"
    r"(?:\s+(?:de|del|of|von)\s+[\w-]+(?:\s+[A-ZÀ-Þ][\w-]*)*?)*?\s+"
    r"(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+\s+[a-zà-ÿ])")


def without_roles(text: str) -> str:
    """A subject of two named people without their roles: "La candidata de centro Rosa Villanueva y el exalcalde
    de Arequipa Marco Quispe disputarán …" → "Rosa Villanueva y Marco Quispe disputarán …"; else as it is."""
    if not re.search(r"\s(?:y|et|and|und)\s", text):
        return text
    shorter = _ROLES_BEFORE_NAMES.sub("", text)
    return shorter[:1].upper() + shorter[1:] if shorter != text else text


def _whole_names(words: list[str], whole: list[str]) -> list[str]:
    """``words`` (the start of ``whole``) without the first part of a name they cut ("… Emmanuel Macron et
    Abdelmadjid" of "… et Abdelmadjid Tebboune"): a name is kept whole or not at all."""
    cut = len(words)
    if cut == len(whole) or cut == 0 or not words[-1][:1].isupper() or not whole[cut][:1].isupper() \
            or words[-1].endswith(",") or words[-1] == whole[-1]:
        return words  # (words taken out inside, none at the end: "Das gegründete Familienunternehmen gehört zur
        # Hamburger Beteiligungsgesellschaft Nordkap" without its adjective ends on its whole name still)
    start = cut - 1
    while start > 1 and words[start - 1][:1].isupper() and not words[start - 1].endswith(","):
        start -= 1
    return words[:start] if start > 1 else words


def _adjective_without_noun(words: list[str], lang: str, cut: bool) -> bool:
    """Whether a Russian or Ukrainian headline that was cut ends on an adjective ("… бюджетное")."""
    if not cut or lang not in ("ru", "uk"):
        return False
    if len(words) > 1 and words[-2].lower() in {"был", "была", "было", "были", "був", "була", "було", "були"}:
        return False  # a predicate after its copula: "План був розроблений"
    from generator.importer.morphology import is_adjective

    return is_adjective(words[-1].strip(",;:"), lang)


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
                     "üzere"}  # "mücadele etmek üzere": a purpose, as "… için" is
# A Turkish participle that opens a relative clause on the noun after it: "bağlayacak", "çıkan", "geldiği".
_TR_PARTICIPLE = re.compile(r"\w{2,}(?:[ae]cak|[ae]cek|y?[ae]n|[dt][ıiuü]ğ[ıiuü]|[dt][ıiuü]kları|[dt][ıiuü]kleri)")
# A Turkish locative: "Bağdat'ta", "toplantıda", "ilçesinde".
_TR_LOCATIVE = re.compile(r"[A-ZÇĞİÖŞÜ][\w]*['’][dt][ae]")
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
        while start > 0 and (words[start - 1][:1].isupper() or re.fullmatch(r"[\d.,]+", words[start - 1])) \
                and not words[start - 1].endswith(","):
            start -= 1  # "Kalkınma Yolu Projesi'ne ilişkin", "210 lira olarak"
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
        if _TR_OBJECT_PARTICIPLE.fullmatch(words[i]) and words[i + 1][:1].islower():
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


_DE_PARTICLES = {"an", "ab", "auf", "aus", "ein", "fest", "mit", "statt", "vor", "zu", "zurück", "zusammen", "bekannt"}
_DE_SEPARABLE = re.compile(r"^(?:teilt|kündigt|tritt|trat|find|fand|gab|gibt|geb|nahm|nimmt|sprach|spricht|wies|"
                           r"weist|rief|ruft|stellt|legt|setzt|schloss|schließt|fing|fängt|kam|kommt|sah|sieht|"
                           r"hielt|hält|wiesen|traten|fanden|gaben|nahmen)")
_EN_PARTICLES = {"in", "over", "up", "out", "off", "down"}


def particle(words: list[str], language: str) -> bool:
    """Whether the last word is the particle of a verb ("teilte … mit", "was sworn in"), not a dangling
    preposition."""
    lang = _lang(language)
    last = words[-1].lower().strip(",;:")
    if lang == "de" and last in _DE_PARTICLES:
        return any(_DE_SEPARABLE.match(w.lower()) for w in words[:-1])
    if lang == "de" and last in ("haben", "sein") and len(words) > 1:  # "soll … angegriffen haben"
        return bool(re.fullmatch(r"\w{0,5}ge\w+(?:en|t)|worden", words[-2].lower()))
    if lang == "en" and last in _EN_PARTICLES and len(words) > 1:
        return bool(re.search(r"(?:ed|en|wn|rn)$", words[-2])) or words[-2] in {"set", "put", "cut", "shut", "held"}
    return False


_GENITIVE = {"des", "der"}


# A German subject of an article, a common noun and the name it is ("Der Autozulieferer Brenner Antriebstechnik
# hat", "Die Gewerkschaft Verdi will"): the noun is no adjective (after a definite article an adjective ends in
# "-e": "Die Deutsche Bahn" stays).
_GERMAN_ROLE = re.compile(r"^(?:Der|Die|Das)\s+[A-ZÄÖÜ][\w-]*[^e\W]\s+(?=(?:[A-ZÄÖÜ][\w-]*\s+[A-ZÄÖÜ][\w-]*|"
                          r"[A-ZÄÖÜ]{2,})\s+[a-zäöüß])")  # one word may be a place: "Das Landgericht Osnabrück"


# The finite verbs that follow a subject in English, French and Spanish (the subject's phrases stand before them).
def _verb_adverb(text: str, lang: str) -> str:
    """``text`` without the adverb in -ment or -mente between a French or Spanish finite verb and the participle or
    infinitive it goes with ("devaient initialement s'achever", "ha finalmente aprobado"): a long title needs
    neither."""
    words = text.split()
    for i in range(1, len(words) - 1):
        if re.fullmatch(r"[a-zéèêàç]{3,}(?:ement|ément|amment|emment)|[a-záéíóúñ]{3,}mente", words[i]) \
                and _SUBJECT_VERB[lang].fullmatch(words[i - 1].lower()) \
                and re.fullmatch(r"(?:[snl]['’])?[a-zéèêàçáíóúñ]{2,}(?:er|ir|re|é|ée|és|ées|i|u|ado|ada|ados|"
                                 r"adas|ido|ida|idos|idas|ar)", words[i + 1]):
            return " ".join(words[:i] + words[i + 1:])
    return text


_SUBJECT_VERB = {
    "en": re.compile(rf"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|[a-z]{{3,}}ed|"
                     rf"{PAST_PATTERN})"),  # "went", "began"
    "fr": re.compile(r"(?:[snl]['’])?(?:a|ont|est|sont|sera|seront|avait|avaient|était|étaient|va|vont|doit|doivent|"
                     r"peut|peuvent|[a-zéèêàç]{2,}(?:ait|aient|era|eront|ra|ront))"),
    "es": re.compile(r"(?:es|son|fue|fueron|ha|han|había|habían|será|serán|está|están|va|van|debe|deben|puede|pueden|"
                     r"[a-záéíóúñ]{2,}(?:ó|aron|[iy]eron|rá|rán|aba|aban|ía|ían))"),
}


# Pronouns of a part, which take their "of" phrase with them: "one | of the firms" is no place to cut
_PARTITIVE = {"one", "some", "many", "most", "all", "each", "none", "several", "both", "any", "part", "un", "une",
              "uno", "una", "alguno", "alguna", "cada"}


def _subject_modifier(words: list[str], preps: set[str], lang: str, limit: int,
                      most_words: int | None = None) -> tuple[int, int] | None:
    """(start, end) of the phrases after a subject's noun up to its verb, when the title does not reach its verb
    within ``limit`` (or within ``most_words`` words): from the latest preposition whose removal makes it fit, else
    from the first; or None. A preposition after a pronoun of a part ("one of") opens no phrase of its own."""
    verb = next((i for i, w in enumerate(words[2:], 2) if _SUBJECT_VERB[lang].fullmatch(w.lower())
                 and not _reduced_relative(words, i, lang)), None)
    if verb is None:
        return None
    end = verb + 1  # an auxiliary and its participles are one verb: "ont | été signalés" is never cut between them
    while end < len(words) and end - verb <= 2 and _PARTICIPLE.get(lang) \
            and _PARTICIPLE[lang].fullmatch(words[end].lower().strip(",;:")) \
            and words[end - 1].lower() in _AUXILIARY.get(lang, ()) | {"été", "been", "sido"}:
        end += 1
    if end < len(words) and words[end - 1].lower() in _MODAL.get(lang, set()) \
            and _INFINITIVE[lang].fullmatch(words[end].lower().strip(",;:")):
        end += 1  # "devaient | s'achever": a verb of obligation and its infinitive are one verb too
    if len(" ".join(words[:end])) <= limit and (most_words is None or end <= most_words):
        return None
    participles = [i for i in range(3, verb) if _participle_phrase(words, i, lang)]
    # "les spectateurs | ayant acheté des places | seront": the participle's own auxiliary goes with it
    participles = [i - 1 if words[i - 1].lower() in _PARTICIPLE_AUXILIARY else i for i in participles]
    starts = [i for i in range(2, verb) if (words[i].lower() in preps and words[i - 1].lower() not in _PARTITIVE)
              or re.match(r"[dD]['’]", words[i]) or _reduced_relative(words, i, lang)] + participles
    if not starts:
        return None
    fits = [p for p in starts if len(" ".join(words[:p] + words[verb:])) <= limit]
    if not fits and limit < LIMIT:
        return None  # a part of a title ("… said that …"): cut as it comes
    # a participle phrase on the subject goes whole ("des cas | liés à la consommation d'huîtres | ont été signalés")
    fitting = [p for p in participles if p in fits]
    return (fitting[0] if fitting else fits[-1] if fits else starts[0], verb)


_PARTICIPLE = {
    "fr": re.compile(r"été|[a-zéèêàç]{2,}(?:é|ée|és|ées|is|ise|ises|it|ite|ites|u|ue|us|ues|i|ie|ies)"),
    "es": re.compile(r"sido|[a-záéíóúñ]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|cho|chos|to|tos|ta|tas)"),
    "en": re.compile(r"been|[a-z]{2,}(?:ed|en|wn)"),
}
_AUXILIARY = {"fr": {"a", "ont", "est", "sont", "avait", "avaient", "était", "étaient", "sera", "seront"},
              "es": {"ha", "han", "había", "habían", "fue", "fueron", "será", "serán", "es", "son"},
              "en": {"is", "are", "was", "were", "has", "have", "had", "will", "would"}}
_PARTICIPLE_AUXILIARY = {"ayant", "étant", "habiendo", "siendo"}
_PARTICIPLE_PREPOSITIONS = {"fr": {"à", "au", "aux", "par", "pour", "de", "du", "des", "en", "dans", "sur", "avec"},
                            "es": {"a", "al", "por", "para", "de", "del", "en", "con"}}


# French and Spanish verbs of obligation, ability or the near future, an infinitive after them.
_MODAL = {"fr": {"doit", "doivent", "devait", "devaient", "devra", "devront", "peut", "peuvent", "pouvait",
                 "pouvaient", "pourra", "pourront", "va", "vont", "allait", "allaient"},
          "es": {"debe", "deben", "debía", "debían", "deberá", "deberán", "puede", "pueden", "podía", "podían",
                 "podrá", "podrán"}}
_INFINITIVE = {"fr": re.compile(r"(?:[sn]['’])?[a-zéèêàç]{2,}(?:er|ir|re|oir)"),
               "es": re.compile(r"[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se)?")}


def between_auxiliary(words: list[str], at: int, lang: str) -> bool:
    """Whether a cut before ``words[at]`` would leave an auxiliary without its participle ("… ont | été signalés"),
    or a verb of obligation without its infinitive ("… devaient | s'achever")."""
    if not 0 < at < len(words) or lang not in _PARTICIPLE:
        return False
    before, word = words[at - 1].lower(), words[at].lower().strip(",;:")
    return (before in _AUXILIARY[lang] and _PARTICIPLE[lang].fullmatch(word) is not None) or (
        before in _MODAL.get(lang, set()) and lang in _INFINITIVE and _INFINITIVE[lang].fullmatch(word) is not None)


def _participle_phrase(words: list[str], at: int, lang: str) -> bool:
    """Whether a French or Spanish participle after a noun opens a phrase on it, a preposition after it ("des cas
    | liés à la consommation", "los migrantes | llegados a la frontera")."""
    return lang in _PARTICIPLE_PREPOSITIONS and at + 1 < len(words) and words[at - 1][:1].islower() \
        and words[at + 1].lower() in _PARTICIPLE_PREPOSITIONS[lang] and words[at].lower() not in {"été", "sido"} \
        and _PARTICIPLE[lang].fullmatch(words[at].lower()) is not None \
        and words[at - 1].lower() not in _AUXILIARY[lang] | {"été", "sido"}


def _reduced_relative(words: list[str], at: int, lang: str) -> bool:
    """Whether an English "-ed" word after a noun opens a reduced relative clause on it, with a preposition after it
    and the clause's own auxiliary later ("an outbreak | linked to cucumbers | had sickened")."""
    return lang == "en" and words[at].endswith("ed") and at + 1 < len(words) \
        and words[at - 1].lower() not in _EN_AUXILIARIES + _EN_PASSIVE_BEFORE \
        and words[at + 1] in ("to", "by", "in", "from", "with", "for", "at", "on") \
        and any(w in _EN_AUXILIARIES for w in words[at + 2:])


_EN_AUXILIARIES = ("had", "has", "have", "was", "were", "is", "are", "will", "would")
# Words before an "-ed" that make it the clause's own verb, not a reduced relative ("are | expected to")
_EN_PASSIVE_BEFORE = ("be", "been", "being", "not", "could", "can", "may", "might", "must", "should", "also")


_COUNT_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                "twenty", "hundred", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze",
                "douze", "quinze", "vingt", "cent", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                "diez", "quince", "veinte", "cien", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
                "zehn", "zwölf", "zwanzig", "hundert"}


# A phrase set off by two commas right after a short subject, its verb after it: "Семенов, курировавший …, получил".
_SET_OFF = re.compile(r"^([^,]{2,40}),\s+[^,]{3,90},\s+(?=[a-zà-ÿа-яёіїєґß])")


_DE_MEASURE_WORDS = re.compile(r"(?:keine?|rund|etwa|gut|knapp|fast|kaum|nur|mehr als|weniger als)")
_DE_DIMENSION = re.compile(r"entfernt|weit|lang|hoch|tief|breit|groß")


def _german_measure(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of an adverbial of distance or size before a German clause's last word: a figure, its unit
    and its adjective ("keine 300 Meter entfernt", "rund zwei Kilometer lang"); or None."""
    for i in range(1, len(words) - 3):
        if re.fullmatch(r"\d[\d.,]*|zwei|drei|vier|fünf|zehn|hundert", words[i]) and words[i + 1][:1].isupper() \
                and _DE_DIMENSION.fullmatch(words[i + 2]) and i + 3 < len(words):
            start = i - 1 if _DE_MEASURE_WORDS.fullmatch(words[i - 1].lower()) else i
            return start, i + 3
    return None


def _german_second_conjunct(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of the second of two German predicates joined by "und" ("… gesprengt und dabei rund 2,1
    Millionen Euro erbeutet haben": "und" up to the final auxiliary, which both share), or None."""
    auxiliary = words[-1] in ("haben", "sein", "werden", "worden")
    for i in range(2, len(words) - 2):
        before = words[i - 1]
        if words[i] == "und" and before[:1].islower() and re.search(r"(?:t|en)$", before) \
                and words[-1][:1].islower():
            return (i, len(words) - 1 if auxiliary else len(words))
    return None


_DE_ADJUNCT_PREPOSITIONS = {"wegen", "trotz", "aufgrund", "infolge"}


def _german_bare_genitive(words: list[str], at: int) -> int | None:
    """The end of a German genitive plural without an article at ``words[at]``, before a clause's final verb:
    up to three lowercase words, the last an adjective in "-er", and their noun ("stark gestiegener Preise"); None
    otherwise."""
    for end in range(at, min(at + 3, len(words) - 2)):
        if not words[end][:1].islower():
            return None
        if words[end].endswith("er") and words[end + 1][:1].isupper():
            return end + 2
    return None


def _german_phrase(words: list[str], preps: set[str]) -> tuple[int, int] | None:
    """(start, end) of the last prepositional phrase before a German clause's final verb, or None:
    the preposition, its article and adjectives, its noun and a genitive after it; a phrase of cause or concession
    ("wegen …", "trotz …") goes before one the verb may need ("zu fünf Jahren Haft verurteilt")."""
    adjunct = [i for i in range(len(words) - 2, 1, -1) if words[i].lower() in _DE_ADJUNCT_PREPOSITIONS]
    for i in [*adjunct, *range(len(words) - 2, 1, -1)]:
        if words[i].lower() not in preps:
            continue
        j = i + 1
        while j < len(words) - 1 and not words[j][:1].isupper():
            j += 1
        if j >= len(words) - 1:
            continue
        j += 1
        while j + 1 < len(words) - 1:
            if words[j][:1].isupper() and (words[j + 1][:1].isupper() or words[j + 1] in ("und", "oder")
                                           or words[j + 1].lower() in preps):
                j += 1  # "beim Amtsgericht Stuttgart | Insolvenz …": a name after the noun
            elif words[j] in ("und", "oder") and (noun := next((k for k in range(j + 1, min(j + 4, len(words) - 1))
                                                               if words[k][:1].isupper()), None)):
                j = noun + 1  # "in Niedersachsen und Nordrhein-Westfalen", "zu fünf Jahren und sechs Monaten":
                # both nouns go with their preposition
            elif words[j].lower() in _GENITIVE and words[j + 1][:1].isupper():
                j += 2
            elif (bare := _german_bare_genitive(words, j)) is not None:
                j = bare  # "des Verdachts | missbräuchlich überhöhter Preise": a genitive plural with no article
            else:
                break
        return (i, min(j, len(words) - 1))
    return None


_EVENT_NOUNS = {
    "en": r"elections?|vote|runoff|referendum|summit|meeting|talks|strike|speech|hearings?|ceremony|inauguration|"
          r"debate|conference|session",
    "fr": r"élections?|législatives|scrutin|sommet|réunion|grève|référendum|vote|débat",
    "es": r"elecciones|elección|cumbre|reunión|huelga|referéndum|votación|debate",
    "de": r"Wahl|Wahlen|Gipfel|Treffen|Streik|Abstimmung|Sitzung|Referendum",
    "ru": r"выборы|саммит|заседание|встреча|референдум",
    "uk": r"вибори|саміт|засідання|зустріч|референдум",
    "tr": r"seçim|seçimler|seçimi|seçimleri|zirve|toplantı|toplantısı",
}
# The verb a bare event noun takes: (past, present, future), singular and plural.
_HELD = {
    "en": (("was held", "is held", "will be held"), ("were held", "are held", "will be held")),
    "fr": (("a eu lieu", "a lieu", "aura lieu"), ("ont eu lieu", "ont lieu", "auront lieu")),
    "es": (("se celebró", "se celebra", "se celebrará"), ("se celebraron", "se celebran", "se celebrarán")),
    "de": (("fand statt", "findet statt", "findet statt"), ("fanden statt", "finden statt", "finden statt")),
    "ru": (("состоялся", "проходит", "состоится"), ("прошли", "проходят", "пройдут")),
    "uk": (("відбувся", "відбувається", "відбудеться"), ("відбулися", "відбуваються", "відбудуться")),
    "tr": (("yapıldı", "yapılıyor", "yapılacak"), ("yapıldı", "yapılıyor", "yapılacak")),
}
_DETERMINERS = {"en": {"the", "a", "an", "this", "next", "last"}, "fr": {"le", "la", "les", "l'", "un", "une"},
                "es": {"el", "la", "los", "las", "un", "una"}, "de": {"der", "die", "das", "ein", "eine"}}
_HAS_VERB = {"is", "are", "was", "were", "will", "has", "have", "had", "se", "ha", "han", "fue", "fueron", "será",
             "serán", "a", "ont", "est", "sont", "sera", "seront", "ist", "sind", "war", "waren", "wird", "werden"}
_PLURAL = re.compile(r"(?:s|x|ы|и|ler|lar|leri|ları|Wahlen)$")


def noun_event(text: str, language: str, tense: int) -> str:
    """A bare event noun phrase ("The presidential election", "Les élections législatives anticipées") with the
    verb of its tense (-1 past, 0 present, 1 future); any other text as it is."""
    lang = _lang(language)
    nouns = _EVENT_NOUNS.get(lang)
    words = text.split()
    if not nouns or not 1 <= len(words) <= 5:
        return text
    if not (words[0].lower() in _DETERMINERS.get(lang, set()) or re.fullmatch(nouns, words[0], re.IGNORECASE)
            or (lang in ("ru", "uk", "tr") and len(words) <= 3)):
        return text  # "He lost the election" has its verb
    noun = next((w for w in words if re.fullmatch(nouns, w, re.IGNORECASE)), None)
    if noun is None or any(w.endswith(",") for w in words):
        return text
    if any(w.lower() in _HAS_VERB or re.search(r"(?:ó|rán|rá|aron|[iy]eron|ait|aient|era|eront)$", w)
           or (lang == "en" and (w in PAST_FORMS or re.fullmatch(r"[a-z]{3,}ed", w))) for w in words):
        return text  # "Las elecciones se celebrarán" has its verb
    if lang == "en" and words[-1] == "due":
        return " ".join(words[:-1]) + (" are due" if _PLURAL.search(noun) else " is due")
    if not re.fullmatch(nouns, words[-1], re.IGNORECASE) and lang in ("en", "ru", "uk", "tr", "de"):
        return text  # the noun is not the head: "The election results" may be anything
    forms = _HELD[lang][1 if _PLURAL.search(noun) else 0]
    return f"{text} {forms[tense + 1]}"


# Nouns that name a transitive verb's act, and the verb's participle (masculine singular): "l'interdiction de
# l'amiante" is the asbestos banned.
_NOMINALISATIONS = {
    "fr": {"interdiction": "interdit", "fermeture": "fermé", "ouverture": "ouvert", "réouverture": "rouvert",
           "création": "créé", "adoption": "adopté", "signature": "signé", "suppression": "supprimé",
           "nomination": "nommé", "arrestation": "arrêté", "élection": "élu", "construction": "construit",
           "destruction": "détruit", "inauguration": "inauguré", "libération": "libéré", "annulation": "annulé",
           "publication": "publié", "privatisation": "privatisé", "nationalisation": "nationalisé",
           "abolition": "aboli", "légalisation": "légalisé", "ratification": "ratifié", "condamnation": "condamné",
           "découverte": "découvert", "démolition": "démoli", "évacuation": "évacué", "rachat": "racheté",
           "vente": "vendu", "lancement": "lancé", "expulsion": "expulsé", "assassinat": "assassiné",
           "enlèvement": "enlevé", "approbation": "approuvé", "abrogation": "abrogé", "dissolution": "dissous"},
    "es": {"prohibición": "prohibido", "cierre": "cerrado", "apertura": "abierto", "reapertura": "reabierto",
           "creación": "creado", "adopción": "adoptado", "firma": "firmado", "supresión": "suprimido",
           "nombramiento": "nombrado", "detención": "detenido", "elección": "elegido", "construcción": "construido",
           "destrucción": "destruido", "inauguración": "inaugurado", "liberación": "liberado",
           "anulación": "anulado", "publicación": "publicado", "privatización": "privatizado",
           "nacionalización": "nacionalizado", "abolición": "abolido", "legalización": "legalizado",
           "ratificación": "ratificado", "condena": "condenado", "descubrimiento": "descubierto",
           "demolición": "demolido", "evacuación": "evacuado", "venta": "vendido", "lanzamiento": "lanzado",
           "expulsión": "expulsado", "asesinato": "asesinado", "secuestro": "secuestrado", "aprobación": "aprobado",
           "derogación": "derogado", "disolución": "disuelto"},
    "en": {"ban": "banned", "closure": "closed", "opening": "opened", "reopening": "reopened", "creation": "created",
           "adoption": "adopted", "signing": "signed", "abolition": "abolished", "arrest": "arrested",
           "election": "elected", "construction": "built", "destruction": "destroyed", "inauguration": "inaugurated",
           "release": "released", "cancellation": "cancelled", "publication": "published",
           "privatisation": "privatised", "privatization": "privatized", "nationalisation": "nationalised",
           "nationalization": "nationalized", "legalisation": "legalised", "legalization": "legalized",
           "ratification": "ratified", "conviction": "convicted", "discovery": "discovered",
           "demolition": "demolished", "evacuation": "evacuated", "sale": "sold", "launch": "launched",
           "expulsion": "expelled", "assassination": "assassinated", "kidnapping": "kidnapped",
           "approval": "approved", "appointment": "appointed", "repeal": "repealed", "dissolution": "dissolved"},
}
_NOMINAL_PLACE = {"fr": r"en|à|dans|au|aux|par|pour|sur|après|avant|lors", "es": r"en|a|al|por|para|desde|tras",
                  "en": r"in|at|by|from|for|after|before|on"}  # where a setting after the object begins
_NOMINAL_HEAD = {
    "fr": r"(?:[Ll]['’]|(?:[Ll]a|[Ll]e|[Uu]ne?|[Ss]a|[Ss]on)\s+)(?P<noun>[\wé]+)\s+"
          r"(?:(?:de\s+|d['’])(?P<art>l['’]|la\s+|le\s+|les\s+)?|(?P<du>du|des)\s+)",
    "es": r"(?:[Ll]a|[Ee]l|[Uu]na?|[Ss]u)\s+(?P<noun>[\wáéíóúñ]+)\s+(?:de\s+(?P<art>la\s+|los\s+|las\s+)?|"
          r"(?P<du>del)\s+)",
    "en": r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?P<noun>[a-z]+)\s+(?:of|on)\s+(?P<art>the\s+|its\s+|their\s+)?",
}
_NOMINAL = {lang: re.compile(rf"{head}(?P<object>[\w'’-]+(?:\s+(?!(?:{_NOMINAL_PLACE[lang]})\s)[\w'’-]+){{0,3}})"
                             rf"(?P<rest>(?:\s+(?:{_NOMINAL_PLACE[lang]})\s.*)?)")
            for lang, head in _NOMINAL_HEAD.items()}


def nominal_passive(text: str, language: str, tense: int) -> str:
    """A noun phrase that names a transitive verb's act and its object ("L'interdiction de l'amiante en France",
    "the closure of the plant") as that object's passive clause in the tense of its date (-1 past, 0 present,
    1 future): "L'amiante a été interdit en France", "The plant was closed"; any other text as it is."""
    lang = _lang(language)
    pattern = _NOMINAL.get(lang)
    found = pattern.fullmatch(text.strip()) if pattern else None
    participle = _NOMINALISATIONS[lang].get(found["noun"].lower()) if found else None
    if not found or not participle:
        return text
    article = (found["art"] or "").strip()
    if found.groupdict().get("du"):
        article = {"du": "le", "des": "les", "del": "el"}[found["du"]]
    plural = article in ("les", "los", "las") or (lang == "en" and re.search(r"[^suio]s$", found["object"]) is not None)
    feminine = article in ("la", "las")
    if lang == "fr":
        participle += ("e" if feminine and not participle.endswith("e") else "") + ("s" if plural else "")
        aux = (("a été", "est", "sera"), ("ont été", "sont", "seront"))[plural][tense + 1]
    elif lang == "es":
        participle = (participle[:-1] + "a" if feminine else participle) + ("s" if plural else "")
        aux = (("fue", "es", "será"), ("fueron", "son", "serán"))[plural][tense + 1]
    else:
        aux = (("was", "is", "will be"), ("were", "are", "will be"))[plural][tense + 1]
    joined = not article or article.endswith(("'", "’"))  # "l'amiante"
    subject = f"{article}{'' if joined else ' '}{found['object']}"
    subject = subject[:1].upper() + subject[1:]
    return f"{subject} {aux} {participle}{found['rest']}"
