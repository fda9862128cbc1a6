"""The limit of a headline, the prepositions that open a phrase in each language, and a language's code."""

from __future__ import annotations

LIMIT = 80

PREPOSITIONS = {
    "en": "in on at for to from with without by of as after before over into during amid",
    "de": "in im am an mit für von vom bei beim nach auf aus über um zu zum zur gegen seit ins ans zwischen wegen "
          "trotz aufgrund infolge",
    "es": "en de del con para por tras desde a al sobre como",
    "fr": "en de du des avec pour par après à au aux sur dans lors comme entre",
    "ru": "в во на с со для по после к о об из от до при через над под между",
    "uk": "в у на з із зі для по після до про від при через над під між",
    "tr": "",
}


def _lang(language: str) -> str:
    return language.split("-")[0].lower()
