"""The title step: an event's title is the clause that carries its date, made a headline.

``event_title`` takes the clause (and its neighbours) of one date mention and
writes what a desk editor would keep, in the clause's own language:

* the date words go, with the preposition that introduced them (``remove_dates``);
* leading clause words, connectives and adverbials go ("Meanwhile,", "who", "que");
  a relative clause takes the short clause before it as its subject
  ("Pellegrini, who beat Korcok in the April 6 runoff" → "Pellegrini beat Korcok in the runoff");
* a reporting frame ("X said", "informó la central sindical", "сообщил губернатор",
  "teilte das Unternehmen mit") becomes "Reporter said + what was said" (``reported``);
* the subject comes first: German verb-second order is put back ("Am Mittwoch hatte
  Scholz …" → "Scholz hatte …"), a clause without a subject takes the sentence's
  (``subject_first``), and a pronoun subject the named actor it clearly stands for;
* a bare event noun gets its verb in the tense of its date ("The presidential election"
  → "The presidential election was held", ``noun_event``);
* a dated phrase without a verb of its own is told with its governing clause ("…, against 127,000 in
  2024" → "127,000 cases were recorded", ``governing``); a participle with the noun it describes
  ("Luis Castro, arrivé en juin" → "Luis Castro est arrivé"); "the first … since DATE" as when it last
  happened ("The Fed last cut rates");
* Russian and Ukrainian titles put their subject first (a dated participle clause, a fronted phrase, a
  subject after an intransitive verb, ``slavic``); a German "dass" clause is stated as a main clause;
* cut to at most 80 characters at a phrase boundary, never on a dangling word, inside a name or "…"
  (``fit``; a Turkish title loses the adjuncts before its verb);
* two events of one sentence never share a title: the second keeps what tells it apart (its own
  predicate, or the clause up to its own date).

Rules and word lists per language (en, uk, ru, es, fr, de, tr); other languages get
the language-free steps only.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from generator.dates import PartialDate
from generator.importer.dates import Mention
from generator.importer.fit import LIMIT, PREPOSITIONS, fit, nominal_passive, noun_event, particle, shorter_subject
from generator.importer.reporting import FR_TRANSITIVE, PLACE_FIRST, frame, quoted, report_title, says
from generator.importer.subjects import (
    _DE_FINITE,
    _DE_SUBORDINATOR,
    german_indicative,
    german_main_clause,
    german_order,
    name_before,
    names_in,
    resolve_pronoun,
    turkish_participle,
)
from generator.importer.verbs import PAST_PATTERN, finite
from generator.link.duplicates import alike, period

_MAX_WORDS = 12
_ARTICLES = {"en": "the|a|an", "es": "el|la|los|las", "fr": "le|la|les|l'", "de": "der|die|das"}

# Words to take off the front of a clause (clause words) and off its ends (what cannot end a headline).
_LEADS = {
    "en": r"(?:and then|and|but|or|who|whom|whose|which|that|when|where|while|after|before|since|until|because|"
          r"although|though|as|just|hours|days|weeks|a day|a week|two days|then|with|also|however)",
    "uk": r"(?:і|й|та|а|але|що|який|яка|яке|які|якого|яких|коли|де|після того як|після того, як|поки|бо|також|"
          r"оскільки)",
    "ru": r"(?:и|а|но|что|который|которая|которое|которые|которого|которых|когда|где|после того как|пока|также|"
          r"поскольку)",
    "es": r"(?:y|e|pero|que|quien|quienes|cuando|donde|mientras|tras|después de que|antes de que|aunque|según|"
          r"también|además|ya)",
    "fr": r"(?:et|mais|qui|que|qu'|lorsque|quand|où|alors que|tandis que|après|avant que|depuis que|selon)",
    "de": r"(?:und|aber|sondern|als|nachdem|bevor|während|weil)",
    "tr": r"(?:ve|ama|ancak)",
}
# Openers naming where a statement comes from, up to their comma.
_SOURCE_OPENER = {
    "en": r"according to|citing", "es": r"según|de acuerdo con", "fr": r"selon|d'après|d’après",
    "de": r"laut|nach angaben", "ru": r"по данным|по словам|по информации|согласно",
    "uk": r"за даними|за словами|за інформацією|згідно з", "tr": r"(?!)",
}
_RELATIVE = {
    "en": {"who", "which", "whose", "whom"}, "uk": {"який", "яка", "яке", "які"},
    "ru": {"который", "которая", "которое", "которые"}, "es": {"que", "quien", "quienes"},
    "fr": {"qui"}, "de": {"die", "der", "das"}, "tr": set(),
}
_PREPOSITIONS = {
    "en": {"on", "in", "since", "by", "until", "till", "from", "of", "at", "the", "early", "late", "during",
           "through", "for", "mid", "as", "in the", "on the", "before", "after", "around", "late on", "early on",
           "at the end of", "by the end of", "the end of", "end of", "at the start of", "in early", "in late",
           "at the end", "by the end", "the end"},
    "uk": {"у", "в", "з", "із", "до", "від", "на", "після", "о", "цього", "минулого"},
    "ru": {"в", "во", "с", "до", "от", "на", "после", "к", "по"},
    "es": {"el", "la", "los", "las", "en", "de", "del", "desde", "hasta", "para", "a", "al", "antes del", "este",
           "esta", "el pasado", "el próximo", "la pasada", "la próxima", "a partir de", "a partir del",
           "principios de", "a principios de", "finales de", "a finales de", "mediados de", "a mediados de",
           "principios", "finales", "mediados", "de principios", "de finales", "de mediados",  # "de finales | de mayo"
           "la madrugada del", "en la madrugada del", "la noche del", "en la noche del", "la mañana del",
           "la tarde del"},  # the part of a period or the point it starts from goes with its date
    "fr": {"le", "la", "les", "en", "de", "du", "depuis", "au", "à", "dès", "avant le", "avant", "d'ici", "pour",
           "jusqu'au", "jusqu'à", "jusqu'en", "jusqu’au", "jusqu’à", "jusqu’en", "début", "fin", "mi", "à partir du",
           "à partir de", "à compter du", "à compter de", "dans la nuit du", "dans la nuit de", "courant",
           "l'", "l’",  # "à l'automne 2024"
           "le soir du", "au soir du", "le matin du", "au matin du", "l'après-midi du", "dans la soirée du",
           "dans la matinée du", "dans l'après-midi du"},  # the part of the day goes with its date
    "de": {"am", "im", "an", "in", "seit", "bis", "ab", "vom", "zum", "um", "der", "den", "dem", "bis zum", "für",
           "bis ende", "ende", "anfang", "mitte", "bis mitte", "noch im", "noch in",
           "am abend des", "am morgen des", "am nachmittag des", "am vormittag des"},
    "tr": set(),
}
_DANGLING = {
    "en": {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as",
           "that", "which", "who", "its", "his", "her", "their", "into", "than", "about", "over", "after",
           "before", "since", "is", "are", "was", "were", "be", "been", "has", "had", "have", "will", "would",
           "just", "also", "not", "more", "most", "first", "new", "this", "these", "those", "very", "all", "any",
           "each", "every", "some", "against", "under", "within", "without", "toward", "towards", "across", "among",
           "via", "per", "despite", "amid", "including", "near", "around", "between", "through"},
    "uk": {"і", "й", "та", "у", "в", "з", "до", "на", "що", "про", "для", "від", "за", "по", "а", "через", "над",
           "під", "між", "при", "ще", "вже", "без"},
    "ru": {"и", "в", "во", "с", "до", "на", "что", "о", "об", "для", "от", "за", "по", "а", "через", "над", "под",
           "между", "при", "еще", "ещё", "уже", "без"},
    "es": {"el", "la", "los", "las", "un", "una", "de", "del", "en", "y", "a", "al", "que", "con", "por", "para",
           "su", "sus", "contra", "sobre", "entre", "hacia", "sin", "según", "durante", "cerca", "desde", "hasta",
           "este", "esta", "estos", "estas", "ante", "tras", "bajo", "mediante"},
    "fr": {"le", "la", "les", "l'", "un", "une", "de", "du", "des", "en", "et", "à", "au", "aux", "que", "qui",
           "alors",
           "par", "pour", "sur", "avec", "son", "sa", "ses", "avant", "après", "depuis", "près", "contre", "sous",
           "vers", "chez", "entre", "selon", "dont", "leur", "leurs", "ce", "cette", "ces", "dans"},
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "in", "im", "am", "an", "mit",
           "noch",
           "von", "zu", "zum", "zur", "für", "auf", "bei", "seine", "ihre", "gegen", "ohne", "wegen", "zwischen",
           "beim", "vom", "einem", "einer", "eines"},
    "tr": {"ve", "ile", "bir", "bu"},
}
_EN_ATTRIBUTION = re.compile(
    r"^(?:[\w.’'-]+\s+){0,5}?(?:said|says|reported|announced|added|wrote|noted|warned|confirmed|"
    r"told(?:\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?)\s+(?:that\s+(?=\S)|(?=[A-Z]))(?=\S+\s+\S+\s+\S+)")
_EN_SPEECH_END = re.compile(r"\b(?:said|saying|says|told|telling|announced|announcing|reported)$")
# Verbs that take a "that" clause as their object: "… proposed | that rich countries provide …".
_EN_THAT_VERB = re.compile(r"\b(?:said|saying|says|told|telling|announced|announcing|reported|proposed|showed|"
                           r"show|shows|found|suggested|signall?ed|warned|predicted|estimated|ruled|decided|agreed|"
                           r"concluded|argued|claimed|insisted|indicated|acknowledged|confirmed|denied|noted)$")
_BREAKS = {
    "en": r"\s(?:and|but|while|with|as|in|of|at|on|for|to|from|after|before|by)\s",
    "uk": r"\s(?:і|та|але|у|в|на|з|до|для|після)\s", "ru": r"\s(?:и|но|в|во|на|с|до|для|после)\s",
    "es": r"\s(?:y|pero|en|de|con|para|por|tras)\s", "fr": r"\s(?:et|mais|en|de|avec|pour|par|après)\s",
    "de": r"\s(?:und|aber|in|im|mit|für|nach|von|bei)\s", "tr": r"\s(?:ve|ile)\s",
}



# "nach Angaben der IG Metall", "nach ihren Angaben", "laut Polizei" inside a German clause: where a statement comes
# from, which a headline leaves out
_DE_SOURCE = re.compile(r"(?<=\S)\s+(?:(?:nach|laut)\s+(?:(?:ihren|seinen|eigenen|offiziellen|ersten|vorläufigen)\s+)?"
                        r"Angaben(?:\s+(?:de[rs]|von)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][\w-]*)(?:\s+[A-ZÄÖÜ][\w-]*){0,2})?|"
                        r"laut\s+(?:[A-ZÄÖÜ][\w-]*)(?:\s+[A-ZÄÖÜ][\w-]*){0,2})(?=\s+\S)")
_LOWER_AFTER_COMMA = r",\s+[a-záéíóúàèùâêîôûçа-яёіїєґ]"  # where a relative clause ends and its sentence goes on
_COMMA_ENDS_RELATIVE = ("en", "es", "fr", "ru", "uk")


def _lang(language: str) -> str:
    return language.split("-")[0].lower()


def _dont(text: str) -> str:
    """A French "dont" clause on the thing its noun belongs to: "Les pharmaciens, dont le principal syndicat avait
    appelé à une grève" → "le principal syndicat des pharmaciens avait appelé à une grève"; else as it is ("dix
    personnes, dont trois enfants", "plusieurs pays, dont la France": no clause)."""
    from generator.importer.fit import _SUBJECT_VERB

    match = re.match(r"(?P<owner>[^,]{2,60}),\s+dont\s+(?P<np>(?:le|la|les|l['’])\s*[a-zéèêàç].*)$", text)
    if not match:
        return text
    words = match["np"].split()
    verb = next((i for i, w in enumerate(words[1:], 1) if _SUBJECT_VERB["fr"].fullmatch(w.lower())), None)
    if verb is None or verb > 4:
        return text
    owner = match["owner"]
    article = re.match(r"(?:(les)|(le)|(la)|(l['’]))\s*", owner, re.IGNORECASE)
    of = "des " + owner[article.end():] if article and article.group(1) else \
        "du " + owner[article.end():] if article and article.group(2) else \
        "de " + owner[:1].lower() + owner[1:] if article else "de " + owner
    return " ".join([*words[:verb], of, *words[verb:]])


_WHOSE = {"cuyo": "el", "cuya": "la", "cuyos": "los", "cuyas": "las"}  # the article a Spanish "cuyo" stands for
_DATE_ARTICLES = {"the", "le", "la", "les", "l'", "l’", "el", "los", "las", "der", "den", "dem"}
# Words that bound a date ("at least", "spätestens") and go with it.
_DEGREE = (r"at least|at the latest|no later than|mindestens|spätestens|frühestens|au moins|au plus tard|al menos|"
           r"a más tardar|как минимум|не позднее|по меньшей мере|щонайменше|не пізніше|en az|en geç")


# The year a Russian or Ukrainian month is of, in the genitive after it: "в январе этого года", "у березні минулого
# року"
_SLAVIC_THIS_YEAR = re.compile(r"\s+(?:этого|прошлого|текущего|следующего|нынешнего|цього|минулого|поточного|"
                               r"наступного)\s+(?:года|року)\b")


# The night a date is of, right before it: "(dans) la nuit du …", "(on) the night of …", "la noche del …"
_NIGHT = r"(?i:la nuit|the night(?:\s+of)?|la noche(?:\s+del?)?|der Nacht(?:\s+(?:zum|vom|auf))?)"
_NIGHT_PREPOSITION = r"dans|de|pendant|durant|on|in|during|en|durante|in der"
_NIGHT_OF = re.compile(rf"(?:\s(?:{_NIGHT_PREPOSITION}))?\s{_NIGHT}\s*$")


# A French or Spanish weekday, which a feast's name may follow ("lundi de Pâques"): the name is part of the date
_WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
                      r"viernes|sábado|domingo)$", re.IGNORECASE)


def remove_dates(text: str, offset: int, mentions: list[Mention], language: str) -> str:
    """The clause with its date words (and a preposition right before them) blanked out."""
    chars = list(text)
    preps = _PREPOSITIONS.get(_lang(language), set())
    for mention in mentions:
        a, b = max(mention.start - offset, 0), min(mention.end - offset, len(text))
        if a >= b:
            continue
        before = text[:a].rstrip()
        after = [w.rstrip(",.;:") for w in text[b:].split(maxsplit=1)[:1]]
        if re.search(r"['’]s$", text[a:b]):  # "before Saturday's election" → "before the election"
            chars[a:b] = "the" + " " * (b - a - 3)
            continue
        qualifies = language == "en" and re.search(r"(?:\bthe|['’]s)$", before, re.IGNORECASE) and after \
            and after[0][:1].islower() and after[0].isalpha()  # "in the April 6 runoff" → "in the runoff"
        degree = re.search(rf"\s(?:{_DEGREE})$", before, re.IGNORECASE)
        if degree and not qualifies:  # "bis mindestens Freitag", "until at least Friday": the bound goes too
            before = before[:degree.start()]
            a = len(before)
        for _ in range(2):  # "depuis le 4 octobre": a preposition before the article of a date goes too
            prep = next((p for p in ([] if qualifies else sorted(preps, key=len, reverse=True))
                         if before.lower().endswith(" " + p) or before.lower() == p), None)
            own = (text[max(mention.start - offset, 0):b].split(maxsplit=1) or [""])[0].lower()
            if prep is None or (language == "de" and prep in _DATE_ARTICLES and own in preps - _DATE_ARTICLES):
                break  # "Thomas Huber, der | im März …": a date with its own preposition has no article before it
            a = len(before) - len(prep)
            before = before[:a].rstrip()
            degree = re.search(rf"\s(?:{_DEGREE})$", before, re.IGNORECASE)
            if degree:  # "щонайменше до 10 травня", "at least until Friday": the bound before the preposition
                before = before[:degree.start()]
                a = len(before)
            if prep not in _DATE_ARTICLES:
                break
        if language == "en":  # "a draft deal released on Friday proposed", "Data due on Friday is expected"
            head = re.search(r"(?<=[a-z])\s+(?:[a-z]+ed|due)$", text[:a].rstrip())
            verb_after = re.match(r"[\s,]*(?:is|are|was|were|will|would|has|had|[a-z]+ed)\b", text[b:])
            if head and verb_after and not re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)$",
                                                       text[:head.start()]):
                a = head.start()
        night = _NIGHT_OF.search(text[:a]) or (  # "dans la nuit du 3 au 4 mai", "on the night of May 3": the
            re.match(_NIGHT, text[a:]) and re.search(rf"\s(?:{_NIGHT_PREPOSITION})\s*$", text[:a]))  # night is
        if night:  # part of the date, and the preposition before it
            a = night.start()
        chars[a:b] = " " * (b - a)
        if language != "en" and "," in text[a:b] and re.match(r"\s*,", text[b:]) and not before.endswith(","):
            b += text[b:].index(",") + 1  # "повідомив у четвер, 5 лютого, міністр": the comma that closes a
            chars[b - 1] = " "  # date set off by commas goes with it (an English "Dec. 30, 2026," is the year's
            # own comma, and a trailing source may follow it: "…, traders noted")
        if _lang(language) in ("ru", "uk") and (year := _SLAVIC_THIS_YEAR.match(text[b:])):
            chars[b:b + year.end()] = " " * year.end()  # "в январе | этого года": the year goes with its month
        if _lang(language) in ("fr", "es") and _WEEKDAY.search(text[a:b]):
            feast = re.match(r"\s+del?\s+[A-ZÀ-Þ][\wà-ÿ]+", text[b:])  # "lundi de Pâques", "domingo de Ramos"
            if feast:
                chars[b:b + feast.end()] = " " * feast.end()
        if language.startswith("tr"):  # "dün gece de sürdü" → "sürdü"; "çarşamba günü", "mayıs ayında"
            extra = re.match(r"(?:\s+(?:tarihleri arasında|tarihlerinde|tarihinde|tarihleri|tarihli|gününe|"
                             r"gününden|gününde|günü|ayına|ayında|ayı|yılına|yılında|yılı|"
                             r"sabahı|akşamı|gecesi|sabah|akşam|gece|öğleden sonra)(?!\w))?(?:\s+saatlerinde)?"
                             r"(?:\s+(?:kadar|dek|değin|itibaren|bu yana|itibarıyla|itibariyle)(?!\w))?"
                             r"(?:\s+d[ae]\b)?", text[b:]).end()  # "dün akşam
            # saatlerinde": the part of the day goes with it
            chars[b:b + extra] = " " * extra
    return "".join(chars)


_FUNCTION_WORDS = {"and", "but", "or", "that", "when", "to", "as", "after", "before", "with", "while", "for", "in",
                   "on", "at", "by", "from", "of", "said", "says", "told", "y", "e", "et", "und", "i", "и", "і", "та",
                   "que", "qui", "dass", "что", "що", "ve", "a", "de", "it", "he", "she", "they", "we", "you",
                   "his", "her", "its", "their", "the", "an", "this", "there", "would", "will", "was", "were", "is"}


# A name of three words or more with its abbreviation in brackets: "L'Agence nationale de sécurité du médicament
# (ANSM)", "the International Energy Agency (IEA)". The article before it stays ("L'ANSM", "the IEA").
_LONG_NAME = re.compile(r"(?P<name>(?P<initial>[A-ZÀ-ÞА-ЯЁІЇЄҐ])[\w'’-]*(?:\s+[\w'’-]+){2,8}?)\s*"
                        r"\((?P<abbr>[A-ZÀ-ÞА-ЯЁІЇЄҐ][A-Za-zÀ-ÿА-Яа-яЁёІіЇїЄєҐґ]{1,7})\)")


_ABBREVIATION_JOINERS = {"of", "the", "and", "for", "de", "del", "la", "le", "les", "du", "des", "el", "los", "las",
                         "y", "et", "und", "für", "der", "die", "das", "von", "и", "і", "ve", "по", "з"}


def _initials_agree(abbr: str, rest: list[str]) -> bool:
    """Whether an abbreviation's second letter is the initial of the name's next word after its first ("Agencia
    Estatal … (Aemet)"), so that a bracketed place is no abbreviation ("Les électeurs de Sainte-Foy (Loire)")."""
    content = [re.sub(r"^[LlDd]['’]", "", w) for w in rest if w.lower() not in _ABBREVIATION_JOINERS]
    return not content or len(abbr) < 2 or abbr[1].casefold() == content[0][:1].casefold()


def _abbreviated(text: str) -> str:
    """Long names with their abbreviation in brackets written as the abbreviation a headline uses."""
    def short(match: re.Match[str]) -> str:
        name, abbr = match["name"], match["abbr"]
        words = name.split()
        start = next((i for i, w in enumerate(words) if re.sub(r"^[LlDd]['’]", "", w)[:1] == abbr[:1]
                      and w[:1].isupper()), None)
        if start is None or len(words) - start < 3 or not _initials_agree(abbr, words[start + 1:]):
            return match.group()  # not the name the abbreviation stands for: keep both, the brackets go later
        lead = " ".join(words[:start])
        elided = re.match(r"([LlDd]['’])", words[start])
        return " ".join(p for p in (lead, (elided.group(1) if elided else "") + abbr) if p)

    def common(match: re.Match[str]) -> str:  # "la direction régionale des affaires culturelles (Drac)"
        words, abbr = match["name"].split(), match["abbr"]
        for start in range(len(words)):
            content = [re.sub(r"^[LlDd]['’]", "", w) for w in words[start:]
                       if w.lower() not in _ABBREVIATION_JOINERS | {"a", "al", "à", "au", "aux", "en"}]
            if len(content) >= 3 and "".join(w[:1] for w in content).casefold() == abbr.casefold() \
                    and words[start].lower() not in _ABBREVIATION_JOINERS:
                elided = re.match(r"([LlDd]['’])", words[start])
                return " ".join(p for p in (" ".join(words[:start]), (elided.group(1) if elided else "") + abbr)
                                if p)
        return match.group()
    return _COMMON_LONG_NAME.sub(common, _LONG_NAME.sub(short, text))


# A name of lowercase words with its abbreviation in brackets, each content word's initial a letter of it: "la
# direction régionale des affaires culturelles (Drac)" → "la Drac".
_COMMON_LONG_NAME = re.compile(r"(?P<name>(?:[\w'’-]+\s+){2,8}[\w'’-]+)\s*\((?P<abbr>[A-ZÀ-Þ][A-Za-zÀ-ÿ]{2,7})\)")


