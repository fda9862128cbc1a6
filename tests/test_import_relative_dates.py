"""The importer's reading of relative dates, parts of a year and clock times, in every measured language: each
rule on sentences of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.importer.clock import clock_after, clock_before
from generator.importer.dates import find_mentions
from generator.importer.draft import draft_article
from generator.importer.events import sentence_events
from generator.importer.lexicon import lexicon, part_of_year, unit_of
from generator.importer.names import ActorNames
from generator.importer.text import Dateline, split_clauses, split_dateline
from generator.link.mentions import NameIndex


def event_dates(sentence: str, story: str, language: str) -> list[str]:
    """The dates of the events drafted from ``sentence`` alone."""
    return [event.date.iso() for event in sentence_events(sentence, 0, dt.date.fromisoformat(story), language, [], [],
                                                          named={})]


def spans(sentence: str, story: str, language: str) -> list[tuple[str, str, str | None]]:
    """(text, date, end) of each date mention of ``sentence``."""
    clauses = split_clauses(sentence, language)
    return [(sentence[m.start:m.end], m.date.iso(), m.end_date.iso() if m.end_date else None)
            for m in find_mentions(sentence, dt.date.fromisoformat(story), language, clauses)]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "The fire broke out the day before yesterday.", "2025-06-02"),
    ("es", "La policía detuvo anteayer a tres personas.", "2025-06-02"),
    ("es", "La policía detuvo antes de ayer a tres personas.", "2025-06-02"),
    ("fr", "Le préfet a signé l'arrêté avant-hier.", "2025-06-02"),
    ("de", "Die Brücke wurde vorgestern gesperrt.", "2025-06-02"),
    ("ru", "Позавчера суд отклонил иск.", "2025-06-02"),
    ("uk", "Позавчора суд відхилив позов.", "2025-06-02"),
    ("en", "The vote is due the day after tomorrow.", "2025-06-06"),
    ("es", "La votación será pasado mañana.", "2025-06-06"),
    ("fr", "Le vote aura lieu après-demain.", "2025-06-06"),
    ("de", "Die Abstimmung ist übermorgen.", "2025-06-06"),
    ("ru", "Голосование пройдет послезавтра.", "2025-06-06"),
])
def test_two_days_back_or_ahead_are_not_read_as_yesterday_or_tomorrow(language: str, sentence: str,
                                                                       expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)
    assert date == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("en", "The festival opens this weekend.", "2025-06-04", ("2025-06-07", "2025-06-08")),  # a Wednesday
    ("es", "El museo abrirá sus puertas este fin de semana.", "2025-06-04", ("2025-06-07", "2025-06-08")),
    ("fr", "Le musée ouvrira ses portes ce week-end.", "2025-06-04", ("2025-06-07", "2025-06-08")),
    ("de", "Das Museum öffnet an diesem Wochenende.", "2025-06-07", ("2025-06-07", "2025-06-08")),  # a Saturday
    ("ru", "Музей откроется в эти выходные.", "2025-06-04", ("2025-06-07", "2025-06-08")),
    ("uk", "Музей відкриється цими вихідними.", "2025-06-04", ("2025-06-07", "2025-06-08")),
    ("tr", "Müze bu hafta sonu açılacak.", "2025-06-04", ("2025-06-07", "2025-06-08")),
    # told in the past on a Monday: the weekend just gone
    ("en", "Storms flooded the valley this weekend.", "2025-06-09", ("2025-06-07", "2025-06-08")),
])
def test_this_weekend_is_the_saturday_and_sunday_of_the_reports_week(language: str, sentence: str, story: str,
                                                                       expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, story, language)
    assert tuple(dates) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "The mine closed two years ago.", ("two years ago", "2023")),
    ("es", "La mina cerró hace dos años.", ("hace dos años", "2023")),
    ("es", "La mina cerró hace tres meses.", ("hace tres meses", "2025-03")),
    ("fr", "La mine a fermé il y a deux ans.", ("il y a deux ans", "2023")),
    ("fr", "La mine a fermé il y a un an.", ("il y a un an", "2024")),
    ("de", "Die Mine wurde vor zwei Jahren geschlossen.", ("vor zwei Jahren", "2023")),
    ("de", "Die Mine wurde vor einem Monat geschlossen.", ("vor einem Monat", "2025-05")),
    ("ru", "Шахту закрыли два года назад.", ("два года назад", "2023")),
    ("ru", "Шахту закрыли год назад.", ("год назад", "2024")),
    ("uk", "Шахту закрили два роки тому.", ("два роки тому", "2023")),
    ("uk", "Шахту закрили тиждень тому.", ("тиждень тому", "2025-05-28")),
    ("tr", "Maden iki yıl önce kapatıldı.", ("iki yıl önce", "2023")),
    ("tr", "Maden 10 gün önce kapatıldı.", ("10 gün önce", "2025-05-25")),
])
def test_ago_is_read_with_its_number_in_every_language(language: str, sentence: str,
                                                       expected: tuple[str, str]) -> None:
    [(text, date, _)] = spans(sentence, "2025-06-04", language)
    assert (text, date) == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Шахту закрыли много лет назад."),  # no number: "many years", not one
    ("uk", "Шахту закрили кілька років тому."),
    ("en", "The ice holds a record of 900,000 years ago."),  # a figure with thousands is no count of years back
])
def test_ago_without_a_count_of_its_own_is_no_date(language: str, sentence: str) -> None:
    assert spans(sentence, "2025-06-04", language) == []


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("de", "Der Absatz ist im ersten Halbjahr deutlich gesunken.", "2025-09-10", ("2025-01", "2025-06")),
    ("de", "Der Absatz sank im dritten Quartal 2024 um zehn Prozent.", "2025-09-10", ("2024-07", "2024-09")),
    ("en", "Sales fell in the first quarter of last year.", "2025-09-10", ("2024-01", "2024-03")),
    ("en", "Output rose in the second half of 2023.", "2025-09-10", ("2023-07", "2023-12")),
    ("es", "Las ventas cayeron en el primer trimestre.", "2025-09-10", ("2025-01", "2025-03")),
    ("es", "La empresa espera crecer en el segundo semestre.", "2025-03-10", ("2025-07", "2025-12")),
    ("fr", "Les ventes ont chuté au premier trimestre.", "2025-02-10", ("2024-01", "2024-03")),  # not yet over
    ("ru", "Продажи выросли в первом полугодии 2023 года.", "2025-09-10", ("2023-01", "2023-06")),
    ("uk", "Зростання очікують у четвертому кварталі.", "2025-09-10", ("2025-10", "2025-12")),
    ("tr", "Şirket yılın ilk çeyreğinde zarar etti.", "2025-09-10", ("2025-01", "2025-03")),
])
def test_a_quarter_or_half_of_a_year_is_its_months(language: str, sentence: str, story: str,
                                                    expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, story, language)
    assert tuple(dates) == expected


def test_a_half_of_a_game_is_no_half_of_a_year() -> None:
    assert spans("He scored twice in the first half.", "2025-09-10", "en") == []
    assert part_of_year("third", "half") is None
    assert part_of_year("last", "quarter") == (10, 12)
    assert unit_of(lexicon("de"), "Jahren") == "year" and unit_of(lexicon("de"), "Euro") is None


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("en", "The plane landed on Tuesday at 2:30 p.m. local time.", "2025-03-12", "2025-03-11T14:30:00"),
    ("en", "At 9 a.m. on Monday the polls opened.", "2025-03-12", "2025-03-10T09:00:00"),
    ("fr", "Les listes doivent être déposées avant le 2 novembre à 18h00.", "2025-10-02", "2025-11-02T18:00:00"),
    ("fr", "La réunion publique aura lieu mardi à 18 h 30 à la mairie.", "2025-10-02", "2025-10-07T18:30:00"),
    ("es", "El tren salió ayer a las 7.15 de Zaragoza.", "2025-10-02", "2025-10-01T07:15:00"),
    ("de", "Der Zug fuhr gestern um 14.30 Uhr ab.", "2025-10-02", "2025-10-01T14:30:00"),
    ("ru", "Вчера около 23:40 в городе прогремел взрыв.", "2025-10-02", "2025-10-01T23:40:00"),
    ("uk", "Учора близько 14:30 у місті пролунав вибух.", "2025-10-02", "2025-10-01T14:30:00"),
    ("tr", "İşçiler bugün saat 06.00 itibarıyla greve başladı.", "2025-10-02", "2025-10-02T06:00:00"),
    ("tr", "Sıcaklık dün sabah saat 07.00'de eksi 30 dereceye düştü.", "2025-10-02", "2025-10-01T07:00:00"),
])
def test_a_day_with_its_clock_time_is_a_date_time(language: str, sentence: str, story: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, story, language)
    assert date == expected


@pytest.mark.parametrize("sentence", [
    "On Monday 14.30 percent of voters turned out.",  # a figure with a dot, with no word that makes it a time
    "On March 3, 12 people died.",
])
def test_a_number_near_a_day_is_no_clock_time(sentence: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-03-12", "en")
    assert "T" not in date


def test_a_clock_time_is_found_a_few_words_from_its_day_and_no_further() -> None:
    text = "on Friday evening, at 21:15, and on Saturday"
    clock = clock_after(text, text.index("Friday") + len("Friday"))
    assert clock and (clock.hour, clock.minute) == (21, 15)
    far = "on Friday the committee of the regional council met at 21:15"
    assert clock_after(far, far.index("Friday") + len("Friday")) is None
    assert clock_before("at 2 p.m. on Friday", len("at 2 p.m. on ")).hour == 14  # type: ignore[union-attr]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("de", "Vogt rückte im vergangenen Dezember an die Spitze.", "2025-09-14", "2024-12"),
    ("de", "Das Werk soll im kommenden März schließen.", "2025-09-14", "2026-03"),
    ("fr", "C'est la troisième annulation cette année, après celle de Nantua en février.", "2025-10-02", "2025-02"),
    ("en", "The researchers plan to present more detailed results in April.", "2025-11-18", "2026-04"),
])
def test_a_month_takes_its_year_from_the_words_around_it(language: str, sentence: str, story: str,
                                                         expected: str) -> None:
    [(_, date, _)] = spans(sentence, story, language)
    assert date == expected


def test_a_range_keeps_the_article_of_its_second_day() -> None:
    assert spans("Au moins 120 personnes ont été malades entre le 24 et le 31 décembre.", "2026-01-09", "fr") == [
        ("24 et le 31 décembre", "2025-12-24", "2025-12-31")]
    assert spans("Die Messe findet zwischen dem 3. und dem 7. Juli statt.", "2026-05-09", "de") == [
        ("3. und dem 7. Juli", "2026-07-03", "2026-07-07")]


def test_a_clock_time_reaches_the_drafted_event() -> None:
    [event] = sentence_events("The ferry sank on Tuesday at 14:30 off the coast.", 0, dt.date(2025, 3, 12), "en",
                              [], [])
    assert event.date.iso() == "2025-03-11T14:30:00" and "14:30" not in event.title


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "The firm was founded in the 1990s.", ("1990", "1999")),
    ("es", "La empresa fue fundada en los años noventa.", ("1990", "1999")),
    ("es", "La empresa fue fundada en la década de 1980.", ("1980", "1989")),
    ("fr", "L'usine a été construite dans les années 1970.", ("1970", "1979")),
    ("de", "Das Werk wurde in den 1960er Jahren gebaut.", ("1960", "1969")),
    ("ru", "Завод построили в 1980-х годах.", ("1980", "1989")),
    ("uk", "Завод збудували у 1980-х роках.", ("1980", "1989")),
    ("tr", "Fabrika 1970'lerde kuruldu.", ("1970", "1979")),
])
def test_a_decade_is_the_span_of_its_years(language: str, sentence: str, expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2025-06-04", language)
    assert tuple(dates) == expected


def test_a_decade_that_only_bounds_a_claim_is_no_event() -> None:
    assert spans("The pigment was not made before the 1920s.", "2025-06-04", "en") == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "She resigned on May 2 and left the country the following day."),
    ("es", "El alcalde dimitió el 2 de mayo y al día siguiente abandonó el país."),
    ("fr", "Il a démissionné le 2 mai et a quitté le pays le lendemain."),
    ("de", "Er trat am 2. Mai zurück und verließ am nächsten Tag das Land."),
    ("ru", "Он ушел в отставку 2 мая, а на следующий день покинул страну."),
    ("uk", "Він пішов у відставку 2 травня, а наступного дня залишив країну."),
    ("tr", "Bakan 2 Mayıs'ta istifa etti ve ertesi gün ülkeyi terk etti."),
])
def test_the_following_day_is_the_day_after_the_one_named_before_it(language: str, sentence: str) -> None:
    assert [date for _, date, _ in spans(sentence, "2025-06-04", language)] == ["2025-05-02", "2025-05-03"]


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The following day, the talks collapsed."),  # no day before it to count from
    ("fr", "Le lendemain du scrutin, le maire a démissionné."),  # the day after a thing, not a day
])
def test_the_following_day_without_a_day_before_it_is_no_date(language: str, sentence: str) -> None:
    assert spans(sentence, "2025-06-04", language) == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Talks will run from Monday to Friday."),
    ("es", "Las obras se prolongarán de lunes a viernes."),
    ("de", "Die Messe läuft von Montag bis Freitag."),
])
def test_a_span_of_weekdays_runs_forward_from_its_first_day(language: str, sentence: str) -> None:
    assert spans(sentence, "2025-06-04", language)[0][1:] == ("2025-06-09", "2025-06-13")  # a Wednesday's story


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "Der Prozess beginnt am Montag, dem 9. Juni.", "2025-06-09"),  # one day, not a Monday and a date
    ("de", "Der Gipfel soll Mitte Juli stattfinden.", "2025-07"),  # "Mitte" is a noun, not a past in "-te"
    ("tr", "Zirve temmuz ortasında yapılacak.", "2025-07"),
    ("tr", "Mayıs sonunda şiddetli yağışlar yaşandı.", "2025-05"),
])
def test_a_day_or_month_with_the_words_around_it(language: str, sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)
    assert date == expected


def test_a_german_strong_past_points_a_day_back() -> None:
    assert spans("Die Ministerin trat am 2. Juni zurück.", "2025-05-20", "de")[0][1] == "2024-06-02"
    assert spans("Die Ministerin tritt am 2. Juni zurück.", "2025-05-20", "de")[0][1] == "2025-06-02"


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "In der Nacht zum 4. Mai hatte Hagel die Felder zerstört.", ("2025-05-03", "2025-05-04")),
    ("ru", "В ночь на 4 мая град уничтожил посевы.", ("2025-05-03", "2025-05-04")),
    ("uk", "У ніч на 4 травня дрони атакували місто.", ("2025-05-03", "2025-05-04")),
    ("en", "The attack came on the night of May 3, officials said.", ("2025-05-03", "2025-05-04")),
    ("fr", "L'attaque a eu lieu dans la nuit du 3 mai.", ("2025-05-03", "2025-05-04")),
    ("es", "El robo ocurrió la noche del 3 de mayo.", ("2025-05-03", "2025-05-04")),
])
def test_a_night_named_by_its_day_is_the_span_of_its_two_days(language: str, sentence: str,
                                                             expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2025-06-04", language)
    assert tuple(dates) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # inside a quotation, the speaker's tense counts, not the reporter's "said"
    ("de", "„Am 22. September ernten wir die letzten Trauben“, sagte der Winzer.", "2025-09-22"),
    ("en", "\"We meet again on September 22,\" the minister said.", "2025-09-22"),
    ("en", "\"We met on September 22,\" the minister said.", "2024-09-22"),
    # a plan told in the past: the day is the nearest one
    ("ru", "Конференция должна была пройти 12 июня, однако ее перенесли.", "2025-06-12"),
    ("uk", "Конференція мала відбутися 12 червня, однак її перенесли.", "2025-06-12"),
    ("de", "Die Konferenz sollte am 12. Juni stattfinden, wurde aber verschoben.", "2025-06-12"),
    # "señalado para": set for
    ("es", "El juicio ha quedado señalado para el 15 de enero, según fuentes judiciales.", "2026-01-15"),
    # a French participle of motion points back
    ("fr", "Parties de Brest le 14 novembre, les deux frégates ont rejoint la flotte.", "2024-11-14"),
])
def test_the_tense_a_date_takes_from_the_words_around_it(language: str, sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)
    assert date == expected





@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nach dem Sturm der vergangenen Nacht blieben viele Schulen geschlossen.", ("2025-06-03", "2025-06-04")),
    ("Letzte Nacht brannte eine Lagerhalle am Hafen.", ("2025-06-03", "2025-06-04")),
])
def test_a_german_night_gone_by_is_the_night_before_the_report(sentence: str, expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2025-06-04", "de")
    assert tuple(dates) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Die Fähre soll ab Samstagfrüh wieder fahren.", "2025-06-07"),
    ("Das Amt warnte bis zum Samstagmittag vor Sturmböen.", "2025-06-07"),
])
def test_a_german_weekday_with_its_part_of_the_day_in_one_word(sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", "de")  # a Wednesday
    assert date == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "In der Nacht zum Samstag soll es in den Alpen schneien.", ("2025-06-06", "2025-06-07")),
    ("de", "In der Nacht zum Samstag hatte es in den Alpen geschneit.", ("2025-05-30", "2025-05-31")),
    ("ru", "В ночь на субботу в горах будет сильный снег.", ("2025-06-06", "2025-06-07")),
    ("de", "In der Nacht auf Dienstag hatten sich mehrere hundert Kubikmeter Gestein gelöst.",
     ("2025-06-02", "2025-06-03")),
])
def test_a_night_named_by_its_weekday_takes_the_tense_of_its_clause(language: str, sentence: str,
                                                                     expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2025-06-04", language)
    assert tuple(dates) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "Die Feuerwehr rückte zwischen 23.00 Uhr am Montagabend und 4.00 Uhr am Dienstagmorgen 60 Mal aus.",
     ("2025-06-02T23:00:00", "2025-06-03T04:00:00")),
    ("en", "The road was closed from 11 p.m. on Monday to 5 a.m. on Tuesday.",
     ("2025-06-02T23:00:00", "2025-06-03T05:00:00")),
])
def test_two_clock_times_on_two_days_are_a_span_across_midnight(language: str, sentence: str,
                                                                expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2025-06-04", language)
    assert tuple(dates) == expected


def test_a_clock_time_after_a_conjunction_belongs_to_the_next_day() -> None:
    text = "am Montag und 7.00 Uhr am Dienstag"
    assert clock_after(text, text.index("Montag") + len("Montag")) is None
    assert clock_after("on Friday evening, at 21:15", len("on Friday")) is not None


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("uk", "Нагадаємо, у ніч на неділю через негоду тисячі абонентів залишилися без світла.",
     ("2025-05-31", "2025-06-01")),
    ("ru", "Напомним, в ночь на воскресенье из-за непогоды тысячи абонентов остались без света.",
     ("2025-05-31", "2025-06-01")),
])
def test_a_reminder_of_what_happened_is_no_future(language: str, sentence: str, expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2025-06-04", language)
    assert tuple(dates) == expected



@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "Die Gewerkschaft rief für Montag zu einem Warnstreik in allen Filialen auf.", "2025-06-09"),
    ("en", "The union called a strike for Monday at all depots.", "2025-06-09"),
    ("fr", "Le syndicat a appelé à une grève lundi dans toutes les agences.", "2025-06-09"),
    # the day of the call itself stays in the past
    ("de", "Der Minister rief am Montag die Älteren zur Impfung auf.", "2025-06-02"),
    ("fr", "Le syndicat a appelé lundi à la grève.", "2025-06-02"),
])
def test_a_day_a_call_sets_for_what_it_calls_for_is_ahead(language: str, sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)  # a Wednesday
    assert date == expected


def test_a_date_set_for_a_trial_is_the_nearest_one() -> None:
    [(_, date, _)] = spans("The judge set a trial date of August 20 and released him on bail.", "2025-06-04", "en")
    assert date == "2025-08-20"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Seçim ilk olarak 1 Haziran'da yapılacaktı.", "2025-06-01"),  # was to be held: the nearest 1 June
    ("Seçim 1 Haziran'da yapılacak.", "2026-06-01"),
    ("Seçim 1 Haziran'da yapılacaktır.", "2026-06-01"),
])
def test_a_turkish_future_told_in_the_past_is_a_plan_on_the_nearest_day(sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", "tr")
    assert date == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("tr", "3 Mayıs'ta sıcaklık eksi 6 dereceye kadar düştü.", "2025-05-03"),
    ("tr", "Fiyatlar 2 Mayıs'ta yüzde 30'a kadar yükseldi.", "2025-05-02"),
    ("tr", "Okullar 8 Haziran'a kadar kapalı kalacak.", "2025-06-08"),
    ("de", "Bis zu 300 Menschen demonstrierten am 2. Mai vor dem Rathaus.", "2025-05-02"),
])
def test_until_before_a_quantity_is_up_to_and_no_future(language: str, sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)
    assert date == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("es", "La junta, convocada para el día 2 de este mes, se celebrará en Bilbao."),
    ("fr", "Le conseil, prévu le 2 de ce mois, a été annulé."),
    ("en", "The board met on the 2nd of this month."),
    ("de", "Der Rat tagte am 2. dieses Monats in Bonn."),
    ("ru", "Совет собрался 2-го числа этого месяца."),
    ("uk", "Рада зібралася 2 числа цього місяця."),
    ("tr", "Kurul bu ayın 2'sinde toplandı."),
])
def test_a_day_of_this_month_is_that_day_of_the_reports_month(language: str, sentence: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)
    assert date == "2025-06-02"


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("ru", "На прошлой неделе заболели 38 тысяч человек, тогда как неделей ранее - 21 тысяча.", "2025-05-19"),
    ("uk", "Завод зупинили 20 травня, а тижнем раніше зламався насос.", "2025-05-13"),
    ("en", "The plant shut on May 20; a week earlier, a pump had failed.", "2025-05-13"),
    ("de", "Am 20. Mai schloss das Werk, zwei Tage zuvor war eine Pumpe ausgefallen.", "2025-05-18"),
    ("fr", "Le site a fermé le 20 mai, deux jours plus tôt une pompe avait lâché.", "2025-05-18"),
    ("es", "La planta cerró el 20 de mayo; una semana antes había fallado una bomba.", "2025-05-13"),
])
def test_days_or_weeks_earlier_count_from_the_day_named_before(language: str, sentence: str, expected: str) -> None:
    *_, (_, date, _) = spans(sentence, "2025-06-04", language)
    assert date == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("de", "Die Grippesaison begann rund drei Wochen früher als im Vorjahr."),
    ("en", "A week earlier, a pump had failed."),
    ("es", "La bomba falló dos días antes de la inspección."),
])
def test_days_or_weeks_earlier_with_no_day_to_count_from_are_no_date(language: str, sentence: str) -> None:
    assert spans(sentence, "2025-06-04", language) == []


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("ru", "Фестиваль откроется на площади 1905 года 20 декабря.", ["20 декабря"]),
    ("uk", "Мітинг пройшов 3 травня на площі 1905 року.", ["3 травня"]),
    ("es", "La marcha recorrió la avenida 9 de Julio el 3 de mayo.", ["3 de mayo"]),
    ("de", "Die Demonstranten zogen am 3. Mai über die Straße des 17. Juni.", ["3. Mai"]),
    ("fr", "Le cortège est parti de la place du 8 mai le 3 juin.", ["3 juin"]),
    ("tr", "Konvoy 3 Mayıs'ta 15 Temmuz Şehitler Köprüsü üzerinden geçti.", ["3 Mayıs'ta"]),
])
def test_a_date_in_the_name_of_a_street_or_square_is_no_event(language: str, sentence: str,
                                                              expected: list[str]) -> None:
    assert [text for text, _, _ in spans(sentence, "2025-06-04", language)] == expected


def test_a_dateline_with_its_place_and_day_ended_by_full_stops_is_split_from_the_text() -> None:
    assert split_dateline("Новосибирск. 3 марта. ИНТЕРФАКС-СИБИРЬ - Мэрия закрыла катки.") == (
        Dateline("Новосибирск", "3 марта"), "Мэрия закрыла катки.")
    assert split_dateline("Он ушел. 10 человек. ВСЕ - остались.")[0] is None  # no month: no dateline
    # an agency's name of two words in capitals
    assert split_dateline("Анадырь. 3 июля. ИНТЕРФАКС-ДАЛЬНИЙ ВОСТОК - Навигация открылась.") == (
        Dateline("Анадырь", "3 июля"), "Навигация открылась.")


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("tr", "Saat 14.30'da başlayan toplantı 2 saat sürdü.", ["2025-06-03T14:30:00"]),
    ("en", "At 2:30 p.m. the hearing resumed behind closed doors.", ["2025-06-03T14:30:00"]),
    ("de", "Gegen 14.30 Uhr wurde die Sitzung fortgesetzt.", ["2025-06-03T14:30:00"]),
    # further in, a time is as often a schedule's
    ("de", "Der Laden bleibt zwischen 22.00 und 7.00 Uhr geschlossen.", []),
])
def test_a_clock_time_opening_a_sentence_is_on_the_day_named_just_before(language: str, sentence: str,
                                                                         expected: list[str]) -> None:
    day = find_mentions("Die Sitzung begann gestern.", dt.date(2025, 6, 4), "de")[0].date
    found = find_mentions(sentence, dt.date(2025, 6, 4), language, split_clauses(sentence, language), day)
    assert [m.date.iso() for m in found] == expected
    alone = find_mentions(sentence, dt.date(2025, 6, 4), language)  # with no day before: none, or for a time said
    assert [(m.date.iso(), m.sure) for m in alone] == (  # to be about when something happened, the report's day,
        [("2025-06-04T14:30:00", False)] if sentence.startswith("Gegen") else [])  # to be checked


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The museum will be open from Tuesday to Sunday."),
    ("de", "Das Museum ist von Dienstag bis Sonntag geöffnet."),
    ("ru", "Музей будет работать со вторника по воскресенье."),
    ("uk", "Бібліотека працюватиме з понеділка по суботу."),
])
def test_opening_days_from_one_weekday_to_another_are_every_week_and_no_date(language: str, sentence: str) -> None:
    assert spans(sentence, "2025-06-04", language) == []
    assert spans("The talks will run from Monday to Wednesday.", "2025-06-04", "en") == [
        ("from Monday to Wednesday", "2025-06-09", "2025-06-11")]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("es", "Miles de coches salieron en el puente del 1 de mayo.", "2025-05-01"),  # a long weekend, not a bridge
    ("fr", "Les routes étaient chargées pendant le pont du 8 mai.", "2025-05-08"),
])
def test_a_long_weekend_named_by_its_day_keeps_its_date(language: str, sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)
    assert date == expected


def test_a_clock_time_opening_a_sentence_reaches_the_draft_on_the_day_before_it() -> None:
    from pathlib import Path

    from generator.importer.draft import draft_article
    from generator.importer.names import ActorNames

    names = ActorNames.load(Path(__file__).resolve().parent.parent)
    draft = draft_article(["Mahkeme davayı dün 2021 yılındaki kazayla birlikte görüştü. Saat 11.15'te başlayan "
                           "duruşma üç saat sürdü."], [], dt.date(2025, 6, 4), names, "x", "tr")
    assert "2025-06-03T11:15:00" in [event.date.iso() for event in draft.timeline]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("fr", "Le congrès se tiendra du 17 au 19 mars 2027 à Lyon.", ("2027-03-17", "2027-03-19")),
    ("de", "Die Tagung findet vom 17. bis 19. März 2027 statt.", ("2027-03-17", "2027-03-19")),
    ("es", "La cumbre será del 17 al 19 de marzo de 2027.", ("2027-03-17", "2027-03-19")),
    ("ru", "Форум пройдет 17-19 марта 2027 года.", ("2027-03-17", "2027-03-19")),
    ("tr", "Sempozyum 17-19 Mart 2027'de yapılacak.", ("2027-03-17", "2027-03-19")),
    ("en", "The talks ran from 3 to 5 May 2023.", ("2023-05-03", "2023-05-05")),
])
def test_a_range_of_days_with_its_year_is_one_span_in_that_year(language: str, sentence: str,
                                                                 expected: tuple[str, str]) -> None:
    [(_, date, end)] = spans(sentence, "2025-06-04", language)
    assert (date, end) == expected


@pytest.mark.parametrize(("sentence", "story", "expected"), [
    ("Valilik 1 Mart'tan 30 Nisan'a kadar avlanmayı yasaklamıştı.", "2025-06-04", ("2025-03-01", "2025-04-30")),
    ("Sergi 1 Mayıs ile 30 Eylül arasında açık kalacak.", "2025-06-04", ("2025-05-01", "2025-09-30")),
    ("Sergi 1 Mayıs ile 30 Eylül arasında açık kalacak.", "2025-10-20", ("2026-05-01", "2026-09-30")),
])
def test_turkish_days_joined_by_case_endings_and_a_postposition_are_one_span(sentence: str, story: str,
                                                                             expected: tuple[str, str]) -> None:
    [(_, date, end)] = spans(sentence, story, "tr")
    assert (date, end) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kurul 10 Haziran Salı günü toplanacak.", [("10 Haziran Salı günü", "2025-06-10")]),
    ("Kurul 10 Haziran 2025 Salı günü saat 14.00'te toplanacak.",
     [("10 Haziran 2025 Salı günü saat 14.00'te", "2025-06-10T14:00:00")]),
])
def test_a_turkish_weekday_after_its_date_is_part_of_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(text, date) for text, date, _ in spans(sentence, "2025-06-04", "tr")] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Eine Entscheidung könnte frühestens am 3. April fallen.", "2026-04-03"),  # no past "-te"
    ("Die Frist dürfte am Montag enden.", "2026-02-23"),
    ("Der Brand könnte am Montag durch eine Zigarette ausgelöst worden sein.", "2026-02-16"),
])
def test_a_german_subjunctive_of_could_looks_ahead_unless_it_is_of_a_perfect(sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2026-02-18", "de")
    assert date == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Schon am Freitag soll die Fähre wieder fahren.", "2024-11-08"),
    ("Bereits am Freitag soll die Fähre wieder fahren.", "2024-11-08"),  # "already" on the day, no past
    ("Bereits am Montag hatte die Polizei gewarnt.", "2024-11-04"),
])
def test_german_already_before_a_day_is_no_cue_of_a_past(sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2024-11-06", "de")
    assert date == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("es", "La obra se inaugurará el jueves de la semana que viene.", "2025-06-12"),
    ("en", "The audit is due on Thursday of next week.", "2025-06-12"),
    ("fr", "Le maire a été entendu lundi de la semaine dernière.", "2025-05-26"),
    ("de", "Die Brücke soll am Donnerstag nächster Woche öffnen.", "2025-06-12"),
    ("ru", "Мост откроют в четверг на следующей неделе.", "2025-06-12"),
    ("uk", "Міст відкриють у четвер наступного тижня.", "2025-06-12"),
])
def test_a_weekday_of_next_or_last_week_is_that_day_of_that_week(language: str, sentence: str, expected: str) -> None:
    [(_, date, end)] = spans(sentence, "2025-06-04", language)
    assert (date, end) == (expected, None)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("У неділю сезон завершиться фінальною гонкою.", "2025-06-08"),
    ("Мер оголосить рішення в понеділок.", "2025-06-09"),
    ("У неділю сезон завершився фінальною гонкою.", "2025-06-01"),
])
def test_a_ukrainian_perfective_future_that_reads_as_a_short_infinitive_looks_ahead(sentence: str,
                                                                                     expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", "uk")
    assert date == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The next day the road was open again."),
    ("fr", "Le lendemain, la route a rouvert."),
    ("de", "Am nächsten Tag wurde die Straße wieder freigegeben."),
    ("tr", "Yol ertesi gün yeniden açıldı."),
])
def test_the_following_day_opening_a_sentence_is_after_the_day_named_just_before(language: str,
                                                                                 sentence: str) -> None:
    day = find_mentions("Der Erdrutsch ging am Montag nieder.", dt.date(2025, 6, 4), "de")[0].date
    found = find_mentions(sentence, dt.date(2025, 6, 4), language, split_clauses(sentence, language), day)
    assert [m.date.iso() for m in found] == ["2025-06-03"]
    assert find_mentions(sentence, dt.date(2025, 6, 4), language) == []  # with no day before, no date


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("uk", "Заявки можна подати до 1 березня, повідомили в мерії.", "2026-03-01"),
    ("ru", "Заявки можно подать до 1 марта, сообщили в мэрии.", "2026-03-01"),
    ("ru", "Заявки можно было подать до 1 марта.", "2025-03-01"),
])
def test_what_may_be_done_by_a_day_looks_ahead(language: str, sentence: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)
    assert date == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("ru", "Министр поручил до 1 марта подготовить доклад."),
    ("ru", "Суд обязал компанию до 1 марта вернуть долг."),
    ("uk", "Міністр доручив до 1 березня підготувати звіт."),
])
def test_a_term_set_by_an_order_is_ahead_of_the_order(language: str, sentence: str) -> None:
    [(_, date, _)] = spans(sentence, "2025-06-04", language)
    assert date == "2026-03-01"


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "A quake struck this morning near the town.", "this morning"),
    ("en", "The council meets tonight.", "tonight"),
    ("fr", "Un séisme a frappé ce matin la ville.", "ce matin"),
    ("es", "Un terremoto sacudió esta mañana la ciudad.", "esta mañana"),  # the morning, not "mañana", tomorrow
    ("de", "Heute Morgen bebte die Erde.", "Heute Morgen"),  # the morning, not "morgen", tomorrow
    ("tr", "Deprem bu sabah meydana geldi.", "bu sabah"),
])
def test_this_morning_is_the_report_date(language: str, sentence: str, expected: str) -> None:
    assert spans(sentence, "2025-11-18", language) == [(expected, "2025-11-18", None)]


def draft_dates(sentences: list[str], story: str, language: str) -> list[tuple[str, str | None]]:
    """(date, end) of the events drafted from ``sentences``, one paragraph, as ``explainer import`` drafts them."""
    draft = draft_article([" ".join(sentences)], [], dt.date.fromisoformat(story),
                          ActorNames({}, NameIndex.build({})), "x", language)
    return [(e.date.iso(), e.end.iso() if e.end else None) for e in draft.timeline]


@pytest.mark.parametrize(("language", "sentences", "expected"), [
    ("de", ["Der Eisbrecher ist am Mittwochmorgen in Bremerhaven eingetroffen.",
            "Das Schiff machte gegen 9.30 Uhr an der Kaje fest, wie das Institut mitteilte."], "2024-11-06T09:30:00"),
    ("fr", ["Trois hommes ont dérobé des montres mardi matin à Cannes.",
            "Les malfaiteurs ont fait irruption vers 10h15 dans la boutique."], "2024-11-05T10:15:00"),
    ("de", ["Das Hochwasser hat in der Nacht zum Mittwoch seinen Höchststand erreicht.",  # a night: its morning
            "Am Pegel Trier wurden gegen 3.00 Uhr 9,12 Meter gemessen."], "2024-11-06T03:00:00"),
])
def test_an_approximate_time_further_in_is_on_the_day_named_before(language: str, sentences: list[str],
                                                                   expected: str) -> None:
    assert expected in [date for date, _ in draft_dates(sentences, "2024-11-06", language)]


@pytest.mark.parametrize(("language", "sentences"), [
    ("de", ["Die Fischer wollen sich damit nicht zufriedengeben.",
            "Am Donnerstag wollen sie im Stadthafen gegen die Beschlüsse protestieren.",
            "Die Kundgebung soll um 11.00 Uhr beginnen."]),
    ("en", ["The commission said it would hold an emergency meeting in Bethel on Thursday.",
            "The meeting will begin at 10 a.m. at the cultural center."]),
])
def test_a_schedules_time_is_on_the_one_day_ahead_its_paragraph_named(language: str, sentences: list[str]) -> None:
    draft = draft_article([" ".join(sentences)], [], dt.date(2024, 11, 5), ActorNames({}, NameIndex.build({})),
                          "x", language)
    timed = [e for e in draft.timeline if e.date.precision == "time"]
    assert [(e.date.iso()[:13], e.sure) for e in timed] == [("2024-11-07T" + ("11" if language == "de" else "10"),
                                                             False)]


def test_a_schedules_time_after_two_days_ahead_is_not_dated() -> None:
    # which of the two days the meeting begins on, the text does not say
    dates = draft_dates(["The council will debate the plan on Thursday and vote on it on Friday.",
                         "The meeting will begin at 10 a.m."], "2024-11-05", "en")
    assert not any("T10:00" in date for date, _ in dates), dates


def test_a_schedules_time_is_not_put_on_a_day_of_another_paragraph() -> None:
    draft = draft_article(["The council published its agenda.", "The commission will meet in Bethel on Thursday.",
                           "The meeting will begin at 10 a.m."],
                          [], dt.date(2024, 11, 5), ActorNames({}, NameIndex.build({})), "x", "en")
    assert all(e.date.precision != "time" for e in draft.timeline), draft.timeline


@pytest.mark.parametrize(("language", "paragraphs", "expected"), [
    ("en", ["The commission will meet in Bethel on Thursday.", "Its members were named in June.",
            "The meeting will begin at 10 a.m."], "2024-11-07T10:00:00"),
    ("ru", ["Навигация между Петрозаводском и Кижами откроется 8 ноября.", "Лед сошел.",
            "Первый рейс отправится в 9:00 от Речного вокзала."], "2024-11-08T09:00:00"),
])
def test_a_schedules_time_alone_in_its_paragraph_is_on_the_day_of_the_lede(language: str, paragraphs: list[str],
                                                                          expected: str) -> None:
    """The story's own day, the one day its lede names from the report's on: to be checked."""
    draft = draft_article(paragraphs, [], dt.date(2024, 11, 5), ActorNames({}, NameIndex.build({})), "x", language)
    timed = [e for e in draft.timeline if e.date.precision == "time"]
    assert [e.date.iso() for e in timed] == [expected] and not timed[0].sure, draft.timeline


@pytest.mark.parametrize(("language", "paragraph"), [
    ("en", "The team starts work every day at 5:30 a.m."),
    ("tr", "Ekip her gün sabah 05.30'da çalışmaya başlıyor."),
])
def test_a_daily_time_is_on_no_day(language: str, paragraph: str) -> None:
    opening = {"en": "The excavation season will open on Thursday.",
               "tr": "Kazı sezonu perşembe günü başlayacak."}[language]
    draft = draft_article([opening, paragraph], [], dt.date(2024, 11, 5), ActorNames({}, NameIndex.build({})), "x",
                          language)
    assert all(e.date.precision != "time" for e in draft.timeline), draft.timeline


def test_a_time_is_not_put_on_the_lede_day_when_the_lede_names_a_day_gone() -> None:
    draft = draft_article(["Miners were trapped on Monday and rescued on Thursday.", "The inquiry will open.",
                           "The hearing will begin at 10 a.m."],
                          [], dt.date(2024, 11, 5), ActorNames({}, NameIndex.build({})), "x", "en")
    assert all(e.date.precision != "time" for e in draft.timeline), draft.timeline


def test_a_day_named_again_without_its_year_keeps_the_year_it_was_named_with() -> None:
    sentences = ["Der Saal wurde in der Nacht zum 9. März 2022 durch einen Angriff zerstört.",
                 "Als wir am 9. März kamen, lagen Bücher unter den Trümmern, sagte die Direktorin.",
                 "Am 9. März soll die Ausstellung eröffnen."]  # ahead of the report: another year's day
    dates = [date for date, _ in draft_dates(sentences, "2026-09-29", "de")]
    assert dates.count("2022-03-09") == 1 and "2026-03-09" not in dates and "2027-03-09" in dates


@pytest.mark.parametrize(("language", "sentences", "expected"), [
    ("ru", ["Во вторник в 23:52 на станции сработала защита.", "Подача электроэнергии была восстановлена к 06:30."],
     ["2024-11-05T23:52:00", "2024-11-06T06:30:00"]),  # a morning after a late evening: the next day's
    ("ru", ["Утечка произошла в ночь на вторник.",
            "Повреждение обнаружили в 05:40 мск, подача нефти была остановлена к 07:15."],  # a night's two times
     ["2024-11-04", "2024-11-05T05:40:00", "2024-11-05T07:15:00"]),
])
def test_the_times_of_a_past_after_a_day_follow_its_clock(language: str, sentences: list[str],
                                                          expected: list[str]) -> None:
    assert [date for date, _ in draft_dates(sentences, "2024-11-06", language)] == expected


@pytest.mark.parametrize(("language", "sentences", "expected"), [
    ("fr", ["Le réacteur a été reconnecté au réseau mardi soir, a annoncé mercredi EDF.",  # not the day it was told
            "Le couplage a eu lieu à 21h47, selon RTE."], "2024-11-05T21:47:00"),
    ("uk", ["Міська рада з понеділка не може працювати через кібератаку.",
            "Про це у середу на брифінгу повідомив секретар міської ради.",  # only the day it was told
            "За його словами, зловмисники зашифрували сервери близько 04:50."], "2024-11-04T04:50:00"),
    ("ru", ["В Якутске в ночь на вторник без света остались 90 тыс. жителей.",
            "Об этом сообщили в пресс-службе правительства.",  # no day: the sentence before it
            "По данным энергетиков, в 23:52 сработала автоматическая защита."], "2024-11-04T23:52:00"),
    ("fr", ["Un tramway a déraillé mardi soir et la ligne restera fermée jusqu'à vendredi, a annoncé mercredi M TAG.",
            "L'accident s'est produit vers 18h20, à l'heure de pointe."],  # a day gone, not the one ahead
     "2024-11-05T18:20:00"),
])
def test_a_time_alone_is_on_the_day_of_the_event_named_before_not_of_its_telling(
        language: str, sentences: list[str], expected: str) -> None:
    assert expected in [date for date, _ in draft_dates(sentences, "2024-11-06", language)]


@pytest.mark.parametrize(("language", "sentences"), [
    ("en", ["The verdict was read on Monday.", "The court will reconvene at around 10 a.m."]),  # ahead: its own day
    ("de", ["Der Zug entgleiste am Montag.", "Die Strecke ist zwischen 22.00 und 6.00 Uhr gesperrt."]),  # a schedule
    ("en", ["The ship docked on Monday.", "Dockers unload at 9 a.m. every day."]),  # no approximate time
])
def test_a_time_further_in_that_is_not_of_the_day_before_is_left_alone(language: str,
                                                                       sentences: list[str]) -> None:
    assert [date for date, _ in draft_dates(sentences, "2024-11-06", language) if "T" in date] == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The agency expects to advertise it again in the first quarter of next year."),
    ("de", "Die Arbeiten sollen im ersten Quartal des kommenden Jahres beginnen."),
    ("es", "Las obras empezarán en el primer trimestre del próximo año."),
    ("fr", "Les travaux commenceront au premier trimestre de l'année prochaine."),
    ("ru", "Работы начнутся в первом квартале следующего года."),
    ("uk", "Роботи почнуться у першому кварталі наступного року."),
    ("tr", "Çalışmalar gelecek yılın ilk çeyreğinde başlayacak."),
])
def test_a_quarter_of_next_year_is_its_months(language: str, sentence: str) -> None:
    [(_, date, end)] = spans(sentence, "2024-10-17", language)
    assert (date, end) == ("2025-01", "2025-03")


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "Work began in the summer of 2019.", ("2019-06", "2019-08")),
    ("en", "The plant closed in fall 2020.", ("2020-09", "2020-11")),
    ("de", "Die Arbeiten begannen im Frühjahr 2023.", ("2023-03", "2023-05")),
    ("es", "Las obras comenzaron en el otoño de 2022.", ("2022-09", "2022-11")),
    ("fr", "Le théâtre est fermé depuis l'été 2019.", ("2019-06", "2019-08")),
    ("ru", "Строительство началось осенью 2021 года.", ("2021-09", "2021-11")),
    ("uk", "Компанія будувала станцію з осені 2024 року.", ("2024-09", "2024-11")),
    ("tr", "Kazılar 2022 yazında başladı.", ("2022-06", "2022-08")),
])
def test_a_season_of_a_year_is_its_months(language: str, sentence: str, expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2024-10-17", language)
    assert tuple(dates) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a season without its year is the nearest one the clause's tense allows
    ("en", "The bridge was repaired in the summer.", "2024-10-17", ("in the summer", "2024-06", "2024-08")),
    ("en", "Work on a replacement pavilion was due to begin in the spring.", "2023-10-12",
     ("in the spring", "2024-03", "2024-05")),
    ("de", "Ursprünglich sollte die Bibliothek bereits im Herbst umziehen.", "2023-12-06",
     ("im Herbst", "2023-09", "2023-11")),
    ("es", "Las grietas obligaron a prolongar los trabajos durante el verano.", "2023-09-20",
     ("durante el verano", "2023-06", "2023-08")),
    ("fr", "Les travaux commenceront à l'automne.", "2024-03-20", ("à l'automne", "2024-09", "2024-11")),
    ("ru", "Работы завершатся осенью.", "2024-10-02", ("осенью", "2024-09", "2024-11")),  # the one under way
    ("uk", "Сад заклали навесні.", "2023-10-10", ("навесні", "2023-03", "2023-05")),
    ("tr", "Hasat sonbaharda yapılacak.", "2025-01-21", ("sonbaharda", "2025-09", "2025-11")),
])
def test_a_season_without_its_year_is_the_nearest_the_tense_allows(language: str, sentence: str, story: str,
                                                                   expected: tuple[str, str, str]) -> None:
    assert spans(sentence, story, language) == [expected]


@pytest.mark.parametrize(("language", "sentence"), [
    ("de", "Die Bierwoche, die jedes Jahr im Sommer gefeiert wird, fällt aus."),
    ("tr", "Her yıl sonbaharda Avrupa'dan Afrika'ya göç eden kuşlar sayıldı."),
    ("en", "Gray seals usually haul out on the beach in the summer."),
])
def test_a_season_of_what_happens_every_year_is_no_date(language: str, sentence: str) -> None:
    assert spans(sentence, "2024-10-17", language) == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "Passenger numbers rose 18% in the first nine months of 2023 from the same period last year."),
    ("de", "In den ersten neun Monaten 2023 stieg die Zahl der Fluggäste um 18 Prozent."),
    ("es", "En los nueve primeros meses de 2023 el número de pasajeros subió un 18%."),
    ("fr", "Sur les neuf premiers mois de 2023, le trafic a progressé de 18 % par rapport à la même période de "
           "l'année dernière."),
    ("ru", "За девять месяцев 2023 года пассажиропоток вырос на 18% по сравнению с аналогичным периодом прошлого "
           "года."),
    ("uk", "За дев’ять місяців 2023 року пасажиропотік зріс на 18% порівняно з аналогічним періодом минулого року."),
    ("tr", "2023'ün ilk dokuz ayında yolcu sayısı geçen yılın aynı dönemine göre yüzde 18 arttı."),
])
def test_the_first_months_of_a_year_are_one_span_and_the_period_compared_with_no_event(language: str,
                                                                                     sentence: str) -> None:
    assert [(date, end) for _, date, end in spans(sentence, "2023-11-28", language)] == [("2023-01", "2023-09")]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("tr", "Köprü pazar günü 06.00-14.00 saatleri arasında trafiğe kapatılacak.",
     ("2024-11-03T06:00:00", "2024-11-03T14:00:00")),
    ("fr", "Une journée portes ouvertes est prévue samedi 2 novembre de 10h00 à 18h00.",
     ("2024-11-02T10:00:00", "2024-11-02T18:00:00")),
    ("de", "Die Straße ist am Samstag von 8 bis 16 Uhr gesperrt.", ("2024-11-02T08:00:00", "2024-11-02T16:00:00")),
    ("en", "The road will close on Saturday from 10 p.m. to 6 a.m.", ("2024-11-02T22:00:00", "2024-11-03T06:00:00")),
    ("ru", "Движение будет закрыто в субботу с 10:00 до 18:00.", ("2024-11-02T10:00:00", "2024-11-02T18:00:00")),
])
def test_two_clock_times_after_a_day_are_a_span_of_that_day(language: str, sentence: str,
                                                            expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2024-10-30", language)
    assert tuple(dates) == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("ru", "Заключительный тур пройдет в среду, начало партий - в 15:00 мск.", ("2024-10-30T15:00:00", None)),
    ("fr", "Les apiculteurs manifesteront samedi devant la préfecture, à Montpellier, à partir de 10h00.",
     ("2024-11-02T10:00:00", None)),
    ("de", "Am Samstag lädt die Bahn Anwohnerinnen und Anwohner von 11 bis 16 Uhr zu einem Tag der offenen Baustelle "
           "ein.", ("2024-11-02T11:00:00", "2024-11-02T16:00:00")),
    ("en", "The group will hold a meeting on Saturday and called for a ban on flights before 6 a.m.",
     ("2024-11-02", None)),  # a bound, not the time of the day
])
def test_a_sentences_one_day_and_one_time_after_it_go_together(language: str, sentence: str,
                                                             expected: tuple[str, str | None]) -> None:
    [(_, *dates)] = spans(sentence, "2024-10-30", language)
    assert tuple(dates) == expected


def test_a_turkish_time_keeps_its_about() -> None:
    assert spans("Kaza 16 Temmuz Pazar günü saat 03.15 sıralarında meydana geldi.", "2023-07-20", "tr") == [
        ("16 Temmuz Pazar günü saat 03.15 sıralarında", "2023-07-16T03:15:00", None)]


def test_numbers_after_a_day_are_no_clock_range() -> None:
    assert spans("He was jailed on Monday for 2 to 3 years.", "2024-10-30", "en") == [
        ("Monday", "2024-10-28", None)]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("en", "A share placing that had been planned for May 20 was postponed.", "2024-06-05", "2024-05-20"),
    ("en", "The meeting, which was scheduled for June 20, was postponed.", "2024-06-05", "2024-06-20"),
    ("uk", "Церемонію, яку планували провести в понеділок, перенесли на завтра.", "2026-04-22", "2026-04-20"),
    ("ru", "Открытие терминала планировалось на 20 мая, но его перенесли.", "2024-06-05", "2024-05-20"),
    ("fr", "La réunion, qui était prévue le 20 juin, a été reportée.", "2024-06-05", "2024-06-20"),
    ("es", "La presentación, prevista inicialmente para el 4 de febrero, se retrasó.", "2026-02-11", "2026-02-04"),
    ("fr", "La réunion, prévue initialement le 25 juillet, a été repoussée.", "2025-08-13", "2025-07-25"),
    ("ru", "Комплекс должен был начать сезон 10 декабря.", "2022-12-06", "2022-12-10"),
    ("de", "Die Glocken hätten am 1. Dezember erstmals wieder läuten sollen.", "2024-11-20", "2024-12-01"),
    ("uk", "Тендер на модернізацію мережі, запланований на вересень, був скасований через брак коштів.", "2025-10-15",
     "2025-09"),
    ("ru", "Тендер, запланированный на сентябрь, был отменен.", "2025-10-15", "2025-09"),
    ("fr", "Une réunion avec le ministre, prévue le 18 novembre, avait été annulée.", "2022-11-23", "2022-11-18"),
    ("en", "The union had originally called a strike for Sept. 27 but postponed it.", "2024-10-07", "2024-09-27"),
    ("en", "A fare increase, which had been due to take effect on March 30, was postponed.", "2025-03-12",
     "2025-03-30"),
    ("en", "The decision, originally due in November, was delayed after ministers asked for more.", "2026-01-20",
     "2025-11"),
    ("es", "El juicio, inicialmente señalado para el 20 de octubre, se aplazó por la baja de un letrado.",
     "2026-03-03", "2025-10-20"),
    ("uk", "Засідання, призначене на 5 вересня, перенесли.", "2024-08-20", "2024-09-05"),
])
def test_a_plan_told_in_the_past_is_on_the_nearest_such_day(language: str, sentence: str, story: str,
                                                            expected: str) -> None:
    assert spans(sentence, story, language)[0][1] == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("en", "The trial was postponed to Sept. 2 because a witness was in the hospital.", "2024-10-10", "2024-09-02"),
    ("en", "The vote has been postponed to March 3.", "2025-02-20", "2025-03-03"),
    ("uk", "Засідання перенесли на 31 жовтня на прохання відповідача.", "2023-11-14", "2023-10-31"),
    ("ru", "Заседание перенесли на 12 марта.", "2024-02-28", "2024-03-12"),
])
def test_a_move_told_in_the_past_is_to_the_nearest_such_day(language: str, sentence: str, story: str,
                                                           expected: str) -> None:
    assert spans(sentence, story, language)[0][1] == expected


def test_a_turkish_mine_is_no_january_and_a_year_set_off_before_its_day_is_one_date() -> None:
    sentence = ("Bölgede iki yıl önce, 14 Ekim 2022'de Amasra ilçesindeki ocakta meydana gelen patlamada 43 madenci "
                "hayatını kaybetmişti.")
    assert spans(sentence, "2024-11-13", "tr") == [("14 Ekim 2022'de", "2022-10-14", None)]
    assert [date for _, date, _ in spans("Bu yıl ocak ayında ve Ocak'ta başladı.", "2024-11-13", "tr")] == [
        "2024-01", "2024-01"]


@pytest.mark.parametrize(("language", "sentence"), [
    ("uk", "Зал відтепер працюватиме щодня, крім неділі."),
    ("en", "The hall opens every day except Sunday."),
    ("fr", "La salle ouvre tous les jours sauf le dimanche."),
    ("tr", "Salon pazar günleri hariç her gün açık olacak."),
])
def test_a_weekday_excepted_from_every_day_is_no_date(language: str, sentence: str) -> None:
    assert spans(sentence, "2026-09-29", language) == []


def test_a_german_past_inferred_with_a_modal_is_a_past() -> None:
    sentence = "Die Täter müssen zwischen Freitagabend und Sonntagmittag in die Kirche eingedrungen sein."
    assert spans(sentence, "2024-11-20", "de")[0][1:] == ("2024-11-15", "2024-11-17")


def test_a_french_as_low_as_is_no_until_and_a_ukrainian_genitive_no_past() -> None:
    sentence = "Les températures sont descendues jusqu'à -3,5°C mercredi vers 05h00 à Saint-Émilion."
    assert spans(sentence, "2024-04-25", "fr")[0][1] == "2024-04-24T05:00:00"
    sentence = "Пункт пропуску буде закрито для всіх видів транспорту з 20 березня до 5 квітня."
    assert spans(sentence, "2023-03-15", "uk")[0][1:] == ("2023-03-20", "2023-04-05")


def test_a_russian_word_with_a_past_ending_that_is_no_verb_is_no_cue_of_the_past() -> None:
    sentence = "Со дна канала предстоит извлечь около 1,2 млн кубометров грунта до 15 октября."  # "канала", "около"
    assert spans(sentence, "2025-04-22", "ru")[0][1] == "2025-10-15"


def test_a_quoted_clause_takes_its_own_tense_first() -> None:
    sentence = ("«Ще взимку ми не були впевнені, що встигнемо до літа, але 10 квітня отримали дозвіл», - розповів "
                "директор компанії.")
    assert [date for text, date, _ in spans(sentence, "2026-04-22", "uk") if "квітня" in text] == ["2026-04-10"]


def test_until_and_including_a_month_is_that_month() -> None:
    assert spans("Die Löhne sind bis einschließlich Juli gesichert.", "2025-05-14", "de") == [
        ("bis einschließlich Juli", "2025-07", None)]


def test_minutes_earlier_is_no_past() -> None:
    """"Buses would leave 30 minutes earlier starting Monday": the Monday ahead, not the one gone."""
    assert spans("School districts said buses would leave 30 minutes earlier starting Monday.", "2024-10-17",
                 "en") == [("Monday", "2024-10-21", None)]


@pytest.mark.parametrize(("paragraph", "place", "date", "rest"), [
    ("Львів, 12 вересня. Укрінформ. Галерея відкриє виставку.", "Львів", "12 вересня", "Галерея відкриє виставку."),
    ("Львів, 27 травня. Укрінформ — Центр крові звернувся до мешканців.", "Львів", "27 травня",
     "Центр крові звернувся до мешканців."),
    ("Полтава (УНІАН). У Полтавській області вчора запрацювала станція.", "Полтава", "",
     "У Полтавській області вчора запрацювала станція."),
    ("Santiago de Compostela (EFE). Texto.", "Santiago de Compostela", "", "Texto."),
])
def test_datelines_ending_with_a_full_stop(paragraph: str, place: str, date: str, rest: str) -> None:
    assert split_dateline(paragraph) == (Dateline(place, date), rest)


def test_a_sentence_ending_with_brackets_is_no_dateline() -> None:
    assert split_dateline("Il a dit (voir). Puis il est parti.") == (None, "Il a dit (voir). Puis il est parti.")


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "The first section should be finished by the end of 2026.", "2026-12"),
    ("de", "Der erste Teil der Brücke soll bis Ende 2026 fertig sein.", "2026-12"),
    ("fr", "Les travaux devaient s'achever fin 2021.", "2021-12"),
    ("es", "Las obras terminarán a finales de 2026.", "2026-12"),
    ("ru", "Работы завершат в конце 2026 года.", "2026-12"),
    ("uk", "Роботи завершать наприкінці 2026 року.", "2026-12"),
    ("tr", "Çalışmalar 2026 sonunda tamamlanacak.", "2026-12"),
])
def test_the_end_of_a_year_is_its_december(language: str, sentence: str, expected: str) -> None:
    """So that it sorts after the year's other events, as it happens after them."""
    assert [date for _, date, _ in spans(sentence, "2025-09-23", language)] == [expected]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("es", "Entre enero y junio, las islas acumularon 6,9 millones de llegadas.", ("2024-01", "2024-06")),
    ("ru", "Грузооборот порта за январь-август 2025 года снизился на 7,8%.", ("2025-01", "2025-08")),
    ("en", "Sales rose between January and June.", ("2024-01", "2024-06")),
    ("de", "Von Januar bis Juni 2023 stieg der Absatz.", ("2023-01", "2023-06")),
    ("fr", "Les ventes ont progressé de janvier à juin.", ("2024-01", "2024-06")),
    ("tr", "Ocak-haziran döneminde ihracat arttı.", ("2024-01", "2024-06")),
    ("fr", "Entre novembre 2021 et mai 2022, les éleveurs ont perdu la moitié de leurs animaux.",
     ("2021-11", "2022-05")),  # each month with its year
    ("en", "Farmers lost half of their animals between March 2021 and May 2022.", ("2021-03", "2022-05")),
    ("de", "Zwischen März 2021 und Mai 2022 verloren die Bauern die Hälfte ihrer Tiere.", ("2021-03", "2022-05")),
    ("es", "Entre noviembre de 2021 y mayo de 2022 los ganaderos perdieron la mitad.", ("2021-11", "2022-05")),
    ("fr", "« Entre novembre 2021 et mai 2022, nous avions perdu la moitié de nos animaux », a rappelé l'éleveur.",
     ("2021-11", "2022-05")),  # in a quote
])
def test_two_months_as_a_range_are_one_span(language: str, sentence: str, expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2024-08-02", language)
    assert tuple(dates) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("tr", "İzmir'deki tüm okullarda 19 Kasım Çarşamba günü saat 10.00'da tatbikat yapılacak.", "2025-10-14",
     "2025-11-19T10:00:00"),
    ("en", "The vote was moved to Wednesday, Nov. 19.", "2025-10-14", "2025-11-19"),  # "moved": no past of its own
    ("fr", "Le procès a débuté mercredi 19 novembre.", "2026-01-14", "2025-11-19"),
])
def test_a_weekday_with_its_day_fixes_the_year(language: str, sentence: str, story: str, expected: str) -> None:
    assert [date for _, date, _ in spans(sentence, story, language)] == [expected]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("en", "Trading in the stock was briefly suspended at 0815 GMT after a surge in orders.", "2024-06-05",
     "2024-06-05T08:15:00"),
    ("en", "Shares were down 6.3% at 142 pence by 1015 GMT.", "2024-03-14", "2024-03-14T10:15:00"),
    ("ru", "Он выиграл в последнем туре, который начался в 15:00 по московскому времени.", "2024-04-12",
     "2024-04-12T15:00:00"),
])
def test_a_time_with_its_zone_is_the_time_of_what_happened_that_day(language: str, sentence: str, story: str,
                                                                    expected: str) -> None:
    assert [date for _, date, _ in spans(sentence, story, language)] == [expected]


