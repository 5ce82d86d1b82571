"""Issue 21: a value at the edge of what a number can be (10^30, the largest float, 2^63) never
breaks a form's calculation — ``hh_size = 10^30`` made ``round()`` raise, which answered 500
to a whole sync and let the submission past its constraint by other paths. Every function a
form may call, with every such value, evaluates to something."""

import pytest

from form_engine import load_xlsform, validate_submission
from form_engine.authoring import write_xlsform

EXPRESSIONS = [
    "round(${x}, 2)", "round(${x}, 400)", "round(${x}, -400)", "round(${x}, ${x})",
    "pow(${x}, 400)", "pow(10, ${x})", "int(${x})", "format-date(${x}, '%Y')",
    "decimal-date-time(${x})", "date(${x})", "string(${x})", "exp(${x})", "exp10(${x})",
    "log(${x})", "sqrt(${x})", "substr('abc', ${x})", "substring('abc', ${x}, ${x})",
    "date-time(${x})", "format-date-time(${x}, '%Y')", "${x} mod 0", "${x} div 0",
    "abs(${x})", "ceiling(${x})", "floor(${x})", "decimal-time(${x})", "today() + ${x}",
    "format-date(today() + ${x}, '%Y-%m-%d')", "format-date-time(now() + ${x}, '%Y')",
    "selected-at('a b', ${x})", "atan2(${x}, ${x})", "${x} * ${x}", "${x} mod ${x}",
    "substring('abc', 1, ${x})", "date(${x}) + 1", "max(${x}, 1)",
]  # fmt: skip
VALUES = [1e30, -1e30, 1e308, -1.7976931348623157e308, 2**63, -(2**63), 1e-320, 0, -1]


@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_no_value_breaks_a_calculation(tmp_path, expression):
    path = write_xlsform(
        tmp_path / "c.xlsx",
        [
            {"type": "decimal", "name": "x", "label": "A number"},
            {"type": "calculate", "name": "r", "calculation": expression},
            {"type": "integer", "name": "y", "label": "Checked", "constraint": f"{expression} = 1 or true()"},
        ],
        settings={"form_id": "c", "version": "1"},
    )  # fmt: skip
    form = load_xlsform(path)
    for value in VALUES:
        validate_submission(form, {"x": value, "y": 1})  # evaluates, whatever it finds
