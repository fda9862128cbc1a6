"""The importer's new names: what is read for them, their kinds and the shorter forms a story uses."""

from __future__ import annotations

import pytest

from generator.importer.draft import aliases_in
from generator.importer.kinds import guess_kind
from generator.importer.name_forms import turkish_nominative
from generator.importer.names import ActorNames
from generator.importer.text import story_text
from generator.link.mentions import NameIndex


def _propose(text: str, language: str = "en") -> list[str]:
    return ActorNames({}, NameIndex.build({})).propose(text, language)


def test_credit_lines_and_agency_tags_are_not_read_for_names() -> None:
    text = ("ZARAGOZA, 21 Nov. (EUROPA PRESS) - Ana Pérez Gil dijo que sí.\n"
            "(Reporting by Nqobile Dludla; Editing by Alexander Smith)\n"
            "Associated Press writer Jane Roe contributed to this report.")
    assert story_text(text).strip() == "ZARAGOZA, 21 Nov.   - Ana Pérez Gil dijo que sí."
    assert _propose(text, "es") == ["Ana Pérez Gil"]
    assert story_text("Von den 64 Filialen schließen zwölf.") == "Von den 64 Filialen schließen zwölf."


def test_a_one_word_name_is_new_when_named_twice_or_a_country() -> None:
    text = ("Ships waited at Durban, state logistics firm Transnet said. Transnet Port Terminals runs two "
            "terminals. The backlog at Durban grew, and some carriers now call at ports in Mozambique.")
    proposed = _propose(text)
    assert "Durban" in proposed and "Mozambique" in proposed  # twice; a country CLDR knows
    assert "Transnet" not in proposed  # a word of a longer name found: its alias, not a new name
    assert "Ships" not in proposed and "The" not in proposed  # a sentence's first word may be any word
    assert _propose("Die Schleuse in Brunsbüttel ist zu. In Brunsbüttel warten die Schiffe vor der Schleuse.",
                    "de") == ["Brunsbüttel"]  # a German noun (the dictionary knows it) is no name


@pytest.mark.parametrize(("name", "expected"), [
    ("Bölge Müdürlüğüne", "Bölge Müdürlüğü"),  # dative after the compound's possessive
    ("Asgari Ücret Tespit Komisyonunun", "Asgari Ücret Tespit Komisyonu"),  # genitive
    ("Etiyopyalı Tigist Alemu", "Tigist Alemu"),  # a nationality before the name
    ("Yusufeli Devlet Hastanesine", "Yusufeli Devlet Hastanesi"),  # a town in "-li" is no nationality
    ("Hasan Demir", "Hasan Demir"),
])
def test_turkish_names_are_proposed_in_the_nominative(name: str, expected: str) -> None:
    assert turkish_nominative(name) == expected


def test_turkish_roles_before_a_name_are_taken_off() -> None:
    assert _propose("Artvin Vali Yardımcısı Emre Yalçın açıklama yaptı.", "tr") == ["Emre Yalçın"]


@pytest.mark.parametrize(("name", "text", "language", "kind"), [
    ("Transnet Port Terminals", "Transnet Port Terminals said a storm shut operations.", "en", "organization"),
    ("Blue Lagoon", "The Blue Lagoon spa closed.", "en", "place"),
    ("Michelle Phillips", "chief executive Michelle Phillips told reporters.", "en", "person"),
    ("Servicio Aragonés de Mediación", "ante el Servicio Aragonés de Mediación.", "es", "organization"),
    ("Jorge Lanuza", "El portavoz, Jorge Lanuza, dijo que no.", "es", "person"),
    ("Grand Palais", "Le festival se tient au Grand Palais.", "fr", "place"),
    ("Sahitya Akademi", "selon la Sahitya Akademi.", "fr", "organization"),
    ("Yusufeli Barajı", "Yusufeli Barajı su tutmaya başladı.", "tr", "place"),
    ("Минздрав РФ", "сообщил Минздрав РФ.", "ru", "organization"),
    ("Светлана Акулова", "рассказала Светлана Акулова.", "ru", "person"),
    ("Nova Terra", "Das Unternehmen Nova Terra baut ein Werk. Die Nova Terra teilte mit.", "de", "organization"),
    ("Brunsbüttel", "in Brunsbüttel und in Brunsbüttel", "de", "place"),
    ("Avanza", "la empresa Avanza y Avanza", "es", "organization"),
    ("Zamora", "en Zamora y en Zamora", "es", "place"),  # one word named twice, no cue: most often a town
    ("Минспорт России", "сообщили в Минспорт России", "ru", "organization"),
    ("Держпродспоживслужба", "повідомила Держпродспоживслужба", "uk", "organization"),
    ("Blair Waterway", "near the Blair Waterway", "en", "place"),
    ("Ilıca Plajı", "Ilıca Plajı doldu.", "tr", "place"),
    ("Ege Rüzgarı Müzik Festivali", "Ege Rüzgarı Müzik Festivali başladı.", "tr", "organization"),
    ("Great Barrier Reef", "Aerial surveys of the Great Barrier Reef", "en", "place"),
    ("Deutscher Wetterdienst", "sagte der Deutsche Wetterdienst.", "de", "organization"),
    ("Bayerische Staatsforsten", "Die Bayerische Staatsforsten pflanzen.", "de", "organization"),  # no one's name
])
def test_a_new_names_kind_is_read_from_cues_in_every_language(name: str, text: str, language: str,
                                                              kind: str) -> None:
    assert guess_kind(name, text, language) == kind


