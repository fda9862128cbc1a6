"""A new name's kind (person, place, organization, media, group, country), guessed from the text's cues.

Cues, strongest first: the name itself (a country CLDR knows; a word such as
*Post*, *Times* → media, *Party*, *Council*, *Servicio*, *Hastanesi* →
organization, a last word such as *Region*, *Lagoon*, *Barajı* or a first word
such as *Lake*, *Mont* → place, *Movement*, *Brigade* → group); for Russian and
Ukrainian, what pymorphy3's dictionary knows (a first name, an organisation, a
place); then the words around each mention, in the story's language: a title or
role before it (*President*, *el portavoz*, *министр*) or a verb of saying or an
age after it → person; *in*, *en*, *à*, a Turkish locative → place; *told the*
/ *quoted by the* before it or *reported* after it → media; an article before it
("the Blue Lagoon", "la Audiencia") → not a person. A name with no cue is a
person when it reads like one (two to four capitalised words), else an
organization. The guess is marked ``# check`` in the draft.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from babel import Locale

from generator.importer.french import head_kind

KINDS = ("person", "organization", "country", "place", "media", "group")

MEDIA_WORDS = {"Post", "Times", "Journal", "News", "Guardian", "Telegraph", "Tribune", "Herald", "Gazette",
                "Reuters", "Television", "TV", "Radio", "Broadcasting", "Press", "Mail", "Observer", "Economist",
                "Monitor", "Politico", "Bloomberg", "Interfax", "Agence", "Express", "Chronicle", "Standard",
                "Pravda", "Izvestia", "Kommersant", "Spiegel", "Zeitung", "Allgemeine", "Monde", "Figaro", "País",
                "Mundo", "Hürriyet", "Sabah", "Ukrinform", "Ukrainska", "Wire", "Insider", "Musique", "Inter", "Info",
                "Télévisions", "Bleu", "Rundfunk", "Fernsehen"}
MEDIA_NAMES = {"Reuters", "BBC", "CNN", "AP", "AFP", "Bloomberg", "Interfax", "TASS", "RIA Novosti", "Al Jazeera",
                "Associated Press", "Agence France-Presse", "Anadolu Agency", "Deutsche Welle", "Euronews", "EFE",
                "dpa", "ANSA", "Xinhua", "Axios", "Politico", "Europa Press", "ТАСС", "Интерфакс", "РИА Новости",
                "Укрінформ", "УНІАН", "Інтерфакс-Україна", "Anadolu Ajansı", "DHA", "İHA", "Kyodo", "Yonhap"}
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
                       "Комітет", "Bakanlık", "Kurulu", "Başkanlığı", "Müdürlüğü", "Vakfı", "Derneği", "Birliği",
                       "Servicio", "Abogacía", "Ayuntamiento", "Diputación", "Sindicato", "Syndicat", "Asociación",
                       "Federación", "Fédération", "Confederación", "Confédération", "Instituto", "Fundación",
                       "Fondation", "Hospital", "Hôpital", "Hospices", "Mairie", "Préfecture", "Société", "Sociedad",
                       "Cooperativa", "Coopérative", "Museo", "Musée", "Museum", "Club", "Grupo", "Groupe",
                       "Compañía", "Compagnie", "Cámara", "Chambre", "Dirección", "Direction", "Oficina", "Centro",
                       "Centre", "Center", "Parlamento", "Parlement", "Consejería", "Conselleria", "Akademi",
                       "Akademie", "Zoo", "Zoológico", "Tierpark", "Terminals", "Airways", "Services", "Solutions",
                       "Networks", "Logistics", "Partners", "Resources", "Energy", "Energía", "Énergie", "Mines",
                       "Railways", "Railroad", "Rail", "Lines", "Shipping", "Pharma", "Parque", "Escuela", "École",
                       "Lycée", "Colegio", "School", "College", "Hastanesi", "Kulübü", "Şirketi", "Grubu",
                       "Sendikası", "Odası", "Enstitüsü", "Ajansı", "Valiliği", "Kaymakamlığı", "Federasyonu",
                       "Konfederasyonu", "Kooperatifi", "Fabrikası", "Komisyonu", "Tekstil",
                       "Holding", "Бюро", "Прокуратура",
                       "Прокуратури", "Минздрав", "Роспотребнадзор", "Ассоциация", "Асоціація", "Организация",
                       "Організація", "Зоопарк", "Компания", "Компанія", "Корпорация", "Корпорація", "Холдинг",
                       "ДСНС", "МЧС", "Солар", "Энерго", "Енерго", "Friends", "Labs", "Laboratories", "Amis", "Amigos",
                       "Freunde", "Cortes", "Protección", "Air", "Cruises", "Linea", "Línea", "Komutanlığı",
                       "Başsavcılığı", "Fakültesi", "Rektörlüğü", "İşleri", "Coordinadora", "Regantes", "Gruppe",
                       "Verband", "Verbandes", "Landtag", "Landtags", "Scheme", "Festivali", "Şenliği", "Fuarı"}
# German institutions are compounds: "Landgericht", "Bundesjustizministerium", "Kraftfahrt-Bundesamt".
_ORGANIZATION_ENDINGS = re.compile(r"(?:gericht|gerichtshof|ministerium|amt|institut|gewerkschaft|verband|behörde|"
                                   r"agentur|bank|konzern|kammer|rat|partei|polizei|staatsanwaltschaft|gesellschaft|"
                                   r"stiftung|verein|dienst|rundfunk)$", re.IGNORECASE)
# Russian and Ukrainian ministries and services are compounds: "Минспорт", "Мінінфраструктури", "Держпродспоживслужба".
_SLAVIC_AGENCY = re.compile(r"^(?:Мин|Мін)[а-яёіїєґ]{3,}|служб[аи]$|^Рос[а-яё]{4,}надзор|^Держ[а-яіїєґ]{4,}")


def german_institution(word: str) -> bool:
    """Whether a German compound ends on an institution's word: "Landgericht", "Bundesamt", "Fahrgastverband"."""
    return len(word) >= 7 and _ORGANIZATION_ENDINGS.search(word) is not None


