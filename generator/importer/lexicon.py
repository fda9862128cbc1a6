"""The words a wire story dates its events with, per language: month and weekday names, and cue words.

Month and weekday names come from Babel's CLDR data (the format and stand-alone
wide names, and abbreviations that end with a dot), so every language CLDR
knows has them. What CLDR does not hold is written out here for the languages
the importer is measured on (en, uk, ru, es, fr, de, tr): the inflected forms
wire copy uses ("у травні", "в мае", "во вторник"), the relative expressions
("overnight", "вчора", "la semana pasada") and the tense cues that tell a
forward-looking sentence from a past one. A language without a table here
still gets CLDR's names; its relative words and tense cues are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

# Inflected month forms CLDR leaves out (locative after "у/в"), by language and month number.
_EXTRA_MONTHS: dict[str, dict[int, tuple[str, ...]]] = {
    "uk": {1: ("січні",), 2: ("лютому",), 3: ("березні",), 4: ("квітні",), 5: ("травні",), 6: ("червні",),
           7: ("липні",), 8: ("серпні",), 9: ("вересні",), 10: ("жовтні",), 11: ("листопаді",), 12: ("грудні",)},
    "ru": {1: ("январе",), 2: ("феврале",), 3: ("марте",), 4: ("апреле",), 5: ("мае",), 6: ("июне",),
           7: ("июле",), 8: ("августе",), 9: ("сентябре",), 10: ("октябре",), 11: ("ноябре",), 12: ("декабре",)},
    "en": {9: ("Sept.", "Sept"), 1: ("Jan",), 2: ("Feb",), 8: ("Aug",), 10: ("Oct",), 11: ("Nov",), 12: ("Dec",)},
}
# Accusative and genitive weekday forms ("у середу", "в пятницу", "до п'ятниці"), Monday = 0,
_EXTRA_WEEKDAYS: dict[str, dict[int, tuple[str, ...]]] = {
    "uk": {0: ("понеділка",), 1: ("вівторка",), 2: ("середу", "середи"), 3: ("четверга",),
           4: ("п’ятницю", "п'ятницю", "пʼятницю", "п’ятниці", "п'ятниці"), 5: ("суботу", "суботи"),
           6: ("неділю", "неділі")},
    # and Russian genitive and dative ones ("до пятницы", "с понедельника", "к четвергу"); not "среды", "среде",
    # which are mostly "environment" ("окружающей среды")
    "ru": {0: ("понедельника", "понедельнику"), 1: ("вторника", "вторнику"), 2: ("среду",),
           3: ("четверга", "четвергу"), 4: ("пятницу", "пятницы", "пятнице"), 5: ("субботу", "субботы", "субботе"),
           6: ("воскресенья", "воскресенью")},
}


@dataclass(frozen=True, eq=False)  # hashed by identity: one per language (``lexicon`` caches)
class Lexicon:
    """One language's date words as regular-expression fragments (each a non-capturing alternation)."""

    language: str
    months: dict[str, int]  # lowercase name → month number
    weekdays: dict[str, int]  # lowercase name → 0 (Monday) … 6
    case_sensitive: bool  # English months are capitalised ("May" the month, "may" the verb)
    month_suffix: str  # what may follow a month or weekday in the same word (Turkish "Mart'ta")
    weekday_suffix: str
    forward: str  # tense and cue words of a forward-looking clause
    back: str  # … and of a past one
    target: str  # words that name the day a thing is set for ("a strike for Thursday", "на 25 февраля"): the
    # tense of the verb before them is the setting's, not the day's, so the day is the nearest occurrence
    relative: dict[str, str]  # kind → pattern (see dates.py for the kinds)
    call: str = r"(?:x^)"  # a call to act ("called a strike for Thursday", "rief für Montag zu … auf"): the day it
    # sets is ahead of the call
    day_suffix: str = ""  # "15." in German, "15th" in English
    year_words: str = ""  # what may follow a year ("2022 року", "1999 yılında")
    year_before: str = ""  # words before a bare year ("in 2014", "у 2014")
    month_case: str = ""  # a case ending written onto a lowercase month without an apostrophe (Turkish "kasımda")
    month_before: str = ""  # words before a bare month ("in July", "у травні")

    def month_pattern(self) -> str:
        return _alternation(self.months, self.case_sensitive)

    def weekday_pattern(self) -> str:
        return _alternation(self.weekdays, self.case_sensitive)


def _alternation(words: dict[str, int], capitalised: bool) -> str:
    forms = [w[:1].upper() + w[1:] if capitalised else w for w in sorted(words, key=len, reverse=True)]
    return "(?:" + "|".join(re.escape(w) for w in forms) + ")"


_EN_PAST_VERBS = (
    "was due|were due|been due|"  # "before it was due to touch down late Monday": a plan that has passed
    "said|says|told|was|were|had|did|took|made|came|went|left|met|won|lost|began|fell|held|gave|saw|struck|"
    "shot|fled|broke|ran|rose|sent|spoke|stood|wrote|became|brought|bought|built|caught|drove|fought|found|"
    "got|hit|kept|knew|led|paid|put|set|sold|split|spent|swore|threw|took|underwent|woke|won|(?<=which )cut|"
    "(?<=who )cut|(?<=that )cut|\\w+ed|ago|last|"
    "(?<!minutes )(?<!hours )earlier|previous|previously|past|former|since"
)
_EN_FORWARD = (
    "will|'ll|shall|would|is due|are due|(?<!was )(?<!were )(?<!been )due|scheduled|set for|set to|is to|"
    "are to|(?<!a )(?<!the )(?<!new )(?<!its )(?<!their )plans?|(?:is|are) planned|planned for|planning|"
    "expected|expects|(?<=[a-z]s )expect|upcoming|next|until|till|"
    "(?<!had )(?<!has )(?<!have )(?<!a )(?<!the )(?<!its )forecasts?"
    "(?!\\s+(?:on|in|at|by|of|for|from|was|were|is|had|has)\\b)|"  # "its harvest forecast on Sept. 24": a noun
    "intends?|aims?|takes office|will be|is likely|"  # "a new plan", "had forecast": a noun, a past
    "are likely|to be held|coming|later|"
    "(?:postpon|delay|push|mov|extend)\\w*(?:\\s+back)?\\b[^.;]{0,60}?\\b(?:to|until|through)|"  # "postponed … to"
    "(?:order|told|tell|requir|instruct|summon|direct|urg|invit)\\w*\\s+(?:[\\w.'’-]+\\s+){1,3}?to\\s+"
    "(?!the\\b|a\\b|an\\b|his\\b|her\\b|its\\b|their\\b)[a-z]+"  # "ordered Marr to report to prison on April 6"
)

