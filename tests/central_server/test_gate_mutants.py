"""The gate's bounds on a JSON body, at the bound and one past it (issue 24's mutation run,
bench/mutation.py): a real batch is far inside them, and what is past them is refused before
it is parsed; and a refusal as the client reads it."""

import requests

from central_server.intake.gate import (
    MAX_DEPTH,
    MAX_NUMBER_DIGITS,
    MAX_VALUES,
    _bearer,
    json_problem,
)


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
