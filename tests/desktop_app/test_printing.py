"""Paper questionnaires printed from the XLSForm: a PDF per run, each questionnaire with its
number and QR code, the codes a clerk keys beside each choice, the skip logic in words with the
paper's question numbers, a roster as a table, in the form's languages (Arabic right to
left); and keying started from the QR code a scanner types."""

import os
import re
import subprocess
import sys

from desktop_app.keying import Keying, qr_text, read_qr
from desktop_app.ui.printing import Printer
from form_engine import load_xlsform
from tests.conftest import REPO
from tests.desktop_app.test_keyed_entry import paper_form  # noqa: F401 - a fixture

HOUSEHOLD = REPO / "forms" / "household.xlsx"


def daftari(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env
        or {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


def test_form_print_writes_one_questionnaire_a_number(tmp_path):
    out = tmp_path / "household-ar.pdf"
    done = daftari(
        "form",
        "print",
        HOUSEHOLD,
        "--lang",
        "ar",
        "--out",
        out,
        "--count",
        3,
        "--first-number",
        214,
    )
    assert done.returncode == 0, done.stderr
    assert "wrote 3 questionnaire(s)" in done.stdout
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    pages = int(re.search(rb"/Type /Pages.*?/Count (\d+)", pdf, re.S)[1])
    assert pages >= 3  # each questionnaire from a new page


def test_form_print_works_with_no_display(tmp_path):
    """On a server or over SSH: no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM."""
    unset = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env |= {"PYTHONPATH": str(REPO), "XDG_RUNTIME_DIR": str(tmp_path)}
    out = tmp_path / "x.pdf"
    done = daftari("form", "print", HOUSEHOLD, "--lang", "ar", "--out", out, env=env)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")


def test_bad_requests_say_what_and_where(tmp_path):
    done = daftari("form", "print", HOUSEHOLD, "--lang", "tigrinya", "--out", tmp_path / "x.pdf")
    assert done.returncode == 1 and "no language 'tigrinya'" in done.stderr
    assert not (tmp_path / "x.pdf").exists()
    done = daftari("form", "print", HOUSEHOLD, "--out", tmp_path / "missing" / "x.pdf")
    assert done.returncode == 1 and "cannot be written" in done.stderr


def test_the_page_holds_codes_skips_in_words_a_roster_and_the_qr_text():
    form = load_xlsform(HOUSEHOLD)
    english = Printer(form, "English (en)").html("214")
    assert "<b>7</b> □ Borama" in english  # the code keyed entry takes, beside the choice
    assert "Ask only if Q5 = 1 (Yes)" in english  # consent: the survey's skip, in words
    assert "Ask only if Q11 ≠ 1 (Host community) and Q11 is answered" in english
    assert english.count("<tr><td>") >= 10  # the household roster: a row a member
    assert "qr://214" in english and "214" in english
    arabic = Printer(form, "Arabic (ar)").html("")
    assert "dir='rtl'" in arabic and "يُسأل فقط إذا" in arabic and "كاكوما" in arabic
    amharic = Printer(form, "Amharic (am)").html("")
    assert "የሚጠየቀው ብቻ" in amharic
    assert read_qr(qr_text("household", form.version, "214")) == ("household", form.version, "214")


def test_keying_starts_from_the_scanned_qr_code(admin, paper_form):  # noqa: F811
    k = Keying.start(admin, paper_form)
    assert k.enter_paper("number", qr_text("paper", "1", "17")) is None
    assert k.record.number == "17"
    refused = k.enter_paper("number", qr_text("household", "2026120101", "5"))
    assert refused.word == "other_form" and k.record.number == "17"


def test_a_batch_printed_from_the_batches_screen(qtbot, client, admin, tmp_path):
    from desktop_app import batches
    from desktop_app.ui.batches_view import BatchesView

    batches.register(admin, "population", "KB-9", first_number=51, last_number=54)
    view = BatchesView(admin, forms=client.forms(latest_only=True), language="fr")
    qtbot.addWidget(view)
    out = tmp_path / "kb9.pdf"
    view.print_batch(out)
    pdf = out.read_bytes()
    assert int(re.search(rb"/Type /Pages.*?/Count (\d+)", pdf, re.S)[1]) >= 4  # 51 to 54