def tidy(text: str) -> str:
    text = _abbreviated(text)
    text = re.sub(r"\s*\([^()]{1,40}\)", "", text)  # "Der Bundesgerichtshof (BGH)" → "Der Bundesgerichtshof"
    # a clause cut inside brackets ("locked the gate (on June 19, | according to …)"): the half left open goes
    text = re.sub(r"\s*\([^()]*$", "", re.sub(r"^[^()]*\)", lambda m: m.group().replace(")", ""), text))
    text = re.sub(r"[\"“”«»]|(?<!\w)['‘’]|['‘’](?!\w)", "", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", text))
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip(" ,;:–—-.")
    # a range whose two ends were dates leaves its words: "zwischen 2007 und 2011"
    return re.sub(r"\s*\b(?:between|zwischen|entre|между|між)\s+(?:and|und|et|y|и|і)(?:\s+|$)", " ", text,
                  flags=re.IGNORECASE).strip()


# Spanish participles of saying, after "ha": "ha avanzado que", "ha recordado que".
_ES_SAID = r"(?:inform|anunci|afirm|indic|señal|asegur|confirm|explic|declar|precis|agreg|añad|comunic|estim|" \
    r"advert|sosten|apunt|manifest|avanz|record|subray|destac|reiter|insist|explic|adelant)(?:ado|ido)|dicho"


# A German clause that opens with the whole a part is of, its verb and then the part: "Von den 64 Filialen sollen
# zwölf geschlossen werden", "Von den 300 Stellen fallen 40 weg"
_DE_PART_OF = re.compile(r"Von\s+den\s+(?P<whole>(?:[\d.]+\s+|[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*"
                         r"(?:\s+de[rs]\s+[A-ZÄÖÜ][\w-]*)?)\s+"
                         r"(?P<verb>(?:sollen|sollten|werden|wurden|müssen|mussten|können|konnten|sind|waren|haben|"
                         r"hatten|bleiben|blieben|fallen|fielen|gehen|gingen))\s+"
                         r"(?P<part>\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|"
                         r"dreißig|hundert|etwa\s+\S+|rund\s+\S+|mehr\s+als\s+\S+|knapp\s+\S+|die\s+meisten|"
                         r"die\s+Hälfte|ein\s+Drittel|ein\s+Viertel)(?P<rest>\s.*)?$")


# A measure of time between a verb and its object ("delay by a year its rules", "extended by six months the
# contract"): the object put after it for its length, a headline's without it
_EN_MEASURE_BEFORE_OBJECT = re.compile(
    r"(?<=[a-z])\s+by\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?)(?=\s+(?:its|the|their|his|her|a|an|our|this|these)\s)")


def headline(sentence: str, clause: tuple[int, int], previous: tuple[int, int] | None, mentions: list[Mention],
             language: str = "en", following: tuple[int, int] | None = None, subject: str = "",
             capitalise: bool = True, tense: int | None = None) -> str:
    """The clause ``sentence[clause]`` as a short headline without its date words (see the module's notes)."""
    lang = _lang(language)
    a, b = clause
    if following and _adverbial(sentence[a:b], lang) and not any(following[0] <= m.start < following[1]
                                                                   for m in mentions):
        a, b = following  # the main clause after a setting gives the title
        following = None
    text = tidy(remove_dates(sentence[a:b], a, mentions, language))
    if lang == "en":  # "proposed to delay | by a year | its rules": a measure put before a long object goes
        text = _EN_MEASURE_BEFORE_OBJECT.sub("", text)
    if lang == "en" and following and _EN_THAT_VERB.search(text) and len(text.split()) <= 8 \
            and sentence[following[0]:following[1]].startswith("that "):
        # "with Moscow saying on November 10 | that it had captured Voltchenka": the saying and what was said
        text += " " + re.sub(r"^that\s+", "", tidy(remove_dates(sentence[following[0]:following[1]],
                                                                   following[0], mentions, language)))
    relative = _RELATIVE.get(lang, set())
    object_of = _EN_OBJECT_RELATIVE.match(text) if lang == "en" else None
    if object_of:  # "The cuts, which the company expects to complete" → "the company expects to complete the cuts"
        thing = object_of["np"]
        thing = thing[:1].lower() + thing[1:] if thing.split()[0] in _COMMON_OPENERS else thing
        text = f"{object_of['subject']} {object_of['verb']} {thing}{object_of['rest']}"
    if lang == "de" and (part := _DE_PART_OF.match(text)):  # "Von den 64 Filialen sollen zwölf … werden" →
        count = part["part"][:1].upper() + part["part"][1:]  # "Zwölf von den 64 Filialen sollen …": the part is
        text = f"{count} von den {part['whole']} {part['verb']}{part['rest'] or ''}"  # the subject, with its whole
    if lang == "de" and previous and (accusative := _de_object_relative(
            text, tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language)))):
        text = accusative  # "Der Bau, | den der Bund ausgeschrieben hatte" → "der Bund hatte den Bau ausgeschrieben"
    if lang in ("en", "es"):  # "The firm, whose shares fell" → "The firm's shares fell"; "La planta, cuyas obras
        apostrophe = "’" if "’" in sentence else "'"  # comenzaron" → "las obras de la planta comenzaron"
        text = re.sub(r"^([^,]{1,60}),\s+whose\s+", lambda m: m.group(1) + apostrophe + (
            "" if m.group(1).endswith("s") else "s") + " ", text) if lang == "en" else re.sub(
            r"^([^,]{1,60}),\s+(cuy[oa]s?)\s+([\w-]+)\s+",
            lambda m: f"{_WHOSE[m.group(2)]} {m.group(3)} de {m.group(1)[:1].lower()}{m.group(1)[1:]} ", text)
    if lang == "fr":  # "Les pharmaciens, dont le principal syndicat avait appelé" → "le principal syndicat des
        text = _dont(text)  # pharmaciens avait appelé"
    if relative:  # "Pellegrini, who beat Korcok" → "Pellegrini beat Korcok"
        joined = re.sub(rf"^([^,]{{1,60}}),\s+(?:{'|'.join(relative)})\s+", r"\1 ", text)
        head = re.match(rf"^([^,]{{1,60}}),\s+(?:{'|'.join(relative)})\s+", text)
        if lang == "de" and head and "," not in joined:  # "Berghofer, die seit 2020 im Stadtrat sitzt" → "… sitzt im …"
            words = joined[len(head.group(1)):].split()
            if len(words) > 1 and words[-1][:1].islower():
                joined = " ".join([head.group(1), words[-1], *words[:-1]])
        if joined != text and lang in _COMMA_ENDS_RELATIVE and re.search(_LOWER_AFTER_COMMA, joined):
            joined = joined.split(",", 1)[0]  # "Rishi Sunak, who called the vote, | conceded" ends at its comma
        text = joined
    first = text.split(maxsplit=1)[0] if text else ""
    if lang == "de" and re.match(r"(?:der|die|das)\s+[A-ZÄÖÜ]", text):
        first = ""  # "die Strecke zu sperren": an article before its noun, no relative pronoun
    if lang == "en" and first == "that" and previous and re.match(
            rf"that\s+(?:[a-z]+ed|was|were|had|has|will|{PAST_PATTERN})\b", text) \
            and not _EN_SPEECH_END.search(tidy(sentence[previous[0]:previous[1]])):
        relative = {*relative, "that"}  # "… of Conservative rule | that began in 2010"
    object_relative = lang == "en" and first in ("which", "that") and previous and re.match(
        r"(?:which|that)\s+(?!(?:was|were|is|are|has|had|have|will|would|could|be|been|also|then|it)\b)"
        r"(?P<subject>(?:the\s+)?(?:[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))\s+"
        r"(?P<verb>(?!was\b|were\b)[a-z]+ed|won|sent|made|took|gave|bought|sold|built|paid|set|cut|signed)\b"
        r"(?P<rest>.*)$", text)
    if object_relative:  # "… more air defence systems, | which allies promised at a summit" → "allies promised …"
        before = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language))
        thing = re.search(r".*(?:^|\s)((?:the|a|an|more|some|its|their|his|her|new|\d[\d,.]*)\s+[^,]*)$", before)
        if thing and len(thing.group(1).split()) <= 6:
            text = f"{object_relative['subject']} {object_relative['verb']} {thing.group(1)}{object_relative['rest']}"
            first = ""
    if first in relative and previous and lang in _COMMA_ENDS_RELATIVE and re.search(_LOWER_AFTER_COMMA, text):
        text = text.split(",", 1)[0]  # "que asumió el cargo, anunció que …": the relative clause ends at its comma
    before_words = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language)).split() \
        if previous else []
    while before_words and before_words[-1].lower() in ("de", "à"):  # "informó de | que"
        before_words.pop()
    said_before = bool(before_words) and (says(before_words[-1], lang) or (
        lang == "es" and len(before_words) > 1 and before_words[-2].lower() in ("ha", "han", "había", "habían")
        and re.fullmatch(_ES_SAID, before_words[-1].lower()) is not None))  # "ha avanzado | que …"
    if said_before and first in ("que", "qu'", "что", "що", "that"):
        first = ""  # "dijo el lunes | que el conteo concluirá": what was said, not a relative clause
        text = text.split(maxsplit=1)[-1]
    whose = re.match(r"(?P<rel>cuy[oa]s?|whose)\s+(?P<noun>[\w-]+)\s+(?P<rest>\S.*)$", text) \
        if lang in ("es", "en") and previous else None
    owner = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language)) if whose else ""
    if whose and 1 < len(owner.split()) <= 6 and owner[:1].isupper() and not _has_verb(owner, lang):
        # "La desalinizadora, | cuyas obras comenzaron" → "las obras de la desalinizadora comenzaron"; "The firm,
        # | whose shares fell" → "The firm's shares fell"
        if lang == "en":
            mark = ("’" if "’" in sentence else "'") + ("" if owner.endswith("s") else "s")
            text = f"{owner}{mark} {whose['noun']} {whose['rest']}"
        else:
            text = f"{_WHOSE[whose['rel']]} {whose['noun']} de {owner[:1].lower() + owner[1:]} {whose['rest']}"
        first = ""
    if first in relative and previous:  # lowercase only: German "Die Wahl" opens a sentence, "die" a clause
        antecedent = tidy(remove_dates(sentence[previous[0]:previous[1]], previous[0], mentions, language))
        if lang == "en" and re.match(r"[a-z]+ing\s", antecedent):  # "ending 14 years of Conservative rule"
            antecedent = antecedent.split(maxsplit=1)[1].rsplit(" of ", 1)[-1]
            name = re.search(r"(?:^|\s)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)$", antecedent)
            antecedent = name.group(1) if name else antecedent  # "sending it to President Biden, | who"
        elif lang == "en" and re.search(r"\s(?:[a-z]{3,}ed|is|are|was|were|has|had|will)\s", antecedent):
            thing = re.search(r".*\s((?:the|a|an)\s+[^,]*)$", antecedent)  # "He praised the deal, | which"
            antecedent = thing.group(1) if thing else antecedent
        antecedent = antecedent.rsplit(": ", 1)[-1]  # "Рубль укрепляется …: Банк России, | который"
        if "," in antecedent and _noun_phrase(antecedent.rsplit(",", 1)[-1].strip(), lang):
            antecedent = antecedent.rsplit(",", 1)[-1].strip()  # "La ministra de Salud, María Teresa Barán, | que"
        if lang in ("ru", "uk"):  # "За словами прем'єр-міністра Юлії Свириденко, | яка": the person, not the source
            antecedent = re.sub(rf"^(?:{_SOURCE_OPENER[lang]})\s+", "", antecedent, flags=re.IGNORECASE)
        if lang in ("ru", "uk") and (not _noun_phrase(antecedent, lang) or len(antecedent.split()) > 2):
            from generator.importer.morphology import nominative_tail, person_at_end, person_nominative
            from generator.importer.slavic import named_noun_at_end

            person = person_at_end(antecedent, lang)
            named = named_noun_at_end(sentence[previous[0]:previous[1]], lang, first)
            if named:  # "фестиваль дитячої книги «Читайлик», | який": the name in quotes is no person's
                antecedent = named
            elif person:
                antecedent = person_nominative(person, lang)
            elif not _noun_phrase(antecedent, lang):
                antecedent = nominative_tail(antecedent, lang)  # "итоги президентских выборов, | которые прошли"
        with_de = re.search(r"(?:^|(?<=\s))(?i:le|la|les|l['’]|el|los|las)\s*[\w'’-]+\s+(?:de|du|des|del)\s+"
                            r"(?:la\s+|l['’])?[\w'’-]+$", antecedent) if lang in ("fr", "es") else None
        if with_de:  # "a déclaré … le ministre de l'Intérieur, | qui": the noun with its "de" phrase
            antecedent = with_de.group()
        elif lang in ("fr", "es", "de") and len(antecedent.split()) > 2 and \
                (last_phrase := _last_noun_phrase(antecedent, first, lang)):
            antecedent = last_phrase  # "El Gobierno aprobó el decreto, | que entrará en vigor" → "el decreto"
        elif lang in ("fr", "es") and len(antecedent.split()) > 2:  # "transmis au Sénat, | qui commencera" → "le Sénat"
            noun = re.search(r"(?:^|\s)(?P<art>au|aux|du|des|al|del|le|la|les|el|los|las)\s+(?P<noun>[A-ZÀ-Þ]\S*)$",
                             antecedent)
            if noun:
                article = {"au": "le", "du": "le", "aux": "les", "des": "les", "al": "el", "del": "el"}
                antecedent = f"{article.get(noun['art'], noun['art'])} {noun['noun']}"
        placed = re.search(r"(?:^|\s)(?P<np>(?:the|a|an)\s+(?:\S+\s+){0,5}?[a-z][\w-]*)\s+(?:in|at)\s+"
                           r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*$", antecedent) \
            if lang == "en" and first == "which" else None
        if placed:  # "… at the trade fair in Vienna, | which runs": a place is not what "which" stands for
            antecedent = placed["np"]
        elif len(antecedent.split()) > 6:  # "… para las zonas afectadas por la dana | que golpeó" → "la dana"
            noun = re.search(rf"(?:^|\s)(?:{_ARTICLES.get(lang, '(?!)')})\s+\S+$", antecedent, re.IGNORECASE)
            name = re.search(r"(?<=\s)(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+\s+){0,2}[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+$", antecedent)
            antecedent = noun.group().strip() if noun else name.group() if name else ""  # "… said Morrisey, | who"
        rest = text.split(maxsplit=1)[-1]
        if lang == "de":  # "die seit Mai im Amt ist" → "ist im Amt": the verb of a relative clause ends it
            rest = rest.split(",", 1)[0]  # German sets a subordinate clause off by commas: it ends at the next
            words = rest.split()
            if len(words) > 1 and words[-1][:1].islower():
                rest = " ".join([words[-1], *words[:-1]])
        object_of = _OBJECT_RELATIVE[lang].match(rest) if first == "que" and lang in _OBJECT_RELATIVE else None
        thing = re.search(r"(?:^|\s)((?i:el|la|los|las|un|una|unos|unas)\s[^,]+)$", antecedent.rstrip(" ,")) \
            if object_of else None  # the noun phrase the clause is on, not a conjunction ("mientras | que")
        if 0 < len(antecedent.split()) <= 6 and thing:  # "según los datos | que el Consejo ha presentado" →
            noun = thing.group(1)[:1].lower() + thing.group(1)[1:]  # "La campaña" → "… desarrolló la campaña"
            text = f"{object_of['subject']} {object_of['verb']} {noun}{object_of['rest']}"
            # "el Consejo ha presentado los datos": the clause has a subject of its own, the noun is its object
        elif 0 < len(antecedent.split()) <= 6:
            text = antecedent.rstrip(" ,") + " " + rest  # "The shares, | which peaked" → "The shares peaked"
        elif lang == "de":
            text = f"{first} {rest}"  # "das hatte den 61-Jährigen … verurteilt": the pronoun stands as subject
    source = _SOURCE_OPENER.get(lang)
    if source:  # "According to court filings, Glucavex was launched" → "Glucavex was launched"
        text = re.sub(rf"^(?:{source})\s+[^,]{{1,60}},\s*(?=\S)", "", text, flags=re.IGNORECASE)
        text = _published(text, source, lang, tense)
    if lang == "de":  # "Nach Angaben des Landeswahlleiters fanden … statt": the verb follows the source at once
        text = re.sub(r"^(?i:nach angaben|laut)\s+(?:(?:de[rsmn]|eine[rs]?|seine[rs]?|ihre[rs]?)\s+)?"
                      r"(?:[A-ZÄÖÜ][\w-]*\s+){1,3}(?:de[rs]\s+(?:[A-ZÄÖÜ][\w-]*\s+){1,2})?(?=[a-zäöüß])", "", text)
    if lang == "es" and re.search(r"(?:después de|antes de|tras)\s+(?:que\s+)?$",
                                  sentence[max(0, a - 20):a] + re.match(r"(?:que\s+)?", sentence[a:b]).group()):
        text = _es_indicative(text)  # "después de | que las reservas cayeran": the fact, in the preterite
    leads = _LEADS.get(lang)
    if leads:
        for _ in range(3):
            text = re.sub(rf"^{leads}\s+", "", text, flags=re.IGNORECASE)
    if lang in _RECALLED:  # "Нагадаємо, …", "Как известно, …": a reminder of what the reader knows is no part of it
        text = re.sub(rf"^(?:{_RECALLED[lang]}),\s*", "", text, flags=re.IGNORECASE)
    if lang == "en":
        stripped = _EN_ATTRIBUTION.sub("", text)
        if not re.match(r"(?:it|he|she|they|we|its|his|her|their)\b", stripped, re.IGNORECASE):
            text = stripped  # "The Post said Trump took the call" → "Trump took the call"; "X said it would" stays
        text = re.sub(r"^saying\s+(?:that\s+)?(?=\S+\s+\S)", "", text)  # "…, saying inflation peaked at 7.8%"
        participle = re.match(r"(?P<adverb>[a-z]+ly\s+)?(?P<ing>[a-z]{2,}ing)(?:\s+(?P<rest>\S.*))?$", text)
        owner = _clause_subject(sentence, previous, mentions, language) if previous else ""
        own_verb = participle and not re.search(r"\b(?:[a-z]{3,}ed|is|are|was|were|has|had|will)\b",
                                                 participle["rest"] or "")  # "… the tariffs they imposed": not its
        if participle and own_verb and tense is not None and (owner or subject):
            owner = owner or subject  # "inflation had fallen sharply | since peaking at 9.1%" → "inflation peaked"
            plural = bool(re.search(r"(?:[^s]s| and .+)$", owner)) and not re.match(r"[A-Z]\S*s$", owner)
            verb = finite(participle["ing"], 1 if tense > 0 else -1, plural)  # what happened by the report is past
            return _cut(f"{owner} {participle['adverb'] or ''}{verb} {participle['rest'] or ''}", lang, capitalise)
        verb_first = re.match(r"(?:[a-z]+ly\s+)?[a-z]\w*ing\b", text) or (
            a > 0 and re.match(_EN_VERB_FIRST, text) and not re.match(r"(?:its|his|this|as|us)\b", text)
            and not re.match(r"[a-z]+s\s+(?:said|say|have|had|were|are|[a-z]+ed)\b", text))  # "doctors said" has one
        if subject and verb_first and not text.startswith(subject):
            text = f"{subject} {text}"  # "before | informally congratulating X" → "Putin informally congratulating X"
    if lang == "en" and tense is not None and (after := re.fullmatch(
            r"(?P<np>[^,]{2,50}),\s+(?:after|before|since|while|when|by)\s+(?P<ing>[a-z]{2,}ing)\s+(?P<rest>\S.*)",
            text)):  # "Ghana's Cocobod, after raising the price by 45%" → "Ghana's Cocobod raised the price by 45%"
        plural = bool(re.search(r"(?:[^s]s| and .+)$", after["np"])) and not re.match(r"[A-Z]\S*s$", after["np"])
        text = f"{after['np']} {finite(after['ing'], 1 if tense > 0 else -1, plural)} {after['rest']}"
    if lang == "de":
        text = german_indicative(german_order(german_main_clause(_DE_SOURCE.sub("", text))))
    if lang == "tr":
        text = turkish_participle(tidy(text))
    if lang in ("ru", "uk"):  # "наводнение было в 1942 году" → "наводнение произошло"
        text = re.sub(r"\s(был|была|было|были|був|була|було|були)$",
                      lambda m: " " + _HAPPENED[m.group(1)], tidy(text))
    return _cut(tidy(text), lang, capitalise)


_RECALLED = {"uk": "нагадаємо|нагадуємо|як відомо|як нагадує|як повідомлялося",
             "ru": "напомним|напоминаем|как известно|как сообщалось"}
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "a", "ont", "est", "sont", "avait",
                "ha", "han", "había", "fue", "hat", "haben", "hatte", "ist", "sind", "war", "wird", "soll"}
_HAPPENED = {"был": "произошёл", "была": "произошла", "было": "произошло", "были": "произошли",
             "був": "відбувся", "була": "відбулася", "було": "відбулося", "були": "відбулися"}
# An English object relative clause: its own subject and verb, the noun before it their object.
_EN_OBJECT_RELATIVE = re.compile(
    r"^(?P<np>[^,]{1,60}),\s+(?:which|that|whom)\s+(?P<subject>(?:the|a|an|its|their|his|her)\s+[a-z]+|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?P<verb>(?!(?:is|was|are|were|has|had|have|said)\b)[a-z]+(?:s|ed)\b"
    r"(?:\s+to\s+[a-z]+)?)(?P<rest>(?:\s+(?:by|in|at|on|for)\s+[^,]*)?)$")
# A Spanish relative clause of "que" with a subject of its own before its verb: the noun it is on is the verb's
# object ("el recurso | que una de las empresas presentó")
_OBJECT_RELATIVE = {
    "es": re.compile(r"(?P<subject>(?:(?:el|la|los|las|un|una|unos|unas)\s+|(?:uno|una)\s+de\s+(?:los|las)\s+)"
                     r"[^,]{1,40}?|[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w-]*)*)\s+"
                     r"(?P<verb>(?:ha|han|había|habían)\s+[a-záéíóúñ]+(?:ado|ido)|[a-záéíóúñ]{3,}(?:ó|aron|[iy]eron))"
                     r"(?P<rest>(?:\s+[^,]*)?)$"),
}
_COMMON_OPENERS = {"The", "A", "An", "Its", "His", "Her", "Their", "This", "That", "These", "Those", "Some", "Two"}
_WHEN = re.compile(r"(?:when|коли|когда|cuando|lorsque|quand|als)\s", re.IGNORECASE)
_ATTRIBUTION_ONLY = re.compile(r"^(?:[\w.’'-]+\s+){0,5}(?:said|says|told(?: \w+)?|reported|announced|confirmed|added)$")
_EN_VERB_FIRST = (r"(?:would|will|could|should|may|might|is|was|are|were|has|had|have|said|says|told|added|"
                  r"warned|[a-z]+ed|[a-z]+s)\b")
_EN_SUBJECT = re.compile(r"^(?:(?:[A-Z][\w.’'-]*|of|the|von|der|de|al)\s+){0,4}?"
                         r"(?P<name>[A-Z][\w’'-]+),?\s+(?!ing)[a-z]")


_LEADING_NAME = re.compile(r"^(?:[A-Z][\w.’'-]*|[a-z]+)(?:\s+(?:[A-Z][\w.’'-]*|[a-z]+)){0,7}?\s+"
                           r"(?P<name>[A-Z][\w’'-]+),")


def _de_object_relative(text: str, antecedent: str) -> str:
    """A German relative clause whose pronoun is a masculine object ("den"), with a subject of its own, told as a
    main clause with the noun it stands for as the object: "Der Bau eines Schiffs, | den der Bund ausgeschrieben
    hatte" → "der Bund hatte den Bau eines Schiffs ausgeschrieben"; "" otherwise."""
    found = re.fullmatch(r"den\s+(?P<subject>(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+(?:e|en|er|es)\s+)?"
                         r"[A-ZÄÖÜ][\w-]+)\s+(?P<middle>[^,]*?)\s*(?P<verb>[a-zäöüß]+)[\s,.]*", text)
    noun = re.fullmatch(r"(?P<art>Der|Ein)\s+(?P<rest>[^,]+?),?", antecedent.strip())
    if not found or not noun or not _noun_phrase(antecedent.strip(" ,"), "de") \
            or found["verb"] not in _DE_FINITE or not found["middle"]:
        return ""
    middle = found["middle"].split()
    participle = middle.pop() if middle and middle[-1][:1].islower() else ""
    rest = re.sub(r"^([a-zäöüß]+e)(?=\s)", r"\1n", noun["rest"])  # "der neue Bahnhof" → "den neuen Bahnhof"
    thing = ("den" if noun["art"] == "Der" else "einen") + " " + rest
    return " ".join([found["subject"], found["verb"], thing, *middle, participle]).strip()


_FR_IRREGULAR_PAST = {"ouvrir": "ouvert", "rouvrir": "rouvert", "couvrir": "couvert", "offrir": "offert",
                      "prendre": "pris", "reprendre": "repris", "mettre": "mis", "remettre": "remis", "faire": "fait",
                      "dire": "dit", "écrire": "écrit", "rejoindre": "rejoint", "atteindre": "atteint"}


