"""ODK Collect's side of OpenRosa, played request by request as Collect (v2024-2026) sends
them: the form list, each form and its manifest and media (each checked against the MD5 the
server gave), then ``HEAD /submission`` and the submission's POSTs — the XML and as many of
its files as fit in the length the server accepts, ``*isIncomplete*: yes`` on every POST
but the last. Credentials go only once the server has asked (a 401 with a Basic challenge),
as Collect does."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from email.utils import formatdate

import requests

LIST = "{http://openrosa.org/xforms/xformsList}"
MANIFEST = "{http://openrosa.org/xforms/xformsManifest}"


@dataclass
class ListedForm:
    form_id: str
    name: str
    version: str
    hash: str
    download_url: str
    manifest_url: str = ""


@dataclass
class Collect:
    server: str  # as typed in Collect's settings: https://host[/key/<token>]
    username: str = ""
    password: str = ""
    requests_made: list[tuple[str, str, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.http = requests.Session()
        self.challenged = False

    def _headers(self) -> dict[str, str]:
        return {
            "X-OpenRosa-Version": "1.0",
            "Date": formatdate(usegmt=True),
            "User-Agent": "org.odk.collect.android/v2026.1.0 okhttp/4.12.0",
            "Accept-Encoding": "gzip",
        }

    def _send(self, method: str, url: str, **kwargs) -> requests.Response:
        auth = (self.username, self.password) if self.challenged and self.username else None
        r = self.http.request(method, url, headers=self._headers(), auth=auth, **kwargs)
        if (
            r.status_code == 401
            and not self.challenged
            and self.username
            and "basic" in r.headers.get("WWW-Authenticate", "").lower()
        ):
            self.challenged = True
            self.requests_made.append((method, url, r.status_code))
            r = self.http.request(
                method, url, headers=self._headers(), auth=(self.username, self.password), **kwargs
            )
        self.requests_made.append((method, url, r.status_code))
        return r

    def form_list(self) -> list[ListedForm]:
        r = self._send("GET", f"{self.server}/formList")
        assert r.status_code == 200, r.text
        assert r.headers["X-OpenRosa-Version"] == "1.0"
        root = ET.fromstring(r.content)
        assert root.tag == f"{LIST}xforms"
        return [
            ListedForm(
                form_id=x.findtext(f"{LIST}formID", ""),
                name=x.findtext(f"{LIST}name", ""),
                version=x.findtext(f"{LIST}version", ""),
                hash=x.findtext(f"{LIST}hash", ""),
                download_url=x.findtext(f"{LIST}downloadUrl", ""),
                manifest_url=x.findtext(f"{LIST}manifestUrl", "") or "",
            )
            for x in root.findall(f"{LIST}xform")
        ]

    def download(self, form: ListedForm) -> tuple[bytes, dict[str, bytes]]:
        """The form's XForm and media files, each checked against its MD5 as Collect does."""
        r = self._send("GET", form.download_url)
        assert r.status_code == 200, r.text
        assert form.hash == "md5:" + hashlib.md5(r.content).hexdigest(), "the form's hash"
        media: dict[str, bytes] = {}
        if form.manifest_url:
            m = self._send("GET", form.manifest_url)
            assert m.status_code == 200 and m.headers["X-OpenRosa-Version"] == "1.0", m.text
            for f in ET.fromstring(m.content).findall(f"{MANIFEST}mediaFile"):
                got = self._send("GET", f.findtext(f"{MANIFEST}downloadUrl", ""))
                assert got.status_code == 200, got.text
                assert (
                    f.findtext(f"{MANIFEST}hash") == "md5:" + hashlib.md5(got.content).hexdigest()
                )
                media[f.findtext(f"{MANIFEST}filename", "")] = got.content
        return r.content, media

    def submit(
        self, xml: bytes, files: dict[str, bytes], *, file_name: str = "instance.xml"
    ) -> list[requests.Response]:
        """HEAD, then the POSTs; the answers of the POSTs (Collect stops at one that is not
        201 or 202)."""
        head = self._send("HEAD", f"{self.server}/submission")
        assert head.status_code == 204, head.status_code
        limit = int(head.headers.get("X-OpenRosa-Accept-Content-Length", 10_000_000))
        url = head.headers.get("Location") or f"{self.server}/submission"
        names = list(files)
        answers = []
        at = 0
        while True:
            parts = [("xml_submission_file", (file_name, xml, "text/xml"))]
            size = len(xml)
            while at < len(names):
                content = files[names[at]]
                if parts[1:] and size + len(content) > limit:
                    break  # the next file would go past what the server takes
                parts.append((names[at], (names[at], content, "image/jpeg")))
                size += len(content)
                at += 1
            last = at >= len(names)
            if not last:
                parts.append(("*isIncomplete*", (None, b"yes")))
            r = self._send("POST", url, files=parts)
            answers.append(r)
            if r.status_code not in (201, 202) or last:
                return answers
