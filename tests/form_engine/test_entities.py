"""ODK Entities as the field's forms declare them (an XLSForm's entities sheet and save_to
column, converted by pyxform): a registration, a follow-up that updates what it picked, an
upsert, and a roster whose every member is an entity. What the enumerator fills is what the
submission asks of the lists — with an id that is set once and kept."""

import random
import re
import uuid

import pytest

from form_engine import load_xform, load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.entities import changes, declarations
from form_engine.errors import FormLoadError
from form_engine.session import FormSession
from form_engine.submission import (
    document_to_json,
    json_to_document,
    json_to_xml,
    xml_to_json,
)

HOUSEHOLDS_CSV = (
    "name,label,__version,hh_name,size\n"
    "6a1f3a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f,Amina (4),3,Amina,4\n"
    "0b9e7c55-2f4e-4a8e-b1d2-7c9a4e3f2d10,Juma (2),1,Juma,2\n"
)


def form(tmp_path, name, survey, entities, *, choices=(), files=None):
    path = write_xlsform(
        tmp_path / f"{name}.xlsx",
        survey,
        choices=choices,
        settings={"form_id": name, "version": "1"},
        extra_sheets={"entities": entities},
    )
    return load_xlsform(path, attachments=files)


def fill(f, answers, *, rng=None):
    s = FormSession.new(f, rng=rng or random.Random())
    for path, value in answers.items():
        s.set_value(s.nodes(path)[0], value)
    return s


def is_uuid4(text):
    return uuid.UUID(text).version == 4 and str(uuid.UUID(text)) == text


@pytest.fixture
def register(tmp_path):
    return form(
        tmp_path,
        "hh_register",
        [
            {"type": "text", "name": "hh_name", "label": "Head's name", "save_to": "hh_name"},
            {"type": "integer", "name": "hh_size", "label": "Size", "save_to": "size"},
            {
                "type": "select_multiple assets",
                "name": "assets",
                "label": "Assets",
                "save_to": "assets",
            },
            {"type": "text", "name": "notes", "label": "Notes"},
        ],
        [["list_name", "label"], ["households", "concat(${hh_name}, ' (', ${hh_size}, ')')"]],
        choices=[
            {"list_name": "assets", "name": "radio", "label": "Radio"},
            {"list_name": "assets", "name": "phone", "label": "Phone"},
        ],
    )


def test_a_registration_creates_its_household_with_an_id_set_once(register):
    assert [(d.dataset, d.path, d.container) for d in declarations(register)] == [
        ("households", "/data/meta/entity", "/data")
    ]
    s = fill(
        register, {"/data/hh_name": "Baraka", "/data/hh_size": "3", "/data/assets": "radio phone"}
    )
    data = document_to_json(register, s.doc)
    [change] = changes(register, data)
    assert is_uuid4(change.id)
    assert (change.dataset, change.create, change.update, change.label) == (
        "households",
        True,
        False,
        "Baraka (3)",
    )
    # every saved answer as a property, in text as the lists keep them; notes is not saved
    assert change.properties == {"hh_name": "Baraka", "size": "3", "assets": "radio phone"}
    # the same id however often the draft is saved and opened again, and in the XML sent
    again = FormSession(register, json_to_document(register, data))
    s.set_value(again.nodes("/data/hh_size")[0], "4")
    reopened = document_to_json(register, again.doc)
    assert reopened["meta/entity/@id"] == change.id
    xml = json_to_xml(register, reopened)
    assert re.search(rf'<entity dataset="households" create="1" id="{change.id}">', xml)
    assert xml_to_json(register, xml) == reopened
    # two households registered get two ids
    other = document_to_json(register, fill(register, {"/data/hh_name": "Zara"}).doc)
    assert changes(register, other)[0].id != change.id


def test_a_follow_up_updates_the_household_it_picked_from_the_list(tmp_path):
    f = form(
        tmp_path,
        "hh_update",
        [
            {"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"},
            {"type": "integer", "name": "hh_size", "label": "Size now", "save_to": "size"},
        ],
        [
            ["list_name", "entity_id", "label"],
            [
                "households",
                "${hh}",
                "concat(instance('households')/root/item[name=${hh}]/hh_name, ' (', ${hh_size}, ')')",
            ],
        ],
        files={"households.csv": HOUSEHOLDS_CSV},
    )
    assert [
        c.value for c in FormSession.new(f).choices(FormSession.new(f).nodes("/data/hh")[0])
    ] == [
        "6a1f3a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f",
        "0b9e7c55-2f4e-4a8e-b1d2-7c9a4e3f2d10",
    ]
    s = fill(f, {"/data/hh": "6a1f3a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", "/data/hh_size": "5"})
    [change] = changes(f, document_to_json(f, s.doc))
    assert (change.id, change.create, change.update, change.label) == (
        "6a1f3a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f",
        False,
        True,
        "Amina (5)",
    )
    assert change.base_version == "3"  # the version the device's list had
    assert change.properties == {"size": "5"}
    # another pick, another entity and its own version
    s.set_value(s.nodes("/data/hh")[0], "0b9e7c55-2f4e-4a8e-b1d2-7c9a4e3f2d10")
    [change] = changes(f, document_to_json(f, s.doc))
    assert (change.id, change.base_version, change.label) == (
        "0b9e7c55-2f4e-4a8e-b1d2-7c9a4e3f2d10",
        "1",
        "Juma (5)",
    )