def _fr_before_doing(sentence: str, clause: tuple[int, int], mentions: list[Mention], language: str) -> str:
    """A dated French "avant de" and its infinitive, told as what the sentence's subject did then, an object
    pronoun as the object of the clause before it: "L'usine avait fermé ses portes en mars, | avant de les
    rouvrir en juin" → "L'usine a rouvert ses portes"; "" otherwise."""
    found = re.match(r"\s*avant\s+d(?:e\s+|['’])(?:(?P<pron>les|la|le|l['’])\s*)?(?P<inf>[a-zéèêîû]+(?:er|ir|re))\b"
                     r"(?P<rest>[^,]*)", sentence[clause[0]:clause[1]])
    if not found:
        return ""
    opening = _without_opening_adverbial(tidy(remove_dates(sentence[:clause[0]], 0, mentions, language)), "fr")
    named = re.match(r"(?P<who>(?:[Ll]['’]|(?:[Ll]e|[Ll]a|[Ll]es|[Uu]ne?)\s)[^,]{2,60}?)\s+(?:a|ont|avait|avaient)\s",
                     opening)  # "l'hôpital voisin de Tarare | avait déjà dû fermer"
    who = _sentence_subject(sentence, mentions, "fr") or (named["who"] if named else "")
    if not who:
        return ""
    who = who[:1].upper() + who[1:]
    thing = ""
    if found["pron"]:
        before = tidy(remove_dates(sentence[:clause[0]], 0, mentions, language))
        done = re.search(r"\s(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}?[a-zéèêîû]+(?:é|és|ée|ées|i|is|u|us|t|er|ir|re)"
                         r"\s+(?P<thing>(?:ses|son|sa|leur|leurs|les|le|la|l['’])\s*[^,]+?)"
                         r"(?=\s+(?:pendant|depuis|en|à|au|aux|dans|pour|par|avec|après|avant)\b|\s*,|\s*$)", before)
        if not done:
            return ""
        thing = done["thing"]
    verb = found["inf"]
    past = _FR_IRREGULAR_PAST.get(verb) or re.sub(r"er$", "é", re.sub(r"ir$", "i", re.sub(r"re$", "u", verb)))
    rest = tidy(remove_dates(found["rest"], clause[0] + found.start("rest"), mentions, language)).strip(" ,.")
    done = " ".join(w for w in (who, "a", past, thing) if w)
    return f"{done} {rest}" if rest and len(done) + len(rest) < 80 else done  # what goes with it, if it fits


def _clause_subject(sentence: str, clause: tuple[int, int], mentions: list[Mention], language: str) -> str:
    """The subject of an English clause, after any "X said (that)": the words before its first verb
    ("Fed Governor Adriana Kugler said inflation had fallen sharply" → "inflation"); "" when unclear."""
    text = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
    speaker = re.search(rf"(?:^|,\s*)(?P<who>[^,]{{3,60}}?)\s+(?:{_SAYING_WORDS})$", text)
    if speaker:  # "…, President Ferdinand Marcos Jr. said | after meeting disaster officials": the speaker met them
        return shorter_subject(f"{speaker['who']} x y")[:-4]
    text = re.sub(rf"^.*?\b(?:{_SAYING_WORDS})\s+(?:that\s+)?", "", text)
    text = re.sub(rf"^(?:{_LEADS['en']})\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:saying|adding|noting|warning)\s+(?:that\s+)?", "", text)  # "saying inflation had returned"
    match = re.match(r"(?P<subject>.+?)\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
                     r"[a-z]{3,}ed)\b", text)
    subject = re.sub(r"(?:\s+[a-z]+ly)+$", "", match["subject"]) if match else ""  # "Putin initially responded"
    words = subject.split()
    if not 1 <= len(words) <= 6 or re.match(r"(?:it|this|that|there)$", subject, re.IGNORECASE) \
            or any(w.lower() in ("and", "or") for w in words[:1]):
        return ""
    return shorter_subject(f"{subject} x y")[:-4]


_SAYING_WORDS = r"said|says|told|reported|announced|warned|signall?ed|noted|added"


def _noun_and_its_relative(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                           mention: Mention, mentions: list[Mention], lang: str) -> str:
    """A date inside the noun phrase that ends its clause, when a relative clause tells what that thing did:
    "surpassing the 2018 Camp Fire, | which killed 85 people" → "the Camp Fire killed 85 people"; or ""."""
    if lang in ("es", "fr"):
        return _noun_of_its_date_and_relative(sentence, clause, following, mention, mentions, lang)
    if lang != "en" or not following:
        return ""
    relative = re.match(r"\s*(?:which|who)\s+(?=[a-z])", sentence[following[0]:following[1]])
    raw = sentence[clause[0]:clause[1]]
    phrase = re.search(r"(?:^|\s)((?:the|a|an)\s+[^,]*?)[\s,]*$", raw)
    if not relative or not phrase:
        return ""
    start, end = clause[0] + phrase.start(1), clause[0] + phrase.end(1)
    if not (start <= mention.start and mention.end <= end) \
            or re.search(r"\b(?:on|in|at|since|by|from|until|of)\s*$", sentence[start:mention.start]):
        return ""  # "the attack on Monday, which …" is dated by a phrase; "the 2018 Camp Fire" by its name
    noun = tidy(sentence[start:mention.start] + sentence[mention.end:end])
    predicate = headline(sentence, (following[0] + relative.end(), following[1]), None, mentions, "en",
                         capitalise=False)
    if not 2 <= len(noun.split()) <= 6 or not re.match(r"[a-z]+(?:ed|s)\b|(?:was|were|is|are|has|had|will)\b",
                                                        predicate):
        return ""
    return f"{noun} {predicate}"


# A Spanish or French noun phrase that a date after it qualifies: "las lluvias de (finales de) | mayo", "les pluies
# de (fin) | mai", the "de" inside the date's words or before them.
_NOUN_OF_DATE = re.compile(r"(?:^|\s)(?P<np>(?P<art>el|la|los|las|le|les|l['’]|des|du|aux|au)\s*"
                           r"[a-záéíóúñàâçèéêëîïôûù]{3,}"
                           r"(?:\s+[a-záéíóúñàâçèéêëîïôûù]{3,})?)\s+(?:(?:de|a)\s+)?"
                           r"(?:(?:principios|finales|mediados|début|fin|mi)\s+)?(?:(?:de|del|du|d['’])\s*)?$")


def _noun_of_its_date_and_relative(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                                   mention: Mention, mentions: list[Mention], lang: str) -> str:
    """A Spanish or French clause that ends on a noun and the date that qualifies it, a relative clause on that
    noun after it ("refleja el efecto de las lluvias de finales de mayo, | que aliviaron la sequía"): the noun did
    what the relative clause tells, "las lluvias aliviaron la sequía"; "" otherwise."""
    if not following or sentence[mention.end:clause[1]].strip(" ,"):
        return ""
    relative = re.match(r"\s*(?:que|qui)\s+(?=[a-záéíóúñàâçèéêëîïôûù])", sentence[following[0]:following[1]])
    found = _NOUN_OF_DATE.search(sentence[clause[0]:mention.start])
    if not relative or not found:
        return ""
    predicate = headline(sentence, (following[0] + relative.end(), following[1]), None, mentions, lang,
                         capitalise=False)
    if not (_verb_first(predicate, lang) or _lacks_subject(predicate, lang)) or len(predicate.split()) < 2:
        return ""  # "les pluies de mai, | que les agriculteurs attendaient": the noun is the object
    article = {"des": "les", "aux": "les", "du": "le", "au": "le"}.get(found["art"], found["art"])
    return f"{article}{found['np'][len(found['art']):]} {predicate}"  # "des inondations" → "les inondations"


def _subject(sentence: str) -> str:
    """The name a sentence starts with ("Putin initially responded …" → "Putin"), after "X said"; a short noun
    phrase before its first comma ("Japan's ispace lander, launched …"); or "". Where the statement comes from
    ("According to Ofwat, the company …") is no subject."""
    source = re.match(rf"(?i:{_SOURCE_OPENER['en']})\s+[^,]{{1,60}},\s*(?=\w)", sentence)
    if source:
        sentence = sentence[source.end()].upper() + sentence[source.end() + 1:]
    sentence = _EN_REGION.sub(r"\g<place>", sentence)  # "Workers at a plant in Dayton, Ohio, are": no comma of its own
    lead = re.match(r"((?:The|A|An)\s+[a-z]+),\s+(?:who|which)\s", sentence)
    if lead:  # "The union, which rejected a pay offer, | plans a second strike"
        return lead.group(1)
    lead = re.match(r"([^,]{3,60}),", sentence)
    if lead and (2 <= len(lead.group(1).split()) <= 4 or _long_noun_phrase(lead.group(1), "en")) \
            and not _adverbial(lead.group(1), "en") \
            and not re.search(r"\b(?:is|are|was|were|has|had|will|would|said|says|[a-z]+ed)\b", lead.group(1)) \
            and re.match(r"[A-Z]", lead.group(1)) and not re.match(r"(?:The|A|An)\s+[a-z]+$", lead.group(1)):
        return lead.group(1)
    lead = _LEADING_NAME.match(sentence)
    if lead and not re.search(r"\b(?:said|says|is|was|were|are|has|had|will|would)\b", lead.group()):
        return lead["name"]  # "The conservative opposition leader Friedrich Merz, whose …" → "Merz"
    text = _EN_ATTRIBUTION.sub("", sentence)
    match = _EN_SUBJECT.match(text)
    if not match or match["name"].endswith("ing") or match["name"] in _NOT_SUBJECTS or \
            re.search(r"['’]s$", match["name"]):  # "The European Union's rules": a possessive is no subject
        return ""
    return match["name"]


_NOT_SUBJECTS = {"The", "A", "An", "In", "On", "It", "He", "She", "They", "But", "And", "After", "Before"}


def _adverbial(text: str, lang: str) -> bool:
    """An English clause that is only a setting ("On the campaign trail ahead of the November 5 election")."""
    return lang == "en" and bool(re.match(r"(?:On|In|During|Ahead of|At(?! least| most)|Amid|Since|Before|After)\s",
                                          text))


def _strip_end(words: list[str]) -> None:
    """Take punctuation off the last word ("meet," → "meet"), and words that are only punctuation."""
    while words and not words[-1].rstrip(",;:–—-"):
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",;:–—-")


_VERB_WORD = {
    "en": r"[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|"
          rf"{PAST_PATTERN}",
    "fr": r"a|ont|est|sont|était|avait|sera|seront|doit|doivent|peut|peuvent|va|vont|\w+(?:era|eront|ait|aient)|"
          r"\w+(?:ira|dra|tra|vra|ura|rra|iront|dront|tront|vront|uront|rront)|"
          r"\w*(?:vient|viennent|tient|tiennent)|fait|font|dit|disent|met|mettent|prend|prennent|"
          r"(?!\w*(?:emment|amment|ement)\b)[a-zéèêàç]{3,}ent",  # "réclament", not "notamment" or "gouvernement"
    "es": r"ha|han|es|son|fue|fueron|será|serán|debe|deben|puede|pueden|va|van|dijo|dijeron|hizo|tuvo|estuvo|puso|"
          r"pudo|(?<!\bde )(?<!\bdel )(?<!\bel )(?<!\bun )vino|dio|quiso|supo|\w+(?:ó|aron|[iy]eron|rá|rán)|"
          r"\w+(?:tuvo|tuvieron|dujo|dujeron|puso|pusieron)|"
          r"\w*(?:tiene|tienen|viene|vienen)|está|están|hace|hacen|dice|dicen|sigue|siguen",  # irregular presents
}  # ("vino" after "de", "del", "el" or "un" is the noun: "las exportaciones de vino")
# A Spanish clause may open with an auxiliary of the pluperfect or the imperfect ("había salido", "estaba previsto").
_ES_AUXILIARY_FIRST = r"había|habían|habrá|habrán|estaba|estaban|era|eran"


def _finite_in(text: str, lang: str) -> bool:
    """Whether a headline has a word that reads as a finite verb (Russian and Ukrainian by their word forms)."""
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        return verb_at(text.split(), lang) < len(text.split())
    return _has_verb(text, lang)


def _has_verb(text: str, lang: str) -> bool:
    """Whether ``text`` has a word that reads as a finite verb (for the languages with a list; others: yes)."""
    pattern = _VERB_WORD.get(lang)
    if pattern and lang in ("fr", "es"):  # the noun after an indefinite article is no verb: "un accident"
        text = re.sub(r"\b(?i:un|une|una|unos|unas)\s+\S+", " ", text)
    return pattern is None or re.search(rf"\b(?:{pattern})\b", text) is not None


# A place and the region or country it lies in, set off by commas: "at a plant in Dayton, Ohio, was", where a long
# headline keeps the place alone (not a list: "in Leeds, York, and Hull")
_EN_REGION = re.compile(r"(?P<place>\b(?:in|at|from|near|outside|of)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),"
                        r"\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,(?=\s+(?!and\b|or\b)[a-z])")


def _ends_on_auxiliary(text: str, lang: str) -> bool:
    """Whether a French or Spanish cut would end on an auxiliary whose participle comes after an adverb of its own
    ("Le conseil a | de nouveau voté", "La empresa ha | en cambio despedido"): no place to cut."""
    from generator.importer.fit import _AUXILIARY

    words = text.split()
    return lang in ("fr", "es") and bool(words) and words[-1].lower() in _AUXILIARY[lang]


def _cut(text: str, lang: str, capitalise: bool = True) -> str:
    from generator.importer.fit import (
        _EN_AUXILIARIES,
        _SUBJECT_VERB,
        _reduced_relative,
        _subject_modifier,
        _verb_adverb,
        _whole_names,
        between_auxiliary,
        without_roles,
    )

    if len(text.split()) > _MAX_WORDS or len(text) > LIMIT:
        text = without_roles(text)  # "La candidata de centro Rosa Villanueva y …" → "Rosa Villanueva y …"
        if lang in ("fr", "es"):  # "devaient initialement s'achever" → "devaient s'achever"
            text = _verb_adverb(text, lang)
        if lang in ("ru", "uk"):  # "через пошкодження підстанції | близько 12 тисяч абонентів залишалися"
            from generator.importer.slavic import without_fronted_cause

            text = without_fronted_cause(text, lang)
            # "галерея мистецтв імені Бориса Возницького": the name a body is named after goes from a long title
            text = re.sub(r"\s(?:імені|имени)(?:\s+[А-ЯЁІЇЄҐ][\w'’.-]*){1,3}(?=\s)", "", text)
        if lang == "en":
            text = _EN_REGION.sub(r"\g<place>", text)
    if lang in ("ru", "uk") and len(text.split()) > _MAX_WORDS:
        from generator.importer.morphology import phrase_before_verb, verb_at

        words = text.split()  # "галерея … вперше | від початку повномасштабного вторгнення | виставила": the phrases
        while len(words) > _MAX_WORDS and _MAX_WORDS - 3 <= verb_at(words, lang) < len(words) \
                and (phrase := phrase_before_verb(words, set(PREPOSITIONS[lang].split()), lang)):
            del words[phrase[0]:phrase[1]]  # between a subject and its verb go before its object does
        text = " ".join(words)
    words = text.split()
    if len(words) > _MAX_WORDS and lang in _SUBJECT_VERB and (not _has_verb(" ".join(words[:_MAX_WORDS]), lang)
                                                              or between_auxiliary(words, _MAX_WORDS, lang)) \
            and (between := _subject_modifier(words, set(PREPOSITIONS.get(lang, "").split()), lang, LIMIT,
                                                         _MAX_WORDS)):
        del words[between[0]:between[1]]  # "Le procès de dix-sept personnes … | s'est ouvert": the verb stays
    if len(words) > _MAX_WORDS and (relative := next((i for i in range(2, len(words))
                                                      if _reduced_relative(words, i, lang)), None)):
        auxiliary = next(j for j in range(relative + 2, len(words)) if words[j] in _EN_AUXILIARIES)
        del words[relative:auxiliary]  # "an outbreak linked to pre-cut cucumbers had sickened" → "an outbreak had
        # sickened": a reduced relative clause goes before its noun's verb does
    if len(words) > _MAX_WORDS and lang not in ("de", "tr"):  # a German or Turkish clause ends on its verb
        # a clause ends at the comma of a relative clause after it: "… presunto autor del fuego, | que comenzó"
        comma = next((i for i in range(5, len(words)) if words[i - 1].endswith(",")
                      and words[i].lower() in _RELATIVE.get(lang, set()) | {"that", "que", "qui"}), None)
        head = " ".join(words[:_MAX_WORDS + 1]) + " "
        cuts = [head.rfind(",")] + [m.start() for m in re.finditer(_BREAKS.get(lang, r"(?!)"), head)]
        cuts = [c for c in cuts if c > 0 and len(head[:c].split()) >= 5 and _finite_in(head[:c], lang)
                and not _ends_on_auxiliary(head[:c], lang)]  # (a Russian or Ukrainian verb by its word form)
        if comma and len(" ".join(words[:comma])) <= LIMIT and _has_verb(" ".join(words[:comma]), lang):
            words = words[:comma]
        elif cuts:  # not inside the subject: "La Direction nationale du contrôle | de gestion doit examiner"
            words = head[:max(cuts)].split()
        elif len(text) > LIMIT:  # at a word, never inside a name
            words = _whole_names(words[:_MAX_WORDS], words)
    dangling = _DANGLING.get(lang, set())
    tail = " ".join(words).rsplit(",", 1)
    if len(tail) == 2 and 1 <= len(tail[1].split()) <= 2 and tail[1].strip()[:1].islower() \
            and len(tail[0].split()) >= 3 and not _has_verb(tail[1], lang if lang in _VERB_WORD else "en"):
        words = tail[0].split()  # "…nommé Premier ministre, deux mois" → "…nommé Premier ministre"; "…, жителей"
    _strip_end(words)
    while len(words) > 2 and words[-1].lower() in dangling and not particle(words, lang):
        words.pop()
        _strip_end(words)
    text = " ".join(words).strip(" ,;:–—-")
    return text[:1].upper() + text[1:] if capitalise else text




def event_title(sentence: str, clauses: list[tuple[int, int]], at: int, mention: Mention, mentions: list[Mention],
                language: str, story: dt.date, taken: dict[str, Dated], context: str = "",
                earlier: dict[str, Dated] | None = None, previous: str = "") -> str:
    """The headline of the event that ``mention`` dates, from its clause ``clauses[at]`` (see the module's notes).

    ``taken`` holds the titles (and dates) the sentence's other events have already, ``earlier`` those of the
    story's earlier sentences; ``context`` is the name the story spoke of last (what a pronoun may stand for);
    ``previous``, the sentence before (what "Об этом сообщили …" reports).
    """
    near = {**(earlier or {}), **taken}
    title = _raw_title(sentence, clauses, at, mention, mentions, language, story, context, near)
    if _lang(language) == "tr":
        title = fit(_turkish_speaker_as_subject(title, sentence), language, _DANGLING["tr"])
    if _lang(language) in ("ru", "uk"):  # "… смогут вернуть их": the noun the object pronoun stands for
        from generator.importer.slavic import object_pronoun_noun

        title = fit(object_pronoun_noun(title, sentence, _lang(language)), language, _DANGLING[_lang(language)])
    if _lang(language) in ("ru", "uk") and previous and _THIS_REPORTED.match(sentence) and at == 0 \
            and (reported := _what_was_reported(previous, language, story)) \
            and reported.casefold() not in {t.casefold() for t in near}:  # the sentence before told it undated
        title = reported
    if _lang(language) == "en":  # "… cutting them", "a barge struck it": the noun an object pronoun stands for
        title = _capital(fit(_their_noun(title, sentence, clauses[at]), language, _DANGLING["en"]), "en")
    own = _EN_OWN_ACT.match(title) if _lang(language) == "en" else None
    if own:  # "Snap said it had deactivated 400,000 accounts" → "Snap deactivated 400,000 accounts": its own act
        title = f"{own['who']} {own['rest']}"
    if title.casefold() in {t.casefold() for t in taken} and _lang(language) in ("ru", "uk") \
            and mention.end_date and re.match(r"(?i:на)\s", sentence[mention.start:mention.end]):
        from generator.importer.slavic import period_of_object

        # "затвердила програму … | на 2026-2028 роки": the period the object is for ("Програма … діятиме")
        lean = tidy(remove_dates(sentence[clauses[at][0]:mention.start], clauses[at][0], mentions, language))
        tense = _tense(mention.date, story)
        tense = 0 if tense < 0 and period(mention.end_date)[1] >= story else tense  # a period still running
        title = _capital(period_of_object(lean, tense, _lang(language)), "uk") or title
    tense = _tense(mention.date, story)
    dated = _dated_participle(sentence, clauses[at], mention, tense) if _lang(language) == "fr" else \
        _es_dated_participle(sentence, clauses[at], mention, mentions, tense) if _lang(language) == "es" else ""
    if title.casefold() in {t.casefold() for t in taken} and dated \
            and dated.casefold() not in {t.casefold() for t in taken}:
        # one clause, two dates, the second right after a participle in a noun phrase: "prévoyait une hausse au
        # 1er avril et une prime versée en mai" → "Une prime sera versée"
        title = _capital(fit(dated, language, _DANGLING["fr" if _lang(language) == "fr" else "es"]), _lang(language))
    if title.casefold() in {t.casefold() for t in taken}:  # one clause, two dates: keep what tells them apart
        others = [m for m in mentions if m is not mention]
        title = _raw_title(sentence, clauses, at, mention, others, language, story, context, near)
        statement = _EN_STATEMENT.match(title) if _lang(language) == "en" else None
        if statement:  # "TSMC said it would start production": the production, not the saying
            title = f"{statement['who']} {statement['rest']}"
        if title.casefold() in {t.casefold() for t in taken}:
            lean = _up_to_its_date(sentence, clauses[at], mention, mentions, language)
            title = lean if lean and lean.casefold() not in {t.casefold() for t in taken} else \
                f"{title} ({tidy(sentence[mention.start:mention.end])})"
    return title


# A Russian or Ukrainian sentence that only says who reported the sentence before it: "Об этом сообщили в
# пресс-службе …", "Про це повідомила …".
_THIS_REPORTED = re.compile(r"(?:Об этом|Про це)\s")


def _what_was_reported(previous: str, language: str, story: dt.date) -> str:
    """The headline of the sentence before a Russian or Ukrainian "Об этом сообщили …": its main clause, with the
    subject the sentence opens with across a relative clause ("Запуск …, который планировался …, | перенесен" →
    "Запуск … перенесен"); "" when it has no verb."""
    from generator.importer.dates import find_mentions
    from generator.importer.morphology import verb_at
    from generator.importer.text import split_clauses

    lang = _lang(language)
    text = tidy(previous)
    clauses = split_clauses(text, language)
    mentions = find_mentions(text, story, language, clauses)
    main = next((c for c in clauses if (words := tidy(remove_dates(text[c[0]:c[1]], c[0], mentions, language)).split())
                 and not re.match(r"(?:котор|как|як|что|що)", words[0].lower()) and verb_at(words, lang) < len(words)),
                None)
    if main is None:
        return ""
    said = headline(text, main, None, mentions, language, capitalise=False)
    if said[:1].islower() and (subject := _subject_across_relative(text, clauses, main, lang)):
        said = f"{subject} {said}"
    from generator.importer.slavic import without_fronted_cause

    said = fit(without_fronted_cause(said, lang), language, _DANGLING.get(lang, set()))
    return _capital(said, lang) if _finite_in(said, lang) and len(said.split()) >= 3 else ""


def _up_to_its_date(sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention],
                    language: str) -> str:
    """The clause up to the phrase of its date, without the phrase between its subject and its verb: what tells a
    clause's second date apart from its first ("Measles cases in Europe more than doubled last year | to their
    highest level since 1997" → "Measles cases more than doubled to their highest level"); "" if it has no verb."""
    lang = _lang(language)
    a = clause[0]
    if mention.start <= a:
        return ""
    text = tidy(remove_dates(sentence[a:mention.end], a, mentions, language))
    leads = _LEADS.get(lang)
    if leads:
        text = re.sub(rf"^{leads}\s+", "", text, flags=re.IGNORECASE)
    text = fit(_without_subject_phrase(text, lang), language, _DANGLING.get(lang, set()))
    words = text.split()
    if len(words) < _verb_at(text, lang) + 2:
        return ""  # no verb, or nothing after it
    return text[:1].upper() + text[1:]


_EN_OWN_ACT = re.compile(r"^(?P<who>.+?)\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|he|she|they)\s+(?:had|has|have)"
                         r"\s+(?P<rest>(?!been\b)[a-z]+(?:ed|en|un|ught|ade|ound|id)\s+\S.*)$")
_EN_STATEMENT = re.compile(r"^(?P<who>.+?)\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|he|she|they)\s+"
                           r"(?P<rest>(?:would|will|had|has|was|is|could|plans)\b.*)$")


Dated = tuple[PartialDate, "PartialDate | None"]  # an event's date and end


def _overlap(a: Dated, b: Dated) -> bool:
    """Whether two events' dates (with their ends), at their precisions, may mean a day in common."""
    a_first, b_first = period(a[0])[0], period(b[0])[0]
    a_last, b_last = period(a[1] or a[0])[1], period(b[1] or b[0])[1]
    return a_first <= b_last and b_first <= a_last


def _tense(date: PartialDate, story: dt.date) -> int:
    first = date.first_day()
    return -1 if first < story.replace(day=1) or (date.precision == "day" and first < story) else \
        1 if first > story else 0


