"""The XPath 1.0 core function library plus the ODK XForms functions.

``SUPPORTED`` is the list a form is checked against when it loads: a function missing here makes
the form fail to load with the sheet, row and column that use it. Each family of functions lives
in its own module and registers itself on import.
"""

from __future__ import annotations

from form_engine.xpath import fn_dates, fn_geo, fn_odk, fn_xpath  # noqa: F401  (they register)
from form_engine.xpath.library import compile_call, supported

SUPPORTED: frozenset[str] = supported()

__all__ = ["SUPPORTED", "compile_call"]
