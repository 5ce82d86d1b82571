"""Reading an XLSForm workbook as pyxform does, and the checks pyxform leaves to ODK Validate:
expression syntax, ``${name}`` references, supported functions and question types — each refusal
naming sheet, row and column. pyxform's own errors are mapped to the same shape."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from form_engine.errors import FormLoadError, XPathSyntaxError
from form_engine.xpath.functions import SUPPORTED
from form_engine.xpath.parser import FunctionCall, parse, walk

EXPRESSION_COLUMNS = (
    "relevant",
    "constraint",
    "calculation",
    "required",
    "read_only",
    "choice_filter",
    "repeat_count",
    "default",
    "trigger",
)
_COLUMN_ALIASES = {
    "relevance": "relevant",
    "bind::relevant": "relevant",
    "bind::constraint": "constraint",
    "bind::calculate": "calculation",
    "bind::required": "required",
    "bind::readonly": "read_only",
    "readonly": "read_only",
    "calculate": "calculation",
    "jr:count": "repeat_count",
    "count": "repeat_count",
    "control::jr:count": "repeat_count",
}
# Metadata types a desktop cannot fill; the form loads, the field stays empty.
IGNORED_WITH_NOTICE = {
    "simserial": "a desktop has no SIM card",
    "subscriberid": "a desktop has no SIM card",
    "phonenumber": "a desktop has no phone number",
    "start-geopoint": "a desktop records no location at start",
}
UNSUPPORTED_TYPES = {
    "osm": "OpenStreetMap questions",
    "background-audio": "background audio recording",
    "background-geopoint": "background location tracking",
    "xml-external": "external XML secondary instances loaded at run time",
}
YES_NO_WORDS = frozenset({"yes", "no", "true", "false", "true()", "false()"})
_REF = re.compile(r"\$\{([^}]+)\}")
LAST_SAVED = "last-saved#"  # ${last-saved#field}: the field's value in the last saved submission
_PYX_ROW = re.compile(r"\[row\s*:\s*(\d+)\]|row number (\d+)|on row (\d+)|row (\d+)", re.I)
_PYX_SHEET = re.compile(
    r"'(survey|choices|settings|entities|external_choices)' sheet|sheet '(\w+)'", re.I
)
_PYX_COLUMN = re.compile(r"the '([^']+)' (?:value|column)|column '([^']+)'", re.I)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def normalise_type(raw: str) -> str:
    t = " ".join(raw.split())
    for old, new in (
        ("select all that apply", "select_multiple"),
        ("select one", "select_one"),
        ("select multiple", "select_multiple"),
        ("begin group", "begin_group"),
        ("end group", "end_group"),
        ("begin repeat", "begin_repeat"),
        ("end repeat", "end_repeat"),
    ):
        if t.lower().startswith(old):
            t = new + t[len(old) :]
    return t


_TITLE_COLUMN = re.compile(r"^\s*(form_title|label)\s*::\s*(.+)$")


class Sheets:
    """The raw workbook as pyxform reads it, with row numbers and column letters kept."""

    def __init__(self, source) -> None:
        from pyxform.xls2json_backends import get_xlsform

        self.data = get_xlsform(xlsform=source)
        self.survey = list(self.data.survey or [])
        header = (self.data.survey_header or [{}])[0]
        self.survey_columns = list(header.keys())

    def for_pyxform(self) -> dict:
        """The sheets as pyxform's convert() takes them: each sheet's rows copied one level
        deep (pyxform may change a row; Daftari reads them again after), not the deep copy
        ``dataclasses.asdict`` makes of every cell — a tenth of a form's load time."""
        out = {}
        for f in dataclasses.fields(self.data):
            value = getattr(self.data, f.name)
            if isinstance(value, list):
                value = [dict(r) if isinstance(r, dict) else r for r in value]
            out[f.name] = value
        return out

    def column(self, key: str) -> str:
        try:
            return f"{key} ({_column_letter(self.survey_columns.index(key))})"
        except ValueError:
            return key

    def survey_rows(self) -> Iterable[tuple[int, dict]]:
        # pyxform keeps blank rows, so the index maps to the sheet's row (header is row 1).
        for i, row in enumerate(self.survey):
            yield i + 2, row

    def settings(self) -> dict[str, str]:
        rows = list(self.data.settings or [])
        return {k: str(v) for k, v in rows[0].items() if v is not None} if rows else {}

    def take_title_translations(self) -> dict[str, str]:
        """The form's title in its languages, from settings columns ``form_title::<language>``
        (the spelling proposed for ODK Web Forms) or ``label::<language>`` (which pyxform, and
        so KoboToolbox and ODK Central, ignore). They are taken out of the settings before
        pyxform converts the workbook: pyxform cannot put a translated title in an XForm."""
        rows = list(self.data.settings or [])
        if not rows:
            return {}
        titles = {}
        for key in list(rows[0]):
            found = _TITLE_COLUMN.match(str(key))
            if found and rows[0][key] is not None and str(rows[0][key]).strip():
                titles[found[2].strip()] = str(rows[0][key]).strip()
            if found:
                del rows[0][key]
        return titles


