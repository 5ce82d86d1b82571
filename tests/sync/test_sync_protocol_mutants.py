"""What the wire format promises at its edges (issue 24's mutation run, bench/mutation.py):
a bundle's bounds, at the bound and one past it (made small here; the comparisons are the
ones a real bundle meets), a role named in a sentence, a sealed submission's refusal."""

import base64
import json
import os
import xml.etree.ElementTree as ET
import zlib

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync_protocol import a_role, bundles
from sync_protocol.bundles import MAGIC, VERSION, BadBundle, key_id, seal, token_hash
from sync_protocol.odk_encryption import NotOpened, opened, public_key, read_envelope, sealed

HASHED = token_hash("a device's token")


def item(n: int, answers: str = "{}") -> dict:
    return {"uuid": f"{n:036d}", "form_id": "population", "revision": 1, "json_text": answers}


def sealed_body(body: bytes) -> bytes:
    """Any content sealed as a device seals it (seal() refuses what opened() must refuse)."""
    header = MAGIC + bytes([VERSION]) + key_id(HASHED)
    nonce = os.urandom(12)
    return header + nonce + AESGCM(bundles._key(HASHED)).encrypt(nonce, zlib.compress(body), header)


def open_it(data: bytes) -> dict:
    return bundles.opened(data, lambda found: HASHED if found == key_id(HASHED) else None)[1]


def test_a_bundle_opens_to_what_was_sealed():
    content = open_it(seal(HASHED, [item(1), item(2)], {"ab": b"photo"}))
    assert [i["uuid"] for i in content["items"]] == [f"{1:036d}", f"{2:036d}"]
    assert content["files"] == {"ab": "cGhvdG8="}


def test_as_many_submissions_as_a_bundle_carries_and_no_more(monkeypatch):
    monkeypatch.setattr(bundles, "MOST_ITEMS", 3)
    assert len(open_it(seal(HASHED, [item(n) for n in range(3)], {}))["items"]) == 3
    with pytest.raises(BadBundle, match="at most 3"):
        seal(HASHED, [item(n) for n in range(4)], {})
    four = json.dumps({"items": [item(n) for n in range(4)]}).encode()
    with pytest.raises(BadBundle, match="more than 3 submissions"):
        open_it(sealed_body(four))


def test_answers_up_to_the_bound_are_carried(monkeypatch):
    answers = json.dumps({"name": "x" * 80})
    monkeypatch.setattr(bundles, "MOST_ITEM_BYTES", 2 * len(answers))
    assert seal(HASHED, [item(1, answers), item(2, answers)], {}).startswith(MAGIC)
    with pytest.raises(BadBundle, match="export them in several bundles"):
        seal(HASHED, [item(n, answers) for n in range(3)], {})


def test_answers_are_counted_inside_the_items_only(monkeypatch):
    """A file (depth 2) is not answers; what lies inside an item (depth 3 on) is."""
    body = json.dumps({"items": [item(1, "y" * 200)], "files": {"ab": "z" * 1000}}).encode()
    inside = sum(len(json.dumps(v)) for v in item(1, "y" * 200).values() if isinstance(v, str))
    inside += sum(len(json.dumps(k)) for k in item(1))
    monkeypatch.setattr(bundles, "MOST_ITEM_BYTES", inside)
    assert bundles._shape_problem(body) == ""
    monkeypatch.setattr(bundles, "MOST_ITEM_BYTES", inside - 1)
    assert "MiB of answers" in bundles._shape_problem(body)


def test_nesting_up_to_the_bound_is_read(monkeypatch):
    monkeypatch.setattr(bundles, "MOST_DEPTH", 5)
    deep = b'{"items":[{"a":[[1]]}]}'  # five levels
    assert bundles._shape_problem(deep) == ""
    assert "nested too deep" in bundles._shape_problem(b'{"items":[{"a":[[[1]]]}]}')


def test_values_up_to_the_bound_are_read(monkeypatch):
    body = b'{"items":[{"a":1,"b":2}]}'  # three brackets or braces and a comma
    monkeypatch.setattr(bundles, "MOST_VALUES", 4)
    assert bundles._shape_problem(body) == ""
    monkeypatch.setattr(bundles, "MOST_VALUES", 3)
    assert "more than 3 values" in bundles._shape_problem(body)


def test_what_unpacks_to_the_bound_is_read_and_a_byte_more_is_not(monkeypatch):
    body = json.dumps({"items": [item(1)]}).encode()
    monkeypatch.setattr(bundles, "MOST_INFLATED", len(body))
    assert open_it(sealed_body(body))["items"] == [item(1)]
    monkeypatch.setattr(bundles, "MOST_INFLATED", len(body) - 1)
    with pytest.raises(BadBundle, match="once unpacked"):
        open_it(sealed_body(body))


def test_a_bundle_of_the_largest_size_is_read(monkeypatch):
    data = seal(HASHED, [item(1)], {})
    monkeypatch.setattr(bundles, "MOST_BYTES", len(data))
    assert bundles.header_problem(data) == ""
    assert open_it(data)["items"] == [item(1)]
    monkeypatch.setattr(bundles, "MOST_BYTES", len(data) - 1)
    assert "is not read" in bundles.header_problem(data)
    with pytest.raises(BadBundle, match="would be more than"):
        seal(HASHED, [item(1)], {})


def test_the_shortest_bundle_is_a_header_a_nonce_and_a_tag():
    shortest = MAGIC + bytes([VERSION]) + bytes(16 + 12 + 16)
    assert bundles.header_problem(shortest) == ""
    assert "cut short" in bundles.header_problem(shortest[:-1])
    assert "version 2" in bundles.header_problem(MAGIC + bytes([2]) + bytes(44))


def test_content_that_is_not_a_submissions_list_is_refused():
    for body in (b"[]", b'{"items":{}}', b'{"files":{}}'):
        with pytest.raises(BadBundle, match="no submissions list"):
            open_it(sealed_body(body))
    with pytest.raises(BadBundle, match="cannot be read"):
        open_it(sealed_body(b'{"items":[}'))


def test_a_bundle_too_many_for_one_says_how_many_one_carries():
    with pytest.raises(BadBundle, match=r"at most 5000, 64 MiB of answers"):
        seal(HASHED, [item(n) for n in range(5001)], {})


@pytest.mark.parametrize(
    ("role", "named"),
    [("admin", "an admin"), ("enumerator", "an enumerator"), ("Admin", "an Admin")]
    + [("clerk", "a clerk"), ("supervisor", "a supervisor")],
)
def test_a_role_is_named_with_its_article(role, named):
    assert a_role(role) == named


def test_a_submission_sealed_for_another_key_says_so():
    form_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = base64.b64encode(
        form_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).decode()
    xml = b"<data id='f'><meta><instanceID>uuid:1</instanceID></meta></data>"
    envelope, files = sealed(public, "f", "1", "uuid:1", xml, {})
    kept = read_envelope(ET.fromstring(envelope))
    assert opened(form_key, kept, files)[0] == xml
    with pytest.raises(NotOpened, match="this private key does not open this submission"):
        opened(other, kept, files)


def test_a_forms_public_key_is_read_as_pem_too():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    pem = key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    assert public_key(pem).public_numbers() == key.public_numbers()
