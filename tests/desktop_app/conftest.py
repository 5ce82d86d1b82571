import pytest

from desktop_app.app import standard_forms
from desktop_app.client import Client
from desktop_app.crypto import KdfParams
from desktop_app.paths import Home
from tests.conftest import FIXED_NOW

# A cheap Argon2id cost keeps tests quick; the stored parameters make it per-user anyway.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1)


@pytest.fixture
def home(tmp_path):
    return Home.resolve(tmp_path / "home")


@pytest.fixture
def client(home):
    c = Client(home, clock=lambda: FIXED_NOW, kdf=FAST_KDF)
    c.install_forms(standard_forms())
    yield c
    c.close()


@pytest.fixture
def admin(client):
    return client.create_first_user("amina", "kakuma-2026", enumerator_id="E01", site="Kakuma")


def answer(draft, path, text):
    """Answer the question at an indexed path, as the window does."""
    draft.set_answer(draft.session.node(path), text)


@pytest.fixture
def window(qtbot, client, admin):
    """The main window on the login screen, with the administrator profile made."""
    from tests.desktop_app.test_window import open_window

    w = open_window(qtbot, client)
    yield w
    w.close()