_GROUP_WORDS = {"Movement", "Brigade", "Battalion", "Front", "Taliban", "Hamas", "Hezbollah", "Militia",
                "Rebels", "Separatists", "Protesters", "Supporters", "Bande", "Gang", "Banda", "Clan", "Cartel",
                "Cártel", "Банда", "Группировка", "Угруповання"}
PLACE_WORDS = {"Region", "Oblast", "Province", "County", "Street", "Square", "Strait", "Sea", "River", "Island",
                "Islands", "Mountains", "Valley", "City", "Bay", "Airport", "Port", "District", "State", "Peninsula",
                "Lake", "Gulf", "Canal", "Coast", "Bridge", "Avenue", "Palace", "Fire",
                "область", "области", "області", "край", "района", "району", "Región", "Provincia", "Département",
                "Bundesland", "Landkreis", "İli", "Bölgesi", "Barajı", "Köprüsü", "Limanı", "Havalimanı",
                "Havaalanı", "Gölü", "Nehri", "Irmağı", "Dağı", "Dağları", "Caddesi", "Meydanı", "Mahallesi",
                "İlçesi", "Köyü", "Körfezi", "Boğazı", "Vadisi", "Yaylası", "Ovası", "Adası", "Parkı", "Kalesi",
                "Lagoon", "Glacier", "Mountain", "Park", "Dam", "Reservoir", "Harbour", "Harbor", "Station",
                "Palais", "Plaza", "Calle", "Playa", "Sierra", "Valle", "Lago", "Río", "Isla", "Monte", "Puerto",
                "Pont", "Lac", "Mont", "Île", "Vallée", "Gare", "Aéroport", "Massif", "Mer", "Glace", "Rue",
                "Krokiew", "Schanze", "Talsperre", "Straße", "Platz", "Brücke", "Kanal", "Hafen", "Bahnhof",
                "Flughafen", "Gebirge", "Wald", "Insel", "See", "площадь", "улица", "аэропорт", "площа",
                "вулиця", "аеропорт", "Alpen", "Alps", "Alpes", "Creek", "Geçidi", "Light", "Lighthouse",
                "Heights", "Hills", "Falls", "Springs", "Beach", "Pass", "Reef", "Waterway", "Pacific", "Atlantic",
                "Ocean", "Columbia", "Stadyumu", "Stadı", "Deltası", "Merkezi", "Velódromo", "Deportiva", "Embalse",
                "Stadium", "Stadion", "Estadio", "Stade", "Grenzbahnhof", "Cathedral", "Catedral", "Cathédrale",
                "Plajı", "Müzesi", "Sarayı", "Camii", "Kulesi", "Tüneli", "Çarşısı", "Pazarı", "Cenneti"}