# Turkish words that end as a past tense does and are none: numbers, "olağanüstü", nouns in "-t" with their
# possessive ("şirketi", "hükümeti", "toplantı").
_TR_NOT_PAST = (r"(?:altı|yedi|kendi|şimdi|artı|üstü|olağanüstü|toplantı|kesinti|şirketi|devleti|hükümeti|heyeti|"
                r"tespiti|faaliyeti|kuvveti|seyahati|cumhuriyeti|milleti|ziyareti|sanatı|hayatı|saati|tarafı|"
                r"sonrası|öncesi|bakanlığı|müdürlüğü)\b")

_TABLES: dict[str, dict[str, object]] = {
    "en": {
        "forward": rf"\b(?:{_EN_FORWARD})\b",
        "back": rf"\b(?:{_EN_PAST_VERBS})\b",
        "target": r"\b(?:for|starting|beginning|effective|as of|date of|deadline of)(?=\s+(?:on\s+)?(?:next\s+|the\s+)?"
                  r"(?:[A-Z][a-z]*day\b|[A-Z][a-z]+\.?\s+\d))",  # "a strike for Thursday", "starting June 1"
        "relative": {
            "overnight": r"\b(?:overnight|last night|during the night|in the night)\b",
            "yesterday": r"\byesterday\b",
            "today": r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b",
            "tomorrow": r"\btomorrow\b",
            "last_weekend": r"\b(?:(?:last|the past|the previous) weekend|over the weekend)\b",
            "next_weekend": r"\b(?:next|the coming) weekend\b",
            "last_week": r"\b(?:last|the past|the previous) week\b",
            "next_week": r"\b(?:next|the coming) week\b",
            "last_month": r"\blast month\b",
            "this_month": r"\bearlier this month\b",
            "next_month": r"\bnext month\b",
            "last_year": r"\blast year(?:'s)?\b",
            "next_year": r"\bnext year(?:'s)?\b",
            "same_year": r"\b(?:that same year|the same year|that year)\b",
            "ago": r"\b(?<![\d.,])(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                   r"(?P<unit>day|week|month|year)s?\s+ago\b",
        },
        "day_suffix": r"(?:st|nd|rd|th)?",
        "year_before": r"(?:in|since|by|until|till|through|during|from|of|early|late|mid-|around|before|after|the|"
                       r"the end of|end of)",
        "month_before": r"(?:in|since|by|until|till|through|during|from|of|between|early|late|mid-|last|this|next)",
    },
    "uk": {
        "forward": r"(?:\bбуд[еу]\w*|\bвідбуд\w+|\bзаплан\w+|\bплан\w+|\bочіку\w+|\bма[єю]\w*|\bнаступн\w+|"
                   r"\w+(?:неться|нуться|меться|муться)\b|\bпочнеться|\bпланов\w+|\bможна\b|"  # "можна повернути"
                   r"\b(?:продовж|подовж|продовже|перенес|перенос|відклад)\w*\b[^.;]{0,60}?\b(?:до|на)\b|"
                   r"\b(?:доруч|зобов.яза|вимага)\w*\b[^.;]{0,60}?\bдо\b)",  # "доручив до 1 червня": a term set
        "target": r"(?<!ніч )\bна(?=\s+(?:понеділок|вівторок|середу|четвер|п.ятницю|суботу|неділю|"
                  r"\d{1,2}\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)))|"
                  r"\b(?:з|із)(?=\s+\d{1,2}\s+\w+\b(?!\s+(?:по|до)\s))|"  # "з 1 березня": from then on, no span
                  r"\b(?:мав|мала|мало|мали|повин\w+\s+бу\w+)\s+\w+(?:ти|тися|тись)\b",  # a plan told in the past
        "back": r"(?:\b[а-яіїєґ’']{2,}(?:в|ла|ло|ли|вся|лася|лося|лися)\b(?!['’])|\bминул\w+|\bтому\b|\bторік\b)",
        "relative": {
            "overnight": r"(?:\b[ву] ніч на (?P<to>\w+)|\bвночі\b|\bуночі\b|\bцієї ночі\b|\bминулої ночі\b|"
                         r"\b[ву] ніч на\b)",
            "yesterday": r"\b(?:вчора|учора|вчорашн\w+|учорашн\w+)\b",
            "eve": r"\bнапередодні\b",
            "today": r"\bсьогодні\b",
            "tomorrow": r"\b(?:завтра|завтрашн\w+)\b",
            "last_weekend": r"(?:\b(?:на|у|в) минулих вихідних\b|\b[ув] минулі вихідні\b|\bминулих вихідних\b)",
            "next_weekend": r"(?:\bна наступних вихідних\b|\b[ув] наступні вихідні\b)",
            "last_week": r"(?:\bминулого тижня\b|\bна минулому тижні\b|\bза минулий тиждень\b)",
            "next_week": r"(?:\bнаступного тижня\b|\bна наступному тижні\b|\bна наступний тиждень\b)",
            "last_month": r"(?:\bминулого місяця\b)",
            "next_month": r"(?:\bнаступного місяця\b|\bна наступний місяць\b)",
            "last_year": r"(?:\bминулого року\b|\bторік\b|\bу минулому році\b)",
            "next_year": r"(?:\bнаступного року\b)",
            "same_year": r"\b(?:того ж року|того самого року)\b",
        },
        "year_words": r"(?:\s+(?:роках|роки|років|року|році|рік|рр\.|р\.))",
        "year_before": r"(?:у|в|з|із|до|від|після|на)",
        "month_before": r"(?:у|в|з|із|до|від|після|на|на початку|від початку|з початку|наприкінці|у середині|"
                        r"в середині)",
    },
    "ru": {
        "forward": r"(?:\bбуд[еу]\w*|\bсостоит\w*|\bзаплан\w+|\bпланиру\w+|\bожида\w+|\bследующ\w+|\bпредстоящ\w+|"
                   r"\bнамечен\w*|\bпровед[её]т\b|\bдолж\w+|\bможно\b|"  # "подать можно до 1 июня"
                   r"\b(?:продл|продол|перен[оеё]с|отлож)\w*\b[^.;]{0,60}?\b(?:до|на)\b|"  # "продлило запрет до"
                   r"\b(?:поруч|обяза|потребова)\w*\b[^.;]{0,60}?\bдо\b)",  # "поручил до 1 июня провести": a term
        "target": r"(?<!ночь )\bна(?=\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|"
                  r"\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)))|"
                  r"\b(?:с|со)(?=\s+\d{1,2}\s+\w+\b(?!\s+(?:по|до)\s))|"  # "с 1 марта": from then on, no span
                  r"\bдолжн\w+\s+был\w*\s+\w+(?:ть|ти|ться|тись)\b",  # a plan told in the past: the nearest day
        "back": r"(?:\b[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)\b|\bпрошл\w+|\bназад\b|"
                r"\b[а-яё]{2,}(?:вш|дш)(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ся|ийся|егося)\b)",  # "стартовавшего"
        "relative": {
            "overnight": r"(?:\bв ночь на (?P<to>\w+)|\bночью\b|\bэтой ночью\b|\bпрошлой ночью\b|\bв ночь на\b)",
            "yesterday": r"\b(?:вчера|вчерашн\w+)\b",
            "eve": r"\bнакануне\b",
            "today": r"\bсегодня\b",
            "tomorrow": r"\b(?:завтра|завтрашн\w+)\b",
            "last_weekend": r"(?:\bв (?:минувшие|прошлые|прошедшие) выходные\b|\bна (?:минувших|прошлых) выходных\b)",
            "next_weekend": r"(?:\bв (?:ближайшие|следующие|предстоящие) выходные\b)",
            "last_week": r"(?:\bна прошлой неделе\b|\bза прошлую неделю\b)",
            "next_week": r"(?:\bна (?:следующей|будущей) неделе\b|\bна (?:следующую|будущую) неделю\b)",
            "last_month": r"(?:\bв прошлом месяце\b)",
            "next_month": r"(?:\bв следующем месяце\b|\bна следующий месяц\b)",
            "last_year": r"(?:\bв прошлом году\b|\bпрошлого года\b)",
            "next_year": r"(?:\bв следующем году\b|\bследующего года\b)",
            "same_year": r"\bтого же года\b",
        },
        "year_words": r"(?:\s+(?:годах|годы|годов|года|году|год|гг\.|г\.))",
        "year_before": r"(?:в|с|до|после|к|на)",
        "month_before": r"(?:в|с|до|после|к|на|в начале|в конце|в середине)",
    },
    "es": {
        "forward": r"(?:\b\w+(?:rá|rán)\b|\bpróxim\w+|\bprevist\w+|\bseñalad\w+|\bfijad\w+|\bprogramad\w+|"
                   r"\bse espera\b|"
                   r"\bhasta\b|"
                   r"\b(?:aplaz|pospu|pospon|retras|prorrog|prolong|ampli)\w*\b[^.;]{0,60}?\b(?:a|al|hasta)|"
                   r"\bplanea\w*|\bva a\b|\bvan a\b|\bque viene\b|\bespera(?:mos|n)?\b)",  # "esperamos reanudar"
        "back": r"(?:\b\w+(?:ó|aron|ieron|ió)\b|\b\w{2,}(?:aran|ieran)\b|"  # "después de que llegaran"
                r"\b\w{3,}(?:ad|id)[oa]s?(?=\s+(?:el|este|ayer|anteayer)\b)|"  # "presentada el viernes": done then
                r"\bfue\b|\bfueron\b|\bdijo\b|\bhizo\b|\btuvo\b|\bhabía\w*|"
                r"\bpasad[oa]\b|\bhace\b|\bdesde\b)",
        "target": r"\b(?:para|a partir del?)(?=\s+(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
                  r"\d{1,2}\s+de\s))",
        "relative": {
            "overnight": r"(?:\bdurante la noche\b|\besta madrugada\b|\banoche\b)",
            "yesterday": r"\bayer\b",
            "eve": r"\bla víspera\b",
            "today": r"\b(?:hoy|esta (?:mañana|tarde|noche))\b",
            "tomorrow": r"(?<!la )(?<!esta )\bmañana\b",
            "last_weekend": r"(?:\b(?:el )?(?:pasado|último) fin de semana\b|\bel fin de semana pasado\b)",
            "next_weekend": r"(?:\bel próximo fin de semana\b|\bel fin de semana que viene\b)",
            "last_week": r"(?:\bla semana pasada\b)",
            "next_week": r"(?:\bla próxima semana\b|\bla semana próxima\b|\bla semana que viene\b)",
            "last_month": r"(?:\bel mes pasado\b)",
            "next_month": r"(?:\bel próximo mes\b|\bel mes que viene\b)",
            "last_year": r"(?:\b(?:el|del) año pasado\b)",
            "next_year": r"(?:\b(?:el|del) próximo año\b|\b(?:el|del) año que viene\b)",
            "same_year": r"\b(?:del mismo año|de ese año)\b",
        },
        "year_before": r"(?:en|desde|de|del|hasta|para|antes de)",
        "month_before": r"(?:en|desde|de|hasta|para|entre|a principios de|a finales de|a mediados de|el pasado|"
                        r"el próximo)",
    },
    "fr": {
        "forward": r"(?:\b\w+(?:ra|ront)\b|\bprochain\w*|\bprévu\w*|\bdoit\b|\bdoivent\b|\bdevrait\b|\bva\b|"
                   r"\b(?:repouss|report|décal|prolong)\w*\b[^.;]{0,60}?(?:\bà|\bau|\bjusqu'à)(?:\s+la)?|"
                   r"\bvont\b|\bjusqu\w*|\bd'ici\b|"  # "repoussait à la"
                   r"\battendue?s?\b|\bs'attend\w*|"  # "le verdict est attendu le 29 mai"
                   r"\bappel(?:le|lent|é|ée|és|ées|ait|aient)\s+à\b)",  # "a appelé à un rassemblement samedi"
        "target": r"\bvis(?:ait|aient)\b|\bprévoy(?:ait|aient)\b|"  # "visait une remise en service le 15 décembre"
                  r"\b(?:à partir|dès)(?=\s+(?:du|de|le)\s+(?:\d{1,2}(?:er)?\s|lundi|mardi|mercredi|jeudi|vendredi|"
                  r"samedi|dimanche))|"  # "la fermeture à partir du 1er juin": from the nearest 1 June
                  r"\bpour(?=\s+(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                  r"\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                  r"décembre)))",
        "back": r"(?:\b(?:a|ont|avait|avaient|était|étaient|fut|furent)\b|(?<!\bla )(?<!\ble )(?<!\bles )"
                r"\bderni(?:er|ère)\b|\bprécédent\w*|"
                r"\bdepuis\b|\bil y a\b|\b(?:est|sont)\s+\w+(?:é|ée|és|ées|u|ue|us|is)\b|"
                r"\b(?:arrivée?s?|élue?s?|nommée?s?|née?s?|morte?s?|décédée?s?|partie?s?|venue?s?|sortie?s?|"
                r"entrée?s?|revenue?s?|rentrée?s?|tombée?s?|restée?s?)\b)",  # "s'est rendu", "arrivé en avril"
        "relative": {
            "overnight": r"(?:\bdans la nuit(?! du \d)(?: de (?P<from>\w+) à (?P<to>\w+))?|\bcette nuit\b|"
                         r"\bla nuit dernière\b)",
            "yesterday": r"\bhier\b",
            "eve": r"\bla veille\b",
            "today": r"\b(?:aujourd'hui|ce matin|cet après-midi|ce soir)\b",
            "tomorrow": r"\bdemain\b",
            "last_weekend": r"(?:\b(?:le )?week-end (?:dernier|passé)\b)",
            "next_weekend": r"(?:\b(?:le )?week-end prochain\b)",
            "last_week": r"(?:\bla semaine (?:dernière|passée)\b)",
            "next_week": r"(?:\bla semaine prochaine\b)",
            "last_month": r"(?:\ble mois dernier\b)",
            "next_month": r"(?:\ble mois prochain\b)",
            "last_year": r"(?:\bl'an dernier\b|\bl'année dernière\b|\bl'an passé\b|\bl'année passée\b)",
            "next_year": r"(?:\bl'an prochain\b|\bl'année prochaine\b)",
            "same_year": r"\b(?:de la même année|cette même année)\b",
        },
        "day_suffix": r"(?:er)?",  # "le 1er octobre"
        "year_before": r"(?:en|depuis|de|d'ici|jusqu'en|avant|après|dès)",
        "month_before": r"(?:en|depuis|de|d'ici|jusqu'en|avant|après|dès|entre|début|fin|mi-)",
    },
    "de": {
        "forward": r"(?:\bwird\b|\bwerden\b|\bwerde\b|\bsoll\w*|\bwill\b|\bwollen\b|\bgeplant(?:e[nrms]?)?\b|"
                   r"\bvorgesehene[nrms]?\b|\bangesetzte[nrms]?\b|\bkommend\w+|"
                   r"\bnächst\w+(?! Tag)|"
                   r"\bbis\b|\bplan\w+|\berwartet\b|"
                   r"\b(?:könnten?|dürften?)\b(?![^.;]*\b(?:haben|sein)\b))",  # "könnte … fallen", not "… sein"
        "target": r"\b(?:für|ab)(?=\s+(?:den\s+|dem\s+|kommenden\s+|nächsten\s+)?"
                  r"(?:(?:[A-Z]\w*tag|Mittwoch|Sonnabend)(?:abend|morgen|nachmittag|vormittag|nacht|mittag|früh)?\b|"
                  r"\d{1,2}\.\s))",
        "back": r"(?:\bhat\b|\bhaben\b|\bhatte\w*|\bwar\w*|\bwurde\w*|\bsagte\w*|\bteilte\w*|"
                r"\b(?<!die )(?<!der )(?<!das )(?<!den )(?<!dem )(?<!eine )(?<!ihre )(?<!seine )"
                r"[a-zäöüß]\w*te\b(?<!ste)(?<!sollte)(?<!wollte)"  # "die letzte Dolde": an adjective
                r"(?<!könnte)(?<!möchte)(?<!dürfte)(?<!müsste)(?<!würde)|"  # "könnte … fallen": a subjunctive
                r"\b(?:be|ent|er|ver|zer|über|unter|an|auf|aus|ab|zu|vor|zurück|ein|mit|nach|fest|statt)?"
                r"(?:trat|ließ|kam|ging|fand|gab|nahm|stand|lag|blieb|fiel|hielt|lief|rief|schrieb|sprach|traf|trug|"
                r"zog|brach|starb|warf|wies|schloss|sank|stieg|gewann|verlor|begann|bat|bot|schied|fuhr|flog|schlug|"
                r"sah|wuchs|griff|litt|stahl|floh)(?:en)?\b|"  # strong pasts: "trat zurück", "verließ", "entschied"
                r"\bsei\b|\bseien\b|\bhabe\b|\bhätten?\b|"  # the subjunctive of reported speech: "seien gegangen"
                r"\bletzt\w+(?=\s+(?:Woche|Monat|Jahr|Jahres|Mal|Wochenende|Tag|Tagen|Nacht|Sommer|Winter|"
                r"Herbst|Frühjahr|Saison|[A-Z]\w*tag|Mittwoch|Sonnabend)\b)|\bvergangen\w+|\bvor\b|\bseit\b|"
                r"\bbereits\b(?!\s+(?:am|an|im|in|ab|zum|vom|um|Anfang|Ende|Mitte|\d)\b))",  # "bereits am Freitag soll"
        "relative": {
            "overnight": r"(?:\bin der Nacht(?: zu[mr]? (?P<to>\w+))?|\büber Nacht\b|\bnachts\b|"
                         r"\b(?:in )?der (?:vergangenen|letzten) Nacht\b|\b(?:vergangene|letzte) Nacht\b)",
            "yesterday": r"\b(?:gestern|gestrig\w*)\b",
            "eve": r"\bam Vortag\b",
            "today": r"\bheute\b",
            "tomorrow": r"(?:(?<!am )(?<!heute )(?<!gestern )\bmorgen\b|\bmorgig\w*)",
            "last_weekend": r"(?:\b(?:am |über das )?(?:vergangenen|letzten) Wochenende\b)",
            "next_weekend": r"(?:\b(?:am |über das )?(?:kommenden|nächsten) Wochenende\b)",
            "last_week": r"(?:\b(?:in der )?(?:vergangene|letzte|vorige)[nr]? Woche\b)",
            "next_week": r"(?:\b(?:in der )?(?:kommende|nächste)n? Woche\b)",
            "last_month": r"(?:\b(?:im )?(?:vergangenen|letzten) Monat\b)",
            "next_month": r"(?:\b(?:im )?(?:kommenden|nächsten) Monat\b)",
            "last_year": r"(?:\b(?:im )?(?:vergangenen|letzten|vorigen) Jahr(?:es)?\b|\bletztes Jahr\b)",
            "next_year": r"(?:\b(?:im )?(?:kommenden|nächsten) Jahr(?:es)?\b|\bnächstes Jahr\b)",
            "same_year": r"\b(?:desselben Jahres|des gleichen Jahres)\b",
        },
        "day_suffix": r"\.",
        "year_before": r"(?:im Jahr|seit|bis|ab|nach|vor|von|in)",
        "month_before": r"(?:(?:im|seit|bis|ab|nach|vor|von)(?:\s+(?:vergangenen|letzten|vorigen|kommenden|nächsten))?|"
                        r"bis einschließlich|bis inklusive|auf|zwischen|Anfang|Ende|Mitte)",  # "im vergangenen
        # Dezember": the word says which; "auf Januar verschoben"
    },
    "tr": {
        "forward": r"(?:\b\w+(?:acak|ecek)(?!t[ıi](?:k|m|n|nız|niz|lar|ler)?\b)\w*|\b\w+(?:acağ|eceğ)\w*|"
                   r"\bplanlan\w+|\bbir sonraki\b|\bgelecek\b|\bönümüzdeki\b|"
                   r"\bkadar\b|\bbeklen\w*)",  # "bekleniyor", "beklenen"
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
            "last_year": r"(?:\bgeçen yıl\b|\bgeçen sene\b)",
            "next_year": r"(?:\bgelecek yıl\b|\bönümüzdeki yıl\b|\bseneye\b)",
            "same_year": r"\baynı yıl\w*",
        },
        "year_words": r"(?:\s+(?:yıllarında|yılları|yılından|yılında|yılına|yılı)|"
                      r"['’](?:de|da|te|ta|den|dan|ten|tan|e|a|ye|ya)\b)",
        "year_before": r"(?:x^)",  # Turkish marks the year with a suffix or "yılında", never a word before
        "month_before": r"(?:x^)",
    },
}
# A call to act ("call", "aufrufen", "appeler", "convocar", "призвать", "закликати"): a day set for what it calls
# for is ahead of the call. German "aufrufen" splits: "rief … auf".
_CALL = {
    "en": r"\bcall(?:s|ed|ing)?\b",
    "de": r"\b(?:aufgerufen|aufrufen|aufzurufen)\b|\b(?:rief|riefen|ruft|rufen)\b[^.;]{0,120}?\bauf\b",
    "fr": r"\bappel(?:le|lent|é|ée|és|ées|ait|aient|er|ant)\b",
    "es": r"\bconvoc\w+",
    "ru": r"\bпризва\w*|\bпризыва\w*",
    "uk": r"\bзакли\w*",
}
# Turkish case endings on a month name written without an apostrophe, as a common noun is ("kasımda", "martta",
# "ekimden", "ocağa", "aralıktaki"): locative and ablative (-da/-de/-ta/-te, -dan/-den/-tan/-ten, "-daki") and
# dative (-a/-e; "ocak", "aralık" soften to "ocağa", "aralığa"). Every month name ends in a consonant.
_TR_CASE = r"(?:[dt][ae](?:n|ki)?|[ae])"
# Words right before or after a weekday that make it the last or the next one ("в прошлую среду", "mardi dernier").
WEEKDAY_LAST = r"(?:прошл\w+|минул\w+|pasado|pasada|derni(?:er|ère)|vergangenen|letzten|vorigen|geçen)"
WEEKDAY_NEXT = r"(?:следующ\w+|будущ\w+|наступн\w+|próximo|próxima|prochain\w*|kommenden|nächsten|gelecek|önümüzdeki)"

