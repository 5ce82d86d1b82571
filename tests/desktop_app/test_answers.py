"""Typed text read into answers: a number is stored as meant, or refused with both readings;
never guessed at."""

import pytest

from desktop_app.answers import geopoint_answer, number_answer

DECIMALS = {
    "4500": "4500",
    "4 500": "4500",
    "4\u00a0500": "4500",
    "4,500,000": "4500000",
    "4.500.000": "4500000",
    "4,500.25": "4500.25",
    "4.500,25": "4500.25",
    "4 500,5": "4500.5",
    "4'500": "4500",
    "4.5": "4.5",
    "1.2345": "1.2345",
    "0.125": "0.125",
    "1234.567": "1234.567",
    ".5": "0.5",
    "4.50": "4.5",
    "4500.00": "4500",
    "007": "7",
    "-3": "-3",
    "\u22123": "-3",
    "٤٥٠٠": "4500",
    "٤٫٥": "4.5",
    "٤٬٥٠٠": "4500",
    "١٢٬٣٤٥": "12345",
    "٤٬٥٠٠٫٢٥": "4500.25",
    "۴۵۰۰": "4500",
    "４５００": "4500",
}
REFUSED = {
    "4,500": ("ambiguous", ("4500", "4.5")),
    "4.500": ("ambiguous", ("4500", "4.5")),
    "1.234": ("ambiguous", ("1234", "1.234")),
    "4,5": ("comma", ("4.5",)),
    "0,500": ("comma", ("0.5",)),
    "1,2.3": ("number", ()),
    "1.2.3": ("number", ()),
    "1,234,56": ("number", ()),
    "12x": ("number", ()),
    "1e5": ("number", ()),
    "12345678901234567": ("digits", ()),
}


@pytest.mark.parametrize(("typed", "stored"), DECIMALS.items())
def test_a_number_with_one_reading_is_stored_as_meant(typed, stored):
    assert number_answer(typed, integer=False).value == stored


@pytest.mark.parametrize(("typed", "refusal"), REFUSED.items())
def test_a_number_with_two_readings_or_none_is_refused_with_them(typed, refusal):
    found = number_answer(typed, integer=False)
    assert found.value is None and (found.problem, found.readings) == refusal


def test_whole_numbers_take_the_only_reading_that_is_whole():
    assert number_answer("2,019", integer=True).value == "2019"  # 2.019 is no whole number
    assert number_answer("45,000", integer=True).problem == "ambiguous"  # 45 or 45000
    assert number_answer("4.5", integer=True).problem == "whole"
    assert number_answer("4,500.00", integer=True).value == "4500"
    assert number_answer("99999999999", integer=True).problem == "digits"


def test_a_decimal_comma_is_read_only_where_the_language_writes_it():
    assert number_answer("4,5", integer=False, decimal_comma=True).value == "4.5"
    assert number_answer("4,500", integer=False, decimal_comma=True).problem == "ambiguous"


def test_coordinates_typed_in_arabic_indic_digits():
    assert geopoint_answer("٩٫٩٨", "٤٣٫٤٧", "٥") == ("9.98 43.47 0 5", "")