def test_aliases_are_the_shorter_forms_the_story_uses() -> None:
    text = ("State logistics firm Transnet said on Monday. Transnet Port Terminals said a storm shut it. "
            "Chief executive Michelle Phillips said Phillips would stay. El Servicio Aragonés de Mediación (SAMA).")
    assert aliases_in("Transnet Port Terminals", "organization", text) == ["Transnet"]
    assert aliases_in("Michelle Phillips", "person", text) == ["Phillips"]
    assert aliases_in("Servicio Aragonés de Mediación", "organization", text) == ["SAMA"]
    assert aliases_in("Bank of England", "organization", "The Bank of England cut rates.") == []


def test_two_halves_of_an_institution_joined_by_and_are_one_name() -> None:
    text = ("The National Oceanic and Atmospheric Administration said. Officials of Tarım ve Orman Bakanlığı met. "
            "Spain and France met in Brussels and in Paris.")
    proposed = _propose(text)
    assert "National Oceanic and Atmospheric Administration" in proposed and "Tarım ve Orman Bakanlığı" in proposed
    assert "Atmospheric Administration" not in proposed and "Orman Bakanlığı" not in proposed
    assert not any(" and " in name for name in proposed if "Administration" not in name)  # two countries stay two


def test_what_only_describes_a_name_is_taken_off() -> None:
    assert _propose("Leeds-based Greenhearth Heating said it would hire.") == ["Greenhearth Heating"]
    assert _propose("La direction de L'Opéra de Lyon a dit.", "fr") == ["Opéra de Lyon"]
    assert _propose("Die Stallpflicht für Geflügel gilt. Auch Nutztiere von Wölfen sind bedroht.", "de") == []
    assert _propose("Ursula von der Leyen reist.", "de") == ["Ursula von der Leyen"]


def test_a_firms_names_joined_by_an_ampersand_are_one_name() -> None:
    assert _propose("The retailer said Marks & Spencer and Hollins & Pike agreed.") == ["Marks & Spencer",
                                                                                       "Hollins & Pike"]


def test_the_wire_agency_told_is_no_key_actor() -> None:
    from generator.importer.draft import draft_article

    paragraphs = ["Об этом ТАСС сообщили в компании Мобилон. Сбой в сети Мобилон начался утром, сообщили ТАСС.",
                  "Мобилон устранил сбой, сообщили ТАСС."]
    draft = draft_article(paragraphs, [], __import__("datetime").date(2026, 1, 20),
                          ActorNames({}, NameIndex.build({})), "x", "ru")
    [tass] = [n for n in draft.new_names if n.name == "ТАСС"]
    assert tass.kind == "media" and tass.id not in draft.actors and draft.actors


def test_more_names_in_their_whole_form() -> None:
    assert _propose("La Agencia Española de Medicamentos y Productos Sanitarios lo confirmó.", "es") == [
        "Agencia Española de Medicamentos y Productos Sanitarios"]  # an institution's "y"
    assert _propose("Rescuers said Petty Officer Amanda Wyatt was hoisted aboard.") == ["Amanda Wyatt"]
    assert _propose("Проверку начала Прокуратура Самарской области.", "ru") == ["Прокуратура Самарской области"]


def test_an_acronym_in_brackets_is_an_alias_not_a_second_actor() -> None:
    from generator.importer.draft import propose_new_names

    text = ("El Consejo General del Poder Judicial (CGPJ) emitió un informe. El CGPJ criticó la reforma. "
            "Fuentes del CGPJ lo confirmaron.")
    found = propose_new_names(text, ActorNames({}, NameIndex.build({})), "es")
    assert [(n.name, n.aliases) for n in found] == [("Consejo General del Poder Judicial", ["CGPJ"])]


def test_russian_and_ukrainian_names_are_linked_in_the_cases_the_text_uses() -> None:
    from generator.importer.draft import aliases_in

    text = "В Україні ввели. Україна почала. З України вивезли. Україну знають."
    assert aliases_in("Україна", "country", text, "uk") == ["Україні", "України", "Україну"]


