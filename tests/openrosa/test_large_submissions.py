"""Issue 21: a submission as large as ODK Central takes (a video from Collect) arrives whole
in one POST, and the server holds only a few chunks of it in memory at a time (written to its
data folder as it arrives, stored a chunk at a time); past the limit, a clear 413 that Collect
reads. On SQLite and PostgreSQL."""

import hashlib
import tracemalloc
import uuid as uuidlib
import xml.etree.ElementTree as ET
import zipfile

import requests

from central_server import accounts, published_forms
from central_server.merged import exporting
from form_engine import load_xlsform
from form_engine.authoring import write_xlsform
from form_engine.submission import json_to_xml
from tests.central_server.conftest import PASSWORDS

BLOCK = hashlib.sha256(b"video").digest() * 2048  # 64 KiB that do not compress


def _video_form(server, tmp_path):
    path = write_xlsform(
        tmp_path / "visit_video.xlsx",
        [
            {"type": "text", "name": "place", "label": "Place"},
            {"type": "video", "name": "clip", "label": "A short video of the water point"},
        ],
        settings={"form_id": "visit_video", "version": "1"},
    )
    with server.app.state.engine.begin() as conn:
        published_forms.publish(conn, path)
    return load_xlsform(path)


def _streamed(xml: bytes, name: str, blocks: int, boundary: str):
    """A multipart body made as it is sent (the test's own memory stays small too)."""
    yield (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="xml_submission_file"; '
            'filename="submission.xml"\r\nContent-Type: text/xml\r\n\r\n'
        ).encode()
        + xml
        + b"\r\n"
    )
    yield (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{name}"'
        "\r\nContent-Type: video/mp4\r\n\r\n"
    ).encode()
    for _ in range(blocks):
        yield BLOCK
    yield f"\r\n--{boundary}--\r\n".encode()


def _post(server, xml: bytes, blocks: int) -> requests.Response:
    boundary = uuidlib.uuid4().hex
    return requests.post(
        f"{server.url}/submission",
        data=_streamed(xml, "clip.mp4", blocks, boundary),
        auth=("amina", PASSWORDS["amina"]),
        headers={
            "content-type": f"multipart/form-data; boundary={boundary}",
            "X-OpenRosa-Version": "1.0",
        },
    )


def test_a_video_arrives_whole_in_bounded_memory(server, tmp_path):
    form = _video_form(server, tmp_path)
    head = requests.head(f"{server.url}/submission", auth=("amina", PASSWORDS["amina"]))
    assert head.headers["X-OpenRosa-Accept-Content-Length"] == str(100 * 1024 * 1024)
    instance = str(uuidlib.uuid4())
    xml = json_to_xml(
        form, {"place": "Kakuma 3", "clip": "clip.mp4", "meta/instanceID": f"uuid:{instance}"}
    ).encode()
    blocks = 40 * 16  # 40 MiB
    tracemalloc.start()
    try:
        r = _post(server, xml, blocks)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.status_code == 201, r.text
    assert peak < 24 * 1024 * 1024, f"{peak // 2**20} MiB held at once for a 40 MiB video"
    assert not list((server.app.state.settings.data_dir / "incoming").iterdir())  # spool gone

    with server.app.state.engine.connect() as conn:
        src = exporting.source(conn, accounts.principal_of(conn, "secretariat"), "visit_video")
        exporting.export(conn, src, "csv", tmp_path / "out.zip", attachments=True)
    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        [video] = [n for n in z.namelist() if n.endswith("clip.mp4")]
        digest = hashlib.sha256()
        with z.open(video) as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    assert digest.hexdigest() == hashlib.sha256(BLOCK * blocks).hexdigest()


def test_past_the_limit_a_clear_413(server, tmp_path):
    form = _video_form(server, tmp_path)
    xml = json_to_xml(
        form, {"place": "x", "clip": "clip.mp4", "meta/instanceID": f"uuid:{uuidlib.uuid4()}"}
    ).encode()
    try:
        r = _post(server, xml, 101 * 16)  # 101 MiB
    except requests.ConnectionError:
        return  # cut off while sending, as the limit allows
    assert r.status_code == 413
    assert r.headers["X-OpenRosa-Version"] == "1.0"
    assert "larger than" in ET.fromstring(r.content)[0].text
