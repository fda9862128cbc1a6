"""A new name's kind (person, place, organization, media, group, country), guessed from the text's cues.

Cues, strongest first: the name itself (a country CLDR knows; a last word such
as *Post*, *Times* → media, *Party*, *Council*, *Court* → organization,
*Region*, *Street* → place, *Movement*, *Brigade* → group); then the words
around each mention: a title before it (*President*, *Minister*) or *said*
after it → person; *in*, *at*, *near*, *the city of*, *hospital in* before it
→ place; *told the* / *quoted by the* before it or *reported* after it → media.
A name with no cue is a person. The guess is marked ``# check`` in the draft.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from babel import Locale

KINDS = ("person", "organization", "country", "place", "media", "group")

MEDIA_WORDS = {"Post", "Times", "Journal", "News", "Guardian", "Telegraph", "Tribune", "Herald", "Gazette",
                "Reuters", "Television", "TV", "Radio", "Broadcasting", "Press", "Mail", "Observer", "Economist",
                "Monitor", "Politico", "Bloomberg", "Interfax", "Agence", "Express", "Chronicle", "Standard",
                "Pravda", "Izvestia", "Kommersant", "Spiegel", "Zeitung", "Allgemeine", "Monde", "Figaro", "País",
                "Mundo", "Hürriyet", "Sabah", "Ukrinform", "Ukrainska", "Wire", "Insider"}
_MEDIA_NAMES = {"Reuters", "BBC", "CNN", "AP", "AFP", "Bloomberg", "Interfax", "TASS", "RIA Novosti", "Al Jazeera",
                "Associated Press", "Agence France-Presse", "Anadolu Agency", "Deutsche Welle", "Euronews", "EFE",
                "dpa", "ANSA", "Xinhua", "Axios", "Politico"}
_ORGANIZATION_WORDS = {"Agency", "Bank", "Commission", "Committee", "Company", "Co", "Corp", "Corporation",
                       "Council", "Court", "Fund", "Group", "Ministry", "Organization", "Organisation", "Party",
                       "Service", "Union", "Office", "Institute", "University", "Reserve", "Parliament", "Assembly",
                       "Congress", "Senate", "Inc", "Ltd", "Democrats", "Republicans", "Nations", "Alliance",
                       "Association", "Federation", "Board", "Authority", "Department", "Administration", "Bureau",
                       "Machines", "Manufacturing", "Semiconductor", "Motors", "Airlines", "Foundation", "Trust",
                       "Coalition", "Cabinet", "Government", "Police", "Navy", "Army", "Forces", "Guard", "NATO",
                       "Justice", "Rights", "Chamber", "Duma", "Rada", "Bundestag", "Kremlin",
                       # the same cues in the other languages the importer reads
                       "Банк", "Банку", "Bankası", "Banco", "Banque", "Bundesbank", "Комиссия", "Комісія",
                       "Министерство", "Міністерство", "Ministerio", "Ministère", "Ministerium", "Bakanlığı",
                       "Партия", "Партія", "Partido", "Parti", "Partei", "Partisi", "Суд", "Tribunal", "Gericht",
                       "Mahkemesi", "Дума", "Рада", "Congreso", "Assemblée", "Meclisi", "Служба", "Агентство",
                       "Agencia", "Kurumu", "Belediyesi", "Университет", "Університет", "Universidad", "Université",
                       "Universität", "Üniversitesi", "Gobierno", "Gouvernement", "Regierung", "Правительство",
                       "Уряд", "Hükümeti", "Газпром", "Нафтогаз", "Sénat", "Senado", "Senat", "Congrès"}
_GROUP_WORDS = {"Movement", "Brigade", "Battalion", "Front", "Taliban", "Hamas", "Hezbollah", "Militia",
                "Rebels", "Separatists", "Protesters", "Supporters"}
_PLACE_WORDS = {"Region", "Oblast", "Province", "County", "Street", "Square", "Strait", "Sea", "River", "Island",
                "Islands", "Mountains", "Valley", "City", "Bay", "Airport", "Port", "District", "State", "Peninsula",
                "Lake", "Gulf", "Canal", "Coast", "Bridge", "Avenue", "Palace", "Fire",
                "область", "области", "області", "край", "района", "району", "Región", "Provincia", "Département",
                "Bundesland", "Landkreis", "İli", "Bölgesi"}
_TITLES = r"(?:President|President-elect|Prime Minister|Minister|Chancellor|Governor|Mayor|Senator|Sen\.|Rep\.|" \
          r"Secretary|Speaker|General|Gen\.|Mr\.|Mrs\.|Ms\.|Dr\.|King|Queen|Pope|leader|chief|spokesman|" \
          r"spokeswoman|minister|president|ally|premier|governor|mayor|candidate|head|CEO|founder|judge|wife|" \
          r"husband|son|daughter|Judge|Deputy|Ambassador|Commander|Colonel|Captain)"
_PERSON_AFTER = r"^\s*(?:,\s*)?(?:said|says|told|who|added|wrote|was|has|had|won|took|met|beat|,\s*\d+|\(\d+\))\b"
_PLACE_BEFORE = r"(?:\b(?:in|at|near|from|to|outside|across|into|around|visited|city of|town of|village of|" \
                r"region of|province of|capital|hospital in)\s+(?:the\s+)?|capital,\s+)$"
_MEDIA_BEFORE = r"(?:\b(?:told|quoted by|according to|interview with|reported by|newspaper|broadcaster)\s+" \
                r"(?:the\s+)?)$"
_MEDIA_AFTER = r"^\s*(?:newspaper|reported|reports|broadcaster|news agency|quoted|said in a report)\b"


@cache
def _countries(language: str) -> frozenset[str]:
    names: set[str] = set()
    for tag in {"en", language}:
        try:
            names.update(Locale.parse(tag).territories.values())
        except (ValueError, LookupError):
            continue
    return frozenset(names)


def guess_kind(name: str, text: str, language: str = "en") -> str:
    """The kind a new name most likely is, from the name and the words around its mentions in ``text``."""
    words = name.replace(".", "").split()
    if name in _countries(language.split("-")[0]):
        return "country"
    if name in _MEDIA_NAMES or words[-1] in MEDIA_WORDS:
        return "media"
    if set(words) & _GROUP_WORDS:
        return "group"
    if set(words) & _ORGANIZATION_WORDS or name.isupper() or any(w.isupper() and len(w) > 1 for w in words[:1]):
        return "organization"
    if words[-1] in _PLACE_WORDS:
        return "place"
    votes: Counter[str] = Counter()
    for match in re.finditer(re.escape(name), text):
        before, after = text[max(0, match.start() - 40):match.start()], text[match.end():match.end() + 30]
        if re.search(_TITLES + r"\s+$", before) or re.search(_PERSON_AFTER, after):
            votes["person"] += 1
        if re.search(_PLACE_BEFORE, before, re.IGNORECASE) and not re.search(_PERSON_AFTER, after):
            votes["place"] += 2
        if re.search(_MEDIA_BEFORE, before) or re.search(_MEDIA_AFTER, after):
            votes["media"] += 2
    if not votes:
        return "person"
    return max(KINDS, key=lambda kind: (votes[kind], kind == "person"))