def test_a_time_with_its_zone_in_a_schedule_is_no_event() -> None:
    assert spans("The market opens at 0800 GMT every day.", "2024-03-14", "en") == []


def test_a_night_with_two_clock_times_runs_from_the_first_to_the_second() -> None:
    assert spans("In der Nacht zum Sonntag werden zwischen 22.00 Uhr und 6.00 Uhr Schranken aufgebaut.",
                 "2025-09-23", "de") == [("In der Nacht zum Sonntag werden zwischen 22.00 Uhr und 6.00 Uhr",
                                          "2025-09-27T22:00:00", "2025-09-28T06:00:00")]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("en", "Skyline Connect had planned to open a route from Belfast to Cork in May.", "2024-03-14", "2024-05"),
    ("fr", "La direction a proposé aux syndicats de rouvrir les négociations le 23 mars.", "2023-03-16",
     "2023-03-23"),
    ("ru", "Заход контейнеровоза, ожидавшийся 12 сентября, перенесен.", "2025-09-17", "2025-09-12"),
    ("tr", "Tatbikatın ilk olarak 10 Ekim'de yapılması planlandı.", "2025-10-14", "2025-10-10"),
    ("de", "Ein Milchgipfel, der für den 17. November geplant war, wurde verschoben.", "2023-11-14", "2023-11-17"),
])
def test_an_intention_told_in_the_past_is_on_the_nearest_such_day(language: str, sentence: str, story: str,
                                                                  expected: str) -> None:
    assert spans(sentence, story, language)[0][1] == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("es", "Baleares recibió 2,1 millones de turistas, un 6,4 % más que en el mismo mes del año pasado."),
    ("en", "Exports rose 4% from the same month of 2023."),
    ("de", "Der Absatz stieg gegenüber dem gleichen Monat des Vorjahres."),
])
def test_the_same_month_a_year_before_is_no_event(language: str, sentence: str) -> None:
    assert spans(sentence, "2024-08-02", language) == []