def _date_apposition_closed(sentence: str, clause: tuple[int, int], following: tuple[int, int] | None,
                            mention: Mention) -> tuple[int, int] | None:
    """The clause and the one after it when the comma between them closes a date set off in commas ("повідомив
    у п'ятницю, 6 лютого, | начальник … Максим Козицький", "said on Friday, May 6, | the minister"): the
    clause goes on past the date; None otherwise."""
    if following is None or "," not in sentence[mention.start:mention.end] \
            or sentence[mention.end:clause[1]].strip(" ,") or following[0] != clause[1]:
        return None
    return clause[0], following[1]


_ES_REQUEST = re.compile(r"(?:^|\s)(?P<verb>(?:reclam|exig|solicit|demand|ped|pid|inst|urg)[a-záéíóú]*?(?:a|an|e|en|ó|"
                         r"aron|[iy]eron|ió))(?:\s+(?:además|también|ahora|hoy|ya))?[\s,]*$")


# "según ha informado la Policía": a source told in the perfect after "según", the reporter after it.
_ES_AS_SAID = re.compile(r"(?i:según)\s+(?:ha|han)\s+(?P<verb>(?:inform|anunci|indic|señal|explic|confirm|precis|"
                         r"asegur|afirm|declar|comunic)ado|añadido|dicho)\s+"
                         r"(?P<who>(?:(?:el|la|los|las|su|sus)\s+|[A-ZÁÉÍÓÚÑ])\S.*)")  # not "en un comunicado"


def _es_request(sentence: str, before: tuple[int, int], text: str) -> str:
    """A Spanish clause in the subjunctive after a verb of asking at the end of the clause before it ("Los vecinos,
    que …, reclaman | que el Gobierno convoque la comisión"): asked for, not done, it is told with the request and
    the sentence's subject, "Los vecinos reclaman que el Gobierno convoque la comisión"; "" otherwise."""
    asked = _ES_REQUEST.search(sentence[before[0]:before[1]])
    opening = re.match(r"(?P<noun>[A-ZÁÉÍÓÚÑ][^,]{1,60}?),\s+(?:que|quien|quienes)\s", sentence)
    if not asked or not opening or not re.match(r"que\s", sentence[before[1]:].lstrip()) or \
            len(opening["noun"].split()) > 6 or _has_verb(opening["noun"], "es"):
        return ""
    said = re.sub(rf"^(?:{re.escape(asked['verb'])}\s+)?(?:que\s+)?", "", text.strip())  # the verb may be told
    return f"{tidy(opening['noun'])} {asked['verb']} que {said}"


_FR_BY_AGENT = re.compile(r"(?:(?:après|avant|depuis|dès)\s+)?(?:l['’]|la\s+|le\s+)(?P<noun>\w+)\s+par\s+"
                          r"(?P<agent>(?:le|la|les|l['’])\s*[^,]{2,50}?)")
_FR_OF_THE = {"des": "les", "du": "le", "de la": "la", "de l'": "l'", "de l’": "l’"}


def _act_by_its_agent(text: str, sentence: str, following: tuple[int, int] | None, mentions: list[Mention],
                      tense: int) -> str:
    """A French past act named by its noun and its agent, its object in the clause after it ("après l'annulation
    par le Conseil d'Etat, vendredi, | des élections municipales"): "Le Conseil d'Etat a annulé les élections
    municipales"; "" otherwise."""
    from generator.importer.fit import _NOMINALISATIONS

    found = _FR_BY_AGENT.fullmatch(text.strip(" ,"))
    participle = _NOMINALISATIONS["fr"].get(found["noun"].lower()) if found else None
    if not found or not participle or tense > 0 or following is None:
        return ""
    after = tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions, "fr")).split(",")[0]
    of = re.match(r"(?P<of>des|du|de la|de l['’])\s*(?P<object>\S.*)", after)
    if not of or _has_verb(of["object"], "fr"):
        return ""
    article = _FR_OF_THE[of["of"]]
    space = "" if article[-1:] in "'’" else " "
    return f"{found['agent']} a {participle} {article}{space}{of['object']}"


def _event_after_its_noun(text: str, tense: int) -> str:
    """A French clause that is only an event noun phrase with "des" (de + les), the complement of a noun before it
    ("l'annulation … | des élections municipales de mars 2020"): the event told with its verb, "Les élections
    municipales ont eu lieu"; "" otherwise."""
    found = re.fullmatch(r"des\s+(?P<rest>\S.*)", text.strip(" ,"))
    if not found:
        return ""
    plain = f"les {found['rest']}"
    held = noun_event(plain, "fr", tense)
    return held if held != plain else ""


def _within_semicolons(sentence: str, clause: tuple[int, int], mention: Mention) -> tuple[int, int]:
    """The part of a clause between the semicolons around its date: a semicolon ends a sentence's clause as a
    full stop would ("… dört kişi hayatını kaybetmişti; AFAD, …" tells the loss of life, not the agency)."""
    start = sentence.rfind(";", clause[0], mention.start)
    end = sentence.find(";", mention.end, clause[1])
    return start + 1 if start >= 0 else clause[0], end if end >= 0 else clause[1]


# A German relative clause on a noun, with its preposition if any: "die …", "an deren …", "mit dem …"
_DE_RELATIVE = re.compile(r"(?:(?:an|auf|in|mit|von|zu|bei|für|über|unter|nach|aus|gegen|durch)\s+)?"
                          r"(?:der|die|das|dem|den|deren|dessen|denen)\s")


# A conjunction that opens a clause of its own after a comma: "…, | but on Monday, | …", "…, | а наступного тижня"
_CONJUNCTION_FIRST = re.compile(r"(?i:and|but|while|y|pero|mientras|et|mais|tandis que|und|aber|während|doch|"
                                r"а|і|й|та|але|и|но|ve|ama|fakat)")


_DE_FRONTING = r"Bei|Beim|Nach|Vor|Auf|Während|Mit|In|Im|Am|An|Seit|Zu|Zum|Zur"  # a preposition opening a sentence


def _german_across_relative(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                            language: str) -> str:
    """A German main clause that stops on its auxiliary at a relative clause on its subject and goes on after it,
    told whole without the relative clause ("Seit Mai ist die Straße, die … führt, | für Lastwagen gesperrt" →
    "die Straße ist für Lastwagen gesperrt"); else ""."""
    if _lang(language) != "de" or at + 2 >= len(clauses):
        return ""
    (a, b), relative, (c, d) = clauses[at], clauses[at + 1], clauses[at + 2]
    own = german_order(tidy(remove_dates(sentence[a:b], a, mentions, language)).strip(" ,."))
    rest = tidy(remove_dates(sentence[c:d], c, mentions, language)).strip(" ,.")
    fronted = re.fullmatch(rf"(?:{_DE_FRONTING})\s+[^,]+", own) is not None and at == 0  # "Bei einem Termin, | zu
    # dem …, | spielte das Orchester": a phrase before a relative clause on its noun, the verb of the sentence after it
    if not own.split() or (own.split()[-1] not in _DE_FINITE and not fronted) \
            or not sentence[a:b].rstrip().endswith(",") or not _DE_RELATIVE.match(sentence[relative[0]:relative[1]]):
        return ""
    if not rest[:1].islower() or re.match(
            rf"(?:{_DE_SUBORDINATOR}|was|wie|und|oder|aber|sagte|sagten|teilte|hieß|so)\b", rest):
        return ""
    return f"{own} {rest}"


def _slavic_across_relative(sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                            language: str) -> str:
    """A Russian or Ukrainian subject (or object) with no verb of its own before a relative clause set off by
    commas, told with the verb after that clause ("Вчера три больницы, в которых лечились раненые, | перевели на
    усиленный режим" → "три больницы перевели на усиленный режим"); else ""."""
    lang = _lang(language)
    if lang not in ("ru", "uk") or at != 0 or len(clauses) < 3:  # the noun the sentence opens with
        return ""
    (a, b), relative, (c, d) = clauses[at], clauses[at + 1], clauses[at + 2]
    own = tidy(remove_dates(sentence[a:b], a, mentions, language))
    opened = re.fullmatch(r"(?P<noun>[^,]+?),?(?P<prep>\s+[^\W\d]{1,3})?", own)  # "две школы, в" | "которых …"
    words = (opened["noun"] if opened else "").split()
    if not words or not re.search(r",(?:\s+[^\W\d]{1,3})?\s*$", sentence[a:b]) \
            or _finite_in(opened["noun"], lang) or len(words) > 8 \
            or not re.match(rf"(?:(?:{'|'.join(_RELATIVE[lang])})\s|{_OBLIQUE_RELATIVE[lang]}|где\s|де\s)",
                            f"{(opened['prep'] or '').strip()} {sentence[relative[0]:relative[1]]}".strip(),
                            re.IGNORECASE) \
            or not sentence[relative[0]:relative[1]].rstrip().endswith(","):
        return ""
    rest = tidy(remove_dates(sentence[c:d], c, mentions, language)).strip(" ,.")
    if not rest[:1].islower() or not _finite_in(rest, lang) \
            or re.match(r"(?:и|а|но|і|та|але|что|що|как|як|когда|коли|сообщ|повідом|заяв)", rest):
        return ""
    return f"{opened['noun']} {rest}"


def _turkish_setting_and_date(sentence: str, clause: tuple[int, int], mention: Mention) -> tuple[int, int]:
    """A Turkish clause of a setting and its date only, set off by a comma ("Kentin eski limanında dün, | …
    bulundu"), as far as the sentence's end: its verb ends the sentence; ``clause`` as it is otherwise."""
    before = sentence[clause[0]:mention.start].split()
    if not before or sentence[mention.end:clause[1]].strip() != "," \
            or not re.search(r"(?:n?[dt][ae])$", before[-1]) or not sentence.rstrip().endswith("."):
        return clause
    return (clause[0], len(sentence.rstrip()))


def _relative_across_source(sentence: str, clauses: list[tuple[int, int]], at: int, clause: tuple[int, int],
                            lang: str) -> tuple[str, tuple[int, int], tuple[int, int]] | None:
    """A Russian or Ukrainian clause that goes on a relative clause its source interrupts ("…, який цьогоріч, |
    як повідомила Гнатів, | відбудеться …"): the sentence with the source (and the comma before it) blanked out, the
    relative clause with its verb, and the clause its antecedent ends; None otherwise."""
    if lang not in ("ru", "uk") or at < 2 or clause != clauses[at]:
        return None
    source, first = clauses[at - 1], clauses[at - 2]
    if not re.fullmatch(rf"\s*(?i:{_AS_SAID[lang]})\s+[^,]{{1,60}},\s*", sentence[source[0]:source[1]]):
        return None
    relative = re.search(rf",\s+(?P<rel>(?:{'|'.join(_RELATIVE[lang])})(?:\s+[^\s,]+){{0,2}}),\s*$",
                         sentence[first[0]:first[1]])
    if relative is None or _finite_in(relative["rel"], lang):
        return None
    comma = first[0] + relative.start("rel") + len(relative["rel"])  # the comma that opens the source
    plain = sentence[:comma] + " " * (source[1] - comma) + sentence[source[1]:]
    return plain, (first[0] + relative.start() + 1, clause[1]), (first[0], first[0] + relative.start() + 1)


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


# An event noun phrase dated by its complement, the complement of a noun before it: "(l'annulation) du scrutin
# municipal du 12 mars", "(la anulación) de la votación del 26 de junio".
_EVENT_OF_DATE = {
    "fr": re.compile(r"\s(?:du|de la|des|de l['’])\s*(?P<noun>[a-zéèêàç]+(?:\s+[a-zéèêàç]+){0,2})"
                     r"\s+(?:du|de|d['’]|des)\s*$"),
    "es": re.compile(r"\s(?:del|de la|de los|de las)\s+(?P<noun>[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,2})"
                     r"\s+(?:del|de)\s*$"),
}
_OF_ARTICLE = {"du": "le", "de la": "la", "des": "les", "de l'": "l'", "de l’": "l'", "del": "el", "de los": "los",
               "de las": "las"}


def _event_of_its_date(sentence: str, mention: Mention, lang: str, tense: int) -> str:
    """The event a date is the complement of, inside a longer phrase: "… pour obtenir l'annulation du scrutin du
    12 mars" → "le scrutin a eu lieu"; "" when the noun before the date names no event."""
    found = _EVENT_OF_DATE[lang].search(sentence[:mention.start])
    if not found:
        return ""
    of = re.match(r"\s(du|de la|des|de l['’]|del|de los|de las)", found.group())
    article = _OF_ARTICLE[of.group(1)]
    phrase = f"{article}{'' if article.endswith(chr(39)) else ' '}{found['noun']}"
    held = noun_event(phrase, lang, tense)
    return held if held != phrase else ""


