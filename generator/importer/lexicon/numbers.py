"""Number words and units: the count and unit of "two years ago", "hace dos años", "iki yıl önce", per
language."""

from __future__ import annotations

# Number words for "two years ago", "hace dos años", "iki yıl önce" (a missing number is one: "год назад").
_N = ("one two three four five six seven eight nine ten", "uno dos tres cuatro cinco seis siete ocho nueve diez",
      "un deux trois quatre cinq six sept huit neuf dix", "einem zwei drei vier fünf sechs sieben acht neun zehn",
      "один два три четыре пять шесть семь восемь девять десять",
      "один два три чотири п'ять шість сім вісім дев'ять десять", "bir iki üç dört beş altı yedi sekiz dokuz on")
NUMBERS: dict[str, int] = {w: i for words in _N for i, w in enumerate(words.split(), 1)} | {
    "a": 1, "an": 1, "una": 1, "une": 1, "einer": 1, "einen": 1, "eine": 1, "одну": 1, "две": 2, "дві": 2,
    "двумя": 2, "тремя": 3, "двома": 2, "трьома": 3, "пʼять": 5,
    "п’ять": 5, "девʼять": 9, "дев’ять": 9}
_COUNT = r"(?P<count>" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|(?<![\d.,])\d{1,3}(?![\d.,]\d))"
# The unit a word of "ago" names, by its first letters, per language.
UNITS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("day", "day"), ("week", "week"), ("month", "month"), ("year", "year")),
    "es": (("día", "day"), ("dia", "day"), ("semana", "week"), ("mes", "month"), ("año", "year")),
    "fr": (("jour", "day"), ("semaine", "week"), ("mois", "month"), ("an", "year")),
    "de": (("tag", "day"), ("woche", "week"), ("monat", "month"), ("jahr", "year")),
    "ru": (("д", "day"), ("недел", "week"), ("месяц", "month"), ("год", "year"), ("лет", "year")),
    "uk": (("д", "day"), ("тиж", "week"), ("місяц", "month"), ("р", "year")),
    "tr": (("gün", "day"), ("hafta", "week"), ("ay", "month"), ("yıl", "year"), ("sene", "year")),
}
