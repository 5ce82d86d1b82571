"""Values kept as written on the paper (sync_protocol.PaperFacts.as_written): a keyed answer
that breaks a constraint of its form, kept because the paper says so, and flagged until a
site reviewer or the Secretariat confirms that the paper's value stands (a decision's
``confirmed``, central_server.review).

A kept value counts while the answer at its path is still the value it names: a corrected
revision that changed the answer carries no flag, whatever its paper facts say. A
confirmation is of a path and a value: it still stands on a later revision whose answer
there is the same (the paper did not change), not on one with another value."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from central_server.db import decisions
from form_engine import FormDefinition
from form_engine.dependencies import DependencyGraph
from form_engine.xpath.values import number_to_string
from sync_protocol import KeptAsWritten

_STEP = re.compile(r"([^\[\]/]+)(?:\[(\d{1,6})\])?")
_INDEX = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class Confirmation:
    by: str
    at: str
    level: str


def written(paper: object) -> list[dict]:
    """The entries of a revision's stored paper facts (revisions.paper) that name a value."""
    entries = paper.get("as_written") if isinstance(paper, dict) else None
    return [
        e
        for e in entries or []
        if isinstance(e, dict)
        and isinstance(e.get("path"), str)
        and isinstance(e.get("value"), str)
    ]


def answer_text(value: object) -> str:
    """An answer of the submission's JSON as text, as form_engine reads it into the form
    (and as its Issue.value says it): 720 -> "720", several choices separated by spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_to_string(value)
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def _walk(data: dict, path: str) -> tuple[dict, str, list[tuple[str, int]]] | None:
    """Where an instance path's answer is in the submission's JSON: (the object holding it,
    its key there, the roster entries on the way as (roster, number)); None when there is
    no answer at that path."""
    steps = path.strip("/").split("/")[1:]  # past the form's root
    if not steps:
        return None
    container: Any = data
    prefix = ""
    entries: list[tuple[str, int]] = []
    for i, step in enumerate(steps):
        m = _STEP.fullmatch(step)
        if m is None or not isinstance(container, dict):
            return None
        key = prefix + m[1]
        if i == len(steps) - 1:
            return (container, key, entries) if m[2] is None and key in container else None
        value = container.get(key)
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            n = int(m[2] or 1)
            if not 1 <= n <= len(value):
                return None
            entries.append((m[1], n))
            container, prefix = value[n - 1], ""
        elif m[2] is None:
            prefix = key + "/"  # a group
        else:
            return None
    return None


def name_of(path: str, data: dict | None = None) -> str:
    """The question's name as a person reads it: "age (member 2)", not /data/… paths."""
    found = _walk(data, path) if data is not None else None
    last = _STEP.fullmatch(path.rstrip("/").rsplit("/", 1)[-1])
    name = last[1] if last else path
    if found is not None and found[2]:
        return f"{name} ({', '.join(f'{roster} {n}' for roster, n in found[2])})"
    if found is None:  # the indices as the path writes them
        indexed = [(m[1], m[2]) for m in _STEP.finditer(path) if m[2]]
        if indexed:
            return f"{name} ({', '.join(f'{roster} {n}' for roster, n in indexed)})"
    return name


def confirmations(conn: Connection, uuids: Iterable[str]) -> dict[str, dict[tuple, Confirmation]]:
    """The values kept as on paper confirmed so far, by submission: (path, value) -> who
    confirmed it first, when, at which level."""
    wanted = sorted(set(uuids))
    out: dict[str, dict[tuple, Confirmation]] = {}
    if not wanted:
        return out
    rows = conn.execute(
        select(
            decisions.c.uuid,
            decisions.c.confirmed,
            decisions.c.by,
            decisions.c.at,
            decisions.c.level,
        )
        .where(decisions.c.uuid.in_(wanted))
        .order_by(decisions.c.id)
    )
    for uuid, confirmed, by, at, level in rows:
        add_confirmed(out.setdefault(uuid, {}), confirmed, by, at, level)
    return out


def add_confirmed(
    into: dict[tuple, Confirmation], confirmed: object, by: str, at: str, level: str
) -> None:
    """Add one decision's ``confirmed`` (path -> value) to ``into``; the first act stands."""
    if isinstance(confirmed, dict):
        for path, value in confirmed.items():
            into.setdefault((path, value), Confirmation(by, at, level))


