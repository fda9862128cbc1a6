"""Phrases that name a period or a day by its place, in every language: parts and seasons of a year, its first
months or quarters, its end, month ranges, decades, the next day, days shifted from another, a day of this
month, "this year", and the words that make a weekday the last or the next one."""

from __future__ import annotations

import re

from generator.importer.lexicon.numbers import _COUNT

# Words right before or after a weekday that make it the last or the next one ("в прошлую среду", "mardi dernier").
WEEKDAY_LAST = r"(?:прошл\w+|минул\w+|pasado|pasada|derni(?:er|ère)|vergangenen|letzten|vorigen|geçen)"
WEEKDAY_NEXT = r"(?:следующ\w+|будущ\w+|наступн\w+|próximo|próxima|prochain\w*|kommenden|nächsten|gelecek|önümüzdeki)"
# "this year" in each language: a month without a year in the same sentence is the report's year's.
THIS_YEAR = re.compile(r"\b(?:this year|cette année|este año|en lo que va de año|(?:in )?diesem Jahr|dieses Jahr|"
                       r"в этом году|этого года|цього року|[ув] цьому році|bu yıl)\b", re.IGNORECASE)
# A quarter or half of a year ("im ersten Halbjahr", "au premier trimestre 2024", "в первом полугодии"): the
# ordinal, the part, and its year if given. English "first half" and "first quarter" only "of the year" or of a
# year: alone they are as often a game's.
_ORDINAL = r"(?P<nth>first|second|third|fourth|last|erste[nm]?|zweite[nm]?|dritte[nm]?|vierte[nm]?|letzte[nm]?|"\
           r"primer|segundo|tercer|cuarto|último|premier|deuxième|second|troisième|quatrième|dernier|"\
           r"перв\w+|втор\w+|трет\w+|четв[её]рт\w+|перш\w+|друг\w+|ilk|ikinci|üçüncü|dördüncü|son|[1-4]\.|"\
           r"(?-i:IV|III|II|I)(?=\s))"  # "в IV квартале 2026 года": a Roman figure
PART_OF_YEAR: dict[str, str] = {
    "en": r"\bthe\s+" + _ORDINAL + r"[\s-]+(?P<part>half|quarter)\s+of\s+(?:the\s+year|(?P<this>this)\s+year|"
          r"(?P<last>last)\s+year|(?P<next>next)\s+year|(?P<year>(?:19|20)\d\d))\b",
    "de": r"\b(?:im|in dem|das|dem|zum|bis zum|ab dem)\s+" + _ORDINAL + r"\s+(?P<part>Halbjahr|Quartal)(?:es)?"
          r"(?:\s+(?:des Jahres\s+)?(?P<year>(?:19|20)\d\d)|\s+des\s+(?:(?P<next>kommenden|nächsten)\s+Jahres|"
          r"(?P<last>vergangenen|letzten)\s+Jahres|(?P<this>laufenden)\s+Jahres)|\s+(?P<this2>dieses)\s+Jahres)?\b",
    "es": r"\b(?:el|del)\s+" + _ORDINAL + r"\s+(?P<part>semestre|trimestre)(?:\s+del?\s+(?:año\s+)?"
          r"(?P<year>(?:19|20)\d\d)|\s+del\s+(?:(?P<next>próximo año|año que viene|año próximo)|"
          r"(?P<last>año pasado))|\s+de\s+(?P<this>este año))?\b",
    "fr": r"\b(?:au|du|le)\s+" + _ORDINAL + r"\s+(?P<part>semestre|trimestre)(?:\s+(?:de\s+|d['’])?"
          r"(?P<year>(?:19|20)\d\d)|\s+de\s+l['’](?:(?P<next>année prochaine|an prochain)|"
          r"(?P<last>année dernière|an dernier|année passée))|\s+de\s+(?P<this>cette année))?\b",
    "ru": r"(?:\bв|\bво|\bза|\bна)\s+" + _ORDINAL + r"\s+(?P<part>полугоди\w+|квартал\w*)"
          r"(?:\s+(?P<year>(?:19|20)\d\d)\s+года|"
          r"\s+(?P<next>следующего|будущего)\s+года|\s+(?P<last>прошлого)\s+года|\s+(?P<this>этого|текущего)\s+года)?",
    "uk": r"(?:\b[ув]|\bза|\bна)\s+" + _ORDINAL + r"\s+(?P<part>півріч\w+|квартал\w*)"
          r"(?:\s+(?P<year>(?:19|20)\d\d)\s+року|"
          r"\s+(?P<next>наступного)\s+року|\s+(?P<last>минулого)\s+року|\s+(?P<this>цього|поточного)\s+року)?",
    "tr": r"(?:\b(?P<year>(?:19|20)\d\d)(?:\s+yılının|['’]n?[ıiuü]n)|\b(?P<next>gelecek|önümüzdeki)\s+yılın|"
          r"\b(?P<last>geçen)\s+yılın|\b(?P<this>bu)\s+yılın|\byılın)?\s*\b" + _ORDINAL
          + r"\s+(?P<part>çeyre\w+|yarısında|yarısı\w*|yarıyıl\w*)",
}
_NTH = (("first", 1), ("erst", 1), ("primer", 1), ("premier", 1), ("перв", 1), ("перш", 1), ("ilk", 1), ("1", 1),
        ("second", 2), ("zweit", 2), ("segund", 2), ("deuxi", 2), ("втор", 2), ("друг", 2), ("ikinci", 2), ("2", 2),
        ("third", 3), ("dritt", 3), ("tercer", 3), ("troisi", 3), ("трет", 3), ("üçüncü", 3), ("3", 3),
        ("fourth", 4), ("viert", 4), ("cuart", 4), ("quatri", 4), ("четв", 4), ("dördüncü", 4), ("4", 4),
        ("last", 0), ("letzt", 0), ("últim", 0), ("dernier", 0), ("son", 0))

