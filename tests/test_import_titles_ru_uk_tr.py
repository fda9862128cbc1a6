"""`explainer import`: titles of Russian, Ukrainian and Turkish events, one construction a test."""

from __future__ import annotations

import datetime as dt

import pytest

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
    found = dated_titles("Valilik, okullarda çarşamba ve perşembe günleri eğitime ara verileceğini açıkladı.", "tr",
                         dt.date(2025, 11, 18))  # "günleri" goes with the two days
    assert found == [("2025-11-19", "Valilik, okullarda eğitime ara verileceğini açıkladı")], found


def test_a_turkish_clause_without_a_verb_runs_on_across_ve_to_the_verb_of_both_objects() -> None:
    # "ücretsiz kitap | ve kırtasiye malzemesi verilecek": "ve" joins two nouns of one verb, not two clauses
    found = dated_titles("Eylül ayında köy okullarındaki öğrencilere ücretsiz kitap ve kırtasiye malzemesi verilecek.",
                         "tr", dt.date(2026, 6, 1))
    assert ("2026-09", "Köy okullarındaki öğrencilere ücretsiz kitap ve kırtasiye malzemesi verilecek") in found, \
        found


def test_a_turkish_clause_of_what_was_said_does_not_run_on_to_the_next_one() -> None:
    # "onarıldığını | ve … açıldığını söyledi": two things said, the first is no object of the second's verb
    found = dated_titles("Müdür Ayşe Demir, mart ayında okulun çatısının onarıldığını ve spor salonunun yeniden "
                         "açıldığını söyledi.", "tr", dt.date(2026, 5, 1))
    assert all("açıldı" not in title for _, title in found), found


def test_a_turkish_speakers_quoted_words_in_the_first_person_plural_tell_what_the_speaker_does() -> None:
    # 'Kaya, "… planlıyoruz."': the speaker is the subject, the verb in the third person, no comma between
    found = dated_titles('Kulüp Başkanı Murat Kaya, "Yeni tesisi 12 Ekim\'de açmayı planlıyoruz.', "tr",
                         dt.date(2026, 9, 1))
    assert ("2026-10-12", "Murat Kaya yeni tesisi açmayı planlıyor") in found, found
    found = dated_titles('Antrenör Ali Yurt, "Geçen ay Ankara\'daki turnuvada iki madalya kazandık.', "tr",
                         dt.date(2026, 9, 1))
    assert ("2026-08", "Antrenör Ali Yurt Ankara'daki turnuvada iki madalya kazandı") in found, found


def test_a_turkish_dated_participle_of_a_noun_in_the_genitive_before_ardindan_tells_what_happened() -> None:
    # "12 Mart'ta yapılan seçimlerin ardından": the genitive is the postposition's, not a subject of its own clause
    found = dated_titles("12 Mart'ta yapılan seçimlerin ardından meclis ilk kez toplandı.", "tr", dt.date(2026, 3, 1))
    assert ("2025-03-12", "Seçimler yapıldı") in found, found


def test_a_turkish_dated_participle_keeps_its_place_after_a_subject_set_off_by_ise() -> None:
    # "takımlar ise | 20 Haziran'da Ankara'da yapılacak Avrupa Kupası'nda": "ise" sets the main clause's subject
    # off as a comma does; the place between the date and the participle is the participle's
    found = dated_titles("Elenen takımlar ise 20 Haziran'da Ankara'da yapılacak Avrupa Kupası'nda son kez yarışacak.",
                         "tr", dt.date(2026, 3, 1))
    assert ("2026-06-20", "Avrupa Kupası Ankara'da yapılacak") in found, found


def test_a_turkish_adverb_in_en_after_a_date_is_no_participle() -> None:
    # "15 Nisan'dan itibaren yeniden başlayacak": "yeniden" ends like a participle but describes no noun
    found = dated_titles("Uçak seferleri ise 15 Nisan'dan itibaren yeniden başlayacak.", "tr", dt.date(2026, 3, 1))
    assert ("2026-04-15", "Uçak seferleri yeniden başlayacak") in found, found


def test_a_turkish_title_drops_the_ise_of_a_topic() -> None:
    # "Yeni kütüphane ise …": "as for" ties the sentence to the one before it, a headline stands alone
    found = dated_titles("Yeni kütüphane ise 3 Haziran'da okurlara açılacak.", "tr", dt.date(2026, 3, 1))
    assert ("2026-06-03", "Yeni kütüphane okurlara açılacak") in found, found


def test_a_long_turkish_title_drops_a_ki_modifier_with_the_compound_and_genitive_its_possessive_calls_for() -> None:
    from generator.importer.fit import fit

    # "tesisin enerji hattındaki | arıza": "hatt-ı-ndaki" is possessed, its "enerji" and "tesisin" go with it,
    # not left stranded before the noun's postposition and the verb
    title = "Belediyenin yaz için planlanan açık hava konseri tesisin enerji hattındaki arıza nedeniyle ertelendi"
    assert fit(title, "tr", {"ve", "ile", "bir", "bu"}) == \
        "Belediyenin yaz için planlanan açık hava konseri arıza nedeniyle ertelendi"


