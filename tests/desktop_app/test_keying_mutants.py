"""A date keyed from paper whose day is not in the calendar is named as such; one that is
not a date at all is not (issue 24's mutation run, bench/mutation.py)."""

import pytest

from desktop_app.keying import no_such_day, read_paper_date

NO_SUCH_DAY = ["31/02/2026", "29/02/2027", "31/04/2026", "31042026", "2026-02-30"]
NOT_A_DATE_AT_ALL = ["32/01/2026", "00/01/2026", "01/13/2026", "01/00/2026", "2026-13-01", "x"]


@pytest.mark.parametrize("typed", NO_SUCH_DAY)
def test_a_day_not_in_the_calendar_is_said_to_be_so(typed):
    assert read_paper_date(typed) is None
    assert no_such_day(typed)


@pytest.mark.parametrize("typed", NOT_A_DATE_AT_ALL)
def test_what_is_not_a_date_at_all_is_not_called_a_missing_day(typed):
    assert not no_such_day(typed)


@pytest.mark.parametrize("typed", ["01/01/2026", "31/12/2026", "31122026", "2026-12-31"])
def test_the_first_and_last_days_of_the_year_are_days(typed):
    assert read_paper_date(typed) in ("2026-01-01", "2026-12-31")
    assert not no_such_day(typed)


def test_the_day_comes_before_the_month():
    assert no_such_day("30/02/2026") and not no_such_day("02/30/2026")
