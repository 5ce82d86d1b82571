"""Assignments on paper (issue 25): a sheet per household with what the list says of it and a
QR code; a clerk keying the filled sheet scans the code (a scanner types it into the number
box) and the submission is bound to its assignment and household — the household picked,
what the enumerator wrote keyed as on any paper. A code this computer has no assignment for
is said, the number kept; a second, blind keying is not bound."""

import zxingcpp
from pypdf import PdfReader

from desktop_app import assignments
from desktop_app.keying import Keying, qr_assignment, qr_text, read_qr
from desktop_app.ui.printing import print_assignment_sheets
from tests.desktop_app.test_printed_paper import flat
from tests.desktop_app.test_to_visit import assigned

__all__ = ["assigned"]  # the fixture, used by name


def codes_on(pdf) -> list[str]:
    """Every QR code of the PDF, read from its images as a scanner reads paper."""
    found = []
    for page in PdfReader(pdf).pages:
        for image in page.images:
            found += [b.text for b in zxingcpp.read_barcodes(image.image)]
    return found


def test_sheets_carry_the_household_and_a_code_that_binds_the_keyed_paper(
    qapp, client, admin, assigned, tmp_path
):
    neema, fatuma = assigned
    user = admin
    todo = [a for a in assignments.of(user) if a.entity is not None]
    form = client.form("hh_visit")
    out = tmp_path / "sheets.pdf"
    assert print_assignment_sheets(form, out, language=None, assignments=todo) == 2

    pages = PdfReader(out).pages
    text = flat("".join(p.extract_text() for p in pages))
    assert flat("Follow-up of: Neema Achieng") in text
    assert flat("Size now") in text and "4" in text  # what the list says of her
    assert neema not in text  # the household's id is in the code, not printed
    codes = codes_on(out)
    assert codes == [
        qr_text("hh_visit", form.version, "1", 1),
        qr_text("hh_visit", form.version, "2", 2),
    ]

    # the clerk scans Neema's sheet: bound, Neema picked; the size is keyed as written
    k = Keying.start(user, "hh_visit")
    assert k.enter_paper("number", codes[0]) is None
    assert k.record.number == "1"
    assert client.store.submission(k.draft.uuid).assignment == 1
    assert k.session.value("/data/hh") == neema
    assert k.session.value("/data/size_before") == "4"
    assert k.session.value("/data/hh_size") == ""  # not preloaded on paper: keyed as written


def test_an_unknown_assignment_is_said_and_a_second_keying_stays_blind(client, admin, assigned):
    user = admin
    k = Keying.start(user, "hh_visit")
    refused = k.enter_paper("number", qr_text("hh_visit", "1", "77", 77))
    assert refused.word == "assignment_unknown" and refused.values == {"id": "77"}
    assert k.record.number == "77"  # the number is kept all the same
    assert client.store.submission(k.draft.uuid).assignment is None
    # a registration's sheet scanned into a follow-up: another form's
    refused = Keying.start(user, "hh_visit").enter_paper("number", qr_text("hh_visit", "1", "3", 3))
    assert refused.word == "other_form"


def test_the_code_reads_back_as_written():
    text = qr_text("hh_visit", "2026120101", "12", 12)
    assert read_qr(text) == ("hh_visit", "2026120101", "12") and qr_assignment(text) == 12
    assert qr_assignment(qr_text("hh_visit", "1", "12")) is None
    assert read_qr("daftari:hh_visit:1:12:x9") is None  # a fourth part that is no assignment