def _raw_title(sentence: str, clauses: list[tuple[int, int]], at: int, mention: Mention, mentions: list[Mention],
               language: str, story: dt.date, context: str, taken: dict[str, Dated]) -> str:
    lang = _lang(language)
    dangling = _DANGLING.get(lang, set())
    following = clauses[at + 1] if at + 1 < len(clauses) else None
    subject = _subject(sentence) if lang == "en" else ""
    clause = clauses[at]
    if following and _WHEN.match(sentence[following[0]:]) and not sentence[mention.end:following[0]].strip(" ,") \
            and mention.rule != "span":  # "between October and April, when 300 died": the clause tells the span
        clause = following  # "since March 2020, | when it slashed rates to near zero": what happened then
    clause = _own_part(sentence, clause, mention, mentions, language)
    clause = _within_semicolons(sentence, clause, mention)
    if lang == "tr":
        clause = _turkish_setting_and_date(sentence, clause, mention)
        clause = _turkish_joined_object(sentence, clause, following, mentions)
    closed = _date_apposition_closed(sentence, clause, following, mention) if clause == clauses[at] else None
    if closed:
        clause, following = closed, next((c for c in clauses if c[0] >= closed[1]), None)
    own_words = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language)).strip(" ,.")
    if lang in ("es", "fr") and at > 0 and clause == clauses[at] and own_words.lower() in ("", "el", "la", "le") \
            and sentence[mention.end:clause[1]].strip() in (",", "") and sentence[clauses[at - 1][1] - 2:][:2] == ", " \
            and _has_verb(sentence[clauses[at - 1][0]:clauses[at - 1][1]], lang):
        # "…, desde que se detectó el primer caso, | el pasado 28 de agosto, | en …": a date set off by commas
        # dates the clause before it, told without the word that joins it
        before = headline(sentence, clauses[at - 1], None, mentions, language, capitalise=False)
        before = re.sub(r"^(?i:(?:desde|hasta|depuis|jusqu'à ce)\s+)?(?i:que|qu['’]|cuando|quand|lorsque)\s*", "",
                        before)
        if _has_verb(before, lang) and not _verb_first(before, lang):
            return _capital(fit(before, language, dangling), lang)
    if lang in _PURPOSE and at > 0 and clause == clauses[at] and re.match(rf"(?:{_PURPOSE[lang]})\s", own_words) \
            and not tidy(remove_dates(sentence[clause[0]:mention.end], clause[0], mentions, language)):
        # "SNCF Réseau fermera la ligne, dite …, | du 2 février au 6 mars pour remplacer …": a date and a purpose
        # date the verb of the sentence's first clause
        main = headline(sentence, clauses[0], None, mentions, language, capitalise=False)
        if _has_verb(main, lang) and not _verb_first(main, lang):
            return _capital(fit(main, language, dangling), lang)
    source_of = rf"(?i:{_SOURCE_OPENER.get(lang, '(?!)')}|{_AS_SAID.get(lang, '(?!)')})"  # "за даними", "як повідомляв"
    opening = sentence[clause[0]:mention.start].strip()  # "…, | а наступного тижня, | за словами …, | прибудуть"
    if following and ((at == 0 and not opening) or _CONJUNCTION_FIRST.fullmatch(opening)) and re.fullmatch(
            rf"(?:{_CONJUNCTION_FIRST.pattern}\s*)?(?:{source_of}\s+[^,]{{1,60}})?", own_words):
        # "В марте, | по данным ведомства, | инфляция замедлилась": the date and its source only, the clause
        # after them tells what happened then
        later = [c for c in clauses[at + 1:] if tidy(remove_dates(sentence[c[0]:c[1]], c[0], mentions, language))]
        source = re.compile(rf"\s*{source_of}\s+[^,]{{1,60}},?\s*$")
        told = next((c for c in later if not source.fullmatch(sentence[c[0]:c[1]])), None)
        if told and not any(told[0] <= m.start < told[1] for m in mentions):
            clause = told
            following = next((c for c in clauses if c[0] >= told[1]), None)
    from generator.importer.since import beginning_beside, last_time
    from generator.importer.turkish import (
        caused_verbal_noun,
        converb_clause,
        dated_document,
        dated_participle,
        object_participle,
        opening_subject,
        participle_of_the_date,
        reported_complement,
    )

    if lang in ("de", "fr", "es") and (told := _quote_told(sentence, mention, mentions, language)):
        return _capital(fit(told, language, dangling), lang)  # "«…», a déclaré Thierry Lafon": the speaker's
    inside = re.fullmatch(r"[\s\"«„]*(?P<before>[^,]+),\s*(?:(?:в\s+)?последний\s+раз|впервые|вперше|востаннє|"
                          r"(?:в\s+)?останній\s+раз)?", own_words, re.IGNORECASE) \
        if lang in ("ru", "uk") and following and clause == clauses[at] \
        and not sentence[mention.end:clause[1]].strip(" ,") else None
    if inside:  # "Мы трижды, последний раз 10 ноября, | направляли письма": a date (and "the last time", "the
        # first time") set off by commas inside a clause whose words stand before and after it
        from generator.importer.morphology import verb_at

        before = inside["before"].split()
        after = tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions, language)).strip(
            ' ,."»“')
        if before and after[:1].islower() and verb_at(before, lang) == len(before) \
                and verb_at(after.split(), lang) == 0:
            return _capital(fit(f"{' '.join(before)} {after}", language, dangling), lang)
    if lang == "fr" and at > 0 and _tense(mention.date, story) <= 0 and (
            then := _fr_before_doing(sentence, clause, mentions, language)):
        return _capital(fit(then, language, dangling), lang)  # "…, avant de les rouvrir en janvier 2024"
    if lang in _EVENT_OF_DATE and (held := _event_of_its_date(sentence, mention, lang, _tense(mention.date, story))):
        return _capital(held, lang)  # "… l'annulation du scrutin du 12 mars" → "Le scrutin a eu lieu"
    if began := beginning_beside(sentence, clauses, at, clause, mentions, language):
        return _capital(fit(began, language, dangling), lang)
    if last := last_time(sentence, clauses, at, clause, mention, mentions, language):
        return _capital(fit(last, language, dangling), lang)
    if clause == clauses[at] and (whole := _german_across_relative(sentence, clauses, at, mentions, language)):
        return _capital(fit(whole, language, dangling), lang)
    if clause == clauses[at] and (whole := _slavic_across_relative(sentence, clauses, at, mentions, language)):
        return _capital(fit(whole, language, dangling), lang)
    from generator.importer.governing import compared_relative, comparison

    if compared := compared_relative(sentence, clauses, at, mentions, language) or \
            comparison(sentence, clauses, at, mentions, language):
        return _capital(fit(compared, language, dangling), lang)  # "…, up from the 50 million bags it estimated"
    if lang == "de" and (attributive := _german_attributive(sentence, mention, _tense(mention.date, story))):
        return attributive  # "Der 2019 eröffnete Flughafen" → "Der Flughafen wurde eröffnet"
    if lang == "tr" and (dated := dated_participle(sentence, clause, mention)
                         or object_participle(sentence, clause, mention)
                         or reported_complement(sentence, clause, mention, mentions)
                         or converb_clause(sentence, clause, clauses[at - 1] if at else None, mention, mentions)
                         or caused_verbal_noun(sentence, clause, mention)
                         or participle_of_the_date(sentence, clause, mention)
                         or dated_document(sentence, mention)):
        if len(dated) > LIMIT and (named := dated_participle(sentence, clause, mention, True)):
            dated = named  # the report too long to tell: the participle's event is what the date dates
        return _capital(fit(dated, language, dangling), lang)
    if lang in ("ru", "uk"):  # "землетрясения, | произошедшего 30 июля"
        from generator.importer.slavic import participle_title

        own = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
        inside = re.fullmatch(r"(?P<noun>[^,]+),\s+(?P<rest>[^,]+)", own)  # "Заседание, запланированное на …"
        before = (clauses[at - 1][0], clauses[at - 1][1]) if at and clause[0] == clauses[at][0] else \
            (clauses[at][0] + sentence[clauses[at][0]:clause[0]].rstrip(" ,").rfind(",") + 1, clause[0])  # the
        # part of the clause before the dated one's comma: "Судно «Заря», | построенное в марте, | вышло"
        previous_text = inside["noun"] if inside else tidy(remove_dates(
            sentence[before[0]:before[1]], before[0], mentions, language)) if before[1] > before[0] else ""
        told = participle_title(previous_text, inside["rest"] if inside else own, _tense(mention.date, story), lang) \
            if previous_text else ""
        if told:
            return _capital(fit(told, language, dangling), lang)
    across = _relative_across_source(sentence, clauses, at, clause, lang)
    if across:  # "фестиваль «…», який цьогоріч, | як повідомила Гнатів, | відбудеться": the relative clause goes on
        # after the source set off inside it
        plain_sentence, relative_clause, antecedent = across
        text = headline(plain_sentence, relative_clause, antecedent, mentions, language, following, subject,
                        capitalise=False, tense=_tense(mention.date, story))
    else:
        text = _noun_and_its_relative(sentence, clause, following, mention, mentions, lang) or \
            headline(sentence, clause, clauses[at - 1] if at else None, mentions, language, following, subject,
                     capitalise=False, tense=_tense(mention.date, story))
    said_as = _ES_AS_SAID.fullmatch(tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
                                    .rstrip(" .")) if lang == "es" and at > 0 else None
    if said_as:  # "…, según ha anunciado este miércoles su presidente": the reporter's frame, in the preterite
        participle = said_as["verb"].lower()
        verb = "dijo" if participle == "dicho" else re.sub(r"ado$", "ó", re.sub(r"ido$", "ió", participle))
        text = f"{verb} {said_as['who']}"
    if lang == "es" and at > 0 and (asked := _es_request(sentence, clauses[at - 1], text)):
        return _capital(fit(asked, language, dangling), lang)  # "…, reclaman | que el Gobierno convoque …"
    if lang == "fr" and (done := _act_by_its_agent(text, sentence, following, mentions, _tense(mention.date, story))):
        return _capital(fit(done, language, dangling), lang)  # "l'annulation par le Conseil d'Etat, | des …"
    if lang == "fr" and (held := _event_after_its_noun(text, _tense(mention.date, story))):
        return _capital(fit(held, language, dangling), lang)  # "l'annulation | des élections de mars 2020"
    if at == 0 and following and lang in _PARTICIPLE and (
            fronted := _fronted_participle(text, sentence, following, mentions, lang, _tense(mention.date, story))):
        return _capital(fit(fronted, language, dangling), lang)  # "Sorti en salles le 17 septembre, le film …"
    that_follows = bool(following and _THAT.match(sentence[following[0]:following[1]].lstrip(" ,")))
    own = tidy(remove_dates(sentence[clause[0]:clause[1]], clause[0], mentions, language))
    as_said = re.match(r"(?:как|як)\s+(?P<frame>[^,]{3,80}),\s*(?P<said>\S.*)$", own, re.IGNORECASE)
    opener = re.fullmatch(rf"(?:{_AS_SAID.get(lang, '(?!)')})\s+(?P<frame>[^,]{{3,80}})", own, re.IGNORECASE)
    if not as_said and following and opener:
        # "Según informó el lunes la Policía, | los detenidos fueron trasladados": the frame of the clause after it
        said_clause = headline(sentence, following, None, mentions, language, capitalise=False)
        as_said = re.match(r"(?P<frame>.+)\n(?P<said>.+)", f"{opener['frame']}\n{said_clause}")
    if as_said and (found := frame(as_said["frame"], language)):  # "Как заявил X, Минфин не будет …"
        who = shorter_subject(f"{found.who} x")[:-2]
        said = fit(as_said["said"], language, dangling, 81 - len(report_title(who, found, "x", language)))
        return fit(report_title(who, found, said, language, said_is_name=_is_name(said, lang)), language, dangling)
    quote = quoted(sentence[clause[0]:clause[1]], language) if lang == "en" else None
    if quote:  # "“We disagree and will appeal,” Harlan said" → "Harlan said it disagrees and will appeal"
        found, said = quote
        return _capital(fit(report_title(shorter_subject(f"{found.who} x")[:-2], found, tidy(said), language),
                            language, dangling), lang)
    inverted = re.fullmatch(r"(?:\S+\s+){0,3}?(?P<aux>a|ont)-(?:t-)?(?:il|elle|on|ils|elles)\s+(?P<verb>\w+)", text) \
        if lang == "fr" and clause[0] > 0 else None
    if inverted and (who := _sentence_subject(sentence, mentions, lang)):  # "…, a-t-elle annoncé": the sentence's
        text = f"{who} {inverted['aux']} {inverted['verb']}"                  # subject said it
    reported = frame(text, language) if clause[0] > 0 or that_follows else None
    if reported and lang in ("es", "fr") and at > 0 and not that_follows and _verb_first(text, lang) \
            and _subject_across_relative(sentence, clauses, clause, lang):
        reported = None  # "La empresa, fundada en 1985, | anunció el cierre de su planta": no incise after the
        # words it reports, the verb of the subject before it, and what follows is its object
    if reported and lang == "fr" and at > 0 and _verb_first(text, lang) and re.search(rf"\b(?:{FR_TRANSITIVE})$",
                                                                                      reported.verb) \
            and not _has_verb(tidy(remove_dates(sentence[:clause[0]], 0, mentions, language)), lang):
        reported = None  # an incise follows the words it reports: "La France, furieuse, | a rappelé son ambassadeur"
    if reported is None and that_follows and clause[0] > 0:  # "El presidente del TSE, Óscar Hassenteufel, |
        verb = re.sub(r"\s+de$", "", text)                     # informó este lunes de | que …"
        verb = re.sub(rf"\s+(?:{PLACE_FIRST.get(lang, '(?!)')})\s+[A-ZÀ-Þ]\S*$", "", verb)  # "afirmó en Bruselas"
        who = _subject_across_relative(sentence, clauses, clause, lang) or _sentence_subject(sentence, mentions, lang)
        reported = frame(f"{who} {verb}", language) if who and (" " not in verb or re.fullmatch(
            r"(?:a|ha|hat)\s+\w+", verb)) else None  # "informó", "a indiqué": the verb of the subject before
    plain = remove_dates(sentence, 0, mentions, language)  # "Sept. 18" names no one
    if reported:  # "…, the air force said on Sunday": who said it, and what
        main = shorter_subject(_what_was_said(sentence, clauses, clause, following, mentions, language))
        if lang in ("ru", "uk") and main:  # "что были возбуждены три дела" → "что три дела были возбуждены"
            from generator.importer.slavic import subject_first

            main = subject_first(main, lang)
        person = _person(main, language)  # "his office said": the person the statement is about
        if lang in ("ru", "uk"):  # "сообщили в Камчатской группе реагирования" → "Камчатская группа … сообщила"
            from generator.importer.slavic import locative_reporter

            place = locative_reporter(reported.who, reported.verb, lang)
            reported = type(reported)(*place) if place else reported
        who = resolve_pronoun(reported.who, plain, 0, language, person or context)
        who = shorter_subject(f"{who} x")[:-2]  # "голова обласної адміністрації Максим Козицький" → the name
        if lang in ("ru", "uk"):
            from generator.importer.morphology import person_at_end

            who = person_at_end(who, lang) or who  # "ТАСС генеральный конструктор ВНИИЭМ Андрей Петров"
        if person and who != reported.who and re.match(rf"(?:[\w.'’-]+\s+){{0,5}}{re.escape(person)}\b", main):
            pronoun = who != reported.who and " " not in reported.who and lang == "de"
            main = re.sub(rf"^(?:[\w.'’-]+\s+){{0,5}}{re.escape(person)}\b",
                          reported.who.lower() if pronoun else person, main)  # "Scholz said Scholz will"
        head = report_title(who, reported, "x", language)
        said = fit(main, language, dangling, 81 - len(head)) if main else ""
        if said and (len(said.split()) < _verb_at(said, lang) + 2 or said.split()[-1].lower() in _AUXILIARIES):
            # the verb's object did not fit
            plainer = fit(_without_subject_phrase(main, lang), language, dangling, 81 - len(head))
            said = plainer if len(plainer.split()) >= _verb_at(plainer, lang) + 2 else said
        if said.split()[-1:] and said.split()[-1].lower() in _AUXILIARIES:
            said = ""  # too long to say in full: "Le ministère a indiqué que les contrôleurs ont" says nothing
        text = report_title(who, reported, said, language, said_is_name=_is_name(said, lang))
        # Not told twice: the site warns of two alike events whose dates overlap ("officials said on Monday
        # the envoys will meet in June" is two events, months apart, and may say both).
        while said and any(alike(text, t) and _overlap((mention.date, mention.end_date), d)
                           for t, d in taken.items()):
            shorter = _shorter_said(said, language, dangling)
            if not shorter:
                break  # as short as it can say something: the site's check shows the two alike events
            said = shorter
            text = report_title(who, reported, said, language, said_is_name=_is_name(said, lang))
    elif passive := _passive(sentence, clauses, at, clause, mention, mentions, language, story):
        text = passive  # "Japan's ispace lander, | launched in January" → "Japan's ispace lander was launched"
    else:
        text = _reporter_pronoun(text, sentence, clauses, at, mentions, language)
        if lang == "en" and at > 0:  # "… will discuss a plan | when they meet in Copenhagen on March 17"
            text = _they_of_the_clause_before(text, sentence, clauses[at - 1], mentions, _tense(mention.date, story))
        text = resolve_pronoun(text, plain, clause[0], language, context)
        from generator.importer.slavic import genitive_phrase

        opening = _subject_across_relative(sentence, clauses, clause, lang) or _slavic_joined_subject(
            sentence, clauses, clause, lang)
        verb_first = _verb_first(text, lang) if lang in ("en", "es", "fr") else text[:1].islower() and not (
            lang == "de" and (opens := re.match(r"(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]\S*\s+(\S+)",
                                                text)) and opens[1] in _DE_FINITE)  # "der Bund hatte …": a subject
        verb_first = verb_first or bool(opening and lang == "fr" and _fr_present_first(text)) \
            or bool(opening and lang == "es" and _es_present_first(text)) \
            or bool(opening and lang == "es" and _lacks_subject(text, lang)  # "…, que rondaba": the imperfect
                    and not re.match(r"se\s+\w+\s+(?:el|la|los|las|un|una)\s", text))  # an impersonal passive
        whose = re.match(r"\s*(?:котор(?:ого|ой|ых)|як(?:ого|ої|их))\s", sentence[clause[0]:clause[1]]) \
            if lang in ("ru", "uk") else None
        owned = re.search(r",\s+([а-яёіїєґ'’-]+)$", sentence[:clause[0]].rstrip()) if whose else None
        if owned and verb_first and (of := genitive_phrase(opening or _sentence_subject(sentence, mentions, lang),
                                                           lang)):
            text = f"{owned[1]} {of} {text}"  # "Фестиваль «…», открытие | которого было запланировано" → "открытие
            # фестиваля «…» было запланировано": the noun before the relative pronoun in the genitive is the subject
        elif opening and verb_first and not text.startswith(opening):
            text = f"{opening} {_after_subject(text, lang)}"  # "Paz, que quedó primero …, | asumirá" → "Paz asumirá"
        elif lang == "es" and (inverted := _subject_after_verb(text)):
            text = inverted  # "asumió el presidente Javier Milei" → "el presidente Javier Milei asumió"
        elif lang == "es" and re.match(r"se\s+\w+\s+(?:el|la|los|las|un|una)\s", text):
            pass  # "se registró el último episodio": an impersonal passive has its subject after the verb
        elif _lacks_subject(text, lang) and (name := name_before(plain, clause[0], language) or context):
            text = f"{name} {_as_finite(text, lang)}"
        elif clause[0] > 0 and (_verb_first(text, lang) or (_lacks_subject(text, lang) and not re.match(
                rf"(?:{'|'.join(_RELATIVE.get(lang, set())) or '(?!)'})\s", sentence[clause[0]:clause[1]].lstrip(),
                re.IGNORECASE))) and (owner := _sentence_subject(sentence, mentions, lang)):
            # "…, | cuando ganó por 1-2": the sentence's subject, not in a relative clause ("datos | que se publicarán")
            text = f"{owner} {text}"  # "Usagi-1 launched in September and | entered lunar orbit on Dec. 5"
        text = noun_event(_participle_as_passive(_agent_first(text, lang), lang, _tense(mention.date, story)),
                          language, _tense(mention.date, story))
        if lang == "de" and at > 0 and re.search(r"(?:^|\s)(?:\w+zu\w+[elr]?n|zu\s+\w+[elr]?n)$", text) \
                and not re.search(r"\b(?:hat|hatte|ist|war|wird|wurde|will|soll|kann|muss)\b", text):
            # "Sein Anwalt kündigte an, | am Freitag Verfassungsbeschwerde einzulegen": an infinitive with "zu" is
            # told with the clause it depends on
            governing = tidy(remove_dates(sentence[clauses[at - 1][0]:clauses[at - 1][1]], clauses[at - 1][0],
                                          mentions, language))
            verb = governing.rsplit(",", 1)[-1].strip()  # "kündigte an": the verb of a subject before it
            subject = re.match(r"(?:[A-ZÄÖÜ][\w-]*\s+){1,5}(?=[a-zäöüß])", text)
            own = sentence[clauses[at - 1][0]:clauses[at - 1][1]].rstrip(" ,")  # the verb's own words, after a
            start = clauses[at - 1][0] + own.rfind(",") + 1  # relative clause on its subject
            dated = any(start <= m.start < clauses[at - 1][1] for m in mentions)
            if verb[:1].islower() and subject and dated and _DE_ANNOUNCED.fullmatch(verb):
                # "kündigte am Dienstag an, | am kommenden Dienstag … zu beraten": the announcement has its own
                # event; this one is what was meant to happen then
                will = "wollen" if re.match(r"\w+(?:en|ten)\b", verb) else "will"
                text = f"{subject.group()}{will} {_without_zu(text[subject.end():])}"
            elif verb[:1].islower() and subject:  # "…, der seit 2022 im Amt ist, kündigte an, | den Fall … zu
                text = f"{subject.group()}{verb}, {text[subject.end():]}"  # erörtern": the verb after the comma
            elif governing and dated and (ordered := german_order(governing)) \
                    and (announced := _DE_ANNOUNCED.search(ordered)) and announced.start() > 0:
                will = "wollen" if re.match(r"\w+(?:en|ten)\b", announced.group()) else "will"
                text = f"{ordered[:announced.start()]}{will} {_without_zu(text)}"
            elif governing:
                text = f"{german_order(governing)}, {text}"
        if lang == "de" and following and _DE_ANNOUNCED.search(text) and re.search(r"\s(?:an|mit)$", text):
            # "Rainer kündigte am Dienstag an, | mit der Branche zu beraten": what was announced is its object
            announced = tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions, language))
            if re.search(r"(?:^|\s)(?:\w+zu\w+[elr]?n|zu\s+\w+[elr]?n)$", announced.rstrip(".")):
                text = f"{text}, {announced.rstrip('.')}"
        if lang in ("ru", "uk"):  # "На аукционе оно разместило" → "Ведомство разместило"
            from generator.importer.slavic import pronoun_noun, subject_first

            text = pronoun_noun(subject_first(text, lang), plain[:clause[0]], lang)
        if not _finite_in(text, lang):  # "…, | and the Fed's decision on Jan. 28": told with its governing clause
            from generator.importer.governing import governed, predicate_after

            if lang == "fr" and (dated := _dated_participle(sentence, clause, mention, _tense(mention.date, story))):
                text = dated  # "une tapisserie restaurée en 1990 par …" → "une tapisserie a été restaurée"
            elif lang == "es" and (dated := _es_dated_participle(sentence, clause, mention, mentions,
                                                                 _tense(mention.date, story))):
                text = dated  # "… a partir de 4.300 muestreos realizados en olivares en agosto" → "4.300
                # muestreos fueron realizados en olivares"
            elif told := predicate_after(text, sentence, clauses, at, mentions, language):
                text = told  # "A similar outbreak in 2019, | traced to a farm, | sickened 500 people"
            elif told := governed(sentence, clauses, at, mentions, language):
                owner = ((_subject_across_relative(sentence, clauses, clauses[at - 1], lang) if at else "")
                         or _sentence_subject(sentence, mentions, lang)) if _verb_first(told, lang) else ""
                # "…, whose trial …, | is expected to go | before a jury in June": the verb of the clause before
                # has the subject across its relative clause
                text = f"{owner} {told}" if owner else told
            else:  # "l'interdiction de l'amiante en France" → "l'amiante a été interdit en France"
                text = _act_of_its_doer(text, lang, _tense(mention.date, story)) or \
                    nominal_passive(text, language, _tense(mention.date, story))
    if lang == "tr" and at > 0 and (opening := opening_subject(sentence, clauses[0])) \
            and not text.startswith(opening):
        joined = re.match(r"\s*ve\s", sentence[clause[0]:clause[1]])  # "Türkiye, Irak, Katar | ve BAE, …"
        named = re.match(rf"(?:\S+\s+){{0,5}}?{re.escape(opening.split()[-1])}\s+", text)
        if named and all(w[:1].isupper() for w in named.group().split()):
            text = f"{opening} {text[named.end():]}"  # "Bakanı Ahmet Yıldırım … söyledi": the name said it already
        else:
            text = f"{opening} ve {text}" if joined else f"{opening}, {text}"
    if len(text.split()) < 2:
        text = headline(sentence, (0, len(sentence)), None, mentions, language, capitalise=False)
        if lang in ("ru", "uk"):  # "На прошлых выборах, | в марте 2018 года, | она была ниже"
            from generator.importer.slavic import subject_first

            text = subject_first(text, lang)
    if lang == "en":
        text = _active_of_agent_participle(_EN_TRAILING_SOURCE.sub("", text))
    if lang == "de":
        text = _subject_before_auxiliary(_participle_last(_expected(text)))
    if (place := _FRONTED_PLACE.get(lang)) and (fronted := place.match(text)):
        text = text[fronted.end():]  # "En Madrid, la ministra anunció …": the setting before the subject goes
    text = _without_opening_adverbial(text, lang)
    if lang in ("ru", "uk"):
        from generator.importer.slavic import without_impersonal_frame

        text = without_impersonal_frame(text)
    if lang == "tr" and len(text) > LIMIT and (named := dated_participle(sentence, clause, mention, True)):
        text = named  # "Bakanlık, 1936'da imzalanan Montrö Sözleşmesi'nin … aldığını hatırlattı": too long to tell
        # the report, the participle's event is what the date dates
    text = fit(text, language, dangling)
    return _capital(text, lang)


_EN_AGENT_PARTICIPLE = re.compile(
    r"(?i:according to|under|in|from|by)\s+(?P<np>(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?P<part>[a-z]{3,}ed|written|given|taken|shown|drawn)\s+by\s+(?P<agent>(?:the\s+|[A-Z])[\w\s.'’-]{1,60}?)[\s,.]*")


def _active_of_agent_participle(text: str) -> str:
    """An English title that is only a phrase with a participle and its agent ("according to a notice published
    by the commission"), told in the active: "The commission published a notice"; ``text`` otherwise."""
    found = _EN_AGENT_PARTICIPLE.fullmatch(text)
    if not found:
        return text
    agent = found["agent"]
    return f"{agent[:1].upper()}{agent[1:]} {found['part']} {found['np'][:1].lower()}{found['np'][1:]}"


_DE_RECKONED = re.compile(r"[Mm]it\s+(?P<art>einer|einem|der|dem|den)\s+(?P<noun>(?:[\w-]+\s+){0,3}?[A-ZÄÖÜ][\w-]*)\s+"
                          r"(?P<aux>wird|wurde)\s+(?P<rest>(?:\S+\s+)*?)gerechnet")
_DE_DATIVE_TO_NOMINATIVE = {"einer": "eine", "einem": "ein", "der": "die", "dem": "der", "den": "die"}


# A German clause opened by its participle, the auxiliary and the subject after it: "Eingereicht worden ist der
# Antrag bereits", "Gegründet wurde das Unternehmen 1891".
_DE_PARTICIPLE_FIRST = re.compile(
    r"(?P<part>[A-ZÄÖÜ][a-zäöüß]+)(?P<worden>\s+worden)?\s+"
    r"(?P<aux>ist|sind|war|waren|wurde|wurden|hat|haben|hatte|hatten)\s+"
    r"(?P<subject>(?:der|die|das|ein|eine)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*)(?P<rest>(?:\s+[^\s,]+)*)")


# A German clause left opening on its auxiliary when the date before it went ("Im Jahr 2025 | wurden landesweit
# 1.412 Nutztiere getötet"): the auxiliary, adverbs, the subject (an article or a figure, its noun) and the rest.
_DE_AUXILIARY_FIRST = re.compile(
    r"(?P<aux>(?i:wurden?|ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden))\s+"
    r"(?P<adverbs>(?:(?!(?:der|die|das|ein|eine|mehr|rund|etwa|fast|knapp)\s)[a-zäöüß]+\s+){0,2})"
    r"(?P<subject>(?:(?:der|die|das|ein|eine)|(?:(?:mehr\s+als|rund|etwa|fast|knapp)\s+)?\d[\d.,]*)\s+"
    r"(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*)(?P<rest>(?:\s+[^\s,]+)+)")


def _subject_before_auxiliary(text: str) -> str:
    """A German clause that opens on its auxiliary told subject first: "wurden landesweit 1.412 Nutztiere von
    Wölfen getötet" → "1.412 Nutztiere wurden landesweit von Wölfen getötet"; ``text`` otherwise."""
    found = _DE_AUXILIARY_FIRST.fullmatch(text)
    if not found or not re.search(r"\s[a-zäöüß]*(?:ge[a-zäöüß]+(?:t|en)|iert)$", found["rest"].split(" oder ")[0]
                                  .split(" und ")[0]):
        return text  # a participle ends the clause: the auxiliary's own, no noun's
    subject = found["subject"][:1].upper() + found["subject"][1:]
    return f"{subject} {found['aux'].lower()} {found['adverbs']}{found['rest'].strip()}".replace("  ", " ")


def _participle_last(text: str) -> str:
    """A German clause opened by its participle told in a headline's order, the subject first and the participle
    last: "Eingereicht worden ist der Antrag bereits" → "Der Antrag ist bereits eingereicht worden"; ``text``
    otherwise."""
    found = _DE_PARTICIPLE_FIRST.fullmatch(text)
    if not found or not re.fullmatch(r"[a-zäöüß]*ge[a-zäöüß]+(?:t|en)|(?:be|er|ver|ent|zer|unter|über|durch|miss)"
                                     r"[a-zäöüß]+t",
                                     found["part"].lower()):
        return text
    subject = found["subject"][:1].upper() + found["subject"][1:]
    return f"{subject} {found['aux']}{found['rest']} {found['part'].lower()}{found['worden'] or ''}"


def _expected(text: str) -> str:
    """A German impersonal passive of "rechnen mit" told with what is expected as its subject: "Mit einer
    Entscheidung wird im Herbst gerechnet" → "Eine Entscheidung wird im Herbst erwartet"; a bound left without its
    date goes ("nicht vor"); ``text`` otherwise."""
    found = _DE_RECKONED.fullmatch(text)
    if not found:
        return text
    rest = re.sub(r"(?:\b(?:nicht|erst|schon)\s+)?\b(?:vor|bis|ab|nach|seit)\s*$", "", found["rest"]).split()
    article = _DE_DATIVE_TO_NOMINATIVE[found["art"]]
    return " ".join([article[:1].upper() + article[1:], found["noun"], found["aux"], *rest, "erwartet"])


# A place set off by its comma before a clause's subject ("En Madrid, | la ministra anunció …").
_FRONTED_PLACE = {lang: re.compile(rf"(?i:{preps})\s+(?:(?:la|le|el|the|l['’])\s*)?[A-ZÀ-Þ][\w'’-]*"
                                   rf"(?:\s+(?:de\s+)?[A-ZÀ-Þ][\w'’-]*)*,\s+(?=\w+\s+\w)")
                  for lang, preps in {"es": "en|desde", "fr": "à|au|en|dans|depuis", "en": "in|at|from"}.items()}
# A short adverbial set off by its comma before a subject that opens with an article: a preposition and up to
# three lowercase words ("Par ailleurs,", "Por otra parte,", "In the meantime,"), or an adverb in -ment, -mente, -ly.
_OPENING_ADVERBIAL = {lang: re.compile(rf"(?:(?i:{preps})(?:\s+[a-zà-ÿ'’]+){{1,3}}|[A-ZÀ-Þ][a-zà-ÿ]+{adverb}),\s+"
                                       rf"(?=(?i:{articles})\b)")
                      for lang, preps, adverb, articles in (
                          ("fr", "en|par|de|pour|dans|avec|sans", "ment", "le|la|les|l['’]|un|une|des"),
                          ("es", "en|por|de|para|con|sin", "mente", "el|la|los|las|un|una|unos|unas"),
                          ("en", "in|for|on|at|by|with", "ly", "the|a|an"))}


def _without_opening_adverbial(text: str, lang: str) -> str:
    """``text`` without a short adverbial set off before its subject ("Par ailleurs, les bénévoles pourront …" →
    "les bénévoles pourront …"), when no verb is in it; as it is otherwise."""
    opening = _OPENING_ADVERBIAL[lang].match(text) if lang in _OPENING_ADVERBIAL else None
    if not opening or _has_verb(opening.group().rstrip(" ,"), lang):
        return text
    return text[opening.end():]


# A source after the clause it attributes, one the splitter left in the clause: "…, analysts said".
_EN_TRAILING_SOURCE = re.compile(r"(?<=\w),\s+(?:[\w.’'-]+\s+){0,4}?(?:said|say|says|reported|noted|added|wrote|"
                                 r"estimated|predicted)$")
_EN_PLURAL = re.compile(r"\b(?:(?P<modifier>[a-z]{3,})\s+)?(?P<noun>[a-z]{3,}[^s\W']s)\b")
_EN_NO_MODIFIER = re.compile(r"[a-z]+(?:ed|ly|ing)|the|its|their|his|her|our|and|for|with|from|into|than|that|this|"
                             r"these|those|all|some|many|more|most|few|two|three|four|five|ten|who|which|are|were|"
                             r"have|had|will|would|could|should")


def _their_noun(text: str, sentence: str, clause: tuple[int, int]) -> str:
    """An English title with the object pronoun "them" as the plural noun it stands for: the last one the sentence
    gives before it that is not the title's subject (a pronoun object never stands for its own clause's subject):
    "Roasters, who raised retail prices, | are expected to start cutting them" → "… to start cutting retail
    prices"; as it is when there is none."""
    it = re.fullmatch(r"(?P<head>\S+(?:\s+\S+)*?\s+[a-z]+)\s+it(?P<rest>(?:\s+(?:in|on|at|to|from|for)\b.*)?)", text)
    opening = re.match(r"((?:The|A|An|Its|Their|His|Her)\s+[^,]{1,40}?),", sentence) if it else None
    owner = opening.group(1) if opening and (_noun_phrase(opening.group(1), "en")
                                             or _long_noun_phrase(opening.group(1), "en")) else ""
    if it and owner and owner.casefold() not in it["head"].casefold():  # "The bridge, closed since a barge struck it"
        owner = owner[:1].lower() + owner[1:] if owner.split()[0] in _COMMON_OPENERS else owner  # → "… struck the
        return f"{it['head']} {owner}{it['rest']}"  # bridge": an object "it" is the sentence's subject, not its own
    pronoun = re.search(r"\bthem\b", text)
    at = [m.start() for m in re.finditer(r"\bthem\b", sentence[:clause[1]])]
    if not pronoun or not at:
        return text
    subject = {w.casefold() for w in text[:pronoun.start()].split()[:3]}
    nouns = [m for m in _EN_PLURAL.finditer(sentence[:at[-1]]) if m["noun"].casefold() not in subject
             and not _EN_VERB_S.fullmatch(m["noun"])]
    if not nouns:
        return text
    last = nouns[-1]
    modifier = last["modifier"] if last["modifier"] and not _EN_NO_MODIFIER.fullmatch(last["modifier"]) \
        and not re.fullmatch(PAST_PATTERN, last["modifier"]) else ""  # "held rates": a verb and its object
    noun = f"{modifier} {last['noun']}".strip()
    return f"{text[:pronoun.start()]}{noun}{text[pronoun.end():]}"


