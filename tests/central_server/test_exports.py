"""Exports of the merged dataset: what the loop test (tests/sync/test_review_loop.py) does not
reach. A table longer than an Excel sheet goes on in another sheet."""

from openpyxl import load_workbook

from central_server import accounts, exporting
from tests.central_server.test_duplicates import visits  # noqa: F401 - a fixture


def test_a_table_longer_than_a_sheet_goes_on_in_the_next(server, visits, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(exporting, "SHEET_ROWS", 4)
    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "visit")
        counts = exporting.export(conn, src, "xlsx", tmp_path / "visit.xlsx")
    assert counts == {"visit": 6}
    book = load_workbook(tmp_path / "visit.xlsx", read_only=True)
    assert book.sheetnames == ["visit", "visit (2)", "codebook"]
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
        assert sorted(z.namelist()) == ["codebook.csv", "visit-1.dta", "visit-2.dta"]
        z.extractall(tmp_path / "dta")
    frames = [pyreadstat.read_dta(str(tmp_path / "dta" / f"visit-{n}.dta")) for n in (1, 2)]
    assert [len(f) for f, _ in frames] == [4, 2]
    assert frames[0][1].column_names_to_labels["head_name"] == "Head of household"
    assert frames[0][1].column_names == frames[1][1].column_names
    with zipfile.ZipFile(tmp_path / "none.zip") as z:
        z.extract("visit.sav", tmp_path / "sav")
    empty, meta = pyreadstat.read_sav(str(tmp_path / "sav" / "visit.sav"))
    assert len(empty) == 0 and "head_name" in meta.column_names
