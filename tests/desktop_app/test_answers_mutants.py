"""The edges of typed numbers and coordinates, where a changed comparison or a dropped strip
went unnoticed by the other tests (issue 24's mutation run, bench/mutation.py)."""

import pytest

from desktop_app.answers import geopoint_answer, number_answer

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
        ("1", "", "", "numbers"),
        ("", "", "5", "numbers"),
    ],
)
def test_a_coordinate_off_the_globe_or_half_typed_is_refused(lat, lon, accuracy, problem):
    assert geopoint_answer(lat, lon, accuracy) == (None, problem)
