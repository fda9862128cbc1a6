"""A title in the first person, from a quote, told as its speaker's: ""We told them on Jan. 9 …," said Carla
Whitfield" → "Carla Whitfield told them"; "«Am 22. September zupfen wir die letzte Dolde», sagte Verbandssprecher
Michael Huber" → "Michael Huber zupft die letzte Dolde".

The speaker is named in the sentence's frame, outside the quote, next to a verb of saying: the name nearest that
verb (two words or more before one; not a place, a medium or an organisation's part after a preposition), else an
article and its noun after the verb ("sagte ein Meteorologe", "a déclaré le maire"), else, for a pronoun ("…,
sagte sie"), the name the story spoke of last. A frame with no subject ("…, aseguró") or in another sentence
leaves the title as it is.
"""

from __future__ import annotations

import re

from generator.importer.first_person import as_said_by
from generator.importer.fit.roles import _ROLE
from generator.importer.subjects import names_in
from generator.importer.titles.words import _lang

# An opening quote to its closing one, or to the end of the sentence (a quote that goes on in the next).
_QUOTE = re.compile(r"«[^«»]*»?|„[^„“”]*[“”]?|“[^“”]*”?|\"[^\"]*\"?")
_SAYING = {
    "en": r"said|says|told|added|explained|wrote|recalled|warned|insisted|noted|acknowledged|admitted|argued|"
          r"declared|according\s+to",
    "es": r"(?:dij|afirm|asegur|declar|explic|señal|indic|añad|advirt|advier|lament|subray|manifest|record|apunt|"
          r"insist|reconoc|denunci|relat|cont|precis|sostuv|destac|expres|reclam|admit|agreg|coment|critic)\w*|según",
    "fr": r"(?:dit|déclar|affirm|expliqu|assur|soulign|indiqu|précis|ajout|racont|confi|témoign|déplor|regrett|"
          r"estim|insist|rappel|martel|prév|avert|reconn|dénonc|lanc|résum|comment|relev|not)\w*|selon",
    "de": r"sagte|sagt|sagten|erklärte|erklärt|betonte|betont|berichtete|meinte|meint|warnte|warnt|kritisierte|"
          r"ergänzte|fügte|räumte|zufolge|so",
    "ru": r"(?:сказа|заяви|отмети|рассказа|подчеркну|поясни|добави|призна|уточни|сообщи|объясни|напомни|"
          r"пожаловал)\w*|говорит|считает|по\s+словам",
    "uk": r"(?:сказа|заяви|зазначи|розповів|розповіла|наголоси|поясни|дода|визна|уточни|повідоми|нагада)\w*|"
          r"говорить|за\s+словами",
    "tr": r"dedi|diye\s+konuştu|şeklinde\s+konuştu|ifadelerini\s+kullandı|söyledi|belirtti|kaydetti|açıkladı|"
          r"anlattı|dile\s+getirdi|vurguladı|ifade\s+etti|belirterek|hatırlatarak|vurgulayarak|kaydederek|"
          r"ifade\s+ederek|söyleyerek",  # (and its converb before a quote: "… belirterek, "Geçen yıl …")
}
# A Turkish speaker's name, its comma, and where they spoke before the quote: "Yıldız, AA muhabirine yaptığı
# açıklamada, "…", "Vali Çiftçi, törende yaptığı konuşmada, "…".
_TR_STATEMENT = re.compile(r"[A-ZÇĞİÖŞÜ][\w'’.-]*(?P<comma>,)\s*(?:[\w'’]+\s+){0,5}?(?:açıklamada|açıklamasında|"
                           r"konuşmada|konuşmasında|toplantısında|sözlerinde|paylaşımında|mesajında),\s*$")
# What a name after it is not the speaker's: a place, a medium, the body a role belongs to.
_BEFORE_NOT_SPEAKER = {
    "en": r"to|at|in|of|for|from|with|on|by|told",
    "es": r"a|en|de|del|desde|para|con|ante|al",
    "fr": r"à|au|aux|en|de|du|des|d['’]|pour|avec|dans|devant|auprès",
    "de": r"der|dem|des|im|in|am|an|bei|vor|gegenüber|aus|von|vom|zum|zur",
    "ru": r"в|во|у|на|из|с|для|по|от|перед|при",
    "uk": r"в|у|на|з|із|для|по|від|до|перед|при",
    "tr": r"(?!)",
}
_MEDIA = re.compile(r"AFP|Reuters|AP|EFE|dpa|Europa\s+Press|Interfax|Интерфакс|ТАСС|РИА\s+Новости|Укрінформ|"
                    r"УНІАН|Anadolu|DHA|İHA|BBC|CNN|Presse-Agentur|Deutschen\s+Presse-Agentur")
