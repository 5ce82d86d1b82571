"""Errors as the user reads them, in the interface's language. The client and sync code
raise typed errors with a ``code`` and English words (for logs and the command line); the
window shows the words below for the codes it knows, and the error's own words otherwise."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.client import MIN_PASSWORD
from desktop_app.ui.i18n import isolate_ltr


def user_message(exc: Exception) -> str:
    code = getattr(exc, "code", "")
    name = isolate_ltr(str(getattr(exc, "name", "") or ""))
    if code == "not_a_bundle":
        return QCoreApplication.translate(
            "Messages", "{name} is not a Daftari bundle (or it was cut short): nothing was kept."
        ).format(name=name)
    if code == "bundle_known":
        return QCoreApplication.translate(
            "Messages",
            "{name} was brought to this computer before: it is not kept twice.",
        ).format(name=name)
    if code == "not_a_key":
        return QCoreApplication.translate(
            "Messages", "{name} is not a private key (a PEM file, as ODK's key tools write it)."
        ).format(name=name)
    if code == "wrong_passphrase":
        return QCoreApplication.translate(
            "Messages", "That passphrase does not open {name}."
        ).format(name=name)
    if code == "weak_password":
        return QCoreApplication.translate(
            "Messages", "A password needs at least {n} characters."
        ).format(n=MIN_PASSWORD)
    known = {
        "wrong_password": QCoreApplication.translate("Messages", "That password is not right."),
        "unknown_user": QCoreApplication.translate(
            "Messages", "There is no such user on this computer."
        ),
        "disabled": QCoreApplication.translate(
            "Messages", "This profile is disabled: ask this computer's administrator."
        ),
        "plain_http": QCoreApplication.translate(
            "Messages",
            "This is a plain {plain} address on the internet: your password and the answers "
            "would cross it unencrypted. Use the server's {secure} address.",
        ).format(plain=isolate_ltr("http://"), secure=isolate_ltr("https://")),
        "bad_address": QCoreApplication.translate(
            "Messages", "A server address starts with {plain} or {secure}."
        ).format(plain=isolate_ltr("http://"), secure=isolate_ltr("https://")),
        "nothing_said": QCoreApplication.translate(
            "Messages",
            "Say what to correct before sending it back: a comment on the whole, or on an "
            "answer (Enter on it).",
        ),
        "comment_too_long": QCoreApplication.translate(
            "Messages",
            "A comment is at most 4,000 characters, and 2,000 on one answer.",
        ),
        "refused_by_checks": QCoreApplication.translate(
            "Messages",
            "The server's checks refused this revision (it breaks the form's rules): it can "
            "only be sent back.",
        ),
        "secretariat_decided": QCoreApplication.translate(
            "Messages",
            "The Secretariat has decided on this revision: the site decides again on the next one.",
        ),
        "offline": QCoreApplication.translate(
            "Messages",
            "No connection to the server: check the address and the network. Sync will try "
            "again by itself.",
        ),
        "auth_refused": QCoreApplication.translate(
            "Messages", "The server refused this account name or password."
        ),
        "not_the_server": QCoreApplication.translate(
            "Messages",
            "Something that is not a Daftari server answered: a Wi-Fi login page or a proxy "
            "may be in the way.",
        ),
        "not_openrosa": QCoreApplication.translate(
            "Messages",
            "This address does not answer as ODK Central or KoboToolbox do (no form list came "
            "back): check it, as ODK Collect would be given it. A Wi-Fi login page or a proxy "
            "may be in the way.",
        ),
        "no_form_list": QCoreApplication.translate(
            "Messages",
            "No form list came back from this address: check it, as ODK Collect would be "
            "given it (an ODK Central address ends with /projects/ and a number).",
        ),
        "server_failed": QCoreApplication.translate(
            "Messages", "The server failed. Sync will try again by itself."
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "The disk is full: nothing new can be saved. Your earlier answers are safe; free "
            "some space.",
        ),
    }
    return known.get(code, str(exc))