# Words in "-s" that are no plural nouns: verbs and function words.
_EN_VERB_S = re.compile(r"(?:is|was|has|does|says|its|this|thus|plus|less|unless|always|perhaps|news|series|"
                        r"[a-z]+(?:ous|ics|ss|us|is))")


_DE_ATTRIBUTIVE = re.compile(r"(?P<art>[Dd]er|[Dd]ie|[Dd]as|[Dd]en)\s+(?:(?:im|am|in|seit|vor)\s+)?$")
_DE_PARTICIPLE_AFTER = re.compile(r"\s+(?P<part>(?:[a-zäöüß]+)?(?:ge|er|ver|be|ent|eröff|zer)"
                                  r"[a-zäöüß]+(?:t|en))e[nmrs]?\s+(?P<noun>[A-ZÄÖÜ][\w-]+)")


def _german_attributive(sentence: str, mention: Mention, tense: int) -> str:
    """A date between a German article and a participle before its noun dates the participle: "Der 2019 eröffnete
    Flughafen" → "Der Flughafen wurde eröffnet"; "" otherwise."""
    article = _DE_ATTRIBUTIVE.search(sentence[:mention.start])
    after = _DE_PARTICIPLE_AFTER.match(sentence[mention.end:])
    if not article or not after:
        return ""
    art = {"den": "der"}.get(article["art"].lower(), article["art"].lower())
    aux = "wird" if tense > 0 else "wurde"
    return f"{art.capitalize()} {after['noun']} {aux} {after['part']}"


def _capital(text: str, lang: str) -> str:
    """``text`` with a capital first letter (Turkish "i" → "İ")."""
    if lang == "tr" and text[:1] == "i":
        return "İ" + text[1:]
    return text[:1].upper() + text[1:]


# Words that open a parenthetical reporting frame: "Según informó X, …", "Wie X mitteilte, …", "As X said, …".
_AS_SAID = {"es": r"según|como", "de": r"wie", "en": r"as", "fr": r"comme", "ru": r"как", "uk": r"як"}
_THAT = re.compile(r"(?:(?:that|que|что|що|dass)\s+|qu['’](?=\w))", re.IGNORECASE)  # "qu'il repoussait"


def _shorter_said(said: str, language: str, dangling: set[str]) -> str:
    """What was said, a phrase shorter: its last phrase gone ("… made progress in talks" → "… made progress"),
    else the phrase between its subject and verb ("Negotiators from Israel and Hamas made progress" →
    "Negotiators made progress"); "" when neither leaves a subject, a verb and a word after it."""
    lang = _lang(language)
    preps = PREPOSITIONS.get(lang, "").split()
    shorter = fit(said, language, dangling, len(said) - 1)
    rest = said.split()[len(shorter.split()):]
    if rest and (rest[0].lower() in preps or rest[0] in "–—") and len(shorter.split()) >= _verb_at(shorter, lang) + 2:
        return shorter
    plainer = _without_subject_phrase(said, lang)
    if plainer == said and lang in ("ru", "uk"):  # "атакувала енергетичну інфраструктуру" → "атакувала інфраструктуру"
        from generator.importer.morphology import without_an_adjective

        plainer = " ".join(without_an_adjective(said.split(), _verb_at(said, lang) + 1, lang))
    return plainer if plainer != said and len(plainer.split()) >= _verb_at(plainer, lang) + 2 else ""


def _without_subject_phrase(text: str, lang: str) -> str:
    """``text`` without the phrase between its subject and its verb ("Negotiators from Israel and Hamas made
    progress" → "Negotiators made progress"), or as it is."""
    words = text.split()
    verb = _verb_at(text, lang)
    preps = PREPOSITIONS.get(lang, "").split()
    cut = next((i for i in range(1, verb) if words[i].lower() in preps), None)
    if cut:
        return " ".join(words[:cut] + words[verb:])
    if lang in ("fr", "es") and len(words) > 3 and words[0].lower() in _OPENING_ARTICLES[lang]:
        # "Les contrôleurs aériens français ont annulé" → "Les contrôleurs ont annulé"
        aux = next((i for i, w in enumerate(words[2:], 2) if w.lower() in _AUXILIARIES), None)
        if aux and aux > 2 and all(w[:1].islower() for w in words[2:aux]):
            return " ".join(words[:2] + words[aux:])
    return text


_PARTICIPLE = {"en": r"[a-z]+ed", "fr": r"[a-zéèêà]+(?:é|ée|és|ées)",
               "es": r"[a-záéíóúñ]+(?:ado|ada|ados|adas|ido|ida)"}
_PASSIVE = {"en": ("was", "will be"), "fr": ("a été", "sera"), "es": ("fue", "será")}


def _passive(sentence: str, clauses: list[tuple[int, int]], at: int, clause: tuple[int, int], mention: Mention,
             mentions: list[Mention], language: str, story: dt.date) -> str:
    """A clause that is only a past participle, as the passive of the noun phrase before it; or ""."""
    lang = _lang(language)
    if at == 0 or lang not in _PARTICIPLE:
        return ""
    if lang == "en" and any(re.match(r"(?:[a-z]+ed|who|which)\b", sentence[a:]) for a, _ in clauses[1:at]):
        return ""  # "Production at the plant, | halted on May 4 …, | restarted on Tuesday": the sentence's own verb
    if lang == "en" and re.match(r"\s*(?:which|who)\s", sentence[clause[0]:clause[1]]):
        return ""  # "The shares, | which peaked in 2021": a relative clause's "-ed" is its finite verb
    participle = headline(sentence, clause, None, mentions, language, capitalise=False).split(",")[0]
    found = re.fullmatch(rf"(?:(?:first|originally|initially|already|recently|later|d'abord|déjà|initialement|"
                         rf"inicialmente|ya)\s+)?"  # "first proposed in 2019": an adverb before it
                         rf"(?P<verb>{_PARTICIPLE[lang]}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')})"
                         rf"(?P<after>\s+[a-zéèêàçáíóú]{{4,}}(?:ment|mente)(?=\s|$))?(?P<rest>\s.*)?",  # or after it,
                         participle)  # which goes: "prevista inicialmente"; "condamné à cinq ans", "prévu à Paris"
    if not found or (found["rest"] and (lang == "en" or re.search(rf"\s(?:{_FINITE_END[lang]})\s", found["rest"]))):
        return ""  # an English "-ed" with an object is a past tense ("called the vote"), not a participle; a French
        # or Spanish one is a participle with its complements ("celebrada en la plaza mayor")
    a, b = clauses[at - 1]
    noun = _trailing_noun(tidy(remove_dates(sentence[a:b], a, mentions, language)), lang)
    noun = re.sub(rf"^(?:{_SOURCE_OPENER.get(lang, '(?!)')})\s+", "", noun, flags=re.IGNORECASE)  # "Según el boletín"
    planned = re.fullmatch(_PLANNED.get(lang, "(?!)"), found["verb"])  # "prévu à Paris": is planned, not will be
    aux = _PLANNED_AUX[lang] if planned else _PASSIVE[lang][_tense(mention.date, story) > 0]
    if found["after"]:
        participle = participle.replace(found["after"], "", 1)
        if planned and _tense(mention.date, story) < 0:  # "prevista inicialmente para ayer": was planned
            aux = {"es": "estaba", "fr": "était", "en": "was"}[lang]
    if lang == "fr" and _FR_ETRE.fullmatch(found["verb"]):  # "entré en vigueur": is entered, not was entered
        aux = ("est", "sera")[_tense(mention.date, story) > 0]
    if lang == "es" and found["rest"] and noun and not _agrees(noun, found["verb"]) and _is_name(noun, lang):
        # "la queja de su capitán, Luis Mora, | presentada …": the name is an apposition, the participle
        # tells of the noun phrase before it that agrees with it
        before = tidy(remove_dates(sentence[a:b], a, mentions, language))
        before = before[:before.rfind(noun)]
        noun = next((m.group() for m in reversed(list(re.finditer(r"\b(?:el|la|los|las|un|una)\s+\w+", before)))
                     if _agrees(m.group(), found["verb"])), "")
    if lang == "es" and found["rest"] and not _agrees(noun, found["verb"]):
        return ""  # "su capitán, Luis Mora, | presentada …": not the name's; "fallecido en …" has no article
    return f"{noun} {aux} {participle}" if noun else ""


_FR_AGREEMENT = {"e": r"la|une", "es": r"les|des", "s": r"les|des", "": r"le|un|du"}  # by the participle's ending


def _dated_participle(sentence: str, clause: tuple[int, int], mention: Mention, tense: int) -> str:
    """A French participle right before its date inside a noun phrase, as the passive of the noun it agrees with
    ("… une tapisserie du XVIIe siècle restaurée en 1990 par …" → "une tapisserie a été restaurée"); else ""."""
    before = re.sub(r"\s+(?:depuis|en|dès|le|au|à|jusqu'en)\s*$", "", sentence[clause[0]:mention.start].rstrip())
    participle = re.search(rf"\s(?P<verb>{_PARTICIPLE['fr']}|{_IRREGULAR_PARTICIPLE['fr']})$", before)
    if not participle:
        return ""
    suffix = participle["verb"][len(re.sub(r"(?:e|es|s)$", "", participle["verb"])):]  # "restaurées" → "es"
    articles = _FR_AGREEMENT[suffix]
    nouns = list(re.finditer(rf"(?:^|\s|(?<=\sd['’]))(?P<art>{articles})\s+(?P<noun>[a-zéèêàç]+)\b",
                             before[:participle.start()]))
    if not nouns:
        return ""
    noun = nouns[-1]
    article = {"du": "le"}.get(noun["art"], noun["art"])
    plural = suffix.endswith("s")
    aux = (("a été", "est", "sera"), ("ont été", "sont", "seront"))[plural][tense + 1]
    words = before[noun.start("noun"):participle.start()].split()  # "un premier report | annoncé": the noun phrase
    phrase = list(itertools.takewhile(lambda w: re.fullmatch(r"[a-zéèêàçôîû-]+", w) and w not in _DANGLING["fr"],
                                      words[:3]))  # up to a phrase of its own ("une tapisserie | du XVIIe siècle")
    return f"{article} {' '.join(phrase) or noun['noun']} {aux} {participle['verb']}"


# The last Spanish participle of a clause with the noun phrase before it, inside a phrase of a preposition: an
# article and its noun, or a count and its noun ("de los ensayos", "de 4.300 muestreos"), then the participle and
# its complements.
_ES_NOUN_PARTICIPLE = re.compile(r"\s(?:de|del|en|con|sobre|por|para|a|al|entre|tras)\s+"
                                 r"(?P<np>(?:(?P<art>el|la|los|las|un|una|unos|unas)|(?P<count>\d[\d.,]*))"
                                 r"\s+(?P<noun>[a-záéíóúñ]{3,}))\s+(?P<verb>[a-záéíóúñ]+(?:ad|id)(?:o|a|os|as))"
                                 r"(?P<rest>(?:\s+[^\s,]+)*)\s*$")


def _es_dated_participle(sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention],
                         tense: int) -> str:
    """A Spanish participle with its complements up to its date, inside a phrase of a clause that has no verb, as
    the passive of the noun before it that agrees with it ("La estimación, elaborada a partir de 4.300 muestreos
    realizados en olivares andaluces entre el 28 de agosto y …" → "4.300 muestreos fueron realizados en olivares
    andaluces"); "" otherwise."""
    before = tidy(remove_dates(sentence[clause[0]:mention.end], clause[0], mentions, "es")).rstrip(" ,")
    found = _ES_NOUN_PARTICIPLE.search(before)
    if not found or _has_verb(found["rest"], "es") or re.search(r"\s(?:y|e|que|se)\s", f" {found['rest']} "):
        return ""
    plural = found["verb"].endswith("s")
    agrees = _agrees(found["np"], found["verb"]) if found["art"] else \
        plural and found["noun"].endswith("s") and found["count"] not in ("1", "un", "una")
    if not agrees:
        return ""
    aux = (("fue", "será"), ("fueron", "serán"))[plural][tense > 0]
    return f"{found['np']} {aux} {found['verb']}{found['rest']}"


_ES_GENDER = {"el": "o", "un": "o", "los": "os", "unos": "os", "la": "a", "una": "a", "las": "as", "unas": "as"}


def _agrees(noun: str, participle: str) -> bool:
    """Whether a Spanish noun phrase opens with an article of the participle's gender and number ("la fiesta" and
    "celebrada", "los actos" and "previstos"); a name or a bare noun does not tell."""
    article = _ES_GENDER.get(noun.split()[0].lower(), "") if noun else ""
    return bool(article) and re.sub(r"^[a-záéíóúñ]+?(?:ad|id)", "", participle) == article


_PLANNED = {"en": r"scheduled|planned", "fr": r"prévue?s?|programmée?s?", "es": r"previst[oa]s?|programad[oa]s?"}
_PLANNED_AUX = {"en": "is", "fr": "est", "es": "está"}


