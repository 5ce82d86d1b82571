"""Validating whole submissions, as the server will: messages in the form's languages,
non-relevant answers dropped, missing required answers caught."""

from form_engine import validate_submission

LANGS = {"form_id": "t", "version": "1", "default_language": "English (en)"}


def test_messages_come_in_every_language_of_the_form(make_form):
    form = make_form(
        [
            {
                "type": "integer",
                "name": "age",
                "label::English (en)": "Age",
                "label::Arabic (ar)": "العمر",
                "label::Amharic (am)": "ዕድሜ",
                "required": "yes",
                "constraint": ". <= 110",
                "constraint_message::English (en)": "Too old",
                "constraint_message::Arabic (ar)": "كبير جداً",
                "constraint_message::Amharic (am)": "በጣም ትልቅ",
            },
            {
                "type": "text",
                "name": "name",
                "label::English (en)": "Name",
                "label::Arabic (ar)": "الاسم",
                "label::Amharic (am)": "ስም",
                "required": "yes",
            },
        ],
        settings=LANGS,
    )
    result = validate_submission(form, {"age": 130})
    by_name = {i.name: i for i in result.issues}
    assert by_name["age"].message == {
        "English (en)": "Too old",
        "Arabic (ar)": "كبير جداً",
        "Amharic (am)": "በጣም ትልቅ",
    }
    assert by_name["name"].code == "required"
    assert by_name["name"].text("Arabic (ar)") == "هذا السؤال يتطلب إجابة."
    assert by_name["name"].text("Amharic (am)") == "ይህ ጥያቄ መልስ ያስፈልገዋል።"


def test_answers_to_questions_that_are_not_relevant_are_dropped(make_form):
    form = make_form(
        [
            {"type": "integer", "name": "age", "label": "Age"},
            {
                "type": "text",
                "name": "school",
                "label": "School",
                "relevant": "${age} < 18",
                "required": "yes",
            },
        ]
    )
    result = validate_submission(form, {"age": 40, "school": "Kakuma Primary"})
    assert result.valid
    assert "school" not in result.data


def test_a_relevant_required_question_left_out_is_reported(make_form):
    form = make_form(
        [
            {"type": "integer", "name": "age", "label": "Age", "required": "yes"},
            {
                "type": "text",
                "name": "school",
                "label": "School",
                "relevant": "${age} < 18",
                "required": "yes",
            },
        ]
    )
    result = validate_submission(form, {"age": 9})
    assert [(i.name, i.code) for i in result.issues] == [("school", "required")]


def test_constraints_see_other_answers_and_repeats(make_form):
    form = make_form(
        [
            {"type": "integer", "name": "n", "label": "Members"},
            {"type": "begin_repeat", "name": "m", "label": "M", "repeat_count": "${n}"},
            {"type": "integer", "name": "age", "label": "Age"},
            {"type": "end_repeat"},
            {
                "type": "integer",
                "name": "children",
                "label": "Children",
                "constraint": ". <= count(${m}[age < 18])",
            },
        ]
    )
    ok = validate_submission(form, {"n": 2, "m": [{"age": 30}, {"age": 3}], "children": 1})
    bad = validate_submission(form, {"n": 2, "m": [{"age": 30}, {"age": 3}], "children": 2})
    assert ok.valid
    assert [(i.path, i.code) for i in bad.issues] == [("/data/children", "constraint")]


def test_constraint_is_not_checked_on_an_empty_optional_answer(make_form):
    form = make_form([{"type": "integer", "name": "x", "label": "X", "constraint": ". > 5"}])
    assert validate_submission(form, {"x": None}).valid
    assert not validate_submission(form, {"x": 2}).valid
