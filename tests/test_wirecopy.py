"""Plain-text wire copy: paragraphs and SEE ALSO markers, glued markers repaired."""

from __future__ import annotations

from generator.load.wirecopy import Paragraph, parse_wire_copy, split_marker
from tests.conftest import REPO

SEED = REPO / "seeds" / "000_1db34dca41e5e4a8.txt"
BRIEFING = "Ukraine Live Briefing: Family Killed In Russian Air Strike"
WHOSE_TERMS = "Trump's Win Could Lead To Push For Peace In Ukraine, But On Whose Terms?"


def test_one_paragraph_per_line_with_its_line_number() -> None:
    copy = parse_wire_copy("First paragraph.\nSecond paragraph.\nThird.\n", first_line=4)
    assert copy.paragraphs == [Paragraph("First paragraph.", 4), Paragraph("Second paragraph.", 5),
                               Paragraph("Third.", 6)]
    assert copy.see_also == []


def test_blank_lines_between_one_line_paragraphs_are_skipped() -> None:
    copy = parse_wire_copy("\nFirst.\n\nSecond.\n\n")
    assert copy.paragraphs == [Paragraph("First.", 2), Paragraph("Second.", 4)]


def test_hard_wrapped_copy_with_blank_lines_joins_the_wrapped_lines() -> None:
    text = "KYIV -- The first paragraph\nwraps here\nand here.\n\nThe second\nparagraph.\n"
    copy = parse_wire_copy(text)
    assert copy.paragraphs == [Paragraph("KYIV -- The first paragraph wraps here and here.", 1),
                               Paragraph("The second paragraph.", 5)]


def test_a_see_also_marker_on_its_own_line_is_a_title_not_body_text() -> None:
    copy = parse_wire_copy("One.\nSEE ALSO: Talks In Kyiv\nTwo.\n")
    assert copy.see_also == [("Talks In Kyiv", 2)]
    assert [p.text for p in copy.paragraphs] == ["One.", "Two."]


def test_a_marker_line_inside_wrapped_copy_stands_alone() -> None:
    copy = parse_wire_copy("Para one\ncontinues.\nSEE ALSO: Talks In Kyiv\n\nPara two.\n")
    assert copy.see_also == [("Talks In Kyiv", 3)]
    assert copy.paragraphs == [Paragraph("Para one continues.", 1), Paragraph("Para two.", 5)]


def test_the_marker_is_case_insensitive_and_tolerates_spaces() -> None:
    copy = parse_wire_copy("See also : Talks In Kyiv\n")
    assert copy.see_also == [("Talks In Kyiv", 1)]
    assert copy.paragraphs == []


def test_a_marker_glued_to_the_next_sentence_is_split_and_the_rest_kept() -> None:
    assert split_marker(f"{BRIEFING}People familiar with the call told the Post.") == (
        BRIEFING, "People familiar with the call told the Post.")


def test_a_marker_ending_with_a_question_mark_is_split_after_it() -> None:
    assert split_marker(f"{WHOSE_TERMS}Putin said in September he would like to see Harris win.") == (
        WHOSE_TERMS, "Putin said in September he would like to see Harris win.")


def test_a_known_article_title_wins_over_the_glue_heuristic() -> None:
    text = "Meet The YouTubers Of KyivPeople said so."
    assert split_marker(text) == ("Meet The You", "Tubers Of KyivPeople said so.")
    assert split_marker(text, ("Meet the YouTubers of Kyiv",)) == ("Meet The YouTubers Of Kyiv",
                                                                  "People said so.")


def test_a_known_title_that_is_only_a_prefix_of_a_longer_title_does_not_cut_it() -> None:
    assert split_marker("Talks In Kyiv Resume", ("Talks In Kyiv",)) == ("Talks In Kyiv Resume", "")


def test_names_with_an_inner_capital_are_not_split() -> None:
    assert split_marker("Lunch With Ronald McDonald") == ("Lunch With Ronald McDonald", "")
    assert split_marker("Old MacDonald In KyivOfficials said more.") == ("Old MacDonald In Kyiv",
                                                                          "Officials said more.")


def test_a_title_whose_last_word_is_glued_to_nothing_stays_whole() -> None:
    assert split_marker("Talks In KyivNow") == ("Talks In KyivNow", "")


def test_the_seed_gives_two_see_also_titles_and_twelve_paragraphs() -> None:
    copy = parse_wire_copy(SEED.read_text(encoding="utf-8"))
    assert copy.see_also == [(BRIEFING, 5), (WHOSE_TERMS, 8)]
    assert len(copy.paragraphs) == 12
    texts = [p.text for p in copy.paragraphs]
    assert texts[4] == ("People familiar with the call told the Post that Kyiv had been informed of the "
                        "Putin call and did not object.")
    assert texts[7].startswith("Putin said in September he would like to see U.S. Vice President Kamala Harris")
    assert not any("SEE ALSO" in t or BRIEFING in t or "Whose Terms" in t for t in texts)
    assert [p.line for p in copy.paragraphs] == list(range(1, 13))


def test_a_glued_marker_splits_at_a_capital_of_any_cased_script() -> None:
    assert split_marker("Що далі після переговорівЗеленський заявив, що мир можливий.") == (
        "Що далі після переговорів", "Зеленський заявив, що мир можливий.")
    assert split_marker("Τι σημαίνει η συμφωνίαΟ πρωθυπουργός είπε ότι") == (
        "Τι σημαίνει η συμφωνία", "Ο πρωθυπουργός είπε ότι")
    assert split_marker("Ce que veut dire l’accord signéÉmilie Durand a déclaré mardi") == (
        "Ce que veut dire l’accord signé", "Émilie Durand a déclaré mardi")
    assert split_marker("McDonald’s і ЄС: що далі") == ("McDonald’s і ЄС: що далі", "")


def test_a_glued_marker_in_an_uncased_script_splits_at_a_known_title_or_a_question_mark() -> None:
    assert split_marker("ماذا بعد الاتفاق؟قال البرهان إن الحرب ستنتهي.") == (
        "ماذا بعد الاتفاق؟", "قال البرهان إن الحرب ستنتهي.")
    assert split_marker("外交部回应制裁外交部发言人周二表示反对。", ("外交部回应制裁",)) == (
        "外交部回应制裁", "外交部发言人周二表示反对。")
    assert split_marker("制裁意味着什么？外交部发言人表示反对。") == ("制裁意味着什么？", "外交部发言人表示反对。")
    assert split_marker("الحرب في السودان") == ("الحرب في السودان", "")
