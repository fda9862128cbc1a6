"""`explainer import`: a title that is only a fragment of its clause takes the clause beside it that tells the event."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.importer.events import sentence_events
from generator.importer.morphology import predicative
from generator.importer.titles.fragment import is_fragment, tells_an_event


def dated_titles(sentence: str, language: str, story: dt.date) -> list[tuple[str, str]]:
    return [(event.date.iso(), event.title) for event in sentence_events(sentence, 0, story, language, [], [])]


@pytest.mark.parametrize(("title", "language", "fragment"), [
    ("Aux frais de la commune", "fr", True),  # a phrase of circumstance, no verb
    ("Dry spell", "en", True),  # two words, no verb
    ("В том числе", "ru", True),
    ("Les familles ont été hébergées", "fr", False),
    ("The university plans to CT-scan blocks", "en", False),  # a verb the importer's lists miss: left alone
    ("Mit dem Zug", "de", False),  # a language whose verbs the importer cannot tell: left alone
])
def test_only_what_is_surely_no_headline_is_a_fragment(title: str, language: str, fragment: bool) -> None:
    assert is_fragment(title, language) is fragment


@pytest.mark.parametrize(("sentence", "language", "story", "expected"), [
    # the date in a phrase of circumstance after the main clause: the clause before
    ("Les familles ont été hébergées provisoirement dans un hôtel du centre-ville, aux frais de la commune, "
     "jusqu'à vendredi.", "fr", dt.date(2025, 11, 26),
     ("2025-11-28", "Les familles ont été hébergées provisoirement dans un hôtel du centre-ville")),
    # the date set off after an opening phrase: the clause after, when the one before has none
    ("Lors de la précédente édition, en 2021, ils étaient près de 12.000.", "fr", dt.date(2024, 3, 1),
     ("2021", "Ils étaient près de 12.000")),
    # a noun phrase alone, with the relative clause after it telling what it did
    ("The warning follows a hot, dry spell earlier this month that forced many growers to irrigate, and farmers "
     "say they had little time.", "en", dt.date(2023, 6, 20),
     ("2023-06", "Dry spell forced many growers to irrigate")),
    # "однако" opens no headline
    ("Уголовное дело поступило в суд в январе, однако рассмотрение несколько раз откладывалось, в том числе "
     "18 апреля - из-за неявки ключевого свидетеля.", "ru", dt.date(2023, 5, 2),
     ("2023-04-18", "Рассмотрение несколько раз откладывалось")),
])
def test_a_fragment_takes_the_clause_beside_it(sentence: str, language: str, story: dt.date,
                                               expected: tuple[str, str]) -> None:
    found = dated_titles(sentence, language, story)
    assert expected in found, found


def test_a_fragment_keeps_its_words_when_the_clause_beside_it_is_another_events() -> None:
    # "до 25 січня" has the first clause: the second date's title must not repeat it
    found = dated_titles("«Нам обіцяли розрахуватися до 25 січня, потім – до 1 лютого.", "uk", dt.date(2024, 2, 5))
    assert found[0] == ("2024-01-25", "Нам обіцяли розрахуватися"), found
    assert found[1][0] == "2024-02-01" and found[1][1] != found[0][1], found


@pytest.mark.parametrize(("text", "language", "tells"), [
    ("Les familles ont été hébergées à l'hôtel", "fr", True),
    ("Avait été renvoyée à la demande de l'administrateur", "fr", False),  # no subject before its verb
    ("Selon la préfecture, les routes ont été fermées", "fr", False),  # a source
    ("We have not had to do anything like it", "en", False),  # a speaker's own "we"
    ("58 ran the trading house in Libourne", "en", False),  # what an age set off after a name leaves
    ("До якої підключається об'єкт", "uk", False),  # a relative clause's preposition first
    ("Рассмотрение несколько раз откладывалось", "ru", True),
])
def test_the_clause_beside_a_fragment_must_tell_an_event(text: str, language: str, tells: bool) -> None:
    assert tells_an_event(text, language) is tells


@pytest.mark.parametrize(("sentence", "language", "story", "expected"), [
    # the verb after the phrases set off from its subject: the subject before them
    ("Au total, la rénovation du pont, inauguré en 1975, doit s'achever fin 2027, pour un coût estimé à 48 millions "
     "d'euros.", "fr", dt.date(2025, 9, 9), ("2027-12", "La rénovation du pont doit s'achever")),
    ("Скоростные суда на подводных крыльях «Валдай 45Р», полученные областью прошлой осенью, начнут курсировать до "
     "Городца и Макарьева с 1 июня.", "ru", dt.date(2019, 4, 20),
     ("2019-06-01", "Скоростные суда начнут курсировать до Городца и Макарьева")),
    # the subject alone in its clause: its verb after the phrases set off after it
    ("La situation s'est dégradée mardi soir, lorsque l'Oust et la Vilaine, gonflées par les orages, ont débordé "
     "simultanément.", "fr", dt.date(2026, 1, 28), ("2026-01-27", "L'Oust et la Vilaine ont débordé simultanément")),
    ("El domingo, más de 200 efectivos, entre ellos dos batallones de la UME, trabajaron para cerrar el perímetro "
     "del incendio.", "es", dt.date(2019, 7, 23),
     ("2019-07-21", "Más de 200 efectivos trabajaron para cerrar el perímetro del incendio")),
])
def test_a_subject_and_its_verb_set_apart_are_told_together(sentence: str, language: str, story: dt.date,
                                                            expected: tuple[str, str]) -> None:
    found = dated_titles(sentence, language, story)
    assert expected in found, found


def test_a_verb_the_lists_miss_keeps_the_next_clause_out_of_the_title() -> None:
    # "se espera" is a verb: "obligará", the next clause's, is not its predicate
    found = dated_titles("La aprobación se espera para marzo, y obligará a los laboratorios a mantener existencias.",
                         "es", dt.date(2024, 1, 10))
    assert found == [("2024-03", "La aprobación se espera")], found


@pytest.mark.parametrize(("word", "language", "expected"), [
    ("заплановане", "uk", True),  # a participle, tagged a passive adjective
    ("должна", "ru", True),  # a short adjective
    ("перенесен", "ru", True),  # a short participle
    ("дзвона", "uk", False),
    ("суда", "ru", False),
])
def test_a_slavic_predicate_without_a_finite_verb_is_known(word: str, language: str, expected: bool) -> None:
    assert predicative(word, language) is expected
