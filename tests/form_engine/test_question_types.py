"""Every XLSForm question type loads with the right meaning, takes valid answers, refuses
invalid ones, and random filling produces valid submissions."""

import pytest

from form_engine import validate_submission
from form_engine.fill import random_submissions
from tests.conftest import FIXED_NOW

ALL_TYPES = [
    {"type": "text", "name": "t", "label": "Text"},
    {"type": "integer", "name": "i", "label": "Integer"},
    {"type": "decimal", "name": "dec", "label": "Decimal"},
    {"type": "range", "name": "r", "label": "Range", "parameters": "start=0 end=10 step=2"},
    {"type": "select_one yn", "name": "so", "label": "One"},
    {"type": "select_multiple fruit", "name": "sm", "label": "Many"},
    {"type": "select_one fruit or_other", "name": "soo", "label": "One or other"},
    {"type": "select_one_from_file towns.csv", "name": "sf", "label": "Town"},
    {"type": "select_multiple_from_file towns.csv", "name": "smf", "label": "Towns"},
    {"type": "date", "name": "d", "label": "Date"},
    {"type": "time", "name": "tm", "label": "Time"},
    {"type": "dateTime", "name": "dt", "label": "DateTime"},
    {"type": "geopoint", "name": "gp", "label": "Point"},
    {"type": "note", "name": "n", "label": "A note"},
    {"type": "calculate", "name": "c", "calculation": "${i} * 2"},
    {"type": "hidden", "name": "h"},
    {"type": "acknowledge", "name": "ack", "label": "OK?"},
    {"type": "image", "name": "img", "label": "Photo"},
    {"type": "audio", "name": "aud", "label": "Audio"},
    {"type": "file", "name": "f", "label": "File"},
    {"type": "barcode", "name": "bc", "label": "Barcode"},
    {"type": "start", "name": "start"},
    {"type": "end", "name": "end"},
    {"type": "today", "name": "today"},
    {"type": "deviceid", "name": "deviceid"},
    {"type": "username", "name": "username"},
    {"type": "audit", "name": "audit"},
    {"type": "begin_group", "name": "fl", "label": "Page", "appearance": "field-list"},
    {"type": "text", "name": "a", "label": "A"},
    {"type": "text", "name": "b", "label": "B"},
    {"type": "end_group"},
    {"type": "begin_repeat", "name": "fixed", "label": "Fixed", "repeat_count": "2"},
    {"type": "text", "name": "x", "label": "X"},
    {"type": "end_repeat"},
    {"type": "begin_repeat", "name": "open", "label": "Open"},
    {"type": "integer", "name": "y", "label": "Y"},
    {"type": "end_repeat"},
]
CHOICES = [
    {"list_name": "yn", "name": "yes", "label": "Yes"},
    {"list_name": "yn", "name": "no", "label": "No"},
    {"list_name": "fruit", "name": "mango", "label": "Mango"},
    {"list_name": "fruit", "name": "banana", "label": "Banana"},
]
TOWNS = "name,label\nkakuma,Kakuma\nkoboko,Koboko\n"


@pytest.fixture
def form(make_form):
    return make_form(ALL_TYPES, choices=CHOICES, files={"towns.csv": TOWNS})


def test_every_type_maps_to_its_xform_meaning(form):
    e = form.element
    expected = {
        "/data/t": ("string", "input"),
        "/data/i": ("int", "input"),
        "/data/dec": ("decimal", "input"),
        "/data/r": ("int", "range"),
        "/data/so": ("string", "select1"),
        "/data/sm": ("string", "select"),
        "/data/sf": ("string", "select1"),
        "/data/smf": ("string", "select"),
        "/data/d": ("date", "input"),
        "/data/tm": ("time", "input"),
        "/data/dt": ("dateTime", "input"),
        "/data/gp": ("geopoint", "input"),
        "/data/ack": ("string", "trigger"),
        "/data/img": ("binary", "upload"),
        "/data/aud": ("binary", "upload"),
        "/data/f": ("binary", "upload"),
        "/data/bc": ("barcode", "input"),
    }
    for path, (data_type, control) in expected.items():
        assert (e(path).data_type, e(path).control) == (data_type, control), path
    assert e("/data/img").mediatype == "image/*"
    assert e("/data/r").parameters == {"start": "0", "end": "10", "step": "2"}
    assert e("/data/n").readonly == "true()"
    assert e("/data/c").calculate
    assert e("/data/fl").is_field_list
    assert e("/data/fixed").kind == "repeat"
    assert e("/data/fixed").repeat_count.strip() == "/data/fixed_count"  # pyxform's generated count
    assert e("/data/fixed_count").calculate == "2"
    assert e("/data/open").kind == "repeat" and e("/data/open").repeat_count is None
    assert e("/data/soo_other").relevant  # or_other adds the "specify" question
    assert e("/data/sf").xlsform_type == "select_one_from_file towns.csv"
    assert e("/data/start").preload == "timestamp"
    assert form.audit is not None and not form.audit.track_changes  # recorded, times only
    assert not any("audit" in n for n in form.notices)