def test_a_russian_object_pronoun_at_the_end_of_a_title_is_the_noun_it_stands_for() -> None:
    # "защитит его": the one masculine noun before it that is not the subject, outside a prepositional phrase
    found = dated_titles("Команда, которая в прошлом году выиграла кубок, защитит его 12 мая.", "ru",
                         dt.date(2026, 3, 1))
    assert ("2026-05-12", "Команда защитит кубок") in found, found
    # "Заявления …, а родители смогут забрать их": the noun of the clause before, not the subject "родители"
    found = dated_titles("Заявления, поданные до марта, рассмотрят позже, а родители смогут забрать их до 20 апреля.",
                         "ru", dt.date(2026, 3, 1))
    assert ("2026-04-20", "Родители смогут забрать заявления") in found, found


def test_a_ukrainian_object_pronoun_takes_the_name_in_quotes_after_its_noun() -> None:
    # "її" is the feminine noun before it that is not the subject "Бібліотека", with its name in quotes
    found = dated_titles("Бібліотека, яка з 2019 року приєдналася до акції «Читацький марафон», цьогоріч проведе її "
                         "30 травня.", "uk", dt.date(2026, 3, 1))
    assert ("2026-05-30", "Бібліотека цьогоріч проведе акцію Читацький марафон") in found, found


def test_a_russian_relative_clause_goes_on_after_a_source_set_off_inside_it() -> None:
    # "мост, который, | как сообщил глава города, | откроют 5 мая": the relative clause's verb is after the source
    found = dated_titles("Мэрия построит новый мост, который, как сообщил глава города, откроют 5 мая.", "ru",
                         dt.date(2026, 3, 1))
    assert ("2026-05-05", "Новый мост откроют") in found, found


def test_a_name_in_quotes_after_its_noun_is_the_antecedent_of_a_relative_clause_not_a_person() -> None:
    # "фестиваль уличной музыки «Звуки лета», | который": the noun, its genitives and the name, in the nominative
    found = dated_titles("Город готовит фестиваль уличной музыки «Звуки лета», который откроется 5 мая.", "ru",
                         dt.date(2026, 3, 1))
    assert ("2026-05-05", "Фестиваль уличной музыки Звуки лета откроется") in found, found
    found = dated_titles("Місто готує фестиваль вуличної музики «Звуки літа», який, як повідомив мер, "
                         "відкриється 5 травня.", "uk", dt.date(2026, 3, 1))
    assert ("2026-05-05", "Фестиваль вуличної музики Звуки літа відкриється") in found, found


def test_a_long_turkish_title_drops_a_purpose_clause_in_uzere() -> None:
    from generator.importer.fit import fit

    # "… katılmak üzere": a purpose, as "… için" is, goes with its objects; the subject and the verb stay
    title = "Kadın takımı, Avrupa Şampiyonası elemelerinde Hollanda ile karşılaşmak üzere dün sabah Amsterdam'a gitti"
    assert fit(title, "tr", {"ve", "ile", "bir", "bu"}) == "Kadın takımı, dün sabah Amsterdam'a gitti"


@pytest.mark.parametrize(("title", "short"), [
    # a compound name in the locative ("… Tiyatrosu'nda") goes whole
    ("Festival, Merinos Parkı Açık Hava Tiyatrosu'nda Gürcistan Ulusal Balesi Sukhishvili'nin gösterisiyle açılacak",
     "Festival, Gürcistan Ulusal Balesi Sukhishvili'nin gösterisiyle açılacak"),
    # an object participle before a name when its subject is a name in the genitive, and before a figure
    ("Tesis, Türkiye Yüzme Federasyonu'nun düzenleyeceği Bölgesel Kısa Kulvar Yüzme Şampiyonası'na ev sahipliği "
     "yapacak", "Tesis, Bölgesel Kısa Kulvar Yüzme Şampiyonası'na ev sahipliği yapacak"),
    ("Belediyenin filoya kattığı 40 yeni iş makinesi çalışmaları büyük ölçüde hızlandırdı",
     "40 yeni iş makinesi çalışmaları büyük ölçüde hızlandırdı"),
    # a name that opens on a figure ("15 Temmuz Şehitler Köprüsü") is no compound to drop from inside
    ("Bu yıl 46'ncısı düzenlenecek İstanbul Maratonu, 15 Temmuz Şehitler Köprüsü'nde start alacak ve Avrupa'dan "
     "Asya'ya geçecek", None),
])
def test_a_long_turkish_title_drops_a_named_place_or_a_relative_clause_before_a_name(title: str,
                                                                                      short: str | None) -> None:
    from generator.importer.fit import fit

    result = fit(title, "tr", {"ve", "ile", "bir", "bu"})
    if short is None:
        assert "15 Temmuz Şehitler Köprüsü'nde" in result or "Köprüsü" not in result, result
    else:
        assert result == short


