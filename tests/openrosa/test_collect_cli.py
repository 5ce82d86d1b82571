"""`daftari-server collect`: a phone's own address (its token in it) and Collect's settings
QR code, listed and revoked from the server's command line."""

import base64
import json
import zlib

from central_server.intake.openrosa import collect_settings
from tests.conftest import daftari_server


def test_a_phone_address_is_made_listed_and_revoked(tmp_path):
    run = daftari_server(tmp_path / "server")
    assert run("init").returncode == 0
    assert run("site", "add", "Kakuma").returncode == 0
    done = run(
        "user",
        "add",
        "baraka",
        "--role",
        "enumerator",
        "--site",
        "Kakuma",
        "--password-stdin",
        stdin="kakuma-enum-1\n",
    )
    assert done.returncode == 0, done.stderr
    done = run(
        "user", "add", "sec", "--role", "secretariat", "--password-stdin", stdin="secretariat-1\n"
    )
    assert done.returncode == 0, done.stderr

    qr = tmp_path / "phone3.png"
    done = run(
        "collect",
        "add",
        "baraka",
        "--url",
        "https://daftari.example.org/",
        "--label",
        "Phone 3",
        "--qr",
        qr,
    )
    assert done.returncode == 0, done.stderr
    device, _, url = done.stdout.strip().partition(": ")
    assert url.startswith("https://daftari.example.org/key/") and len(url.rsplit("/", 1)[1]) >= 40
    assert "give it to this phone only" in done.stderr
    assert qr.read_bytes().startswith(b"\x89PNG")
    listed = run("collect", "list").stdout
    assert "baraka\tPhone 3" in listed and "last seen never" in listed

    refused = run("collect", "add", "sec", "--url", "https://daftari.example.org")
    assert refused.returncode == 1 and "sends no submissions" in refused.stderr
    refused = run("collect", "add", "baraka", "--url", "daftari.example.org")
    assert refused.returncode == 1 and "not a server address" in refused.stderr

    number = device.split()[1]
    done = run("collect", "revoke", number)
    assert done.returncode == 0 and "revoked" in done.stdout
    assert "revoked" in run("collect", "list", "--user", "baraka").stdout


def test_the_qr_code_holds_collects_settings():
    packed = collect_settings("https://daftari.example.org/key/abc", "Daftari Kakuma")
    settings = json.loads(zlib.decompress(base64.b64decode(packed)))
    assert settings["general"]["server_url"] == "https://daftari.example.org/key/abc"
    assert settings["project"]["name"] == "Daftari Kakuma"
    assert "username" not in settings["general"] and "password" not in settings["general"]
