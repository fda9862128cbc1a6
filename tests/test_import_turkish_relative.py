"""`explainer import`, Turkish: a date inside a relative clause titles its event with the clause, told with the noun
the clause describes as its subject."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.importer.events import sentence_events
from generator.importer.titles.cleaning import remove_dates


def dated_titles(sentence: str, story: dt.date) -> list[tuple[str, str]]:
    return [(event.date.iso(), event.title) for event in sentence_events(sentence, 0, story, "tr", [], [])]


@pytest.mark.parametrize(("sentence", "story", "expected"), [
    # the title had no verb: the relative clause the date opens, its noun (genitive taken off) as subject
    ("Dün saat 06.40'ta Dubai'den gelen uçakla havalimanına ulaşan yolcunun valizi, X-ray cihazında yapılan "
     "incelemede şüpheli yoğunluk tespit edilmesi üzerine detaylı aramaya alındı.", dt.date(2026, 3, 5),
     [("2026-03-04T06:40:00", "Yolcu Dubai'den gelen uçakla havalimanına ulaştı")]),
    # a noun in the locative after the first participle may be a later participle's object: the last one
    ("Geçen hafta Sultanahmet'te düzenlenen basın toplantısında tanıtılan madalyalarda, bu yıl ilk kez Kız Kulesi "
     "motifi kullanıldı.", dt.date(2024, 10, 20),
     [("2024-10-07", "Madalyalar Sultanahmet'te düzenlenen basın toplantısında tanıtıldı")]),
    # a light verb's noun goes with it: "fark eden" → "fark etti"
    ("Suyun yeşile döndüğünü pazartesi günü fark eden balıkçıların ihbarı üzerine harekete geçen Isparta "
     "Valiliği, gölün kuzey kıyısında yüzmeyi geçici olarak yasakladı.", dt.date(2023, 8, 16),
     [("2023-08-14", "Balıkçılar fark etti")]),
    # the part of the month goes with the date: no "nın ortasında" left over
    ("Eylül ayının ortasında başlayan hasatta, tarlada kurutulan kabaklar harman makineleriyle "
     "çekirdeklerinden ayrılıyor.", dt.date(2025, 10, 15), [("2025-09", "Hasat başladı")]),
    # a participle right after a date inside the sentence, its noun the owner of another: each date its clause
    ("Bölgede 2019'dan bu yana sürdürülen yol genişletme projesinin ikinci etabının ihalesinin ise 2026'nın ilk "
     "çeyreğinde yapılması planlanıyor.", dt.date(2025, 12, 10),
     [("2019", "Yol genişletme projesi sürdürüldü"),
      ("2026-01", "Yol genişletme projesinin ikinci etabının ihalesinin yapılması planlanıyor")]),
])
def test_a_date_in_a_relative_clause_titles_that_clause(sentence: str, story: dt.date,
                                                       expected: list[tuple[str, str]]) -> None:
    assert dated_titles(sentence, story) == expected


@pytest.mark.parametrize(("sentence", "story", "title"), [
    # the genitive subject of what was said, not the owner of a thing: the clause that was said stays
    ("Törende konuşan Özkan, nisan ayında yaşanan zirai donun ovadaki bazı bahçelerde ciddi kayıplara yol "
     "açtığını söyledi.", dt.date(2024, 6, 1),
     "Özkan, yaşanan zirai donun bazı bahçelerde ciddi kayıplara yol açtığını söyledi"),
    # where something was said is no event: the statement's own news
    ("Şirketten yapılan yazılı açıklamada, fabrikanın 1 Mart'ta kapatılacağı bildirildi.", dt.date(2025, 1, 10),
     "Fabrika kapatılacak"),
])
def test_a_relative_clause_that_is_not_the_event_is_left(sentence: str, story: dt.date, title: str) -> None:
    assert [t for _, t in dated_titles(sentence, story)] == [title]


def test_the_case_ending_a_date_leaves_goes_with_it() -> None:
    sentence = "Hasadın kasım ayının sonuna kadar sürmesi bekleniyor."
    at = sentence.index("kasım")
    from generator.importer.dates import find_mentions

    mentions = [m for m in find_mentions(sentence, dt.date(2025, 10, 1), "tr") if m.start == at]
    assert mentions, "the month is found"
    assert remove_dates(sentence, 0, mentions, "tr").split() == ["Hasadın", "sürmesi", "bekleniyor."]


@pytest.mark.parametrize(("title", "tense", "told"), [
    ("Doğubayazıt Kaymakamlığı'ndan yapılan açıklamada", -1, "Doğubayazıt Kaymakamlığı açıklama yaptı"),
    ("Türkiye Kano Federasyonundan yapılan yazılı açıklamada", -1, "Türkiye Kano Federasyonu yazılı açıklama yaptı"),
    ("Şirketten yapılan açıklamada", 1, "Şirket açıklama yapacak"),
    ("Bakanlığın yaptığı açıklamada", -1, "Bakanlığın yaptığı açıklamada"),  # not this frame: left
])
def test_a_turkish_title_that_is_only_a_statements_frame_tells_the_statement(title: str, tense: int,
                                                                             told: str) -> None:
    from generator.importer.titles.turkish_relative import statement_made

    assert statement_made(title, tense) == told