# A season of a named year ("l'été 2019", "autumn 2024", "осенью 2024 года", "2024 sonbaharında"): its months, in
# the northern hemisphere's seasons. Winter, which spans two years, and a season without its year are left out.
# A winter of two years: "winter 2015-16", "l'hiver 2015-2016", "Winter 2015/16": December to February.
_WINTER_YEARS = r"(?P<wyear>(?:19|20)\d\d)\s?[-–/]\s?(?:19|20)?\d\d"
SEASON: dict[str, str] = {
    "en": r"\b(?:(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?(?P<year>(?:1[5-9]|20)\d\d)|winter\s+(?:of\s+)?"
          + _WINTER_YEARS + r")\b",
    "de": r"\b(?:(?P<season>Frühling|Frühjahr|Sommer|Herbst)(?:e?s)?\s+(?P<year>(?:1[5-9]|20)\d\d)|Winter(?:s)?\s+"
          + _WINTER_YEARS + r")\b",
    "es": r"\b(?:(?P<season>primavera|verano|otoño)\s+(?:del?\s+)?(?P<year>(?:1[5-9]|20)\d\d)|invierno\s+(?:de\s+)?"
          + _WINTER_YEARS + r")\b",
    "fr": r"\b(?:(?P<season>printemps|été|automne)\s+(?:de\s+|d['’])?(?P<year>(?:1[5-9]|20)\d\d)|hiver\s+"
          + _WINTER_YEARS + r")\b",
    "ru": r"(?<![\w-])(?:(?P<season>весн(?:а|ой|ы|у|е)|лет(?:о|ом|а|е)|осен(?:ь|ью|и))\s+"
          r"(?P<year>(?:1[5-9]|20)\d\d)(?:\s+года\b|-го\b)|зим(?:а|ой|ы|у|е)\s+" + _WINTER_YEARS
          + r"(?:\s+(?:годов|гг\.?)|(?!\w)))",
    "uk": r"(?<![\w-])(?:(?P<season>весн(?:а|ою|и|у|і)|навесні|літ(?:о|ом|а|і)|влітку|осін(?:ь|ню)|осен(?:і)|восени)\s+"
          r"(?P<year>(?:1[5-9]|20)\d\d)(?:\s+року\b|-го\b)|(?:зим(?:а|ою|и|у|і)|взимку)\s+" + _WINTER_YEARS
          + r"(?:\s+(?:років|рр\.?)|(?!\w)))",
    "tr": r"\b(?:(?P<year>(?:1[5-9]|20)\d\d)\s+(?P<season>ilkbahar|bahar|yaz|sonbahar)"
          r"(?:ı|ın|ında|ından|ına|a|\s+aylarında)|" + _WINTER_YEARS + r"\s+kış(?:ı|ın|ında|ından|ına)?)\b",
    # "2026 yaz aylarında": in its summer months
}
# A season told by its place next to the report's ("im vergangenen Herbst", "last summer", "l'été dernier",
# "прошлой осенью", "geçen yaz"): the last one over, the next one to begin, or this year's.
SEASON_NEAR: dict[str, str] = {
    "en": r"\b(?:(?P<last>last)|(?P<next>next)|(?P<this>this))\s+(?P<season>spring|summer|autumn|fall)\b",
    "de": r"\b(?:(?P<last>vergangenen|letzten|vorigen)|(?P<next>kommenden|nächsten)|(?P<this>diesen|diesem))\s+"
          r"(?P<season>Frühling|Frühjahr|Sommer|Herbst)\b",
    "es": r"\b(?P<season>primavera|verano|otoño)\s+(?:(?P<last>pasad[oa])|(?P<next>próxim[oa]|que viene))\b|"
          r"\b(?:(?P<this>este|esta)|(?P<last2>pasad[oa])|(?P<next2>próxim[oa]))\s+(?P<season2>primavera|verano|otoño)"
          r"\b",  # "el próximo otoño", "el pasado verano"
    "fr": r"\b(?P<season>printemps|été|automne)\s+(?:(?P<last>dernier)|(?P<next>prochain))\b|"
          r"\b(?P<this>cet|ce)\s+(?P<season2>printemps|été|automne)\b",
    "ru": r"(?<![\w-])(?:(?P<last>прошл(?:ой|ым))|(?P<next>следующ(?:ей|им)|будущ(?:ей|им)|на)|(?P<this>эт(?:ой|им)))"
          r"\s+(?P<season>весной|летом|осенью|весну|лето|осень)(?![\w-])",  # "перенесена на осень": the next one
    "uk": r"(?<![\w'’-])(?:(?P<last>минулої|минулого)|(?P<next>наступної|наступного|на)|(?P<this>цієї|цього))\s+"
          r"(?P<season>весни|літа|осені|весну|літо|осінь)(?![\w'’-])",
    # ("gelecek yılın ilkbaharında": the spring of next year)
    "tr": r"\b(?:(?P<last>geçen)|(?P<next>gelecek|önümüzdeki)|(?P<this>bu))\s+(?P<of_year>yılın\s+)?"
          r"(?P<season>ilkbahar|bahar|sonbahar|yaz)(?:ı|ın|ında|ına|a)?\b",
}
# A winter told by its place next to the report's ("last winter", "cet hiver", "прошлой зимой", "bu kış"): from
# December to the February after it, the winter over, the one under way or just over, or the one to come.
WINTER_NEAR: dict[str, str] = {
    "en": r"\b(?:(?P<last>last)|(?P<next>next)|(?P<this>this))\s+winter\b",
    "de": r"\b(?:(?P<last>vergangenen|letzten|vorigen)|(?P<next>kommenden|nächsten)|(?P<this>diesen|diesem))\s+"
          r"Winter\b",
    "es": r"\b(?:invierno\s+(?:(?P<last>pasado)|(?P<next>próximo|que viene))|(?:(?P<this>este)|(?P<last2>pasado)|"
          r"(?P<next2>próximo))\s+invierno)\b",
    "fr": r"\b(?:l['’]hiver\s+(?:(?P<last>dernier)|(?P<next>prochain))|(?P<this>cet)\s+hiver)\b",
    "ru": r"(?<![\w-])(?:(?P<last>прошл(?:ой|ую))|(?P<next>следующ(?:ей|ую)|будущ(?:ей|ую))|(?P<this>эт(?:ой|у)))\s+"
          r"зим(?:ой|у|ы)(?![\w-])",
    "uk": r"(?<![\w'’-])(?:(?P<last>минулої|минулу)|(?P<next>наступної|наступну)|(?P<this>цієї|цю))\s+"
          r"зим(?:и|у|ою)(?![\w'’-])",
    "tr": r"\b(?:(?P<last>geçen)|(?P<next>gelecek|önümüzdeki)|(?P<this>bu))\s+kış(?:ı|ın|ında|a)?\b",
}
# A season with no year and no word of its place ("was due to begin in the spring", "sollte bereits im Herbst
# umziehen", "prolongar los trabajos durante el verano", "осенью"): the nearest one the clause's tense allows.
_NO_YEAR = r"(?!\s+(?:of\s+|de\s+|del\s+|d['’])?(?:1[5-9]|20)\d\d)"
SEASON_BARE: dict[str, str] = {
    "en": r"\b(?:in|during|over|by|until|through)\s+the\s+(?P<season>spring|summer|autumn|fall)\b" + _NO_YEAR,
    "de": r"\b(?P<lead>im|über den|den ganzen|auf den)\s+(?P<season>Frühling|Frühjahr|Sommer|Herbst)\b" + _NO_YEAR,
    "es": r"\b(?:en|durante|a lo largo de|hasta)\s+(?:el\s+|la\s+)(?P<season>primavera|verano|otoño)\b" + _NO_YEAR,
    "fr": r"\b(?:au|à l['’]|en|pendant l['’]|durant l['’]|jusqu['’]à l['’])\s*(?P<season>printemps|été|automne)\b"
          + _NO_YEAR,
    "ru": r"(?<![\w-])(?P<season>весной|летом|осенью)(?![\w-])" + _NO_YEAR,
    "uk": r"(?<![\w'’-])(?P<season>навесні|весною|влітку|восени)(?![\w'’-])" + _NO_YEAR,
    "tr": r"\b(?P<season>ilkbaharda|baharda|sonbaharda)\b",
}
_SEASON_MONTHS = (("spr", 3), ("fr", 3), ("prim", 3), ("print", 3), ("вес", 3), ("навес", 3), ("ilk", 3),
                  ("bah", 3), ("sum", 6), ("som", 6), ("ver", 6), ("été", 6), ("лет", 6), ("літ", 6), ("влітку", 6),
                  ("yaz", 6), ("aut", 9), ("fall", 9), ("her", 9), ("oto", 9), ("осен", 9), ("осін", 9),
                  ("восени", 9), ("son", 9))


