"""The gate's bounds on a JSON body, at the bound and one past it (issue 24's mutation run,
bench/mutation.py): a real batch is far inside them, and what is past them is refused before
it is parsed; and a refusal as the client reads it, however its body is sent."""

import re
import socket
import time
from dataclasses import replace

import requests

from central_server import accounts
from central_server.intake.gate import (
    MAX_DEPTH,
    MAX_NUMBER_DIGITS,
    MAX_VALUES,
    _bearer,
    json_problem,
)
from tests.central_server.conftest import LiveServer


def test_a_body_nested_as_deep_as_allowed_is_parsed_one_deeper_is_not():
    assert json_problem(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH) == ""
    deeper = b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)
    assert json_problem(deeper) == f"nested more than {MAX_DEPTH} levels deep"
    # the depth is the deepest reached, not where the body ends
    assert json_problem(b"[" + b"[]" * (MAX_DEPTH + 5) + b"]") == ""


def test_as_many_values_as_allowed_are_parsed_one_more_is_not():
    at_bound = b"[" + b"0," * (MAX_VALUES - 1) + b"0]"  # one bracket and the commas
    assert json_problem(at_bound) == ""
    past = b"[" + b"0," * MAX_VALUES + b"0]"
    assert json_problem(past) == f"more than {MAX_VALUES} values in one request"
    assert json_problem(b"{" + b'"a":0,' * MAX_VALUES + b'"b":0}').startswith("more than")


def test_a_number_as_long_as_allowed_is_parsed_one_digit_more_is_not():
    assert json_problem(b"[" + b"9" * MAX_NUMBER_DIGITS + b"]") == ""
    past = b"[" + b"9" * (MAX_NUMBER_DIGITS + 1) + b"]"
    assert json_problem(past) == f"a number of more than {MAX_NUMBER_DIGITS} digits"


def test_what_is_inside_a_string_is_text_not_structure():
    text = b'"' + b'[{,\\"' * MAX_VALUES + b"9" * (MAX_NUMBER_DIGITS + 1) + b'"'
    assert json_problem(b'{"a":' + text + b"}") == ""


def test_a_bearer_token_is_read_whatever_the_schemes_case():
    assert _bearer("Bearer abc ") == "abc"
    assert _bearer("bearer abc") == "abc"
    assert _bearer("Basic abc") == ""


def test_a_request_without_a_login_is_refused_with_a_code_the_client_reads(server):
    body = b'{"items": []}' + b" " * 600_000  # read to its end: the client reads the answer
    r = requests.post(
        f"{server.url}/api/v1/sync/push", data=body, headers={"content-type": "application/json"}
    )
    assert r.status_code == 401
    assert r.headers["content-type"] == "application/json"
    assert r.json() == {
        "daftari": "daftari-sync/1",
        "code": "unauthenticated",
        "detail": "log in first: this needs a device token",
    }


def test_a_phone_address_no_longer_valid_is_answered_as_collect_reads_it(server):
    r = requests.post(f"{server.url}/key/not-a-token/submission", data=b"x" * 1000)
    assert r.status_code == 401
    assert r.headers["content-type"] == "text/xml; charset=utf-8"
    assert r.headers["x-openrosa-version"] == "1.0"
    assert r.text.startswith("<OpenRosaResponse") and "ask for a new QR code" in r.text


def test_a_submission_without_a_password_is_challenged_for_one(server):
    r = requests.post(f"{server.url}/submission", data=b"x" * 1000)
    assert r.status_code == 401 and r.text.startswith("<OpenRosaResponse")
    assert r.headers["www-authenticate"].startswith("Basic")


MiB = 1024 * 1024


def _push_without_a_login(port: int, size: int, *, piece: int, pause: float) -> tuple[int, bytes]:
    """A push of ``size`` bytes and no token, its body sent ``piece`` bytes at a time with
    ``pause`` seconds between (a slow link): how much of the body went out before the server
    cut the connection, and the first line of its answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            b"POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {size}\r\n\r\n".encode()
        )
        sent = 0
        try:
            while sent < size:
                sock.sendall(b" " * min(piece, size - sent))
                sent += min(piece, size - sent)
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass  # cut off
        try:
            first = sock.recv(4096).split(b"\r\n")[0]
        except ConnectionResetError:
            first = b""
    return sent, first


def test_a_refused_body_sent_slowly_is_read_to_its_end_and_then_answered(server):
    """A client whose token was revoked is still sending its push when it is refused: the
    server reads the rest (up to a MiB) rather than cutting the connection under it, so the
    client reads its 401 and not a reset in the middle of its upload."""
    sent, first = _push_without_a_login(server.port, MiB, piece=8 * 1024, pause=0.005)
    assert sent == MiB
    assert b" 401 " in first


def test_a_refused_client_that_sends_on_and_on_is_cut_off_after_about_a_mib(server):
    """What is read of a refused body is bounded: 64 MiB without a login is not read to its
    end (what the server read is a MiB; the rest of what went out sat in the sockets' buffers
    until the connection was cut)."""
    sent, _ = _push_without_a_login(server.port, 64 * MiB, piece=MiB, pause=0)
    assert sent < 32 * MiB


def test_a_body_declared_too_large_and_never_sent_is_answered_when_the_idle_time_is_up(
    server_settings,
):
    """A client that declares more than the server takes and then sends nothing is answered
    413 once nothing has arrived for the idle time, and its connection closed: it holds no
    connection open for as long as it likes."""
    live = LiveServer(replace(server_settings, body_idle_seconds=1.0))
    try:
        with socket.create_connection(("127.0.0.1", live.port), timeout=10) as sock:
            sock.sendall(
                b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/json\r\nContent-Length: 1000000000000\r\n\r\n"
            )
            answer = sock.recv(4096)
            assert b" 413 " in answer.split(b"\r\n")[0]
            assert sock.recv(4096) == b""  # closed
    finally:
        live.stop()


def test_a_phone_set_up_by_qr_code_downloads_the_forms_it_lists(server):
    """Every OpenRosa address under /openrosa/ (a form, its manifest and media) is reachable
    under a phone's /key/<token>/, as /formList and /submission are."""
    with server.app.state.engine.begin() as conn:
        phone, _ = accounts.collect_token(conn, "amina", "amina's phone")
    listing = requests.get(f"{server.url}/key/{phone}/formList")
    assert listing.status_code == 200
    forms = re.findall(r"<downloadUrl>([^<]+)</downloadUrl>", listing.text)
    assert len(forms) == 2
    for url in forms:
        assert url.startswith(f"{server.url}/key/{phone}/openrosa/forms/")
        form = requests.get(url)
        assert form.status_code == 200 and "<h:html" in form.text