# Words of a role before a name: "Chief Executive Martin Oduya" → "Martin Oduya".
_ROLE_WORD = re.compile(r"(?:Chief|Executive|Mayor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor|Director|Senator|"
                        r"Judge|Coach|General|Captain|Secretary|Minister|President|Governor|Sheriff|Commissioner|"
                        r"Bishop|Inspector|Chairman|Chairwoman|Chair|CEO|Mme|Me|M\.|Don|Doña|Sr\.?|Sra\.?)")
_ARTICLE = r"(?i:the|el|la|los|las|le|les|l['’]|der|die|das|dem|den|des)"
_ARTICLE_ROLE = {"en": r"the|a|an", "es": r"el|la", "fr": r"le|la|l['’]", "de": r"der|ein|eine"}
_PRONOUN = {"en": r"he|she", "es": r"él|ella", "fr": r"il|elle", "de": r"er|sie", "ru": r"он|она", "uk": r"він|вона",
            "tr": r"o"}
# A first person a title may open on, or hold after its first words.
_FIRST_PERSON = {
    "en": r"^(?:We|I)(?:['’](?:m|re|ve|ll))?(?:\s|$)",
    # (a verb's stem is never stressed: not "últimos", "mínimos")
    "es": r"^(?:(?:Ya|No|Hoy|También|Solo|Sólo)\s+)*(?:(?i:nos|me)\s+)?"
          r"(?i:he|hemos|[a-zñ]{2,}(?:amos|emos|imos|íamos|ábamos)|voy|estoy|soy|tengo|quiero|puedo|debo)(?:\s|$)",
    "fr": r"^(?:Nous|Je|J['’])",
    "de": r"^(?:Wir|Ich)\s|^[a-zäöüß]+\s+(?:wir|ich)\s",
    "ru": r"(?:^|\s)(?:Мы|мы|Я|я)\s",
    "uk": r"(?:^|\s)(?:Ми|ми|Я|я)\s",
    "tr": r"\w(?:yoru[zm]|[ae]c[ae]ğ[ıi][zm]|m[ıiuü]şt[ıiuü][km]|[dt][ıiuü][km]|m[ae]l[ıi]y[ıi][zm])"
          r"(?:\s+(?:dedi|diye konuştu))?\.?$",
}


def told_by_speaker(title: str, sentence: str, at: int, language: str, context: str, tense: int) -> str:
    """``title``, a first-person clause of the quote that holds ``sentence[at]``, told with its speaker as subject
    (see the module); ``title`` as it is otherwise."""
    lang = _lang(language)
    if lang not in _FIRST_PERSON:
        return title
    clause = _without_frame(title, lang)
    if not re.search(_FIRST_PERSON[lang], clause):
        return title
    who, saying = quote_speaker(sentence, at, language, context)
    if not who:
        return title
    gender = ""
    if lang in ("ru", "uk"):  # "…, — зазначила Кравчук": the verb of saying tells the speaker's gender
        from generator.importer.morphology import past_gender

        gender = past_gender(saying, lang)
    return as_said_by(clause, who, language, tense, gender) or title


def _without_frame(title: str, lang: str) -> str:
    """A title without the frame it may hold: "X sagte, wir …" → "wir …", "Esperamos …, aseguró" → "Esperamos …",
    "Queremos … declaró el presidente" → "Queremos …"."""
    if lang == "tr":
        return title.strip()
    saying = _SAYING[lang]
    if re.search(rf"^[^,]{{0,60}}\b(?:{saying})\b", title) and not re.match(_FIRST_PERSON[lang], title):
        title = re.sub(rf"^.*?\b(?:{saying})\b,?\s+(?:that\s+|que\s+|qu['’]|dass\s+|что\s+|що\s+)?(?=\S)", "",
                       title, count=1)
    title = re.sub(rf",\s*(?:\S+\s+){{0,4}}?(?:{saying})\b[^,]*$", "", title)
    inverted = r"said|says" if lang == "en" else saying
    bare = re.sub(rf"\s+(?:(?:ha|han|a|ont)\s+)?(?:{inverted})\s+(?:(?i:el|la|le|the|der|die)\s+|[A-ZÀ-Þ])"
                  rf"(?:[^,\s]+\s*){{0,6}}$", "", title)
    if not re.search(r"\s(?i:avions|avons|avais|avait|ai|étions|sommes|habíamos|hemos|he|hatten|haben|had|have)$",
                     bare):  # "Nous avions prévenu le ministère": the clause's own participle, no frame after it
        title = bare
    return title.strip()


