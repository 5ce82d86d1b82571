"""Daftari's form engine: XLSForm loading, the form model, expressions, validation and the
submission formats. No Qt, no SQL, no HTTP: the desktop client and the server both use it."""

from form_engine.errors import (
    FormEngineError,
    FormLoadError,
    SubmissionFormatError,
    XPathEvalError,
    XPathSyntaxError,
)
from form_engine.model import Element, FormDefinition
from form_engine.session import FormSession
from form_engine.submission import json_to_xml, xml_to_json
from form_engine.validation import (
    Issue,
    ValidationResult,
    check_answer,
    check_session,
    validate_submission,
)
from form_engine.xlsform import load_xform, load_xlsform

__all__ = [
    "Element",
    "FormDefinition",
    "FormEngineError",
    "FormLoadError",
    "FormSession",
    "Issue",
    "SubmissionFormatError",
    "ValidationResult",
    "XPathEvalError",
    "XPathSyntaxError",
    "check_answer",
    "check_session",
    "json_to_xml",
    "load_xform",
    "load_xlsform",
    "validate_submission",
    "xml_to_json",
]
