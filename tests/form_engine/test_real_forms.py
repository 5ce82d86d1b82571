"""What real public forms (issue 10's corpus, bench/form_corpus.py) taught: each habit of real
authors that pyxform accepts, in a small form of our own."""

import re

from form_engine.validation import check_answer

EMAIL = r"^[\w-\.]+@([\w-]+\.)+[\w-]{2,}$"


def test_a_minus_right_after_a_reference_is_a_minus(make_form, new_session):
    form = make_form(
        [
            {"type": "integer", "name": "AgeMonths", "label": "Age in months"},
            {"type": "integer", "name": "age", "label": "Age in years"},
            {"type": "calculate", "name": "extra", "calculation": "${AgeMonths}-(${age}*12)"},
        ]
    )
    s = new_session(form)
    s.set_value(s.node("/data/AgeMonths"), "30")
    s.set_value(s.node("/data/age"), "2")
    assert s.value("/data/extra") == "6"


def test_a_hyphen_beside_a_class_escape_in_a_regex_is_a_hyphen(make_form, new_session):
    """Java (Collect) reads "[\\w-\\.]" as word characters, '-' and '.'; Python refused it, so
    no e-mail address could ever be entered."""
    form = make_form(
        [
            {
                "type": "text",
                "name": "email",
                "label": "E-mail",
                "constraint": f"regex(., '{EMAIL}')",
            }
        ]
    )
    s = new_session(form)
    node = s.node("/data/email")
    s.set_value(node, "amina.h-y@unhcr-ke.org")
    assert check_answer(s, s.element(node), node) is None
    s.set_value(node, "not an address")
    assert check_answer(s, s.element(node), node).code == "constraint"
    assert re.fullmatch(r"[\w.-]+@([\w-]+\.)+[\w-]{2,}", "amina.h-y@unhcr-ke.org")


def test_a_default_that_is_no_expression_is_the_text(make_form, new_session):
    """pyxform calls a default with an operator in it dynamic ("999-", a prefix the enumerator
    completes) and writes it as an expression Collect cannot read; it is the text."""
    form = make_form(
        [
            {
                "type": "text",
                "name": "sid",
                "label": "Study id",
                "default": "999-",
                "constraint": "regex(., '^999-[0-9]{3}$')",
            }
        ]
    )
    assert any("'999-'" in n and "text itself" in n for n in form.notices)
    assert new_session(form).value("/data/sid") == "999-"
