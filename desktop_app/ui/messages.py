"""Errors as the user reads them, in the interface's language. The client and sync code
raise typed errors with a ``code`` and English words (for logs and the command line); the
window shows the words below for the codes it knows, and the error's own words otherwise.
The server's refusals are said by their ``code`` (``server_refusal``): the server writes its
``detail`` in English, which the window shows only as the message's details
(``user_details``), as it does the system's reason a connection failed."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop_app.client import MIN_PASSWORD
from desktop_app.ui.i18n import isolate, isolate_ltr

# Errors whose own words are the server's or the network's (desktop_app.sync.transport):
# said in the interface's language, their English words kept as the details.
FROM_THE_NETWORK = {
    "refused",
    "offline",
    "not_the_server",
    "auth_refused",
    "server_failed",
    "sync_failed",
    "not_openrosa",
    "no_form_list",
}


def user_message(exc: Exception) -> str:
    code = getattr(exc, "code", "")
    if code == "refused":  # the server said no (transport.Refused): its code says why
        return server_refusal(str(getattr(exc, "problem", "")), str(exc))
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
    if code == "not_updates":
        return _not_updates(name, str(getattr(exc, "reason", "")))
    if code == "entity_gone":
        return QCoreApplication.translate(
            "Messages",
            "{name} is no longer in the list {list} on this computer: it was closed or moved "
            "to another site. Ask your supervisor; sync first if you have not today.",
        ).format(
            name=isolate(str(getattr(exc, "name", ""))),
            list=isolate_ltr(str(getattr(exc, "list_name", ""))),
        )
    if code == "weak_password":
        return QCoreApplication.translate(
            "Messages", "A password needs at least {n} characters."
        ).format(n=MIN_PASSWORD)
    return _known().get(code, str(exc))


def _not_updates(name: str, reason: str) -> str:
    """Why an updates bundle was not applied (desktop_app.sync.updates)."""
    said = {
        "submissions": QCoreApplication.translate(
            "Messages",
            "{name} holds submissions for the server, not updates from it: bring it to a "
            "computer that syncs (Daftari → Bring a bundle from a USB stick).",
        ),
        "other_computer": QCoreApplication.translate(
            "Messages",
            "{name} was made for another computer: ask the office for updates made for this "
            "one. Nothing was applied.",
        ),
        "unreadable": QCoreApplication.translate(
            "Messages", "{name} cannot be read: nothing was applied."
        ),
    }.get(
        reason,
        QCoreApplication.translate(
            "Messages",
            "{name} is not updates from the server, or it was damaged or changed on the way: "
            "nothing was applied.",
        ),
    )
    return said.format(name=name)


def _known() -> dict[str, str]:
    """The words for the codes that need nothing but their code, in the interface's language."""
    return {
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
        "flagged_needs_comment": QCoreApplication.translate(
            "Messages",
            "The quality checks flagged this submission: to approve it, say in the comment "
            "why it stands.",
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
        "sync_failed": QCoreApplication.translate(
            "Messages", "The sync did not finish. It will try again by itself."
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "The disk is full: nothing new can be saved. Your earlier answers are safe; free "
            "some space.",
        ),
    }


def user_details(exc: Exception) -> str:
    """The error's own words where they are the server's or the network's (the server's
    ``detail``, the system's reason a connection failed), in English as they came: the
    details beside ``user_message``, for whoever helps. "" for any other error."""
    return str(exc) if getattr(exc, "code", "") in FROM_THE_NETWORK else ""


def server_refusal(code: str, detail: str = "") -> str:
    """Why the server refused a request, in the interface's language, from the ``code`` of
    its answer (central_server.errors, and the review's ``unclear_decision``). A conflict
    (409) is told apart by its ``detail``, as the server's review words it
    (central_server.review.decide)."""
    if code == "conflict":
        if "Secretariat has decided" in detail:
            return _known()["secretariat_decided"]
        if "checks refused" in detail:
            return _known()["refused_by_checks"]
        if "is not the newest" in detail:
            return QCoreApplication.translate(
                "Messages",
                "A newer revision of this submission reached the server since it was looked "
                "at here: look at the new one, then decide again.",
            )
        return QCoreApplication.translate(
            "Messages",
            "It changed on the server meanwhile: look at it again, then try again.",
        )
    if code == "forbidden":
        return QCoreApplication.translate(
            "Messages",
            "The server does not let your account do this: ask whoever runs the server to "
            "check your account's role.",
        )
    if code == "not_found":
        return QCoreApplication.translate(
            "Messages",
            "The server has nothing of that for your account: it may be another site's, or "
            "no longer there.",
        )
    if code == "unclear_decision":
        if "quality checks flagged" in detail:
            return _known()["flagged_needs_comment"]
        return QCoreApplication.translate(
            "Messages",
            "The server could not take this decision as it was made (a comment, or an answer "
            "commented on, it cannot keep): open the submission and decide again.",
        )
    if code in ("unauthenticated", "wrong_password", "disabled"):
        return _known()["auth_refused"]
    if code in ("too_many_attempts", "too_many_unfinished"):
        return QCoreApplication.translate(
            "Messages", "Too many attempts at once: wait a few minutes, then try again."
        )
    if code in ("too_large", "bad_size"):
        return QCoreApplication.translate("Messages", "That is more than the server takes at once.")
    return QCoreApplication.translate("Messages", "The server refused this request.")


# A review decision the server refused is kept with "[code] detail" (desktop_app.sync.reviews);
# one kept with the detail alone (before the code was kept) is known by how the server's
# review words it (central_server.review), and said by the code it came with.
_KEPT = re.compile(r"\[([a-z_]+)\] (.*)", re.DOTALL)
_REVIEW_DETAILS = (
    ("the Secretariat has decided", "conflict"),
    ("the server's checks refused", "conflict"),
    ("revision ", "conflict"),  # "revision 2 is not the newest any more: …"
    ("there is no submission", "not_found"),
    ("the account '", "forbidden"),  # "… is disabled"
    ("a decision is", "unclear_decision"),
    ("say what to correct", "unclear_decision"),
    ("the quality checks flagged", "unclear_decision"),
    ("comments are at most", "unclear_decision"),
    ("a comment holds", "unclear_decision"),
    ("at most 500 values", "unclear_decision"),
    ("the form has no question", "unclear_decision"),
)


def kept_refusal(problem: str) -> tuple[str, str]:
    """(code, detail) of a refusal kept with a review decision (``ReviewCopy.problem``)."""
    kept = _KEPT.fullmatch(problem)
    if kept:
        return kept[1], kept[2]
    if problem.endswith(("does not review submissions", "cannot do this")):
        return "forbidden", problem
    code = next((c for start, c in _REVIEW_DETAILS if problem.startswith(start)), "")
    return code, problem