_SUFFIX = {"tr": r"(?:['’]\w+|\s+ayında|\s+ayı)?", "de": r"(?:abend|morgen|nachmittag|vormittag|nacht|mittag|früh)?"}

# Number words for "two years ago", "hace dos años", "iki yıl önce" (a missing number is one: "год назад").
_N = ("one two three four five six seven eight nine ten", "uno dos tres cuatro cinco seis siete ocho nueve diez",
      "un deux trois quatre cinq six sept huit neuf dix", "einem zwei drei vier fünf sechs sieben acht neun zehn",
      "один два три четыре пять шесть семь восемь девять десять",
      "один два три чотири п'ять шість сім вісім дев'ять десять", "bir iki üç dört beş altı yedi sekiz dokuz on")
NUMBERS: dict[str, int] = {w: i for words in _N for i, w in enumerate(words.split(), 1)} | {
    "a": 1, "an": 1, "una": 1, "une": 1, "einer": 1, "einen": 1, "eine": 1, "одну": 1, "две": 2, "дві": 2,
    "двумя": 2, "тремя": 3, "двома": 2, "трьома": 3, "пʼять": 5,
    "п’ять": 5, "девʼять": 9, "дев’ять": 9}
_COUNT = r"(?P<count>" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|(?<![\d.,])\d{1,3}(?![\d.,]\d))"
# The unit a word of "ago" names, by its first letters, per language.
UNITS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("day", "day"), ("week", "week"), ("month", "month"), ("year", "year")),
    "es": (("día", "day"), ("dia", "day"), ("semana", "week"), ("mes", "month"), ("año", "year")),
    "fr": (("jour", "day"), ("semaine", "week"), ("mois", "month"), ("an", "year")),
    "de": (("tag", "day"), ("woche", "week"), ("monat", "month"), ("jahr", "year")),
    "ru": (("д", "day"), ("недел", "week"), ("месяц", "month"), ("год", "year"), ("лет", "year")),
    "uk": (("д", "day"), ("тиж", "week"), ("місяц", "month"), ("р", "year")),
    "tr": (("gün", "day"), ("hafta", "week"), ("ay", "month"), ("yıl", "year"), ("sene", "year")),
}
# "this year" in each language: a month without a year in the same sentence is the report's year's.
THIS_YEAR = re.compile(r"\b(?:this year|cette année|este año|en lo que va de año|(?:in )?diesem Jahr|dieses Jahr|"
                       r"в этом году|этого года|цього року|[ув] цьому році|bu yıl)\b", re.IGNORECASE)
