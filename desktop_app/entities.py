"""This computer's entity lists (ODK Entities), for a logged-in user's site: what sync brings
from the server, what submissions finalized here change at once, and the lists a follow-up
form reads — so that a household registered in the morning is visited in the afternoon with
no connection.

Each entity's label and properties are encrypted with the data key (``entity/<uuid>``), as
answers are. Versions follow ODK Collect: a server copy comes with a new offline branch
(``__branchId``) whose trunk is its version; the first change made here starts that branch
and each further one continues it (``__version`` counts this computer's changes, which is the
``baseVersion`` of the next); an entity created here is version 1 with no trunk. A newer
server copy replaces this computer's, and brings a new branch for the next change.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import threading
import uuid as uuidlib
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

import orjson
from cryptography.exceptions import InvalidTag

from desktop_app.store import EntityEdit, EntityRecord
from form_engine import FormDefinition
from form_engine.attachments import rows_instance
from form_engine.collector import collector_resting
from form_engine.entities import EntityChange, changes
from form_engine.runtime import FormRuntime

if TYPE_CHECKING:
    from desktop_app.session import UserSession
    from sync_protocol import EntityOut

log = logging.getLogger("daftari")

# the columns every list has, before its properties (as ODK Central's entity list CSV)
SYSTEM_COLUMNS = ("name", "label", "__version", "__trunkVersion", "__branchId")
CSV_SOURCE = "jr://file-csv/"


@dataclass(frozen=True)
class Entity:
    """An entity as a follow-up reads it, decrypted."""

    uuid: str
    list_name: str
    label: str
    properties: dict[str, str]
    version: int
    trunk_version: int | None
    branch_id: str


@dataclass(frozen=True)
class EntityVersion:
    """A version of an entity as this computer held it."""

    version: int
    from_server: bool  # the server's copy; else made by a submission finalized here
    at: str  # when this computer got it (UTC)
    label: str
    properties: dict[str, str]
    changed: dict[str, tuple[str, str]]  # property -> (before, after), against the last


class EntityLists:
    """The lists of the session user's site. Made by :class:`UserSession`; holds decrypted
    lists only as the forms built from them, while the session lasts."""

    def __init__(self, user: UserSession) -> None:
        # not a strong reference: the session (and its key) goes as soon as nobody holds it
        self._session = weakref.ref(user)
        # (form_id, version) -> (the lists' generation it was built at, the form to fill)
        self._forms: dict[tuple[str, str], tuple[int, FormDefinition]] = {}
        # one build at a time: a follow-up opened while the lists are warmed waits for them
        self._building = threading.Lock()

    @property
    def _user(self) -> UserSession:
        user = self._session()
        if user is None:
            raise RuntimeError("the session of these lists has ended")
        return user

    @property
    def site(self) -> str:
        return self._user.user.site.strip().casefold()

    # -- reading -------------------------------------------------------------------------------
    def entities(self, list_name: str) -> list[Entity]:
        """A list as a follow-up offers it, decrypted."""
        return [
            Entity(
                r.uuid,
                r.list_name,
                label,
                properties,
                r.version,
                r.trunk_version,
                r.branch_id,
            )
            for r, label, properties in self._opened(list_name)
        ]

    def entity(self, list_name: str, uuid: str) -> Entity | None:
        """One entity of a list, None when this computer's list does not hold it."""
        record = self._user.store.entity_record(self.site, uuid)
        if record is None or record.list_name != list_name:
            return None
        label, properties = self._open(record)
        return Entity(
            record.uuid,
            list_name,
            label,
            properties,
            record.version,
            record.trunk_version,
            record.branch_id,
        )

    def history(self, uuid: str) -> list[EntityVersion]:
        """Each version of the entity this computer has held, oldest first, with what it
        changed: as the server sent it, or as a submission finalized here made it."""
        out: list[EntityVersion] = []
        before: dict[str, str] = {}
        for v in self._user.store.entity_history(self.site, uuid):
            try:
                label, properties = json.loads(
                    self._user.key.decrypt(v.sealed, context=_context(uuid))
                )
            except (InvalidTag, ValueError):
                continue
            changed = {
                k: (before.get(k, ""), properties.get(k, ""))
                for k in sorted(set(before) | set(properties))
                if before.get(k, "") != properties.get(k, "")
            }
            out.append(EntityVersion(v.version, v.from_server, v.at, label, properties, changed))
            before = properties
        return out

    def _opened(self, list_name: str) -> list[tuple[EntityRecord, str, dict[str, str]]]:
        """Each entity of a list with its label and properties; one that no longer decrypts
        is left out (and logged, by count)."""
        out = []
        damaged = 0
        key, loads = self._user.key, orjson.loads
        for record in self._user.store.entity_list(self.site, list_name):
            try:
                label, properties = loads(key.decrypt(record.sealed, context=_context(record.uuid)))
            except (InvalidTag, ValueError):
                damaged += 1
                continue
            out.append((record, label, properties))
        if damaged:
            log.warning("entity list %s: %d entities do not decrypt, left out", list_name, damaged)
        return out

    def rows(self, list_name: str) -> tuple[list[str], list[list[str]]]:
        """A list as the CSV a form reads for ``select_one_from_file <list>.csv`` holds it
        (its header, its rows): name, label, __version, __trunkVersion, __branchId, then
        every property any entity has."""
        found = self._opened(list_name)
        names: set[str] = set()
        for _, _, properties in found:
            names.update(properties)
        columns = sorted(names - set(SYSTEM_COLUMNS))
        rows = [
            [
                r.uuid,
                label,
                str(r.version),
                "" if r.trunk_version is None else str(r.trunk_version),
                r.branch_id or "",
                *[properties.get(c, "") for c in columns],
            ]
            for r, label, properties in found
        ]
        return [*SYSTEM_COLUMNS, *columns], rows

    def csv_text(self, list_name: str) -> str:
        """:meth:`rows` as CSV text (as a list would be attached to a form)."""
        header, rows = self.rows(list_name)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return out.getvalue()

    def form_to_fill(self, form: FormDefinition) -> FormDefinition:
        """``form`` with its entity lists filled from this computer's: the same form when it
        reads none. Built again only when a list has changed since."""
        linked = {
            iid: src
            for iid, src in form.external_instances.items()
            if iid in form.entity_lists and src.startswith(CSV_SOURCE) and src.endswith(".csv")
        }
        if not linked:
            return form
        with self._building:
            return self._filled(form, linked)

    def warm(self) -> int:
        """Build, ahead, every installed form that reads a list (its newest version), so that
        opening a follow-up finds it ready: after logging in, a sync, or a finalize that
        changed a list. Run off the GUI thread. Returns how many were (re)built."""
        user = self._user
        built = 0
        for info in user.store.forms(latest_only=True):
            form = user.client.form(info.form_id, info.version)
            if not form.entity_lists:
                continue
            before = self._forms.get((form.form_id, form.version))
            if self.form_to_fill(form) is not (before[1] if before else None):
                built += 1
        return built

    def _filled(self, form: FormDefinition, linked: dict[str, str]) -> FormDefinition:
        generation = self._user.store.entity_generation()
        key = (form.form_id, form.version)
        kept = self._forms.get(key)
        if kept is not None and kept[0] == generation:
            return kept[1]
        # hundreds of thousands of small objects, none of them cyclic garbage
        with collector_resting():
            documents, choice_lists = {}, {}
            for iid, src in linked.items():
                header, rows = self.rows(src[len(CSV_SOURCE) : -len(".csv")])
                documents[iid], choice_lists[iid] = rows_instance(header, rows)
            filled = form.model_copy(
                update={
                    # the documents themselves are given (no text written and parsed again)
                    "secondary_instances": {
                        **form.secondary_instances,
                        **dict.fromkeys(documents, "<root/>"),
                    },
                    "choice_lists": {**form.choice_lists, **choice_lists},
                }
            )
            filled._runtime = None  # its own instances: not the installed form's runtime
            filled._documents = documents
            FormRuntime.of(filled)  # built while the collector rests
        self._forms[key] = (generation, filled)
        return filled

    # -- changing ------------------------------------------------------------------------------
    def apply_pulled(self, pulled: list[EntityOut]) -> None:
        """What the server sent (its newest copy of each): a higher version than this
        computer's replaces it and brings a new branch for the next change made here; the
        same version or lower keeps this computer's. Deleted ones leave the lists."""
        if not pulled:
            return
        records = [
            EntityRecord(
                e.uuid,
                e.list_name,
                e.version,
                e.version,
                e.version,
                str(uuidlib.uuid4()),
                self._seal(e.uuid, e.label, e.data),
            )
            for e in pulled
            if not e.deleted
        ]
        deleted = [e.uuid for e in pulled if e.deleted]
        self._user.store.put_server_entities(self.site, records, deleted=deleted)

    def edit_for(self, form: FormDefinition, data: dict, uuid: str) -> EntityEdit | None:
        """What finalizing submission ``uuid`` (its JSON ``data``) changes in the lists, for
        the store to apply in the finalize's transaction; None when it changes none."""
        asked = [c for c in changes(form, data) if c.id]
        if not asked:
            return None

        def failed(exc: BaseException) -> None:
            # the kind of problem only: its message could quote a household's answers
            log.warning(
                "submission %s: its entity changes were not kept in this computer's lists "
                "(%s); the server's copy comes at the next sync",
                uuid,
                type(exc).__name__,
            )

        return EntityEdit(
            site=self.site,
            uuids=sorted({c.id for c in asked}),
            merge=lambda current: self._merge(asked, current),
            failed=failed,
        )

    def _merge(
        self, asked: list[EntityChange], current: dict[str, EntityRecord]
    ) -> list[EntityRecord]:
        """The records after ``asked``, as the server will make them: a create is version 1;
        an update takes its properties over the entity's, one version up, on its branch."""
        out: dict[str, EntityRecord] = {}
        for change in asked:
            old = out.get(change.id) or current.get(change.id)
            if old is None:
                if change.create and change.label.strip() and _is_uuid(change.id):
                    out[change.id] = EntityRecord(
                        change.id,
                        change.dataset,
                        1,
                        0,
                        None,
                        str(uuidlib.uuid4()),
                        self._seal(change.id, change.label, change.properties),
                    )
                continue  # an update of an entity this computer does not have: the server's
            label, properties = self._open(old)
            out[change.id] = old._replace(
                version=old.version + 1,
                branch_id=old.branch_id or str(uuidlib.uuid4()),
                sealed=self._seal(
                    change.id, change.label or label, {**properties, **change.properties}
                ),
            )
        return list(out.values())

    # -- sealing -------------------------------------------------------------------------------
    def _seal(self, uuid: str, label: str, properties: dict[str, str]) -> bytes:
        text = json.dumps([label, properties], ensure_ascii=False, separators=(",", ":"))
        return self._user.key.encrypt(text.encode(), context=_context(uuid))

    def _open(self, record: EntityRecord) -> tuple[str, dict[str, str]]:
        label, properties = json.loads(
            self._user.key.decrypt(record.sealed, context=_context(record.uuid))
        )
        return label, properties


def _context(uuid: str) -> str:
    """What an entity's sealed label and properties are bound to."""
    return f"entity/{uuid}"


def _is_uuid(text: str) -> bool:
    try:
        uuidlib.UUID(text)
    except ValueError:
        return False
    return True
