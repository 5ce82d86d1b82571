"""Loading an XLSForm workbook: pyxform converts it, Daftari checks what pyxform leaves to ODK
Validate (expression syntax, supported functions, attached files) and says where a problem is."""

from __future__ import annotations

import csv
import dataclasses
import io
import logging
import re
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from form_engine.errors import FormEngineError, FormLoadError, XPathEvalError, XPathSyntaxError
from form_engine.model import NO_LANGUAGE, Choice, FormDefinition
from form_engine.xform import read_xform
from form_engine.xpath.functions import SUPPORTED
from form_engine.xpath.parser import FunctionCall, parse, walk

# Columns of the survey sheet that hold expressions, as XLSForm authors name them.
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
    "audit": "audit logs are not recorded on the desktop",
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
_REF = re.compile(r"\$\{([^}]+)\}")
LAST_SAVED = "last-saved#"  # ${last-saved#field}: the field's value in the last saved submission
_PYX_ROW = re.compile(r"\[row\s*:\s*(\d+)\]|row number (\d+)|on row (\d+)|row (\d+)", re.I)
_PYX_SHEET = re.compile(
    r"'(survey|choices|settings|entities|external_choices)' sheet|sheet '(\w+)'", re.I
)
_PYX_COLUMN = re.compile(r"the '([^']+)' (?:value|column)|column '([^']+)'", re.I)

log = logging.getLogger(__name__)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _normalise_type(raw: str) -> str:
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


class _Sheets:
    """The raw workbook as pyxform reads it, with row numbers and column letters kept."""

    def __init__(self, source) -> None:
        from pyxform.xls2json_backends import get_xlsform

        self.data = get_xlsform(xlsform=source)
        self.survey = list(self.data.survey or [])
        header = (self.data.survey_header or [{}])[0]
        self.survey_columns = list(header.keys())

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


def _path_rows(sheets: _Sheets, root: str) -> dict[str, tuple[int, str]]:
    """Map each element's path to (survey row, XLSForm type) by walking begin/end rows."""
    out: dict[str, tuple[int, str]] = {}
    stack: list[str] = []
    for row_n, row in sheets.survey_rows():
        raw_type = (row.get("type") or "").strip()
        if not raw_type:
            continue
        t = _normalise_type(raw_type)
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


def _expression_problems(sheets: _Sheets, names: set[str]) -> None:
    """Parse every expression cell; refuse unknown functions and syntax errors with their cell."""
    for row_n, row in sheets.survey_rows():
        t = _normalise_type(row.get("type") or "")
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
            if column == "required" and text.lower() in (
                "yes",
                "no",
                "true",
                "false",
                "true()",
                "false()",
            ):
                continue
            if column == "read_only" and text.lower() in (
                "yes",
                "no",
                "true",
                "false",
                "true()",
                "false()",
            ):
                continue
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
    resolved = _REF.sub(lambda m: f"/data/{m[1].removeprefix(LAST_SAVED).strip()}", text)
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


def _pyxform_error(exc: Exception) -> FormLoadError:
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


def _locate(error: FormLoadError, sheets: _Sheets) -> FormLoadError:
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


def _csv_instance(text: str, name: str) -> tuple[str, list[Choice]]:
    """A CSV attachment as an instance document root/item[column...], plus its choices."""
    from xml.sax.saxutils import escape

    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise FormLoadError(
            f"the attached file '{name}' is empty or has no header row", code="bad_attachment"
        )
    parts = ["<root>"]
    choices: list[Choice] = []
    tag_ok = re.compile(r"^[A-Za-z_][\w.\-]*$")
    for row in reader:
        parts.append("<item>")
        for key, value in row.items():
            if key is None or not tag_ok.match(key.split("::")[0]):
                continue
            tag = (
                key.split("::")[0]
                if "::" not in key
                else key.replace("::", "_").replace(" ", "_").replace("(", "").replace(")", "")
            )
            parts.append(f"<{tag}>{escape(value or '')}</{tag}>")
        parts.append("</item>")
        label = {}
        for key, value in row.items():
            if key == "label":
                label[NO_LANGUAGE] = [value or ""]
            elif key and key.startswith("label::"):
                label[key.split("::", 1)[1]] = [value or ""]
        choices.append(Choice(value=row.get("name") or "", label=label))
    parts.append("</root>")
    return "".join(parts), choices


