"""An OpenRosa submission's multipart/form-data body, read part by part: each part goes to a
file of its own as it is parsed (kept in memory while small, on disk in the server's data
folder past that), hashed on the way. A video of 100 MB from Collect costs the server a
few chunks of memory, not 100 MB — nor twice that while its parts are cut out of the body."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from central_server.errors import Refusal

IN_MEMORY = 1024 * 1024  # a part or a body is kept in memory up to this, on disk past it
READ = 64 * 1024  # what is read of a spooled body at a time
MOST_XML = 16 * 1024 * 1024  # a submission's XML (its answers are at most 4 MiB as JSON)
XML = "xml_submission_file"


def spool(folder: Path | None) -> IO[bytes]:
    """Where a body or a part is written while it arrives (only the server's account reads
    its data folder: the bytes are respondents' answers and photos)."""
    if folder is not None and not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return tempfile.SpooledTemporaryFile(
        max_size=IN_MEMORY, dir=None if folder is None else str(folder)
    )


class Part:
    """One part of the body: its bytes in a file, their size and SHA-256."""

    def __init__(self, folder: Path | None) -> None:
        self.file = spool(folder)
        self.size = 0
        self._digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.file.write(data)
        self.size += len(data)
        self._digest.update(data)

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    def read(self) -> bytes:
        self.file.seek(0)
        return self.file.read()

    def chunks(self, size: int) -> Iterator[bytes]:
        self.file.seek(0)
        while chunk := self.file.read(size):
            yield chunk

    def close(self) -> None:
        self.file.close()


class Parts(dict[str, Part]):
    """The parts by name (a media part by its file name); closed with ``with``."""

    def __enter__(self) -> Parts:
        return self

    def __exit__(self, *_: object) -> None:
        for part in self.values():
            part.close()


def read_parts(content_type: str, body: bytes | IO[bytes], folder: Path | None) -> Parts:
    """The parts of a multipart/form-data body (bytes, or a file read from its start)."""
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise Refusal("OpenRosa submissions are multipart/form-data", code="malformed")
    if len(boundary) > 70:  # RFC 2046: 1 to 70 characters (Collect and browsers use ~40)
        raise Refusal("a multipart boundary is 1 to 70 characters long", code="malformed")
    parts = Parts()
    header: list[bytes] = [b"", b""]
    named = [""]  # the part's name, from its Content-Disposition
    repeated: list[str] = []
    current: list[Part] = []

    def header_field(buf: bytes, start: int, end: int) -> None:
        header[0] += buf[start:end]

    def header_value(buf: bytes, start: int, end: int) -> None:
        header[1] += buf[start:end]

    def header_end() -> None:
        if header[0].lower() == b"content-disposition":
            named[0] = _name(header[1])
        header[0] = header[1] = b""

    def part_begin() -> None:
        named[0] = ""
        current[:] = [Part(folder)]

    def part_data(buf: bytes, start: int, end: int) -> None:
        part = current[0]
        if part.size + (end - start) > MOST_XML and named[0] == XML:
            raise Refusal(
                f"the submission's XML is more than {MOST_XML // 2**20} MiB", code="too_large"
            )
        part.write(buf[start:end])

    def part_end() -> None:
        text = named[0]
        part = current.pop()
        if text == XML and text in parts:
            repeated.append(text)
        if text:
            old = parts.get(text)
            if old is not None:
                old.close()
            parts[text] = part
        else:
            part.close()

    parser = MultipartParser(
        boundary,
        {
            "on_header_field": header_field,
            "on_header_value": header_value,
            "on_header_end": header_end,
            "on_part_begin": part_begin,
            "on_part_data": part_data,
            "on_part_end": part_end,
        },
    )
    try:
        if isinstance(body, bytes | bytearray):
            parser.write(bytes(body))
        else:
            body.seek(0)
            while chunk := body.read(READ):
                parser.write(chunk)
        parser.finalize()
    except MultipartParseError as exc:
        parts.__exit__()
        raise Refusal(f"the multipart body cannot be read: {exc}", code="malformed") from None
    except BaseException:
        parts.__exit__()
        for part in current:
            part.close()
        raise
    if repeated:
        parts.__exit__()
        raise Refusal("two xml_submission_file parts: one submission a request", code="malformed")
    return parts


def _name(disposition: bytes) -> str:
    """A part's name: a media part's is its file name (Collect sends name and filename
    alike)."""
    _, fields = parse_options_header(disposition)
    field, filename = fields.get(b"name", b""), fields.get(b"filename", b"")
    name = XML if field == XML.encode() else filename or field
    return name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