def standing(
    paper: object, data: dict, confirmed: dict[tuple, Confirmation] | None = None
) -> list[KeptAsWritten]:
    """The values of a revision kept as written on the paper: the entries of its paper facts
    whose value is still the answer at their path, each with its confirmation if any."""
    out: list[KeptAsWritten] = []
    seen: set[str] = set()
    for e in written(paper):
        found = _walk(data, e["path"])
        if found is None or e["path"] in seen:
            continue
        container, key, _ = found
        if answer_text(container[key]) != e["value"]:
            continue  # the answer changed since: the paper's value is no longer kept
        seen.add(e["path"])
        by = (confirmed or {}).get((e["path"], e["value"]))
        out.append(
            KeptAsWritten(
                path=e["path"],
                name=name_of(e["path"], data),
                value=e["value"],
                rule=str(e.get("rule") or ""),
                note=str(e.get("note") or ""),
                confirmed=by is not None,
                confirmed_by=by.by if by else "",
                confirmed_at=by.at if by else "",
                confirmed_level=by.level if by else "",
            )
        )
    return out


def described(kept: list[KeptAsWritten]) -> str:
    """The export's ``_as_written`` cell: each kept value in words a person reads."""
    said = []
    for k in kept:
        text = f"{k.name} = {k.value} kept as on paper"
        if k.rule:
            text += f" (rule: {k.rule})"
        if k.note:
            text += f"; note: {k.note}"
        if k.confirmed:
            text += f"; confirmed by {k.confirmed_by} ({k.confirmed_level}, {k.confirmed_at[:10]})"
        else:
            text += "; not confirmed yet"
        said.append(text)
    return " | ".join(said)


SHORT = "answers kept as written on the paper, breaking a rule of the form"  # ≤ 80
DESCRIPTION = (
    "answers kept as written on the paper although they break a rule of the form: the "
    "question, the value (also in its own column, as the paper says), the rule, the clerk's "
    "note, and whether a reviewer confirmed that the paper's value stands (indicators leave "
    "a value out until it is confirmed)"
)


def without_unconfirmed(form: FormDefinition | None, data: dict, kept: list[KeptAsWritten]) -> dict:
    """``data`` with each kept value not yet confirmed left empty — and what the form
    calculated from it (a count, a score, a ratio): never counted as a valid value. A copy
    when anything is left out; ``data`` itself otherwise."""
    doubtful = [k for k in kept if not k.confirmed]
    if not doubtful:
        return data
    out = _copied(data)
    for k in doubtful:
        found = _walk(out, k.path)
        if found is None:
            continue
        container, key, _ = found
        container[key] = None
        if form is not None:
            for target in _calculated_from(form, _INDEX.sub("", k.path)):
                _blank(out, k.path, target)
    return out


def _copied(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copied(v) for v in value]
    return value


_graphs: dict[tuple[str, str], DependencyGraph] = {}


def _calculated_from(form: FormDefinition, generic: str) -> list[str]:
    """The calculations that read the answer at ``generic`` (a path without indices),
    directly or through other calculations."""
    key = (form.form_id, form.version)
    graph = _graphs.get(key)
    if graph is None:
        if len(_graphs) > 64:
            _graphs.clear()
        graph = _graphs[key] = DependencyGraph(form)
    found: list[str] = []
    frontier = [generic]
    while frontier:
        for t in graph.affected(frontier.pop()):
            if t.kind == "calculate" and t.target not in found and t.target != generic:
                found.append(t.target)
                frontier.append(t.target)
    return found


def _blank(data: dict, source: str, target: str) -> None:
    """Empty the calculation ``target`` (a path without indices) where it belongs to the
    answer at ``source``: in the same roster entry when it is inside it, in every entry of
    a roster the source is not in."""
    fixed = [(m[1], int(m[2]) if m[2] else None) for m in _STEP.finditer(source.strip("/"))][1:]
    steps = target.strip("/").split("/")[1:]

    def walk(container: Any, prefix: str, i: int, same: bool) -> None:
        if not isinstance(container, dict) or i >= len(steps):
            return
        key = prefix + steps[i]
        along = same and i < len(fixed) and fixed[i][0] == steps[i]
        if i == len(steps) - 1:
            if key in container:
                container[key] = None
            return
        value = container.get(key)
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            n = (fixed[i][1] or 1) if along else None
            for j, entry in enumerate(value, 1):
                if n is None or j == n:
                    walk(entry, "", i + 1, along)
        else:
            walk(container, key + "/", i + 1, along)

    walk(data, "", 0, True)