def test_since_a_month_is_behind_in_turkish() -> None:
    assert spans("Madende ocak ayından bu yana güçlendirme çalışmaları sürüyor.", "2022-11-08", "tr")[0][1] == \
        "2022-01"


def test_a_month_something_is_moved_to_is_ahead() -> None:
    assert spans("Der Milchgipfel wurde auf Januar verschoben.", "2023-11-14", "de") == [
        ("auf Januar", "2024-01", None)]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "In den ersten drei Quartalen stieg die angelieferte Milchmenge um 2,3 Prozent.", ("2023-01", "2023-09")),
    ("en", "Sales rose in the first three quarters of 2022.", ("2022-01", "2022-09")),
    ("ru", "За три квартала 2023 года выручка выросла.", ("2023-01", "2023-09")),
])
def test_the_first_quarters_of_a_year_are_one_span(language: str, sentence: str, expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2023-11-14", language)
    assert tuple(dates) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("de", "Ein Wolf hatte in der Nacht zu Montag elf Schafe gerissen.", "2026-04-15",
     [("in der Nacht zu Montag", "2026-04-12", "2026-04-13")]),
    ("ru", "Роман был написан осенью 1866 года.", "2023-11-21", [("осенью 1866 года", "1866-09", "1866-11")]),
    ("ru", "Театр покажет спектакль 2 и 3 декабря.", "2023-11-21", [("2 и 3 декабря", "2023-12-02", "2023-12-03")]),
    ("fr", "Transavia annulera environ 40 % de ses vols mercredi et jeudi.", "2025-06-24",
     [("mercredi et jeudi", "2025-06-25", "2025-06-26")]),
    ("fr", "Le préavis court du mercredi 25 juin à 00h00 au vendredi 27 juin à 23h59.", "2025-06-24",
     [("du mercredi 25 juin à 00h00 au vendredi 27 juin à 23h59", "2025-06-25T00:00:00", "2025-06-27T23:59:00")]),
    ("uk", "Від початку січня на кір захворіли 96 людей.", "2026-02-05", [("Від початку січня", "2026-01", None)]),
    ("uk", "Міністерство охорони здоров'я з 16 лютого до 31 травня проведе кампанію.", "2026-02-05",
     [("з 16 лютого до 31 травня", "2026-02-16", "2026-05-31")]),  # "здоров'я" is no past tense
    ("es", "Los regantes se concentrarán el jueves 17 ante la delegación.", "2023-08-09",
     [("jueves 17", "2023-08-17", None)]),  # the weekday and its day's number, without the month
    ("es", "Es la tercera embarcación, después de que el sábado llegaran otras dos.", "2024-10-17",
     [("sábado", "2024-10-12", None)]),  # "llegaran": a past, though a subjunctive
])
def test_nights_seasons_pairs_of_days_and_weekdays_with_their_number(
        language: str, sentence: str, story: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


def test_two_weekdays_that_are_not_one_after_the_other_stay_two_days() -> None:
    assert [(text, end) for text, _, end in spans("Les pilotes feront grève lundi et jeudi.", "2025-06-24", "fr")] == [
        ("lundi", None), ("jeudi", None)]


@pytest.mark.parametrize(("sentence", "story", "expected"), [
    ("Karayollarınca 3 Mart'ta başlatılan genişletme çalışması ekim ayında tamamlanacak.", "2025-07-22",
     "2025-03-03"),  # the participle's event may be over though the sentence looks ahead: the nearest
    ("Sanıklar, 11 Ocak'ta yapılan ilk duruşmada suçlamaları reddetmişti.", "2022-10-05", "2022-01-11"),
    ("Madende ocak ayından bu yana süren çalışmalar tamamlanacak.", "2022-11-08", "2022-01"),  # since: behind
])
def test_a_turkish_participle_after_a_date(sentence: str, story: str, expected: str) -> None:
    assert spans(sentence, story, "tr")[0][1] == expected


@pytest.mark.parametrize(("language", "sentences", "story", "expected"), [
    ("en", ["The lottery suspended two games on Feb. 3, 2022.",  # a day long gone: the time is the report's day
            "Farrow did not speak to reporters as he left the courthouse shortly after 11:30 a.m."],
     "2024-03-14", ("2024-03-14T11:30:00", None)),
    ("en", ["The central bank cut its rate on Wednesday.",
            "The dollar, which had fallen on Monday, rose after the decision was published at 2 p.m. local time."],
     "2025-11-26", ("2025-11-26T14:00:00", None)),
    ("fr", ["Les vitraux de la cathédrale ont retrouvé leur place mercredi.",
            "Les neuf panneaux ont été remis en place entre 8h00 et 16h30."],
     "2022-09-28", ("2022-09-28T08:00:00", "2022-09-28T16:30:00")),
])
def test_a_time_in_a_sentence_without_its_own_day(language: str, sentences: list[str], story: str,
                                                 expected: tuple[str, str | None]) -> None:
    assert expected in draft_dates(sentences, story, language)


def test_a_range_of_times_ahead_is_a_schedule() -> None:
    dates = draft_dates(["Les urgences fermeront la nuit à partir du 20 janvier.",
                         "Entre 20h00 et 08h00, les patients seront orientés vers Lyon."], "2026-01-20", "fr")
    assert [date for date, _ in dates if "T" in date] == []


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("tr", "Kurulun pazartesi günü olağanüstü toplanacağı bildirildi.", "2023-04-13",
     [("pazartesi günü", "2023-04-17", None)]),  # "olağanüstü" is no past tense
    ("tr", "Cezanın, sporcunun uzaklaştırıldığı 10 Şubat'tan itibaren geçerli olacağı belirtildi.", "2023-04-13",
     [("10 Şubat'tan", "2023-02-10", None)]),  # the day on which it was done
    ("tr", "Cezanın 2027 yılının şubat ayında sona ereceği belirtildi.", "2023-04-13",
     [("2027 yılının şubat ayında", "2027-02", None)]),
    ("tr", "Çayeli ve Pazar ilçelerinde pazartesi gecesi sel meydana geldi.", "2025-08-26",
     [("pazartesi gecesi", "2025-08-25", "2025-08-26")]),  # "Pazar ilçesi": a town
    ("en", "The storm hit the coast on Monday night.", "2025-08-26", [("Monday night", "2025-08-25", "2025-08-26")]),
    ("ru", "Обсуждение было перенесено на декабрь.", "2024-11-15", [("на декабрь", "2024-12", None)]),
    ("ru", "Первоначально открытие планировалось на сентябрь.", "2023-11-28", [("на сентябрь", "2023-09", None)]),
])
def test_turkish_participles_nights_towns_and_months_moved_to(language: str, sentence: str, story: str,
                                                             expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


def test_a_turkish_range_of_times_after_a_night_runs_into_its_morning() -> None:
    dates = draft_dates(["Rize'de pazartesi gecesi sel meydana geldi.",
                         "Bölgede saat 23.00 ile 03.00 arasında metrekareye 112 kilogram yağış düştü."],
                        "2025-08-26", "tr")
    assert ("2025-08-25T23:00:00", "2025-08-26T03:00:00") in dates


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Conab, which cut its harvest forecast on Sept. 24, has said the dry spell was the longest on record.",
     [("Sept. 24", "2024-09-24", None)]),  # "which cut": a past; "its forecast on": a noun, no future
    ("Vietnam's coffee exports fell 20% in the third quarter from a year earlier.",
     [("in the third quarter", "2024-07", "2024-09")]),  # a quarter told with figures
    ("The Lakers led by 12 points in the third quarter.", []),  # a game's
])
def test_english_past_verbs_nouns_and_quarters(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, "2024-10-17", "en") == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("es", "El SAMA ha convocado a las partes a una nueva reunión el lunes 27, mientras el Consistorio estudia.",
     "2023-11-21", [("lunes 27", "2023-11-27", None)]),  # a comma after the day's number
    ("es", "La empresa asegura que su última oferta, presentada el viernes, supera lo pactado.", "2023-11-21",
     [("viernes", "2023-11-17", None)]),  # a participle right before its day: done then
    ("es", "La reunión, prevista para el viernes, fue aplazada.", "2023-11-21", [("viernes", "2023-11-24", None)]),
    ("ru", "Испытания планировалось начать на первый квартал 2025 года.", "2025-09-30",
     [("на первый квартал 2025 года", "2025-01", "2025-03")]),
])
def test_days_with_their_number_participles_and_quarters_a_plan_is_for(language: str, sentence: str, story: str,
                                                                       expected: list[tuple[str, str, str | None]]
                                                                       ) -> None:
    assert spans(sentence, story, language) == expected