def test_a_europa_press_dateline_of_a_day_alone() -> None:
    import datetime as dt

    from generator.importer.dates import dateline_day
    from generator.importer.text import Dateline, split_dateline

    assert split_dateline("MADRID, 17 (EUROPA PRESS)") == (Dateline("MADRID", "17"), "")
    assert split_dateline("ZARAGOZA, 21 Nov. (EUROPA PRESS) -") == (Dateline("ZARAGOZA", "21 Nov."), "")
    assert dateline_day("17", dt.date(2026, 2, 20)) == dt.date(2026, 2, 17)
    assert dateline_day("19", dt.date(2026, 3, 2)) == dt.date(2026, 2, 19)  # the month before


def test_a_reporter_and_place_dateline_and_a_summary_never_cut_before_its_verb() -> None:
    import datetime as dt

    from generator.importer.draft import summary_of
    from generator.importer.text import Dateline, split_dateline

    assert split_dateline("Ayşe DEMİR/ESKİŞEHİR, - Eskişehir Maratonu iptal edildi.") == (
        Dateline("ESKİŞEHİR", ""), "Eskişehir Maratonu iptal edildi.")
    lede = ("İzmir'in Çeşme ilçesinde düzenlenecek Ege Rüzgarı Müzik Festivali, ana sahnenin ses ve ışık sistemini "
            "sağlayacak firmanın sözleşmeyi feshetmesi nedeniyle ertelendi.")
    summary, note = summary_of(lede, dt.date(2024, 8, 20), "tr")
    assert summary == "" and "write a summary" in note  # a Turkish lede cut before its last clause has no verb


def test_german_names_in_the_nominative_and_without_units() -> None:
    from generator.importer.name_forms import german_nominative

    assert german_nominative("Deutschen Bahn") == "Deutsche Bahn"
    assert german_nominative("Tiroler Landtags") == "Tiroler Landtag"
    assert german_nominative("Landes Hessen") == "Land Hessen"
    assert german_nominative("Thomas Haller") == "Thomas Haller"
    assert _propose("Rund 12.000 Hektar Wald sind zerstört, sagte DWD-Meteorologe Jonas Reinholz.", "de") == [
        "Jonas Reinholz"]


@pytest.mark.parametrize(("name", "expected"), [
    ("Deutsche Wetterdienst", "Deutscher Wetterdienst"),  # "der Deutsche Wetterdienst": masculine
    ("Statistischen Bundesamt", "Statistisches Bundesamt"),  # "des Statistischen Bundesamtes": neuter
    ("Deutschen Roten Kreuz", "Deutsches Rotes Kreuz"),  # two adjectives
    ("Bayerische Wald", "Bayerischer Wald"),
    ("Deutsche Bahn", "Deutsche Bahn"),  # feminine
    ("Deutsche Telekom", "Deutsche Telekom"),  # a gender not known: as written
    ("Tiroler Landtag", "Tiroler Landtag"),  # a town's adjective has no ending to change
    ("Landes Hessen", "Landes Hessen"),  # a noun, no adjective
])
def test_a_german_names_adjective_takes_the_ending_it_has_without_an_article(name: str, expected: str) -> None:
    from generator.importer.german import strong_adjectives

    assert strong_adjectives(name) == expected


@pytest.mark.parametrize("text", [
    "Das sagte Pfarrerin Susanne Weidlich am Abend.",
    "Die Oper von Komponistin Susanne Weidlich lief.",
    "Mit Baureferentin Susanne Weidlich sprach niemand.",
])
def test_a_german_role_before_a_name_is_taken_off(text: str) -> None:
    assert _propose(text, "de") == ["Susanne Weidlich"]


def test_a_german_preposition_opening_a_sentence_is_no_adjective_of_a_name() -> None:
    assert _propose("Zwischen Kassel-Wilhelmshöhe und Fulda fahren keine Züge.", "de") == []
    assert _propose("Das sagte Oberstaatsanwältin Karin Wessel.", "de") == ["Karin Wessel"]


def test_german_one_word_places_the_dictionary_also_knows() -> None:
    text = ("Der Deichbau in Hannover beginnt. Aus Hannover kam Kritik. Nach Angaben der Stadt ist Deutschland "
            "vorbereitet. Die Elbe stieg, und die Elbe stieg weiter. In Kraft tritt die Regel in Kraft.")
    proposed = _propose(text, "de")
    assert "Hannover" in proposed  # after a preposition with no article, named twice
    assert "Deutschland" in proposed  # a country CLDR knows
    assert "Elbe" not in proposed  # with an article: left to a human
    assert "Kraft" not in proposed and "Angaben" not in proposed  # a noun of a fixed phrase
    assert _propose("Aus Schulen und in Schulen kam Kritik.", "de") == []  # an inflected noun


