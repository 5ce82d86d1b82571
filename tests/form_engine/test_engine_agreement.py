"""Where ODK Collect (JavaRosa), Enketo and ODK Web Forms agree and Daftari did not (issue 10,
class 4): each case as a form author meets it. The expression-level comparison with all three
engines is tests/test_peers.py."""

import pytest

from form_engine.validation import check_answer, check_session


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("round(-1.005, 2)", "-1"),  # the decimal as written, a half upwards: as Collect
        ("round(-0.125, 2)", "-0.12"),
        ("round(-2.5)", "-2"),
        ("round(1.005, 2)", "1.01"),
        ("round(-0.05, 1)", "0"),
        ("string-length('\U0001f600 ok')", "5"),  # UTF-16 units: the emoji counts 2
        ("string-length('ሰላም')", "3"),
        ("checklist(1, 1, false())", "false"),
        ("checklist(1, 1, 0, 'x')", "true"),
        ("weighted-checklist(2, 2, 'yes', 2)", "true"),
        ("regex('é', '^\\w$')", "false"),  # \w, \d are ASCII, as in Java and JavaScript
        ("regex('٣', '^\\d$')", "false"),
        ("regex('abc_1', '^\\w+$')", "true"),
    ],
)
def test_expression_results_agree_with_the_odk_engines(make_form, new_session, expr, expected):
    form = make_form([{"type": "calculate", "name": "c", "calculation": expr}])
    assert new_session(form).value("/data/c") == expected


DATE_PARTS = [
    {"type": "integer", "name": "y", "label": "Year"},
    {"type": "integer", "name": "m", "label": "Month"},
    {"type": "integer", "name": "d", "label": "Day"},
    {
        "type": "calculate",
        "name": "born",
        "calculation": "if(${d} != '', date(concat(${y}, '-', if(${m} < 10, '0', ''), ${m}, "
        "'-', if(${d} < 10, '0', ''), ${d})), '')",
    },
    {"type": "calculate", "name": "age_days", "calculation": "today() - ${born}"},
    {"type": "note", "name": "show", "label": "Born ${born}"},
]


def test_a_day_that_does_not_exist_is_shown_at_the_answers_that_make_it(make_form, new_session):
    """date('2024-02-30'): Collect and Web Forms refuse it, Enketo moves it to 1 March. Daftari
    leaves the date empty and says at the day, month and year why it cannot finalize."""
    s = new_session(make_form(DATE_PARTS))
    for name, value in (("y", "2024"), ("m", "2"), ("d", "30")):
        s.set_value(s.node(f"/data/{name}"), value)
    assert s.value("/data/born") == ""
    day = s.node("/data/d")
    problem = check_answer(s, s.element(day), day)
    assert problem is not None and problem.code == "value"
    assert "2024-02-30" in problem.text() and "does not exist" in problem.text()
    assert {i.name for i in check_session(s)} == {"y", "m", "d"}
    s.set_value(day, "29")
    assert s.value("/data/born") == "2024-02-29"
    assert check_session(s) == []


def test_an_impossible_day_in_a_constraint_says_why(make_form, new_session):
    form = make_form(
        [
            {"type": "text", "name": "when", "label": "Date as written (YYYY-MM-DD)"},
            {
                "type": "integer",
                "name": "n",
                "label": "Days",
                "constraint": "date(${when}) + . > date('2020-01-01')",
            },
        ]
    )
    s = new_session(form)
    s.set_value(s.node("/data/when"), "2023-13-01")
    n = s.node("/data/n")
    s.set_value(n, "3")
    problem = check_answer(s, s.element(n), n)
    assert problem.code == "value" and "2023-13-01" in problem.text()


def test_the_problem_stays_in_its_own_roster_entry(make_form, new_session):
    form = make_form(
        [
            {"type": "begin_repeat", "name": "kid", "label": "Child"},
            {"type": "text", "name": "dob", "label": "Birth date as written"},
            {"type": "calculate", "name": "d", "calculation": "date(${dob})"},
            {"type": "end_repeat"},
        ]
    )
    s = new_session(form)
    s.add_repeat("/data/kid")
    s.set_value(s.node("/data/kid[1]/dob"), "2021-02-29")
    s.set_value(s.node("/data/kid[2]/dob"), "2020-02-29")
    assert [i.path for i in check_session(s)] == ["/data/kid[1]/dob"]
    s.remove_repeat(s.node("/data/kid[1]"))
    assert check_session(s) == []