_OPENING_ARTICLES = {"fr": {"le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces"},
                     "es": {"el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "estos", "estas"}}
_FINITE_END = {"fr": r"(?:ait|aient|era|eront|ont|est|sont|a)", "es": r"(?:ó|aron|[iy]eron|rá|rán|es|son|fue|ha|han)"}


_EN_PARTICIPLES = r"broken|chosen|driven|given|taken|written|seen|known|shown|grown|thrown|drawn|stolen|beaten|hidden"
_EN_SET_OFF = re.compile(rf"(?P<noun>(?:The|A|An|Its|Their|His|Her)\s+[^,]{{1,40}}),\s+"
                         rf"(?P<adverb>(?:[a-z]+ly|first|already|later|once)\s+)?"
                         rf"(?P<verb>[a-z]{{3,}}ed|set|cut|put|held|made|built|sold|won|{_EN_PARTICIPLES})\b"
                         rf"(?P<rest>[^,]*)")


def _participle_as_passive(text: str, lang: str, tense: int) -> str:
    """A French or Spanish noun phrase with a past participle and no verb as the passive it stands for:
    "Un accord conclu avec la direction" → "Un accord a été conclu avec la direction"; an English noun with a
    participle set off after it ("The ceasefire, brokered by Qatar" → "The ceasefire was brokered by Qatar")."""
    if lang == "en":
        set_off = _EN_SET_OFF.fullmatch(text)
        if not set_off or _has_verb(set_off["noun"], lang):
            return text
        plural = re.search(r"[^s]s$", set_off["noun"].split()[-1]) is not None
        aux = "were" if plural else "was"  # "The vote, originally set for March 3": set before its date
        return f"{set_off['noun']} {aux} {set_off['adverb'] or ''}{set_off['verb']}{set_off['rest']}"
    if lang not in _FINITE_END:
        return text
    words = text.split()
    elided = bool(re.fullmatch(r"[LlDd]['’]\w+,?", words[0])) if words else False  # "L'usine, fermée …"
    named = next((i for i in range(1, 4) if i < len(words) and words[i - 1].endswith(",")
                  and all(w[:1].isupper() for w in words[:i])), 0)  # "Emmanuel Macron, réélu en avril"
    if named:
        elided = False
    elif len(words) < 3 - elided or (words[0].lower() not in _OPENING_ARTICLES[lang] and not elided):
        return text
    if any(re.fullmatch(_FINITE_END[lang], w) or w in _AUXILIARIES or w in _COMPOUND_AUX
           for w in (re.sub(r"^[snl]['’]", "", w.lower()) for w in words)):  # "s'est ouvert"
        return text  # "Le réseau aurait réalisé un bénéfice": a compound tense already
    participle = rf"{_PARTICIPLE[lang]}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')}"
    first = named or 2 - elided
    set_off = r"|[a-zéèêàç]{3,}(?:u|ue|us|ues|i|ie|is|ies)" if lang == "fr" else ""  # "Les négociations, interrompues"
    adverb = next((i for i in (first, first + 1) if i + 1 < len(words) and words[i - 1].endswith(",")
                   and re.fullmatch(r"[a-zéèêàçáíóú]+(?:ment|mente)", words[i])), None)
    if adverb is not None:  # "Le chantier, initialement prévu": an adverb before a participle set off is its own
        words[adverb - 1] = words[adverb - 1].rstrip(",")
        words[adverb] += ","
    at = next((i for i in (first, first + 1) if i < len(words) and (i + 1 < len(words) or words[i - 1].endswith(","))
               and re.fullmatch(participle + (set_off if words[i - 1].endswith(",") else ""), words[i])
               and all(w[:1].islower() for w in words[first:i])), None)  # "… anticipées" alone is an adjective,
    if at is None and lang == "fr" and not named:  # "un homme de 34 ans déjà condamné pour vol": a phrase of the
        at = next((i for i in range(first + 1, min(len(words) - 1, first + 9))  # noun, an adverb, a participle
                   if (words[i - 1] in ("déjà", "récemment", "notamment")
                       or words[i + 1] in ("par", "pour", "à", "au", "aux", "dans", "sur"))
                   and re.fullmatch(participle, words[i]) and all(w[:1].islower() or w[:1].isdigit()
                                                                  for w in words[first:i])), None)
        if at is not None and words[at - 1] in ("déjà", "récemment", "notamment"):
            del words[at - 1]
            at -= 1
        comma = next((k for k in range(1, first) if words[k].endswith(",")), None)
        if at is not None and comma is not None and words[comma + 1].lower() in ("un", "une"):
            del words[comma + 1:at]  # "Le suspect, un homme de 40 ans condamné" → "Le suspect condamné"
            at = comma + 1
    if at is not None:                                               # "La grève, entamée" a participle
        words[at - 1] = words[at - 1].rstrip(",")
    if at is None or _has_verb(" ".join(words[at + 1:]), lang):
        return text  # "Los vecinos afectados podrán pedir …": the participle is an adjective of a clause's subject
    if adverb is not None and at == adverb + 1:
        words[adverb] = words[adverb].rstrip(",")
        at = adverb  # the auxiliary before the adverb: "Le chantier était initialement prévu"
    elif adverb is not None:
        return text
    plural = words[0].lower() in ("les", "des", "los", "las", "unos", "unas")
    aux = {("fr", False): ("a été", "sera"), ("fr", True): ("ont été", "seront"), ("es", False): ("fue", "será"),
           ("es", True): ("fueron", "serán")}[lang, plural][tense > 0]
    if re.fullmatch(_PLANNED[lang], words[at + (adverb is not None)]):  # "La cumbre, prevista para el 20 de junio":
        # is planned
        aux = {("fr", False): "est", ("fr", True): "sont", ("es", False): "está", ("es", True): "están"}[lang, plural]
        if tense < 0:  # planned for a time now past: "était prévu"
            aux = {"est": "était", "sont": "étaient", "está": "estaba", "están": "estaban"}[aux]
    return " ".join([*words[:at], aux, *words[at:]])


# The French and Spanish auxiliaries of compound tenses (a participle after them is no passive of its own).
_COMPOUND_AUX = {"avait", "avaient", "aura", "auront", "aurait", "auraient", "était", "étaient", "sera", "seront",
                 "serait", "seraient", "había", "habían", "habrá", "habrán", "habría", "habrían", "ha", "han", "he",
                 "hemos"}
def _fronted_participle(text: str, sentence: str, following: tuple[int, int], mentions: list[Mention], lang: str,
                        tense: int) -> str:
    """A participle clause that opens a sentence, told of the subject of the clause after it: "Sorti en salles le 17
    septembre, | le long métrage a attiré …" → "le long métrage est sorti en salles"; "Released in March, | the
    album topped …" → "the album was released"; "" when it is not one."""
    from generator.importer.fit import _SUBJECT_VERB

    participle = rf"{_PARTICIPLE[lang]}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')}|" + (
        _FR_ETRE.pattern if lang == "fr" else "(?!)")
    match = re.fullmatch(rf"(?P<part>{participle})(?P<rest>,?(?:\s+\S+)*)", text, re.IGNORECASE)
    if not match:
        return ""
    rest = match["rest"] if len(match["rest"].split()) <= 6 else ""  # "Lancés pour un coût estimé à … d'euros":
    # the participle alone, what its long complement tells is not what the date dates
    words = tidy(remove_dates(sentence[following[0]:following[1]], following[0], mentions, lang)).split()
    verb = next((i for i, w in enumerate(words[1:], 1) if _SUBJECT_VERB[lang].fullmatch(w.lower())), None)
    if verb is None and len(words) > 3 and words[2][:1].islower() and words[2].lower() not in PREPOSITIONS.get(
            lang, "").split():  # "la plateforme | compte déjà …": a present after an article and its noun (not a
        # subject set off alone, "les deux carottes, | longues de …")
        verb = 2
    set_off = sentence[:following[0]].rstrip(" ,").rsplit(",", 1)  # "…, le festival, | qui": the noun set off
    if (words[:1] or [""])[0].lower() in _RELATIVE[lang] and "," not in match["rest"] and len(set_off) == 2 \
            and 1 < len(set_off[1].split()) <= 4 and match["rest"].strip() and match["rest"].strip() in set_off[0]:
        # the clause ends before the noun: "Fondée en 1921 par trois pêcheurs, | la coopérative, | qui …"
        match = re.fullmatch(rf"(?P<part>{participle})(?P<rest>.*)", f"{text}, {set_off[1].strip()}",
                             re.IGNORECASE) or match
    if (words[:1] or [""])[0].lower() in _RELATIVE[lang] and (noun := re.fullmatch(
            r"(?P<rest>.*?),\s*(?P<noun>\S+(?:\s+\S+){0,3}?),?", match["rest"])):
        # "Créée en 2010, l'épreuve, | qui se court …": the noun the relative clause after it sets off
        words, verb = noun["noun"].split(), len(noun["noun"].split())
        rest = noun["rest"] if len(noun["rest"].split()) <= 6 else ""
    elif "," in match["rest"]:
        return ""
    elided = lang == "fr" and re.match(r"l['’]\w", words[0] if words else "", re.IGNORECASE) is not None
    if verb is None or verb > 8 or (words[0].lower() not in _OPENING_ARTICLES.get(lang, {"the", "a", "an"})
                                    and not elided):
        return ""  # (a subject with its phrases: "les travaux de cette extension de sept kilomètres | devaient")
    subject = " ".join(words[:verb])
    plural = re.match(r"(?:les|des|los|las|the\s+\S+s\b)", subject, re.IGNORECASE) is not None
    if lang == "fr" and _FR_ETRE.fullmatch(match["part"]):
        aux = ("sont" if plural else "est") if tense <= 0 else ("seront" if plural else "sera")
    else:
        aux = {("en", False): _PASSIVE["en"], ("en", True): ("were", "will be"), ("fr", False): _PASSIVE["fr"],
               ("fr", True): ("ont été", "seront"), ("es", False): _PASSIVE["es"],
               ("es", True): ("fueron", "serán")}[lang, plural][tense > 0]
    return f"{subject} {aux} {match['part'].lower()}{rest}"


_IRREGULAR_PARTICIPLE = {
    "fr": r"(?:conclu|élu|reçu|vendu|rendu|perdu|tenu|obtenu|prévu|pris|mis|admis|promis|soumis|fait|dit|écrit|ouvert|"
          r"offert|détruit|construit|produit|réduit|[a-z]*trait|[a-zé]{2,}eint|[a-zé]*couvert)e?s?",  # "extraites",
    # "atteint", "découverts": the participles in -trait, -eint, -couvert of their verbs in -traire, -eindre, -couvrir
    "es": r"(?:hecho|dicho|escrito|abierto|puesto|vuelto|roto|muerto|visto|elegido|electo|previsto|propuesto|"
          r"impuesto|dispuesto|resuelto|cubierto|devuelto)s?|(?:hecha|dicha|escrita|abierta|puesta|vuelta|rota|muerta|"
          r"vista|elegida|electa|prevista|propuesta|impuesta|dispuesta|resuelta|cubierta|devuelta)s?",
}


# A named agent: "le Home Office", "l'Insee", "la Oficina Nacional de Procesos Electorales".
_AGENT_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:de|del|des|du|de la|y|et)\s+)?[A-ZÀ-Þ][\w'’.-]*)*"
_AGENT = {
    "fr": (r"(?:(?i:d['’]après|selon)\s+)?(?P<thing>(?i:les|des|le|la|l['’]|un|une)\s*[^,]+?)\s+"
           r"(?P<verb>[a-zéèêàâîôûç]+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|u|ue|us|ues|it|ite|its|ites))\s+"
           r"par\s+(?P<agent>(?:le\s+|la\s+|les\s+|l['’])?{name})"),
    "es": (r"(?:(?i:según)\s+)?(?P<thing>(?i:los|las|el|la|un|una|unos|unas)\s+[^,]+?)\s+"
           r"(?P<verb>[a-záéíóúñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas))\s+"
           r"por\s+(?P<agent>(?:el\s+|la\s+|los\s+|las\s+)?{name})"),
}


def _agent_first(text: str, lang: str) -> str:
    """A noun phrase with a past participle and its agent ("par", "por") and no verb, as the agent's act: "des
    chiffres publiés par le Home Office" → "Le Home Office a publié des chiffres", "los resultados difundidos por
    la ONPE" → "La ONPE difundió los resultados"."""
    pattern = _AGENT.get(lang)
    found = re.fullmatch(pattern.replace("{name}", _AGENT_NAME), text) if pattern else None
    if not found or _has_verb(found["thing"], lang) or re.search(
            r"\b(?:había|habían|ha|han|sido|fue|fueron|es|son|está|a|ont|est|sont|été|était|avait)\b", found["thing"]):
        return text  # "la ley había sido presentada por el Gobierno" has its verb
    thing = found["thing"][:1].lower() + found["thing"][1:]
    agent = found["agent"][:1].upper() + found["agent"][1:]
    verb = found["verb"].lower()
    if lang == "fr":
        masculine = re.sub(r"(é|is|it|i|u)(?:es|e|s)?$", r"\1", verb)  # "publiés" → "publié", "prises" → "pris"
        return f"{agent} a {masculine} {thing}"
    return f"{agent} {_as_finite(re.sub(r'(?:a|os|as)$', 'o', verb), lang)} {thing}"


def _last_noun_phrase(antecedent: str, pronoun: str, lang: str) -> str:
    """The noun phrase a relative pronoun stands for when the clause before it has a verb: its last one ("El
    Gobierno aprobó el decreto, | que …" → "el decreto"; German by the pronoun's article: "Der Bundestag hat das
    Gesetz beschlossen, | das …" → "das Gesetz"); "" when the clause has no verb or no such phrase."""
    if lang == "de":
        if pronoun not in ("der", "die", "das"):
            return ""
        found = list(re.finditer(rf"(?:^|\s)((?i:{pronoun})\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}[A-ZÄÖÜ][\w-]*)",
                                 antecedent))
        return found[-1].group(1) if found and found[-1].start() > 0 else ""
    if not _has_verb(antecedent, lang):
        return ""
    articles = {"fr": r"le|la|les|l['’]|un|une|des", "es": r"el|la|los|las|un|una|unos|unas"}[lang]
    found = re.search(rf"(?:^|\s|(?<=\sd['’]))((?:{articles})\s*[^\s,]+(?:\s+[a-záéíóúàèùâêîôûç]+){{0,2}})$",
                      antecedent)  # "… la création d'une commission spéciale, | qui": the phrase after "d'" is the last
    return found.group(1) if found and found.start() > 0 else ""


def _trailing_noun(text: str, lang: str) -> str:
    """The noun phrase a clause ends on: all of a short clause ("Japan's ispace lander"), else from its last
    article on ("… examinait une réforme constitutionnelle du corps électoral" → "une réforme …")."""
    if 0 < len(text.split()) <= 4 and not re.search(r"\b(?:is|are|was|were|has|had|a|ont|est|fue|ha)\b", text):
        return text
    name = re.search(r"(?:^|\s)((?:[A-ZÀ-Þ][\w'’-]+\s+){1,2}[A-ZÀ-Þ][\w'’-]+)$", text) if lang != "en" else None
    # a name after "de" is the complement of the noun before it: "la final del Torneo Regional"
    of_name = re.search(r"\s(?:de|du|des|of|del)\s+(?:[A-ZÀ-Þ][\w'’-]+\s+){0,2}\S+$", text)
    if name and not of_name:  # "… son entraîneur Luis Castro, | arrivé"
        return name.group(1)  # (an English "-ed" after a name is its past: "Jane Doe, | resigned")
    articles = {"en": r"the|a|an", "fr": r"une?|la|le|les|l'", "es": r"el|la|los|las|un|una"}[lang]
    for match in reversed(list(re.finditer(rf"(?:^|\s|(?<=\sd['’]))((?:{articles}|^(?i:{articles}))(?:\s+|(?<=['’])))"
                                           rf"(?=\w)", text))):  # "après celle d'une autre mosaïque": the phrase
        # after "d'"; the clause's own opening article too ("Un rassemblement de soignants et d'habitants")
        phrase = text[match.start(1):]  # the last that fits: "… sur l'accord dit un pour un" → "l'accord dit …"
        noun = phrase[len(match.group(1)):].split(maxsplit=1)[0]
        if "," not in phrase and 1 < len(phrase.split()) <= 7 and noun.lower() not in _NOT_NOUNS:
            return phrase
    contracted = re.search(r"(?:^|\s)(?P<art>au|aux|du|des|al|del)\s+(?P<rest>[^\s,]+(?:\s+[^\s,]+){0,5})$", text) \
        if lang in ("fr", "es") else None
    if contracted and contracted["rest"].split()[0].lower() not in _NOT_NOUNS and contracted["rest"][:1].islower():
        # "… ont pris part au scrutin, | organisé …" → "le scrutin": the article inside a preposition
        return f"{_CONTRACTED[contracted['art']]} {contracted['rest']}"
    return ""


_CONTRACTED = {"au": "le", "aux": "les", "du": "le", "des": "les", "al": "el", "del": "el"}
_NOT_NOUNS = {"pour", "par", "de", "à", "et", "ou", "of", "for", "and", "or", "to", "por", "para", "y", "o"}


def _verb_at(text: str, lang: str) -> int:
    """Where a headline's verb is: in Russian and Ukrainian its first verb, elsewhere (roughly) its first lowercase
    word after the subject's first word that is no article, determiner or adjective of a name."""
    words = text.split()
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        return verb_at(words, lang)
    if lang in _VERB_WORD:  # a word that reads as a finite verb: "L'épidémie de grippe a atteint" → "a"
        pattern = re.compile(rf"(?:{_VERB_WORD[lang]})", re.IGNORECASE)
        found = next((i for i, w in enumerate(words[1:], 1) if pattern.fullmatch(w.strip(",;:"))), None)
        if found is not None:
            return found
    return next((i for i, w in enumerate(words[1:], 1) if w[:1].islower() and w.lower() not in _DETERMINERS
                 and not (i + 1 < len(words) and words[i + 1][:1].isupper())), len(words))


_DETERMINERS = {"the", "a", "an", "and", "of", "its", "his", "her", "their", "de", "del", "la", "le", "les", "el",
                "los", "las", "du", "des", "der", "die", "das", "von", "from", "in", "at", "on", "for", "with", "to",
                "y", "et", "und"}


def _person(text: str, language: str) -> str:
    """The family name of the person a headline opens with ("Robert Fico will return" → "Fico"), or ""."""
    subject = re.split(r",|\s(?=[a-zа-яё]+\s+[a-zа-яё])", text, maxsplit=1)[0]  # up to its verb, roughly
    people = [name for name in names_in(subject, language) if len(name.split()) >= 2]
    if _lang(language) in ("ru", "uk"):  # "Ученые Северо-Восточного …" is no person: a given name first
        from generator.importer.morphology import person_at_end

        people = [name for name in people if person_at_end(f"x {name}", _lang(language))]
    return people[0].split()[-1] if people else ""


def _what_was_said(sentence: str, clauses: list[tuple[int, int]], clause: tuple[int, int],
                   following: tuple[int, int] | None, mentions: list[Mention], language: str) -> str:
    """The statement a reporting frame reports: the "that" clause after it, else the sentence's main clause."""
    if following and _THAT.match(sentence[following[0]:following[1]]):
        said = headline(sentence, following, None, mentions, language, capitalise=False)
        return _THAT.sub("", said, count=1)
    lang = _lang(language)
    if clauses[0][0] == clause[0] or _adverbial(sentence[clauses[0][0]:clauses[0][1]], lang):
        return ""
    relative = _RELATIVE.get(lang, set())
    opening = re.match(rf"([^,]{{1,60}}),\s+(?:{'|'.join(relative) or '(?!)'})\s", sentence[:clauses[0][1]])
    if opening and len(clauses) > 1 and clauses[1][0] < clause[0]:
        # "The gunman, who was charged …, | will remain in custody, | a court ruled": the subject and its verb
        predicate = headline(sentence, clauses[1], None, mentions, language, capitalise=False)
        if predicate[:1].islower():
            return f"{tidy(opening.group(1))} {predicate}"
    first = headline(sentence, clauses[0], None, mentions, language, capitalise=False)
    participle = f"{_PARTICIPLE.get(lang, '(?!)')}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')}"
    noun = re.sub(rf",\s+(?:{participle})$", "", first)  # "la huelga, | convocada para el 12 de junio,": its noun
    if lang in _PARTICIPLE and (noun != first or not _finite_in(first, lang)):
        # "La huelga, convocada para el 12 de junio, | afectará a 300 vuelos, | informó el sindicato": the subject
        # and its predicate
        from generator.importer.governing import predicate_after

        before = [c for c in clauses if c[1] <= clause[0]]
        return predicate_after(noun, sentence, before, 0, mentions, language) or first
    return first


# "and" before a finite verb: two predicates of one subject, each with its own date.
_JOINED_VERB = {
    "en": rf"\s(?=and\s+(?:is|are|was|were|will|would|has|have|had|[a-z]{{3,}}ed|{PAST_PATTERN})\b)",
    "fr": r"\s(?=et\s+(?:a|ont|est|sont|va|vont|doit|doivent|sera|seront|\w+era|\w+eront)\b)",
    "es": r"\s(?=y\s+(?:ha|han|es|son|fue|fueron|será|serán|\w+ó|\w+rá|\w+rán)\b)",
}


def _own_part(sentence: str, clause: tuple[int, int], mention: Mention, mentions: list[Mention],
              language: str = "") -> tuple[int, int]:
    """The part of the clause between commas that holds ``mention``, when another date of the clause lies in
    another part ("İmamoğlu 19 Mart'ta gözaltına alınmış, 23 Mart'ta tutuklanmıştı")."""
    a, b = clause
    others = [m for m in mentions if m is not mention and a <= m.start < b]
    if not others:
        return clause
    joined = _JOINED_VERB.get(language.split("-")[0].lower())  # "… next week | and is due to report … on Jan. 29"
    cuts = sorted([a] + [a + m.end() for m in re.finditer(r",\s+", sentence[a:b])] + [b]
                  + ([a + m.end() for m in re.finditer(joined, sentence[a:b])] if joined else []))
    for start, end in itertools.pairwise(cuts):
        if start <= mention.start < end:
            if any(start <= m.start < end for m in others) or (start == a and end == b):
                return clause
            return (start, end)
    return clause


_VERB_FIRST = {
    "es": re.compile(r"^(?:no\s+)?(?:se\s+)?(?:\w+(?:ó|aron|[iy]eron|rá|rán|ía|ían|aba|aban)|fue|fueron|es|son|ha|han|"
                     r"había|"
                     r"habían|será|serán|está|están|\w+(?:ido|ado)|\w+(?:ar|er|ir)\s+(?:en|a|al|el|la|los|las|con))\b"),
    "fr": re.compile(r"^(?:a|ont|est|sont|avait|avaient|sera|seront|était|étaient|\w+(?:era|eront|ait|aient)|"
                     r"\w+(?:ira|dra|tra|vra|ura|iront|dront|tront|vront|uront))\b"),
    "tr": re.compile(r"^\S+$"),
}


# Lowercase words inside a name or a short noun phrase: "Вулкан Крашенинникова на Камчатке", "Banco de España".
_NAME_JOINERS = {"of", "the", "de", "del", "la", "el", "los", "las", "du", "des", "le", "les", "von", "der", "die",
                 "das", "und", "y", "et", "and", "на", "в", "у", "при", "di", "da"}


_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "deux", "trois",
           "quatre", "cinq", "sept", "huit", "neuf", "dix", "plusieurs", "quelques", "dos", "tres", "cuatro", "cinco",
           "seis", "siete", "ocho", "nueve", "diez", "varios", "varias"}


def _noun_phrase(text: str, lang: str = "") -> bool:
    """Whether ``text`` is a name or a short noun phrase ("Банк России", "The union", "Nina Warken"), not a clause:
    at most six words, none lowercase after the first but the words that join names (in Russian and Ukrainian,
    none a verb: "Предыдущий аппарат серии")."""
    words = text.split()
    if lang == "fr" and (elided := re.fullmatch(r"([LlDd]['’])(\w.*)", words[0] if words else "")):
        words = [elided[1].lower(), elided[2], *words[1:]]  # "L'association acquéreuse": the article is a word
    if not 1 <= len(words) <= 6 or (len(words) > 1 and words[0][:1].islower() and words[0] not in ("l'", "l’")):
        return False
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        return verb_at(words, lang) == len(words)
    if lang in ("en", "fr", "es") and (words[0].lower() in _OPENING_ARTICLES.get(lang, {"the", "a", "an"})
                                       or words[0].lower() in _COUNTS or words[0].isdigit()):  # "Dix personnes"
        named = all(w.lower() in _NAME_JOINERS or w[:1].isupper() for w in words[2:])  # "Le ministre de la Santé"
        return (len(words) <= 4 or named) and not any(_verb_first(w, lang) for w in words[2:])  # "The spacecraft";
        # the word right after an article is its noun or adjective, never a verb: "Un accident similaire"
    if lang == "de" and re.fullmatch(r"(?:[Dd](?:er|ie|as)|[Ee]ine?)", words[0]) and len(words) <= 4 \
            and words[-1][:1].isupper() and all(re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es)", w) for w in words[1:-1]):
        return True  # "Ein fünfter Angeklagter", "Die neue Regierung"
    adjective = r"(?:[a-zäöüß]+(?:e|en|er|es)\s+)?"
    if lang == "de" and re.fullmatch(rf"(?:[Dd](?:er|ie|as)|[Ee]ine?)\s+{adjective}[A-ZÄÖÜ][a-zäöüß-]+\s+"
                                     rf"(?:des|der|eines|einer)\s+{adjective}[A-ZÄÖÜ][a-zäöüß-]+", text):
        return True  # a noun and its genitive: "Der Bau eines Nachfolgeschiffs", "Die Leiterin der neuen Klinik"
    return not any(w[:1].islower() and w.lower() not in _NAME_JOINERS for w in words[1:])


def _long_noun_phrase(text: str, lang: str) -> bool:
    """Whether an English ``text`` is a noun phrase of up to seven words: an article or a possessive name first, no
    word after it a verb, a common noun last ("The European Union's deforestation rules", "The city's new bus
    lanes"; not "The opposition leader Friedrich Merz", whose name is the subject)."""
    words = text.split()
    if lang in ("ru", "uk"):
        return _slavic_long_noun_phrase(words, lang)
    if lang == "es":
        return _es_long_noun_phrase(words)
    if lang != "en" or not 2 <= len(words) <= 7 or not words[-1].islower():
        return False
    return re.fullmatch(r"(?:The|A|An|[A-Z][\w.-]*['’]s)", words[0]) is not None and not any(
        re.fullmatch(rf"{_VERB_WORD['en']}|[a-z]+ing", w) for w in words[1:])


_ES_OF = {"de", "del", "en", "con", "para", "sobre", "contra", "a", "al"}
# Prepositions that open the complement of a noun ("the hearing on the measure", "les panneaux de la baie").
_COMPLEMENT_OF = {"en": r"of|on|for|at|in|from|with|into|over|against|about",
                  "fr": r"de|du|des|d['’]|à|au|aux|en|pour|sur|contre",
                  "es": r"de|del|en|con|para|sobre|contra|a|al"}
# A past participle right after its noun is its adjective: "les passagers concernés", "las familias afectadas".
_ADJECTIVE_PARTICIPLE = {"en": r"(?!)", "fr": r"[a-zéèêàç]+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues)",
                         "es": r"[a-záéíóúñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas)"}


def _noun_and_complement(text: str, lang: str) -> bool:
    """Whether ``text`` is a noun phrase opened by an article: its head (at most four words, a participle after
    its noun as an adjective: "Les passagers concernés"), then complements opened by a preposition, at most twelve
    words and no finite verb among them ("A Senate subcommittee hearing on the bill", "Les neuf panneaux de la
    grande baie")."""
    if lang not in _COMPLEMENT_OF:
        return False
    words = text.split()
    first = re.sub(r"['’]\w.*", "'", words[0]).lower() if words else ""
    if not 2 <= len(words) <= 12 or first not in _OPENING_ARTICLES.get(lang, {"the", "a", "an"}) \
            | {"the", "a", "an", "el", "la", "los", "las", "un", "una", "unos", "unas"}:
        return False
    joined = next((i for i, w in enumerate(words[1:], 1) if re.fullmatch(rf"(?:{_COMPLEMENT_OF[lang]})(?:\w.*)?", w)
                   and (re.fullmatch(_COMPLEMENT_OF[lang], w) or re.match(r"d['’]", w))), len(words))
    head, rest = words[1:joined], words[joined:]
    if not 1 <= len(head) <= 4 or any(w[:1].isdigit() for w in rest):
        return False
    adjective = len(head) > 1 and re.fullmatch(_ADJECTIVE_PARTICIPLE[lang], head[-1]) is not None
    return not any(_verb_first(w, lang) and not (adjective and w is head[-1]) for w in head[1:] + rest) \
        and not any(w.lower() in ("that", "which", "who", "que", "qui", "and", "et", "y", "se", "ne", "no")
                    for w in rest)


def _es_long_noun_phrase(words: list[str]) -> bool:
    """Whether Spanish ``words`` are a noun phrase of up to ten words: an article and its noun, at most one
    adjective, then its complements opened by a preposition, no verb among them ("El precio del aceite de oliva
    virgen extra en origen")."""
    if not 4 <= len(words) <= 10 or words[0] not in ("El", "La", "Los", "Las") or not words[1].islower():
        return False
    joined = next((i for i in (2, 3) if words[i].lower() in _ES_OF), None)
    return joined is not None and not any(_verb_first(w, "es") or w.lower() in ("que", "y", "se", "no")
                                          for w in words[1:])


def _slavic_long_noun_phrase(words: list[str], lang: str) -> bool:
    """Whether Russian or Ukrainian ``words`` are a noun phrase of up to ten words with its dependents, no verb
    among them and no preposition first ("Громадські слухання щодо будівництва нової школи в Самборі")."""
    from generator.importer.morphology import verb_at

    return 2 <= len(words) <= 10 and words[0][:1].isupper() and words[0].lower() not in _PREPOSITIONS[lang] \
        and verb_at(words, lang) == len(words)


# A Russian or Ukrainian relative pronoun in an oblique case, a preposition and a noun before it ("проти
# розташування якої", "в честь которого").
_OBLIQUE_RELATIVE = {"ru": r"(?:[а-яё]+\s+){0,2}котор(?:ого|ой|ых|ому|ым|ыми|ом|ую)\s",
                     "uk": r"(?:[а-яіїєґ'’]+\s+){0,2}як(?:ого|ої|их|ому|ій|им|ими|у)\s"}


# English nouns of an act with no object, the past and the infinitive of their verb ("the resignation of Adrian
# Orr" → "Adrian Orr resigned"), and the manner adjectives whose adverb the title keeps.
_EN_OWN_ACTS = {"resignation": ("resigned", "resign"), "death": ("died", "die"), "retirement": ("retired", "retire"),
                "departure": ("left", "leave"), "arrival": ("arrived", "arrive")}
_EN_MANNER = {"abrupt": "abruptly", "sudden": "suddenly", "unexpected": "unexpectedly", "early": "early"}


def _act_of_its_doer(text: str, lang: str, tense: int) -> str:
    """An English noun of an act with no object and the person who did it as a clause: "the abrupt resignation of
    Adrian Orr" → "Adrian Orr resigned abruptly"; "" for any other text."""
    found = re.fullmatch(r"(?i:the|his|her|their)\s+(?:(?P<manner>[a-z]+)\s+)?(?P<noun>[a-z]+)\s+of\s+"
                         r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)", text.strip()) if lang == "en" else None
    if not found or found["noun"] not in _EN_OWN_ACTS or (found["manner"] and found["manner"] not in _EN_MANNER):
        return ""
    past, infinitive = _EN_OWN_ACTS[found["noun"]]
    verb = past if tense < 0 else f"will {infinitive}"
    manner = f" {_EN_MANNER[found['manner']]}" if found["manner"] else ""
    return f"{found['who']} {verb}{manner}"


# What opens a phrase of purpose: "pour remplacer les voies", "para renovar la vía", "to replace the track".
_PURPOSE = {"fr": r"pour|afin de|afin d['’]", "es": r"para|a fin de", "en": r"to|in order to"}
# Conjunctions that join a second clause with a subject of its own, and the article that subject opens with.
_WHILE = {"en": r"while|whereas|and|but", "fr": r"tandis qu['’]|tandis que|alors que|et|mais",
          "es": r"mientras que|y|pero"}
_ARTICLE_FIRST = {"en": r"(?:the|a|an)\s", "fr": r"(?:le|la|les|l['’])", "es": r"(?:el|la|los|las)\s"}
# Conjunctions that open a subordinate clause ("before the verdict was read", "avant que", "cuando").
_SUBORDINATING = {"en": r"before|after|when|while|because|since|as|until|although|though|once",
                  "fr": r"avant que|avant qu['’]|après que|après qu['’]|quand|lorsque|lorsqu['’]|parce que|"
                        r"parce qu['’]|puisque|puisqu['’]|bien que|bien qu['’]",
                  "es": r"cuando|porque|mientras|antes de que|después de que|aunque|ya que"}


# German prepositions that open an attribute after a noun: "die Brücke über den Fluss", "ein Zentrum für Kinder".
_DE_ATTRIBUTE_PREPOSITIONS = r"für|über|bei|von|aus|mit|an|auf|in|um|nahe|zwischen|unter|gegen"


