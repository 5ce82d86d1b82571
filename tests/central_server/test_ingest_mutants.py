"""What central_server.intake.ingest decides, as its mutation run found it unchecked (issue 24,
bench/mutation.py): what makes a pushed item unreadable and how a reason quotes an answer; what
an encrypted form's submission may hold beside its envelope; whose submission a sender may add
to; the answers and rows of a batch (an item sent again, revisions of one submission in one
batch, the files it names, its last change)."""

import base64
import hashlib
import json
import time
import uuid as uuidlib

import pytest
import requests
from sqlalchemy import select

from central_server import published_forms
from central_server.accounts import COLLECT_DEVICE, Principal
from central_server.db import submissions
from central_server.intake.ingest import _not_theirs, _shown, why_unreadable
from form_engine.authoring import write_xlsform
from sync_protocol import PushItem
from sync_protocol.odk_encryption import SEALED as SEALED_KEY
from tests.central_server.test_api import envelopes, item, push
from tests.central_server.test_sealed_paths import (  # noqa: F401 (fixtures)
    _item,
    _kept,
    _post,
    public_key,
    published_version,
    secret_form,
)

SENT = envelopes(1, seed=41)[0]


def _pushed(json_text: str) -> PushItem:
    return PushItem.model_validate({**item(SENT), "json_text": json_text})


def test_answers_with_a_key_twice_are_unreadable():
    found = why_unreadable(None, _pushed('{"name": "Amina", "name": "Baraka"}'))
    assert found == ["not JSON that can be read: a key appears twice in one object"]


def test_an_escaped_pair_of_halves_is_a_character_and_one_half_alone_is_not(server):
    engine = server.app.state.engine
    whole = json.dumps({**SENT["data"], "name": "Amina \U0001f600"}, ensure_ascii=True)
    assert "\\ud83d\\ude00" in whole
    assert why_unreadable(engine, _pushed(whole)) == []
    half = whole.replace("\\ude00", "")
    assert why_unreadable(engine, _pushed(half)) == [
        "an answer holds text that is not valid Unicode (half of a character)"
    ]


def test_a_reason_quotes_an_answer_of_up_to_80_characters_whole():
    assert _shown("x" * 78) == repr("x" * 78)  # 80 with its quotes
    assert _shown("x" * 79) == repr("x" * 79)[:77] + "..."
    assert len(_shown("y" * 500)) == 80


# --- an encrypted form's envelope (sealing_refusal, beside_the_envelope): issue 24's run s7 ---
# test_sealed_paths.py's items are refused by two checks each (a clear answer breaks both), so
# a change to one of them went unseen: these send what only one of them refuses, or what both
# must let through (an encrypted photo, an edit, an envelope as another ODK client writes it),
# and name which refusal the sender reads.

SEALING = (
    "this form version is encrypted (a public_key in its settings): its submissions "
    "are taken sealed only (as ODK Collect and Daftari seal them), so that this server "
    "never holds their answers; nothing of this one was kept"
)
BESIDE = (
    "this form version is encrypted: a submission of it is its envelope alone (a "
    "UUID, the encrypted files it names, an RSA-sealed key), so that nothing beside it "
    "can carry an answer; nothing of this one was kept"
)
NOT_ENCRYPTED = (
    "this form version is not encrypted (no public_key in its settings): "
    "send its submissions in clear"
)
RSA_KEY = base64.b64encode(bytes(range(256))).decode()  # an RSA-2048 value's size


def _envelope_item(
    envelope: dict, *, uuid: str | None = None, revision: int = 1, **ids: str
) -> dict:
    """An item of the encrypted form 'protection' whose JSON is ``ids`` (meta/instanceID
    defaulting to the uuid's) and ``envelope``; ``revision`` > 1 edits revision 1."""
    uuid = uuid or str(uuidlib.uuid4())
    data = {"meta/instanceID": f"uuid:{uuid}", **ids, SEALED_KEY: envelope}
    text = json.dumps(data, separators=(",", ":"))
    return {
        "uuid": uuid,
        "form_id": "protection",
        "form_version": "1",
        "revision": revision,
        "parent_revision": revision - 1 or None,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }


def _sent(server, login, items: list[dict]) -> list[dict]:
    r = _post(server, login("amina"), "sync/push", {"items": items})
    assert r.status_code == 200, r.text
    return r.json()["results"]


def _clear_kept(server) -> list[str]:
    return _kept(server, "CLEAR")


ENVELOPE_OK = {"key": RSA_KEY, "xml": "submission.xml.enc", "media": [], "signature": ""}


@pytest.mark.usefixtures("secret_form")
def test_a_sealed_submission_with_an_encrypted_photo_is_stored(server, login):
    photo = hashlib.sha256(b"an encrypted photo").hexdigest()
    item = {
        **_envelope_item({**ENVELOPE_OK, "media": ["1712.jpg.enc"]}),
        "attachments": [photo],
        "attachment_names": {"1712.jpg.enc": photo},
    }
    [answer] = _sent(server, login, [item])
    assert (answer["status"], answer["reasons"]) == ("stored", [])
    assert answer["missing_attachments"] == [photo]  # its file is asked for


@pytest.mark.usefixtures("secret_form")
def test_an_envelope_without_media_or_signature_is_stored(server, login):
    """An envelope as a client that writes no empty fields sends it: both are optional."""
    [answer] = _sent(server, login, [_envelope_item({"key": RSA_KEY, "xml": "submission.xml.enc"})])
    assert (answer["status"], answer["reasons"]) == ("stored", [])


@pytest.mark.usefixtures("secret_form")
def test_an_edit_of_a_sealed_submission_is_stored(server, login):
    """Revision 2 names the instance it replaces (meta/deprecatedID): all three keys."""
    first = _envelope_item(ENVELOPE_OK)
    edit = _envelope_item(
        ENVELOPE_OK,
        uuid=first["uuid"],
        revision=2,
        **{
            "meta/instanceID": f"uuid:{uuidlib.uuid4()}",
            "meta/deprecatedID": f"uuid:{first['uuid']}",
        },
    )
    assert [a["status"] for a in _sent(server, login, [first])] == ["stored"]
    [answer] = _sent(server, login, [edit])
    assert (answer["status"], answer["reasons"]) == ("stored", [])


@pytest.mark.usefixtures("secret_form")
def test_free_text_as_an_encrypted_files_name_is_refused(server, login):
    for name in ("CLEAR Halima Abdi age 34.enc", "CLEAR_Halima_age_34.jpg"):
        [answer] = _sent(server, login, [_envelope_item({**ENVELOPE_OK, "media": [name]})])
        assert (answer["status"], answer["reasons"]) == ("rejected", [SEALING]), name
    assert _clear_kept(server) == []


@pytest.mark.usefixtures("secret_form")
def test_free_text_in_the_ids_beside_the_envelope_is_refused(server, login):
    # the id it edits, in the letters an instanceID may hold: not a UUID
    words = _envelope_item(ENVELOPE_OK, **{"meta/deprecatedID": "uuid:CLEAR.Halima.age.34"})
    # five letters where "uuid:" belongs, a UUID after them
    prefix = _envelope_item(ENVELOPE_OK, **{"meta/deprecatedID": f"CLEAR{uuidlib.uuid4()}"})
    answers = _sent(server, login, [words, prefix])
    assert [(a["status"], a["reasons"]) for a in answers] == [
        ("rejected", [BESIDE]),
        ("rejected", [SEALING]),
    ]
    # an edit's own instanceID (revision 1's is its uuid's; an edit's is new)
    first = _envelope_item(ENVELOPE_OK)
    edit = _envelope_item(
        ENVELOPE_OK,
        uuid=first["uuid"],
        revision=2,
        **{
            "meta/instanceID": "uuid:CLEAR.Halima.Abdi.34",
            "meta/deprecatedID": f"uuid:{first['uuid']}",
        },
    )
    assert [a["status"] for a in _sent(server, login, [first])] == ["stored"]
    [answer] = _sent(server, login, [edit])
    assert (answer["status"], answer["reasons"]) == ("rejected", [BESIDE])
    assert _clear_kept(server) == []


