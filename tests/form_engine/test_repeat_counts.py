"""A count that decides how many roster entries there are never destroys or invents work:
an invalid count builds nothing, and a lower count drops only entries nobody has answered."""

from form_engine.repeat_counts import remove_surplus, surplus
from form_engine.submission import document_to_json
from form_engine.validation import check_answer, check_session

ROSTER = [
    {
        "type": "integer",
        "name": "hh_size",
        "label": "Members",
        "constraint": ". >= 1 and . <= 30",
    },
    {"type": "begin_repeat", "name": "member", "label": "Member", "repeat_count": "${hh_size}"},
    {"type": "text", "name": "name", "label": "Name"},
    {"type": "integer", "name": "age", "label": "Age", "default": "0"},
    {"type": "calculate", "name": "pos", "calculation": "position(..)"},
    {"type": "end_repeat"},
    {"type": "calculate", "name": "n", "calculation": "count(${member})"},
]


def members(s):
    return s.nodes("/data/member")


def test_a_count_that_fails_its_own_constraint_builds_nothing(make_form, new_session):
    s = new_session(make_form(ROSTER))
    size = s.node("/data/hh_size")
    s.set_value(size, "75")  # the form says 1-30
    assert members(s) == []
    assert check_answer(s, s.element(size), size).code == "constraint"
    s.set_value(size, "3")
    s.set_value(s.node("/data/member[2]/name"), "Amina")
    s.set_value(size, "75")
    assert len(members(s)) == 2  # nor does it remove answers (a blank entry after them goes)


def test_lowering_the_count_keeps_answered_entries_until_confirmed(make_form, new_session):
    s = new_session(make_form(ROSTER))
    size = s.node("/data/hh_size")
    s.set_value(size, "3")
    s.set_value(s.node("/data/member[3]/name"), "Halima")
    s.set_value(size, "")  # backspace on the way to typing another number
    assert len(members(s)) == 3  # member 3 holds an answer; 1 and 2 are before it
    s.set_value(size, "2")
    (extra,) = surplus(s)
    assert [m.position() for m in extra.extra] == [3] and extra.source is size
    issues = check_session(s)
    assert [i.code for i in issues] == ["repeat_count"]
    assert issues[0].path == "/data/member[3]"
    s.set_value(size, "3")  # raising the count again: nothing lost, nothing pending
    assert surplus(s) == [] and s.value("/data/member[3]/name") == "Halima"
    s.set_value(size, "2")
    remove_surplus(s, surplus(s)[0])
    assert len(members(s)) == 2 and s.value("/data/n") == "2"


def test_entries_nobody_answered_go_with_the_count(make_form, new_session):
    s = new_session(make_form(ROSTER))
    size = s.node("/data/hh_size")
    s.set_value(size, "5")
    s.set_value(s.node("/data/member[2]/name"), "Amina")
    s.set_value(size, "1")  # members 3-5 only hold defaults and calculations
    assert len(members(s)) == 2
    assert [m.position() for m in surplus(s)[0].extra] == [2]


def test_typed_text_that_is_not_a_value_is_kept_but_never_read(make_form, new_session):
    s = new_session(make_form(ROSTER))
    size = s.node("/data/hh_size")
    s.set_value(size, "4")
    s.set_value(s.node("/data/member[1]/name"), "Amina")
    s.set_typed(size, "4x")
    assert size.text == "" and s.typed_texts() == {"/data/hh_size": "4x"}
    assert len(members(s)) == 1  # not a number: builds nothing, keeps every answer
    issue = check_answer(s, s.element(size), size)
    assert issue.code == "type" and issue.value == "4x"
    assert "hh_size" in document_to_json(s.form, s.doc) and s.value("/data/n") == "1"
    s.set_value(size, "4")
    assert s.typed_texts() == {} and check_answer(s, s.element(size), size) is None
