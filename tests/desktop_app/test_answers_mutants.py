"""The edges of typed numbers and coordinates, where a changed comparison or a dropped strip
went unnoticed by the other tests; and the dates, times and half-typed positions the question
editors store, which no test of the group read (issue 24's mutation run, bench/mutation.py)."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop_app.answers import (
    NumberReading,
    date_answer,
    datetime_answer,
    datetime_shown,
    geopoint_answer,
    geopoint_parts,
    number_answer,
    offset_text,
    partial_geopoint,
    time_answer,
    time_shown,
)
from form_engine.xpath.values import format_datetime

WHOLE_NUMBERS = {
    "2147483647": "2147483647",  # the largest whole number a form stores
    "-2147483647": "-2147483647",
    "-2147483648": "-2147483648",  # the smallest: a 32-bit whole number too
    "2147483648": None,
    "-2147483649": None,
}
DECIMALS = {
    "123456789012345": "123456789012345",  # fifteen digits: a double holds them exactly
    "-123456789012345": "-123456789012345",  # the sign is not a digit
    "1234567890123456": None,
    "1000000000000000000": "1000000000000000000",  # zeros after the digits are not digits
    "0.00000000000000000012": "0.00000000000000000012",  # nor are zeros before them
    "123,456,789": "123456789",  # a first group of three
    "4 500 000.25": "4500000.25",  # spaces group, the one point is the decimal point
    "4,500,000.25": "4500000.25",
    "4  500": "4500",  # two spaces typed are one
    "+5": "5",
    "- 5": "-5",
    "1,": "1",  # a mark typed last is dropped, not read as a decimal comma
    "12.": "12",
}


@pytest.mark.parametrize(("typed", "stored"), WHOLE_NUMBERS.items())
def test_a_whole_number_is_stored_up_to_the_largest_a_form_holds(typed, stored):
    found = number_answer(typed, integer=True)
    assert found.value == stored
    assert found.problem == ("" if stored else "digits")


@pytest.mark.parametrize(("typed", "stored"), DECIMALS.items())
def test_a_decimal_is_stored_up_to_fifteen_significant_digits(typed, stored):
    found = number_answer(typed, integer=False)
    assert found.value == stored
    assert found.problem == ("" if stored else "digits")


def test_points_and_commas_mixed_among_the_groups_are_not_a_number():
    assert number_answer("1.234,567,890", integer=False).problem == "number"


@pytest.mark.parametrize(
    ("typed", "problem", "readings"),
    [("4,5", "whole", ()), ("4,0", "comma", ("4",)), ("5,0", "comma", ("5",))],
)
def test_a_decimal_comma_in_a_whole_number_is_named_for_what_it_holds(typed, problem, readings):
    found = number_answer(typed, integer=True)
    assert (found.value, found.problem, found.readings) == (None, problem, readings)


@pytest.mark.parametrize(
    ("lat", "lon", "accuracy", "stored"),
    [
        ("90", "180", "", "90 180"),
        ("-90", "-180", "0", "-90 -180 0 0"),
        ("1", "2", "0.5", "1 2 0 0.5"),
    ],
)
def test_a_coordinate_at_the_poles_or_the_date_line_is_a_geopoint(lat, lon, accuracy, stored):
    assert geopoint_answer(lat, lon, accuracy) == (stored, "")


@pytest.mark.parametrize(
    ("lat", "lon", "accuracy", "problem"),
    [
        ("90.5", "0", "", "latitude"),
        ("-90.5", "0", "", "latitude"),
        ("0", "180.5", "", "longitude"),
        ("0", "-180.5", "", "longitude"),
        ("1", "2", "-1", "accuracy"),
        ("1", "2", "5 m", "accuracy"),
        ("1", "", "", "numbers"),
        ("", "", "5", "numbers"),
    ],
)
def test_a_coordinate_off_the_globe_or_half_typed_is_refused(lat, lon, accuracy, problem):
    assert geopoint_answer(lat, lon, accuracy) == (None, problem)


@pytest.mark.parametrize("typed", ["X5", "x5", "a 5", "5-"])
def test_a_letter_before_the_digits_is_no_sign(typed):
    assert number_answer(typed, integer=False) == NumberReading(None, "number")


@pytest.mark.parametrize("integer", [True, False])
def test_a_number_too_long_to_store_is_refused_for_its_digits_whatever_its_mark(integer):
    # found by the mutation run (issue 24): it was refused as a decimal comma whose reading
    # was empty, the clerk told "For , type ."
    found = number_answer("1234567890123456,5", integer=integer)
    assert (found.value, found.problem) == (None, "digits")


# -- dates, times and a position half typed: what the question editors store and show ----------
EAST_AFRICA = datetime(2026, 3, 4, 10, 0, tzinfo=timezone(timedelta(hours=3)))


@pytest.mark.parametrize(
    ("moment", "offset"),
    [
        (EAST_AFRICA, "+03:00"),
        (datetime(2026, 3, 4, tzinfo=timezone(timedelta(hours=-5, minutes=-30))), "-05:30"),
        (datetime(2026, 3, 4, tzinfo=timezone(timedelta(minutes=45))), "+00:45"),
        (datetime(2026, 3, 4, tzinfo=UTC), "+00:00"),
        (datetime(2026, 3, 4), "+00:00"),  # a clock that knows no time zone
    ],
)
def test_a_time_carries_the_computers_offset_from_utc(moment, offset):
    assert offset_text(moment) == offset


TIMES = {
    "9:05": "09:05:00.000+03:00",
    " 0:00 ": "00:00:00.000+03:00",
    "23:59:59": "23:59:59.000+03:00",
    "19:05:07": "19:05:07.000+03:00",
    "": "",
    "24:00": None,
    "12:60": None,
    "12:30:60": None,
    "7:5": None,
    "9.05": None,
}


@pytest.mark.parametrize(("typed", "stored"), TIMES.items())
def test_a_time_is_stored_as_typed_on_the_computers_clock(typed, stored):
    assert time_answer(typed, EAST_AFRICA) == stored


DATETIMES = {
    "2026-03-04 09:05": "2026-03-04T09:05:00.000+03:00",
    "2026-03-04T09:05": "2026-03-04T09:05:00.000+03:00",
    " 2026-03-04  9:05:30 ": "2026-03-04T09:05:30.000+03:00",
    "": "",
    "2026-03-04": None,  # a day without its time
    "2026-03-04 25:00": None,
    "2026-02-30 09:05": None,
    "2026-03-04 09:05 pm": None,
}


@pytest.mark.parametrize(("typed", "stored"), DATETIMES.items())
def test_a_moment_is_a_day_and_a_time(typed, stored):
    assert datetime_answer(typed, EAST_AFRICA) == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2026-03-04", "2026-03-04"), (" 2026-03-04 ", "2026-03-04"), ("", "")]
    + [("04/03/2026", None), ("2026-02-30", None)],
)
def test_a_date_is_a_day_of_the_calendar(typed, stored):
    assert date_answer(typed) == stored


def test_times_and_moments_are_shown_as_typed_and_anything_else_as_it_is():
    assert time_shown("09:05:00.000+03:00") == "09:05"
    assert datetime_shown("2026-03-04T09:05:00.000+03:00") == "2026-03-04 09:05"
    for shown in (time_shown, datetime_shown):
        assert shown("") == "" and shown("half typed") == "half typed"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (("", "", ""), ""),
        (("1.5", "", ""), "1.5"),
        (("", "2", ""), "? 2 0 ?"),
        (("1", "", "5"), "1 ? 0 5"),
        (("1", "2", "5"), "1 2 0 5"),
    ],
)
def test_a_position_half_typed_is_kept_and_read_back(typed, kept):
    assert partial_geopoint(*typed) == kept
    assert geopoint_parts(kept) == typed


def test_a_position_is_read_back_from_what_odk_writes():
    assert geopoint_parts("1 2") == ("1", "2", "")
    assert geopoint_parts("1 2 1200") == ("1", "2", "")  # an altitude, no accuracy
    assert geopoint_parts("1 2 1200 5") == ("1", "2", "5")


@pytest.mark.parametrize("typed", ["", "   "])
def test_a_box_emptied_clears_the_answer(typed):
    assert number_answer(typed, integer=True) == NumberReading("")
    assert geopoint_answer(typed, typed, typed) == ("", "")


# -- issue 24's fresh run: what survived it ------------------------------------------------------
# Liberia's clock ran 44 minutes 30 seconds behind UTC until 1972: an offset with seconds, which
# "±HH:MM" cannot write. A time keyed then carries the offset the form engine writes for its own
# timestamps (start, end, now()), so the two never disagree within one form.
@pytest.mark.parametrize(
    "offset",
    [timedelta(minutes=-44, seconds=-30), timedelta(minutes=44, seconds=30), timedelta(hours=-5)],
)
def test_a_typed_time_carries_the_offset_the_form_writes_for_its_own_timestamps(offset):
    moment = datetime(1971, 6, 1, 12, 0, tzinfo=timezone(offset))
    assert offset_text(moment) == format_datetime(moment)[-6:]
    assert time_answer("9:05", moment) == "09:05:00.000" + format_datetime(moment)[-6:]


# Found by reading time_answer for issue 24's run: the hour typed in Arabic-Indic digits was
# written back in ASCII, but the minutes and seconds were copied as typed, so "٩:٠٥" was stored
# as "09:٠٥:00.000+03:00", which is no time ODK reads (a date typed so was stored in ASCII).
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("٩:٠٥", "09:05:00.000+03:00"),
        ("۹:۰۵:۳۰", "09:05:30.000+03:00"),
        ("９:０５", "09:05:00.000+03:00"),
    ],
)
def test_a_time_typed_in_arabic_indic_digits_is_stored_in_ascii(typed, stored):
    assert time_answer(typed, EAST_AFRICA) == stored
    assert time_answer("९:०५", EAST_AFRICA) is None  # digits it cannot make ASCII: refused
    assert datetime_answer("٢٠٢٦-٠٣-٠٤ " + typed, EAST_AFRICA) == "2026-03-04T" + stored
