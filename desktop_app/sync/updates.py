"""Updates from the server carried on a USB stick (issue 25): what a sync would bring this
computer — its site's entity lists, its user's assignments, the decisions on their
submissions — for a laptop no network reaches for weeks. The office makes the bundle for
this computer (``daftari-server bundle updates USER --out FILE``); it is sealed for it alone
(sync_protocol.bundles.seal_updates) and applied here as a pull would be: receiving it twice,
or after a sync, changes nothing. The sync cursor does not move: the next sync still brings
whatever it has."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from desktop_app.errors import ClientError
from desktop_app.session import UserSession
from sync_protocol import PullAnswer


class NotUpdates(ClientError):
    """Not an updates bundle for this computer, or damaged: nothing was applied."""

    code = "not_updates"

    def __init__(self, message: str, *, name: str, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.name, self.reason = name, reason


@dataclass
class Received:
    entities: int
    assignments: int
    returned: int
    made_at: str


def receive(user: UserSession, path: Path) -> Received:
    """Open ``path`` with this computer's key for its server and apply it."""
    from desktop_app.sync.engine import SyncReport, apply_updates
    from desktop_app.sync.enrolment import token_of
    from sync_protocol.bundles import MOST_BYTES, BadBundle, open_updates, token_hash

    token = token_of(user)  # NotEnrolled: no server, so no bundle can be this computer's
    try:
        if path.stat().st_size > MOST_BYTES:  # never read whole into memory
            raise NotUpdates(
                f"{path.name}: more than {MOST_BYTES // 2**20} MiB, more than updates ever are: "
                "nothing was applied",
                name=path.name,
                reason="unreadable",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise NotUpdates(
            f"{path}: cannot be read ({exc.strerror or exc})", name=path.name
        ) from None
    try:
        content = open_updates(data, token_hash(token))
        answer = PullAnswer.model_validate(content["pull"])
    except BadBundle as exc:
        raise NotUpdates(
            f"{path.name}: {exc}: nothing was applied",
            name=path.name,
            reason=getattr(exc, "reason", "changed"),
        ) from None
    except ValidationError:
        raise NotUpdates(
            f"{path.name}: its updates cannot be read: nothing was applied", name=path.name
        ) from None
    report = SyncReport()
    apply_updates(user, answer, report)
    user._audit(
        "bundle.updates",
        path.name,
        f"{len(answer.entities)} entities, {len(answer.assignments)} assignments",
    )
    return Received(
        len(answer.entities),
        len(answer.assignments),
        report.returned,
        str(content.get("made_at", "")),
    )