def test_a_ukrinform_dateline_with_a_full_stop_after_its_place() -> None:
    assert split_dateline("Житомир. 22 січня. Укрінформ. Енергетики відновили живлення.") == (
        Dateline("Житомир", "22 січня"), "Енергетики відновили живлення.")


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("en", "A consultation, which had been due to close on Feb. 28, would now run until May 30.", "2025-03-12",
     [("Feb. 28", "2025-02-28", None), ("May 30", "2025-05-30", None)]),  # "had been due": a plan gone by
    ("fr", "Cinq représentations sont programmées à Lyon, la dernière le 19 octobre.", "2024-10-04",
     [("19 octobre", "2024-10-19", None)]),  # "la dernière": the last one, no past
    ("uk", "Центр зайнятості пообіцяв провести ярмарок вакансій 19 червня.", "2025-06-10",
     [("19 червня", "2025-06-19", None)]),  # a promise told in the past: the nearest day
    ("de", "Der Verband warnte, die am 10. Dezember geplante Erhöhung könne Transporte verlagern.", "2023-04-27",
     [("10. Dezember", "2023-12-10", None)]),  # "geplante": a plan still ahead
    ("tr", "Açılış, pistlerin suni karla kaplanmasının ardından 21 Aralık'a alındı.", "2024-12-16",
     [("21 Aralık'a", "2024-12-21", None)]),  # the day something was moved to
    ("tr", "20 Kasım'da dalgalar evlerin 50 metre yakınına kadar geldi.", "2025-11-26",
     [("20 Kasım'da", "2025-11-20", None)]),  # "yakınına kadar": as far as, no "until"
])
def test_plans_gone_by_promises_and_days_moved_to(language: str, sentence: str, story: str,
                                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("de", "Die Runde sei auf Wunsch der Gewerkschaft auf den 27. Oktober verschoben worden.", "2026-10-14",
     [("27. Oktober", "2026-10-27", None)]),  # the day it was moved to
    ("de", "Ein Vertrag, der zum 1. Januar in Kraft treten sollte, wurde verschoben.", "2026-01-22",
     [("1. Januar", "2026-01-01", None)]),  # "sollte": a plan, the nearest day
    ("fr", "L'inauguration officielle, initialement prévue en juin, a été reportée.", "2022-09-06",
     [("en juin", "2022-06", None)]),  # "initialement prévue": a plan, the nearest June
    ("en", "Member states are due to discuss the disposal of spent stages at a meeting from March 18 to 20.",
     "2025-02-12", [("from March 18 to 20", "2025-03-18", "2025-03-20")]),  # "of spent stages": no past
    ("tr", "Açılış töreninden iki gün önce, 8 Eylül'de İstanbul'dan hareket edecek kafile hazır.", "2024-08-20",
     [("8 Eylül'de", "2024-09-08", None)]),  # two days before an event named: no "ago", no past
])
def test_days_moved_to_plans_and_days_before_an_event(language: str, sentence: str, story: str,
                                                      expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a season told from the report's: the last one over, the next to begin, this year's
    ("de", "Der Elektrolyseur wurde im vergangenen Herbst in Betrieb genommen.", "2026-02-19",
     [("vergangenen Herbst", "2025-09", "2025-11")]),
    ("en", "The plant opened last summer.", "2025-03-12", [("last summer", "2024-06", "2024-08")]),
    ("fr", "L'usine a ouvert l'été dernier et fermera cet automne.", "2024-04-23",
     [("été dernier", "2023-06", "2023-08"), ("cet automne", "2024-09", "2024-11")]),
    ("es", "La planta abrió el otoño pasado.", "2023-06-08", [("otoño pasado", "2022-09", "2022-11")]),
    ("ru", "Завод открыли прошлой осенью.", "2025-07-03", [("прошлой осенью", "2024-09", "2024-11")]),
    ("uk", "Сад заклали минулої весни.", "2023-10-10", [("минулої весни", "2023-03", "2023-05")]),
    ("tr", "Geçen yaz açılan tesis büyüdü.", "2025-01-21", [("Geçen yaz", "2024-06", "2024-08")]),
    ("en", "The road will reopen next spring.", "2025-11-06", [("next spring", "2026-03", "2026-05")]),
])
def test_a_season_told_from_the_reports_is_its_months(language: str, sentence: str, story: str,
                                                       expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


def test_next_summer_before_this_years_is_marked_to_be_checked() -> None:
    found = find_mentions("The group hopes to open the house next summer.", dt.date(2025, 4, 17), "en")
    assert [(m.date.iso(), m.sure) for m in found] == [("2025-06", False)]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a weekday of every week is no day
    ("es", "El mercado, que se celebra cada domingo hasta el 15 de marzo, abrió en enero.", "2026-02-04",
     [("15 de marzo", "2026-03-15", None), ("en enero", "2026-01", None)]),
    ("en", "The market opens every Sunday until March 15.", "2026-02-04", [("March 15", "2026-03-15", None)]),
    ("de", "Der Markt öffnet jeden Sonntag.", "2026-02-04", []),
    ("ru", "Рынок работает каждое воскресенье.", "2026-02-04", []),
    # a year that names a budget names no event of that year
    ("de", "Das Kabinett soll den Entwurf für den Haushalt 2027 im Juli beschließen.", "2026-04-22",
     [("im Juli", "2026-07", None)]),
    ("fr", "Le projet de loi de finances 2025 a été présenté.", "2024-10-10", []),
    # a Turkish date in its own case is no part of the street or quarter named after it
    ("tr", "Sanığın 17 Temmuz 2020'de Toparlar Mahallesi yakınlarında ateş yaktığı belirlendi.", "2023-09-14",
     [("17 Temmuz 2020'de", "2020-07-17", None)]),
    ("tr", "Yürüyüş 29 Ekim Caddesi'nde yapıldı.", "2023-09-14", []),
    # a month or a week, then the day within it, are one date
    ("tr", "Geçen ay 29 Ağustos'taki duruşmada sanık suçlamaları reddetmişti.", "2023-09-14",
     [("29 Ağustos'taki", "2023-08-29", None)]),
    ("tr", "Geçen hafta cuma günü yaşanan arıza nedeniyle ziyaretçiler karanlıkta kaldı.", "2025-01-21",
     [("Geçen hafta cuma günü", "2025-01-17", None)]),
])
def test_days_of_every_week_years_that_name_and_days_within_a_month_or_week(
        language: str, sentence: str, story: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # "approved plans on Tuesday": a noun, no plan ahead; "a petition signed by": a participle, no past
    ("en", "Councillors narrowly approved plans on Tuesday to extend the runway.", "2025-03-12",
     [("Tuesday", "2025-03-11", None)]),
    ("en", "The trust said it would present a petition signed by 40,000 people to Parliament on Monday.",
     "2025-03-12", [("Monday", "2025-03-17", None)]),
    # "the national planning board": a noun; "postponed a hearing, set for Oct. 28": the comma ends the cue
    ("en", "The national planning board on Wednesday postponed a hearing, set for Oct. 28, on a campus.",
     "2024-10-17", [("Wednesday", "2024-10-16", None), ("Oct. 28", "2024-10-28", None)]),
    # "se detuviera": a past subjunctive
    ("es", "La vigilancia aumentó después de que el sábado se detuviera a dos vecinos.", "2026-02-04",
     [("sábado", "2026-01-31", None)]),
    # "ab Montag … einzusetzen", "am 5. Dezember … zu protestieren": what was announced is to be done
    ("de", "Der Verkehrsverbund kündigte an, ab Montag zusätzliche Busse einzusetzen.", "2025-08-14",
     [("Montag", "2025-08-18", None)]),
    ("de", "Der Verband kündigte an, am 5. Dezember vor dem Landtag zu protestieren.", "2022-11-24",
     [("5. Dezember", "2022-12-05", None)]),
    ("de", "Die Brücke wurde vor drei Jahren gesperrt.", "2022-11-24", [("vor drei Jahren", "2019", None)]),
])
def test_cues_that_are_nouns_participles_and_plans(language: str, sentence: str, story: str,
                                                   expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # the month something was moved to, with its "to", "a", "à"
    ("es", "La reunión ha quedado aplazada a septiembre.", "2025-08-06", [("a septiembre", "2025-09", None)]),
    ("en", "Ochs said the hearing would likely be pushed back to December.", "2024-10-17",
     [("to December", "2024-12", None)]),
    ("fr", "La réunion a été reportée à septembre.", "2024-10-17", [("à septembre", "2025-09", None)]),
    ("es", "La recolección arrancó con retraso por las lluvias registradas a finales de febrero.", "2024-03-14",
     [("a finales de febrero", "2024-02", None)]),  # "el retraso": a noun, no postponement
    # a span whose first day is set off by commas
    ("es", "Las restricciones se aplicarán desde el próximo lunes, 11 de agosto, hasta el 30 de septiembre.",
     "2025-08-06", [("desde el próximo lunes, 11 de agosto, hasta el 30 de septiembre", "2025-08-11", "2025-09-30")]),
    # one day told twice
    ("ru", "Акт государственная комиссия подписала накануне, во вторник, после чего арена получила разрешения.",
     "2022-11-09", [("накануне, во вторник", "2022-11-08", None)]),
    # the Turkish day something was put off to is ahead
    ("tr", "Kuş gözlem etkinliğinin kuvvetli rüzgar uyarısı nedeniyle 18 Kasım'a ertelendiği bildirildi.",
     "2023-10-04", [("18 Kasım'a", "2023-11-18", None)]),
    # a day chosen is the nearest; "це субота" names what a day is
    ("uk", "\"Ми свідомо обрали 16 травня, бо це субота перед Днем музеїв\", - сказав директор.", "2026-05-14",
     [("16 травня", "2026-05-16", None)]),
    # what happens every year names no event
    ("es", "La cofradía no lo hará antes de la vendimia, que suele terminar a mediados de octubre.", "2023-11-28",
     []),
    ("de", "Ein Werksverkauf, der für den 24. Mai angekündigt war und zu dem jedes Jahr Tausende kommen, fiel aus.",
     "2025-05-14", [("24. Mai", "2025-05-24", None)]),  # the habit is another clause's
    # today in a comparison is how things stand
    ("fr", "Le texte porte le tarif à 35 centimes, contre environ 20 centimes aujourd'hui, dès le 1er janvier 2026.",
     "2025-06-05", [("1er janvier 2026", "2026-01-01", None)]),
    # the start of something at a time on a weekday
    ("en", "It had hired outside carriers to cover some routes beginning at 6 a.m. on Monday.", "2025-03-14",
     [("at 6 a.m. on Monday", "2025-03-17T06:00:00", None)]),
    ("de", "Bis zum zweiten Quartal 2027 sollen alle drei Ofenlinien wieder laufen.", "2026-09-15",
     [("Bis zum zweiten Quartal 2027", "2027-04", "2027-06")]),
])
def test_days_moved_to_told_twice_chosen_and_habits(language: str, sentence: str, story: str,
                                                    expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


@pytest.mark.parametrize(("language", "sentences", "story", "expected"), [
    # "sabaha karşı": about then; after a night's time, a morning time is the next day's
    ("tr", ["Depoda saat 23.15 sıralarında yangın çıktı.",
            "Yangın sabaha karşı saat 04.30'da kontrol altına alındı, soğutma bugün öğlene kadar sürdü."],
     "2024-08-21", "2024-08-21T04:30:00"),
    # a day recalled in the pluperfect is not the day a time alone after it is on
    ("es", ["Los agentes han intervenido este miércoles 3.200 kilos de cocaína.",
            "El contenedor había llegado al puerto el pasado domingo.",
            "Los agentes hallaron la droga a las 10.30 horas, ha precisado el Ministerio."],
     "2023-11-22", "2023-11-22T10:30:00"),
    # after a sentence naming only a day far off, the day the sentence before it named
    ("fr", ["Les députés ont adopté mercredi soir un amendement.",
            "Le texte prévoit de porter le tarif à 35 centimes à compter du 1er janvier 2026.",
            "L'élue a plaidé lors des débats, qui se sont achevés peu après 23h00."],
     "2025-06-05", "2025-06-04T23:00:00"),
])
def test_a_time_alone_after_a_recalled_or_distant_day(language: str, sentences: list[str], story: str,
                                                      expected: str) -> None:
    assert expected in [date for date, _ in draft_dates(sentences, story, language)]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a plan set for a day and then put off: the nearest such day ("Jan. 15" holds a dot)
    ("en", "A first vote, scheduled for Jan. 15, had been postponed after an ice storm, officials said.",
     "2025-02-06", [("Jan. 15", "2025-01-15", None)]),
    ("es", "El Ayuntamiento tenía previsto presentar el 5 de octubre un plan, pero lo aplazó a noviembre.",
     "2023-10-19", [("5 de octubre", "2023-10-05", None), ("a noviembre", "2023-11", None)]),
    ("ru", "Запланированная на 27 мая научная конференция по сейсмостойкому строительству была перенесена.",
     "2025-05-28", [("27 мая", "2025-05-27", None)]),
    ("ru", "Испытание, первоначально намеченное на август, было перенесено.", "2025-09-24",
     [("на август", "2025-08", None)]),
    ("tr", "Tuncer, kasımda Irak'a da ürün göndermeyi planladıklarını ifade etti.", "2025-10-15",
     [("kasımda", "2025-11", None)]),
    # what is recommended, expected or told by a relative clause after the date looks ahead
    ("ru", "Роспотребнадзор рекомендовал руководителям медицинских и образовательных учреждений проверить "
           "прививочный статус сотрудников до 1 ноября.", "2024-10-09", [("1 ноября", "2024-11-01", None)]),
    ("en", "\"We expect to restore full supply by Thursday,\" said Karen Oduya.", "2024-03-12",
     [("Thursday", "2024-03-14", None)]),
    ("fr", "Une séance est prévue, tandis que l'observation nocturne du 12 août, qui coïncidera avec une éclipse, "
           "affiche déjà complet.", "2026-01-14", [("12 août", "2026-08-12", None)]),
    # a Turkish past participle or "geçen" of a relative clause before the date is not the verb's tense; a name
    # ending like a past is no past
    ("tr", "AFAD ekiplerinin geçen hafta başlattığı incelemelerin ocak sonunda tamamlanması bekleniyor.",
     "2023-12-13", [("geçen hafta", "2023-12-04", "2023-12-10"), ("ocak sonunda", "2024-01", None)]),
    ("tr", "Konyaaltı Belediye Meclisi'nin 5 Aralık'ta olağanüstü toplanacağı öğrenildi.", "2024-11-26",
     [("5 Aralık'ta", "2024-12-05", None)]),
    ("tr", "Bakan Ersoy'un pazartesi günü kazı alanını ziyaret etmesi bekleniyor.", "2024-09-12",
     [("pazartesi günü", "2024-09-16", None)]),  # "'un": a case ending, no indefinite article
    # any such day: "un mercredi"
    ("fr", "Nous voulions un lieu où un enfant puisse voir le ciel un mercredi après-midi.", "2026-01-14", []),
])
def test_plans_put_off_terms_relative_clauses_and_turkish_verbs_at_the_end(
        language: str, sentence: str, story: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


def test_a_turkish_day_of_a_relative_clause_is_not_the_day_of_the_time_after_it() -> None:
    assert spans("Dün alınan son savunmaların ardından mahkeme heyeti, saat 14.30'da kararını açıkladı.",
                 "2024-11-26", "tr") == [("Dün", "2024-11-25", None)]


def test_a_ukrinform_dateline_alone_on_its_line() -> None:
    assert split_dateline("Коломия, 21 лютого. Укрінформ.") == (Dateline("Коломия", "21 лютого"), "")


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("ru", "Летные испытания ракеты должны состояться в IV квартале 2026 года.", "2025-09-24",
     [("в IV квартале 2026 года", "2026-10", "2026-12")]),  # a Roman figure
    ("ru", "Конференция была перенесена на осень.", "2025-05-28", [("на осень", "2025-09", "2025-11")]),
    ("es", "Banco Meseta cerrará 120 oficinas entre enero y marzo del próximo año.", "2023-11-08",
     [("entre enero y marzo del próximo año", "2024-01", "2024-03")]),  # year words after the months
    ("en", "The bank closed branches in March last year.", "2023-11-08", [("in March last year", "2022-03", None)]),
])
def test_roman_quarters_seasons_put_off_to_and_years_after_their_months(
        language: str, sentence: str, story: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


def test_a_ukrinform_dateline_without_its_full_stop() -> None:
    assert split_dateline("Вінниця, 4 березня. Укрінформ") == (Dateline("Вінниця", "4 березня"), "")


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("de", "Der Verein, dessen Fahrer 2021 noch ausweichen mussten, darf die Halle ab Montag nutzen.", "2023-10-05",
     [("2021", "2021", None), ("Montag", "2023-10-09", None)]),  # "ab Montag": from then on
    ("de", "Wer am 29. September ein Angebot ankündigt, darf sich über Streiks nicht wundern.", "2026-10-14",
     [("29. September", "2026-09-29", None)]),
    ("de", "Die Veranstalter sagten das vom 26. Juli bis 3. August geplante Fest ab.", "2025-07-22",
     [("vom 26. Juli bis 3. August", "2025-07-26", "2025-08-03")]),  # planned, then called off: the nearest
    ("de", "Das NEE warnte, die am 10. Dezember geplante Erhöhung könne Transporte verlagern.", "2023-04-20",
     [("10. Dezember", "2023-12-10", None)]),  # planned and still ahead
    ("fr", "La dernière intrusion, survenue dimanche soir vers 21h40, a entraîné le déroutement de vols.",
     "2024-11-14", [("dimanche soir vers 21h40", "2024-11-10T21:40:00", None)]),
    ("fr", "La CGT réclame le maintien des 40 lits dont la fermeture est envisagée entre juillet et août.",
     "2024-04-24", [("entre juillet et août", "2024-07", "2024-08")]),
    ("en", "United said it had waived change fees for travelers booked through Oct. 11.", "2024-10-09",
     [("Oct. 11", "2024-10-11", None)]),
    # a year a figure is compared with names no event
    ("es", "La cereza se paga a 3,20 euros el kilo, frente a los 2,40 euros de 2024.", "2025-06-05", []),
    ("es", "La campaña cerrará con 18 millones de kilos, casi un 30 % menos que la del año pasado.", "2025-06-05",
     []),
    ("fr", "Les musées ont accueilli 1,1 million de visiteurs en 2025, contre 1,4 million en 2019.", "2026-01-22",
     [("en 2025", "2025", None)]),
])
def test_from_a_weekday_on_plans_called_off_pasts_and_years_compared_with(
        language: str, sentence: str, story: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("uk", "Ремонт, що розпочався навесні 2022-го, зупиняли.", "2024-09-12", ("навесні 2022-го", "2022-03")),
    ("ru", "Ремонт начался весной 2022-го.", "2024-09-12", ("весной 2022-го", "2022-03")),
    ("tr", "İhalenin ise 2026'nın ilk çeyreğinde yapılması planlanıyor.", "2025-12-10",
     ("2026'nın ilk çeyreğinde", "2026-01")),
])
def test_a_year_in_its_short_or_genitive_form(language: str, sentence: str, story: str,
                                             expected: tuple[str, str]) -> None:
    clauses = split_clauses(sentence, language)
    found = [(sentence[m.start:m.end].strip(), m.date.iso())
             for m in find_mentions(sentence, dt.date.fromisoformat(story), language, clauses)]
    assert expected in found, found