def test_a_long_turkish_title_keeps_the_names_ile_joins() -> None:
    from generator.importer.fit import fit

    # "Ege ile Akdeniz kıyılarını": a name before a compound noun goes no more when "ile" joins it to another (the
    # relative clause they stand in may go whole)
    title = ("Yeni feribot hattı, bu yaz Ege ile Akdeniz kıyılarını birbirine bağlayan limanlardan sefer yapacak ve "
             "büyüyecek")
    short = fit(title, "tr", {"ve", "ile", "bir", "bu"})
    assert "Ege ile Akdeniz" in short or ("Ege" not in short and "Akdeniz" not in short), short


def test_a_long_russian_title_drops_the_genitives_of_its_subjects_genitive_before_its_verb() -> None:
    from generator.importer.fit import fit

    # "реконструкция главного корпуса | областной детской клинической больницы города Самары | завершилась": the
    # subject keeps its own genitive, not what that genitive has, and the verb stays
    title = "Реконструкция главного корпуса областной детской клинической больницы города Самары завершилась"
    assert fit(title, "ru", set()) == "Реконструкция главного корпуса завершилась"
    title = "Реконструкція головного корпусу обласної дитячої клінічної лікарні міста Полтави завершилася"
    assert fit(title, "uk", set()) == "Реконструкція головного корпусу завершилася"


@pytest.mark.parametrize(("language", "title", "expected"), [
    # the adjectives before the subject's noun go before the verb does, or when the title then fits whole
    ("ru", "Сотрудники государственного природного биосферного заповедника Черные земли в Калмыкии завершили "
           "весенний авиаучет сайгаков", "Сотрудники заповедника Черные земли завершили весенний авиаучет сайгаков"),
    # one adjective of a term stays: what comes last goes instead
    ("uk", "Міністр соціальної політики України провів переговори з єврокомісаром із внутрішніх справ "
           "у Брюсселі", "Міністр соціальної політики України провів переговори з єврокомісаром"),
])
def test_a_long_slavic_title_drops_the_adjectives_before_its_subjects_noun(language: str, title: str,
                                                                           expected: str) -> None:
    from generator.importer.fit import fit

    assert fit(title, language, set()) == expected



def test_a_long_turkish_headline_drops_the_relative_clause_of_a_subject_participle() -> None:
    # "… ailelerinden oluşan | yüzlerce kişi": the noun stays, the clause its participle closes goes; a dative of
    # the clause around it ("şenliğine") stays before it
    found = dated_titles("Dün bahar şenliğine çevre köylerden otobüslerle gelen çiftçi ailelerinden oluşan yüzlerce "
                         "kişi katıldı.", "tr", dt.date(2026, 5, 10))
    assert ("2026-05-09", "Bahar şenliğine yüzlerce kişi katıldı") in found, found


def test_a_turkish_ablative_of_a_plural_is_no_participle_in_en() -> None:
    # "köylerden": "-den" after "-ler" is the ablative of a plural, no participle ("gelen") to turn into a past
    found = dated_titles("Dün çevre köylerden gelen çiftçiler pazarı doldurdu.", "tr", dt.date(2026, 5, 10))
    assert found and all("köylerddi" not in title and "köylerdi" not in title for _, title in found), found
    assert ("2026-05-09", "Çevre köylerden gelen çiftçiler pazarı doldurdu") in found, found


def test_a_turkish_dated_participle_keeps_its_agent_in_tarafindan() -> None:
    # "dün jandarma tarafından gözaltına alınan şüpheli": the agent and "tarafından" stand between the date and the
    # participle; the noun described is what happened's subject, the agent stays with it
    found = dated_titles("Dün jandarma tarafından gözaltına alınan şüpheli, bugün tutuklandı.", "tr",
                         dt.date(2026, 5, 10))
    assert ("2026-05-09", "Şüpheli jandarma tarafından gözaltına alındı") in found, found
    found = dated_titles("2019'da Ali Yılmaz tarafından kırılan rekor, dün bir genç atlet tarafından geliştirildi.",
                         "tr", dt.date(2026, 5, 10))
    assert ("2019", "Rekor Ali Yılmaz tarafından kırıldı") in found, found


def test_a_slavic_noun_before_a_relative_clause_takes_the_verb_after_it() -> None:
    # "Вчера три больницы, | в которых лечились пострадавшие, | перевели …": the dated clause holds the noun only,
    # its verb comes after the relative clause set off by commas
    found = dated_titles("Вчера три больницы, в которых лечились пострадавшие, перевели на усиленный режим.", "ru",
                         dt.date(2022, 12, 1))
    assert found == [("2022-11-30", "Три больницы перевели на усиленный режим")], found
    found = dated_titles("Учора дві школи, у яких навчаються хворі діти, закрили на карантин.", "uk",
                         dt.date(2022, 12, 1))
    assert found == [("2022-11-30", "Дві школи закрили на карантин")], found