def season_months(season: str) -> tuple[int, int]:
    """The first and last month of a season named by ``season`` ("été", "осенью", "sonbahar"): (6, 8)..."""
    low = season.lower()
    first = next(month for start, month in sorted(_SEASON_MONTHS, key=lambda s: -len(s[0])) if low.startswith(start))
    return first, first + 2

# The first months of a year ("in the first nine months of 2023", "за девять месяцев 2023 года", "2023'ün ilk dokuz
# ayında"): January to the count's month, of the year named (or this year, or last year).
MONTHS_OF_YEAR: dict[str, str] = {
    "en": r"\b(?:in|during|over|for)\s+the\s+first\s+" + _COUNT + r"\s+months\s+of\s+(?:(?P<this>this|the)\s+year|"
          r"(?P<last>last)\s+year|(?P<year>(?:19|20)\d\d))\b",
    "de": r"\b(?:in\s+)?den\s+ersten\s+" + _COUNT + r"\s+Monaten(?:\s+(?:des\s+Jahres\s+|von\s+)?"
          r"(?P<year>(?:19|20)\d\d)|\s+(?P<this>dieses|des laufenden)\s+Jahres|"
          r"\s+des\s+(?P<last>vergangenen|letzten)\s+Jahres|\s+des\s+Jahres)?\b",
    "fr": r"\b(?:sur|au cours des|pendant|durant|lors des|dans)\s+(?:les\s+)?" + _COUNT + r"\s+premiers\s+mois\s+"
          r"(?:de\s+(?P<year>(?:19|20)\d\d)|de\s+(?P<this>cette)\s+année|de\s+l['’]année\s+(?P<last>dernière)|"
          r"de\s+l['’]année)\b",
    "es": r"\b(?:en|durante)\s+los\s+" + _COUNT + r"\s+primeros\s+meses\s+(?:de\s+(?P<year>(?:19|20)\d\d)|"
          r"de\s+(?P<this>este)\s+año|del\s+año\s+(?P<last>pasado)|del\s+año)\b",
    "ru": r"(?<![\w-])за\s+(?:первые\s+)?" + _COUNT + r"\s+месяц\w*\s+(?:(?P<year>(?:19|20)\d\d)\s+года|"
          r"(?P<this>этого|текущего)\s+года|(?P<last>прошлого)\s+года)",
    "uk": r"(?<![\w-])за\s+(?:перші\s+)?" + _COUNT + r"\s+місяц\w*\s+(?:(?P<year>(?:19|20)\d\d)\s+року|"
          r"(?P<this>цього|поточного)\s+року|(?P<last>минулого)\s+року)",
    "tr": r"(?:\b(?P<year>(?:19|20)\d\d)\s+yılının|\b(?P<year2>(?:19|20)\d\d)['’](?:in|ın|un|ün|nin|nın|nun|nün)|"
          r"\b(?P<this>bu)\s+yılın|\b(?P<last>geçen)\s+yılın|\byılın)\s+ilk\s+" + _COUNT
          + r"\s+ay(?:ı|ın|ında|ındaki)\b",
}