@pytest.mark.parametrize(("sentence", "story", "language", "expected"), [
    # the eve of a day named before it in the sentence, told in that day's tense
    ("Прививочный кабинет возобновит работу в пятницу, 23 августа, а новую партию вакцин доставят в поликлинику "
     "накануне, уточнили в минздраве.", "2024-08-21", "ru", "2024-08-22"),
    ("Le musée rouvrira le samedi 12 octobre, et les scellés seront levés la veille.", "2024-10-01", "fr",
     "2024-10-11"),
    # told in the past about a day ahead, it is the report's eve
    ("Музей представит находку публике 1 декабря, сообщила накануне пресс-служба университета.", "2026-10-14", "ru",
     "2026-10-13"),
])
def test_an_eve_after_a_day_in_its_sentence_is_the_day_before_that_day(sentence: str, story: str, language: str,
                                                                         expected: str) -> None:
    eves = [date for text, date, _ in spans(sentence, story, language) if text.lower() in ("накануне", "la veille")]
    assert eves == [expected], spans(sentence, story, language)


@pytest.mark.parametrize(("sentence", "story", "language", "expected"), [
    ('"Рейсы начнут отправляться в марте, а маршруты мы переведем во втором квартале", - пояснил он.', "2022-12-07",
     "ru", ("во втором квартале", "2023-04", "2023-06")),
    ("Eine für Februar geplante Taktverdichtung wurde vorerst abgesagt.", "2023-01-18", "de",
     ("für Februar", "2023-02", None)),
    # planned, then called off: the nearest March, not the next one
    ("Ein zunächst für März vorgesehener Transport war abgesagt worden.", "2025-05-06", "de",
     ("für März", "2025-03", None)),
    ("The vote, scheduled for March, was postponed.", "2023-01-18", "en", ("for March", "2023-03", None)),
    # a strong preterite tells the past: "dijeron", "hicieron", "tuvieron"
    ('"Llevamos ocho años esperando, y el 14 de febrero nos dijeron que esto estaba hecho", ha lamentado.',
     "2023-11-22", "es", ("14 de febrero", "2023-02-14", None)),
])
def test_a_month_planned_for_a_quarter_after_vo_and_a_strong_preterite_are_read(
        sentence: str, story: str, language: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in spans(sentence, story, language), spans(sentence, story, language)


def test_a_dateline_whose_date_has_its_year_and_a_comma_before_the_agency_is_split_off() -> None:
    dateline, text = split_dateline("Ужгород, 11 жовтня 2023 року, УНІАН. Реконструкцію пункту пропуску планують "
                                    "завершити.")
    assert dateline == Dateline("Ужгород", "11 жовтня 2023 року")
    assert text.startswith("Реконструкцію")
    assert split_dateline("Київ, 5 травня, депутати ухвалили закон.")[0] is None  # a sentence, no agency


@pytest.mark.parametrize(("sentence", "story", "language"), [
    ("No podemos permitir que lo que vivimos aquel martes vuelva a repetirse.", "2025-06-04", "es"),
    ("What we lived through that Tuesday must not happen again.", "2025-06-04", "en"),
    ("Ce que nous avons vécu ce mardi-là ne doit pas se reproduire.", "2025-06-04", "fr"),
    ("Was wir an jenem Dienstag erlebt haben, darf sich nicht wiederholen.", "2025-06-04", "de"),
    ("В тот вторник ничего не произошло.", "2025-06-04", "ru"),
    # "heute noch", "bis heute": how long a state lasts
    ("Ohne diesen Hinweis wären wir wohl heute noch nicht so weit.", "2023-04-19", "de"),
    ("Der Vertrag gilt bis heute.", "2023-04-19", "de"),
])
def test_a_weekday_the_story_told_of_before_and_a_today_of_duration_are_no_dates(sentence: str, story: str,
                                                                                  language: str) -> None:
    assert spans(sentence, story, language) == []


@pytest.mark.parametrize(("sentence", "story", "language", "expected"), [
    ("Officials said that Monday's attack was planned.", "2025-06-04", "en", ("Monday's", "2025-06-02", None)),
    ("El ministerio aplazó la presentación del plan a octubre.", "2025-06-04", "es", ("a octubre", "2025-10", None)),
    ("Las obras irán de enero a marzo.", "2025-06-04", "es", ("de enero a marzo", "2026-01", "2026-03")),
    # the day of what was decided, not of the deciding: the nearest 1 September
    ("Bakanlık, Gökova Körfezi'nde dip trolüyle avcılığı 1 Eylül'den itibaren tamamen yasaklama kararı aldı.",
     "2026-07-01", "tr", ("1 Eylül'den", "2026-09-01", None)),
])
def test_a_day_after_that_a_month_moved_to_and_a_decided_day_are_read(
        sentence: str, story: str, language: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in spans(sentence, story, language), spans(sentence, story, language)


def test_clock_times_told_in_the_past_after_a_sentence_naming_a_day_ahead_are_on_the_reports_day() -> None:
    draft = draft_article(["Selon Météo-France, les averses devraient se poursuivre jusqu'à jeudi. « On est arrivés à "
                           "9h00, on a été prévenus à 16h00 que c'était fini », a résumé le joueur."], [],
                          dt.date(2025, 5, 27), ActorNames({}, NameIndex.build({})), "x", "fr")
    times = [event.date.iso() for event in draft.timeline if event.date.precision == "time"]
    assert times == ["2025-05-27T09:00:00", "2025-05-27T16:00:00"], times


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Лише за вересень через пункт пропуску проїхало понад 41 тис. транспортних засобів, що на чверть більше, ніж "
     "торік.", "uk", [("за вересень", "2023-09", None), ("торік", "2022", None)]),  # "за" a month: over it
    ("За сентябрь цены выросли на 2%.", "ru", [("За сентябрь", "2023-09", None)]),
    ("Пенсии за февраль будут доставлены в обычные сроки.", "ru", []),  # what a payment is for
])
def test_a_month_after_za_is_read_unless_a_payment_is_for_it(
        sentence: str, language: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, "2023-10-11", language) == expected


