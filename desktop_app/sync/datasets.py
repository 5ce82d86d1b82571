"""The merged datasets on the server, for the desktop's Secretariat view (GET/POST
/datasets/…): indicators, pages of data, duplicates and verdicts, and exports downloaded with
their progress. Online: these read the server as it is now, nothing is kept on this computer
but the export file the person saves."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from pydantic import BaseModel

from desktop_app.client import UserSession
from desktop_app.sync.enrolment import transport_for
from desktop_app.sync.transport import Offline, SyncError

DEFAULT_KEYS = {
    "household": "zone,survey/head_name:name",
    "service_access": "zone,hh_no",
    "population": "zone",
}


class Verdict(BaseModel):
    first: str
    second: str
    resolution: str
    note: str


class Asked(BaseModel):
    format: str
    site: str | None = None
    state: str = "approved"  # any: every state
    since: str | None = None
    lang: str | None = None
    attachments: bool = False


class Datasets:
    def __init__(self, user: UserSession, *, timeout: float = 300.0) -> None:
        self.transport = transport_for(user, timeout=timeout)

    def close(self) -> None:
        self.transport.close()

    def indicators(self, form_id: str, state: str = "approved") -> dict:
        return self.transport._call(
            "GET", f"/datasets/{quote(form_id)}/indicators", params={"state": state}
        )["indicators"]

    def rows(self, form_id: str, *, after: str = "", limit: int = 100, **filters) -> dict:
        params = {"after": after, "limit": limit}
        params.update({k: v for k, v in filters.items() if v})
        return self.transport._call("GET", f"/datasets/{quote(form_id)}/rows", params=params)

    def sealed(self, form_id: str, uuid: str) -> dict:
        """An ODK-encrypted submission as it came (desktop_app.sealed opens it)."""
        return self.transport._call(
            "GET", f"/datasets/{quote(form_id)}/sealed/{quote(uuid, safe='')}"
        )

    def duplicates(self, form_id: str, keys: str, *, everything: bool = False) -> list[dict]:
        return self.transport._call(
            "GET",
            f"/datasets/{quote(form_id)}/duplicates",
            params={"keys": keys, "all": str(everything).lower()},
        )["pairs"]

    def resolve(self, first: str, second: str, resolution: str, note: str = "") -> None:
        self.transport._call(
            "POST",
            "/datasets/duplicates/resolutions",
            body=Verdict(first=first, second=second, resolution=resolution, note=note),
        )

    def start_export(self, form_id: str, fmt: str, **options) -> dict:
        return self.transport._call(
            "POST", f"/datasets/{quote(form_id)}/exports", body=Asked(format=fmt, **options)
        )

    def export_status(self, job: str) -> dict:
        return self.transport._call("GET", f"/datasets/exports/{quote(job)}")

    def download(self, job: str, out: Path, progress: Callable[[int, int], None]) -> Path:
        """The export's file, written beside ``out`` and renamed when whole: a cut connection
        never leaves half a file under the real name."""
        partial = out.with_name(out.name + ".partial")
        try:
            self.transport.download(f"/datasets/exports/{quote(job)}/file", partial, progress)
            os.replace(partial, out)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return out


__all__ = ["DEFAULT_KEYS", "Datasets", "Offline", "SyncError"]