# The first quarters of a year ("in den ersten drei Quartalen", "the first three quarters of 2023"): January to the
# end of the last; without a year, the latest such part that is over.
QUARTERS_OF_YEAR: dict[str, str] = {
    "en": r"\b(?:in|during|over|for)\s+the\s+first\s+(?P<count>two|three)\s+quarters"
          r"(?:\s+of\s+(?P<year>(?:19|20)\d\d))?\b",
    "de": r"\b(?:in\s+)?den\s+ersten\s+(?P<count>zwei|drei)\s+Quartalen"
          r"(?:\s+(?:des\s+Jahres\s+)?(?P<year>(?:19|20)\d\d))?",
    "fr": r"\b(?:sur|au cours des|pendant|durant)\s+les\s+(?P<count>deux|trois)\s+premiers\s+trimestres"
          r"(?:\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?",
    "es": r"\b(?:en|durante)\s+los\s+(?P<count>dos|tres)\s+primeros\s+trimestres(?:\s+de\s+(?P<year>(?:19|20)\d\d))?",
    "ru": r"(?<![\w-])за\s+(?:первые\s+)?(?P<count>два|три)\s+квартала(?:\s+(?P<year>(?:19|20)\d\d)\s+года)?",
    "uk": r"(?<![\w-])за\s+(?:перші\s+)?(?P<count>два|три)\s+квартали(?:\s+(?P<year>(?:19|20)\d\d)\s+року)?",
    "tr": r"\b(?:(?P<year>(?:19|20)\d\d)\s+yılının\s+|yılın\s+)?ilk\s+(?P<count>iki|üç)\s+çeyre\w+",
}
# English "in the third quarter" alone: a quarter of a year where figures are told ("exports fell 20% in the third
# quarter"); else as often a game's.
QUARTER_ALONE: dict[str, str] = {
    "en": r"\bin\s+the\s+" + _ORDINAL + r"[\s-]+(?P<part>quarter)\b(?!\s+of\b)",
}
# The end of a named year ("Ende 2026", "fin 2021", "by the end of 2026", "в конце 2024 года", "2026 sonuna"): its
# December, so that it sorts after the year's other events.
END_OF_YEAR: dict[str, str] = {
    "en": r"\b(?:the\s+)?end\s+of\s+(?:(?P<year>(?:19|20)\d\d)\b|(?:the\s+)?(?P<rel>last|this|next)\s+year\b)",
    "de": r"\bEnde\s+(?:(?P<year>(?:19|20)\d\d)\b|(?P<rel>vergangenen|letzten|dieses|nächsten|kommenden)\s+Jahres\b)",
    "fr": r"\bfin\s+(?:(?P<year>(?:19|20)\d\d)\b|de\s+l['’](?:année|an)\s+(?P<rel>dernière|dernier|passée|prochaine|"
          r"prochain)\b)",
    "es": r"\b(?:finales|fines|final)\s+(?:de(?:l año)?\s+(?P<year>(?:19|20)\d\d)\b|del\s+(?:año\s+(?P<rel>pasado)|"
          r"(?P<rel2>próximo)\s+año)\b)",
    "ru": r"(?<![\w-])(?:конц[еау]|конец)\s+(?:(?P<year>(?:19|20)\d\d)\s+года\b|(?P<rel>прошлого|этого|следующего)\s+"
          r"года\b)",  # ("на конец 2019 года")
    "uk": r"(?<![\w-])(?:наприкінці|кінц[іяю]|кінець)\s+(?:(?P<year>(?:19|20)\d\d)\s+року\b|"
          r"(?P<rel>минулого|цього|наступного)\s+року\b)",
    # "2024 sonunda", "2024 yılı sonunda", "2024 yılının sonunda", "2024'ün sonunda"; "geçen yılın sonunda"
    "tr": r"\b(?:(?P<year>(?:19|20)\d\d)(?:\s+yılı|\s+yılının|['’]n?[ıiuü]n)?|(?P<rel>geçen|bu|gelecek)\s+yılın)\s+"
          r"sonu(?:na|nda|ndan)?\b",
}
# The year before, this year and the year after, by the words that say which, for "the end of last year".
RELATIVE_YEAR = {"last": -1, "vergangenen": -1, "letzten": -1, "dernière": -1, "dernier": -1, "passée": -1,
                 "pasado": -1, "прошлого": -1, "минулого": -1, "geçen": -1, "next": 1, "nächsten": 1, "kommenden": 1,
                 "prochaine": 1, "prochain": 1, "próximo": 1, "следующего": 1, "наступного": 1, "gelecek": 1}