@pytest.mark.parametrize(("paragraph", "story", "language", "expected"), [
    ('"Nous l\'avons déjà appliqué en 2016, quand nous avions perdu une journée entière", a expliqué la directrice. '
     "Cette année-là, la journée du 31 mai avait été totalement annulée.", "2025-05-27", "fr",
     ("2016-05-31", "La journée avait été totalement annulée")),
    ("The plant first opened in 2009. That year, production began on March 3.", "2025-05-27", "en",
     ("2009-03-03", "Production began")),
])
def test_a_day_after_that_year_takes_the_year_the_story_named_before(paragraph: str, story: str, language: str,
                                                                     expected: tuple[str, str]) -> None:
    draft = draft_article([paragraph], [], dt.date.fromisoformat(story), ActorNames({}, NameIndex.build({})), "x",
                          language)
    assert expected in [(event.date.iso(), event.title) for event in draft.timeline], draft.timeline


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    # a plan told as the original one, or as what a day replaced, is the nearest day: gone here
    ("de", "Der Verband wirft dem Betreiber vor, eine ursprünglich für Oktober geplante Prüfung aufgeschoben zu "
           "haben.", "2025-10"),
    ("ru", "Подрядчик приступил к работам лишь 5 ноября вместо запланированного 1 октября.", "2025-10-01"),
    ("uk", "Підрядник розпочав роботи лише 5 листопада замість запланованого 1 жовтня.", "2025-10-01"),
    ("en", "The derby, originally set for Oct. 25, was moved because of the storm.", "2025-10-25"),
    # what was decided, by a day still ahead
    ("ru", "На совещании было решено до 1 декабря понизить уровень воды в водохранилище.", "2025-12-01"),
])
def test_an_original_plan_or_a_decision_takes_the_nearest_day(language: str, sentence: str, expected: str) -> None:
    found = [date for _, date, _ in spans(sentence, "2025-11-18", language)]
    assert expected in found, found


def test_a_lowercase_pazar_is_a_market_and_no_sunday() -> None:
    found = spans("Belediyeye göre pazar, 5 Aralık'tan itibaren kapalı pazar alanında kurulacak.", "2025-11-18", "tr")
    assert [date for _, date, _ in found] == ["2025-12-05"], found  # not the year a 5 December is a Sunday


def test_a_day_in_a_clause_of_when_after_a_year_takes_that_year() -> None:
    found = event_dates("The lake froze over on Dec. 30, nearly four weeks later than in 2022, when it was covered "
                        "by Dec. 3.", "2025-01-22", "en")
    assert "2022-12-03" in found, found


@pytest.mark.parametrize(("language", "sentence"), [
    ("uk", "Пожежа на складі виникла в ніч на вівторок, повідомлення про загоряння надійшло близько 02:40."),
    ("de", "Das Feuer brach in der Nacht zum Dienstag aus, der Notruf ging gegen 2.40 Uhr ein."),
])
def test_a_time_after_a_night_in_its_sentence_is_on_the_nights_morning(language: str, sentence: str) -> None:
    found = event_dates(sentence, "2025-08-06", language)
    assert "2025-08-05T02:40:00" in found, found


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a day set by a convocation, a hope, a plan told in the past of a future
    ("fr", "La maire a assuré que la ville « ne laissera personne sans repas » et convoqué les parties le 10 avril.",
     "2025-04-03", "2025-04-10"),
    ("en", "\"We hope to put her back into the sea on April 20,\" the vet said.", "2025-03-14", "2025-04-20"),
    ("ru", "Ранее планировалось, что работы начнутся 18 ноября, однако их перенесли.", "2024-12-02", "2024-11-18"),
    # a clause of a present participle is in the tense of its sentence's verb
    ("en", "Officials had warned last week that the storm would hit the coast, prompting the county to close three "
           "schools on Friday before the forecasts changed.", "2025-02-12", "2025-02-07"),
    # "dès samedi": from the nearest Saturday
    ("fr", "La préfecture a levé l'interdiction vendredi, autorisant la reprise des ventes dès samedi.", "2025-01-10",
     "2025-01-11"),
])
def test_a_set_day_a_hope_and_a_participle_clause_take_their_tense(language: str, sentence: str, story: str,
                                                                    expected: str) -> None:
    found = event_dates(sentence, story, language)
    assert expected in found, found


def test_the_times_of_a_night_before_noon_are_on_its_last_day() -> None:
    found = spans("Так, в ночь на вторник, с 0:30 до 4:30, будет закрыт участок на улице Садовой.", "2024-12-02",
                  "ru")
    assert ("в ночь на вторник, с 0:30 до 4:30", "2024-12-03T00:30:00", "2024-12-03T04:30:00") in found, found


