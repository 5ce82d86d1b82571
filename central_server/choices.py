"""The words the server's commands and services accept, in a module that imports nothing, so
that ``daftari-server --help`` lists them without loading the server."""

from __future__ import annotations

# a submission's review states, in the order a submission passes through them
STATES = ("received", "corrected", "returned", "site_approved", "approved")
# export formats (central_server.merged.exporting)
FORMATS = ("csv", "xlsx", "parquet", "dta", "sav")
# duplicate verdicts (central_server.merged.duplicates)
RESOLUTIONS = ("keep_both", "same_household", "keep_first", "keep_second", "undone")
# accounts' roles: the same as sync_protocol.ROLES (tests/central_server/test_cli_start.py
# holds them equal; sync_protocol's import builds every wire model, which --help never needs)
ROLES = ("enumerator", "clerk", "supervisor", "secretariat", "admin")