# Two months as a range ("entre enero y junio", "январь-август 2025 года", "from January to June 2024", "ocak-haziran
# döneminde"): the first to the last, of the year given after them or of the year the tense allows.
MONTH_RANGE: dict[str, str] = {
    "en": r"\b(?:between|from)\s+(?P<first>{m})\s+(?:and|to|through)\s+(?P<last>{m})"
          r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b",
    "de": r"\b(?:zwischen|von)\s+(?P<first>{m})\s+(?:und|bis)\s+(?P<last>{m})(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    "fr": r"\b(?:entre|de)\s+(?P<first>{m})\s+(?:et|à)\s+(?P<last>{m})(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    "es": r"\b(?:entre|de)\s+(?P<first>{m})\s+(?:y|a)\s+(?P<last>{m})(?:\s+de\s+(?P<year>(?:19|20)\d\d))?\b",
    "ru": r"(?<![\w-])(?:(?:с|за)\s+)?(?P<first>{m})\s*(?:[-–—]|по|до)\s*(?P<last>{m})"
          r"(?:\s+(?P<year>(?:19|20)\d\d)\s+года)?",
    "uk": r"(?<![\w-])(?:(?:з|із|за)\s+)?(?P<first>{m})\s*(?:[-–—]|по|до)\s*(?P<last>{m})"
          r"(?:\s+(?P<year>(?:19|20)\d\d)\s+року)?",
    "tr": r"\b(?:(?P<year>(?:19|20)\d\d)\s+(?:yılının\s+)?)?(?P<first>{m})(?:\s*[-–—]\s*|\s+(?:ve|ile)\s+)"
          r"(?P<last>{m})\s+(?:dönem|ayları)\w*|"  # "ocak-mart döneminde", "2021 yılının mayıs ve haziran aylarında"
          r"\b(?:(?P<year2>(?:19|20)\d\d)\s+(?:yılının\s+)?)?(?P<first2>{m})\s+ile\s+(?P<last2>{m})\s+arasında\b",
    # ("haziran ile eylül arasında")
}


def part_of_year(nth: str, part: str) -> tuple[int, int] | None:
    """The first and last month of the ``nth`` half or quarter ("ersten", "Halbjahr" → (1, 6)); None if unknown."""
    half = part.lower()[:3] in ("hal", "sem", "пол", "пів", "yar")
    length = 6 if half else 3
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(nth)
    number = roman or next((n for start, n in _NTH if nth.lower().startswith(start)), None)
    if number is None or (half and number > 2):
        return None
    number = number or 12 // length  # "the last quarter"
    return (number - 1) * length + 1, number * length


# A decade: "the 1990s", "les années 1990", "in den 1990er Jahren", "в 1990-х годах", "1990'larda", "los años
# noventa" (Spanish names its decades in words too).
DECADE: dict[str, str] = {  # only "in" a decade: "not produced before the 1920s" names no event
    "en": r"\b(?:in|during|throughout)\s+the\s+(?:early\s+|late\s+|mid-)?(?P<decade>(?:1[89]|20)\d0)s\b",
    "es": r"\b(?:en|durante)\s+(?:los años|la década de(?:\s+los)?)\s+(?:(?P<decade>(?:1[89]|20)\d0)\b|"
          r"(?P<word>cincuenta|sesenta|setenta|ochenta|noventa)\b)",
    "fr": r"\b(?:dans|pendant|durant|au cours des)\s+(?:les\s+)?années\s+(?P<decade>(?:1[89]|20)\d0)\b",
    "de": r"\bin\s+den\s+(?P<decade>(?:1[89]|20)\d0)er(?:\s+|-)Jahren\b",
    "ru": r"\bв(?:о)?\s+(?P<decade>(?:1[89]|20)\d0)-(?:х|е)(?:\s+годах)?(?!\w)",
    "uk": r"\b[ув]\s+(?P<decade>(?:1[89]|20)\d0)-(?:х|ті|тих)(?:\s+роках)?(?!\w)",
    "tr": r"\b(?P<decade>(?:1[89]|20)\d0)['’](?:l[ıi]\s+y[ıi]llarda|larda|lerde)\b",
}
DECADE_WORDS = {"cincuenta": 1950, "sesenta": 1960, "setenta": 1970, "ochenta": 1980, "noventa": 1990}
# "The following day", "le lendemain", "am nächsten Tag": the day after the day the sentence named before it
# (not "le lendemain du scrutin", the day after a thing named after it).
NEXT_DAY: dict[str, str] = {
    "en": r"\b(?:the (?:following|next) day|a day later)\b",
    "es": r"\b(?:al|el) día siguiente\b|\bun día después\b",
    "fr": r"\ble lendemain\b(?!\s+(?:de|du|des|d['’])\b)",
    "de": r"\b(?:am nächsten Tag|am folgenden Tag|tags darauf|einen Tag später)\b",
    "ru": r"\b(?:на следующий день|дн[её]м позже|на другой день)\b",
    "uk": r"\b(?:наступного дня|на наступний день|дн[ео]м пізніше|на другий день)\b",
    "tr": r"\b(?:ertesi gün|bir gün sonra)\b",
}


# Days or weeks before or after the day named before them in the sentence: "a week earlier", "неделей ранее",
# "две недели спустя" is not read; not a comparison ("three weeks earlier than last year").
SHIFTED: dict[str, str] = {
    "en": r"\b(?P<count>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>day|week)s?\s+"
          r"(?P<way>earlier|later)\b(?!\s+than\b)",
    "es": r"\b(?P<count>una?|dos|tres|cuatro|cinco|seis|siete|\d{1,2})\s+(?P<unit>días?|semanas?)\s+"
          r"(?P<way>antes|después|más tarde)\b(?!\s+(?:de|del|que)\b)",
    "fr": r"\b(?P<count>une?|deux|trois|quatre|cinq|six|sept|\d{1,2})\s+(?P<unit>jours?|semaines?)\s+plus\s+"
          r"(?P<way>tôt|tard)\b(?!\s+que\b)",
    "de": r"\b(?P<count>einen|eine|zwei|drei|vier|fünf|sechs|sieben|\d{1,2})\s+(?P<unit>Tage?|Wochen?)\s+"
          r"(?P<way>zuvor|davor|früher|später)\b(?!\s+als\b)",
    "ru": r"(?:\b(?P<count>двумя|тремя|\d{1,2})\s+)?\b(?P<unit>дн(?:ём|ем|ями)|недел(?:ей|ями))\s+"
          r"(?P<way>ранее|раньше|позже|позднее)\b(?!\s+чем\b)",
    "uk": r"(?:\b(?P<count>двома|трьома|\d{1,2})\s+)?\b(?P<unit>дн(?:ем|ями)|тижн(?:ем|ями))\s+"
          r"(?P<way>раніше|пізніше)\b(?!\s+ніж\b)",
}
EARLIER = {"earlier", "antes", "tôt", "zuvor", "davor", "früher", "ранее", "раньше", "раніше"}
# A day of the report's month named by its number alone: "el día 20 de este mes", "le 20 de ce mois", "the 20th
# of this month", "am 20. dieses Monats", "20 числа этого месяца", "bu ayın 20'sinde".
DAY_OF_THIS_MONTH: dict[str, str] = {
    "en": r"\bthe\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+this\s+month\b",
    "es": r"\b(?:el\s+)?(?:día\s+)?(?P<day>[0-3]?\d)\s+(?:de este mes|del mes en curso|del presente mes)\b",
    "fr": r"\ble\s+(?P<day>[0-3]?\d)(?:er)?\s+(?:de ce mois|du mois en cours|courant)\b",
    "de": r"\b(?:am\s+)?(?P<day>[0-3]?\d)\.\s+(?:dieses Monats|des laufenden Monats)\b",
    "ru": r"(?<![\d.,])(?P<day>[0-3]?\d)(?:-го)?\s+числа\s+(?:этого|текущего|нынешнего)\s+месяца\b",
    "uk": r"(?<![\d.,])(?P<day>[0-3]?\d)(?:-го)?\s+числа\s+(?:цього|поточного)\s+місяця\b",
    "tr": r"\bbu\s+ayın\s+(?P<day>[0-3]?\d)['’]\w+",
}