def test_french_names_that_open_on_a_lowercase_noun() -> None:
    text = ("Le ministère de l'Agriculture a saisi le tribunal administratif de Lille. L'hôpital Édouard-Herriot "
            "et la cathédrale Saint-Pierre de Beauvais. C'est le plus grand glacier de France. En Suisse, rien.")
    proposed = _propose(text, "fr")
    assert {"ministère de l'Agriculture", "tribunal administratif de Lille", "hôpital Édouard-Herriot",
            "cathédrale Saint-Pierre de Beauvais"} <= set(proposed)
    assert "Saint-Pierre de Beauvais" not in proposed  # the tail of a longer name
    assert "glacier de France" not in proposed  # describes; names no glacier
    assert "En Suisse" not in proposed and "Suisse" in proposed  # "En" opens the sentence
    assert guess_kind("ministère de l'Agriculture", text, "fr") == "organization"
    assert guess_kind("hôpital Édouard-Herriot", text, "fr") == "place"
    # an adjective after the name is a whole word: "nationale", not "national" and an "e" left over
    assert _propose("Ils parleront au conseil départemental de l'Éducation nationale (CDEN) en mars.", "fr") == [
        "conseil départemental de l'Éducation nationale"]


def test_a_surname_after_a_courtesy_title_and_a_noun_with_its_complement_are_no_new_names() -> None:
    assert _propose("Thierry Vasseur a dit. Selon M. Vasseur, la grève continue.", "fr") == ["Thierry Vasseur"]
    assert _propose("Ein Treffen von Ministeriumsvertretern war geplant. Richard von Weizsäcker sprach.", "de") == [
        "Richard von Weizsäcker"]


def test_a_council_role_before_a_name_and_a_turkish_agent_case_are_taken_off() -> None:
    assert _propose("The plan was opposed by City Councilor Ruthanne Delgado on Monday.", "en") == [
        "Ruthanne Delgado"]
    assert _propose("Olayla ilgili Nilüfer Cumhuriyet Başsavcılığınca soruşturma başlatıldı.", "tr") == [
        "Nilüfer Cumhuriyet Başsavcılığı"]


@pytest.mark.parametrize(("name", "kind"), [
    ("Ertaş Tekstil", "organization"),
    ("Kızılırmak Deltası Kuş Cenneti", "place"),
])
def test_turkish_companies_and_reserves_have_their_kind(name: str, kind: str) -> None:
    assert guess_kind(name, f"{name} açıklama yaptı.", "tr") == kind


@pytest.mark.parametrize(("place", "text", "language", "expected"), [
    # the city of a dateline, as the story writes it; none when the story does not name it
    ("SALTBURN-BY-THE-SEA, England", "The fire gutted the pier in Saltburn-by-the-Sea.", "en", "Saltburn-by-the-Sea"),
    ("KOCAELİ", "Müsilaj Kocaeli kıyılarında yeniden yoğunlaştı.", "tr", "Kocaeli"),
    ("Emre KAYA/LÜLEBURGAZ", "Lüleburgaz'daki fabrikada grev sürüyor.", "tr", "Lüleburgaz"),  # a reporter first
    ("VALENCIA", "El Ayuntamiento de Valencia ha aprobado el proyecto.", "es", "Valencia"),
    ("BRATISLAVA, May 15 (Reuters)", "Peter Pellegrini will take office on June 15.", "en", ""),
    ("", "No dateline.", "en", ""),
])
def test_a_datelines_city_is_written_as_a_name(place: str, text: str, language: str, expected: str) -> None:
    from generator.importer.draft import dateline_city

    assert dateline_city(place, text, language) == expected


def test_a_datelines_city_is_proposed_as_a_place_unless_it_is_an_actor_already() -> None:
    import datetime as dt

    from generator.importer.draft import draft_article

    paragraphs = ["Two men went on trial on Thursday accused of starting a fire that gutted the pavilion of the pier "
                  "in Saltburn-by-the-Sea."]
    draft = draft_article(paragraphs, [], dt.date(2023, 10, 12), ActorNames({}, NameIndex.build({})), "x", "en",
                          "SALTBURN-BY-THE-SEA, England")
    assert ("Saltburn-by-the-Sea", "place") in [(n.name, n.kind) for n in draft.new_names]
    from generator.diagnostics import Location
    from generator.model import Actor

    actor = Actor("saltburn-by-the-sea", "Saltburn-by-the-Sea", Location("content/actors/x.md"), kind="place")
    known = ActorNames({actor.id: actor}, NameIndex.build({actor.id: actor}))
    draft = draft_article(paragraphs, [], dt.date(2023, 10, 12), known, "x", "en", "SALTBURN-BY-THE-SEA, England")
    assert "Saltburn-by-the-Sea" not in [n.name for n in draft.new_names]
