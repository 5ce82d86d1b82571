"""What a supervisor's Assignments screen works out on this computer before and after asking
the server (issue 25; the server keeps the assignments, central_server.assignments): which
list a form follows up, the site's households to offer from this computer's list (with who
already has each for that form), the entities a refusal names and why, and each site's
totals of the progress. Qt-free."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.entities import Entity
from form_engine import FormDefinition
from form_engine.entities import follow_up_question, list_of_instance
from sync_protocol import AssignmentPublic, ProgressRow

if TYPE_CHECKING:
    from desktop_app.session import UserSession

ASSIGNER_ROLES = ("supervisor", "secretariat", "admin")  # as the server lets them assign
ALL_SITES_ROLES = ("secretariat", "admin")  # the server asks them which site the work is at
SHOWN_PROPERTIES = 2  # beside a household's label, the properties that say most of it
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def followed_list(form: FormDefinition) -> str | None:
    """The entity list the form follows up: one a question outside any repeat picks an entry
    of (``select_one_from_file households.csv``), so that a follow-up assigned with it opens
    with the entry picked. None: it can only be given as new registrations. A form that
    follows up several lists gives the first by name."""
    names = sorted({n for iid in form.entity_lists if (n := list_of_instance(form, iid))})
    return next((n for n in names if follow_up_question(form, n) is not None), None)


@dataclass(frozen=True)
class Candidate:
    """A household (an entry of the list) that may be given to follow up."""

    entity: Entity
    shown: tuple[tuple[str, str], ...]  # (property, value) shown beside the label
    assigned_to: tuple[str, ...]  # who already has it open, for the same form
    words: str  # what a search looks in, casefolded

    def matches(self, search: str) -> bool:
        """Every word of ``search`` is in its label or one of its property values."""
        return all(word in self.words for word in search.casefold().split())


def candidates(
    entities: Iterable[Entity], *, form_id: str, open_assignments: Iterable[AssignmentPublic]
) -> list[Candidate]:
    """The list's entries to offer for ``form_id``, by label, each with a couple of its
    properties and who already has it open for that form."""
    holders: dict[str, list[str]] = {}
    for a in open_assignments:
        if a.entity and a.form_id == form_id and a.state == "open":
            holders.setdefault(a.entity, []).append(a.enumerator)
    out = []
    for e in entities:
        label = e.label.strip().casefold()
        said = [(k, v) for k, v in e.properties.items() if v and v.strip().casefold() != label]
        out.append(
            Candidate(
                e,
                tuple(said[:SHOWN_PROPERTIES]),
                tuple(holders.get(e.uuid, ())),
                " ".join([e.label, *e.properties.values()]).casefold(),
            )
        )
    out.sort(key=lambda c: (c.entity.label.casefold(), c.entity.uuid))
    return out


def offered(
    user: UserSession, form_id: str, open_assignments: Iterable[AssignmentPublic]
) -> tuple[str | None, list[Candidate]]:
    """The list ``form_id`` (its newest version here) follows up, and its entries on this
    computer to offer (none when it follows up no list). Reads and decrypts the whole list:
    run it off the window's thread."""
    list_name = followed_list(user.client.form(form_id))
    if list_name is None:
        return None, []
    found = user.entities.entities(list_name)
    return list_name, candidates(found, form_id=form_id, open_assignments=open_assignments)


def refused_entities(detail: str, labels: dict[str, str]) -> dict[str, str]:
    """The entities a refused assignment names (``POST /assignments``: "nothing was
    assigned: <uuid> (<label>): closed on …; <uuid>: no such entity at …"), each with the
    server's reason, by uuid; ``labels``: the labels the server may have put after the
    ids."""
    found = list(_UUID.finditer(detail))
    out: dict[str, str] = {}
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(detail)
        said = detail[m.end() : end].rstrip().removesuffix(";").strip()
        label = labels.get(m[0])
        if label and said.startswith(f"({label}):"):
            said = said[len(label) + 3 :]
        else:  # a label this computer does not know (or holds otherwise)
            said = re.sub(r"^\(.*?\):|^:", "", said)
        out[m[0]] = said.strip()
    return out


def site_totals(rows: Iterable[ProgressRow]) -> list[ProgressRow]:
    """Each site's progress summed over its enumerators, in the order the sites come."""
    totals: dict[str, ProgressRow] = {}
    for r in rows:
        t = totals.setdefault(
            r.site,
            ProgressRow(
                enumerator="", site=r.site, assignments=0, expected=0, done=0, left=0, forms=[]
            ),
        )
        t.assignments += r.assignments
        t.expected += r.expected
        t.done += r.done
        t.left += r.left
        t.forms += [f for f in r.forms if f not in t.forms]
    return list(totals.values())