def _find_attachment(name: str, search_dirs: list[Path]) -> Path | None:
    for d in search_dirs:
        candidate = d / name
        if candidate.is_file():
            return candidate
    return None


def load_xlsform(
    source: str | Path | bytes,
    *,
    file_name: str | None = None,
    attachments: dict[str, str] | None = None,
    media_dirs: list[Path] | None = None,
) -> FormDefinition:
    """Load an XLSForm (.xlsx, .xls or .csv) into the form model.

    ``attachments`` gives CSV/XML files by name (select_one_from_file, pulldata); otherwise they
    are looked for beside the workbook and in its ``<name>-media`` folder, as ODK tools do.
    Raises FormLoadError naming the sheet, row and column of the first problem.
    """
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    path = Path(source) if isinstance(source, str | Path) else None
    display = file_name or (path.name if path else "form")
    if path is not None and not path.is_file():
        raise FormLoadError(f"no such file: {path}", code="not_found")
    search_dirs: list[Path] = list(media_dirs or [])
    if path is not None:
        search_dirs += [path.parent / f"{path.stem}-media", path.parent]

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on headers and extensions it skips
            sheets = _Sheets(str(path) if path else source)
    except PyXFormError as exc:
        if "not recognized as a supported type" in str(exc) or "definition" in str(exc):
            raise FormLoadError(
                f"{display} is not a readable XLSForm: it is damaged, or not an Excel workbook (.xlsx, .xls) "
                "or CSV file",
                code="unreadable",
            ) from None
        raise _pyxform_error(exc) from None
    except Exception as exc:  # openpyxl/xlrd/zip errors on a corrupt or foreign file
        raise FormLoadError(
            f"{display} could not be read as an XLSForm workbook ({type(exc).__name__}: {exc})",
            code="unreadable",
        ) from None
    if not sheets.survey:
        raise FormLoadError(
            "the workbook has no 'survey' sheet, or it is empty", sheet="survey", code="no_survey"
        )

    names = {str(r.get("name")).strip() for _, r in sheets.survey_rows() if r.get("name")}
    _expression_problems(sheets, names)

    pyxform_warnings: list[str] = []
    try:
        # The workbook is read once: pyxform converts the sheets already read above.
        result = convert(dataclasses.asdict(sheets.data), warnings=pyxform_warnings)
    except PyXFormError as exc:
        raise _locate(_pyxform_error(exc), sheets) from None
    except Exception as exc:
        raise FormLoadError(
            f"pyxform could not convert {display}: {type(exc).__name__}: {exc}", code="pyxform"
        ) from None

    try:
        form = read_xform(result.xform)
    except FormEngineError:
        raise
    form.warnings = [w for w in pyxform_warnings if "max-pixels" not in w]
    settings = sheets.settings()
    form.allow_choice_duplicates = settings.get("allow_choice_duplicates", "").lower() in (
        "yes",
        "true",
    )

    rows = _path_rows(sheets, form.root_name)
    for el in form.walk():
        info = rows.get(el.path)
        if info:
            el.row, el.xlsform_type = info
        elif el.path.endswith("/meta/instanceID") or el.path.endswith("/meta/instanceName"):
            el.xlsform_type = "meta"
        elif el.path.endswith("_other") and el.kind == "question":
            el.xlsform_type = "text"
        else:
            el.xlsform_type = el.xlsform_type or ("group" if el.kind == "group" else "")
        base = el.xlsform_type.split(" ")[0]
        if (
            base in ("select_one", "select_multiple", "rank")
            and el.choices
            and el.choices.instance_id in form.external_instances
        ):
            el.xlsform_type = (
                base
                + "_from_file "
                + el.choices.instance_id
                + _ext(form.external_instances[el.choices.instance_id])
            )

    for row_n, row in sheets.survey_rows():
        base = _normalise_type(row.get("type") or "").split(" ")[0]
        if base in IGNORED_WITH_NOTICE:
            form.notices.append(
                f"survey row {row_n}: '{row.get('name') or base}' ({base}) is left empty: {IGNORED_WITH_NOTICE[base]}"
            )
    _load_external_instances(form, attachments or {}, search_dirs, rows)
    _check_references_compile(form)
    from form_engine.runtime import FormRuntime

    FormRuntime.of(form)  # builds the dependency graph now: a cycle is a load error
    return form


