"""The conformance corpus: every good form converts with pyxform and loads in Daftari; every
broken one is refused with the right code, sheet, row and column, and nothing crashes."""

import json
import shutil
from pathlib import Path

import pytest
from pyxform.xls2xform import convert

from form_engine import FormLoadError, load_xlsform, validate_submission
from form_engine.fill import random_submissions
from tests.conftest import FIXED_NOW

CORPUS = Path(__file__).resolve().parent.parent / "forms"
GOOD = sorted((CORPUS / "good").glob("*.xlsx"))
BROKEN = json.loads((CORPUS / "broken" / "expected.json").read_text())


def test_the_corpus_is_there():
    assert len(GOOD) >= 7 and len(BROKEN) >= 13


@pytest.mark.parametrize("path", GOOD, ids=lambda p: p.stem)
def test_good_forms_convert_with_pyxform_and_load_and_fill(path):
    assert "<h:html" in convert(str(path)).xform
    form = load_xlsform(path)
    for sub in random_submissions(form, 10, seed=1, now=FIXED_NOW):
        result = validate_submission(form, sub["data"])
        assert result.valid, [(i.path, i.code) for i in result.issues]


@pytest.mark.skipif(
    shutil.which("java") is None, reason="java is not installed: ODK Validate cannot run"
)
def test_good_forms_pass_odk_validate():
    for path in GOOD:
        convert(str(path), validate=True)


@pytest.mark.parametrize("name", sorted(BROKEN), ids=lambda n: n.rsplit(".", 1)[0])
def test_broken_forms_are_refused_where_the_problem_is(name):
    expected = BROKEN[name]
    with pytest.raises(FormLoadError) as err:
        # as installing or filling it does: loading alone names a missing file and goes on
        load_xlsform(CORPUS / "broken" / name).require_files()
    e = err.value
    assert e.code == expected["code"]
    assert e.sheet == expected.get("sheet")
    assert e.row == expected.get("row")
    if "column" in expected:
        assert e.column.startswith(expected["column"])
    assert str(e)  # a sentence, not a traceback


def test_a_missing_file_is_reported(tmp_path):
    with pytest.raises(FormLoadError, match="no such file"):
        load_xlsform(tmp_path / "nope.xlsx")


def test_an_empty_survey_sheet_is_refused(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "survey"
    wb.save(tmp_path / "empty.xlsx")
    with pytest.raises(FormLoadError) as err:
        load_xlsform(tmp_path / "empty.xlsx")
    assert "survey" in str(err.value)


def test_csv_xlsforms_load(tmp_path):
    (tmp_path / "f.csv").write_text(
        "survey,,,\n,type,name,label\n,integer,age,Age\n,text,name,Name\nsettings,,,\n,form_id,version,\n,csvform,3,\n"
    )
    form = load_xlsform(tmp_path / "f.csv")
    assert (form.form_id, form.version) == ("csvform", "3")
    assert [q.name for q in form.questions() if q.control] == ["age", "name"]


def test_attachments_are_found_in_the_media_folder(tmp_path):
    from form_engine.authoring import write_xlsform

    write_xlsform(
        tmp_path / "f.xlsx",
        [{"type": "select_one_from_file places.csv", "name": "p", "label": "P"}],
    )
    (tmp_path / "f-media").mkdir()
    (tmp_path / "f-media" / "places.csv").write_text("name,label\na,A\n")
    assert "places.csv" in load_xlsform(tmp_path / "f.xlsx").attachments


def test_quirks_of_real_forms_behave_as_in_odk():
    form = load_xlsform(CORPUS / "good" / "real_world_quirks.xlsx")
    from form_engine import FormSession

    session = FormSession.new(form)
    assert session.value("/data/again") == ""  # no submission saved yet: the blank form
    session.set_value(session.node("/data/again"), "yes")
    assert session.is_relevant(session.node("/data/note"))  # “smart” quotes read as quotes
    session.set_value(session.node("/data/code"), "AB3")
    result = validate_submission(form, {"code": "AB3", "again": "yes", "bad_default": "Fixme"})
    assert [(i.name, i.code) for i in result.issues] == [("bad_default", "choice")]
    assert not validate_submission(form, {"code": "ab9"}).valid


def test_bad_attachments_are_refused_with_the_row(tmp_path):
    from form_engine.authoring import write_xlsform

    write_xlsform(
        tmp_path / "f.xlsx",
        [
            {"type": "text", "name": "a", "label": "A"},
            {"type": "select_one_from_file towns.xml", "name": "t", "label": "T"},
        ],
    )
    (tmp_path / "towns.xml").write_text("<root><item>")
    with pytest.raises(FormLoadError) as err:
        load_xlsform(tmp_path / "f.xlsx")
    assert (err.value.code, err.value.row) == ("bad_attachment", 3)
    write_xlsform(
        tmp_path / "g.xlsx", [{"type": "select_one_from_file towns.csv", "name": "t", "label": "T"}]
    )
    (tmp_path / "towns.csv").write_bytes("name,label\nx,Café\n".encode("latin-1"))
    with pytest.raises(FormLoadError, match="UTF-8"):
        load_xlsform(tmp_path / "g.xlsx")