@pytest.mark.usefixtures("secret_form")
def test_an_envelope_that_is_not_whole_is_refused_by_the_sealing_in_its_words(server, login):
    """What the envelope itself cannot hold is said as the sealing says it; what is beside
    it, as the envelope's neighbour check says it."""
    uuid = str(uuidlib.uuid4())
    twice = (
        f'{{"meta/instanceID":"uuid:{uuid}","meta/instanceID":"uuid:{uuid}",'
        f'"{SEALED_KEY}":{json.dumps(ENVELOPE_OK)}}}'
    )
    twice_item = {
        **_envelope_item(ENVELOPE_OK, uuid=uuid),
        "json_text": twice,
        "sha256": hashlib.sha256(twice.encode()).hexdigest(),
    }
    signed = _envelope_item({**ENVELOPE_OK, "signature": "CLEAR Halima Abdi, 34, Koboko"})
    paper = {**_envelope_item(ENVELOPE_OK), "paper": {"number": "7"}}
    answers = _sent(server, login, [twice_item, signed, paper])
    assert [(a["status"], a["reasons"]) for a in answers] == [
        ("rejected", [SEALING]),
        ("rejected", [SEALING]),
        ("rejected", [BESIDE]),
    ]
    assert _clear_kept(server) == []


def test_an_envelope_for_a_plain_form_is_refused_in_its_words(server, login):
    text = json.dumps({SEALED_KEY: ENVELOPE_OK})
    item = {
        "uuid": str(uuidlib.uuid4()),
        "form_id": "population",
        "form_version": published_version(server, "population"),
        "revision": 1,
        "json_text": text,
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
    }
    [answer] = _sent(server, login, [item])
    assert (answer["status"], answer["reasons"]) == ("rejected", [NOT_ENCRYPTED])


# --- what is refused before anything is stored, and whose a submission is (s7) ---


def test_json_nested_too_deep_is_unreadable_in_those_words():
    deep = "[" * 100_000 + "]" * 100_000
    assert why_unreadable(None, _pushed(deep)) == ["not JSON that can be read: nested too deep"]


def test_a_first_revision_names_its_own_instance_and_an_edit_a_new_one(server):
    engine = server.app.state.engine
    other = "uuid:00000000-0000-4000-8000-000000000000"
    first = json.dumps({**SENT["data"], "meta/instanceID": other})
    assert why_unreadable(engine, _pushed(first)) == [
        f"meta/instanceID {other} does not match uuid {SENT['uuid']}"
    ]
    edit = PushItem.model_validate({**item(SENT, revision=2, parent=1), "json_text": first})
    assert why_unreadable(engine, edit) == []  # an edit's instanceID is a new one


def _who(name: str, role: str, site_id: int, kind: str = "") -> Principal:
    return Principal(1, name, role, site_id, f"site {site_id}", 1, kind)


def test_who_may_add_a_revision_to_a_stored_submission():
    owner = (1, "amina", "population")
    refused = (
        "this submission's id belongs to a submission this account cannot change; it was not stored"
    )
    assert _not_theirs(_who("amina", "enumerator", 1), owner) == ""
    assert _not_theirs(_who("amina", "enumerator", 1, COLLECT_DEVICE), owner) == ""
    # another enumerator of the same site: refused
    assert _not_theirs(_who("zawadi", "enumerator", 1), owner) == refused
    # a supervisor or clerk of the site corrects it from a computer ...
    assert _not_theirs(_who("super_k", "supervisor", 1), owner) == ""
    assert _not_theirs(_who("clerk_k", "clerk", 1), owner) == ""
    # ... but not with a phone's key (a leaked phone rewrites nothing of the site's)
    assert _not_theirs(_who("super_k", "supervisor", 1, COLLECT_DEVICE), owner) == refused
    # nobody of another site, whatever their role
    assert _not_theirs(_who("super_a", "supervisor", 2), owner) == refused
    assert _not_theirs(_who("amina", "enumerator", 2), owner) == refused


