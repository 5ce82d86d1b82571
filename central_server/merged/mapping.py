"""Renamed and recoded fields between form versions, as a data manager writes them: a small
CSV, one change a row, checked against the published versions with a message per row.

    version,field,new_field,old_code,new_code
    2026110101,hh_size_total,survey/hh_size,,
    2026110101,survey/wash/water_source,,tap,piped
    2026110101,city,,koboko_town,koboko

A row with ``new_field`` renames ``field`` (as that version names it) to ``new_field`` (as the
newest version names it); a row with codes recodes the field's answer ``old_code`` to
``new_code`` (in a select_multiple, each choice). Fields are written as answers are keyed,
repeats without numbers (``survey/member/age``). Applied to every submission of that version
before it joins the merged dataset; the codebook says which rows were applied.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from central_server.errors import Refusal
from form_engine import FormDefinition

COLUMNS = ("version", "field", "new_field", "old_code", "new_code")


class BadMapping(Refusal):
    status, code = 422, "bad_mapping"


@dataclass
class VersionMap:
    renames: dict[str, str] = field(default_factory=dict)  # old path -> new path
    recodes: dict[str, dict[str, str]] = field(default_factory=dict)  # path -> old -> new


@dataclass
class Mapping:
    versions: dict[str, VersionMap] = field(default_factory=dict)

    def renamed(self, version: str, path: str) -> str:
        vm = self.versions.get(version)
        return vm.renames.get(path, path) if vm else path

    def apply(self, version: str, data: dict) -> dict:
        """A submission's answers as the newest version names and codes them."""
        vm = self.versions.get(version)
        if vm is None:
            return data
        return _apply(vm, data, "")


def _apply(vm: VersionMap, data: dict, prefix: str) -> dict:
    out: dict = {}
    for key, value in data.items():
        path = prefix + key
        if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            new = vm.renames.get(path, path)
            out[new[len(prefix) :] if new.startswith(prefix) else new] = [
                _apply(vm, entry, path + "/") for entry in value
            ]
            continue
        codes = vm.recodes.get(path)
        if codes:
            if isinstance(value, list):
                value = [codes.get(str(v), v) for v in value]
            elif value is not None:
                value = codes.get(str(value), value)
        new = vm.renames.get(path, path)
        out[new[len(prefix) :] if new.startswith(prefix) else new] = value
    return out


def read(text: str, versions: list[FormDefinition]) -> Mapping:
    """Check every row against the published versions (newest first); refuse with each
    row's problem."""
    by_version = {f.version: f for f in versions}
    newest = _fields(versions[0])
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    missing = [c for c in ("version", "field") if c not in (rows[0].keys() if rows else COLUMNS)]
    if not rows or missing:
        raise BadMapping(f"the mapping needs the columns {', '.join(COLUMNS)} (and a row)")
    problems: list[str] = []
    mapping = Mapping()
    for n, row in enumerate(rows, 2):
        version = (row.get("version") or "").strip()
        path = (row.get("field") or "").strip().strip("/")
        new_field = (row.get("new_field") or "").strip().strip("/")
        old_code = (row.get("old_code") or "").strip()
        new_code = (row.get("new_code") or "").strip()
        form = by_version.get(version)
        if form is None:
            problems.append(f"row {n}: version {version!r} is not published")
            continue
        fields = _fields(form)
        if path not in fields:
            problems.append(f"row {n}: version {version} has no field {path!r}")
            continue
        vm = mapping.versions.setdefault(version, VersionMap())
        if new_field:
            if new_field not in newest:
                problems.append(f"row {n}: the newest version has no field {new_field!r}")
                continue
            vm.renames[path] = new_field
        if old_code or new_code:
            if not (old_code and new_code):
                problems.append(f"row {n}: a recoding needs both old_code and new_code")
                continue
            choices = fields[path]
            if choices is not None and old_code not in choices:
                problems.append(f"row {n}: {old_code!r} is not a choice of {path} in {version}")
                continue
            target = newest.get(new_field or path)
            if target is not None and new_code not in target:
                problems.append(f"row {n}: {new_code!r} is not a choice of {new_field or path}")
                continue
            vm.recodes.setdefault(path, {})[old_code] = new_code
        if not new_field and not (old_code or new_code):
            problems.append(f"row {n}: say a new_field, or an old_code and a new_code")
    if problems:
        raise BadMapping("the mapping has problems: " + "; ".join(problems[:20]))
    return mapping


def _fields(form: FormDefinition) -> dict[str, set[str] | None]:
    """Every answer's path in a version, with its choices (None: not a choice question)."""
    root = f"/{form.root_name}/"
    out: dict[str, set[str] | None] = {}
    for el in form.walk():
        if el.kind != "question":
            continue
        choices = None
        if el.choices is not None:
            pool = el.choices.inline or form.choice_lists.get(el.choices.instance_id or "", [])
            choices = {c.value for c in pool} or None
        out[el.path.removeprefix(root)] = choices
    return out