def path_rows(sheets: Sheets, root: str) -> dict[str, tuple[int, str]]:
    """Map each element's path to (survey row, XLSForm type) by walking begin/end rows."""
    out: dict[str, tuple[int, str]] = {}
    stack: list[str] = []
    for row_n, row in sheets.survey_rows():
        raw_type = (row.get("type") or "").strip()
        if not raw_type:
            continue
        t = normalise_type(raw_type)
        name = (row.get("name") or "").strip()
        if t.startswith(("end_group", "end_repeat")):
            if stack:
                stack.pop()
            continue
        path = "/" + "/".join([root, *stack, name])
        out[path] = (row_n, t)
        if t.startswith(("begin_group", "begin_repeat")):
            stack.append(name)
    return out


def check_expressions(sheets: Sheets, names: set[str]) -> None:
    """Parse every expression cell; refuse unknown functions and syntax errors with their cell."""
    for row_n, row in sheets.survey_rows():
        t = normalise_type(row.get("type") or "")
        base = t.split(" ")[0] if t else ""
        if base in UNSUPPORTED_TYPES:
            raise FormLoadError(
                f"the question type '{base}' ({UNSUPPORTED_TYPES[base]}) is not supported by Daftari",
                sheet="survey",
                row=row_n,
                column=sheets.column("type"),
                code="unsupported_type",
            )
        for key, raw in row.items():
            column = _COLUMN_ALIASES.get(key, key)
            if column not in EXPRESSION_COLUMNS or not raw or not isinstance(raw, str):
                continue
            text = raw.strip()
            if column == "default" and "${" not in text and "(" not in text:
                continue  # a static default, not an expression
            if column in ("required", "read_only") and text.lower() in YES_NO_WORDS:
                continue  # a plain yes/no, not an expression
            if column == "trigger":
                for ref in _REF.findall(text):
                    if ref not in names:
                        raise FormLoadError(
                            f"the trigger names '${{{ref}}}', which is not a question in this form",
                            sheet="survey",
                            row=row_n,
                            column=sheets.column(key),
                            code="unknown_reference",
                        )
                continue
            _check_expression(text, names, sheet="survey", row=row_n, column=sheets.column(key))
    settings = sheets.settings()
    if settings.get("instance_name"):
        _check_expression(
            settings["instance_name"], names, sheet="settings", row=2, column="instance_name"
        )


def _check_expression(text: str, names: set[str], *, sheet: str, row: int, column: str) -> None:
    from pyxform.parsing.sheet_headers import clean_text_values

    text = clean_text_values(text)  # Excel's “smart” quotes, as pyxform itself replaces them
    for ref in _REF.findall(text):
        if ref.removeprefix(LAST_SAVED).strip() not in names:
            raise FormLoadError(
                f"the expression refers to ${{{ref}}}, which is not a question in this form",
                sheet=sheet,
                row=row,
                column=column,
                code="unknown_reference",
            )
    # With spaces around, as pyxform writes it: "${a}-(${b})" is a minus, not a name "a-".
    resolved = _REF.sub(lambda m: f" /data/{m[1].removeprefix(LAST_SAVED).strip()} ", text)
    try:
        tree = parse(resolved)
    except XPathSyntaxError as exc:
        raise FormLoadError(
            f"the expression {text!r} cannot be read: {exc.message}",
            sheet=sheet,
            row=row,
            column=column,
            code="expression_syntax",
        ) from None
    for node in walk(tree):
        if isinstance(node, FunctionCall) and node.name not in SUPPORTED:
            raise FormLoadError(
                f"the function {node.name}() is not supported by Daftari (in {text!r})",
                sheet=sheet,
                row=row,
                column=column,
                code="unsupported_function",
            )


def from_pyxform_error(exc: Exception) -> FormLoadError:
    msg = str(exc).strip()
    row = sheet = column = None
    m = _PYX_ROW.search(msg)
    if m:
        row = int(next(g for g in m.groups() if g))
    m = _PYX_SHEET.search(msg)
    if m:
        sheet = (m[1] or m[2]).lower()
    m = _PYX_COLUMN.search(msg)
    if m:
        column = m[1] or m[2]
    if row and not sheet:
        sheet = "survey"
    clean = re.sub(r"^\[row\s*:\s*\d+\]\s*", "", msg)
    return FormLoadError(clean, sheet=sheet, row=row, column=column, code="pyxform")


def locate_quoted_value(error: FormLoadError, sheets: Sheets) -> FormLoadError:
    """pyxform names some problems without their row ("Unknown question type 'txet'"):
    find the survey cell holding the quoted value."""
    if error.row is not None:
        return error
    for quoted in re.findall(r"'([^']+)'", error.message):
        for row_n, row in sheets.survey_rows():
            for key, value in row.items():
                if isinstance(value, str) and value.strip() == quoted:
                    error.sheet, error.row, error.column = "survey", row_n, sheets.column(key)
                    return error
    return error
