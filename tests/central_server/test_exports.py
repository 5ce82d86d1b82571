"""Exports of the merged dataset: what the loop test (tests/sync/test_review_loop.py) does not
reach. A table longer than an Excel sheet goes on in another sheet."""

from openpyxl import load_workbook

from central_server import accounts
from central_server.merged import exporting
from tests.central_server.test_duplicates import visits  # noqa: F401 - a fixture


def test_a_table_longer_than_a_sheet_goes_on_in_the_next(server, visits, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(exporting, "SHEET_ROWS", 4)
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "visit")
        counts = exporting.export(conn, src, "xlsx", tmp_path / "visit.xlsx")
    assert counts == {"visit": 6}
    book = load_workbook(tmp_path / "visit.xlsx", read_only=True)
    # the checks' flags and the audit logs' events beside (none here)
    assert book.sheetnames == ["visit", "visit (2)", "flags", "paradata", "codebook"]
    first, second = (list(book[n].iter_rows(values_only=True)) for n in ("visit", "visit (2)"))
    assert first[0] == second[0] and len(first) == 5 and len(second) == 3  # headers + 4 + 2
    uuids = [r[1] for r in first[1:] + second[1:]]
    assert len(set(uuids)) == 6


def test_stata_files_come_in_parts_of_a_bounded_size(server, visits, tmp_path, monkeypatch):  # noqa: F811
    """pyreadstat writes whole frames: a long table is written in parts, each with the same
    variables and labels, so memory stays that of a part."""
    import zipfile

    import pyreadstat

    monkeypatch.setattr(exporting, "PART_ROWS", 4)
    with server.app.state.engine.connect() as conn:
        who = accounts.principal_of(conn, "secretariat")
        src = exporting.source(conn, who, "visit")
        exporting.export(conn, src, "dta", tmp_path / "visit.zip")
        none = exporting.source(conn, who, "visit", state="approved")
        exporting.export(conn, none, "sav", tmp_path / "none.zip")  # nothing approved yet
    with zipfile.ZipFile(tmp_path / "visit.zip") as z:
        assert sorted(z.namelist()) == [
            "codebook.csv",
            "flags.dta",
            "paradata.dta",
            "visit-1.dta",
            "visit-2.dta",
        ]
        z.extractall(tmp_path / "dta")
    frames = [pyreadstat.read_dta(str(tmp_path / "dta" / f"visit-{n}.dta")) for n in (1, 2)]
    assert [len(f) for f, _ in frames] == [4, 2]
    assert frames[0][1].column_names_to_labels["head_name"] == "Head of household"
    assert frames[0][1].column_names == frames[1][1].column_names
    with zipfile.ZipFile(tmp_path / "none.zip") as z:
        z.extract("visit.sav", tmp_path / "sav")
    empty, meta = pyreadstat.read_sav(str(tmp_path / "sav" / "visit.sav"))
    assert len(empty) == 0 and "head_name" in meta.column_names


def test_fields_renamed_and_recoded_between_versions_join_up(server, login, tmp_path):
    """Version 1 asked head_name and coded water 'tap'; version 2 asks head and codes it
    'piped'. With the data manager's mapping they are one column, one code; a mapping that
    names what is not there is refused row by row."""
    import csv
    import hashlib
    import io
    import json
    import uuid as uuidlib
    import zipfile

    import pytest

    from central_server import published_forms
    from central_server.merged import mapping
    from form_engine.authoring import write_xlsform
    from tests.central_server.test_api import push

    choices = {
        "1": [("tap", "Tap"), ("well", "Well")],
        "2": [("piped", "Piped water"), ("well", "Well")],
    }
    for version, head in (("1", "head_name"), ("2", "head")):
        path = tmp_path / f"visit{version}.xlsx"
        write_xlsform(
            path,
            [
                {"type": "text", "name": head, "label": "Head"},
                {"type": "select_one water", "name": "water", "label": "Water"},
            ],
            choices=[
                {"list_name": "water", "name": n, "label": lab} for n, lab in choices[version]
            ],
            settings={"form_id": "visit", "version": version},
        )
        with server.app.state.engine.begin() as conn:
            published_forms.publish(conn, path)
    token = login("amina")
    for version, data in (
        ("1", {"head_name": "Amina", "water": "tap"}),
        ("2", {"head": "Juma", "water": "piped"}),
    ):
        uid = str(uuidlib.uuid4())
        text = json.dumps({**data, "meta/instanceID": f"uuid:{uid}"})
        item = {
            "uuid": uid,
            "form_id": "visit",
            "form_version": version,
            "revision": 1,
            "json_text": text,
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
        }
        assert push(server, token, [item]).ok
    table = "version,field,new_field,old_code,new_code\n1,head_name,head,,\n1,water,,tap,piped\n"
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "visit")
        changes = mapping.read(table, src.versions)
        exporting.export(conn, src, "csv", tmp_path / "visit.zip", changes=changes)
        with pytest.raises(mapping.BadMapping) as refused:
            mapping.read(
                "version,field,new_field,old_code,new_code\n3,head,,,\n1,head_nam,head,,\n"
                "1,water,,river,piped\n",
                src.versions,
            )
    said = str(refused.value.detail)
    assert "row 2: version '3' is not published" in said
    assert "row 3: version 1 has no field 'head_nam'" in said
    assert "row 4: 'river' is not a choice of water in 1" in said
    with zipfile.ZipFile(tmp_path / "visit.zip") as z:
        rows = list(csv.DictReader(io.StringIO(z.read("visit.csv").decode("utf-8-sig"))))
    assert "head_name" not in rows[0]
    assert sorted((r["head"], r["water"]) for r in rows) == [("Amina", "piped"), ("Juma", "piped")]