def _ext(src: str) -> str:
    return ".csv" if "file-csv" in src else ".xml" if src.endswith(".xml") else ""


def _load_external_instances(
    form: FormDefinition,
    attachments: dict[str, str],
    search_dirs: list[Path],
    rows: dict[str, tuple[int, str]],
) -> None:
    for iid, src in form.external_instances.items():
        if src == "jr://instance/last-saved":
            # Until the desktop supplies the last saved submission, it is the blank form.
            form.secondary_instances[iid] = _blank_instance(form.instance_xml)
            continue
        file_name = src.rsplit("/", 1)[-1]
        users = [el for el in form.walk() if el.choices and el.choices.instance_id == iid]
        where: dict[str, Any] = {
            "sheet": "survey",
            "row": users[0].row if users else None,
            "column": "type" if users else None,
        }
        text = attachments.get(file_name)
        if text is None:
            found = _find_attachment(file_name, search_dirs)
            if found is not None:
                try:
                    text = found.read_text(encoding="utf-8-sig")
                except UnicodeDecodeError:
                    raise FormLoadError(
                        f"the attached file '{file_name}' is not UTF-8 text (save it as CSV UTF-8)",
                        code="bad_attachment",
                        **where,
                    ) from None
        if text is None:
            raise FormLoadError(
                f"the form needs the file '{file_name}', which is not beside the workbook "
                f"(put it next to the .xlsx or in the '-media' folder)",
                code="missing_attachment",
                **where,
            )
        form.attachments[file_name] = text
        if file_name.lower().endswith(".csv"):
            xml, choices = _csv_instance(text, file_name)
            form.secondary_instances[iid] = xml
            form.choice_lists[iid] = choices
        elif file_name.lower().endswith(".xml"):
            from xml.etree import ElementTree as ET

            try:
                ET.fromstring(text)
            except ET.ParseError as exc:
                raise FormLoadError(
                    f"the attached file '{file_name}' is not well-formed XML: {exc}",
                    code="bad_attachment",
                    **where,
                ) from None
            form.secondary_instances[iid] = text
        else:
            raise FormLoadError(
                f"choices from '{file_name}' are not supported: Daftari reads CSV and XML choice files",
                code="unsupported_attachment",
                **where,
            )


def _blank_instance(instance_xml: str) -> str:
    from xml.etree import ElementTree as ET

    root = ET.fromstring(instance_xml)
    for parent in list(root.iter()):
        for child in list(parent):
            if any(k.endswith("template") for k in child.attrib):
                parent.remove(child)
    return ET.tostring(root, encoding="unicode")


def _check_references_compile(form: FormDefinition) -> None:
    """Compile every expression of the XForm once, so evaluation never meets a syntax error."""
    from form_engine.xpath.evaluator import compile_expression

    for el in form.walk():
        for column, _, expr in el.expressions():
            try:
                compile_expression(expr)
            except (XPathSyntaxError, XPathEvalError) as exc:
                raise FormLoadError(
                    f"'{el.name}': {exc.message}",
                    sheet="survey",
                    row=el.row,
                    column=column,
                    code="expression",
                ) from None
