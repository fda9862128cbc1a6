"""Feasts and public holidays a wire story names as dates, per language: their names and when each falls.

A day is given as ``("fixed", month, day)``, ``("easter", days after Easter Sunday, 0)`` (the Western reckoning;
the Orthodox one for Russian and Ukrainian, whose churches keep it), ``("advent", 0, 0)`` (the fourth Sunday
before Christmas) or ``("thanksgiving", 0, 0)`` (the fourth Thursday of November). A name that is also an
ordinary word or the first part of another name ("Christmas market", "marché de Noël") counts only after a word
that makes it a time: a preposition ("before Christmas", "bis Ostern", "à la Toussaint", "на Пасху").
"""

from __future__ import annotations

Rule = tuple[str, int, int]

# The words that make a holiday's name part of a place's or a thing's: "on Christmas Island", "Easter Island".
NAMED_AFTER: dict[str, str] = {
    "en": r"Island|Islands|Isle|Creek|Bay|Lake|Hill|Hills|Valley|Street|Road|Cove|Point|Range|Park|Market|Parade",
}

# (name, day, needs a word of time before it)
HOLIDAYS: dict[str, list[tuple[str, Rule, bool]]] = {
    "en": [
        (r"Easter\s+Sunday", ("easter", 0, 0), False), (r"Easter\s+Monday", ("easter", 1, 0), False),
        (r"Good\s+Friday", ("easter", -2, 0), False), (r"Easter", ("easter", 0, 0), True),
        (r"Whit\s+Sunday|Pentecost", ("easter", 49, 0), False), (r"Whit\s+Monday", ("easter", 50, 0), False),
        (r"Ascension\s+Day", ("easter", 39, 0), False),
        (r"Christmas\s+Eve", ("fixed", 12, 24), False), (r"Christmas\s+Day", ("fixed", 12, 25), False),
        (r"Boxing\s+Day", ("fixed", 12, 26), False), (r"Christmas", ("fixed", 12, 25), True),
        (r"New\s+Year['’]s\s+Eve", ("fixed", 12, 31), False), (r"New\s+Year['’]s(?:\s+Day)?", ("fixed", 1, 1), False),
        (r"Thanksgiving(?:\s+Day)?", ("thanksgiving", 0, 0), True), (r"Halloween", ("fixed", 10, 31), True),
    ],
    "fr": [
        (r"dimanche\s+de\s+Pâques", ("easter", 0, 0), False), (r"lundi\s+de\s+Pâques", ("easter", 1, 0), False),
        (r"vendredi\s+saint", ("easter", -2, 0), False), (r"Pâques", ("easter", 0, 0), True),
        (r"lundi\s+de\s+(?:la\s+)?Pentecôte", ("easter", 50, 0), False), (r"Pentecôte", ("easter", 49, 0), True),
        (r"Ascension", ("easter", 39, 0), True), (r"Toussaint", ("fixed", 11, 1), True),
        (r"(?:réveillon|veille)\s+de\s+Noël", ("fixed", 12, 24), False), (r"Noël", ("fixed", 12, 25), True),
        (r"Saint-Sylvestre", ("fixed", 12, 31), True), (r"jour\s+de\s+l['’]an|Nouvel\s+An", ("fixed", 1, 1), True),
    ],
    "es": [
        (r"Domingo\s+de\s+(?:Resurrección|Pascua)", ("easter", 0, 0), False),
        (r"Lunes\s+de\s+Pascua", ("easter", 1, 0), False), (r"Viernes\s+Santo", ("easter", -2, 0), False),
        (r"Jueves\s+Santo", ("easter", -3, 0), False), (r"Pentecostés", ("easter", 49, 0), True),
        (r"Nochebuena", ("fixed", 12, 24), False), (r"Navidad", ("fixed", 12, 25), True),
        (r"Nochevieja", ("fixed", 12, 31), False), (r"Año\s+Nuevo", ("fixed", 1, 1), True),
        (r"D[íi]a\s+de\s+Reyes", ("fixed", 1, 6), False),
    ],
    "de": [
        (r"Ostersonntag", ("easter", 0, 0), False), (r"Ostermontag", ("easter", 1, 0), False),
        (r"Karfreitag", ("easter", -2, 0), False), (r"Gründonnerstag", ("easter", -3, 0), False),
        (r"Ostern", ("easter", 0, 0), True), (r"Pfingstsonntag", ("easter", 49, 0), False),
        (r"Pfingstmontag", ("easter", 50, 0), False), (r"Pfingsten", ("easter", 49, 0), True),
        (r"Christi\s+Himmelfahrt", ("easter", 39, 0), False), (r"Fronleichnam", ("easter", 60, 0), True),
        (r"Heiligabend", ("fixed", 12, 24), False), (r"Weihnachten", ("fixed", 12, 25), True),
        (r"Silvester", ("fixed", 12, 31), True), (r"Neujahr", ("fixed", 1, 1), True),
        (r"Allerheiligen", ("fixed", 11, 1), True), (r"(?:ersten|1\.)\s+Advent", ("advent", 0, 0), False),
    ],
    "ru": [
        (r"Пасх(?:а|и|у|е|ой)", ("easter", 0, 0), True), (r"Троиц(?:а|ы|у|е)", ("easter", 49, 0), True),
        (r"Рождеств(?:о|а|у|е)", ("fixed", 1, 7), True),
        (r"Нов(?:ый|ого|ому|ом)\s+год(?:а|у|ом)?", ("fixed", 1, 1), True),
    ],
    "uk": [
        (r"Великд(?:е|н)(?:нь|ня|ню|ні)|Великодн(?:я|і|ю)|Пасх(?:а|и|у|і)", ("easter", 0, 0), True),
        (r"Трійц(?:я|і|ю|ею)", ("easter", 49, 0), True),
        (r"Нов(?:ий|ого|ому|ім)\s+р(?:і|о)к(?:у|ом)?", ("fixed", 1, 1), True),
    ],
    "tr": [
        (r"Nevruz(?:['’]\w+)?", ("fixed", 3, 21), False), (r"yılbaşı\s+gecesi\w*", ("fixed", 12, 31), False),
        (r"Cumhuriyet\s+Bayramı\w*", ("fixed", 10, 29), False),
    ],
}
ORTHODOX = {"ru", "uk"}
# The words of time a name that needs one comes after (its article between them).
LEAD = {
    "en": r"(?:at|for|before|after|by|until|till|over|since|around|on|from|through|during|ahead\s+of)\s+",
    "fr": r"(?:à|pour|avant|après|depuis|dès|jusqu['’]à|d['’]ici|vers|pendant|lors\s+de)\s+(?:la\s+|l['’]|le\s+)?",
    "es": r"(?:en|para|antes\s+de|después\s+de|desde|hasta|por|tras|durante)\s+(?:la\s+|el\s+)?",
    "de": r"(?:an|zu|vor|nach|bis|seit|über|für|zum|am|ab|um)\s+",
    "ru": r"(?:на|к|ко|после|до|перед|в|накануне)\s+",
    "uk": r"(?:на|до|після|перед|у|в|напередодні)\s+",
    "tr": r"",
}
# The words of time that make a holiday a deadline ("ahead of Thanksgiving", "avant Noël", "до Великодня"): the
# nearest one, whatever the tense ("prices rose ahead of Thanksgiving" a week before it).
DEADLINE = {
    "en": r"(?:before|ahead\s+of|by|until|till)\s+", "fr": r"(?:avant|d['’]ici|jusqu['’]à)\s+(?:la\s+|l['’]|le\s+)?",
    "es": r"(?:antes\s+de|hasta)\s+(?:la\s+|el\s+)?", "de": r"(?:vor|bis)\s+", "ru": r"(?:до|перед|к|ко|накануне)\s+",
    "uk": r"(?:до|перед|напередодні)\s+",
}