def test_stored_answers_are_read_fast_and_whole():
    """orjson reads what is stored; what it refuses and Python's json wrote (NaN) is read
    by the standard parser instead of failing the export."""
    import math

    from central_server.db import read_json

    assert read_json('{"a": "é", "b": [1, 2.5]}') == {"a": "é", "b": [1, 2.5]}
    assert math.isnan(read_json('{"a": NaN}')["a"])


def _contents(path):
    """Every file of an export's zip, a Parquet table as its rows."""
    import io
    import zipfile

    import pyarrow.parquet as pq

    with zipfile.ZipFile(path) as z:
        return {
            name: pq.read_table(io.BytesIO(z.read(name))).to_pylist()
            if name.endswith(".parquet")
            else z.read(name)
            for name in z.namelist()
        }


def test_a_big_export_read_in_parts_gives_the_files_one_reader_gives(
    server,
    visits,  # noqa: F811
    tmp_path,
    monkeypatch,
    caplog,
):
    """A million submissions are read by two processes at once, each a range of them: the
    files are those one process writes, row for row, and the progress counts them all."""
    from central_server.merged import parts

    monkeypatch.setattr(exporting, "PART_AT_LEAST", 1)
    started = []
    start = parts._start
    monkeypatch.setattr(parts, "_start", lambda *a: started.append(len(a[1])) or start(*a))
    told: list[int] = []
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "visit")
        for fmt in ("csv", "parquet"):
            one = exporting.export(conn, src, fmt, tmp_path / f"one.{fmt}", helpers=0)
            three = exporting.export(
                conn, src, fmt, tmp_path / f"three.{fmt}", helpers=2, progress=told.append
            )
            assert one == three == {"visit": 6}
            assert _contents(tmp_path / f"one.{fmt}") == _contents(tmp_path / f"three.{fmt}")
    assert started == [3, 3] and told[-1] == 6
    assert "did not" not in caplog.text  # each helper did its part


def _fails_in_a_helper(conn, piece, index, *, progress=None):
    import multiprocessing

    if multiprocessing.parent_process() is not None:
        raise ValueError("an answer the message must not carry")
    return index, [m["_uuid"] for m, _ in exporting.submissions_of(conn, piece)]


def test_a_helper_that_fails_leaves_its_part_to_the_process_that_asked(
    server,
    visits,  # noqa: F811
    monkeypatch,
    caplog,
):
    from central_server.merged import parts

    monkeypatch.setattr(exporting, "PART_AT_LEAST", 1)
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "visit")
        pieces = exporting.split(conn, src, 2)
        done = parts.run(conn, pieces, _fails_in_a_helper)
        whole = [m["_uuid"] for m, _ in exporting.submissions_of(conn, src)]
    assert [i for i, _ in done] == [0, 1] and [u for _, part in done for u in part] == whole
    # the first part a little smaller (its process then adds the others' rows to the files)
    assert [len(part) for _, part in done] == [2, 4]
    assert "did not do its part (ValueError at" in caplog.text
    assert "answer" not in caplog.text
