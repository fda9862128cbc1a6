"""`explainer import`: titles of Russian, Ukrainian and Turkish events, one construction a test."""

from __future__ import annotations

import datetime as dt

from generator.importer.events import sentence_events


def dated_titles(sentence: str, language: str, story: dt.date) -> list[tuple[str, str]]:
    """(date, title) of each event drafted from ``sentence`` in a story of ``story``."""
    return [(event.date.iso(), event.title) for event in sentence_events(sentence, 0, story, language, [], [])]


def test_a_turkish_postposition_of_a_date_goes_with_it() -> None:
    # "2010'dan bu yana", "yarın itibarıyla", "3-5 Mart tarihleri arasında": the postposition tells the date only
    found = dated_titles("Belediye 2010'dan bu yana parkta konser düzenliyor.", "tr", dt.date(2026, 3, 1))
    assert ("2010", "Belediye parkta konser düzenliyor") in found, found
    found = dated_titles("Kooperatif 3-5 Mart tarihleri arasında üreticilere tohum dağıtacak.", "tr",
                         dt.date(2026, 2, 1))
    assert ("2026-03-03", "Kooperatif üreticilere tohum dağıtacak") in found, found