def test_a_slavic_subject_takes_its_verb_across_an_apposition_set_off_by_dashes() -> None:
    # "Рекордный урожай пшеницы — почти 90 млн тонн — | был собран": the figure between dashes tells the subject's
    # size; an object put first ("Першу гонку — спринт — …") is no subject
    found = dated_titles("Рекордный урожай пшеницы — почти 90 млн тонн — был собран в 2022 году.", "ru",
                         dt.date(2025, 12, 1))
    assert found == [("2022", "Рекордный урожай пшеницы был собран")], found
    found = dated_titles("Рекордний урожай пшениці — майже 30 млн тонн — було зібрано у 2021 році.", "uk",
                         dt.date(2025, 12, 1))
    assert found == [("2021", "Рекордний урожай пшениці було зібрано")], found
    found = dated_titles("Першу гонку – спринт на 10 км – чоловіки проведуть у суботу.", "uk", dt.date(2025, 12, 1))
    assert found and not found[0][1].startswith("Першу гонку"), found


def test_a_turkish_first_report_of_two_on_a_verb_of_two_letters_is_told_as_a_clause() -> None:
    # "havuzunun … açık olacağını, | salonunun … kalacağını söyledi": the first of two reported clauses before one
    # verb of saying, its verb on a stem of two letters ("ol-")
    found = dated_titles("Müdür, yeni yüzme havuzunun 1 Şubat'tan itibaren açık olacağını, spor salonunun ise yaz "
                         "boyunca kapalı kalacağını söyledi.", "tr", dt.date(2026, 12, 1))
    assert ("2027-02-01", "Yeni yüzme havuzu açık olacak") in found, found


def test_a_turkish_converb_of_saying_reports_a_clause_of_its_own() -> None:
    # "… sel yaşandığını hatırlatarak | … artırılacağını söyledi": a date before the converb dates what it reports;
    # one after it, the second report alone
    found = dated_titles("Vali, üç yıl önce de aynı köyde büyük bir sel yaşandığını hatırlatarak ormanlık alanda "
                         "denetimlerin artırılacağını söyledi.", "tr", dt.date(2026, 12, 1))
    assert ("2023", "Aynı köyde büyük bir sel yaşandı") in found, found
    found = dated_titles("Vali, köyde büyük bir sel yaşandığını hatırlatarak gelecek ay ormanlık alanda denetimlerin "
                         "artırılacağını söyledi.", "tr", dt.date(2026, 12, 1))
    assert ("2027-01", "Ormanlık alanda denetimler artırılacak") in found, found


def test_a_slavic_clause_of_cause_loses_its_conjunction() -> None:
    # "…, | оскільки 22 березня вибухова хвиля пошкодила опору": the conjunction of cause ties the clause to the
    # one before; the headline tells the cause alone
    found = dated_titles("Рух мостом обмежили, оскільки 22 березня вибухова хвиля пошкодила опору.", "uk",
                         dt.date(2024, 5, 20))
    assert found == [("2024-03-22", "Вибухова хвиля пошкодила опору")], found
    found = dated_titles("Движение по мосту ограничили, поскольку 22 марта взрывная волна повредила опору.", "ru",
                         dt.date(2024, 5, 20))
    assert found == [("2024-03-22", "Взрывная волна повредила опору")], found


@pytest.mark.parametrize(("title", "tense", "expected"), [
    ("Ve tribün çalışmaları tamamlandı", -1, "Tribün çalışmaları tamamlandı"),  # a conjunction it opened with
    ("Stadyumda halka açık bir tören düzenleneceği", 1, "Stadyumda halka açık bir tören düzenlenecek"),
    ("Görüşmelerin altı tur sürdüğünü", -1, "Görüşmelerin altı tur sürdü"),  # a complement of what was said
    ("Kerem Aydoğdu stadyumda incelemelerde bulunduktan sonra AA muhabirine", -1,
     "Kerem Aydoğdu stadyumda incelemelerde bulundu"),  # a clause of time
    ("Kayak merkezinde kurulan 40 kar makinesi", -1, "Kayak merkezinde 40 kar makinesi kuruldu"),
    ("Kayak merkezinde kurulan 40 kar makinesi", 1, "Kayak merkezinde 40 kar makinesi kurulacak"),
    ("Belen'de yapılması planlanan Kuş Gözlem Şenliği", 1, "Belen'de yapılması planlanan Kuş Gözlem Şenliği"),
    ("Havalimanına ulaşan yolcunun valizi", -1, "Havalimanına ulaşan yolcunun valizi"),  # a genitive: no subject
    ("Yeni asgari ücret geçerli olacak", 1, "Yeni asgari ücret geçerli olacak"),  # finite already
    ("Çeşme ilçesinde düzenlenecek Ege Rüzgarı Müzik Festivali", 1,
     "Çeşme ilçesinde Ege Rüzgarı Müzik Festivali düzenlenecek"),  # a future participle, as it is
])
def test_a_turkish_title_ends_on_a_finite_verb(title: str, tense: int, expected: str) -> None:
    from generator.importer.titles.turkish_clauses import turkish_finite

    assert turkish_finite(title, tense) == expected


