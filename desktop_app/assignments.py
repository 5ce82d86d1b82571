"""A user's assignments on this computer (issue 25): the follow-ups and registrations a
supervisor gave them, as the last sync brought them, with what is done and left — counted
from the server's figure and from what was finalized here since, so a visit made offline
shows as done at once.

The title, zone and preloaded answers are encrypted with the data key
(``assignment/<id>``): they name the household."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag

from desktop_app.errors import ClientError
from desktop_app.store import AssignmentRecord

if TYPE_CHECKING:
    from desktop_app.session import UserSession
    from sync_protocol import AssignmentOut


class EntityGone(ClientError):
    """A follow-up of an entity no longer in this computer's list (closed, or moved to
    another site)."""

    code = "entity_gone"

    def __init__(self, message: str, *, name: str, list_name: str) -> None:
        super().__init__(message)
        self.name, self.list_name = name, list_name


@dataclass(frozen=True)
class Assignment:
    id: int
    form_id: str
    title: str
    zone: str
    preload: dict[str, str]
    entity: str | None  # the entity to follow up; None: new registrations
    list_name: str | None
    quantity: int
    done: int  # the server's count, or what was finalized here if more
    drafts: list[str] = field(default_factory=list)  # begun for it, not finalized (newest first)
    enumerator: str = ""

    @property
    def left(self) -> int:
        return max(self.quantity - self.done, 0)


def of(user: UserSession) -> list[Assignment]:
    """The session user's assignments, those with work left first, then in the order given.
    One whose sealed part no longer opens is left out."""
    out = _opened(user, user.store.assignments_of(account_of(user)))
    out.sort(key=lambda a: (a.left == 0, a.id))
    return out


def opened(user: UserSession, ids: list[int]) -> list[Assignment]:
    """These assignments (anyone's, of those this computer holds: a clerk keys the paper of
    an enumerator's), decrypted."""
    records = [r for i in ids if (r := user.store.assignment(i)) is not None]
    return _opened(user, records)


def everyone(user: UserSession) -> list[Assignment]:
    """Every assignment this computer holds (a supervisor's: the site's), in order given."""
    return _opened(user, user.store.all_assignments())


def _opened(user: UserSession, records: list[AssignmentRecord]) -> list[Assignment]:
    here = user.store.work_for_assignments([r.id for r in records])
    out = []
    for r in records:
        try:
            title, zone, preload = json.loads(user.key.decrypt(r.sealed, context=_context(r.id)))
        except (InvalidTag, ValueError):
            continue
        finalized, drafts = here[r.id]
        out.append(
            Assignment(
                r.id,
                r.form_id,
                title,
                zone,
                preload,
                r.entity,
                r.list_name,
                r.quantity,
                max(r.done, finalized),
                drafts,
                r.enumerator,
            )
        )
    return out


def apply_pulled(user: UserSession, pulled: list[AssignmentOut]) -> None:
    """What a pull brought: this computer keeps each, sealed; reassigned or cancelled ones
    leave it (the drafts and submissions made for them stay)."""
    if not pulled:
        return
    kept = [
        (
            AssignmentRecord(
                a.id,
                a.form_id,
                a.enumerator,
                a.entity,
                a.list_name,
                a.quantity,
                a.done,
                user.key.encrypt(
                    json.dumps([a.title, a.zone, a.payload], ensure_ascii=False).encode(),
                    context=_context(a.id),
                ),
            ),
            a.revision,
        )
        for a in pulled
        if not a.removed
    ]
    user.store.put_assignments(
        kept, removed=[(a.id, a.revision) for a in pulled if a.removed], user=account_of(user)
    )


def account_of(user: UserSession) -> str:
    """The server account this local user works as (the name assignments are given to):
    the one it connected with, else its own name."""
    from desktop_app.sync.enrolment import server_of

    found = server_of(user)
    return str(found.get("username") or user.user.name) if found else user.user.name


def _context(assignment_id: int) -> str:
    return f"assignment/{assignment_id}"