# --- a batch's answers and rows (make_plan, existing): s7 ---


def _exchange(server, token: str, items: list[dict]) -> list[dict]:
    r = requests.post(
        f"{server.url}/api/v1/sync/exchange",
        json={"items": items, "cursor": 0},
        headers={"authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text
    return r.json()["results"]


def _said(results: list[dict]) -> list[tuple[str, list[str]]]:
    return [(r["status"], r["reasons"]) for r in results]


def _invalid(e: dict) -> dict:
    return {**e["data"], "dwellings/n_dwellings": -5}


def test_sending_again_gets_the_first_answer_again(server, login):
    """The answer was lost, the item is sent again: rejected and conflicting items are
    answered as they were the first time (with their reasons), never "duplicate"."""
    token = login("amina")
    [e] = envelopes(1, seed=71)
    bad = item(e, data=_invalid(e))
    [first] = _exchange(server, token, [bad])
    assert first["status"] == "rejected" and any("n_dwellings" in r for r in first["reasons"])
    assert _said(_exchange(server, token, [bad])) == _said([first])  # another request
    # in one batch: the second answered from the first, not yet committed
    [f] = envelopes(1, seed=72)
    bad = item(f, data=_invalid(f))
    twice = _exchange(server, token, [bad, bad])
    assert twice[0]["status"] == "rejected" and _said(twice[1:]) == _said(twice[:1])
    # a conflict sent again
    [g] = envelopes(1, seed=73)
    assert _said(push(server, token, [item(g)]).json()["results"]) == [("stored", [])]
    other = item(g, data={**g["data"], "comments": "other bytes"})
    [conflict] = push(server, token, [other]).json()["results"]
    assert conflict["status"] == "conflict"
    assert _said(push(server, token, [other]).json()["results"]) == _said([conflict])


def test_revisions_of_one_submission_in_one_batch_are_decided_as_if_sent_apart(server, login):
    token = login("amina")
    [a, b, c] = envelopes(3, seed=74)
    once = item(a)
    assert _said(push(server, token, [once, once]).json()["results"]) == [
        ("stored", []),
        ("duplicate", []),
    ]
    other = item(b, data={**b["data"], "comments": "other bytes"})
    assert _said(push(server, token, [item(b), other]).json()["results"]) == [
        ("stored", []),
        (
            "conflict",
            [
                "revision 1 was already received with other content; "
                "these bytes are kept as revision 2"
            ],
        ),
    ]
    r2 = item(c, revision=2, parent=1, data={**c["data"], "comments": "recounted"})
    r3 = item(c, revision=3, parent=1, data={**c["data"], "comments": "recounted again"})
    assert _said(push(server, token, [item(c), r2, r3]).json()["results"]) == [
        ("stored", []),
        ("stored", []),
        ("conflict", ["revision 2 was also made from revision 1: a clerk decides"]),
    ]


def test_a_rejected_revision_is_no_sibling_and_a_rejection_stays_one(server, login):
    token = login("amina")
    [e] = envelopes(1, seed=75)
    assert _said(_exchange(server, token, [item(e)])) == [("stored", [])]
    wrong = item(e, revision=2, parent=1, data=_invalid(e))
    assert _exchange(server, token, [wrong])[0]["status"] == "rejected"
    # its correction, made from revision 1 too: stored, no conflict with the rejected one
    fixed = item(e, revision=3, parent=1, data={**e["data"], "comments": "corrected"})
    assert _said(_exchange(server, token, [fixed])) == [("stored", [])]
    # a revision that breaks the form, beside a stored sibling: rejected, with why
    again = item(e, revision=4, parent=1, data={**_invalid(e), "comments": "other bytes"})
    [answer] = _exchange(server, token, [again])
    assert answer["status"] == "rejected" and any("n_dwellings" in r for r in answer["reasons"])


def test_bytes_that_do_not_match_their_hash_are_refused_in_those_words(server, login):
    [e] = envelopes(1, seed=76)
    damaged = {**item(e), "sha256": "0" * 64}
    assert _said(push(server, login("amina"), [damaged]).json()["results"]) == [
        ("rejected", ["the submission's bytes do not match their SHA-256 (damaged on the way)"])
    ]


def test_the_files_a_submission_names_are_kept_with_it(server, login):
    """A Daftari client names a photo by its hash in the answer: the revision keeps the list,
    which the submission's page reads its files from (and the janitor keeps them by)."""
    token = login("amina")
    [e] = envelopes(1, seed=77)
    photo = hashlib.sha256(b"a photo").hexdigest()
    data = {**e["data"], "comments": f"{photo}.jpg"}
    sent = {**item(e, data=data), "attachments": [photo]}
    [answer] = push(server, token, [sent]).json()["results"]
    assert answer["status"] == "stored" and answer["missing_attachments"] == [photo]
    read = requests.get(
        f"{server.url}/api/v1/submissions/{e['uuid']}",
        headers={"authorization": f"Bearer {login('clerk_k')}"},
    ).json()
    assert read["attachments"] == {f"{photo}.jpg": photo}
    # a duplicate's answer changes nothing and asks for nothing
    assert push(server, token, [sent]).json()["results"][0]["missing_attachments"] == []


def test_a_new_revision_is_the_submissions_last_change(server, login):
    token = login("amina")
    [e] = envelopes(1, seed=78)
    assert push(server, token, [item(e)]).json()["results"][0]["status"] == "stored"
    time.sleep(0.01)
    edit = item(e, revision=2, parent=1, data={**e["data"], "comments": "recounted"})
    assert push(server, token, [edit]).json()["results"][0]["status"] == "stored"
    with server.app.state.engine.connect() as c:
        created, updated = c.execute(
            select(submissions.c.created_at, submissions.c.updated_at).where(
                submissions.c.uuid == e["uuid"]
            )
        ).one()
    assert updated > created


@pytest.mark.usefixtures("secret_form")
def test_clear_answers_of_an_encrypted_form_beside_unknown_versions_are_not_kept(server, login):
    """Which versions are encrypted is asked per (form, version) of the batch, in no set
    order: one that is not published is skipped, never the end of the asking (30 of them, so
    that the encrypted one is almost never asked first)."""
    unknown = [
        {**_envelope_item(ENVELOPE_OK), "form_id": "population", "form_version": f"no-{n}"}
        for n in range(30)
    ]
    clear = _item({"name": "CLEAR Halima", "age": 34})
    answers = _sent(server, login, [*unknown, clear])
    assert {a["status"] for a in answers} == {"rejected"}
    assert answers[-1]["reasons"] == [SEALING]
    assert _clear_kept(server) == []


def test_a_reason_is_said_in_the_forms_default_language(server, login, tmp_path):
    path = tmp_path / "langues.xlsx"
    write_xlsform(
        path,
        [
            {
                "type": "integer",
                "name": "age",
                "label::English (en)": "Age",
                "label::Français (fr)": "Âge",
                "constraint": ". >= 0",
                "constraint_message::English (en)": "an age is never negative",
                "constraint_message::Français (fr)": "un âge n'est jamais négatif",
            }
        ],
        settings={"form_id": "langues", "version": "1", "default_language": "Français (fr)"},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    sent = {**_item({"age": -3}), "form_id": "langues"}
    text = json.dumps({"age": -3, "meta/instanceID": f"uuid:{sent['uuid']}"})
    sent.update(json_text=text, sha256=hashlib.sha256(text.encode()).hexdigest())
    [answer] = _exchange(server, login("amina"), [sent])
    assert _said([answer]) == [
        ("rejected", ["/data/age: un âge n'est jamais négatif (value '-3')"])
    ]