_PLACE_FIRST = {"New", "Nueva", "Nuevo", "Nouvelle", "Nouveau", "Neu", "Alt", "Baix", "Alta", "Alto", "Baja", "Bajo",
                "Upper", "Lower", "Haute", "Haut", "Bas", "Basse", "Ober", "Nieder", "Costa", "Land", "Lake",
                "Mount", "Mont", "Río", "Rio", "Lac", "Mer", "Sierra", "Monte", "Isla", "Île", "Port", "Puerto",
                "Cape", "Cabo", "Gulf", "Golfe", "Golfo", "Bay", "Bahía", "Col", "Pic", "Pico", "Valle", "Val",
                "Campus", "Plaza", "Place", "Rue", "Calle", "Gare", "Lago", "Playa", "Pont", "Fort"}
# German places are compounds too: "Nord-Ostsee-Kanal", "Achensee", "Fichtelgebirge".
_PLACE_ENDINGS = re.compile(r"(?:see|berg|tal|straße|platz|brücke|kanal|hafen|bahnhof|gebirge|wald|insel|"
                            r"schanze|gletscher|talsperre)$", re.IGNORECASE)
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


def country_names(language: str) -> frozenset[str]:
    """The names of countries CLDR knows, in English and ``language``."""
    return _countries(language.split("-")[0].lower())


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
    lang = language.split("-")[0].lower()
    words = name.replace(".", "").split()
    if name in _countries(lang):
        return "country"
    if name in MEDIA_NAMES or words[-1] in MEDIA_WORDS:
        return "media"
    if set(words) & _GROUP_WORDS:
        return "group"
    if lang == "fr" and head_kind(name):  # "ministère de l'Agriculture", "place Masséna"
        return head_kind(name)
    german = lang == "de" and any(german_institution(w) for w in words)
    acronym = any(len(w) > 1 and w.isupper() and w.isalpha() for w in words)  # "Минздрав РФ", "İZSU Genel Müdürlüğü"
    acronym = acronym or any(_SLAVIC_AGENCY.search(w) for w in words)  # "Минспорт", "Держпродспоживслужба"
    if set(words) & ORGANIZATION_WORDS or name.isupper() or acronym or german \
            or name in _unions(lang) | _unions("en"):
        return "organization"
    if words[-1] in PLACE_WORDS or words[0] in _PLACE_FIRST \
            or (lang == "de" and any(len(w) >= 6 and _PLACE_ENDINGS.search(w) for w in words)):
        return "place"
    if lang == "de" and len(words) > 1:
        from generator.importer.german import adjective_stem

        if adjective_stem(words[0]):  # "Deutsche Bahn", "Bayerische Staatsforsten": no person's name
            return "organization"
    if lang in ("ru", "uk"):
        from generator.importer.morphology import proper_kind

        known = proper_kind(words, lang)
        if known:
            return known
    votes = _votes(name, text, lang)
    if votes:
        return max(KINDS, key=lambda kind: (votes[kind], kind == "person"))
    if len(words) == 1:  # one word named twice with no cue: most often a town (a company or a town, not a
        return "place"  # person's surname alone)
    return "person" if _looks_personal(words) else "organization"


