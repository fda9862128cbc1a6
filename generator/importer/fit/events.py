"""A title that is only a noun made a clause: ``noun_event`` gives a bare event noun the verb of its tense ("The
presidential election" → "The presidential election was held"), ``nominal_passive`` states the act a noun names
as its object's passive ("the closure of the plant" → "The plant was closed")."""

from __future__ import annotations

import re

from generator.importer.fit.limit import _lang
from generator.importer.verbs import PAST_FORMS

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
             "serán", "a", "ont", "est", "sont", "sera", "seront", "ist", "sind", "war", "waren", "wird", "werden",
             "estaba", "estaban", "está", "están", "había", "habían", "était", "étaient", "avait", "avaient",
             "would", "could", "should", "must", "might", "shall", "did", "does"}  # "The union would strike": a verb
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