# A quarter or half of a year ("im ersten Halbjahr", "au premier trimestre 2024", "в первом полугодии"): the
# ordinal, the part, and its year if given. English "first half" and "first quarter" only "of the year" or of a
# year: alone they are as often a game's.
_ORDINAL = r"(?P<nth>first|second|third|fourth|last|erste[nm]?|zweite[nm]?|dritte[nm]?|vierte[nm]?|letzte[nm]?|"\
           r"primer|segundo|tercer|cuarto|último|premier|deuxième|second|troisième|quatrième|dernier|"\
           r"перв\w+|втор\w+|трет\w+|четв[её]рт\w+|перш\w+|друг\w+|ilk|ikinci|üçüncü|dördüncü|son|[1-4]\.)"
PART_OF_YEAR: dict[str, str] = {
    "en": r"\bthe\s+" + _ORDINAL + r"[\s-]+(?P<part>half|quarter)\s+of\s+(?:the\s+year|(?P<this>this)\s+year|"
          r"(?P<last>last)\s+year|(?P<next>next)\s+year|(?P<year>(?:19|20)\d\d))\b",
    "de": r"\b(?:im|in dem|das|dem)\s+" + _ORDINAL + r"\s+(?P<part>Halbjahr|Quartal)(?:es)?"
          r"(?:\s+(?:des Jahres\s+)?(?P<year>(?:19|20)\d\d)|\s+des\s+(?:(?P<next>kommenden|nächsten)\s+Jahres|"
          r"(?P<last>vergangenen|letzten)\s+Jahres|(?P<this>laufenden)\s+Jahres)|\s+(?P<this2>dieses)\s+Jahres)?\b",
    "es": r"\b(?:el|del)\s+" + _ORDINAL + r"\s+(?P<part>semestre|trimestre)(?:\s+del?\s+(?:año\s+)?"
          r"(?P<year>(?:19|20)\d\d)|\s+del\s+(?:(?P<next>próximo año|año que viene|año próximo)|"
          r"(?P<last>año pasado))|\s+de\s+(?P<this>este año))?\b",
    "fr": r"\b(?:au|du|le)\s+" + _ORDINAL + r"\s+(?P<part>semestre|trimestre)(?:\s+(?:de\s+|d['’])?"
          r"(?P<year>(?:19|20)\d\d)|\s+de\s+l['’](?:(?P<next>année prochaine|an prochain)|"
          r"(?P<last>année dernière|an dernier|année passée))|\s+de\s+(?P<this>cette année))?\b",
    "ru": r"(?:\bв|\bза|\bна)\s+" + _ORDINAL + r"\s+(?P<part>полугоди\w+|квартал\w*)"
          r"(?:\s+(?P<year>(?:19|20)\d\d)\s+года|"
          r"\s+(?P<next>следующего|будущего)\s+года|\s+(?P<last>прошлого)\s+года|\s+(?P<this>этого|текущего)\s+года)?",
    "uk": r"(?:\b[ув]|\bза|\bна)\s+" + _ORDINAL + r"\s+(?P<part>півріч\w+|квартал\w*)"
          r"(?:\s+(?P<year>(?:19|20)\d\d)\s+року|"
          r"\s+(?P<next>наступного)\s+року|\s+(?P<last>минулого)\s+року|\s+(?P<this>цього|поточного)\s+року)?",
    "tr": r"(?:\b(?P<year>(?:19|20)\d\d)\s+yılının|\b(?P<next>gelecek|önümüzdeki)\s+yılın|\b(?P<last>geçen)\s+yılın|"
          r"\b(?P<this>bu)\s+yılın|\byılın)?\s*\b" + _ORDINAL
          + r"\s+(?P<part>çeyre\w+|yarısında|yarısı\w*|yarıyıl\w*)",
}
_NTH = (("first", 1), ("erst", 1), ("primer", 1), ("premier", 1), ("перв", 1), ("перш", 1), ("ilk", 1), ("1", 1),
        ("second", 2), ("zweit", 2), ("segund", 2), ("deuxi", 2), ("втор", 2), ("друг", 2), ("ikinci", 2), ("2", 2),
        ("third", 3), ("dritt", 3), ("tercer", 3), ("troisi", 3), ("трет", 3), ("üçüncü", 3), ("3", 3),
        ("fourth", 4), ("viert", 4), ("cuart", 4), ("quatri", 4), ("четв", 4), ("dördüncü", 4), ("4", 4),
        ("last", 0), ("letzt", 0), ("últim", 0), ("dernier", 0), ("son", 0))

