"""Loading an XLSForm workbook: pyxform converts it, Daftari checks what pyxform leaves to ODK
Validate (see ``workbook``), reads the attached files (see ``attachments``) and says where a
problem is."""

from __future__ import annotations

import warnings
from pathlib import Path

from form_engine.attachments import choice_file_suffix, load_external_instances
from form_engine.collector import collector_resting
from form_engine.errors import FormEngineError, FormLoadError, XPathEvalError, XPathSyntaxError
from form_engine.model import FormDefinition
from form_engine.workbook import (
    IGNORED_WITH_NOTICE,
    Sheets,
    check_expressions,
    from_pyxform_error,
    locate_quoted_value,
    normalise_type,
    path_rows,
)
from form_engine.xform import read_xform
from form_engine.xpath.parser import parse


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
    # Loading builds hundreds of thousands of short-lived objects (openpyxl cells, pyxform's
    # survey, the XForm): Python's cycle collector, run on allocation counts, took a third of
    # the time. Nothing here needs it; it runs as usual once the form is loaded.
    with collector_resting():
        return _load(source, file_name, attachments, media_dirs)


def _load(
    source: str | Path | bytes,
    file_name: str | None,
    attachments: dict[str, str] | None,
    media_dirs: list[Path] | None,
) -> FormDefinition:
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
            sheets = Sheets(str(path) if path else source)
    except PyXFormError as exc:
        if "not recognized as a supported type" in str(exc) or "definition" in str(exc):
            raise FormLoadError(
                f"{display} is not a readable XLSForm: it is damaged, or not an Excel workbook (.xlsx, .xls) "
                "or CSV file",
                code="unreadable",
            ) from None
        raise from_pyxform_error(exc) from None
    except Exception as exc:  # openpyxl/xlrd/zip errors on a corrupt or foreign file
        raise FormLoadError(
            f"{display} could not be read as an XLSForm workbook ({type(exc).__name__}: {exc})",
            code="unreadable",
        ) from None
    if not sheets.survey:
        raise FormLoadError(
            "the workbook has no 'survey' sheet, or it is empty", sheet="survey", code="no_survey"
        )

    titles = sheets.take_title_translations()
    names = {str(r.get("name")).strip() for _, r in sheets.survey_rows() if r.get("name")}
    check_expressions(sheets, names)

    pyxform_warnings: list[str] = []
    try:
        # The workbook is read once: pyxform converts the sheets already read above.
        result = convert(sheets.for_pyxform(), warnings=pyxform_warnings)
    except PyXFormError as exc:
        raise locate_quoted_value(from_pyxform_error(exc), sheets) from None
    except Exception as exc:
        raise FormLoadError(
            f"pyxform could not convert {display}: {type(exc).__name__}: {exc}", code="pyxform"
        ) from None

    try:
        form = read_xform(result.xform)
    except FormEngineError:
        raise
    form.warnings = [w for w in pyxform_warnings if "max-pixels" not in w]
    form.titles = titles
    settings = sheets.settings()
    form.allow_choice_duplicates = settings.get("allow_choice_duplicates", "").lower() in (
        "yes",
        "true",
    )

    rows = path_rows(sheets, form.root_name)
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
                + choice_file_suffix(form.external_instances[el.choices.instance_id])
            )

    for row_n, row in sheets.survey_rows():
        base = normalise_type(row.get("type") or "").split(" ")[0]
        if base in IGNORED_WITH_NOTICE:
            form.notices.append(
                f"survey row {row_n}: '{row.get('name') or base}' ({base}) is left empty: {IGNORED_WITH_NOTICE[base]}"
            )
    _literal_defaults(form)
    load_external_instances(form, attachments or {}, search_dirs, rows)
    entity_rows = {
        str(row.get("list_name") or row.get("dataset") or "").strip(): (n, row)
        for n, row in enumerate(getattr(sheets.data, "entities", None) or [], 2)
    }
    _check_references_compile(form, entity_rows)
    _check_entities(form, sheets)
    from form_engine.runtime import FormRuntime

    FormRuntime.of(form)  # builds the dependency graph now: a cycle is a load error
    return form


def _literal_defaults(form: FormDefinition) -> None:
    """A default pyxform took for an expression that is none ("999-", a prefix for the
    enumerator to complete: pyxform calls anything with an operator dynamic) is the text
    itself. Collect would fail on it; the author meant the text."""
    for action in [*form.setvalues, *(a for el in form.walk() for a in el.on_change)]:
        if action.value is None:
            continue
        try:
            parse(action.value)
        except XPathSyntaxError:
            el = form.element(action.ref)
            where = f"survey row {el.row}: " if el is not None and el.row else ""
            form.notices.append(
                f"{where}the default {action.value!r} of '{action.ref.rsplit('/', 1)[-1]}' is "
                "not an expression: it is used as the text itself"
            )
            action.value = _xpath_literal(action.value)


