"""The typed errors of the form engine.

Every error carries a machine-readable ``code`` and, where it comes from a workbook, the place
(sheet, row, column) a form author must look at.
"""

from __future__ import annotations


class FormEngineError(Exception):
    """Base class: something about a form or a submission is wrong."""

    code = "form_engine_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class XPathSyntaxError(FormEngineError):
    """An expression could not be parsed."""

    code = "xpath_syntax"


class XPathEvalError(FormEngineError):
    """An expression could not be evaluated (unknown function, wrong argument count, …)."""

    code = "xpath_eval"


class XPathValueError(XPathEvalError):
    """An expression met a value that cannot be (``date('2024-02-30')``): the answers that fed
    it are wrong, not the form. ``key`` and ``params`` name the message shown at them."""

    code = "xpath_value"

    def __init__(self, message: str, *, key: str, **params: str) -> None:
        super().__init__(message)
        self.key = key
        self.params = params


class FormLoadError(FormEngineError):
    """A workbook was refused. ``location()`` says where: sheet, row, column."""

    code = "form_load"

    def __init__(
        self,
        message: str,
        *,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        code: str | None = None,
    ) -> None:
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__(message, code=code)

    def location(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message


class SubmissionFormatError(FormEngineError):
    """A submission's JSON or XML does not fit its form."""

    code = "submission_format"