# A season of a named year ("l'été 2019", "autumn 2024", "осенью 2024 года", "2024 sonbaharında"): its months, in
# the northern hemisphere's seasons. Winter, which spans two years, and a season without its year are left out.
SEASON: dict[str, str] = {
    "en": r"\b(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?(?P<year>(?:1[5-9]|20)\d\d)\b",
    "de": r"\b(?P<season>Frühling|Frühjahr|Sommer|Herbst)(?:e?s)?\s+(?P<year>(?:1[5-9]|20)\d\d)\b",
    "es": r"\b(?P<season>primavera|verano|otoño)\s+(?:del?\s+)?(?P<year>(?:1[5-9]|20)\d\d)\b",
    "fr": r"\b(?P<season>printemps|été|automne)\s+(?:de\s+|d['’])?(?P<year>(?:1[5-9]|20)\d\d)\b",
    "ru": r"(?<![\w-])(?P<season>весн(?:а|ой|ы|у|е)|лет(?:о|ом|а|е)|осен(?:ь|ью|и))\s+"
          r"(?P<year>(?:1[5-9]|20)\d\d)\s+года\b",
    "uk": r"(?<![\w-])(?P<season>весн(?:а|ою|и|у|і)|навесні|літ(?:о|ом|а|і)|влітку|осін(?:ь|ню)|осен(?:і)|восени)\s+"
          r"(?P<year>(?:1[5-9]|20)\d\d)\s+року\b",
    "tr": r"\b(?P<year>(?:1[5-9]|20)\d\d)\s+(?P<season>ilkbahar|bahar|yaz|sonbahar)(?:ı|ın|ında|ından|a)\b",
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
    "en": r"\b(?:the\s+)?end\s+of\s+(?P<year>(?:19|20)\d\d)\b",
    "de": r"\bEnde\s+(?P<year>(?:19|20)\d\d)\b",
    "fr": r"\bfin\s+(?P<year>(?:19|20)\d\d)\b",
    "es": r"\b(?:finales|fines|final)\s+de(?:l año)?\s+(?P<year>(?:19|20)\d\d)\b",
    "ru": r"(?<![\w-])конц[еау]\s+(?P<year>(?:19|20)\d\d)\s+года\b",
    "uk": r"(?<![\w-])(?:наприкінці|кінц[іяю])\s+(?P<year>(?:19|20)\d\d)\s+року\b",
    "tr": r"\b(?P<year>(?:19|20)\d\d)\s+(?:yılı\s+)?sonu(?:na|nda|ndan)?\b",
}
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
    "tr": r"\b(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<first>{m})\s*[-–—]\s*(?P<last>{m})\s+(?:döneminde|dönemi|ayları)",
}


