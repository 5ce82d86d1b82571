"""Issue 13, in `make test`: the desktop as an OpenRosa client against ODK Central as it was
recorded (tests/openrosa/central_double.py replays a real Central backend's answers): an app
user's address and a web user's password, the form list, a form with a media file installed
from Central's own XForm (its MD5 checked), a finalized submission with its photo sent once
even when the answer is lost on the way, an edit sent as an edit, and Central's refusals said
in its words. bench/openrosa_central.py does the same against a live Central."""

import pytest

from desktop_app.draft import audit
from desktop_app.sync import openrosa
from desktop_app.sync.transport import AuthRefused, Offline
from tests.openrosa.central_double import EMAIL, PASSWORD, TOKEN, CentralDouble


@pytest.fixture
def central():
    double = CentralDouble()
    yield double
    double.stop()


def sync(user):
    return openrosa.sync(user)


def card(user, holder: str, photo: bytes) -> str:
    draft = user.new_submission("card")
    draft.set_answer(draft.session.node("/data/holder"), holder)
    name = user.add_attachment(draft.uuid, photo, extension="jpg")
    draft.set_answer(draft.session.node("/data/front"), name)
    assert draft.finalize() == []
    return draft.uuid


def test_an_app_user_address_forms_photos_retries_and_edits(central, client, admin):
    listed = openrosa.connect(admin, f"{central.url}/v1/key/{TOKEN}/projects/1")
    assert [f.form_id for f in listed] == ["population", "card"]
    # installed as it connected (the population form is Daftari's own, there already)
    assert client.form("card").title == "Ration card photos"
    assert sync(admin).forms_installed == []
    assert ("GET", f"/v1/key/{TOKEN}/projects/1/forms/card/attachments/logo.jpg") in {
        r[:2] for r in central.requests
    }  # the manifest's file came (a label's image: kept out of the form's text files)
    assert all(r[2].get("X-OpenRosa-Version") == "1.0" for r in central.requests)

    photo = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20
    uuid = card(admin, "Achol Deng", photo)
    central.drop_next_answer = True  # Central takes it; its answer is lost
    with pytest.raises(Offline):
        sync(admin)
    assert admin.status_counts().get("finalized") == 1  # not marked sent: it goes again
    report = sync(admin)
    assert report.sent == 1 and admin.status_counts().get("finalized", 0) == 0
    assert len(central.submissions) == 1  # the same bytes again: one record
    (instance,) = central.submissions
    assert list(central.files[instance].values()) == [photo]
    methods = [m for m, p, _ in central.requests if p.endswith("/submission")]
    assert methods[:2] == ["HEAD", "POST"]  # HEAD first, as Collect

    # sent back for correction here, corrected: an edit, naming what it replaces
    at = "2026-11-30T12:00:00+00:00"
    admin.client.store.return_for_correction(uuid, at=at, audit=audit("s", "r", uuid, at))
    draft = admin.open_submission(uuid)
    draft.set_answer(draft.session.node("/data/holder"), "Achol Deng Garang")
    assert draft.finalize() == []
    assert sync(admin).sent == 1
    assert central.edits == [(next(i for i in central.submissions if i != instance), instance)]


def test_centrals_refusals_in_its_words(central, client, admin):
    openrosa.connect(admin, f"{central.url}/v1/key/{TOKEN}/projects/1")
    sync(admin)
    uuid = card(admin, "Nyabol", b"\xff\xd8\xff" + b"1" * 100)
    instance = f"uuid:{uuid}"
    central.submissions[instance] = b"<other bytes/>"  # Central holds other bytes under it
    report = sync(admin)
    assert report.conflicts == 1 and report.sent == 0
    assert admin.status_counts().get("finalized", 0) == 0  # said, not sent again and again
    with pytest.raises(AuthRefused, match="does not have rights"):
        openrosa.connect(admin, f"{central.url}/v1/key/not-the-token/projects/1")


def test_a_web_users_password_as_central_asks_for_it(central, client, admin):
    with pytest.raises(AuthRefused, match="only available over HTTPS"):
        openrosa.connect(admin, f"{central.url}/v1/projects/1", EMAIL, PASSWORD)
    # behind Central's TLS proxy, as in the field (here the proxy's header, said by hand)
    transport = openrosa.OpenRosaTransport(
        f"{central.url}/v1/projects/1", EMAIL, PASSWORD, headers={"X-Forwarded-Proto": "https"}
    )
    try:
        assert [f.form_id for f in transport.form_list()] == ["population", "card"]
        first = [r for r in central.requests if r[1].endswith("/formList")]
        assert "Authorization" not in first[-2][2] and "Authorization" in first[-1][2]
    finally:
        transport.close()
    wrong = openrosa.OpenRosaTransport(
        f"{central.url}/v1/projects/1", EMAIL, "not it", headers={"X-Forwarded-Proto": "https"}
    )
    with pytest.raises(AuthRefused):
        wrong.form_list()
    wrong.close()