def test_random_filling_gives_valid_submissions_for_every_type(form):
    attachments = {}
    subs = list(random_submissions(form, 25, seed=7, now=FIXED_NOW, attachments=attachments))
    assert len(subs) == 25
    for sub in subs:
        result = validate_submission(form, sub["data"])
        assert result.valid, [i.path + ": " + i.code for i in result.issues]
        assert len(sub["data"]["fixed"]) == 2
    # Attachment answers are content-addressed files that exist.
    names = {s["data"].get("img") for s in subs} - {None}
    assert names and all(n in attachments for n in names)
    import hashlib

    for name in names:
        assert hashlib.sha256(attachments[name]).hexdigest() == name.split(".")[0]


def test_the_same_seed_gives_the_same_submissions(form):
    a = list(random_submissions(form, 5, seed=3, now=FIXED_NOW))
    b = list(random_submissions(form, 5, seed=3, now=FIXED_NOW))
    c = list(random_submissions(form, 5, seed=4, now=FIXED_NOW))
    assert a == b and a != c


@pytest.mark.parametrize(
    "field, bad, code",
    [
        ("i", "1.5", "type"),
        ("i", "abc", "type"),
        ("i", "99999999999", "type"),
        ("dec", "1,5", "type"),
        ("d", "2026-02-30", "type"),
        ("d", "14/03/2026", "type"),
        ("tm", "25:00", "type"),
        ("dt", "yesterday", "type"),
        ("gp", "95 34.8 0 5", "type"),
        ("gp", "3.7", "type"),
        ("gp", "3.7 34.8 0 -1", "type"),
        ("r", "3", "range"),
        ("r", "12", "range"),
        ("so", "maybe", "choice"),
        ("sm", ["mango", "apple"], "choice"),
        ("sm", ["mango", "mango"], "choice"),
        ("sf", "nairobi", "choice"),
        ("img", "../../etc/passwd", "type"),
    ],
)
def test_invalid_answers_are_reported_with_field_and_reason(form, field, bad, code):
    result = validate_submission(form, {field: bad})
    found = [i for i in result.issues if i.name == field]
    assert found and found[0].code == code
    assert found[0].path == f"/data/{field}"


@pytest.mark.parametrize(
    "field, good",
    [
        ("i", -3),
        ("dec", 2.5),
        ("d", "2026-02-28"),
        ("tm", "08:30:00.000+03:00"),
        ("dt", "2026-03-14T09:30:00.000+03:00"),
        ("gp", "3.7 34.8"),
        ("gp", "-1.28 36.8 1650 4.5"),
        ("r", 4),
        ("so", "no"),
        ("sm", ["banana", "mango"]),
        ("smf", ["koboko"]),
        ("bc", "0123456789"),
        ("ack", "OK"),
    ],
)
def test_valid_answers_pass(form, field, good):
    result = validate_submission(form, {field: good})
    assert not [i for i in result.issues if i.name == field]


def test_geotrace_and_geoshape_are_checked(make_form):
    form = make_form(
        [
            {"type": "geotrace", "name": "line", "label": "L"},
            {"type": "geoshape", "name": "area", "label": "A"},
        ]
    )
    ok = validate_submission(
        form, {"line": "3.7 34.8 0 5;3.8 34.9 0 5", "area": "3.7 34.8;3.8 34.8;3.8 34.9;3.7 34.8"}
    )
    assert ok.valid
    bad = validate_submission(form, {"line": "3.7 34.8", "area": "x"})
    assert {i.name for i in bad.issues} == {"line", "area"}