def test_a_long_turkish_title_drops_a_setting_and_the_comma_before_it() -> None:
    from generator.importer.fit import fit
    from generator.importer.titles.words import _DANGLING

    title = "Yeni tesisin temeli, Sanayi ve Teknoloji Bakanı Mehmet Fatih Kacır'ın katılımıyla atılmıştı"
    assert fit(title, "tr", _DANGLING["tr"], 40) == "Yeni tesisin temeli atılmıştı"
    title = "Emine Tuncer, sevkiyatın ardından Irak ve Azerbaycan'a da ürün göndermeyi planladıklarını ifade etti"
    assert fit(title, "tr", _DANGLING["tr"]) == ("Emine Tuncer, Irak ve Azerbaycan'a da ürün göndermeyi "
                                                 "planladıklarını ifade etti")


@pytest.mark.parametrize(("sentence", "expected"), [
    # an event planned for the date, told with what became of it
    ("Öte yandan, 24-25 Haziran'da Ankara'da yapılması planlanan 1. Lig yükselme finalleri, soruşturma nedeniyle "
     "ertelendi.", ("2023-06-24", "1. Lig yükselme finalleri ertelendi")),
    ("Öte yandan cumartesi günü delta ziyaretçi merkezinde yapılması planlanan kuş gözlem etkinliğinin, kuvvetli "
     "rüzgar uyarısı nedeniyle ertelendiği bildirildi.", ("2023-06-24", "Kuş gözlem etkinliği ertelendi")),
    ("Öte yandan bir acentanın kasım ayında İstanbul'da düzenlemeyi planladığı tanıtım fuarının, salon sorunu "
     "nedeniyle iptal edildiği öğrenildi.", ("2023-11", "Tanıtım fuarı iptal edildi")),
    # a statement dated by the setting it was made in: what was said when it fits, else the setting
    ("Tarım ve Orman Bakanı İbrahim Yumaklı, salı günü yaptığı açıklamada yangının kontrol altına alındığını "
     "söyledi.", ("2023-06-20", "İbrahim Yumaklı yangının kontrol altına alındığını söyledi")),
    ("ÇAYKUR Genel Müdürü Mehmet Kocaman, Rize'deki genel müdürlük binasında dün düzenlediği basın toplantısında, "
     "bu yıl üreticiden kilogram başına 27 liradan yaş çay alınacağını söyledi.",
     ("2023-06-20", "Mehmet Kocaman basın toplantısı düzenledi")),
    ("Belediyenin dün yaptığı yazılı açıklamada, ana parkurda çalışmaların sürmesinin beklendiği belirtildi.",
     ("2023-06-20", "Belediye yazılı açıklama yaptı")),
    # a subject of common nouns set off at the sentence's start
    ("Santral işletmecisi, salı günü yaptığı yazılı açıklamada, kül barajında yürütülen yüzey örtme ve sulama "
     "çalışmalarının 2023 yılının ilk yarısında tamamlanacağını bildirmişti.",
     ("2023-06-20", "Santral işletmecisi yazılı açıklama yaptı")),
    # "anlattı" reports what was said too
    ("Yetiştirici Mehmet Yıldırım ise dünkü kırkımda ustaların hayvan başına 40 lira istediğini, bu ücretin iki yıl "
     "önce 15 lira olduğunu anlattı.", ("2023-06-20", "Kırkımda ustalar hayvan başına 40 lira istedi")),
    # an ordinal's dot ends no sentence
    ("Muğla 2. Ağır Ceza Mahkemesinde bugün görülen karar duruşmasına avukatlar katıldı.",
     ("2023-06-21", "Muğla 2. Ağır Ceza Mahkemesinde karar duruşması görüldü")),
])
def test_a_turkish_plan_a_statements_setting_and_an_ordinal(sentence: str, expected: tuple[str, str]) -> None:
    found = dated_titles(sentence, "tr", dt.date(2023, 6, 21))
    assert expected in found, found


def test_a_title_cut_to_length_ends_on_no_negation_or_clitic() -> None:
    from generator.importer.fit import fit
    from generator.importer.titles.words import _DANGLING

    said = ("Ассоциация Совет производителей энергии заявила, что утвержденный уровень не покрывает рост "
            "затрат")
    assert not fit(said, "ru", _DANGLING["ru"]).endswith(" не")
    said = "El Consorcio de la Ciudad Monumental de Mérida informó que el hallazgo se produjo durante las obras"
    assert not fit(said, "es", _DANGLING["es"]).endswith(" se")


