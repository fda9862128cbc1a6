"""Word lists per language that several title steps share: clause words, date prepositions, what cannot end a
headline."""

from __future__ import annotations

_MAX_WORDS = 12
_ARTICLES = {"en": "the|a|an", "es": "el|la|los|las", "fr": "le|la|les|l'", "de": "der|die|das"}

# Words to take off the front of a clause (clause words) and off its ends (what cannot end a headline).
_LEADS = {
    "en": r"(?:and then|and|but|or|who|whom|whose|which|that|when|where|while|after|before|since|until|because|"
          r"although|though|as|just|hours|days|weeks|a day|a week|two days|then|with|also|however)",
    "uk": r"(?:і|й|та|а|але|що|який|яка|яке|які|якого|яких|коли|де|після того як|після того, як|поки|бо|також|"
          r"оскільки|однак|проте)",
    "ru": r"(?:и|а|но|что|который|которая|которое|которые|которого|которых|когда|где|после того как|пока|также|"
          r"поскольку|однако)",
    "es": r"(?:y|e|pero|que|quien|quienes|cuando|donde|mientras|tras|después de que|antes de que|aunque|según|"
          r"también|además|ya)",
    "fr": r"(?:et|mais|qui|que|qu'|lorsque|quand|où|alors que|tandis que|après|avant que|depuis que|selon|enfin|"
          r"toutefois|cependant|pourtant|néanmoins|par ailleurs)",
    "de": r"(?:und|aber|sondern|doch|denn|als|nachdem|bevor|während|weil)",
    "tr": r"(?:ve|ama|ancak|öte yandan,?|bu arada,?|ayrıca,?)",
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
    "en": {"on", "in", "to", "since", "by", "until", "till", "from", "of", "at", "the", "early", "late", "during",
           "through", "for", "mid", "as", "in the", "on the", "before", "after", "around", "late on", "early on",
           "at the end of", "by the end of", "the end of", "end of", "at the start of", "in early", "in late",
           "at the end", "by the end", "the end", "shortly after", "shortly before", "just after", "just before"},
    "uk": {"у", "в", "з", "із", "до", "від", "на", "після", "о", "цього", "минулого"},
    "ru": {"в", "во", "с", "до", "от", "на", "после", "к", "по"},
    "es": {"el", "la", "los", "las", "en", "de", "del", "desde", "hasta", "para", "a", "al", "antes del", "antes de",
           "antes", "a partir", "este", "esta", "el pasado", "el próximo", "la pasada", "la próxima", "a partir de",
           "a partir del", "durante",
           "principios de", "a principios de", "finales de", "a finales de", "mediados de", "a mediados de",
           "principios", "finales", "mediados", "de principios", "de finales", "de mediados",  # "de finales | de mayo"
           "la madrugada del", "en la madrugada del", "la noche del", "en la noche del", "la mañana del",
           "la tarde del"},  # the part of a period or the point it starts from goes with its date
    "fr": {"le", "la", "les", "en", "de", "du", "depuis", "au", "à", "dès", "avant le", "avant", "d'ici", "pour",
           "jusqu'au", "jusqu'à", "jusqu'en", "jusqu’au", "jusqu’à", "jusqu’en", "début", "fin", "mi", "à partir du",
           "à partir de", "à compter du", "à compter de", "dans la nuit du", "dans la nuit de", "courant",
           "l'", "l’",  # "à l'automne 2024"
           "le soir du", "au soir du", "le matin du", "au matin du", "l'après-midi du", "dans la soirée du",
           "dans la matinée du", "dans l'après-midi du", "peu après", "peu avant", "juste après",
           "juste avant", "ce", "cette", "pendant", "durant"},  # the part of the day goes with its date; "ce jeudi",
    # "cette nuit"
    "de": {"am", "im", "an", "in", "seit", "bis", "ab", "vom", "zum", "um", "der", "den", "dem", "bis zum", "für",
           "auf", "gegen",  # "auf den 31. Mai verschoben", "gegen 14 Uhr"
           "bis ende", "ende", "anfang", "mitte", "bis mitte", "noch im", "noch in", "kurz vor", "kurz",
           "kurz nach",  # "kurz vor Ostern"
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
           "під", "між", "при", "ще", "вже", "без", "не", "ні", "би", "б", "або", "чи", "але", "як", "із", "зі",
           "щоб"},
    "ru": {"и", "в", "во", "с", "до", "на", "что", "о", "об", "для", "от", "за", "по", "а", "через", "над", "под",
           "между", "при", "еще", "ещё", "уже", "без", "не", "ни", "бы", "ли", "или", "но", "как", "из", "со", "к",
           "ко", "чтобы"},
    "es": {"el", "la", "los", "las", "un", "una", "de", "del", "en", "y", "a", "al", "que", "con", "por", "para",
           "su", "sus", "contra", "sobre", "entre", "hacia", "sin", "según", "durante", "cerca", "desde", "hasta",
           "este", "esta", "estos", "estas", "ante", "tras", "bajo", "mediante", "se", "no", "lo", "le", "les",
           "nos", "me", "muy", "más", "o", "u", "e", "ni", "pero", "como", "unos", "unas", "ha", "han", "había",
           "habían"},  # an auxiliary whose participle was cut off: "… aprobadas ha"
    "fr": {"le", "la", "les", "l'", "un", "une", "de", "du", "des", "en", "et", "à", "au", "aux", "que", "qui",
           "alors", "lors",
           "par", "pour", "sur", "avec", "son", "sa", "ses", "avant", "après", "depuis", "près", "contre", "sous",
           "vers", "chez", "entre", "selon", "dont", "leur", "leurs", "ce", "cette", "ces", "dans", "se", "ne",
           "n'", "s'", "qu'", "très", "plus", "ou", "ni", "mais", "comme", "car", "plusieurs", "quelques", "chaque",
           "aucun", "aucune", "tout", "toute", "tous", "toutes", "mon", "ma", "mes", "notre", "nos", "votre", "vos",
           "pendant", "presque", "jusqu'", "jusqu’", "jusque", "durant", "parmi", "malgré"},
    "de": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "in", "im", "am", "an", "mit",
           "noch",
           "von", "zu", "zum", "zur", "für", "auf", "bei", "seine", "ihre", "gegen", "ohne", "wegen", "zwischen",
           "beim", "vom", "einem", "einer", "eines", "oder", "aber", "als", "wie", "dass", "sowie"},
    "tr": {"ve", "ile", "bir", "bu"},
}
_BREAKS = {
    "en": r"\s(?:and|but|while|with|as|in|of|at|on|for|to|from|after|before|by)\s",
    "uk": r"\s(?:і|та|але|у|в|на|з|до|для|після)\s", "ru": r"\s(?:и|но|в|во|на|с|до|для|после)\s",
    "es": r"\s(?:y|pero|en|de|con|para|por|tras)\s", "fr": r"\s(?:et|mais|en|de|avec|pour|par|après)\s",
    "de": r"\s(?:und|aber|in|im|mit|für|nach|von|bei)\s", "tr": r"\s(?:ve|ile)\s",
}


def _lang(language: str) -> str:
    return language.split("-")[0].lower()


_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "a", "ont", "est", "sont", "avait",
                "ha", "han", "había", "fue", "hat", "haben", "hatte", "ist", "sind", "war", "wird", "soll"}

# Words that open a parenthetical reporting frame: "Según informó X, …", "Wie X mitteilte, …", "As X said, …".
_AS_SAID = {"es": r"según|como", "de": r"wie", "en": r"as", "fr": r"comme", "ru": r"как", "uk": r"як"}


# An English past participle that opens a phrase set off by commas, an adverb before it: "originally planned",
# "first set", "held".
_EN_SET_OFF_PARTICIPLE = (r"(?:[a-z]+ly\s+|first\s+)?(?:[a-z]+ed|set|held|made|built|brought|put|cut|kept|sent|"
                          r"sold|won|paid|led|taken|given|shown|known|seen|written|chosen|drawn|begun|spent|bought)")
