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
