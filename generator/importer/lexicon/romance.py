"""Spanish and French dates: tense cues, relative words and the words before a bare year or month."""

from __future__ import annotations

from generator.importer.lexicon.numbers import _COUNT

TABLES: dict[str, dict[str, object]] = {
    "es": {
        "forward": r"(?:\b\w+(?:rá|rán)\b|\bpróxim\w+|\bprevist\w+|\bseñalad\w+|\bfijad\w+|\bprogramad\w+|"
                   r"\bse espera\b|\bprev(?:é|én|ea|ean)\b|"  # "la Aemet prevé viento a partir del martes"
                   r"\bhasta\b|"
                   r"\b(?:aplaz|pospu|pospon|retras|prorrog|prolong|ampli)(?!o\b|os\b|ación|aciones|amiento)\w*\b"
                   r"[^.;]{0,60}?(?=\s*\b(?:a|al|hasta)\b)|"  # "aplazada a septiembre", not "el retraso"
                   r"\bplanea\w*|\bva a\b|\bvan a\b|\bque viene\b|\bespera(?:mos|n)?\b)",  # "esperamos reanudar"
        "back": r"(?:\b\w+(?:ó|aron|ieron|ió)\b|\b\w{2,}(?:aran|ieran)\b|"  # "después de que llegaran"
                r"\b(?:que|se)\s+\w{3,}(?:ara|iera)\b|"  # "después de que el sábado se detuviera"
                r"\b\w{3,}(?:ad|id)[oa]s?(?=\s+(?:por\s+(?:el\s+|la\s+)?[A-ZÁÉÍÓÚ][\w-]*(?:\s+(?:de|del|y)?\s*"
                r"[A-ZÁÉÍÓÚ][\w-]*)*\s+)?(?:el|este|ayer|anteayer|en(?=\s+(?:\d|enero|febrero|marzo|abril|mayo|"
                r"junio|julio|agosto|septiembre|octubre|noviembre|diciembre)))\b)|"  # "presentada el viernes",
                # "adjudicadas por el Ayuntamiento de Mérida en marzo": done then ("moderado en el litoral": no date)
                r"\bfue\b|\bfueron\b|\bdijo\b|\bhizo\b|\btuvo\b|\bhabía\w*|\bhubo\b|"
                r"\b\w*(?:dijeron|hicieron|tuvieron|tuvo|pusieron|puso|pudieron|pudo|quisieron|quiso|vinieron|"
                r"supieron|supo|trajeron|trajo|dujeron|dujo|estuvieron|estuvo)\b|"  # the strong preterites
                r"\bpasad[oa]\b|\bhace\b|\bdesde\b)",
        "target": r"\b(?:para|a partir del?)(?=\s+(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
                  r"\d{1,2}\s+de\s))|"
                  r"\b(?:huelga|paro|concentración|manifestación|movilización|protesta)s?(?=\s+(?:del?|el)\s+"
                  r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|\d{1,2}\s))",  # "convocar una huelga
        # del 1 al 15 de septiembre": the days of what is called for
        "relative": {
            "overnight": r"(?:\bdurante la noche\b|\besta madrugada\b|\banoche\b)",
            "yesterday": r"\bayer\b",
            "eve": r"\bla víspera\b",
            "today": r"\b(?:hoy|esta (?:mañana|tarde|noche))\b",
            "tomorrow": r"(?<!la )(?<!esta )\bmañana\b",
            "last_weekend": r"(?:\b(?:el )?(?:pasado|último) fin de semana\b|\bel fin de semana pasado\b)",
            "next_weekend": r"(?:\bel próximo fin de semana\b|\bel fin de semana que viene\b)",
            "last_week": r"(?:\bla semana pasada\b|\bla pasada semana\b)",
            "next_week": r"(?:\bla próxima semana\b|\bla semana próxima\b|\bla semana que viene\b)",
            "last_month": r"(?:\b(?:el|del) mes pasado\b)",
            "next_month": r"(?:\b(?:el|del) próximo mes\b|\b(?:el|del) mes que viene\b)",  # "la asamblea del
            # próximo mes"
            "last_year": r"(?:\b(?:el|del) año pasado\b|\b(?:el|del) pasado año\b)",
            "next_year": r"(?:\b(?:el|del) próximo año\b|\b(?:el|del) año que viene\b)",
            "same_year": r"\b(?:del mismo año|de ese año)\b",
        },
        "year_before": r"(?:en|desde|de|del|hasta|para|antes de)",
        "month_before": r"(?:en|desde|de|hasta|para|entre|a principios de|a finales de|a mediados de|el pasado|"
                        r"el próximo|a)",  # "aplazada a septiembre", "aplazó la presentación a octubre": the
                        # month it was moved to (after a verb of moving only: ``month_days._ES_MOVED``)
    },
    "fr": {
        "forward": r"(?:\b\w+(?:ra|ront)\b|\bprochain\w*|\bprévu\w*|\bdoit\b|\bdoivent\b|\bdevrait\b|\bva\b|"
                   r"\b(?:repouss|report|décal|prolong)(?!age|ation)\w*\b[^.;]{0,60}?(?=\s*(?:\bà|\bau|\bjusqu'à)\b)|"
                   r"\bvont\b|\bjusqu\w*|\bd'ici\b|"  # "repoussait à la"
                   r"\battendue?s?\b|\bs'attend\w*|\benvisagée?s?\b|"  # "le verdict est attendu le 29 mai"
                   r"\b(?:est|sont)\s+(?:organis|programm|planifi|fix)(?:é|ée|és|ées)\b|"  # "une réunion est organisée
                   # mardi": a plan in the present passive is ahead
                   r"\bappel(?:le|lent|é|ée|és|ées|ait|aient)\s+à\b|"  # "a appelé à un rassemblement samedi"
                   r"\bconvoquen?t?\b)",  # "convoque ses membres à une assemblée vendredi": what is called is ahead
        "target": r"\bvis(?:ait|aient)\b|\bprévoy(?:ait|aient)\b|\bconvoqu\w+|"  # "visait une remise en service le
                  # 15 décembre", "a convoqué les parties le 10 avril": a day set
                  r"\b(?:à partir|dès)(?=\s+(?:(?:du|de|le)\s+)?(?:\d{1,2}(?:er)?\s|lundi|mardi|mercredi|jeudi|"
                  r"vendredi|samedi|dimanche))|"  # "la fermeture à partir du 1er juin": from the nearest 1 June
                  r"\bpour(?=\s+(?:le\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                  r"\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                  r"décembre)))",
        "back": r"(?:\b(?:a|ont|avait|avaient|était|étaient|fut|furent)\b|(?<!\bla )(?<!\ble )(?<!\bles )"
                r"(?<!\bun )(?<!\bune )(?<!\bce )(?<!\bcette )\bderni(?:er|ère)\b|\bprécédent\w*|"
                r"\bdepuis\b|\bil y a\b|\b(?:est|sont)\s+(?!(?:organis|programm|convoqu|planifi)\w*\b)"
                r"\w+(?:é|ée|és|ées|u|ue|us|is)\b|"  # (not a present passive of a plan: "est organisée mardi")
                r"(?<!\bêtre )(?<!\bsera )(?<!\bseront )(?<!\best )(?<!\bsont )"
                r"(?<!\bune )(?<!\bla )(?<!\bles )(?<!\bdes )(?<!\bcette )(?<!\bleur )"  # ("une assemblée": a noun)
                r"\b\w{3,}(?:é|ée|és|ées)(?=\s+(?:(?:aux?|à)\s+\w+\s+)?"
                r"(?:en|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)|"  # "lancé en mars", "présenté
                # aux pêcheurs mardi soir": done then
                r"\bs['’](?:est|sont)\s+(?:\w+\s+)?\w+(?:it|ite|its|ites|int|inte)\b|"  # "s'est produit"
                r"(?<!\bles )(?<!\bdes )(?<!\bla )(?<!\bune )"  # ("les parties", "une sortie": nouns)
                r"\b(?:arrivée?s?|élue?s?|nommée?s?|née?s?|morte?s?|décédée?s?|partie?s?|venue?s?|sortie?s?|"
                r"entrée?s?|revenue?s?|rentrée?s?|tombée?s?|restée?s?|survenue?s?)\b)",  # "s'est rendu", "arrivé
        # en avril", "l'intrusion, survenue dimanche soir"
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
        "month_before": r"(?:en|depuis|de|d'ici|jusqu'en|avant|après|dès|entre|début|fin|mi-|"
                        r"(?:(?<=reporté )|(?<=reportée )|(?<=reportés )|(?<=reportées )|(?<=repoussé )|"
                        r"(?<=repoussée )|(?<=décalé )|(?<=décalée ))à)",  # "reportée à septembre"
    },
}
CALL = {
    "fr": r"\bappel(?:le|lent|é|ée|és|ées|ait|aient|er|ant)\b|\bconvoqu\w+",  # "convoqué les parties le 10 avril"
    "es": r"\bconvoc\w+",
}
FIRST_RELATIVE: dict[str, dict[str, str]] = {
    "es": {"two_days_ago": r"\b(?:anteayer|antier|antes de ayer)\b", "in_two_days": r"\bpasado mañana\b",
           "this_weekend": r"\beste fin de semana\b",
           "ago": r"\bhace\s+" + _COUNT + r"\s+(?P<unit>días?|semanas?|mes(?:es)?|años?)\b"},
    "fr": {"two_days_ago": r"\bavant-hier\b", "in_two_days": r"\baprès-demain\b",
           "this_weekend": r"\bce week-?end\b",
           "ago": r"\bil y a\s+" + _COUNT + r"\s+(?P<unit>jours?|semaines?|mois|ans?|années?)\b"},
}