def test_an_upsert_creates_or_updates_as_answered(tmp_path):
    f = form(
        tmp_path,
        "hh_upsert",
        [
            {"type": "select_one yn", "name": "is_new", "label": "New household?"},
            {
                "type": "select_one_from_file households.csv",
                "name": "hh",
                "label": "Household",
                "relevant": "${is_new} = 'no'",
            },
            {"type": "text", "name": "hh_name", "label": "Head's name", "save_to": "hh_name"},
        ],
        [
            ["list_name", "label", "entity_id", "create_if", "update_if"],
            [
                "households",
                "${hh_name}",
                "coalesce(${hh}, uuid())",
                "${is_new} = 'yes'",
                "${is_new} = 'no'",
            ],
        ],
        choices=[
            {"list_name": "yn", "name": "yes", "label": "Yes"},
            {"list_name": "yn", "name": "no", "label": "No"},
        ],
        files={"households.csv": HOUSEHOLDS_CSV},
    )
    new = fill(f, {"/data/is_new": "yes", "/data/hh_name": "Zara"})
    [created] = changes(f, document_to_json(f, new.doc))
    assert (created.create, created.update, created.label) == (True, False, "Zara")
    assert is_uuid4(created.id)
    # its uuid() is made once: the draft opened again (every calculation redone), or the
    # submission edited after a send-back, registers the same household, not a second
    again = FormSession(f, json_to_document(f, document_to_json(f, new.doc)))
    again.set_value(again.nodes("/data/hh_name")[0], "Zara Ali")
    [edited] = changes(f, document_to_json(f, again.doc))
    assert (edited.id, edited.label) == (created.id, "Zara Ali")
    known = fill(
        f,
        {
            "/data/is_new": "no",
            "/data/hh": "0b9e7c55-2f4e-4a8e-b1d2-7c9a4e3f2d10",
            "/data/hh_name": "Juma Ali",
        },
    )
    [updated] = changes(f, document_to_json(f, known.doc))
    assert (updated.id, updated.create, updated.update, updated.base_version) == (
        "0b9e7c55-2f4e-4a8e-b1d2-7c9a4e3f2d10",
        False,
        True,
        "1",
    )
    # neither asked (the question unanswered): nothing to do
    assert changes(f, document_to_json(f, fill(f, {"/data/hh_name": "X"}).doc)) == []


def test_every_member_of_a_roster_is_an_entity_linked_to_its_household(tmp_path):
    f = form(
        tmp_path,
        "hh_roster",
        [
            {"type": "text", "name": "hh_name", "label": "Head", "save_to": "households#hh_name"},
            {"type": "begin_repeat", "name": "members", "label": "Members"},
            {
                "type": "text",
                "name": "member_name",
                "label": "Name",
                "save_to": "members#full_name",
            },
            {"type": "integer", "name": "age", "label": "Age", "save_to": "members#age"},
            {
                "type": "calculate",
                "name": "hh_ref",
                "calculation": "../../meta/entity/@id",
                "save_to": "members#household",
            },
            {"type": "end_repeat"},
        ],
        [
            ["list_name", "label"],
            ["households", "${hh_name}"],
            ["members", "${member_name}"],
        ],
    )
    assert f.entities_version == "2025.1.0"
    s = fill(f, {"/data/hh_name": "Amina"})
    first = s.nodes("/data/members")[0]
    s.set_value(first.child("member_name"), "Asha")
    s.set_value(first.child("age"), "9")
    second = s.add_repeat("/data/members")
    s.set_value(second.child("member_name"), "Omar")
    s.set_value(second.child("age"), "41")
    data = document_to_json(f, s.doc)
    found = changes(f, data)
    assert [(c.dataset, c.where, c.label) for c in found] == [
        ("households", "", "Amina"),
        ("members", "members[1]", "Asha"),
        ("members", "members[2]", "Omar"),
    ]
    household, asha, omar = found
    assert len({household.id, asha.id, omar.id}) == 3 and all(is_uuid4(c.id) for c in found)
    assert asha.properties == {"full_name": "Asha", "age": "9", "household": household.id}
    assert omar.properties == {"full_name": "Omar", "age": "41", "household": household.id}
    # as Collect would send it, read back the same
    assert changes(f, xml_to_json(f, json_to_xml(f, data))) == found


