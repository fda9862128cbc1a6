"""A quote's first person told as its speaker's: the verb in the third person (``first_person``), the speaker found
in the quote's frame (``titles.speaker``), and the titles drafted from such quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.importer.events import sentence_events
from generator.importer.first_person import as_said_by
from generator.importer.titles.speaker import quote_speaker


def dated_titles(sentence: str, language: str, story: dt.date, context: str = "") -> list[tuple[str, str]]:
    """(date, title) of each event drafted from ``sentence`` in a story of ``story``."""
    return [(event.date.iso(), event.title)
            for event in sentence_events(sentence, 0, story, language, [], [], context=context)]


@pytest.mark.parametrize(("clause", "who", "language", "tense", "gender", "told"), [
    ("We took the decision", "Fiona Marsh", "en", -1, "", "Fiona Marsh took the decision"),
    ("We expect to restore full supply", "Karen Oduya", "en", 1, "", "Karen Oduya expects to restore full supply"),
    ("We've seen the worst of it", "The agency", "en", -1, "", "The agency has seen the worst of it"),
    ("We were told the study had been rewritten", "Tom Aldridge", "en", -1, "",
     "Tom Aldridge was told the study had been rewritten"),
    ("We finally saw our results", "Carlo Barbante", "en", -1, "", "Carlo Barbante finally saw their results"),
    # Spanish: the preterite for a past, the present otherwise; stem changes from a table; "nos" → "se"
    ("Advertimos a la Consejería", "Íñigo Ruiz", "es", -1, "", "Íñigo Ruiz advirtió a la Consejería"),
    ("Perdimos casi la mitad de la cosecha", "Juan Moreno", "es", -1, "",
     "Juan Moreno perdió casi la mitad de la cosecha"),
    ("Esperamos reanudar las inspecciones", "Ana Ruiz", "es", 1, "", "Ana Ruiz espera reanudar las inspecciones"),
    ("Hemos perdido nuestra única sucursal", "Marta Fernández", "es", -1, "",
     "Marta Fernández ha perdido su única sucursal"),
    ("Nos sentamos con la Conselleria y salimos sin propuesta", "Luis Pedrera", "es", -1, "",
     "Luis Pedrera se sentó con la Conselleria y salió sin propuesta"),
    ("Sabíamos que íbamos a perder dinero", "Bellver", "es", -1, "", "Bellver sabía que íbamos a perder dinero"),
    ("Llevamos sin poder sembrar", "Xosé Piñeiro", "es", -1, "", "Xosé Piñeiro lleva sin poder sembrar"),
    # French: the auxiliary, the object pronouns, "ne" and a participle agreeing with "nous" in the plural
    ("Je l'ai appris par un journaliste", "Le maire", "fr", -1, "", "Le maire l'a appris par un journaliste"),
    ("Nous avons proposé une hausse de 4,5%", "Thierry Vasseur", "fr", -1, "",
     "Thierry Vasseur a proposé une hausse de 4,5%"),
    ("Nous nous sommes réunis mardi", "Le syndicat", "fr", -1, "", "Le syndicat s'est réuni mardi"),
    ("Nous n'avions pas connu de tels niveaux", "Mathilde Rivoire", "fr", -1, "",
     "Mathilde Rivoire n'avait pas connu de tels niveaux"),
    ("J'ai ouvert mes ruches et je n'ai rien trouvé", "Yannick Le Goff", "fr", -1, "",
     "Yannick Le Goff a ouvert ses ruches et n'a rien trouvé"),
    ("Nous proposerons un plan", "La direction", "fr", 1, "", "La direction proposera un plan"),
    # German: subject first or after the verb, a regular present, a past told by its lemma
    ("Wir haben ein Dutzend Paare gezählt", "Anna Berg", "de", -1, "", "Anna Berg hat ein Dutzend Paare gezählt"),
    ("zupfen wir die letzte Dolde", "Michael Huber", "de", 1, "", "Michael Huber zupft die letzte Dolde"),
    ("Ich arbeite hier seit 2019", "Anna Berg", "de", 0, "", "Anna Berg arbeitet hier seit 2019"),
    ("Wir zählten unsere Störche", "Anna Berg", "de", -1, "", "Anna Berg zählte ihre Störche"),
    # Russian and Ukrainian: a past in the speaker's gender, a present or future in the third person
    ("Мы трижды направляли в мэрию письма", "Иван Петров", "ru", -1, "",
     "Иван Петров трижды направлял в мэрию письма"),
    ("Мы ожидаем, что отгрузки сохранятся", "Мария Иванова", "ru", 1, "",
     "Мария Иванова ожидает, что отгрузки сохранятся"),
    ("Рішення ми ухвалили", "Олена Коваль", "uk", -1, "", "Олена Коваль ухвалила рішення"),
    ("Ми подали заявку на 25 автобусів", "Кравчук", "uk", -1, "femn", "Кравчук подала заявку на 25 автобусів"),
    ("Ще взимку ми не отримали дозвіл", "Компанія", "uk", -1, "", "Компанія ще взимку не отримала дозвіл"),
    # Turkish: the personal ending, the frame's "dedi" and a name set off before the quote gone
    ("Aynı feribotla karşıya geçtim", "Ayşe Kaya", "tr", -1, "", "Ayşe Kaya aynı feribotla karşıya geçti"),
    ("Ali Demir, Yolların tamamını açmayı hedefliyoruz dedi", "Ali Demir", "tr", 1, "",
     "Ali Demir yolların tamamını açmayı hedefliyor"),
])
def test_a_first_person_is_told_as_the_speakers(clause: str, who: str, language: str, tense: int, gender: str,
                                                told: str) -> None:
    assert as_said_by(clause, who, language, tense, gender) == told


@pytest.mark.parametrize(("clause", "language"), [
    ("The increase will reach shelves", "en"),  # no first person
    ("Últimos días de campaña", "es"),  # no verb: a stressed stem is no verb's
    ("Il a proposé une hausse", "fr"),
    ("Die Gemeinde hat gezählt", "de"),
    ("Компания подала заявку", "ru"),
    ("Ayşe Kaya karşıya geçti", "tr"),
])
def test_a_clause_without_a_first_person_is_left_to_its_title(clause: str, language: str) -> None:
    assert as_said_by(clause, "Anna Berg", language, -1) == ""


@pytest.mark.parametrize(("sentence", "language", "who"), [
    ('"We told them on Jan. 9," said Carla Whitfield, a retired school nurse who lives near the site.', "en",
     "Carla Whitfield"),
    ('"We took the decision on Tuesday," chief executive Fiona Marsh told reporters in London.', "en", "Fiona Marsh"),
    ('"We expect the first season to sell out," Chief Executive Martin Oduya told AFP on Wednesday.', "en",
     "Martin Oduya"),
    ('"We will appeal on Monday," the company said in a statement.', "en", "The company"),
    ('"Desde 2015 hemos perdido la sucursal", ha lamentado la alcaldesa de Sayago, Marta Fernández, que ha pedido '
     'a la Junta de Castilla y León que intervenga.', "es", "Marta Fernández"),
    ('"Llevamos desde 2017 pidiendo un techo", ha declarado a EFE la presidenta de la Federación de Asociaciones '
     'Vecinales de Palma, Aina Serra.', "es", "Aina Serra"),
    ("« Nous avons proposé une hausse le 3 mai », a déclaré le maire.", "fr", "Le maire"),
    ("„Am 22. September zupfen wir die letzte Dolde“, sagte Verbandssprecher Michael Huber der Deutschen "
     "Presse-Agentur.", "de", "Michael Huber"),
    ("«Мы ожидаем пик половодья в апреле», — сказал заместитель руководителя Ростехнадзора Андрей Кузьмичев.", "ru",
     "Андрей Кузьмичев"),
    ('Belediye Başkanı Ali Demir, "Yolların tamamını pazartesi gününe kadar açmayı hedefliyoruz" dedi.', "tr",
     "Ali Demir"),
    # a Turkish quote opened after its speaker's name and a comma, its verb of saying in a later sentence
    ('Genel Müdür Kemal Aydemir, "Soruları 6 Nisan\'da il müdürlüklerine şifreli olarak gönderdik.', "tr",
     "Kemal Aydemir"),
    # a converb of saying before the quote: "… belirterek, "…"
    ('Genel Müdürü Murat Yıldız, bölgede 85 bin çiftçinin pancar ektiğini belirterek, "Geçen yıl 3,2 milyon ton '
     'pancar işledik.', "tr", "Murat Yıldız"),
])
def test_the_speaker_is_the_name_by_the_frames_verb(sentence: str, language: str, who: str) -> None:
    inside = sentence.index(next(c for c in sentence if c in "\"«„“")) + 2
    assert quote_speaker(sentence, inside, language)[0] == who


def test_no_speaker_outside_a_quote_or_without_a_frame_in_the_sentence() -> None:
    sentence = '"We told the Legislature on Feb. 4 that we would have to do this."'
    assert quote_speaker(sentence, 5, "en") == ("", "")  # the frame is in another sentence
    sentence = 'The council met on Monday, and "we told them," Ana Ruiz said.'
    assert quote_speaker(sentence, 3, "en") == ("", "")  # the date is outside the quote
    sentence = 'Geçen yıl, "Soruları il müdürlüklerine gönderdik.'
    assert quote_speaker(sentence, 12, "tr") == ("", "")  # no name before the comma that opens the quote


def test_a_pronoun_frame_takes_the_name_the_story_spoke_of_last_and_a_frame_without_one_none() -> None:
    sentence = "«Bis Ende März müssen wir die Waldwege freigeräumt haben», warnte er."
    assert quote_speaker(sentence, 3, "de", "Jan Berg")[0] == "Jan Berg"
    sentence = '"Esperamos reanudar las inspecciones antes del 15 de diciembre", aseguró.'
    assert quote_speaker(sentence, 3, "es", "Estados Unidos") == ("", "")  # no pronoun: no sure speaker


@pytest.mark.parametrize(("sentence", "language", "story", "expected"), [
    ('"We took the decision on Tuesday evening, once the gearboxes came back," chief executive Fiona Marsh told '
     "reporters.", "en", dt.date(2024, 3, 7), ("2024-03-05", "Fiona Marsh took the decision")),
    ('"No podemos vender por debajo de costes, y el 14 de septiembre ya advertimos a la Consejería", ha lamentado '
     "el secretario general de UAGR-COAG, Íñigo Ruiz de Galarreta.", "es", dt.date(2024, 10, 2),
     ("2024-09-14", "Íñigo Ruiz de Galarreta advirtió a la Consejería")),
    ("\"Nous n'avions pas connu de tels niveaux depuis l'épisode de janvier 2024\", a souligné Mathilde Rivoire, "
     "ingénieure chez Atmo.", "fr", dt.date(2025, 12, 11),
     ("2024-01", "Mathilde Rivoire n'avait pas connu de tels niveaux depuis l'épisode")),
    ("«Ми подали заявку на 25 нових автобусів ще 12 червня», – сказала Кравчук.", "uk", dt.date(2025, 8, 7),
     ("2025-06-12", "Кравчук подала заявку на 25 нових автобусів")),
])
def test_a_dated_first_person_quote_is_titled_with_its_speaker(sentence: str, language: str, story: dt.date,
                                                               expected: tuple[str, str]) -> None:
    assert expected in dated_titles(sentence, language, story), dated_titles(sentence, language, story)


@pytest.mark.parametrize(("said", "expected"), [
    ("nous pensions terminer à l'automne", "avoir pensé terminer à l'automne"),  # the imperfect: its past
    ("nous attendions la décision", "avoir attendu la décision"),
    ("nous finissions les travaux", "avoir fini les travaux"),
    ("nous oublions tout", "oublier tout"),  # the present of a verb in "-ier"
    ("nous avions prévenu le ministère", "avoir prévenu le ministère"),  # a pluperfect's auxiliary
])
def test_a_french_quotes_first_person_plural_imperfect_is_told_as_a_perfect_infinitive(said: str,
                                                                                      expected: str) -> None:
    from generator.importer.quotes import third_person

    assert third_person(said, "fr") == expected


@pytest.mark.parametrize(("paragraphs", "language", "expected"), [
    (["\"Nous avions prévenu le ministère dès le 8 novembre que, sans réponse, les quais s'arrêteraient. Personne "
      "ne peut dire qu'il n'était pas au courant\", a déclaré M. Giraud devant le terminal."], "fr",
     ("2023-11-08", "Giraud avait prévenu le ministère")),  # ("prévenu" is the clause's, no frame after it)
    (["«Мы завершили геологоразведку участка Буранный в 2023 году. Теперь начнем добычу», — сказал генеральный "
      "директор компании Андрей Петров."], "ru", ("2023", "Андрей Петров завершил геологоразведку участка Буранный")),
    (["„Wir haben am 3. März jeden Regalmeter geplant. Jetzt geht es los“, sagte Bibliotheksleiterin Katrin "
      "Weidauer."], "de", ("2023-03-03", "Katrin Weidauer hat jeden Regalmeter geplant")),
])
def test_a_quote_that_runs_into_the_next_sentence_is_told_by_the_speaker_named_there(
        paragraphs: list[str], language: str, expected: tuple[str, str]) -> None:
    from generator.importer.draft import draft_article
    from generator.importer.names import ActorNames
    from generator.link.mentions import NameIndex

    draft = draft_article(paragraphs, [], dt.date(2023, 11, 20), ActorNames({}, NameIndex.build({})), "x", language)
    assert expected in [(e.date.iso(), e.title) for e in draft.timeline], draft.timeline


@pytest.mark.parametrize(("sentences", "rest"), [
    (["« Nous avions prévenu.", "Personne ne peut dire le contraire », a déclaré M. Giraud."],
     "Personne ne peut dire le contraire », a déclaré M. Giraud."),
    (["\"We told them.", "Nobody listened,\" she said."], "Nobody listened,\" she said."),
    (["„Wir haben geplant.", "Es geht los“, sagte sie."], "Es geht los“, sagte sie."),
    (["« Nous avions prévenu », a-t-il dit.", "Personne ne l'a nié."], ""),  # closed in its own sentence
    (["« Nous avions prévenu.", "Personne.", "Rien.", "Toujours rien.", "Fin », a-t-il dit."], ""),  # too far
])
def test_the_rest_of_a_quote_runs_to_the_sentence_that_closes_it(sentences: list[str], rest: str) -> None:
    from generator.importer.quotes import rest_of_quote

    assert rest_of_quote(sentences, 0) == rest


def test_a_turkish_speaker_named_before_the_quote_in_its_clause_is_not_named_twice() -> None:
    assert as_said_by("Mahalle sakinlerinden Hatice Yılmaz Çocuklarla birlikte mutfakta oturduk", "Hatice Yılmaz",
                      "tr", -1) == "Hatice Yılmaz çocuklarla birlikte mutfakta oturdu"


@pytest.mark.parametrize(("sentences", "start"), [
    (["Ersoy, \"Hamamı onardık.", "Temmuzda açmayı hedefliyoruz\" diye konuştu."], "Ersoy, \"Hamamı onardık."),
    (["Kaya, “Yolu açtık.", "Köylüler sevindi.", "Yazın turist bekliyoruz” dedi."],
     "Kaya, “Yolu açtık. Köylüler sevindi."),
    (["« Nous avions prévenu », a-t-il dit.", "Personne ne l'a nié »."], ""),  # the quote before is closed
    (["Kaya, “Yolu açtık.", "Bir.", "İki.", "Üç.", "Yazın turist bekliyoruz” dedi."], ""),  # too far
])
def test_the_start_of_a_quote_runs_back_to_the_sentence_that_opens_it(sentences: list[str], start: str) -> None:
    from generator.importer.quotes import start_of_quote

    assert start_of_quote(sentences, len(sentences) - 1) == start


def test_a_turkish_quote_closed_in_a_later_sentence_is_told_by_the_subject_of_the_converb_of_saying() -> None:
    from generator.importer.draft import draft_article
    from generator.importer.names import ActorNames
    from generator.link.mentions import NameIndex

    paragraphs = ["Proje sorumlusu Selin Yazıcı, köprünün 2021 yılında Meriç Nehri'nin taşması sonrasında "
                  "yıprandığını belirterek, \"Ayaklarda oyulmalar tespit ettik. Bu nedenle en yoğun çalışmayı "
                  "ilkbaharda yapacağız\" dedi."]
    draft = draft_article(paragraphs, [], dt.date(2023, 11, 20), ActorNames({}, NameIndex.build({})), "x", "tr")
    assert ("2024-03", "Selin Yazıcı bu nedenle en yoğun çalışmayı yapacak") in \
        [(e.date.iso(), e.title) for e in draft.timeline], draft.timeline