@pytest.mark.parametrize(("title", "told"), [
    ("Kızılırmak Deltası'nın, UNESCO Dünya Mirası Geçici Listesi'ne alındığını hatırlattı",
     "Kızılırmak Deltası UNESCO Dünya Mirası Geçici Listesi'ne alındı"),
    ("Yıldırım, düzenlenecek uluslararası mobilya fuarına Kayseri'den 38 firmanın katılacağını söyledi",
     "Düzenlenecek uluslararası mobilya fuarına Kayseri'den 38 firma katılacak"),
    ("Meteoroloji Genel Müdürlüğü de kar yağışının öğleden sonraya kadar etkili olacağını duyurdu",
     "Kar yağışı öğleden sonraya kadar etkili olacak"),
    # the possessor of an object is no subject
    ("Yıldırım, zamlanan otoyol ve köprü geçiş ücretlerinin de nakliyecilerin belini büktüğünü ifade etti",
     "Zamlanan otoyol ve köprü geçiş ücretleri de nakliyecilerin belini büktü"),
    ("Bakanlık yeni tarifeyi açıkladı", ""),  # no report
])
def test_a_turkish_report_too_long_is_told_as_what_was_reported(title: str, told: str) -> None:
    from generator.importer.turkish.clauses import report_as_told

    assert report_as_told(title) == told


@pytest.mark.parametrize(("title", "told"), [
    # a report whose verb of saying is a converb, or was left out: told as what was reported
    ("Erhan Tunç, tesiste son denetimleri yaptıklarını belirterek", "Tesiste son denetimleri yaptılar"),
    ("Karakuş hattın İller Bankası'na kredi başvurusunda bulunduklarını",
     "Hat İller Bankası'na kredi başvurusunda bulundular"),
])
def test_a_turkish_report_with_no_finite_verb_of_saying_is_told_as_what_was_reported(title: str, told: str) -> None:
    from generator.importer.turkish.clauses import report_as_told

    assert report_as_told(title) == ""  # only a title with no finite verb of its own is read so
    assert report_as_told(title, bare=True) == told


@pytest.mark.parametrize(("title", "language", "told"), [
    ("Розглянути її депутати мають на сесії", "uk", "Депутати мають розглянути її на сесії"),
    ("Завершити будівництво мають", "uk", "Будівництво мають завершити"),
    ("Провести проверку должны до 1 июня", "ru", "Проверку должны провести до 1 июня"),
    ("Депутати мають розглянути петицію", "uk", "Депутати мають розглянути петицію"),  # in order already
])
def test_an_infinitive_before_its_modal_follows_it(title: str, language: str, told: str) -> None:
    from generator.importer.slavic import infinitive_first

    assert infinitive_first(title, language) == told


def test_a_date_whose_words_take_its_whole_clause_still_gets_a_title() -> None:
    found = dated_titles("У суботу пункти працюватимуть з 10:00 до 17:00.", "uk", dt.date(2022, 12, 14))
    assert found == [("2022-12-17T10:00:00", "Пункти працюватимуть")]


def test_what_an_ob_etom_soobshchili_reports_across_a_relative_clause_after_a_preposition() -> None:
    from generator.importer.titles.said import _what_was_reported

    previous = ('Масштабный сбой в сети мобильного оператора "Мобилон", из-за которого абоненты почти семь часов не '
                'могли позвонить, устранен.')
    assert _what_was_reported(previous, "ru", dt.date(2024, 1, 20)) == \
        "Масштабный сбой в сети мобильного оператора Мобилон устранен"


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ('"С 11 по 17 декабря включительно ученики 1-11 классов будут заниматься дистанционно", - сказал он.', "ru",
     "Ученики 1-11 классов будут заниматься дистанционно"),
    ("З 11 по 17 грудня включно учні 1-11 класів навчатимуться дистанційно.", "uk",
     "Учні 1-11 класів навчатимуться дистанційно"),
])
def test_the_word_that_counts_a_last_day_in_goes_with_its_date(sentence: str, language: str, expected: str) -> None:
    titles = [title for _, title in dated_titles(sentence, language, dt.date(2023, 12, 8))]
    assert titles == [expected], titles


