"""ODK Entities as a form declares them (the XForms spec's entities section, versions 2022.1
to 2025.1, as pyxform writes an XLSForm's ``entities`` sheet and ``save_to`` column): which
lists a form creates or updates entities of, and what one submission asks of them.

A declaration is an ``<entity dataset="households" id="" create="1">`` element inside a
``meta`` group: the form's own (one entity per submission) or a repeat's (one per entry of a
roster, 2025.1). Its ``@id``, ``@create``, ``@update``, ``@baseVersion``, ``@trunkVersion``
and ``@branchId`` are filled in as the form is filled (form_engine.session) and travel in the
submission's JSON as ``meta/entity/@id`` and so on (form_engine.submission). A question's
``save_to`` names the property its answer is saved to, in the entity of the nearest container
around it that declares one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from form_engine.errors import FormLoadError
from form_engine.model import Element, FormDefinition
from form_engine.submission import json_to_text

VERSIONS = ("2022.1.0", "2023.1.0", "2024.1.0", "2025.1.0")  # the spec versions read here
TRUE = ("1", "true")  # what an entity's @create or @update holds when it asks for it


@dataclass(frozen=True)
class Declaration:
    """One ``<entity>`` of a form: the list it belongs to, where it is (its element's
    path), the container it stands for (the form's root or a repeat), and which question
    saves each property."""

    dataset: str
    path: str  # "/data/meta/entity", "/data/members/meta/entity"
    container: str  # "/data", "/data/members"
    properties: dict[str, str] = field(default_factory=dict)  # property -> question path

    @property
    def in_repeat(self) -> bool:
        return self.container.count("/") > 1


@dataclass
class EntityChange:
    """What one submission asks of one entity: to create it, to update it (or either: an
    upsert, when both are asked), with the label and the properties its answers give.
    ``base_version`` etc. are as the device had them (empty for a create)."""

    dataset: str
    id: str
    create: bool
    update: bool
    label: str
    properties: dict[str, str]
    base_version: str = ""
    trunk_version: str = ""
    branch_id: str = ""
    where: str = ""  # the container: "" for the form's root, "members[2]" for a roster's entry


def declarations(form: FormDefinition) -> list[Declaration]:
    """The form's entity declarations, in document order. Raises FormLoadError for a version
    of the spec newer than this reads, or a ``save_to`` with no declaration around it.
    Kept with the form (a server reads thousands of submissions of each)."""
    kept = form._entities
    if isinstance(kept, list):
        return kept
    version = form.entities_version
    if version and ".".join(version.split(".")[:2]) not in {v[:6] for v in VERSIONS}:
        newer = _newer(version)
        raise FormLoadError(
            f"the form uses ODK Entities version {version}; Daftari reads "
            f"{VERSIONS[0][:6]} to {VERSIONS[-1][:6]}: "
            + (
                "update Daftari, or convert the form with the pyxform Daftari ships"
                if newer
                else "convert the form again with a newer pyxform"
            ),
            code="entities_version",
        )
    found: list[Declaration] = []
    saves: list[Element] = []

    def visit(elements: list[Element], container: str) -> None:
        for el in elements:
            if el.kind == "group" and el.name == "meta":
                for inner in el.children:
                    if inner.name == "entity" and "dataset" in inner.attributes:
                        found.append(
                            Declaration(inner.attributes["dataset"], inner.path, container)
                        )
            if el.save_to:
                saves.append(el)
            if el.kind == "repeat":
                visit(el.children, el.path)
            elif el.kind == "group":
                visit(el.children, container)

    visit(form.elements, "/" + form.root_name)
    # a save_to belongs to the entity declared in the meta of its nearest ancestor: the
    # form, a repeat, or a group (pyxform puts a second list's meta in a group)
    by_owner = {d.path.rsplit("/", 2)[0]: d for d in found}  # ".../g/meta/entity" -> ".../g"
    for el in saves:
        owner = _nearest(el.path, by_owner)
        if owner is None:
            raise FormLoadError(
                f"'{el.name}' is saved to the entity property '{el.save_to}', but no entity "
                "is declared around it (the entities sheet)",
                sheet="survey",
                row=el.row,
                column="save_to",
                code="entities_save_to",
            )
        owner.properties[el.save_to or ""] = el.path
    form._entities = found
    return found


def changes(form: FormDefinition, data: dict[str, Any]) -> list[EntityChange]:
    """What a finalized submission (its JSON) asks of entities: a change for each declared
    entity whose ``@create`` or ``@update`` is "1" or "true"; the outer ones first (a
    household before its members), a roster's entries in their order."""
    found = declarations(form)
    if not found:
        return []
    elements = {e.path: e for e in form.walk()}
    out: list[EntityChange] = []
    root = "/" + form.root_name
    for d in sorted(found, key=lambda d: d.container.count("/")):  # a household before its members
        if d.container == root:
            _change(d, elements, data, root, "", out)
            continue
        # the repeat's entries, however deep it is (a roster within a roster)
        for where, entry in _entries(data, d.container[len(root) + 1 :].split("/"), ""):
            _change(d, elements, entry, d.container, where, out)
    return out


def _change(
    d: Declaration,
    elements: dict[str, Element],
    values: dict[str, Any],
    container: str,
    where: str,
    out: list[EntityChange],
) -> None:
    entity = elements[d.path]
    key = d.path[len(container) + 1 :]  # "meta/entity"
    if not any(k.startswith(key + "/") for k in values):
        # not in the submission: the group it is in was not relevant (Collect leaves it out,
        # and ODK Central then changes nothing)
        return

    def attribute(name: str) -> str:
        value = values.get(f"{key}/@{name}", entity.attributes.get(name, ""))
        return "" if value is None else str(value).strip()

    create = attribute("create").lower() in TRUE
    update = attribute("update").lower() in TRUE
    if not (create or update):
        return
    properties = {}
    for name, path in d.properties.items():
        # a question the submission leaves out (not relevant: Collect leaves it out) brings
        # nothing, and an update keeps what the entity has, as ODK Central does; one sent
        # empty empties the property
        at = path[len(container) + 1 :]
        if at not in values:
            continue
        answer = values[at]
        properties[name] = json_to_text(elements[path], answer, path) if answer is not None else ""
    label = values.get(f"{key}/label")
    out.append(
        EntityChange(
            dataset=d.dataset,
            id=_plain_uuid(attribute("id")),
            create=create,
            update=update,
            label="" if label is None else str(label),
            properties=properties,
            base_version=attribute("baseVersion"),
            trunk_version=attribute("trunkVersion"),
            branch_id=attribute("branchId"),
            where=where,
        )
    )


def _entries(data: dict[str, Any], steps: list[str], where: str):
    """(where, entry) for each entry of the repeat reached by ``steps`` from ``data``."""
    # a step is a repeat's key, or a group's name on the way to one ("household/members")
    for cut in range(1, len(steps) + 1):
        key = "/".join(steps[:cut])
        items = data.get(key)
        if isinstance(items, list):
            for i, item in enumerate(items, 1):
                if not isinstance(item, dict):
                    continue
                here = f"{where}{key}[{i}]"
                if cut == len(steps):
                    yield here, item
                else:
                    yield from _entries(item, steps[cut:], here + "/")
            return


def _nearest(path: str, by_container: dict[str, Declaration]) -> Declaration | None:
    while "/" in path.strip("/"):
        path = path.rsplit("/", 1)[0]
        if path in by_container:
            return by_container[path]
    return None


def _plain_uuid(text: str) -> str:
    """An entity id as Central keeps it: without a ``uuid:`` prefix, lower case."""
    text = text.strip()
    return (text[5:] if text.lower().startswith("uuid:") else text).lower()


def _newer(version: str) -> bool:
    def parts(v: str) -> tuple[int, ...]:
        try:
            return tuple(int(p) for p in v.split("."))
        except ValueError:
            return (9999,)

    return parts(version) > parts(VERSIONS[-1])


def link_lists(form: FormDefinition, lists: set[str] | None = None) -> None:
    """Mark the form's CSV instances named for an entity list (``households.csv`` and the
    list "households": one the form declares, or one of ``lists``) as that list: no longer
    a file it needs, filled from the list where the form is filled (as ODK Central links
    them)."""
    names = {d.dataset for d in declarations(form)} | (lists or set())
    linked = {
        iid
        for iid, src in form.external_instances.items()
        if src.startswith("jr://file-csv/") and src[len("jr://file-csv/") : -4] in names
    }
    if linked:
        form.entity_lists = sorted(set(form.entity_lists) | linked)
        form.missing_files = [m for m in form.missing_files if m.instance_id not in linked]


def list_of_instance(form: FormDefinition, instance_id: str) -> str | None:
    """The entity list a secondary instance of the form reads (``households.csv`` or
    ``instance('households')``), None when it reads none."""
    src = form.external_instances.get(instance_id, "")
    if instance_id in form.entity_lists and src.startswith("jr://file-csv/"):
        return src[len("jr://file-csv/") : -len(".csv")]
    return None


def follow_up_question(form: FormDefinition, list_name: str) -> Element | None:
    """The question outside any repeat that picks an entity of ``list_name`` (a
    ``select_one_from_file households.csv``): the one a follow-up of an entity answers
    with its id. None when the form has none."""
    for el in _outside_repeats(form.elements):
        if (
            el.control == "select1"
            and el.choices is not None
            and el.choices.instance_id is not None
            and list_of_instance(form, el.choices.instance_id) == list_name
            and el.choices.value_ref == "name"
        ):
            return el
    return None


def preload(
    form: FormDefinition, list_name: str, uuid: str, properties: dict[str, str]
) -> dict[str, str]:
    """The answers a follow-up of entity ``uuid`` starts with, by question path: the question
    that picks the entity, answered with it; and each question outside any repeat that saves
    to one of its properties, or is named as one (and is not computed), answered with the
    entity's value. Empty when the form does not follow up ``list_name``."""
    picker = follow_up_question(form, list_name)
    if picker is None:
        return {}
    out = {picker.path: uuid}
    for el in _outside_repeats(form.elements):
        if el.kind != "question" or el.calculate is not None or el.control is None:
            continue
        if el.path == picker.path or el.readonly not in (None, "false()"):
            continue
        prop = el.save_to if el.save_to in properties else el.name
        value = properties.get(prop or "")
        if value:
            out[el.path] = value
    return out


def _outside_repeats(elements: list[Element]):
    for el in elements:
        if el.kind == "repeat":
            continue
        yield el
        if el.kind == "group":
            yield from _outside_repeats(el.children)
