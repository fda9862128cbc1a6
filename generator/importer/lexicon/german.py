"""German dates: tense cues, relative words, the parts of the day written onto a weekday and the words
before a bare year or month."""

from __future__ import annotations

from generator.importer.lexicon.numbers import _COUNT

# A perfect infinitive ahead in the clause: "sollen im März Kabel abgeschnitten haben", "wirft ihnen vor, … gestohlen
# zu haben" tell what is said to have been done, not what is to come.
_DONE = r"[^.;]*\b[a-zäöüß]*ge[a-zäöüß]+(?:en|t)\s+(?:zu\s+)?haben\b"

TABLES: dict[str, dict[str, object]] = {
    "de": {
        "forward": r"(?:\bwird\b|\bwerden\b|\bwerde\b|\b(?:soll\w*|will|wollen)\b(?!" + _DONE + r")|"
                   r"\bgeplant(?:e[nrms]?)?\b|"
                   r"\bvorgesehene[nrms]?\b|\bangesetzte[nrms]?\b|\bkommend\w+|"
                   r"\bnächst\w+(?! Tag)|"
                   r"\bbis\b|\bplan\w+|\berwartet\b|"
                   r"\bab(?=\s+(?:(?:dem|kommendem|nächstem)\s+)?(?:[A-Z]\w*tag|Mittwoch|Sonnabend)\b)|"  # "ab Montag"
                   r"\bvo[mn](?=\s+(?:(?:kommende[mn]|nächste[mn])\s+)?(?:\d{1,2}\.\s+[A-ZÄÖÜ]\w+(?:\s+\d{4})?|"
                   r"[A-Z]\w*tag|Mittwoch|Sonnabend)\s+an\b)|"  # "vom 2. Mai an", "von Montag an": from then on
                   r"\b(?:an|auf|aus|ein|ab|vor|mit|nach|fest|frei|wieder|zurück|weiter|bereit|durch|um)zu"
                   r"[a-zäöüß]{3,}(?:en|ern|eln)\b|"  # "kündigte an, ab Montag Busse einzusetzen": what is to be done
                   r"\bzu\s+(?!haben\b)[a-zäöüß]{3,}(?:en|ern|eln)(?=\s*(?:[.,;]|$))|"  # "… am 5. Dezember zu
                   # protestieren."
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
                r"\b[a-zäöüß]*ge[a-zäöüß]+(?:en|t)\s+(?:sein|haben)\b|"  # "müssen eingedrungen sein": a past inferred
                r"\bletzt\w+(?=\s+(?:Woche|Monat|Jahr|Jahres|Mal|Wochenende|Tag|Tagen|Nacht|Sommer|Winter|"
                r"Herbst|Frühjahr|Saison|[A-Z]\w*tag|Mittwoch|Sonnabend)\b)|\bvergangen\w+|\bseit\b|"
                r"\bvor\b(?=\s+(?:(?:\w+\s+){0,2}(?:Jahr|Jahren|Monat|Monaten|Woche|Wochen|Tag|Tagen|Stunden)\b|"
                r"kurzem\b))|"  # "vor drei Jahren", not "vor dem Landtag"
                r"\bbereits\b(?!\s+(?:am|an|im|in|ab|zum|vom|um|Anfang|Ende|Mitte|\d)\b))",  # "bereits am Freitag soll"
        "relative": {
            "overnight": r"(?:\b(?:in|für) die Nacht (?:zu[mr]?|auf(?: den)?) (?P<to2>\w+)|"  # "für die Nacht auf
                         # Donnerstag": a night planned
                         r"\bin der Nacht(?: (?:zu[mr]?|auf(?: den)?) (?P<to>\w+))?|\büber Nacht\b|\bnachts\b|"
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
            "next_year": r"(?:\b(?:im )?(?:kommenden|nächsten) Jahr(?:es)?\b|\bnächstes Jahr\b|"
                         r"\b(?:auf das|ins) (?:kommende|nächste) Jahr\b)",  # "auf das kommende Jahr verschoben"
            "same_year": r"\b(?:desselben Jahres|des gleichen Jahres)\b",
        },
        "day_suffix": r"\.",
        "year_before": r"(?:im Jahr|seit|bis|ab|nach|vor|von|in)",
        "month_before": r"(?:(?:im|seit|bis|ab|nach|vor|von)(?:\s+(?:vergangenen|letzten|vorigen|kommenden|nächsten))?|"
                        r"bis einschließlich|bis inklusive|auf|für|zwischen|Anfang|Ende|Mitte)",  # "im vergangenen
        # Dezember": the word says which; "auf Januar verschoben", "für Februar geplant"
    },
}
# German "aufrufen" splits: "rief … auf".
CALL = {
    "de": r"\b(?:aufgerufen|aufrufen|aufzurufen)\b|\b(?:rief|riefen|ruft|rufen)\b[^.;]{0,120}?\bauf\b",
}
# What may follow a weekday in the same word: "Montagabend".
SUFFIX = {"de": r"(?:abend|morgen|nachmittag|vormittag|nacht|mittag|früh)?"}
FIRST_RELATIVE: dict[str, dict[str, str]] = {
    "de": {"two_days_ago": r"\bvorgestern\b", "in_two_days": r"\bübermorgen\b",
           "this_weekend": r"\b(?:an |am |über das )?diese[mns]? Wochenende\b",
           "ago": r"\bvor\s+" + _COUNT + r"\s+(?P<unit>Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)\b"},
}
