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
ORGANIZATION_WORDS = {"Agency", "Bank", "Commission", "Committee", "Company", "Co", "Corp", "Corporation",
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
                       "Уряд", "Hükümeti", "Газпром", "Нафтогаз", "Sénat", "Senado", "Senat", "Congrès",
                       "Systems", "Pharmacies", "Health", "Capital", "Holdings", "Industries", "Technologies",
                       "Festival", "Academy", "Consejo", "Comisión", "Audiencia", "Delegación",
                       "Salvamento", "Guardia", "Policía", "Fiscalía", "Junta", "Generalitat", "Conseil", "Cour",
                       "Académie", "Agence", "Autorité", "Haute", "Совет", "Ради", "Управление",
                       "Управління", "Институт", "Інститут", "Академия", "Академія", "Центр", "Фонд", "Комитет",
                       "Комітет", "Bakanlık", "Kurulu", "Başkanlığı", "Müdürlüğü", "Vakfı", "Derneği", "Birliği"}
# German institutions are compounds: "Landgericht", "Bundesjustizministerium", "Kraftfahrt-Bundesamt".
_ORGANIZATION_ENDINGS = re.compile(r"(?:gericht|gerichtshof|ministerium|amt|institut|gewerkschaft|verband|behörde|"
                                   r"agentur|bank|konzern|kammer|rat|partei|polizei|staatsanwaltschaft|gesellschaft|"
                                   r"stiftung|verein)$", re.IGNORECASE)
_GROUP_WORDS = {"Movement", "Brigade", "Battalion", "Front", "Taliban", "Hamas", "Hezbollah", "Militia",
                "Rebels", "Separatists", "Protesters", "Supporters", "Bande", "Gang", "Banda", "Clan", "Cartel",
                "Cártel", "Банда", "Группировка", "Угруповання"}
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


_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}  # CLDR territories that are unions or placeholders


@cache
def _countries(language: str) -> frozenset[str]:
    """The names of countries and territories CLDR knows, in English and ``language`` (not its unions, such
    as the European Union or the United Nations, nor its regions, such as Africa or the World)."""
    names: set[str] = set()
    for tag in {"en", language}:
        try:
            territories = Locale.parse(tag).territories
        except (ValueError, LookupError):
            continue
        names.update(name for code, name in territories.items() if code.isalpha() and code not in _NOT_COUNTRIES)
    return frozenset(names)


@cache
def _unions(language: str) -> frozenset[str]:
    """CLDR's names of the unions it lists as territories: "European Union", "Nations Unies"."""
    try:
        territories = Locale.parse(language).territories
    except (ValueError, LookupError):
        return frozenset()
    return frozenset(territories[code] for code in ("EU", "UN", "EZ") if code in territories)


def guess_kind(name: str, text: str, language: str = "en") -> str:
    """The kind a new name most likely is, from the name and the words around its mentions in ``text``."""
    words = name.replace(".", "").split()
    if name in _countries(language.split("-")[0]):
        return "country"
    if name in _MEDIA_NAMES or words[-1] in MEDIA_WORDS:
        return "media"
    if set(words) & _GROUP_WORDS:
        return "group"
    german = language.startswith("de") and any(len(w) >= 7 and _ORGANIZATION_ENDINGS.search(w) for w in words)
    if set(words) & ORGANIZATION_WORDS or name.isupper() or any(w.isupper() and len(w) > 1 for w in words[:1]) \
            or german or name in _unions(language.split("-")[0]) | _unions("en"):
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