def _subject_across_relative(sentence: str, clauses: list[tuple[int, int]], clause: tuple[int, int],
                             lang: str) -> str:
    """The noun phrase a sentence opens with when ``clause`` is its verb's, right after a relative clause on it
    ("Банк России, который … снизил ставку, | проведет заседание" → "Банк России"); else ""."""
    possessive = {"es": {"cuyo", "cuya", "cuyos", "cuyas"}, "fr": {"dont"}}.get(lang, set())
    relative = (_RELATIVE.get(lang, set()) | possessive) - {"that"}
    source = _SOURCE_OPENER.get(lang, "(?!)")  # "According to Ofwat, the company, which …, | missed"
    longest = 90 if lang in ("ru", "uk") else 60  # a Slavic noun phrase takes its dependents in the genitive
    fronted = rf"(?i:{_PARTICIPLE[lang]}|{_IRREGULAR_PARTICIPLE.get(lang, '(?!)')})\s[^,]{{1,40}},\s*" \
        if lang in _PARTICIPLE else "(?!)"  # "Créée en 2010, | l'épreuve, qui …, | avait été reportée"
    body = rf"(?P<noun>[^,:;«»\"“”—]{{2,{longest}}}),\s+" \
        rf"(?:(?:{'|'.join(relative) or '(?!)'})\s|{_OBLIQUE_RELATIVE.get(lang, '(?!)')}|" \
        r"(?P<apposition>(?:un|una|une|an?)\s[^,]{2,140}|[^,]{2,90}|" \
        r"\d+,\d+[^,]{1,40}|[^,\d]{1,40}\d{1,3},\d{3}(?!\d)[^,]{1,40}|" \
        r"[^,\d]{1,40}\d+,\d{1,2}(?!\d)[^,]{1,40}),\s*(?=[a-zа-яёіїєґçğışüö]))"
    opening = re.match(rf"(?:[^,]*?:\s+|(?i:{source})\s+[^,]{{1,60}},\s*|{fronted})?"
                       rf"(?P<noun>[^,:;«»\"“”—]{{2,{longest}}}),\s+"
                       rf"(?:(?:{'|'.join(relative) or '(?!)'})\s|{_OBLIQUE_RELATIVE.get(lang, '(?!)')}|"
                       r"(?P<apposition>(?:un|una|une|an?)\s[^,]{2,140}|[^,]{2,90}|"
                       r"\d+,\d+[^,]{1,40}|[^,\d]{1,40}\d{1,3},\d{3}(?!\d)[^,]{1,40}|"
                       r"[^,\d]{1,40}\d+,\d{1,2}(?!\d)[^,]{1,40}),\s*"
                       r"(?=[a-zа-яёіїєґçğışüö]))",
                       sentence)  # "Nantes, dix-septième,"
    if not opening and lang in ("ru", "uk"):  # "Рекордный урожай — почти 90 млн тонн — | был собран": an
        # apposition set off by dashes
        opening = re.match(rf"(?P<noun>[^,:;«»\"“”—–]{{2,{longest}}}?)\s+[—–-]\s+"
                           r"(?P<apposition>[^—–:;]{2,60}?)\s+[—–-]\s+(?=[а-яёіїєґ])", sentence)
        from generator.importer.morphology import never_nominative

        if opening and never_nominative(opening["noun"].split()[0], lang):
            opening = None  # an object put first ("Наступну гонку — спринт — жінки проведуть") is no subject
    # (an apposition opened by an indefinite article may be long, a relative clause inside it: "El puente, una
    # obra que …, | fue inaugurado"; and it may hold a figure with a comma: "Рекордный объем, 37,9 млн тонн, |
    # был зафиксирован", "The record, an 800,000-year core, | was drilled", "Les travaux, d'un montant de 14,6
    # millions d'euros, | devaient")
    whole = opening and (_noun_phrase(tidy(opening["noun"]), lang) or _long_noun_phrase(tidy(opening["noun"]), lang))
    if not whole and lang in _WHILE:  # "…, while the third, whose trial …, | is expected": a second subject
        # after a conjunction, its relative clause set off by commas
        opening = next((m for a, _ in clauses if a < clause[0]
                        and (m := re.compile(rf"\s*(?i:{_WHILE[lang]})\s+(?={_ARTICLE_FIRST[lang]}){body}").match(
                            sentence, a)) and not m["apposition"]), opening)
    noun = tidy(opening["noun"]) if opening else ""
    noun = noun[:1].upper() + noun[1:]  # "According to Ofwat, the company": the sentence's subject, capitalised
    name = re.search(r"(?:^|\s)((?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+\s+){1,2}[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+)$", noun)
    head = re.match(rf"(?P<head>.+?)\s+(?:{_DE_ATTRIBUTE_PREPOSITIONS})\s", noun) if lang == "de" else None
    if opening and not _noun_phrase(noun, lang) and name and _noun_phrase(name.group(1), lang):
        noun = name.group(1)  # "Le ministre de l'Intérieur Laurent Nuñez, qui …" → "Laurent Nuñez"
    elif opening and not _noun_phrase(noun, lang) and head and _noun_phrase(head["head"], lang) \
            and len(head["head"].split()) > 1 and head["head"].split()[-1][:1].isupper():
        noun = head["head"]  # "Eine neue Brücke über den Fluss bei Kelheim, | finanziert …" → "Eine neue Brücke"
    elif not opening or not (_noun_phrase(noun, lang) or _long_noun_phrase(noun, lang)
                             or (not opening["apposition"] and _noun_and_complement(noun, lang))):
        return ""  # a name or a short noun phrase only: "The European Commission condemned the attack" is a clause
        # (a noun and its complements before a relative pronoun only: what stands before an apposition may be a
        # clause of its own, "Le principal accusé, un homme …, conteste")
    if re.match(rf"(?i:{source})\s", noun):
        return ""  # "Según la Agencia Catalana del Agua (ACA), …": where a statement comes from is no subject
    if lang in ("ru", "uk") and noun.split()[0].lower() in _PREPOSITIONS[lang]:
        return ""  # "У січні, | як повідомляв Укрстат, | ціни зросли": a phrase of time is no subject
    ends = [b for a, b in clauses if a < clause[0]]
    relative_end = next((b for a, b in clauses if a <= opening.end() < b), None)
    if relative_end is None or not ends or ends[-1] != clause[0]:
        return ""
    between = sentence[relative_end:clause[0]]  # the relative clause may take more than one of ours
    after = opening.end() if opening["apposition"] and not re.match(
        rf"\s*(?:{'|'.join(relative) or '(?!)'})\s", sentence[opening.end():]) else relative_end  # past the relative
    # clause's own verb ("El presidente canario, Rosendo Afonso, | que se reunió …, | reclamó")
    subordinate = after == relative_end and all(
        re.match(rf"\s*(?:{_SUBORDINATING.get(lang, '(?!)')})(?:\s|(?<=['’]))", sentence[a:b], re.IGNORECASE)
        for a, b in clauses if relative_end <= a < clause[0])  # "Ames, who apologized | before the verdict was
    # read, | did not speak": the relative clause goes on in a clause of its own
    if lang in _VERB_WORD and _has_verb(sentence[after:clause[0]], lang) and not subordinate:
        return ""  # "…, Gabriel Boric, decretó … por la muerte de Piñera, | fallecido": another verb came between
    if between.strip() and not all(sentence[a:a + 1].islower() or sentence[a:a + 1] == " " for a, b in clauses
                                   if relative_end <= a < clause[0]):
        return ""
    apposition = tidy(opening["apposition"] or "")
    if apposition and all(w[:1].isupper() for w in apposition.split()) and _noun_phrase(apposition, lang):
        return apposition  # "El presidente de Chile, Gabriel Boric, | decretó" → "Gabriel Boric"
    return noun


# French verbs whose past is made with "être": "arrivé à la tête du groupe" → "est arrivé à la tête du groupe".
_FR_ETRE = re.compile(r"(?:(?:arriv|entr|rest|tomb|retourn|mont|décéd)é|n[ée]|mort|parti|venu|devenu|sorti|descendu)"
                      r"e?s?", re.IGNORECASE)


def _slavic_joined_subject(sentence: str, clauses: list[tuple[int, int]], clause: tuple[int, int], lang: str) -> str:
    """The noun phrase after "а", "и", "но" ("і", "та", "але") that a Russian or Ukrainian relative clause right
    before ``clause`` is on, the subject of its verb: "…, | а сессия горсовета, | на которой планировалось …, |
    перенесена" → "сессия горсовета"; else ""."""
    if lang not in ("ru", "uk"):
        return ""
    at = next((i for i, c in enumerate(clauses) if c[0] == clause[0]), None)
    if at is None or at < 2:
        return ""
    relative = sentence[clauses[at - 1][0]:clauses[at - 1][1]].lstrip()
    joined = re.fullmatch(r"\s*(?:а|и|но|і|й|та|але)\s+(?P<noun>[^,]+?),\s*",
                          sentence[clauses[at - 2][0]:clauses[at - 2][1]])
    if not joined or not (re.match(_OBLIQUE_RELATIVE[lang], relative)
                          or relative.split()[0].lower() in _RELATIVE[lang]):
        return ""
    from generator.importer.morphology import verb_at

    words = joined["noun"].split()
    return joined["noun"] if len(words) <= 6 and words[0].lower() not in _PREPOSITIONS[lang] \
        and verb_at(words, lang) == len(words) else ""


def _after_subject(text: str, lang: str) -> str:
    """A clause put in order for a subject before it: a German fronted place goes after the verb ("im ersten
    Wahlgang hatte noch … gelegen" → "hatte im ersten Wahlgang noch … gelegen"); a French participle gets its
    auxiliary ("arrivé à la tête du groupe" → "est arrivé …"); others as they are."""
    if lang == "fr":
        first = text.split(maxsplit=1)[0] if text else ""
        if re.fullmatch(rf"{_PARTICIPLE['fr']}|{_IRREGULAR_PARTICIPLE['fr']}", first):
            return f"{'est' if _FR_ETRE.fullmatch(first) else 'a été'} {text}"
        return text
    if lang != "de":
        return text
    from generator.importer.subjects import DE_PLACE

    place = DE_PLACE.match(text)
    rest = text[place.end():].split(maxsplit=1) if place else []
    if not place or not rest or not rest[0][:1].islower() or rest[0].lower() in _DE_DETERMINERS \
            or re.search(r"(?:^|\s)(?:\w+zu\w+[elr]?n|zu\s+\w+[elr]?n)$", text):
        return text  # "mit Vertretern | der Branche", "… zu beraten": no verb after the place
    return " ".join([rest[0], place.group(), *rest[1:]])


# German verbs that announce what their subject means to do, with an infinitive clause after them.
_DE_ANNOUNCED = re.compile(r"(?:kündigte|kündigten|kündigt|kündigen)\s+an|versprach|versprachen|plante|planten")


def _without_zu(text: str) -> str:
    """A German infinitive clause without its "zu": "mit der Branche zu beraten" → "mit der Branche beraten",
    "Beschwerde einzulegen" → "Beschwerde einlegen"."""
    text = re.sub(r"\s+zu\s+(\w+)$", r" \1", text)
    return re.sub(r"(?<=\s)(\w+?)zu(\w+[elr]?n)$", r"\1\2", text)


_DE_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}


_ES_SUBJECT_AFTER = re.compile(
    r"(?P<verb>(?:se\s+)?[a-záéíóúñ]+(?:ó|aron|ieron|yeron|rá|rán))\s+(?P<np>(?:el|la|los|las)\s+(?:(?!de\b|del\b)"
    r"[a-záéíóúñ]+\s+){1,2}[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*)*)")


def _subject_after_verb(text: str) -> str:
    """A Spanish clause of a verb and a named subject after it ("asumió el presidente Javier Milei") in subject,
    verb order; "" when it is not one ("asumió el cargo" has an object)."""
    match = _ES_SUBJECT_AFTER.fullmatch(text)
    return f"{match['np']} {match['verb']}" if match else ""


# A Spanish verb in the imperfect subjunctive, as a subordinate clause of a past fact puts it ("después de que las
# reservas cayeran"), and its preterite ("cayeron").
_ES_SUBJUNCTIVE = re.compile(r"\b(?:(?P<stem>[a-záéíóúñ]{2,}?)(?P<end>ieran|yeran|aran|iera|yera|ara)|"
                             r"(?P<jstem>(?:di|tra|[a-záéíóúñ]*du)j)(?P<jend>eran|era)|(?P<ser>fueran|fuera))\b")
_ES_PRETERITE = {"ieran": "ieron", "yeran": "yeron", "aran": "aron", "iera": "ió", "yera": "yó", "ara": "ó",
                 "eran": "eron", "era": "o", "fueran": "fueron", "fuera": "fue"}  # "dijeran", "trajera", "fueran"
_ES_NOT_SUBJUNCTIVE = {"para", "cara", "clara", "vara", "fiera", "siquiera", "cualquiera", "quienquiera", "mascara",
                       "ojalá", "bandera", "cantera", "frontera", "carrera", "manera", "primera", "tercera", "madera"}


def _es_indicative(text: str) -> str:
    """The first imperfect subjunctive of a Spanish clause as the preterite it reports: "las reservas cayeran al
    16 %" → "las reservas cayeron al 16 %"."""
    for match in _ES_SUBJUNCTIVE.finditer(text):
        if match.group() not in _ES_NOT_SUBJUNCTIVE and match.start() > 0:
            preterite = _ES_PRETERITE[match["ser"]] if match["ser"] else \
                match["jstem"] + _ES_PRETERITE[match["jend"]] if match["jstem"] else \
                match["stem"] + _ES_PRETERITE[match["end"]]
            return text[:match.start()] + preterite + text[match.end():]
    return text


_PUBLISHED = {
    "en": (r"(?:a|an|the)", r"[a-z]+ed|written|drawn up", ("was", "will be"), ("were", "will be")),
    "es": (r"(?:un|una|el|la|los|las|unos|unas)", r"\w+(?:ad|id)[oa]s?|hech[oa]s?", ("fue", "será"),
           ("fueron", "serán")),
    "fr": (r"(?:un|une|le|la|les|l['’]|des)", r"\w+(?:é|ée|és|ées)|écrite?s?|fait|faite", ("a été", "sera"),
           ("ont été", "seront")),
}


def _published(text: str, source: str, lang: str, tense: int | None) -> str:
    """A dated source with nothing after it as the event it names: "De acuerdo con un informe de la UBA publicado
    la semana pasada" → "un informe de la UBA fue publicado", "according to a report released on Monday" → "a
    report was released"; ``text`` as it is otherwise."""
    table = _PUBLISHED.get(lang)
    match = re.fullmatch(rf"(?:{source})\s+(?P<np>{table[0]}\s*[^,]+?)\s+(?P<part>{table[1]})", text,
                         re.IGNORECASE) if table else None
    if not match:
        return text
    plural = re.match(r"(?:the\s+)?\S+s\b|los|las|unos|unas|les|des", match["np"], re.IGNORECASE) is not None
    aux = table[3 if plural else 2][1 if tense and tense > 0 else 0]
    return f"{match['np']} {aux} {match['part']}"


def _verb_first(text: str, lang: str) -> bool:
    """Whether a clause opens with its finite verb ("entered lunar orbit", "doit rencontrer", "пытался")."""
    first = text.split(maxsplit=1)[0] if text else ""
    if not first[:1].islower():
        return False
    if lang == "es" and first == "no":  # "no estará operativa"
        first = (text.split()[1:2] or [""])[0]
    if lang == "fr":  # "n'a plus gagné", "ne s'est plus réuni", "s'est rendu"
        words = re.sub(r"^ne\s+", "", text).split()
        first = re.sub(r"^(?:n|s)['’]", "", words[0]) if words else ""
    if lang in ("ru", "uk"):
        from generator.importer.morphology import verb_at

        return verb_at([first], lang) == 0
    if lang == "en":
        return bool(re.fullmatch(rf"[a-z]{{3,}}ed|was|were|is|are|has|had|have|will|would|could|can|must|should|"
                                 rf"may|might|shall|did|does|{PAST_PATTERN}", first))
    if lang in _VERB_WORD:
        return bool(re.fullmatch(_VERB_WORD[lang], first)) or bool(
            lang == "fr" and re.fullmatch(rf"{_PARTICIPLE['fr']}|{_IRREGULAR_PARTICIPLE['fr']}", first)) or bool(
            lang == "es" and re.fullmatch(_ES_AUXILIARY_FIRST, first))
    if lang == "de":
        return bool(re.fullmatch(r"(?:hat|hatte|hatten|haben|ist|war|waren|sind|wird|werden|wurde|wurden|soll|"
                                 r"sollen|will|wollen|kann|können|muss|müssen|\w+te|\w+ten)", first))
    return False


# Lowercase French words ending like a verb in the present singular that are no verb ("entre", "comme", "cette").
_FR_NOT_PRESENT = {"entre", "comme", "contre", "cette", "notre", "votre", "chaque", "quelque", "une", "pendant",
                   "avant", "depuis", "selon", "lors", "tout", "toute", "petit", "petite", "grande", "autre",
                   "même", "dont"}


def _fr_present_first(text: str) -> bool:
    """Whether a French clause opens with a verb in the present singular and then its object or infinitive
    ("assure pouvoir …", "prévoit la fermeture …"): asked only right after a subject set off by commas, where
    nothing but its verb may follow."""
    words = text.split()
    return len(words) > 1 and words[0] not in _FR_NOT_PRESENT and words[1][:1].islower() \
        and re.fullmatch(r"[a-zéèêàç]{3,}(?:e|it|oit|ient|end|ond)", words[0]) is not None


# Lowercase Spanish words ending like a verb in the present that are no verb ("entre", "esta", "cada").
_ES_NOT_PRESENT = {"entre", "sobre", "desde", "hasta", "contra", "durante", "mediante", "mientras", "donde", "aunque",
                   "como", "este", "esta", "estas", "estos", "ese", "esa", "cada", "toda", "todas", "otra", "otras",
                   "una", "unas", "nuestra", "nuestras", "nunca", "siempre", "ante", "tras", "solo", "sola"}


def _es_present_first(text: str) -> bool:
    """Whether a Spanish clause opens with a verb in the present and then its infinitive or object ("espera
    presentar …", "prevé la apertura …"): asked only right after a subject set off by commas, where nothing but its
    verb may follow."""
    words = text.split()
    return len(words) > 1 and words[0] not in _ES_NOT_PRESENT and words[1][:1].islower() \
        and re.fullmatch(r"[a-záéíóúñ]{3,}(?:a|e|é|an|en)", words[0]) is not None \
        and re.fullmatch(r"[a-záéíóúñ]+(?:ar|er|ir)|el|la|los|las|un|una|a|al|que", words[1]) is not None


def _sentence_subject(sentence: str, mentions: list[Mention], lang: str) -> str:
    """The noun phrase a sentence opens with, up to its first verb ("Usagi-1 launched …" → "Usagi-1"), when it is
    a name or a short noun phrase; else ""."""
    text = tidy(remove_dates(sentence, 0, mentions, lang))
    text = re.sub(rf"^(?:{_SOURCE_OPENER.get(lang, '(?!)')})\s+[^,]{{1,60}},\s*", "", text, flags=re.IGNORECASE)
    if (plain := _without_opening_adverbial(text, lang)) != text:  # "Sin embargo, el equipo ha sumado …"
        text = plain[:1].upper() + plain[1:]
    text = re.sub(r"^([^,]{2,60}),\s+[^,]{2,60},\s*", r"\1 ", text)  # "The spacecraft, named Usagi-1, was …"
    if lang in ("ru", "uk"):  # "В Липецкой области, где заморозки повредили посевы …, введен режим": a relative
        # clause of place of any length goes
        text = re.sub(r"^([^,]{2,60}),\s+(?:где|куда|де|куди)\s[^,]{2,200},\s*", r"\1 ", text)
    words = text.split(",")[0].split()
    for i in range(1, min(len(words), 7)):
        if _verb_first(words[i], lang):
            if i > 2 and words[i - 1].lower() in ("ayant", "étant"):  # "Les clients | ayant réservé …, | seront":
                i -= 1  # a participle of "avoir" or "être" opens a phrase on the subject, not its verb
            subject = " ".join(words[:i])
            if lang == "es":  # "El equipo solo ha sumado": an adverb before the verb is no part of its subject
                subject = re.sub(r"(?:\s+(?:solo|sólo|ya|también|aún|todavía|no|\w+mente))+$", "", subject)
            return subject if _noun_phrase(subject, lang) or (lang == "en" and len(words[:i]) <= 4) else ""
    return ""


def _lacks_subject(text: str, lang: str) -> bool:
    """Whether the headline opens with its verb (its subject was in another clause)."""
    pattern = _VERB_FIRST.get(lang)
    return bool(pattern and text[:1].islower() and pattern.match(text))


def _as_finite(text: str, lang: str) -> str:
    """A Spanish participle opening a clause as the past tense: "fallecido en …" → "falleció en …"."""
    if lang == "es":
        if re.match(r"\w+(?:ido|ada|ado|ida)s?\s+por\b", text):
            return "fue " + text  # "afectado por el huracán" is passive
        text = re.sub(r"^(\w+)(?:ido|ado)\b", lambda m: m.group(1) + ("ió" if m.group()[-3] == "i" else "ó"), text)
        return re.sub(r"^(\w+)(ar|er|ir)\b", lambda m: m.group(1) + ("ó" if m.group(2) == "ar" else "ió"), text)
    return text


_SUBJECT_PRONOUN = {"fr": r"(?:qu['’])?(?:il|elle|ils|elles)", "es": r"(?:él|ella|ellos|ellas)",
                    "en": r"(?:he|she|it|they)"}


def _they_of_the_clause_before(text: str, sentence: str, before: tuple[int, int], mentions: list[Mention],
                               tense: int) -> str:
    """A clause whose subject is "they" after a clause with a plural subject has that subject ("Health ministers
    will discuss a plan | when they meet" → "Health ministers meet"), its bare present a future when its date is
    ("Health ministers will meet")."""
    they = re.match(r"they\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", text)
    if not they:
        return text
    owner = _clause_subject(sentence, before, mentions, "en")
    if not owner or not re.search(r"(?:[^s]s| and .+)$", owner) or re.match(r"[A-Z]\S*s$", owner):
        return text
    verb = they["verb"]
    if tense > 0 and not re.fullmatch(rf"[a-z]+(?:ed|s)|{_EN_VERB_FIRST}|{PAST_PATTERN}", verb):
        verb = f"will {verb}"  # "when they meet on March 17": the meeting is to come
    return f"{owner} {verb}{they['rest']}"


def _reporter_pronoun(text: str, sentence: str, clauses: list[tuple[int, int]], at: int, mentions: list[Mention],
                      language: str) -> str:
    """A clause reported by the clause before it, its subject a pronoun, has the reporter as its subject: "EDF a
    annoncé jeudi | qu'il repoussait le redémarrage" → "EDF repoussait le redémarrage"."""
    lang = _lang(language)
    pronoun = re.match(rf"{_SUBJECT_PRONOUN.get(lang, '(?!)')}\s+(?=\S)", text, re.IGNORECASE)
    if not pronoun or at == 0:
        return text
    a, b = clauses[at - 1]
    reporter = frame(tidy(remove_dates(sentence[a:b], a, mentions, language)), language)
    if reporter is None or not _noun_phrase(reporter.who, lang) or not reporter.who[:1].isupper():
        return text
    return f"{reporter.who} {text[pronoun.end():]}"


def _is_name(text: str, lang: str) -> bool:
    """Whether ``text`` opens with a proper name (its capital stays after "що", "что")."""
    first = text.split(maxsplit=1)[0] if text else ""
    if lang not in ("ru", "uk") or not first[:1].isupper():
        return bool(first[:1].isupper())
    from generator.importer.morphology import proper

    words = text.split()
    return proper(first, lang, words[1] if len(words) > 1 else "")


def _without_when(text: str) -> str:
    """A clause without the conjunction of time it opens with ("quand nous avons …" → "nous avons …")."""
    return re.sub(r"^(?i:quand|lorsque|cuando|when|als|wenn)\s+", "", text)


def _quote_told(sentence: str, mention: Mention, mentions: list[Mention], language: str) -> str:
    """A quote opening its sentence, told as its speaker's ("Anna Kessler sagte, das Design ist gescheitert",
    "Thierry Lafon a déclaré qu'ils réalisent …"): the part of the quote with the date, or the whole quote when the
    date is the frame's; "" for no quote and frame, and for a first person singular."""
    from generator.importer.quotes import quote_and_frame, third_person

    blanked = remove_dates(sentence, 0, mentions, language)
    found = quote_and_frame(blanked, language)
    if not found:
        return ""
    reporter, start, end, frame_end = found
    while end < len(blanked) and blanked[end].isspace():  # "… en décembre »": the quote's date is its own
        end += 1
    quote = sentence[start:end]
    if mention.start >= frame_end:
        return ""  # "…, a déclaré X, qui avait subi une fermeture en janvier 2024": the relative clause's event
    a, b = start, end
    if start <= mention.start < end:  # the date is the quote's: only the part of it that has the date
        for comma in re.finditer(r",\s+", quote):
            if start + comma.start() < mention.start:
                a = start + comma.end()
            elif b == end:
                b = start + comma.start()
    own = tidy(remove_dates(sentence[a:b], a, mentions, language)).strip(" ,.")
    if not own and b < end:  # "« Le 17 mars, | quand nous avons …, | … »": a date alone tells of the part after it
        following = re.search(r",\s+", sentence[b + 1:end])
        own = _without_when(tidy(remove_dates(sentence[b:b + 1 + following.start() if following else end], b,
                                              mentions, language)).strip(" ,."))
    said = third_person(own, language)
    infinitive = _lang(language) in ("fr", "es") and said != own
    if not said or re.match(r"(?i:je|j['’]|ich|yo|me|mir|mich|moi)\b", said) \
            or not (infinitive or _has_verb(said, _lang(language))):
        return ""
    who = _named_without_role(reporter.who) if len(report_title(reporter.who, reporter, said, language)) > LIMIT \
        else reporter.who
    head = report_title(who, reporter, "x", language)
    said = fit(said, language, _DANGLING.get(_lang(language), set()), 81 - len(head))
    return f"{report_title(who, reporter, '', language)} {said}" if infinitive else \
        report_title(who, reporter, said, language)


def _named_without_role(who: str) -> str:
    """A speaker's name without the role before it and the setting after it ("le facteur d'orgues Jean Dupont" →
    "Jean Dupont", "der Gutachter Jan Berg vor dem Gericht" → "Jan Berg"), for a title too long to hold them;
    else as it is."""
    name = re.search(r"(?<=\s)[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]+\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]+(?=$|\s+(?:vor|im|in|bei|auf|am|"
                     r"devant|à|au|en|ante|before|at|in|to)\s)", who)
    return name.group() if name and re.search(r"(?:^|\s)[a-zà-ÿа-яёіїєґ]", who[:name.start()]) else who