_ROLES_BEFORE = {
    "es": r"(?:presidente|presidenta|ministro|ministra|alcalde|alcaldesa|portavoz|director|directora|consejero|"
          r"consejera|secretario|secretaria|delegado|delegada|juez|jueza|fiscal|abogado|abogada|gerente|don|doña|"
          r"señor|señora|empresario|empresaria|investigador|investigadora|jefe|jefa|doctor|doctora)",
    "fr": r"(?:président|présidente|ministre|maire|porte-parole|directeur|directrice|préfet|préfète|secrétaire|"
          r"délégué|déléguée|juge|procureur|procureure|avocat|avocate|chef|cheffe|docteur|professeur|"
          r"professeure|M\.|Mme|responsable|élu|élue)",
    "de": r"(?:Präsident|Präsidentin|Minister|Ministerin|Bürgermeister|Bürgermeisterin|Sprecher|Sprecherin|"
          r"Direktor|Direktorin|Leiter|Leiterin|Trainer|Trainerin|Chef|Chefin|Landrat|Landrätin|Richter|Richterin|"
          r"Anwalt|Anwältin|Herr|Frau|Dr\.|Professor|Professorin|Geschäftsführer|Geschäftsführerin)",
    "ru": r"(?:президент|министр|мэр|губернатор|глава|директор|руководитель|представитель|председатель|"
          r"замминистра|заместитель|судья|прокурор|адвокат|депутат|эксперт|гендиректор)",
    "uk": r"(?:президент|міністр|мер|голова|директор|керівник|представник|речник|речниця|заступник|суддя|"
          r"прокурор|адвокат|депутат|експерт|очільник|очільниця)",
}
_SAID_AFTER = {
    "es": r"(?:dijo|afirmó|declaró|señaló|explicó|aseguró|indicó|añadió|manifestó|subrayó|ha (?:dicho|afirmado|"
          r"señalado|explicado|asegurado|declarado|indicado|manifestado|subrayado))",
    "fr": r"(?:a (?:déclaré|dit|affirmé|expliqué|indiqué|souligné|ajouté|estimé|précisé|assuré)|déclare|explique|"
          r"souligne|estime|précise)",
    "de": r"(?:sagte|erklärte|betonte|meinte|ergänzte|warnte|kritisierte)",
    "ru": r"(?:сказал|сказала|заявил|заявила|отметил|отметила|рассказал|рассказала|подчеркнул|подчеркнула|"
          r"пояснил|пояснила)",
    "uk": r"(?:сказав|сказала|заявив|заявила|зазначив|зазначила|розповів|розповіла|наголосив|наголосила|пояснив|"
          r"пояснила)",
    "tr": r"(?:dedi|söyledi|belirtti|ifade etti|kaydetti|vurguladı)",
}
_AGE_AFTER = r"^\s*(?:,\s*\d{1,3}\s*(?:,|años|ans|Jahre|yaşında|лет|года|років|роки)|\(\d{1,3}\))"
_PLACE_BEFORE_IN = {  # a preposition of place, and the article a region's name may take ("en la Costa Brava")
    "es": r"(?:\b(?:en|desde|hasta|hacia|cerca de|ciudad de|municipio de|localidad de|provincia de|comarca de)"
          r"\s+(?:(?:el|la|los|las)\s+)?)$",
    "fr": r"(?:\b(?:à|en|près de|depuis|vers|ville de|commune de|station de|village de|région de|dans)"
          r"\s+(?:(?:le|la|les|l['’])\s*)?|\b(?:au|aux)\s+)$",
    "de": r"(?:\b(?:in|nach|bei|aus|Stadt|Gemeinde|Ort)\s+(?:(?:der|den|dem)\s+)?|\b(?:im|ins)\s+)$",
    "ru": r"(?:\b(?:в|во|из|под|около|возле|близ|город[ае]?|сел[еоа]|регион[ае]?)\s+)$",
    "uk": r"(?:\b(?:в|у|на|біля|поблизу|з|із|під|до|місті|селі|громаді)\s+)$",
}
_ARTICLE_BEFORE = {
    "en": r"\b(?:the|The)\s+$", "es": r"\b(?:el|la|los|las|del|al|El|La|Los|Las)\s+$",
    "fr": r"(?:\b(?:le|la|les|du|des|au|aux|Le|La|Les)\s+|\b[lL]['’])$",
    "de": r"\b(?:der|die|das|des|dem|den|im|am|vom|zum|zur|beim|Der|Die|Das)\s+$",
}
_COMPANY_BEFORE = r"\b(?:company|firm|group|operator|empresa|compañía|firma|sociedad|grupo|entreprise|société|" \
                  r"groupe|Unternehmen|Konzern|Betreiber|компания|компанії|компанія|компании|оператор|şirketi)\s+$"