def test_an_entities_sheet_pyxform_refuses_is_said_with_its_sheet_and_row(tmp_path):
    with pytest.raises(FormLoadError) as refused:
        form(
            tmp_path,
            "no_label",
            [{"type": "text", "name": "a", "label": "A", "save_to": "a"}],
            [["list_name"], ["trees"]],
        )
    assert refused.value.sheet == "entities" and refused.value.row == 2
    assert "label" in refused.value.message


def test_a_newer_entities_version_than_daftari_reads_is_refused(register):
    # as a server would serve the XForm of a form made by a newer pyxform
    newer = register.xform.replace('entities-version="2024.1.0"', 'entities-version="2031.1.0"')
    with pytest.raises(FormLoadError, match="version 2031.1.0"):
        load_xform(newer)


def test_two_lists_get_each_their_own_properties(tmp_path):
    """pyxform puts a second list's declaration in the group its questions are in."""
    f = form(
        tmp_path,
        "two_lists",
        [
            {
                "type": "text",
                "name": "hh_id",
                "label": "Household ID",
                "save_to": "households#hh_id",
            },
            {"type": "begin_group", "name": "respondent", "label": "Respondent"},
            {
                "type": "text",
                "name": "full_name",
                "label": "Full name",
                "save_to": "people#full_name",
            },
            {"type": "integer", "name": "age", "label": "Age", "save_to": "people#age"},
            {"type": "end_group"},
        ],
        [["list_name", "label"], ["households", "${hh_id}"], ["people", "${full_name}"]],
    )
    assert {d.dataset: d.properties for d in declarations(f)} == {
        "households": {"hh_id": "/data/hh_id"},
        "people": {"full_name": "/data/respondent/full_name", "age": "/data/respondent/age"},
    }
    s = fill(
        f, {"/data/hh_id": "H7", "/data/respondent/full_name": "Asha", "/data/respondent/age": "30"}
    )
    found = {c.dataset: (c.label, c.properties) for c in changes(f, document_to_json(f, s.doc))}
    assert found == {
        "households": ("H7", {"hh_id": "H7"}),
        "people": ("Asha", {"full_name": "Asha", "age": "30"}),
    }


ROSTER_XFORM = """<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
  xmlns:jr="http://openrosa.org/javarosa" xmlns:entities="http://www.opendatakit.org/xforms/entities">
  <h:head><h:title>Roster</h:title>
    <model entities:entities-version="2025.1.0">
      <instance><data id="roster" version="1">
        <person><name/><meta><entity dataset="people" create="1" id=""><label/></entity></meta></person>
        <meta><instanceID/></meta>
      </data></instance>
      <bind nodeset="/data/person/name" type="string" entities:saveto="full_name"/>
      <bind nodeset="/data/person/meta/entity/@id" type="string" readonly="true()"/>
      <bind nodeset="/data/person/meta/entity/label" type="string" calculate="../../../name"/>
      <bind nodeset="/data/meta/instanceID" type="string" jr:preload="uid"/>
    </model>
  </h:head>
  <h:body>
    <repeat nodeset="/data/person">
      <setvalue ref="/data/person/meta/entity/@id" event="odk-instance-first-load odk-new-repeat"
        value="uuid()"/>
      <input ref="/data/person/name"><label>Name</label></input>
    </repeat>
  </h:body>
</h:html>"""


def test_a_roster_xform_as_central_writes_it_fills_with_an_id_for_each_person():
    """A repeat with no jr:template (its first entry is the template, as in JavaRosa) and
    one setvalue for two events, as ODK Central's test forms write them."""
    f = load_xform(ROSTER_XFORM)
    s = FormSession.new(f)
    s.set_value(s.nodes("/data/person/name")[0], "Asha")
    second = s.add_repeat("/data/person")
    s.set_value(second.child("name"), "Omar")
    found = changes(f, document_to_json(f, s.doc))
    assert [(c.where, c.label, c.properties) for c in found] == [
        ("person[1]", "Asha", {"full_name": "Asha"}),
        ("person[2]", "Omar", {"full_name": "Omar"}),
    ]
    assert all(is_uuid4(c.id) for c in found) and found[0].id != found[1].id