def part_of_year(nth: str, part: str) -> tuple[int, int] | None:
    """The first and last month of the ``nth`` half or quarter ("ersten", "Halbjahr" → (1, 6)); None if unknown."""
    half = part.lower()[:3] in ("hal", "sem", "пол", "пів", "yar")
    length = 6 if half else 3
    number = next((n for start, n in _NTH if nth.lower().startswith(start)), None)
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


def _first_kinds(language: str) -> dict[str, str]:
    """The relative expressions read before all others (a longer phrase before the words it holds)."""
    kinds = {"part_of_year": PART_OF_YEAR.get(language), "season": SEASON.get(language),
             "months_of_year": MONTHS_OF_YEAR.get(language), "quarters_of_year": QUARTERS_OF_YEAR.get(language),
             "end_of_year": END_OF_YEAR.get(language), "quarter_alone": QUARTER_ALONE.get(language),
             "decade": DECADE.get(language),
             "next_day": NEXT_DAY.get(language), "day_of_this_month": DAY_OF_THIS_MONTH.get(language),
             "shifted": SHIFTED.get(language)}
    return {kind: pattern for kind, pattern in kinds.items() if pattern} | _FIRST_RELATIVE.get(language, {})


# Relative expressions read before those of ``_TABLES`` (so "anteayer" is not "ayer", "pasado mañana" not "mañana"):
# two days back or ahead, the weekend of the report's week, and "ago" with its number.
_FIRST_RELATIVE: dict[str, dict[str, str]] = {
    "en": {"two_days_ago": r"\bthe day before yesterday\b", "in_two_days": r"\bthe day after tomorrow\b",
           "this_weekend": r"\bthis (?:coming )?weekend\b"},
    "es": {"two_days_ago": r"\b(?:anteayer|antier|antes de ayer)\b", "in_two_days": r"\bpasado mañana\b",
           "this_weekend": r"\beste fin de semana\b",
           "ago": r"\bhace\s+" + _COUNT + r"\s+(?P<unit>días?|semanas?|mes(?:es)?|años?)\b"},
    "fr": {"two_days_ago": r"\bavant-hier\b", "in_two_days": r"\baprès-demain\b",
           "this_weekend": r"\bce week-?end\b",
           "ago": r"\bil y a\s+" + _COUNT + r"\s+(?P<unit>jours?|semaines?|mois|ans?|années?)\b"},
    "de": {"two_days_ago": r"\bvorgestern\b", "in_two_days": r"\bübermorgen\b",
           "this_weekend": r"\b(?:an |am |über das )?diese[mns]? Wochenende\b",
           "ago": r"\bvor\s+" + _COUNT + r"\s+(?P<unit>Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)\b"},
    "ru": {"two_days_ago": r"\bпозавчера\b", "in_two_days": r"\bпослезавтра\b",
           "this_weekend": r"(?:\bв эти выходные\b|\bна этих выходных\b)",
           "ago": r"(?:\b" + _COUNT + r"\s+)?\b(?P<unit>дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|года?|лет)"
                  r"\s+назад\b"},
    "uk": {"two_days_ago": r"\bпоза(?:в|у)чора\b", "in_two_days": r"\bпіслязавтра\b",
           "this_weekend": r"(?:\b[ув] ці вихідні\b|\bцими вихідними\b|\bна цих вихідних\b)",
           "ago": r"(?:\b" + _COUNT + r"\s+)?\b(?P<unit>д(?:ень|ні|нів)|тиж(?:день|ні|нів)|місяц(?:ь|і|ів)|"
                  r"р(?:ік|оки|оків))\s+тому\b"},
    "tr": {"two_days_ago": r"\b(?:evvelsi gün|evvelki gün|önceki gün)\b", "in_two_days": r"\böbür gün\b",
           "this_weekend": r"\bbu hafta ?sonu(?:nda)?\b",
           "ago": r"\b" + _COUNT + r"\s+(?P<unit>gün|hafta|ay|yıl|sene)\s+önce\b"},
}