def test_last_year_opening_a_sentence_is_the_year_of_its_months() -> None:
    found = event_dates("В прошлом году запуск катера, намеченный на июнь, перенесли из-за задержки поставки "
                        "деталей.", "2023-05-18", "ru")
    assert "2022-06" in found, found


def test_an_ed_word_after_a_preposition_is_an_adjective_and_no_past() -> None:
    found = event_dates("The cheese council said it would hold a fundraiser for affected producers in Burlington on "
                        "April 27.", "2025-04-17", "en")
    assert "2025-04-27" in found, found


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # what is aimed at or forecast is ahead
    ("tr", "Çiftçilerimize ilk sulama suyunu nisan ayında vermeyi hedefliyoruz.", "2026-01-21",
     ("nisan ayında", "2026-04", None)),
    ("es", "La Aemet prevé viento de levante moderado en el litoral gaditano a partir del martes.", "2025-06-18",
     ("martes", "2025-06-24", None)),  # ("moderado en el litoral" is no "-ado" told with its day)
    # "from Monday on" is ahead
    ("de", "Die Stadtbibliothek schließt wegen ihres Umzugs von Montag an für rund sechs Wochen.", "2026-03-05",
     ("Montag", "2026-03-09", None)),
    # a participle after a future of "rester" is no past; "un dernier bain" is a final one
    ("fr", "Les écoles de 27 communes resteront par ailleurs fermées vendredi, a annoncé la direction académique.",
     "2022-11-17", ("vendredi", "2022-11-18", None)),
    ("fr", "La mairie organise un dernier bain public gratuit le 31 mars.", "2024-03-13",
     ("31 mars", "2024-03-31", None)),
    # "потерпевшие" (the victims) is a noun, no past
    ("ru", "В пятницу потерпевшие планируют подать отдельные гражданские иски.", "2023-05-16",
     ("пятницу", "2023-05-19", None)),
    # a day something was put off to, in the dative, with a front vowel
    ("tr", "Yurdun açılışı, inşaatta yaşanan gecikmeler nedeniyle 1 Aralık'a ertelendi.", "2025-10-15",
     ("1 Aralık'a", "2025-12-01", None)),
])
def test_cues_of_aims_forecasts_and_days_from_which_on_look_ahead(language: str, sentence: str, story: str,
                                                                   expected: tuple[str, str, str | None]) -> None:
    assert expected in spans(sentence, story, language)


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # French hours in words, with a lead word or a part of the day; a Turkish time in the ablative
    ("fr", "Mercredi, on a coupé dès 5 heures du matin pour éviter la chaleur.", "2025-06-26", "2025-06-25T05:00:00"),
    ("fr", "Mardi à 7 heures du soir, la sirène a retenti.", "2025-06-26", "2025-06-24T19:00:00"),
    ("tr", "Acil servis 1 Ağustos sabah 08.00'den itibaren yeni binada hizmet verecek.", "2023-07-27",
     "2023-08-01T08:00:00"),
])
def test_hours_in_words_and_a_turkish_time_from_which_on_are_clock_times(language: str, sentence: str, story: str,
                                                                          expected: str) -> None:
    [(_, date, _)] = spans(sentence, story, language)
    assert date == expected


def test_a_range_of_french_hours_is_a_span_of_its_day_and_a_length_in_hours_is_no_time() -> None:
    assert spans("La mairie organise un bain public le 31 mars, de 10 heures à 18 heures.", "2024-03-13", "fr") \
        == [("31 mars, de 10 heures à 18 heures", "2024-03-31T10:00:00", "2024-03-31T18:00:00")]
    assert spans("Mardi, les pompiers ont lutté pendant 4 heures.", "2024-03-13", "fr") \
        == [("Mardi", "2024-03-12", None)]


def test_a_time_told_in_the_past_is_not_put_on_the_day_ahead_named_before() -> None:
    sentences = ["Открыть трассы планируют не раньше четверга.",
                 "Движение по автодороге было перекрыто с 10:00 до 14:30."]
    assert ("2024-01-23T10:00:00", "2024-01-23T14:30:00") in draft_dates(sentences, "2024-01-23", "ru")


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # "until" after a past denied is when it was done at last
    ("es", "Las barreras no se colocaron hasta el 10 de julio por un retraso.", "2026-07-22",
     [("10 de julio", "2026-07-10", None)]),
    ("en", "The bridge did not reopen until March 2.", "2025-02-19", [("March 2", "2024-03-02", None)]),
    ("en", "Judge Catherine Hale told jurors the trial should finish by March 14.", "2025-02-19",
     [("March 14", "2025-03-14", None)]),
    ("es", "Su presidente ha avanzado que la asamblea del próximo mes debatirá un protocolo.", "2024-01-30",
     [("del próximo mes", "2024-02", None)]),
    ("es", "La Conselleria ha adelantado a octubre la primera campaña de excavación.", "2023-09-05",
     [("a octubre", "2023-10", None)]),
    # a French weekday after "le" alone is every such day
    ("fr", "La commune interdirait les battues le dimanche sur les parcelles longeant les chemins.", "2025-11-20", []),
    # a Turkish date with its weekday is no part of the square's name after it
    ("tr", "Festival kapsamında 19 Nisan Cumartesi günü Sultanahmet Meydanı'nda lale halısı serilecek.",
     "2025-04-03", [("19 Nisan Cumartesi günü", "2025-04-19", None)]),
    # two Turkish months joined by "ve"
    ("tr", "Müsilaj, 2021 yılının mayıs ve haziran aylarında tüm kıyıları etkiledi.", "2022-06-03",
     [("2021 yılının mayıs ve haziran aylarında", "2021-05", "2021-06")]),
])
def test_until_after_a_denied_past_habits_and_joined_months(language: str, sentence: str, story: str,
                                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a season moved to, and one told from the report's before its noun
    ("de", "Ein Gesetzentwurf wurde inzwischen auf den Herbst verschoben.", "2026-01-20",
     ("auf den Herbst", "2026-09", "2026-11")),
    ("es", "El Cabildo enviará a restaurar el siguiente paño el próximo otoño.", "2025-11-04",
     ("próximo otoño", "2026-09", "2026-11")),
    # a day the decision was once awaited, then put off: the nearest
    ("fr", "La décision, initialement attendue le 14 novembre, avait été renvoyée à la demande de l'administrateur.",
     "2023-11-28", ("14 novembre", "2023-11-14", None)),
    # "Geçen" opening a quotation is "last", no name
    ("tr", 'Ayşe K., "Geçen ekim ayında annemi bu kişiye götürdüm" dedi.', "2024-05-23",
     ("ekim ayında", "2023-10", None)),
])
def test_seasons_moved_to_plans_put_off_and_a_capitalised_last(language: str, sentence: str, story: str,
                                                               expected: tuple[str, str, str | None]) -> None:
    assert expected in spans(sentence, story, language)


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a plan once set, then put off, in more words: the nearest such day
    ("es", "La asamblea, que estaba convocada inicialmente para el 10 de agosto y tuvo que aplazarse por la baja de "
     "varios miembros, respaldó el paro.", "2022-08-16", ("10 de agosto", "2022-08-10", None)),
    ("es", "El juicio estaba señalado inicialmente para el 14 de octubre, pero fue aplazado a petición de la defensa.",
     "2024-11-19", ("14 de octubre", "2024-10-14", None)),
    ("uk", "Вихід судна, запланований на 2 квітня, довелося перенести на 5 квітня.", "2025-04-16",
     ("5 квітня", "2025-04-05", None)),
    # the days a strike is called for are ahead of the vote that called it
    ("es", "Los trabajadores han votado este martes a favor de convocar una huelga del 1 al 15 de septiembre.",
     "2022-08-16", ("1 al 15 de septiembre", "2022-09-01", "2022-09-15")),
    # a plan in the French present passive is ahead
    ("fr", "Une réunion publique est organisée mardi à Port-Joinville.", "2025-04-11", ("mardi", "2025-04-15", None)),
    # the Turkish days something was moved to, "… tarihlerine ertelendi", are ahead
    ("tr", "Şampiyona, tam kapanma nedeniyle 11-13 Haziran tarihlerine ertelendi.", "2021-05-12",
     ("11-13 Haziran", "2021-06-11", "2021-06-13")),
])
def test_plans_put_off_days_called_for_and_days_moved_to(language: str, sentence: str, story: str,
                                                         expected: tuple[str, str, str | None]) -> None:
    assert expected in spans(sentence, story, language)


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("de", "Mit einem Festakt ist am Freitag (26. April) die Landesgartenschau eröffnet worden.", "2024-04-26",
     [("Freitag (26. April)", "2024-04-26", None)]),
    ("de", "Das SWR Fernsehen zeigt am Samstag (27. April) um 20.15 Uhr eine Sondersendung.", "2024-04-26",
     [("Samstag (27. April) um 20.15 Uhr", "2024-04-27T20:15:00", None)]),
    # two days in brackets are two dates
    ("de", "Die Schau läuft am Freitag (27. April) weiter.", "2024-04-26",
     [("Freitag", "2024-04-26", None), ("27. April", "2024-04-27", None)]),
])
def test_a_day_and_its_date_in_brackets_are_one_date(language: str, sentence: str, story: str,
                                                    expected: list[tuple[str, str, str | None]]) -> None:
    assert spans(sentence, story, language) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("ru", "Прошлой зимой водовод уже прорывало.", "2019-12-04", ("Прошлой зимой", "2018-12", "2019-02")),
    ("tr", "Bu kış şimdiye kadar 1.850 yerleşim yerinin yolunu açtık.", "2021-02-16", ("Bu kış", "2020-12", "2021-02")),
    ("fr", "L'hiver dernier, les vols ont été annulés.", "2025-01-20", ("L'hiver dernier", "2023-12", "2024-02")),
    # in spring "this winter" is the one just over; from July, the one to come
    ("es", "Este invierno las orugas bajaron antes.", "2022-03-08", ("Este invierno", "2021-12", "2022-02")),
    ("en", "This winter will be cold.", "2024-09-01", ("This winter", "2024-12", "2025-02")),
    ("en", "Next winter the ferry will run.", "2024-12-10", ("Next winter", "2025-12", "2026-02")),
])
def test_a_winter_named_by_its_place_runs_from_december_to_february(language: str, sentence: str, story: str,
                                                                    expected: tuple[str, str, str | None]) -> None:
    assert spans(sentence, story, language) == [expected]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("tr", "Çalışmaların 2024 yılının sonunda tamamlanması hedefleniyor.", "2023-10-17",
     ("2024 yılının sonunda", "2024-12", None)),
    ("ru", "Паромов было пять на конец 2019 года.", "2022-01-19", ("конец 2019 года", "2019-12", None)),
    ("ru", "В будущем году линию продлят.", "2019-09-12", ("В будущем году", "2020", None)),
    ("ru", "Ремонт перенесли на следующий год.", "2019-09-12", ("на следующий год", "2020", None)),
    ("es", "La plaga se detectó la pasada semana en Soria.", "2022-03-08", ("la pasada semana", "2022-02-28",
                                                                            "2022-03-06")),
    ("es", "El festival reunió a 20.000 personas el pasado año.", "2022-03-08", ("el pasado año", "2021", None)),
    ("de", "Das Fest wurde auf das kommende Jahr verschoben.", "2022-03-08", ("auf das kommende Jahr", "2023", None)),
])
def test_more_words_for_the_end_of_a_year_next_year_and_last_week(language: str, sentence: str, story: str,
                                                                  expected: tuple[str, str, str | None]) -> None:
    assert expected in spans(sentence, story, language)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Un incendie s'est déclaré vers 7 h 45 dans la cuisine.", (7, 45)),
    ("Le premier bateau partira samedi de 10 h 30 à 18 h.", (10, 30)),
])
def test_a_french_clock_time_with_spaces_round_its_h_keeps_its_minutes(sentence: str,
                                                                       expected: tuple[int, int]) -> None:
    clock = clock_after(sentence, sentence.index(" ", sentence.index("vers" if "vers" in sentence else "samedi")))
    assert clock is not None and (clock.hour, clock.minute) == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a Turkish date right before the participle of a relative clause is no future, whatever the sentence's verb
    ("tr", "Kooperatifi pazartesi günü ziyaret eden Vali Yardımcısı, tesisin cuma günü düzenlenecek törenle "
           "açılacağını duyurdu.", "2019-10-23", ["2019-10-21", "2019-10-25"]),
    ("tr", "22-23 Nisan gecesi yaşanan zirai don, bahçelerde ciddi hasara yol açtı ve hasat gecikecek.",
     "2019-10-23", ["2019-04-22"]),
    # a meeting called is ahead, though the calling is past
    ("en", "The chamber of commerce has called a public meeting at Rawson Hall on Friday at 6 p.m.", "2023-05-17",
     ["2023-05-19T18:00:00"]),
    # a day set earlier, then moved: the nearest such day
    ("ru", "Открытие музея, ранее намеченное на 12 июня, перенесено на 3 июля.", "2019-06-14",
     ["2019-06-12", "2019-07-03"]),
])
def test_the_year_or_week_of_a_day_from_the_words_around_it(language: str, sentence: str, story: str,
                                                            expected: list[str]) -> None:
    assert [date for _, date, _ in spans(sentence, story, language)] == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("de", "Ein letztes Konzert ist für Pfingstsonntag geplant.", "2022-05-05", [("Pfingstsonntag", "2022-06-05")]),
    ("de", "Die Orgel soll zum ersten Advent 2024 wieder geweiht werden.", "2022-05-05",
     [("ersten Advent 2024", "2024-12-01")]),
    ("de", "Die Bauarbeiten sollen bis Ostern dauern.", "2024-01-10", [("bis Ostern", "2024-03-31")]),
    ("en", "The market will stay open until Christmas Eve.", "2023-12-01", [("until Christmas Eve", "2023-12-24")]),
    ("fr", "La fontaine a été remise en eau le lundi de Pâques.", "2025-05-02", [("lundi de Pâques", "2025-04-21")]),
    ("es", "Las procesiones del Viernes Santo se suspendieron por la lluvia.", "2024-04-03",
     [("Viernes Santo", "2024-03-29")]),
    # the Orthodox Easter in Russian and Ukrainian
    ("ru", "На Пасху храм откроют для прихожан.", "2024-03-20", [("Пасху", "2024-05-05")]),
    ("uk", "Виставку відкриють до Великодня.", "2021-03-20", [("до Великодня", "2021-05-02")]),
    ("tr", "Nevruz'da ilçede kutlamalar yapılacak.", "2024-03-01", [("Nevruz'da", "2024-03-21")]),
    # a deadline (its word goes with it) is the nearest, whatever the tense; a year named before gives its own
    ("en", "Turkey prices rose ahead of Thanksgiving.", "2024-11-20", [("ahead of Thanksgiving", "2024-11-28")]),
    ("de", "Schon im März 2024 hatte kurz vor Ostern der Vorstand die Schließung beschlossen.", "2026-06-05",
     [("März 2024", "2024-03"), ("vor Ostern", "2024-03-31")]),
])
def test_a_feast_or_holiday_is_its_day(language: str, sentence: str, story: str,
                                       expected: list[tuple[str, str]]) -> None:
    assert [(text, date) for text, date, _ in spans(sentence, story, language)] == expected


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "The Christmas market drew record crowds."),
    ("fr", "Le marché de Noël a attiré des milliers de visiteurs."),
    ("de", "Silvester Meyer leitet den Chor."),
])
def test_a_holiday_name_that_is_part_of_another_name_is_no_date(language: str, sentence: str) -> None:
    assert spans(sentence, "2024-11-20", language) == []


def test_a_holiday_set_off_after_a_day_names_it_again_in_the_year_it_falls_on_it() -> None:
    # the first Sunday of Advent was 1 December in 2024, not in 2023 or 2025
    found = spans("Am 1. Dezember, dem ersten Advent, hätten die Glocken wieder läuten sollen.", "2024-03-20", "de")
    assert found == [("1. Dezember", "2024-12-01", None)]


def test_overnight_before_the_days_it_names_is_no_night_before_the_report() -> None:
    # "overnight from Feb. 27 to March 10": when the work is done on each of those days
    sentence = "Crews will close the A660 Otley Road overnight from Feb. 27 to March 10, starting at Headingley."
    assert spans(sentence, "2023-02-21", "en") == [("from Feb. 27 to March 10", "2023-02-27", "2023-03-10")]
    assert spans("Overnight, the river rose by two meters.", "2023-02-21", "en") == [
        ("Overnight", "2023-02-20", "2023-02-21")]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("uk", "Цього ранку працівники парку встановили біля пляжу попереджувальні знаки.", "2025-07-30",
     [("Цього ранку", "2025-07-30")]),
    ("ru", "Этим утром спасатели нашли туристов.", "2025-07-30", [("Этим утром", "2025-07-30")]),
    # a plan told in the past ("планував"): the nearest such day, gone here
    ("uk", "Підрядник спочатку планував здати міст до 1 серпня, але дощі зупинили бетонування.", "2021-09-16",
     [("1 серпня", "2021-08-01")]),
])
def test_this_morning_and_a_plan_told_in_the_past_in_russian_and_ukrainian(language: str, sentence: str, story: str,
                                                                            expected: list[tuple[str, str]]) -> None:
    assert [(text, date) for text, date, _ in spans(sentence, story, language)] == expected