def _xpath_literal(text: str) -> str:
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    return "concat(" + ', "\'", '.join(f"'{p}'" for p in text.split("'")) + ")"


ENTITY_COLUMNS = {"label": "label", "id": "entity_id", "create": "create_if", "update": "update_if"}


def _check_references_compile(form: FormDefinition, entity_rows: dict | None = None) -> None:
    """Compile every expression of the XForm once, so evaluation never meets a syntax error.
    ``entity_rows``: the entities sheet's rows by list name, to say where its expressions
    were written."""
    from form_engine.xpath.evaluator import compile_expression

    datasets = {e.path: e.attributes.get("dataset", "") for e in form.walk() if e.attributes}

    def entity_refused(dataset: str, column: str, expr: str, exc) -> FormLoadError:
        row, written = (entity_rows or {}).get(dataset, (None, {}))
        shown = str(written.get(column) or expr).strip()
        return FormLoadError(
            f"the {column} of list '{dataset}': {exc.message} (in {shown!r})",
            sheet="entities",
            row=row,
            column=column,
            code="expression",
        )

    for el in form.walk():
        for column, _, expr in el.expressions():
            try:
                compile_expression(expr)
            except (XPathSyntaxError, XPathEvalError) as exc:
                owner = el.path.rsplit("/", 1)[0]
                if owner in datasets:  # an entity's label, written on the entities sheet
                    raise entity_refused(datasets[owner], "label", expr, exc) from None
                raise FormLoadError(
                    f"'{el.name}': {exc.message} (in {expr.strip()!r})",
                    sheet="survey",
                    row=el.row,
                    column=column,
                    code="expression",
                ) from None
        for name, expr in el.attribute_calculates.items():  # its @id, @create, @update…
            try:
                compile_expression(expr)
            except (XPathSyntaxError, XPathEvalError) as exc:
                column = ENTITY_COLUMNS.get(name, name)
                raise entity_refused(el.attributes.get("dataset", ""), column, expr, exc) from None


def _check_entities(form: FormDefinition, sheets) -> None:
    """Every list of the entities sheet declared in the converted form (pyxform 4.5 leaves
    out, without a word, an entity whose label reads a question inside a repeat its saved
    questions are not in), and the declarations readable (form_engine.entities)."""
    from form_engine.entities import declarations, link_lists

    declared = {d.dataset for d in declarations(form)}
    link_lists(form)
    for n, row in enumerate(getattr(sheets.data, "entities", None) or [], 2):
        name = str(row.get("list_name") or row.get("dataset") or "").strip()
        if name and name not in declared:
            raise FormLoadError(
                f"the entities sheet's list '{name}' did not make it into the form: pyxform "
                "could not place it (its label or entity_id reads questions in a repeat its "
                "save_to questions are not in, or the other way round)",
                sheet="entities",
                row=n,
                column="list_name",
                code="entities_placement",
            )


def load_xform(xform: str | bytes, *, attachments: dict[str, str] | None = None) -> FormDefinition:
    """Load an XForm as an OpenRosa server (ODK Central, KoboToolbox) serves it — no workbook
    behind it — with the text files its manifest gives (CSV/XML choice lists, pulldata
    tables) by name. Checked as an XLSForm is once converted: every expression compiles and
    the dependencies have no cycle; a file it names and lacks is listed in ``missing_files``.
    Raises FormLoadError."""
    text = xform.decode("utf-8", "replace") if isinstance(xform, bytes) else xform
    with collector_resting():
        form = read_xform(text)
        for el in form.walk():
            if el.kind != "question" or el.xlsform_type:
                continue
            if el.path.endswith(("/meta/instanceID", "/meta/instanceName")):
                el.xlsform_type = "meta"
            elif el.control is None:
                el.xlsform_type = "calculate" if el.calculate else "hidden"
            elif (
                el.control == "input"
                and (el.readonly or "").replace(" ", "") == "true()"
                and el.data_type in (None, "string")
                and not el.calculate
            ):
                el.xlsform_type = "note"  # as pyxform writes a note
        _literal_defaults(form)
        load_external_instances(form, attachments or {}, [], {})
        _check_references_compile(form)
        from form_engine.entities import link_lists

        link_lists(form)  # and a spec version newer than Daftari reads is refused
        from form_engine.runtime import FormRuntime

        FormRuntime.of(form)  # a cycle is a load error, as for a workbook
    return form
