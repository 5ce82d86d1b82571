"""ODK Central as recorded: an HTTP server on 127.0.0.1 that answers each OpenRosa request
with the response a real ODK Central backend (v2026.2.2) gave to that request, word for word
(tests/openrosa/fixtures/central: recorded by bench/central_backend.sh's Central). Which
recording answers a submission follows what Central did with it: a new instanceID (201), the
same bytes again (201), other bytes under a known instanceID (409), an edit of the newest
version (201) or of a replaced one (409). Basic sign-in as Central does it: no challenge on
401, refused over plain http unless a proxy says ``X-Forwarded-Proto: https``. It keeps what
it took, for the tests to look at."""

from __future__ import annotations

import base64
import json
import re
import threading
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

RECORDED = Path(__file__).parent / "fixtures" / "central"
TOKEN = "CENTRALappUSERtokenRECORDED0000000000000000000000000000000000"
EMAIL, PASSWORD = "admin@daftari.test", "daftari-central-2026"


def recording(prefix: str) -> dict:
    (found,) = RECORDED.glob(f"{prefix}_*.json")
    return json.loads(found.read_text())


class CentralDouble:
    def __init__(self) -> None:
        self.submissions: dict[str, bytes] = {}  # instanceID -> the XML taken
        self.replaced: set[str] = set()  # instanceIDs an edit replaced
        self.edits: list[tuple[str, str]] = []  # (new instanceID, the one it replaced)
        self.files: dict[str, dict[str, bytes]] = {}  # instanceID -> attachments
        self.requests: list[tuple[str, str, dict]] = []
        self.drop_next_answer = False  # the answer to the next POST is lost on the way
        double = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                double.answer(self)

            def do_HEAD(self) -> None:  # noqa: N802
                double.answer(self)

            def do_POST(self) -> None:  # noqa: N802
                double.answer(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- answering ---------------------------------------------------------------------------
    def _send(self, handler, recorded: dict, *, body_only=False) -> None:
        response = recorded["response"]
        body = response["body"]
        if isinstance(body, dict):
            data = base64.b64decode(body["base64"])
        else:
            data = (
                (body or "")
                .replace("{token}", TOKEN)
                .replace("http://127.0.0.1:8383", self.url)
                .encode()
            )
        handler.send_response(response["status"])
        for key, value in response["headers"].items():
            if key.lower() not in ("content-length", "etag", "transfer-encoding"):
                handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(data)

    def answer(self, handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        path = handler.path.split("?")[0]
        self.requests.append((handler.command, path, dict(handler.headers)))
        basic = not path.startswith("/v1/key/")
        if basic:
            authorization = handler.headers.get("Authorization", "")
            expected = "Basic " + base64.b64encode(f"{EMAIL}:{PASSWORD}".encode()).decode()
            if not authorization:
                return self._send(handler, recording("33"))  # 401, no challenge
            if handler.headers.get("X-Forwarded-Proto") != "https":
                return self._send(handler, recording("35"))  # Basic over https only
            if authorization != expected:
                return self._send(handler, recording("36"))
            rest = path.removeprefix("/v1/projects/1")
        else:
            token, _, rest = path.removeprefix("/v1/key/").partition("/projects/1")
            if token != TOKEN:
                return self._send(handler, recording("32"))  # 403
        kind = "basic" if basic else "key"
        if handler.headers.get("X-OpenRosa-Version") != "1.0" and rest in (
            "/formList",
            "/submission",
        ):
            return self._send(handler, recording("30"))
        if rest == "/formList":
            return self._send(handler, recording("37" if basic else "11"))
        if rest == "/forms/population.xml":
            return self._send(handler, recording("39" if basic else "13"))
        if rest == "/forms/card.xml":
            return self._send(handler, recording("40" if basic else "14"))
        if rest == "/forms/card/manifest":
            return self._send(handler, recording("41" if basic else "15"))
        if rest == "/forms/card/attachments/logo.jpg":
            return self._send(handler, recording("42" if basic else "16"))
        if rest == "/submission" and handler.command == "HEAD":
            return self._send(handler, recording("43" if basic else "17"))
        if rest == "/submission" and handler.command == "POST":
            return self._submission(handler, body, kind)
        handler.send_response(404)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def _submission(self, handler, body: bytes, kind: str) -> None:
        first, repeat, other, edit, stale = (
            ("44", "45", "46", "47", "49") if kind == "basic" else ("18", "19", "20", "21", "23")
        )
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + handler.headers["Content-Type"].encode() + b"\r\n\r\n" + body
        )
        parts = {
            (
                p.get_param("filename", header="content-disposition")
                or p.get_param("name", header="content-disposition")
            ): p.get_payload(decode=True)
            for p in message.iter_parts()
        }
        xml = parts.pop("submission.xml", None) or parts.pop("xml_submission_file", b"")
        parts.pop("*isIncomplete*", None)
        instance = _tag(xml, "instanceID")
        deprecated = _tag(xml, "deprecatedID")
        if instance in self.submissions:
            answer = repeat if self.submissions[instance] == xml else other
        elif deprecated and deprecated in self.replaced:
            answer = stale
        else:
            answer = edit if deprecated else first
            self.submissions[instance] = xml
            if deprecated:
                self.replaced.add(deprecated)
                self.edits.append((instance, deprecated))
        if answer in (first, repeat, edit):
            self.files.setdefault(instance, {}).update(parts)
        if self.drop_next_answer:
            self.drop_next_answer = False
            handler.close_connection = True
            handler.connection.shutdown(2)  # taken, but the answer never arrives
            return
        self._send(handler, recording(answer))


def _tag(xml: bytes, name: str) -> str:
    found = re.search(rb"<(?:\w+:)?" + name.encode() + rb">([^<]*)<", xml)
    return found.group(1).decode() if found else ""