@pytest.mark.parametrize(("sentence", "story", "expected"), [
    ("A public meeting on the schedule will be held at the community hall on Thursday.", "2023-06-13", "2023-06-15"),
    ("Officials said a workboat would be kept on standby from November 20.", "2023-11-08", "2023-11-20"),
    ("The meeting was held at the community hall on Thursday.", "2023-06-13", "2023-06-08"),
])
def test_an_english_passive_after_its_modal_is_no_past(sentence: str, story: str, expected: str) -> None:
    [(_, date, _)] = spans(sentence, story, "en")
    assert date == expected


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("en", "He sold 23 fake paintings to collectors between 2015 and 2020 for a total of 11 million pounds.",
     ("2015", "2020")),  # a year before "for" is no count
    ("de", "Die Preise stiegen zwischen 2022 und 2024 um 80 Prozent.", ("2022", "2024")),
    ("es", "La pieza fue hallada en las excavaciones realizadas entre 1998 y 2004.", ("1998", "2004")),
    ("fr", "Le musée a été fermé de 2019 à 2021.", ("2019", "2021")),
])
def test_two_years_after_the_word_of_a_range_are_one_span(language: str, sentence: str,
                                                          expected: tuple[str, str]) -> None:
    [(_, *dates)] = spans(sentence, "2025-06-04", language)
    assert tuple(dates) == expected


def test_a_range_that_opens_the_sentence_takes_its_word_along() -> None:
    """"Entre" goes with its dates, so that the title does not open on it."""
    found = [(e.date.iso(), e.title) for e in sentence_events(
        "Entre novembre 2021 et mai 2022, les éleveurs ont perdu la moitié de leurs animaux.", 0, dt.date(2023, 1, 9),
        "fr", [], [])]
    assert found == [("2021-11", "Les éleveurs ont perdu la moitié de leurs animaux")]


def test_two_years_joined_by_and_alone_are_two_years() -> None:
    assert [(date, end) for _, date, end in spans("Sales rose 20% in 2015 and 2020.", "2025-06-04", "en")] == \
        [("2015", None), ("2020", None)]


@pytest.mark.parametrize(("sentence", "story", "expected"), [
    ("Depremlerin ardından geçen yılın mart ayında molozlar sahile dökülmüştü.", "2024-06-13", ["2023-03"]),
    ("Köylüler, geçen yıl ocakta kararın iptali istemiyle dava açmıştı.", "2023-03-22", ["2022-01"]),
    ("Proje gelecek yılın nisan ayında bitecek.", "2020-06-01", ["2021-04"]),
    ("Etkinliğin 2021 yazına ertelendiği bildirildi.", "2020-06-01", ["2021-06"]),
    ("İhracat geçen yılın aynı ayına göre yüzde 14 arttı.", "2020-06-01", []),  # a comparison, no month
    ("Ocakta meydana gelen patlamada iki işçi yaralandı.", "2020-06-01", []),  # a pit, at the sentence's start
])
def test_a_turkish_month_of_last_or_next_year(sentence: str, story: str, expected: list[str]) -> None:
    """"geçen yılın mart ayında" (last year's March), "geçen yıl ocakta" (January of last year: after a year,
    "ocakta" is no pit); a season of a year in the dative ("2021 yazına")."""
    assert event_dates(sentence, story, "tr") == expected


def test_a_day_named_again_in_its_sentence_keeps_the_year_it_was_named_with() -> None:
    found = [(e.date.iso(), e.end.iso() if e.end else None, e.title) for e in sentence_events(
        "The pearls vanished between August 14 and 16, 2024, and footage showed him entering the vault alone at "
        "11.48pm on August 14.", 0, dt.date(2026, 3, 12), "en", [], [], named={})]
    assert [(date, end) for date, end, _ in found] == [("2024-08-14", "2024-08-16"), ("2024-08-14T23:48:00", None)]
    assert not found[0][2].startswith("Between") and "between" not in found[0][2]  # the range's word goes with it


def test_a_turkish_adjective_in_an_is_no_participle_after_a_date() -> None:
    """"olağan" (ordinary) ends as a participle does: the date before it is the meeting's, ahead."""
    assert [(e.date.iso(), e.title) for e in sentence_events(
        "Belediye meclisi, 4 Mart'taki olağan toplantısında ısınma tarifesini yeniden görüşecek.", 0,
        dt.date(2026, 2, 10), "tr", [], [], named={})] == \
        [("2026-03-04", "Belediye meclisi, olağan toplantısında ısınma tarifesini yeniden görüşecek")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kurul, toplantının 13 Nisan'da yapılmasına karar verdi.", ["2023-04-13"]),
    ("Bakanlık, sınavın 13 Nisan'da yapılmasını istedi.", ["2023-04-13"]),
    ("Mahkeme, 13 Şubat'ta yapılan keşfin raporunun dosyaya eklenmesine karar verdi.", ["2023-02-13"]),  # done
])
def test_a_turkish_date_of_what_was_ordered_or_asked_is_ahead(sentence: str, expected: list[str]) -> None:
    """A verbal noun after the date, the object of a verb of deciding, ordering or asking: what is to be done."""
    assert event_dates(sentence, "2023-03-22", "tr") == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    ("fr", "Le chantier devrait être achevé d'ici la fin du premier semestre, a précisé la Région.", "2026-02-03",
     ("fin du premier semestre", "2026-06", None)),
    ("fr", "Les travaux reprendront au début du second semestre 2026.", "2026-02-03",
     ("début du second semestre 2026", "2026-07", None)),
    ("es", "Las obras terminarán a finales del primer semestre.", "2026-02-03",
     ("finales del primer semestre", "2026-06", None)),
    ("en", "The line will reopen by the end of the third quarter of this year.", "2026-02-03",
     ("end of the third quarter of this year", "2026-09", None)),
    ("es", "Las obras terminarán en el primer semestre.", "2026-02-03", ("el primer semestre", "2026-01", "2026-06")),
])
def test_the_end_or_start_of_a_quarter_or_half_is_its_last_or_first_month(
        language: str, sentence: str, story: str, expected: tuple[str, str, str | None]) -> None:
    assert spans(sentence, story, language) == [expected]


@pytest.mark.parametrize(("sentence", "story", "expected"), [
    ("DSİ ile birlikte haziran ile eylül arasında bazı bölgelerde sulama kısıtlamasına gidilecek.", "2024-05-22",
     ("haziran ile eylül arasında", "2024-06", "2024-09")),
    ("Firma 2023 yılının haziran ile eylül arasında tekne turu düzenledi.", "2024-05-22",
     ("2023 yılının haziran ile eylül arasında", "2023-06", "2023-09")),
    ("Kazı alanının gelecek yılın ilkbaharında ziyaretçilere açılması bekleniyor.", "2023-08-09",
     ("gelecek yılın ilkbaharında", "2024-03", "2024-05")),
    ("Bu yılın ilkbaharında arı kolonisi kayıpları arttı.", "2023-09-05",
     ("Bu yılın ilkbaharında", "2023-03", "2023-05")),
    ("Geçen yılın yazında bölgede kuraklık yaşandı.", "2023-08-09", ("Geçen yılın yazında", "2022-06", "2022-08")),
])
def test_turkish_months_between_two_and_the_season_of_a_year_named_by_its_place(
        sentence: str, story: str, expected: tuple[str, str, str]) -> None:
    assert spans(sentence, story, "tr") == [expected]


@pytest.mark.parametrize(("sentence", "story", "expected"), [
    # moved to a day: ahead; told in the past perfect, the day may be over: the nearest
    ("Mahkeme, ek bilirkişi talebini değerlendirmek üzere duruşmayı 23 Şubat'a erteledi.", "2022-12-01",
     ["2023-02-23"]),
    ("Duruşma, bilirkişi raporunun geç tamamlanması nedeniyle 24 Ekim'e ertelenmişti.", "2019-11-14", ["2019-10-24"]),
    # a date before the participle "-dığı" is of what was done then, though the sentence looks ahead
    ("Federasyonun nisan ayında açıkladığı takvime göre ligin ikinci ayağı 27 Haziran'da oynanacak.", "2026-05-20",
     ["2026-04", "2026-06-27"]),
    ("Müdürlük, cuma günü yaptığı yazılı açıklamada, arıcılara ana arı desteği verileceğini duyurmuştu.",
     "2023-09-05", ["2023-09-01"]),
    ("Kılıç, ekimlerin nisan ve mayıs aylarında yapıldığını hatırlatarak rekolte beklentisini açıkladı.",
     "2019-09-24", ["2019-04"]),
    ("Ekinci, festivalin 27-29 Eylül'e ertelendiğini söyledi.", "2024-08-20", ["2024-09-27"]),
])
def test_turkish_a_day_moved_to_and_a_day_before_its_object_participle(sentence: str, story: str,
                                                                        expected: list[str]) -> None:
    assert [date for _, date, _ in spans(sentence, story, "tr")] == expected


def test_turkish_two_weekdays_or_months_joined_by_ve_are_one_span_in_one_clause() -> None:
    sentence = ("Malatya Valiliği, tedbir amacıyla Pütürge'deki okullarda çarşamba ve perşembe günleri eğitime ara "
                "verildiğini açıkladı.")
    assert [sentence[a:b] for a, b in split_clauses(sentence, "tr")] == [
        "Malatya Valiliği, tedbir amacıyla Pütürge'deki okullarda çarşamba ve perşembe günleri eğitime ara "
        "verildiğini açıkladı."]
    [(text, _, end)] = spans(sentence, "2025-11-18", "tr")
    assert text == "çarşamba ve perşembe" and end is not None
    assert len(split_clauses("Yangın 3 Mart'ta başladı ve 5 Mart'ta söndürüldü.", "tr")) == 2
    sentence = "Esnafa göre temmuz ve ağustos aylarında kalderaya günübirlik ziyaretçi akını bekleniyor."
    assert len(split_clauses(sentence, "tr")) == 1
    assert spans(sentence, "2022-06-03", "tr") == [("temmuz ve ağustos aylarında", "2022-07", "2022-08")]


def test_a_participle_after_have_and_its_object_is_no_past() -> None:
    sentence = ("Cattle farmers on King Island will be able to have their animals slaughtered on the island again "
                "from August 2, after a meat processor agreed on Tuesday to lease the abattoir.")
    assert [date for _, date, _ in spans(sentence, "2021-05-19", "en")] == ["2021-08-02", "2021-05-18"]
    assert spans("They have already voted on March 2.", "2021-05-19", "en")[0][1] == "2021-03-02"


def test_a_holiday_that_names_a_place_is_no_date() -> None:
    assert [text for text, _, _ in spans("Rangers closed the main roads on Christmas Island on Tuesday, November 14.",
                                         "2023-11-14", "en")] == ["Tuesday, November 14"]
    assert spans("Shops on the island will close before Christmas.", "2023-11-14", "en") == [
        ("before Christmas", "2023-12-25", None)]


def test_a_year_set_off_at_the_sentences_start_gives_a_day_later_in_it_its_year_and_no_event() -> None:
    sentence = ("Last year, the wet season started so late that the main migration did not begin until December 2, "
                "squeezing the breeding cycle into a few frantic weeks.")
    assert event_dates(sentence, "2023-11-14", "en") == ["2022-12-02"]


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a plan told in the past: the nearest such day, whatever the clause after it tells
    ("en", "A feasibility study, originally due in March, was released last month.", "2023-06-14",
     ["2023-03", "2023-05"]),
    ("es", "Se reunirán en una mesa de diálogo convocada originalmente para el 20 de abril que fue aplazada por la "
     "contingencia.", "2020-04-17", ["2020-04-20"]),
    # a range of months with no tense: the one whose start is nearest
    ("en", "Ms Howlett said refurbishment works were planned between October and December, once the operator had "
     "signed a lease.", "2023-06-14", ["2023-10"]),
])
def test_a_plan_told_in_the_past_is_of_the_nearest_day_or_range(language: str, sentence: str, story: str,
                                                                 expected: list[str]) -> None:
    assert [date for _, date, _ in spans(sentence, story, language)] == expected


@pytest.mark.parametrize(("language", "sentence", "story", "expected"), [
    # a range of months with no tense: the one nearest as a whole
    ("fr", "Les travaux, menés de janvier à juillet, ont permis de refaire la ventilation.", "2025-09-19",
     [("2025-01", "2025-07")]),
    # a plan fixed, a meeting called: ahead
    ("fr", "La votation populaire est fixée au 13 février, en même temps que les objets fédéraux.", "2021-11-18",
     [("2022-02-13", None)]),
    ("fr", "Le syndicat, qui représente les employés, convoque ses membres à une assemblée vendredi à 13 h.",
     "2019-10-16", [("2019-10-18T13:00:00", None)]),
    # the day of the subject of a future told after what was said, not of the saying
    ("en", "The council said its full council meeting on Thursday at 10am would discuss the airport.", "2024-12-02",
     [("2024-12-05T10:00:00", None)]),
    ("en", "Halvern Foods said on Friday it would raise prices.", "2024-04-26", [("2024-04-26", None)]),
    # a plan told in the past with "originalmente": the nearest day
    ("es", "Explicó que la reanudación, originalmente prevista para el 1 de noviembre, se postergó.", "2022-11-09",
     [("2022-11-01", None)]),
    # "крило" after its adjective is a noun, no past tense
    ("uk", "З 1 липня до 15 серпня північне крило замку буде закрите для огляду.", "2019-06-20",
     [("2019-07-01", "2019-08-15")]),
    # the end of last or next year is its December
    ("ru", "Работы завершились лишь в конце прошлого года.", "2023-04-11", [("2022-12", None)]),
    ("de", "Die Anlage soll Ende nächsten Jahres fertig sein.", "2023-04-11", [("2024-12", None)]),
    ("fr", "L'usine a fermé fin de l'année dernière.", "2023-04-11", [("2022-12", None)]),
    ("tr", "Fabrika geçen yılın sonunda kapandı.", "2023-04-11", [("2022-12", None)]),
    # a winter of two years, December to February
    ("fr", "La station n'avait déjà pas ouvert de tout l'hiver 2015-2016.", "2020-02-11", [("2015-12", "2016-02")]),
    ("en", "The resort stayed shut in the winter of 2015-16.", "2020-02-11", [("2015-12", "2016-02")]),
    # a night planned into a weekday
    ("de", "Für die Nacht auf Donnerstag ist ein Belastungstest geplant.", "2022-03-08",
     [("2022-03-09", "2022-03-10")]),
    # a day's clock time right after it is its own, not a later day's
    ("tr", "Van Valiliği, ayinin 7 Eylül Pazar günü saat 10.00'da yapılacağını bugün duyurdu.", "2025-08-29",
     [("2025-09-07T10:00:00", None), ("2025-08-29", None)]),
    # "a las 17 horas" is a time, "durante 17 horas" a length
    ("es", "El primer convoy partirá el viernes 18 de noviembre a las 17 horas desde Viedma.", "2022-11-09",
     [("2022-11-18T17:00:00", None)]),
    ("es", "El corte de luz duró 17 horas el pasado martes.", "2022-11-09", [("2022-11-08", None)]),
    # the weekend ahead
    ("ru", "В выходные температура в городе опустится до минус 38 градусов.", "2020-01-23",
     [("2020-01-25", "2020-01-26")]),
    # a month after "last" or "during"; a day set for ahead
    ("uk", "У Великому ставі минулого серпня стався масовий замор риби.", "2020-07-09", [("2019-08", None)]),
    ("uk", "Зливи протягом серпня кілька разів затоплювали горище хати.", "2021-09-16", [("2021-08", None)]),
    ("ru", "Повторное обследование штолен назначено на понедельник.", "2019-05-23", [("2019-05-27", None)]),
    ("uk", "Повторне обстеження призначено на понеділок.", "2019-05-23", [("2019-05-27", None)]),
    ("ru", "Оглашение приговора, которое было назначено на 14 ноября, суд перенес.", "2025-11-18",
     [("2025-11-14", None)]),
    # a time with a dot before "a.m." is a time
    ("en", "On Thursday, Loganair stood down its 10.05 a.m. departure from Glasgow.", "2023-02-09",
     [("2023-02-09T10:05:00", None)]),
])
def test_ranges_plans_year_ends_winters_nights_and_clock_times(language: str, sentence: str, story: str,
                                                               expected: list[tuple[str, str | None]]) -> None:
    assert [(date, end) for _, date, end in spans(sentence, story, language)] == expected