_TR_PLACE_CASE = r"^['’](?:[dt][ae]n?|[dt][ae]ki|[ıiuü]n[dt][ae]n?)\b"  # "Ürgüp'te", "Nevşehir'den"


def _votes(name: str, text: str, lang: str) -> Counter[str]:
    """What the words around each mention of ``name`` in ``text`` say it is."""
    votes: Counter[str] = Counter()
    # a Russian or Ukrainian name of one word stands in any case ("у Тячеві", "на Тисі"): its stem and an ending
    slavic = lang in ("ru", "uk") and " " not in name and len(name) > 3
    stem = re.escape(name[:max(3, len(name) - 2)]) + r"\w{0,4}" if slavic else re.escape(name)
    for match in re.finditer(r"(?<!\w)" + stem + r"(?!\w)", text):
        before, after = text[max(0, match.start() - 40):match.start()], text[match.end():match.end() + 40]
        said = _SAID_AFTER.get(lang)
        if re.search(_TITLES + r"\s+$", before) or (lang == "en" and re.search(_PERSON_AFTER, after)) \
                or re.search(_AGE_AFTER, after) \
                or (lang in _ROLES_BEFORE and re.search(r"\b" + _ROLES_BEFORE[lang] + r",?\s+$", before)) \
                or (said and re.match(r"^\s*,?\s*" + said + r"\b", after)):
            votes["person"] += 1
        place_before = _PLACE_BEFORE if lang == "en" else _PLACE_BEFORE_IN.get(lang)
        if place_before and re.search(place_before, before, re.IGNORECASE) and not re.search(_PERSON_AFTER, after) \
                and not (slavic and match.group(0) == name and lang == "ru"):  # "в Минздрав" is no place
            votes["place"] += 2
        if lang == "tr" and re.match(_TR_PLACE_CASE, after):
            votes["place"] += 2
        if re.search(_MEDIA_BEFORE, before) or re.search(_MEDIA_AFTER, after):
            votes["media"] += 2
        if re.search(_COMPANY_BEFORE, before, re.IGNORECASE):
            votes["organization"] += 2  # "la empresa Avanza", "the firm Transnet", "компания Уралмедь"
        if lang in _ARTICLE_BEFORE and re.search(_ARTICLE_BEFORE[lang], before):
            votes["organization"] += 1  # "the Blue Lagoon", "la Audiencia": people take no article
    return votes


_PERSON_CONNECTORS = {"von", "van", "der", "de", "del", "la", "da", "di", "bin", "al", "ibn", "le", "du", "dos", "das"}


def _looks_personal(words: list[str]) -> bool:
    """Whether the words could be a person's name: two to four capitalised words (a particle between them),
    none of them in capitals or with a digit."""
    if not 2 <= len(words) <= 4 or words[0].casefold() in _PERSON_CONNECTORS:
        return False
    return all(w in _PERSON_CONNECTORS or (w[:1].isupper() and not w.isupper() and not any(c.isdigit() for c in w))
               for w in words)
