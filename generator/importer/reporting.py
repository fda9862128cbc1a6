"""Reporting frames: the clause that dates a statement ("…, informó el miércoles la central sindical").

Its event is the statement, so its headline is the one who reported, the reporting verb, and
what was reported: "La central sindical informó que Javier Milei enfrentará …". ``frame``
finds the reporter and the verb in a clause already without its date words; ``report_title``
writes the headline in the clause's language, its subject first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EN_VERBS = (r"said|says|reported|announced|confirmed|added|signall?ed|ruled|promised|warned|stated|wrote|noted|"
             r"showed|shows|"
             r"predicted|estimated|agreed|decided|argued|claimed|insisted|indicated|acknowledged|"
             r"told(?:\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?")
_ES_VERBS = (r"informó|anunció|dijo|afirmó|indicó|señaló|aseguró|confirmó|explicó|declaró|precisó|agregó|añadió|"
             r"comunicó|estimó|advirtió|sostuvo|apuntó|manifestó")
_FR_VERBS = (r"(?:a|ont)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:indiqué|annoncé|déclaré|affirmé|précisé|confirmé|"
             r"expliqué|assuré|souligné|fait savoir|estimé|ajouté|dit|insisté|répondu|martelé|"
             r"rappelé|noté|relevé|averti|prévenu|reconnu|regretté|dénoncé|déploré|raconté|confié|témoigné|"
             r"commenté|fustigé|critiqué)")  # the verbs of an incise
# Verbs of an incise ("…, a rappelé l'Andeva") that also take a direct object ("a rappelé son ambassadeur").
FR_TRANSITIVE = r"rappelé|noté|relevé|averti|prévenu|reconnu|regretté|dénoncé|déploré|raconté|confié|commenté|" \
    r"fustigé|critiqué"
_RU_VERBS = r"(?:сообщил|заявил|объявил|отметил|рассказал|сказал|подчеркнул|уточнил)(?:а|о|и)?"
_UK_VERBS = r"(?:повідоми|заяви|оголоси|зазначи|сказа|наголоси|уточни)(?:в|ла|ло|ли)"
_WHO = r"(?P<who>(?:\S+\s+){1,6}?)"  # a reporter before its verb: one to six words
_FRAMES: dict[str, list[re.Pattern[str]]] = {
    "en": [re.compile(rf"^{_WHO}(?P<verb>{_EN_VERBS})(?:\s+in\s+a\s+statement)?$"),
           # a group named by a common noun, then where it works, too long for a reporter: "Engineers at the
           # regional office for road safety reported" → "Engineers"
           re.compile(rf"^(?P<who>(?:The\s+)?[A-Za-z][a-z]+s)\s+(?:at|from|with)\s+(?:\S+\s+){{1,10}}?"
                      rf"(?P<verb>{_EN_VERBS})$"),
           # else a long name: "the Isle of Man's Department of Infrastructure said"
           re.compile(rf"^(?P<who>(?:\S+\s+){{7,8}}?)(?P<verb>{_EN_VERBS})(?:\s+in\s+a\s+statement)?$")],
    "es": [re.compile(rf"^(?P<verb>{_ES_VERBS})\s+(?P<who>\S.*)$", re.IGNORECASE),
           re.compile(rf"^{_WHO}(?P<verb>{_ES_VERBS})$")],
    "fr": [re.compile(rf"^(?P<verb>{_FR_VERBS})\s+(?P<who>\S.*)$", re.IGNORECASE),
           re.compile(rf"^{_WHO}(?P<verb>{_FR_VERBS})$")],
    "ru": [re.compile(rf"^(?:как\s+)?(?P<verb>{_RU_VERBS})\s+(?P<who>\S.*)$", re.IGNORECASE),
           re.compile(rf"^{_WHO}(?P<verb>{_RU_VERBS})$")],
    "uk": [re.compile(rf"^(?:як\s+)?(?P<verb>{_UK_VERBS})\s+(?P<who>\S.*)$", re.IGNORECASE),
           re.compile(rf"^{_WHO}(?P<verb>{_UK_VERBS})$")],
    "de": [re.compile(r"^(?P<verb>teilte|teilten|kündigte|kündigten|gab|gaben|sagte|sagten|erklärte|erklärten|"
                      r"berichtete|berichteten|betonte|betonten)\s+(?P<who>\S.*?)(?:\s+(?P<part>mit|an|bekannt))?$",
                      re.IGNORECASE),
           re.compile(r"^(?:wie\s+)?(?P<who>\S.*?)\s+(?P<verb>mitteilte|mitteilten|ankündigte|ankündigten|"
                      r"bekanntgab|bekanntgaben|sagte|sagten|erklärte|erklärten|berichtete|berichteten)$",
                      re.IGNORECASE),
           # subject first, once the date is gone: "Das Institut teilte in seinem Wochenbericht mit"
           re.compile(r"^(?P<who>(?:\S+\s+){1,6}?)(?P<verb>teilte|teilten|kündigte|kündigten|gab|gaben|sagte|sagten|"
                      r"erklärte|erklärten|berichtete|berichteten)(?:\s+(?:in|im|auf|bei|am|vor)\s+(?:\S+\s+){0,3}?\S+)?"
                      r"(?:\s+(?P<part>mit|an|bekannt))?$")],
}
_DE_PARTICLES = {"an", "mit", "bekannt", "ab", "auf", "aus", "fest", "vor", "zu"}
_DE_SEPARABLE = {"mitteilte": ("teilte", "mit"), "mitteilten": ("teilten", "mit"), "ankündigte": ("kündigte", "an"),
                 "ankündigten": ("kündigten", "an"), "bekanntgab": ("gab", "bekannt"),
                 "bekanntgaben": ("gaben", "bekannt")}
# What joins "X said" to what was said.
_THAT = {"en": " ", "es": " que ", "fr": " que ", "ru": ", что ", "uk": ", що ", "de": ", "}
# Words that are lowercase inside a sentence even when they open one.
_DETERMINERS = {
    "en": {"the", "a", "an", "two", "three", "four", "five", "ten", "some", "its", "his", "her", "their", "at", "more",
           "most", "many", "several", "about", "nearly", "almost", "up", "over", "all", "no", "this", "that",
           "these", "those", "it", "he", "she", "they", "we", "there", "our", "further", "global", "new"},
    "es": {"el", "la", "los", "las", "un", "una", "su", "sus", "unos", "unas", "varios", "varias", "algunos",
           "algunas", "más", "este", "esta", "estos", "estas", "dos", "tres", "cuatro", "cinco", "diez", "cien",
           "todos", "todas", "ningún", "ninguna", "cada", "otro", "otra", "otros", "otras"},
    "fr": {"le", "la", "les", "un", "une", "son", "sa", "ses", "nous", "vous", "il", "elle", "ils", "elles", "on",
           "des", "du", "plusieurs", "quelques", "quelque", "certains", "certaines", "deux", "trois", "quatre", "cinq",
           "dix", "cent", "ce", "cet", "cette", "ces", "leur", "leurs", "tous", "toutes", "aucun", "aucune", "chaque",
           "plus", "près", "environ", "au", "aux"},
    "de": {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "mehr", "rund", "etwa", "knapp",
           "fast", "über", "alle", "viele", "einige", "es", "er", "sie", "man"},
}


_SAYING = {"en": _EN_VERBS, "es": _ES_VERBS + "|dice|dicen", "fr": r"indiqué|annoncé|déclaré|affirmé|précisé|confirmé|"
           r"expliqué|assuré|souligné|dit|estimé|ajouté|rappelé|noté|relevé|averti|prévenu|reconnu|insisté|répondu|"
           r"regretté|martelé|dénoncé|déploré|raconté|confié|témoigné|commenté|fustigé|critiqué",
           "ru": _RU_VERBS, "uk": _UK_VERBS,
           "de": r"sagte|sagten|erklärte|erklärten|betonte|betonten|berichtete|berichteten"}


def says(word: str, language: str) -> bool:
    """Whether ``word`` is a verb of saying in ``language`` ("dijo", "a indiqué" → "indiqué", "заявил")."""
    pattern = _SAYING.get(language.split("-")[0].lower())
    return bool(pattern and re.fullmatch(rf"(?:{pattern})", word.strip(",;:"), re.IGNORECASE))


# Prepositions that open a place or a setting after an inverted verb of saying, before its subject (if any).
PLACE_FIRST = {"es": r"en|desde|ante|durante|tras", "fr": r"à|en|dans|depuis|devant|lors"}
_NO_ONE = {"de", "que", "a", "en", "el", "la", "le", "du", "à", "that", "to", "in", "on", "о", "об", "про", "що", "что"}


@dataclass(frozen=True)
class Frame:
    who: str  # the reporter, as written ("la central sindical", "er")
    verb: str  # the reporting verb in subject-first order ("informó", "teilte mit")


# Whom a statement was made to, between an inverted verb of saying and its reporter: "devant les élus du conseil
# régional", "ante los diputados de la comisión".
_AUDIENCE = {
    lang: rf"(?:{preps})\s+(?:{articles})\s*[a-zà-ÿ]+(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|del)\s*[\wà-ÿ-]+"
          rf"(?:\s+[a-zà-ÿ]+)?)*\s+(?=(?:{who})\b)"
    for lang, preps, articles, who in (
        ("fr", r"devant|auprès\s+de", r"les|le|la|l['’]|des|du", r"le|la|les|l['’]"),
        ("es", r"ante|frente\s+a", r"los|las|el|la", r"el|la|los|las"))}


def frame(clause: str, language: str) -> Frame | None:
    """The reporter and verb when ``clause`` (without its date words) is only a reporting frame."""
    lang = language.split("-")[0].lower()
    for pattern in _FRAMES.get(lang, []):
        match = pattern.match(clause.strip())
        if not match:
            continue
        who, verb = match["who"].strip(), match["verb"]
        # where it was said is no part of who said it: "das Institut in seinem Wochenbericht" → "das Institut"
        who = re.sub(r"\s+(?:in|im|auf|bei|en|dans|в|у)\s+(?:seine[mr]?|ihre[mr]?|einem|einer|un|une|su|sus|son|sa|"
                     r"своем|своём|своей|своїй|своєму)\s+\S+$", "", who)
        if lang == "de":
            finite, particle = _DE_SEPARABLE.get(verb.lower(), (verb.lower(), ""))
            particle = particle or (match.groupdict().get("part") or "")
            verb = f"{finite} {particle}".strip()
        elif lang != "en":
            verb = verb.lower()
        if who.lower() in _NO_ONE:  # "informó este lunes de | que …": "de" is no reporter
            continue
        if lang == "de" and who.lower() in _DE_PARTICLES:  # "kündigte | an": the verb's own prefix is no reporter
            continue
        if lang == "en" and "," in who:  # "are due to open, traders noted": a clause and its source, no frame
            continue
        audience = _AUDIENCE.get(lang)
        heard = re.match(audience, who) if audience else None
        if heard and len(who) > heard.end():  # "a expliqué devant les élus du conseil régional le directeur":
            who = who[heard.end():]            # whom it was said to is no part of who said it
        place = PLACE_FIRST.get(lang)
        found = re.match(rf"(?:{place})\s+(?:l['’]|(?:le|la|les|el|los|las)\s+)?[A-ZÀ-Þ]\S*"
                         rf"(?:\s+(?P<who>(?:el|la|los|las|le|les|l['’])\b.*))?$", who) if place else None
        if found and not found["who"]:  # "afirmó en Bruselas | que …": a named place after the verb is no reporter
            continue
        if found:
            who = found["who"]  # "afirmó en Bruselas el ministro" → "el ministro"
        if len(who.split()) <= 12:  # "віцепрем'єр-міністр з питань європейської … інтеграції Тарас Качка"
            return Frame(who, verb)
    return None


_QUOTE = re.compile(r"[\"“«]\s*(?P<quote>[^\"”»]{8,}?)[,.]?\s*[\"”»],?\s+(?:[–—-]\s+)?(?P<frame>[^\"“”«»]+?)\.?$")
# A quote's first person told in the third: "We disagree and will appeal" → "it disagrees and will appeal".
_EN_WE = {"are": "is", "have": "has", "were": "was", "do": "does", "don't": "doesn't"}


def quoted(clause: str, language: str) -> tuple[Frame, str] | None:
    """A quote and the frame after it ("“We will appeal,” Harlan said"): the frame, and the quote as what was
    said (an English "we" of an organisation as "it", its verb agreeing, of a person as "they"); None for any other
    clause, and for a first person singular."""
    found = _QUOTE.fullmatch(clause.strip())
    if not found:
        return None
    told = found["frame"].strip().rstrip(",")  # ("…," director Eva Toth told AFP on Wednesday, after …")
    reporter = frame(re.sub(r"\s+(?:in a statement|on \w+|late on \w+)$", "", told), language)
    if reporter is None or reporter.who.lower() in ("he", "she", "it", "they", "we", "i"):
        return None
    said = found["quote"].strip()
    person = re.search(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$", reporter.who) or re.search(
        r"governor|minister|president|mayor|chief|spokes|secretary|leader|officials?|police", reporter.who, re.I)
    we = re.match(r"We\s+(?P<verb>[\w']+)(?P<rest>.*)$", said) if language.startswith("en") else None
    if we and person:  # a person's "we" is their side's: "they", the verb as it is
        said = f"they {we['verb']}{we['rest']}"
    elif we:
        verb = we["verb"]
        if verb in _EN_WE:
            verb = _EN_WE[verb]
        elif not re.fullmatch(r"will|would|can|could|may|might|must|should|had|[a-z]+ed", verb):
            from generator.importer.verbs import present

            verb = present(verb)
        said = f"it {verb}{we['rest']}"
    elif re.match(r"(?:I|We|Nous|Je|Мы|Я|Ми)\b", said):
        return None  # a person's first person: "I will stay", "We will rebuild" is no headline of theirs
    return reporter, said


def _lower_first(text: str, lang: str, is_name: bool) -> str:
    first = text.split(maxsplit=1)[0] if text else ""
    if lang in ("ru", "uk"):
        return text if is_name else text[:1].lower() + text[1:]
    common = lang == "en" and bool(_EN_COMMON_PLURAL.fullmatch(first))
    elided = lang == "fr" and bool(re.match(r"[LDCSN][’']", first))  # "que l'épidémie …", "que c'est …"
    return text[:1].lower() + text[1:] if first.lower() in _DETERMINERS.get(lang, set()) or common or elided else text


# The conjunctions a statement may open with when it goes on from the one before.
_CONJUNCTION = {"fr": r"(?i:mais|et|or|donc|car)", "es": r"(?i:pero|y|e|pues)", "en": r"(?i:but|and|so)",
                "de": r"(?i:aber|und|denn|doch)"}


# Plural nouns of people that open a sentence with a capital only there: "Negotiators", "Officials".
_EN_COMMON_PLURAL = re.compile(r"[A-Z][a-z]+(?:ors|ers|ists|ents)|Officials|Police|People")


def report_title(reporter: str, found: Frame, said: str, language: str, said_is_name: bool = False) -> str:
    """"Reporter verb (that) what-was-said", e.g. "La central sindical informó que Milei enfrentará …"."""
    lang = language.split("-")[0].lower()
    head = f"{reporter[:1].upper()}{reporter[1:]} {found.verb}"
    if not said:
        return head
    same = re.match(rf"{re.escape(reporter)}\s+(?P<aux>a|ont|avait|avaient|est|sont)\s+(?P<rest>\S.*)$", said,
                    re.IGNORECASE) if lang == "fr" else None
    if same:  # "L'ANSM a annoncé que l'ANSM a placé …" → "L'ANSM a annoncé avoir placé …"
        return f"{head} {'être' if same['aux'].lower() in ('est', 'sont') else 'avoir'} {same['rest']}"
    said = re.sub(rf"^(?:{_CONJUNCTION.get(lang, '(?!)')})\s+(?=\S)", "", said)  # "… a expliqué que | mais il
    # s'est levé seul": a quote that went on from another sentence, its conjunction no part of what was said
    text = head + _THAT.get(lang, " ") + _lower_first(said, lang, said_is_name)
    if lang == "fr":  # "que il" → "qu'il", "que elle", "que EDF" → "qu'EDF"
        text = re.sub(r"\bque ([aeiouyéèêàâîôûAEIOUYÉÈ])", r"qu'\1", text, count=1)
    return text
