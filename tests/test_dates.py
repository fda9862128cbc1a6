"""Dates at their own precision: parsing, display, errors and sort order."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.dates import DateError, PartialDate, parse_date


@pytest.mark.parametrize(
    ("text", "precision", "iso"),
    [
        ("2022", "year", "2022"),
        ("2022-02", "month", "2022-02"),
        ("2024-11-07", "day", "2024-11-07"),
        ("2024-11-07T14:30:00Z", "time", "2024-11-07T14:30:00+00:00"),
        ("2024-11-07T14:30:00+02:00", "time", "2024-11-07T14:30:00+02:00"),
        ("2024-11-07 09:05", "time", "2024-11-07T09:05:00"),
    ],
)
def test_a_date_is_parsed_at_the_precision_it_was_written(text: str, precision: str, iso: str) -> None:
    date = parse_date(text)
    assert date.precision == precision
    assert date.iso() == iso


def test_a_bare_year_written_as_a_yaml_number_is_a_year() -> None:
    assert parse_date(2022) == PartialDate(2022)


def test_python_dates_and_datetimes_are_accepted() -> None:
    assert parse_date(dt.date(2024, 11, 7)) == PartialDate(2024, 11, 7)
    moment = dt.datetime(2024, 11, 7, 8, 0, tzinfo=dt.UTC)
    assert parse_date(moment).precision == "time"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2022", "2022"),
        ("2022-02", "February 2022"),
        ("2024-11-07", "7 November 2024"),
        ("2024-11-07T14:30:00Z", "7 November 2024, 14:30 UTC"),
        ("2024-11-07T14:30:00+02:00", "7 November 2024, 14:30 UTC+02:00"),
        ("2024-11-07T09:30:00-05:30", "7 November 2024, 09:30 UTC-05:30"),
    ],
)
def test_a_date_is_displayed_at_its_own_precision(text: str, shown: str) -> None:
    assert parse_date(text).display() == shown


def test_an_impossible_day_is_a_date_error_naming_the_month() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("2024-02-30")
    assert str(caught.value) == "'2024-02-30' is not a real day: February 2024 has no day 30"


def test_month_thirteen_is_a_date_error() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("2024-13")
    assert str(caught.value) == "'2024-13' has no month 13; months run from 01 to 12"
    with pytest.raises(DateError, match="has no month 13"):
        parse_date("2024-13-01")


@pytest.mark.parametrize("text", ["yesterday", "7 November 2024", "2024/11/07", "24-11-07", ""])
def test_text_that_is_not_a_date_names_the_accepted_forms(text: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert str(caught.value) == (f"'{text}' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD "
                                 "or an ISO date-time")


def test_a_bad_clock_is_a_date_error() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("2024-11-07T25:99")
    assert str(caught.value) == "'2024-11-07T25:99' has a time that is not ISO 8601 (HH:MM[:SS][+HH:MM|Z])"


@pytest.mark.parametrize(("value", "shown"), [(True, "True"), (3.5, "3.5"), (None, "None"), (["2024"], "a list"),
                                             ({"y": 1}, "a mapping")])
def test_values_that_are_not_text_or_numbers_are_date_errors(value: object, shown: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(value)
    assert str(caught.value) == ("expected a date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time), "
                                 f"got {shown}")


@pytest.mark.parametrize("text", ["0000", "0000-01", "0000-12-31"])
def test_year_zero_is_a_date_error(text: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert str(caught.value) == f"'{text}' has the year 0000; years run from 0001 to 9999"


@pytest.mark.parametrize("text", ["0001", "0001-01-01", "9999", "9999-12", "9999-12-31",
                                  "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])
def test_the_first_and_last_years_are_dates_that_format(text: str) -> None:
    date = parse_date(text)
    assert date.display() and date.iso() and date.rfc3339() and date.sort_key


def test_a_five_digit_year_is_not_a_date() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("10000")
    assert "is not a date" in str(caught.value)


def test_a_less_precise_date_sorts_first_in_its_period() -> None:
    texts = ["2024-11-07T10:00:00Z", "2024-11-07", "2024-11", "2024", "2023-12-31", "2024-02"]
    ordered = [d.iso() for d in sorted(parse_date(t) for t in texts)]
    assert ordered == ["2023-12-31", "2024", "2024-02", "2024-11", "2024-11-07", "2024-11-07T10:00:00+00:00"]


def test_feeds_get_a_full_timestamp_at_midnight_utc_for_a_plain_date() -> None:
    assert parse_date("2024-11").rfc3339() == "2024-11-01T00:00:00Z"
    assert parse_date("2024-11-07T10:00:00Z").rfc3339() == "2024-11-07T10:00:00Z"


def test_date_times_sort_by_the_instant_they_name() -> None:
    """14:30 at UTC+2 is 12:30 UTC: before 13:30 UTC, though its clock reads later."""
    later, earlier = parse_date("2024-11-10T13:30:00Z"), parse_date("2024-11-10T14:30:00+02:00")
    assert earlier < later and later > earlier
    assert sorted([later, earlier]) == [earlier, later]
    # across midnight: 01:00 at UTC+5 is 20:00 UTC the day before
    assert parse_date("2024-11-10T01:00:00+05:00") < parse_date("2024-11-09T22:00:00Z")
    assert parse_date("2024-11-09") < parse_date("2024-11-10T01:00:00+05:00") < parse_date("2024-11-10")


def test_two_spellings_of_one_instant_are_different_dates() -> None:
    """Equality, hashing and order agree: they print differently, so they are not equal."""
    utc, local = parse_date("2024-11-10T10:00:00Z"), parse_date("2024-11-10T12:00:00+02:00")
    assert utc != local and len({utc, local}) == 2
    assert (utc < local) != (local < utc)  # a total order: one of them comes first
    assert utc.display() != local.display()
    again = parse_date("2024-11-10T12:00:00+02:00")
    assert again == local and hash(again) == hash(local)