def quote_speaker(sentence: str, at: int, language: str, context: str = "") -> tuple[str, str]:
    """Who speaks the quote of ``sentence`` that holds position ``at`` (see the module), and the verb of saying;
    "" when no one is named in its sentence, and when ``at`` is in no quote."""
    lang = _lang(language)
    spans = [m.span() for m in _QUOTE.finditer(sentence)]
    if not any(a <= at < b for a, b in spans):
        return "", ""
    frame = sentence
    for a, b in spans:  # the quotes blanked, so that no name runs across one
        frame = frame[:a] + " " * (b - a) + frame[b:]
    saying = re.search(rf"(?<!\w)(?:{_SAYING[lang]})(?!\w)", frame, re.IGNORECASE if lang != "de" else 0)
    if not saying and lang == "tr":  # 'Aydemir, "Soruları … gönderdik.': a Turkish quote opens after its speaker's
        opening = next(a for a, b in spans if a <= at < b)  # name and a comma, its verb of saying at its end
        if re.search(r"[A-ZÇĞİÖŞÜ][\w'’.-]*,\s*$", frame[:opening]):  # (in a later sentence, when it runs on)
            return _named(frame, opening, opening, lang), ""
        statement = _TR_STATEMENT.search(frame[:opening])  # 'Yıldız, AA muhabirine yaptığı açıklamada, "…'
        if statement:
            return _named(frame, statement.start("comma"), statement.start("comma"), lang), ""
    if not saying:
        return "", ""
    named = _named(frame, saying.start(), saying.end(), lang)
    if named:
        return named, saying.group()
    role = re.match(rf"\s*(?:,\s*)?(?P<role>(?i:{_ARTICLE_ROLE[lang]})\s*[\w-]+(?:\s+[A-Z][\w-]+)?)(?=\s*(?:[,.]|$))",
                    frame[saying.end():]) if lang in _ARTICLE_ROLE else None
    if role:  # "…, a déclaré le maire", "sagte ein DWD-Meteorologe"
        return role["role"][:1].upper() + role["role"][1:], saying.group()
    if lang == "en" and (before := re.search(r"(?:^|\s)(?P<role>[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)\s*$",
                                              frame[:saying.start()])):
        return "T" + before["role"][1:], saying.group()  # "the company said"
    after = frame[saying.end():].split()[:1]
    if context and after and re.fullmatch(rf"(?i:{_PRONOUN[lang]})", after[0].strip(",.")) and _proper(context, lang):
        return context, saying.group()  # "…, warnte er": the one the story spoke of last
    return "", ""


def _governed(before: str, lang: str) -> bool:
    """Whether a name after ``before`` is governed by a preposition (with its article): "a EFE", "de la
    Federación"."""
    words = ["", "", *before.split()][-2:]
    preposition = rf"(?i:{_BEFORE_NOT_SPEAKER[lang]})"
    return bool(re.fullmatch(preposition, words[1]) or (re.fullmatch(preposition, words[0])
                                                       and re.fullmatch(_ARTICLE, words[1])))


def _proper(name: str, lang: str) -> bool:
    """Whether ``name`` reads as a name: capitalised, and for Russian and Ukrainian a proper name or a noun in
    pymorphy3's dictionary (not "Про", "Сам")."""
    if not name[:1].isupper():
        return False
    if lang in ("ru", "uk"):
        from generator.importer.morphology import proper

        return all(proper(word, lang) for word in name.split())
    return True


def _named(frame: str, start: int, end: int, lang: str) -> str:
    """The name in ``frame`` nearest its verb of saying at ``start:end``, without the role words before it."""
    found: list[tuple[int, int, str]] = []
    for name in dict.fromkeys(names_in(frame, lang)):
        for match in re.finditer(re.escape(name), frame):
            if _governed(frame[:match.start()], lang) or _MEDIA.search(name) \
                    or frame[match.end():match.end() + 2] in ("'s", "’s") \
                    or (lang == "tr" and (re.search(r"['’]\w+$", name) or re.match(r"['’]\w", frame[match.end():]))):
                continue  # "told AFP", "de la Federación …", "des Verbands Cloppenburg", "Ghana's culture minister",
                # "Meriç Nehri'nin taşması" (a Turkish name with a case ending is no speaker)
            if lang in ("ru", "uk"):
                from generator.importer.morphology import person_at_end

                name = person_at_end(f"x {name}", lang) or name  # "Ростехнадзора Андрей Кузьмичев"
                if not _proper(name, lang):
                    continue
            words = name.split()
            if len(words) > 2 and (lang == "de" or any(_ROLE_WORD.fullmatch(w) or _ROLE.search(w) for w in words[:-2])):
                words = words[-2:]  # "Verbandssprecher Michael Huber", "Chief Executive Martin Oduya", "Belediye
                # Başkanı Ali Demir"
            if len(words) == 2 and _ROLE_WORD.fullmatch(words[0]):
                words.pop(0)
            distance = start - match.end() if match.end() <= start else match.start() - end
            found.append((len(words) < 2, abs(distance), " ".join(words)))
    return min(found)[2] if found else ""
