"""What a reviewer chooses between when two computers updated the same entity offline (ODK
Entities' conflicts): for each property changed since the conflict began, the value it had
then and each value proposed since, with who proposed it and when. Read from the versions
the server keeps (``GET /entities/{uuid}``); Qt-free.

The conflict began at the version the conflicting updates had read: an update applied over a
newer version than the one it read overlaps every version after the one it read, and the
overlaps chain (an update that read an even older version, among them, reaches further back).
What a version *proposed* is what it changed of the version it read, as the server takes it
(``received`` against that version's values; the label against the version before it, since
``received`` holds the properties only)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sync_protocol import EntityVersionOut

LABEL = "label"  # the label, in the server's lists of properties in conflict


@dataclass(frozen=True)
class Proposal:
    """A version that brought a value: its number, who made it, when."""

    version: int
    by: str
    at: str


@dataclass(frozen=True)
class Choice:
    """One value a property may keep. ``before``: the version the conflict began at, when
    this was the value then; ``proposals``: the versions since that brought it, oldest
    first."""

    value: str
    before: Proposal | None
    proposals: tuple[Proposal, ...]

    @property
    def newest(self) -> int:
        """The newest version that brought this value (0: none since the conflict began)."""
        return max((p.version for p in self.proposals), default=0)


@dataclass(frozen=True)
class ContestedProperty:
    """A property changed since the conflict began, and the values it may keep: the one
    before first, then as proposed, oldest first. ``hard``: two different values were
    proposed (or the server said so); ``default``: the index of the newest value's choice."""

    name: str
    choices: tuple[Choice, ...]
    hard: bool
    default: int

    @property
    def is_label(self) -> bool:
        return self.name == LABEL


@dataclass(frozen=True)
class ConflictReading:
    """An entity's conflict as a reviewer decides it: ``since`` the version it began at,
    ``versions`` the versions made since, and the properties to choose for (hard ones first,
    the label before the rest, then in the entity's order)."""

    since: int
    versions: tuple[int, ...]
    properties: tuple[ContestedProperty, ...]


def read_conflict(versions: Sequence[EntityVersionOut]) -> ConflictReading:
    """The competing values of the entity's newest conflict, from every version it has had
    (in any order). No property to choose (``properties`` empty) when no update overlapped
    another: resolving then only ends the conflict."""
    by_number = {v.version: v for v in versions}
    if not by_number:
        return ConflictReading(0, (), ())
    since = _began_at(by_number)
    start = by_number.get(since)
    if start is None:  # the version it began at is not among those given
        return ConflictReading(since, (), ())
    made = tuple(n for n in sorted(by_number) if n > since)
    before = {**start.data, LABEL: start.label}
    origin = Proposal(start.version, start.by, start.at)
    proposed: dict[str, list[tuple[str, Proposal]]] = {}
    flagged: set[str] = set()
    for number in made:
        version = by_number[number]
        flagged.update(version.conflicting or ())
        for name, value in _changed(version, by_number).items():
            proposed.setdefault(name, []).append(
                (value, Proposal(version.version, version.by, version.at))
            )
    order = [LABEL, *by_number[max(by_number)].data]
    contested = [
        _contested(name, before.get(name, ""), origin, said, name in flagged)
        for name, said in proposed.items()
    ]
    contested.sort(
        key=lambda p: (not p.hard, order.index(p.name) if p.name in order else len(order), p.name)
    )
    return ConflictReading(since, made, tuple(contested))


def chosen_values(
    properties: Sequence[ContestedProperty], picked: Mapping[str, str]
) -> tuple[dict[str, str], str | None]:
    """What a resolution sends: the value picked for each property (its default where none
    was picked), the label apart — (values, label or None when the label is not contested)."""
    values: dict[str, str] = {}
    label: str | None = None
    for p in properties:
        value = picked.get(p.name, p.choices[p.default].value)
        if p.is_label:
            label = value
        else:
            values[p.name] = value
    return values, label


def _began_at(by_number: Mapping[int, EntityVersionOut]) -> int:
    """The version the newest conflict began at: the one the newest update applied over a
    newer version had read, reaching back through the updates among those since that had
    read an older one. With no such update, the newest (nothing competes)."""
    stale = [v for v in by_number.values() if _overlaps(v)]
    if not stale:
        return max(by_number)
    newest = max(stale, key=lambda v: v.version)
    began = newest.base_version or 0
    while True:
        reaching = [
            v.base_version or 0
            for v in stale
            if began < v.version <= newest.version and (v.base_version or 0) < began
        ]
        if not reaching:
            return began
        began = min(reaching)


def _overlaps(version: EntityVersionOut) -> bool:
    """Applied over a newer version than the one its submission read."""
    return version.base_version is not None and version.base_version < version.version - 1


def _changed(
    version: EntityVersionOut, by_number: Mapping[int, EntityVersionOut]
) -> dict[str, str]:
    """What ``version`` changed of what its submission read."""
    previous = by_number.get(version.version - 1)
    read = by_number.get(version.base_version or 0, previous)
    if read is None:
        return {}
    changed = {k: v for k, v in version.received.items() if read.data.get(k, "") != v}
    if previous is not None and version.label != previous.label:
        changed[LABEL] = version.label
    return changed


def _contested(
    name: str, before: str, origin: Proposal, said: list[tuple[str, Proposal]], flagged: bool
) -> ContestedProperty:
    values = list(dict.fromkeys([before, *(value for value, _ in said)]))
    choices = [
        Choice(
            value,
            origin if value == before else None,
            tuple(p for v, p in said if v == value),
        )
        for value in values
    ]
    newest = max(range(len(choices)), key=lambda i: choices[i].newest)
    distinct = {value for value, _ in said}
    return ContestedProperty(name, tuple(choices), flagged or len(distinct) > 1, newest)
