"""Shared machines and lost laptops: answers are encrypted at rest; any enrolled user can
unlock them; a wrong password cannot; an administrator can reset a forgotten password."""

import pytest

from desktop_app.errors import ClientError, NotAllowed, UnknownUser, WrongPassword
from tests.desktop_app.conftest import answer

DISTINCTIVE = "Zawadi Nyaboke Wanjiru-Okello"
PHOTO = b"\x89PNG distinctive photo bytes of a respondent's ration card 4411-9932"


def every_byte(root):
    for path in root.rglob("*"):
        if path.is_file():
            yield path, path.read_bytes()


def test_a_distinctive_answer_appears_in_no_byte_of_the_data_directory(client, admin, home):
    draft = admin.new_submission("household")
    answer(draft, "/data/identification/consent", "yes")
    answer(draft, "/data/survey/hh_size", "1")
    answer(draft, "/data/survey/member[1]/name", DISTINCTIVE)
    name = admin.add_attachment(draft.uuid, PHOTO, extension="png")
    client.store.backup_if_due(client.clock())
    # the answer is really stored: the enumerator gets it back after logging in again
    again = client.login("amina", "kakuma-2026")
    assert again.submission_data(draft.uuid)["survey/member"][0]["name"] == DISTINCTIVE
    assert again.attachment(draft.uuid, name) == PHOTO
    needles = [DISTINCTIVE.encode(), DISTINCTIVE.encode("utf-16-le"), b"Nyaboke", PHOTO[5:30]]
    seen = 0
    for path, content in every_byte(home.root):
        seen += 1
        for needle in needles:
            assert needle not in content, f"{needle!r} readable in {path}"
    assert seen >= 4  # database, WAL, a backup, the attachment


def test_any_enrolled_user_can_unlock_but_a_wrong_password_cannot(client, admin):
    admin.add_user("baraka", "koboko-1234", site="Koboko")
    draft = admin.new_submission("population")
    other = client.login("baraka", "koboko-1234")
    assert other.submission_data(draft.uuid)["meta/instanceID"] == f"uuid:{draft.uuid}"
    with pytest.raises(WrongPassword, match="baraka"):
        client.login("baraka", "koboko-9999")
    with pytest.raises(UnknownUser):
        client.login("nobody", "whatever1")
    failed = [e for e in client.store.audit_events() if e.action == "user.login_failed"]
    assert [e.user for e in failed] == ["baraka"]


def test_an_administrator_resets_a_forgotten_password(client, admin):
    admin.add_user("baraka", "koboko-1234")
    admin.reset_password("baraka", "new-pass-77")
    with pytest.raises(WrongPassword):
        client.login("baraka", "koboko-1234")
    assert client.login("baraka", "new-pass-77").user.name == "baraka"


def test_only_an_administrator_adds_users_or_resets_others(client, admin):
    admin.add_user("baraka", "koboko-1234")
    baraka = client.login("baraka", "koboko-1234")
    with pytest.raises(NotAllowed):
        baraka.add_user("chol", "juba-12345")
    with pytest.raises(NotAllowed):
        baraka.reset_password("amina", "taken-over")
    baraka.reset_password("baraka", "my-own-new-1")  # one's own is allowed
    with pytest.raises(NotAllowed):
        client.create_first_user("mallory", "second-admin")


def test_short_passwords_are_refused(client):
    with pytest.raises(ClientError, match="at least 6"):
        client.create_first_user("amina", "123")
    assert not client.has_users()
