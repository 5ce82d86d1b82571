"""A filling's audit log on this computer (form_engine.paradata): each event encrypted with
the user's data key and committed as it happens, beside the draft; at finalize the whole log
becomes the submission's ``audit.csv``, named by its ``meta/audit`` answer, as Collect sends
it. Recorded only for a form with an ``audit`` row, as in ODK: the form's author decides
that interviews are timed.

A problem keeping an event (a full disk) never stops the filling: the event is lost, the
answers are not."""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import TYPE_CHECKING

from desktop_app.errors import ClientError
from form_engine.paradata import Event, Recorder, write_csv

if TYPE_CHECKING:
    from desktop_app.session import UserSession
    from form_engine import FormDefinition, FormSession
    from form_engine.nodes import Node

log = logging.getLogger(__name__)
AUDIT_FILE = "audit.csv"  # the name Collect gives it, and the answer of meta/audit


def _context(uuid: str) -> str:
    return f"{uuid}/paradata"


class Paradata:
    """The audit log of one submission's filling, kept in the store."""

    def __init__(
        self, owner: UserSession, uuid: str, form: FormDefinition, session: FormSession
    ) -> None:
        assert form.audit is not None
        self.owner, self.uuid, self.form, self.session = owner, uuid, form, session
        self._shown: dict[str, Node] = {}  # node path -> the node, for its value
        self.recorder = Recorder(
            form.audit,
            now=self._now,
            keep=self._keep,
            value_of=self._value,
            user=owner.user.name,
        )

    def _now(self) -> int:
        return int(self.owner.client.clock().timestamp() * 1000)

    def _value(self, path: str) -> str:
        node = self._shown.get(path)
        return node.text if node is not None else ""

    def _keep(self, event: Event) -> None:
        blob = json.dumps(dataclasses.asdict(event), ensure_ascii=False).encode("utf-8")
        try:
            self.owner.client.store.add_paradata(
                self.uuid, self.owner.key.encrypt(blob, context=_context(self.uuid))
            )
        except (ClientError, OSError) as exc:  # the filling goes on; this event is lost
            log.warning("an audit event of %s was not kept: %s", self.uuid, type(exc).__name__)

    # -- what the screens say ------------------------------------------------------------------
    def path(self, node: Node) -> str:
        """A node's path as Collect writes it: every repeat entry numbered
        (``/data/member[1]/age``, even when there is one)."""
        parts: list[str] = []
        current: Node | None = node
        while current is not None and not current.is_document:
            el = self.session.element(current)
            repeat = el is not None and el.kind == "repeat"
            parts.append(f"{current.name}[{current.position()}]" if repeat else current.name)
            current = current.parent
        return "/" + "/".join(reversed(parts))

    def question(self, node: Node) -> None:
        """A question gets the keyboard (shown and being answered)."""
        path = self.path(node)
        self._shown[path] = node
        self.recorder.show("question", path)

    def screen(self, event: str, path: str = "") -> None:
        """Another screen: ``end screen``, ``add repeat`` (the question whether to add one,
        at the entry it would add), ``jump`` (the overview)."""
        self.recorder.show(event, path)

    def instant(self, event: str, node: Node | None = None) -> None:
        self.recorder.instant(event, self.path(node) if node is not None else "")

    def closed(self) -> None:
        """Saved and closed: what was on screen ends."""
        self.recorder.end()
        self.recorder.instant("form save")
        self.recorder.instant("form exit")

    def finalized(self) -> bytes:
        """The log as ``audit.csv``, with the finalize in it."""
        self.closed()
        self.recorder.instant("form finalize")
        return write_csv(self.events(), self.recorder.settings)

    def events(self) -> list[Event]:
        found = []
        for _, sealed in self.owner.client.store.paradata(self.uuid):
            blob = self.owner.key.decrypt(sealed, context=_context(self.uuid))
            found.append(Event(**json.loads(blob)))
        return found
