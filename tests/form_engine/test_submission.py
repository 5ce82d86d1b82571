"""Canonical JSON and OpenRosa XML: both directions, exact."""

import json

import pytest

from form_engine import SubmissionFormatError, json_to_xml, xml_to_json
from form_engine.fill import random_submissions
from form_engine.submission import document_to_json, document_to_xml
from tests.conftest import FIXED_NOW, REPO


@pytest.fixture
def roster(make_form):
    return make_form(
        [
            {"type": "text", "name": "head", "label": "Head"},
            {"type": "begin_group", "name": "dw", "label": "Dwelling"},
            {"type": "integer", "name": "rooms", "label": "Rooms"},
            {"type": "decimal", "name": "rent", "label": "Rent"},
            {"type": "end_group"},
            {"type": "begin_repeat", "name": "member", "label": "Member"},
            {"type": "text", "name": "name", "label": "Name"},
            {"type": "select_multiple lang", "name": "langs", "label": "Languages"},
            {"type": "begin_repeat", "name": "visit", "label": "Visit"},
            {"type": "date", "name": "on", "label": "On"},
            {"type": "end_repeat"},
            {"type": "end_repeat"},
        ],
        choices=[{"list_name": "lang", "name": n, "label": n} for n in ("sw", "so", "ar")],
        settings={"form_id": "roster", "version": "7"},
    )


DATA = {
    "head": "Amina <Ali> & sons",
    "dw/rooms": 3,
    "dw/rent": 1250.5,
    "member": [
        {"name": "Amina", "langs": ["sw", "ar"], "visit": [{"on": "2026-01-02"}, {"on": None}]},
        {"name": None, "langs": None},
    ],
    "meta/instanceID": "uuid:6f1c2a3e-0000-4000-8000-000000000001",
}


def test_json_to_xml_is_the_instance_odk_collect_submits(roster):
    xml = json_to_xml(roster, DATA)
    assert xml.startswith(
        '<data id="roster" version="7"><head>Amina &lt;Ali&gt; &amp; sons</head><dw><rooms>3</rooms>'
    )
    assert (
        "<member><name>Amina</name><langs>sw ar</langs><visit><on>2026-01-02</on></visit><visit><on/></visit></member>"
        in xml
    )
    assert "<member><name/><langs/></member>" in xml
    assert xml.endswith(
        "<meta><instanceID>uuid:6f1c2a3e-0000-4000-8000-000000000001</instanceID></meta></data>"
    )


def test_round_trips_are_exact(roster):
    xml = json_to_xml(roster, DATA)
    assert xml_to_json(roster, xml) == DATA
    assert json_to_xml(roster, xml_to_json(roster, xml)) == xml


@pytest.mark.parametrize("name", ["household", "service_access", "population"])
def test_round_trips_are_exact_for_the_standard_surveys(name):
    from form_engine import load_xlsform

    form = load_xlsform(REPO / "forms" / f"{name}.xlsx")
    for sub in random_submissions(form, 20, seed=11, now=FIXED_NOW):
        xml = json_to_xml(form, sub["data"])
        back = xml_to_json(form, xml)
        assert back == sub["data"]
        assert json.dumps(back, sort_keys=True) == json.dumps(sub["data"], sort_keys=True)
        assert json_to_xml(form, back) == xml


def test_values_that_are_not_canonical_survive_as_text(roster):
    xml = '<data id="roster" version="7"><head/><dw><rooms>007</rooms><rent>1.50</rent></dw></data>'
    data = xml_to_json(roster, xml)
    assert data["dw/rooms"] == "007" and data["dw/rent"] == "1.50"
    assert json_to_xml(roster, data) == xml


def test_edits_carry_the_deprecated_id(roster):
    edited = {
        **DATA,
        "meta/instanceID": "uuid:new",
        "meta/deprecatedID": "uuid:6f1c2a3e-0000-4000-8000-000000000001",
    }
    xml = json_to_xml(roster, edited)
    assert "<meta><instanceID>uuid:new</instanceID><deprecatedID>uuid:6f1c2a3e" in xml
    assert xml_to_json(roster, xml) == edited


def test_a_submission_that_does_not_fit_the_form_is_refused_with_the_reason(roster):
    with pytest.raises(SubmissionFormatError, match="nickname"):
        json_to_xml(roster, {"nickname": "x"})
    with pytest.raises(SubmissionFormatError, match=r"member\[1\].*shoe_size"):
        json_to_xml(roster, {"member": [{"shoe_size": 42}]})
    with pytest.raises(SubmissionFormatError, match="list of objects"):
        json_to_xml(roster, {"member": "Amina"})
    with pytest.raises(SubmissionFormatError, match="version '6'"):
        xml_to_json(roster, '<data id="roster" version="6"/>')
    with pytest.raises(SubmissionFormatError, match="form 'other'"):
        xml_to_json(roster, '<data id="other" version="7"/>')
    with pytest.raises(SubmissionFormatError, match="not well-formed"):
        xml_to_json(roster, '<data id="roster" version="7"><head>')
    with pytest.raises(SubmissionFormatError, match="<colour>"):
        xml_to_json(roster, '<data id="roster" version="7"><colour>red</colour></data>')


def test_session_export_omits_what_is_not_relevant(make_form, new_session):
    form = make_form(
        [
            {"type": "integer", "name": "age", "label": "Age"},
            {"type": "text", "name": "school", "label": "School", "relevant": "${age} < 18"},
        ]
    )
    s = new_session(form)
    s.set_value(s.node("/data/age"), "40")
    data = document_to_json(form, s.doc, relevant_only=True)
    assert "school" not in data and data["age"] == 40
    assert "<school" not in document_to_xml(s.doc, relevant_only=True)