def test_an_older_entities_version_than_daftari_reads_is_refused(register):
    older = register.xform.replace('entities-version="2024.1.0"', 'entities-version="2020.1.0"')
    with pytest.raises(FormLoadError, match="version 2020.1.0; Daftari reads 2022.1 to 2025.1"):
        load_xform(older)


def test_a_broken_entities_expression_is_said_at_its_row(tmp_path):
    with pytest.raises(FormLoadError) as refused:
        form(
            tmp_path,
            "bad_label",
            [
                {
                    "type": "text",
                    "name": "hh_id",
                    "label": "Household",
                    "save_to": "households#hh_id",
                },
                {"type": "begin_repeat", "name": "members", "label": "Members"},
                {
                    "type": "text",
                    "name": "full_name",
                    "label": "Name",
                    "save_to": "people#full_name",
                },
                {"type": "end_repeat"},
            ],
            [
                ["list_name", "label"],
                ["households", "${hh_id}"],
                ["people", "Member: ${full_name}"],
            ],
        )
    e = refused.value
    assert (e.sheet, e.row, e.column) == ("entities", 3, "label")
    assert "list 'people'" in e.message and "Member: ${full_name}" in e.message


def test_a_skipped_question_leaves_its_property_as_the_entity_has_it(tmp_path):
    """As ODK Central reads a follow-up: a saved question the submission leaves out (not
    relevant: Collect leaves it out, and so does the desktop's finalized submission) brings
    nothing, so the update keeps the household's size; one sent empty empties it."""
    f = form(
        tmp_path,
        "hh_skip",
        [
            {"type": "select_one_from_file households.csv", "name": "hh", "label": "Household"},
            {"type": "select_one yn", "name": "changed", "label": "Has the size changed?"},
            {
                "type": "integer",
                "name": "hh_size",
                "label": "Size now",
                "save_to": "size",
                "relevant": "${changed} = 'yes'",
            },
            {"type": "text", "name": "hh_name", "label": "Head's name", "save_to": "hh_name"},
        ],
        [["list_name", "entity_id"], ["households", "${hh}"]],
        choices=[
            {"list_name": "yn", "name": "yes", "label": "Yes"},
            {"list_name": "yn", "name": "no", "label": "No"},
        ],
        files={"households.csv": HOUSEHOLDS_CSV},
    )
    amina = "6a1f3a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f"
    s = fill(f, {"/data/hh": amina, "/data/changed": "yes", "/data/hh_size": "7"})
    s.set_value(s.nodes("/data/changed")[0], "no")  # the size was not changed after all
    s.set_value(s.nodes("/data/hh_name")[0], "Amina Ali")
    sent = document_to_json(f, s.doc, relevant_only=True)  # as the desktop finalizes it
    [change] = changes(f, sent)
    assert (change.id, change.update, change.properties) == (amina, True, {"hh_name": "Amina Ali"})
    # the same from the XML Collect sends (no <hh_size> in it)
    assert changes(f, xml_to_json(f, json_to_xml(f, sent))) == [change]
    # a relevant question left blank is sent empty: the property is emptied
    s.set_value(s.nodes("/data/hh_name")[0], "")
    [change] = changes(f, document_to_json(f, s.doc, relevant_only=True))
    assert change.properties == {"hh_name": ""}


def test_an_entity_in_a_skipped_group_is_not_created(tmp_path):
    """pyxform puts a second list's declaration in the group its questions are in: when that
    group is not relevant the entity is not in the submission, and nothing is created."""
    f = form(
        tmp_path,
        "respondent_skipped",
        [
            {"type": "text", "name": "hh_id", "label": "Household", "save_to": "households#hh_id"},
            {"type": "select_one yn", "name": "present", "label": "Respondent present?"},
            {
                "type": "begin_group",
                "name": "respondent",
                "label": "Respondent",
                "relevant": "${present} = 'yes'",
            },
            {"type": "text", "name": "full_name", "label": "Name", "save_to": "people#full_name"},
            {"type": "end_group"},
        ],
        [["list_name", "label"], ["households", "${hh_id}"], ["people", "${full_name}"]],
        choices=[
            {"list_name": "yn", "name": "yes", "label": "Yes"},
            {"list_name": "yn", "name": "no", "label": "No"},
        ],
    )
    s = fill(f, {"/data/hh_id": "H7", "/data/present": "no"})
    sent = document_to_json(f, s.doc, relevant_only=True)
    assert [(c.dataset, c.label) for c in changes(f, sent)] == [("households", "H7")]
    s.set_value(s.nodes("/data/present")[0], "yes")
    s.set_value(s.nodes("/data/respondent/full_name")[0], "Asha")
    sent = document_to_json(f, s.doc, relevant_only=True)
    assert sorted((c.dataset, c.label) for c in changes(f, sent)) == [
        ("households", "H7"),
        ("people", "Asha"),
    ]