@pytest.mark.parametrize(("title", "expected"), [
    ("Sendikanın aldığı grev kararı", "Sendika grev kararı aldı"),
    ("Bakanlığın verdiği izin", "Bakanlık izin verdi"),  # "ğ" before the genitive is "k" in the nominative
    ("Ali'nin okuduğu kitap", "Ali kitap okudu"),
])
def test_a_turkish_noun_phrase_opened_by_a_past_participle_after_its_subject_is_the_subjects_clause(
        title: str, expected: str) -> None:
    from generator.importer.titles.turkish_clauses import turkish_finite

    assert turkish_finite(title, -1) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the subject of what was said in the genitive before a comma, its verbal noun after it
    ("Müdür, yeni binanın nisan ayında, bu kez tüm birimleriyle hizmete açılacağını söyledi.",
     ("2025-04", "Yeni bina bu kez tüm birimleriyle hizmete açılacak")),  # "binanın" → "bina"
    # "Öte yandan," opens no title
    ("Öte yandan, kanal temizliği çalışmalarının mart sonunda tamamlanması bekleniyor.",
     ("2025-03", "Kanal temizliği çalışmalarının tamamlanması bekleniyor")),
])
def test_a_turkish_clause_runs_on_to_the_verbal_noun_after_its_comma(sentence: str,
                                                                     expected: tuple[str, str]) -> None:
    found = dated_titles(sentence, "tr", dt.date(2025, 2, 10))
    assert expected in found, found


def test_what_a_verb_of_saying_tells_of_stays_in_a_long_title() -> None:
    found = dated_titles("Міська рада Рівного в середу оголосила про позапланову перевірку всіх пожежних гідрантів "
                         "міста після нічної пожежі на складі.", "uk", dt.date(2025, 8, 6))
    assert ("2025-08-06", "Міська рада Рівного оголосила про позапланову перевірку всіх пожежних гідрантів") \
        in found, found


def test_a_cut_russian_title_does_not_end_on_the_preposition_of_its_date() -> None:
    # "проверку рудника со 2 по 16 сентября": the date goes with its "со"
    found = dated_titles("Ростехнадзор, проводивший внеплановую проверку рудника со 2 по 16 сентября, разрешил "
                         "возобновить работы при условии установки дополнительных датчиков контроля воды.", "ru",
                         dt.date(2024, 10, 3))
    assert ("2024-09-02", "Ростехнадзор проводил внеплановую проверку рудника") in found, found


def test_a_turkish_subject_set_off_by_a_comma_runs_on_to_the_verb_that_ends_the_sentence() -> None:
    found = dated_titles("Dünkü oturumda ise mahkeme, şikayetçilerin son beyanlarını dinledi.", "tr",
                         dt.date(2024, 5, 23))
    assert found == [("2024-05-22", "Oturumda mahkeme, şikayetçilerin son beyanlarını dinledi")], found
    # a participle before the noun holds the date: the noun phrase is its own
    found = dated_titles("Gözlemevinin geçen ay tamamlanan kubbesi, bölgenin sert kış koşullarına göre tasarlandı.",
                         "tr", dt.date(2024, 5, 23))
    assert all("tasarlandı" not in title for _, title in found), found


@pytest.mark.parametrize(("sentence", "story", "expected"), [
    # the speaker, their comma and where they spoke before the quote
    ("Şavşat Kaymakamı Mehmet Ali Yıldız, AA muhabirine yaptığı açıklamada, “Asfalt serimini geçen hafta "
     "tamamladık.", dt.date(2020, 6, 1),
     ("2020-05-25", "Şavşat Kaymakamı Mehmet Ali Yıldız asfalt serimini tamamladı")),
    # a noun in the locative with no possessive keeps its "n"
    ("Açıklamaya göre, şubat ayında meydana gelen heyelanda yolun 200 metrelik bölümü çöktü.", dt.date(2020, 6, 1),
     ("2020-02", "Heyelan meydana geldi")),
    # a genitive's stem ends in "k", never "ğ"
    ("Her yıl düzenlenen etkinliğin 2021 yazına ertelendiği bildirildi.", dt.date(2020, 6, 1),
     ("2021-06", "Her yıl düzenlenen etkinlik ertelendi")),
])
def test_turkish_titles_keep_their_nouns_whole(sentence: str, story: dt.date, expected: tuple[str, str]) -> None:
    found = dated_titles(sentence, "tr", story)
    assert expected in found, found


@pytest.mark.parametrize(("word", "stem"), [
    ("etkinliğin", "etkinlik"), ("Derneğin", "Dernek"), ("hattın", "hat"), ("rakamın", "rakam"),
    ("yoğun", "yoğun"), ("uzun", "uzun"),  # adjectives in "-un", no genitives
])
def test_a_turkish_genitive_without_its_ending(word: str, stem: str) -> None:
    from generator.importer.turkish.participles import _genitive_off

    assert _genitive_off(word) == stem


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Batman Valiliği yetkilileri, tekne turlarının asıl olarak 2020 yazında yoğunlaşmasını ve ilçeye yeni bir "
     "turizm canlılığı getirmesini bekliyor.", ("2020-06", "Tekne turları asıl olarak yoğunlaşacak")),
    ("Yetkililer, ilkbaharda ziyaret saatlerinin uzatılmasının ve hafta sonları da ziyaretçi kabul edilmesinin "
     "planlandığını açıkladı.", ("2020-03", "Ziyaret saatleri uzatılacak")),
])
def test_a_turkish_verbal_noun_cut_off_from_its_verb_is_told_as_its_own_clause(sentence: str,
                                                                               expected: tuple[str, str]) -> None:
    found = dated_titles(sentence, "tr", dt.date(2019, 10, 9))
    assert expected in found, found


