"""Writing XLSForm workbooks from Python lists: used to build the standard surveys in
``forms/`` and the test forms, so that both are plain .xlsx files any XLSForm tool reads."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

Row = Sequence[object] | dict[str, object]


def _rows(header: Sequence[str], rows: Sequence[Row]) -> list[list[object]]:
    out: list[list[object]] = [list(header)]
    for r in rows:
        if isinstance(r, dict):
            out.append([r.get(h) for h in header])
        else:
            out.append(list(r))
    return out


def _header(rows: Sequence[Row], preferred: Sequence[str]) -> list[str]:
    present = {k for r in rows if isinstance(r, dict) for k in r}
    keys: list[str] = [k for k in preferred if k in present]
    for r in rows:
        if isinstance(r, dict):
            for k in r:
                if k not in keys:
                    keys.append(k)
    return keys


def write_xlsform(
    path: str | Path,
    survey: Sequence[Row],
    *,
    choices: Sequence[Row] = (),
    settings: dict[str, object] | None = None,
    survey_header: Sequence[str] | None = None,
    choices_header: Sequence[str] | None = None,
    extra_sheets: dict[str, Sequence[Sequence[object]]] | None = None,
) -> Path:
    """Write an XLSForm. Rows are dicts (header built from their keys) or lists under an
    explicit header. Returns the path."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "survey"
    header: list[str] = (
        list(survey_header) if survey_header else _header(survey, ["type", "name", "label"])
    )
    for row in _rows(header, survey):
        ws.append(row)
    if choices:
        wc = wb.create_sheet("choices")
        ch = (
            list(choices_header)
            if choices_header
            else _header(choices, ["list_name", "name", "label"])
        )
        for row in _rows(ch, choices):
            wc.append(row)
    if settings:
        wset = wb.create_sheet("settings")
        wset.append(list(settings.keys()))
        wset.append(list(settings.values()))
    for name, extra_rows in (extra_sheets or {}).items():
        sheet = wb.create_sheet(name)
        for extra_row in extra_rows:
            sheet.append(list(extra_row))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