# An upsert as pyxform 2.0 to 4.4 wrote it (pyxform #819), and ODK Central serves it still:
# the entity's @id both calculated from the entities sheet's entity_id and set to uuid() when
# the form is first opened; and the form's version written orx:version, as the XForms spec's
# examples and ODK Central's own test forms write it.
UPSERT_XFORM = """<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml"
  xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms"
  xmlns:entities="http://www.opendatakit.org/xforms/entities">
  <h:head><h:title>Household visit</h:title>
    <model entities:entities-version="2023.1.0">
      <instance><data id="hh_visit" orx:version="7">
        <hh/><hh_size/>
        <meta><instanceID/>
          <entity dataset="households" id="" create="1" update="1" baseVersion=""><label/></entity>
        </meta>
      </data></instance>
      <instance id="households" src="jr://file-csv/households.csv"/>
      <bind nodeset="/data/hh" type="string"/>
      <bind nodeset="/data/hh_size" type="int" entities:saveto="size"/>
      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
      <bind nodeset="/data/meta/entity/@create" type="string" readonly="true()"
        calculate="/data/hh = ''"/>
      <bind nodeset="/data/meta/entity/@update" type="string" readonly="true()"
        calculate="/data/hh != ''"/>
      <bind nodeset="/data/meta/entity/@id" type="string" readonly="true()" calculate=" /data/hh "/>
      <setvalue ref="/data/meta/entity/@id" event="odk-instance-first-load" value="uuid()"/>
      <bind nodeset="/data/meta/entity/@baseVersion" type="string" readonly="true()"
        calculate="instance('households')/root/item[name= /data/hh ]/__version"/>
      <bind nodeset="/data/meta/entity/label" type="string" readonly="true()"
        calculate="concat('Household of ', /data/hh_size)"/>
    </model>
  </h:head>
  <h:body>
    <select1 ref="/data/hh"><label>Household</label>
      <itemset nodeset="instance('households')/root/item">
        <value ref="name"/><label ref="label"/>
      </itemset>
    </select1>
    <input ref="/data/hh_size"><label>Size</label></input>
  </h:body>
</h:html>"""


def test_an_id_both_calculated_and_set_on_first_load_is_the_calculated_one_and_kept():
    """As in Collect (the calculation wins: JavaRosa runs the first-load actions before the
    calculations) and as when the draft is opened again: the id does not change."""
    f = load_xform(UPSERT_XFORM, attachments={"households.csv": HOUSEHOLDS_CSV})
    s = FormSession.new(f)
    s.set_value(s.nodes("/data/hh_size")[0], "3")
    data = document_to_json(f, s.doc)
    [fresh] = changes(f, data)
    [reopened] = changes(f, document_to_json(f, FormSession(f, json_to_document(f, data)).doc))
    assert fresh.id == reopened.id == ""  # no household picked: what entity_id gives
    juma = "0b9e7c55-2f4e-4a8e-b1d2-7c9a4e3f2d10"
    s.set_value(s.nodes("/data/hh")[0], juma)
    data = document_to_json(f, s.doc)
    [picked] = changes(f, data)
    [reopened] = changes(f, document_to_json(f, FormSession(f, json_to_document(f, data)).doc))
    assert (picked.id, picked.update, picked.base_version) == (juma, True, "1")
    assert reopened == picked


def test_a_form_version_written_orx_version_is_the_forms_version():
    """ODK Central and JavaRosa read ``orx:version`` as the form's version: its submissions,
    which carry it back, are this version's."""
    f = load_xform(UPSERT_XFORM, attachments={"households.csv": HOUSEHOLDS_CSV})
    assert f.version == "7"
    sent = (
        '<data xmlns:orx="http://openrosa.org/xforms" id="hh_visit" orx:version="7">'
        "<hh>6a1f3a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f</hh><hh_size>5</hh_size>"
        '<meta><instanceID>uuid:1</instanceID><entity dataset="households" create="false" '
        'update="true" baseVersion="3" id="6a1f3a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f">'
        "<label>Household of 5</label></entity></meta></data>"
    )
    [change] = changes(f, xml_to_json(f, sent))
    assert (change.update, change.base_version, change.properties) == (True, "3", {"size": "5"})