def _language(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower() or "en"


@cache
def lexicon(tag: str) -> Lexicon:
    """The lexicon of a BCP 47 tag's language (``pt-BR`` → ``pt``); English when CLDR does not know it."""
    language = _language(tag)
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        language, locale = "en", Locale.parse("en")
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.months[context]["wide"].items():
            months[name.lower()] = number
        for number, name in locale.months[context]["abbreviated"].items():
            if (name.endswith(".") and len(name) >= 4) or language == "en":
                months[name.lower()] = number
    if language == "tr":  # the stems "ocak" and "aralık" soften before a vowel: "ocağa", "aralığa"
        months.update({"ocağ": 1, "aralığ": 12})
    for number, forms in _EXTRA_MONTHS.get(language, {}).items():
        months.update({form.lower(): number for form in forms})
    if language == "en":
        months.pop("may.", None)
    weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            weekdays[name.lower()] = number
    for number, forms in _EXTRA_WEEKDAYS.get(language, {}).items():
        weekdays.update({form.lower(): number for form in forms})
    table = _TABLES.get(language, {})
    never = r"(?:x^)"
    return Lexicon(
        language=language, months=months, weekdays=weekdays, case_sensitive=language == "en",
        month_suffix=_SUFFIX.get(language, "") if language == "tr" else "",
        weekday_suffix=_SUFFIX.get(language, ""),
        forward=str(table.get("forward", never)), back=str(table.get("back", never)),
        target=str(table.get("target", never)), call=_CALL.get(language, never),
        relative=_first_kinds(language) | dict(table.get("relative", {})),  # type: ignore[call-overload]
        day_suffix=str(table.get("day_suffix", "")), year_words=str(table.get("year_words", "")),
        year_before=str(table.get("year_before", r"(?:in)")), month_before=str(table.get("month_before", never)),
        month_case=_TR_CASE if language == "tr" else "",
    )


def month_of(lex: Lexicon, word: str) -> int:
    """The month a matched month word names ("Mart'ta" → 3)."""
    key = re.split(r"['’\s]", word.strip())[0].lower()
    return lex.months[key] if key in lex.months else lex.months[word.strip().lower()]


def weekday_of(lex: Lexicon, word: str) -> int:
    key = word.lower()
    for name in sorted(lex.weekdays, key=len, reverse=True):
        if key.startswith(name):
            return lex.weekdays[name]
    raise KeyError(word)


def unit_of(lex: Lexicon, word: str) -> str | None:
    """The unit ("day", "week", "month", "year") a word of "ago" names ("Jahren" → "year"), None if none."""
    low = word.lower()
    return next((unit for start, unit in UNITS.get(lex.language, ()) if low.startswith(start)), None)
