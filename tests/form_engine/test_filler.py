"""The random filler is how forms are tested and benchmarks fed (issue 10, class 3): it answers
constraints written as regular expressions and bounds taken from other answers, and what it
gives is always what `form validate` and the server accept."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from form_engine import load_xlsform, validate_submission
from form_engine.fill import random_submissions
from tests.conftest import REPO

PHONE = r"^[0]{1}[0-9]{10}$"
CODE = r"^[a-zA-Z]{3}[0-9]{2}$"

REGEXES = [
    {
        "type": "text",
        "name": "phone",
        "label": "Phone",
        "required": "yes",
        "constraint": f"regex(., '{PHONE}')",
    },
    {
        "type": "text",
        "name": "code",
        "label": "Code",
        "required": "yes",
        "constraint": f"regex(., '{CODE}')",
    },
    {
        "type": "text",
        "name": "either",
        "label": "Kebele or village code",
        "required": "yes",
        "constraint": r"regex(., '^KB-\d{3}$') or regex(., '^V[0-9]{4}[A-Z]$')",
    },
    {
        "type": "text",
        "name": "short",
        "label": "Initials",
        "required": "yes",
        "constraint": "string-length(.) >= 2 and string-length(.) <= 3",
    },
]

BOUNDS = [
    {"type": "integer", "name": "total", "label": "Children", "constraint": ". >= 0 and . <= 40"},
    {
        "type": "integer",
        "name": "girls",
        "label": "Girls",
        "required": "yes",
        "constraint": ". <= ${total}",
    },
    {
        "type": "integer",
        "name": "boys",
        "label": "Boys",
        "required": "yes",
        "constraint": ". = ${total} - ${girls}",
    },
    {
        "type": "decimal",
        "name": "spent",
        "label": "Spent",
        "required": "yes",
        "constraint": ". > 0 and . < ${total} * 1.5 + 1",
    },
    {
        "type": "date",
        "name": "visit",
        "label": "Visit",
        "required": "yes",
        "constraint": ". <= today() and . > today() - 30",
    },
    {
        "type": "integer",
        "name": "in_school",
        "label": "In school",
        "required": "yes",
        "constraint": ". >= 1 and . <= ${total}",
        "relevant": "${total} > 0",
    },
]

LATE_RELEVANCE = [
    {"type": "begin_repeat", "name": "member", "label": "Member"},
    {
        "type": "integer",
        "name": "months_away",
        "label": "Months away",
        "required": "yes",
        "relevant": "${away} = 'yes'",
    },
    {"type": "select_one yn", "name": "away", "label": "Away?", "required": "yes"},
    {"type": "end_repeat"},
]
YN = [
    {"list_name": "yn", "name": "yes", "label": "Yes"},
    {"list_name": "yn", "name": "no", "label": "No"},
]


def fills(form, n=20, seed=0):
    # Today's date: validation, like the server, checks "today()" against its own clock.
    for sub in random_submissions(form, n, seed=seed):
        result = validate_submission(form, sub["data"])
        assert result.valid, [(i.path, i.code) for i in result.issues]
        yield sub["data"]


def test_text_is_drawn_from_the_regular_expression(make_form):
    for data in fills(make_form(REGEXES)):
        assert re.fullmatch(PHONE, data["phone"]) and re.fullmatch(CODE, data["code"])
        assert re.fullmatch(r"KB-\d{3}|V\d{4}[A-Z]", data["either"])
        assert 2 <= len(data["short"]) <= 3


def test_numbers_are_drawn_between_bounds_from_other_answers(make_form):
    seen_girls = set()
    for data in fills(make_form(BOUNDS), n=30):
        assert data["girls"] + data["boys"] == data["total"]
        seen_girls.add(data["girls"])
    assert len(seen_girls) > 3  # drawn, not always 0


def test_an_answer_made_required_by_a_later_one_is_given(make_form):
    form = make_form(LATE_RELEVANCE, choices=YN)
    away = [m for data in fills(form, n=30) for m in data["member"] if m["away"] == "yes"]
    assert away and all(m["months_away"] is not None for m in away)


def _corpus() -> list[Path]:
    return sorted((REPO / "tests" / "forms" / "good").glob("*.xlsx")) + sorted(
        (REPO / "forms").glob("*.xlsx")
    )


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.stem)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**31))
def test_every_random_fill_of_every_form_validates(path, seed):
    form = _load(path)
    for sub in random_submissions(form, 2, seed=seed):
        result = validate_submission(form, sub["data"])
        assert result.valid, [(i.path, i.code) for i in result.issues]


_loaded: dict[Path, object] = {}


def _load(path: Path):
    if path not in _loaded:
        _loaded[path] = load_xlsform(path)
    return _loaded[path]


def test_a_note_that_blocks_until_totals_agree_is_satisfied(make_form):
    """A required read-only note, shown while a typed total differs from the sum of its parts
    (a UNHCR template's pattern): the enumerator corrects the total, and so does the filler."""
    form = make_form(
        [
            {"type": "integer", "name": "boys", "label": "Boys", "required": "yes"},
            {"type": "integer", "name": "girls", "label": "Girls", "required": "yes"},
            {"type": "integer", "name": "total", "label": "Total", "required": "yes"},
            {"type": "calculate", "name": "sum", "calculation": "${boys} + ${girls}"},
            {
                "type": "note",
                "name": "check",
                "label": "The total is not the sum: go back",
                "required": "yes",
                "relevant": "${sum} != ${total}",
                "constraint": "${sum} = ${total}",
            },
        ]
    )
    for data in fills(form, n=10):
        assert data["total"] == data["boys"] + data["girls"]