def test_a_turkish_statement_in_the_locative_is_no_verbal_noun() -> None:
    from generator.importer.titles.turkish_clauses import turkish_finite

    title = "Platform, göl kıyısında yaptıkları basın açıklamasında"
    assert turkish_finite(title, -1) == title


@pytest.mark.parametrize(("sentence", "expected"), [
    # "öğrenildi" (it was learnt), "belirlendi" (it was found) report what the complement tells
    ("Şüphelinin geçen yıl iki kez Dubai'ye gidip geldiği belirlendi.",
     ("2020", "Şüpheli iki kez Dubai'ye gidip geldi")),
    # the last genitive owns the object: the one before it is the subject
    ("İtfaiye ekiplerinin ağustos ayında fabrikanın söndürme sistemini yetersiz bulduğu öğrenildi.",
     ("2021-08", "İtfaiye ekipleri fabrikanın söndürme sistemini yetersiz buldu")),
])
def test_a_turkish_complement_learnt_or_found_is_told_with_its_subject(sentence: str,
                                                                        expected: tuple[str, str]) -> None:
    assert dated_titles(sentence, "tr", dt.date(2021, 9, 22)) == [expected]


@pytest.mark.parametrize(("sentence", "language", "story", "expected"), [
    # a Turkish statement's setting: the institution with its number and short name, a place before the setting
    ("Devlet Su İşleri (DSİ) 8. Bölge Müdürlüğü dün yaptığı yazılı açıklamada, barajdan bırakılan suyun "
     "artırılacağını duyurdu.", "tr", dt.date(2025, 6, 5),
     ("2025-06-04", "Devlet Su İşleri (DSİ) 8. Bölge Müdürlüğü yazılı açıklama yaptı")),
    ("Erzurum Valisi Mustafa Çiftçi, 22 Aralık Salı günü İl Özel İdaresi'nde düzenlediği basın toplantısında, "
     "pistlerdeki kar kalınlığının 80 santimetreye ulaştığını açıkladı.", "tr", dt.date(2026, 12, 23),
     ("2026-12-22", "Mustafa Çiftçi pistlerdeki kar kalınlığının 80 santimetreye ulaştığını açıkladı")),
    # a subject after "а", an apposition set off by dashes, and an adverb before the verb
    ("За його словами, депутати погодили схему у вівторок, а підрядник – ТОВ «Шляхбуд» – минулого тижня вже "
     "доставив на майданчик техніку.", "uk", dt.date(2021, 6, 10),
     ("2021-05-31", "Підрядник вже доставив на майданчик техніку")),
])
def test_a_statement_setting_and_a_subject_set_off_before_its_verb(sentence: str, language: str, story: dt.date,
                                                                   expected: tuple[str, str]) -> None:
    assert expected in dated_titles(sentence, language, story)


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    # the clause has its own subject in the nominative: the source before it is not put in front
    ("Як розповів голова громади Петро Бондар, спершу дорогу закриють, а з травня по липень техніка укладатиме "
     "новий асфальт.", "uk", ("2026-05", "Техніка укладатиме новий асфальт")),
    ("Как рассказал глава района Сергей Орлов, сначала участок закроют, а с мая по июль техника будет укладывать "
     "новый асфальт.", "ru", ("2026-05", "Техника будет укладывать новый асфальт")),
    # nor the subject of the clause before, which is not this one's
    ("Програма, яку ухвалили депутати, почне діяти з травня, а перші виплати надійдуть у червні.", "uk",
     ("2026-06", "Перші виплати надійдуть")),
    # an object set before a relative clause is the object its verb lacks: it stays in front
    ("Реконструкцию моста, которая должна продлить его службу на полвека, городские власти планируют завершить "
     "в 2027 году.", "ru", ("2027", "Реконструкцию моста городские власти планируют завершить")),
    ("Ремонт даху, який протікає вже третій рік, громада планує завершити у 2027 році.", "uk",
     ("2027", "Ремонт даху громада планує завершити")),
    # nor put there twice, when the clause opens with it
    ("По данным музея, экспонаты, которые реставраторы отправили в мастерскую в понедельник, вернутся в зал в мае.",
     "ru", ("2026-03-02", "Экспонаты реставраторы отправили в мастерскую")),
])
def test_a_russian_or_ukrainian_clause_with_its_own_subject_keeps_it_first(sentence: str, language: str,
                                                                           expected: tuple[str, str]) -> None:
    assert expected in dated_titles(sentence, language, dt.date(2026, 3, 2))
