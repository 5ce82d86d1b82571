"""The two forms of a submission and the conversions between them.

**Canonical JSON** (``data``): keys are field paths relative to the form root (``"hh"``,
``"dwelling/roof"``); a repeat is a list under its path, each item keyed relative to the repeat.
A relevant but unanswered field is ``null``; a non-relevant one is absent (as it is absent from the
XML). Integers and decimals are JSON numbers, select_multiple a list of choice names, everything
else a string. Attachments are file names that start with the file's SHA-256. A repeat with no
instances is absent.

**OpenRosa XML**: the instance document ODK Collect submits, ``meta/instanceID`` as ``uuid:…``,
``meta/deprecatedID`` naming the revision an edit replaces.

Both directions are exact: JSON → XML → JSON and XML → JSON → XML give back the same bytes for
everything Daftari writes, and a value that is not in canonical form (``"007"`` in an integer
field) is carried as a string so that validation can report it instead of silently rewriting it.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

from form_engine import xmlsafe
from form_engine.errors import SubmissionFormatError
from form_engine.model import Element, FormDefinition
from form_engine.nodes import Node, _local, make_document, parse_document
from form_engine.xpath.values import number_to_string

_INT = re.compile(r"^-?\d+$")
META_EXTRA = ("deprecatedID",)


def text_to_json(element: Element | None, text: str) -> Any:
    """A node's text as its canonical JSON value (falls back to the string when not canonical)."""
    if text == "":
        return None
    data_type = element.data_type if element else "string"
    if data_type == "int" and _INT.match(text) and str(int(text)) == text:
        return int(text)
    if data_type == "decimal":
        try:
            value = float(text)
        except ValueError:
            return text
        if value == value and abs(value) != float("inf") and number_to_string(value) == text:
            return value
        return text
    if element is not None and element.control == "select" and data_type != "rank":
        parts = text.split()
        if " ".join(parts) == text:
            return parts
    return text


def json_to_text(element: Element | None, value: Any, path: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        raise SubmissionFormatError(f"{path}: true/false is not a value any question takes")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_to_string(value)
    if isinstance(value, list):
        if element is None or element.control != "select" or element.data_type == "rank":
            raise SubmissionFormatError(f"{path}: only a select_multiple answer is a list")
        if not all(isinstance(v, str) for v in value):
            raise SubmissionFormatError(f"{path}: a list answer must hold choice names (strings)")
        return " ".join(value)
    if isinstance(value, str):
        return value
    raise SubmissionFormatError(f"{path}: {type(value).__name__} is not a value any question takes")


# ---------------------------------------------------------------------------------------------
# JSON <-> instance tree
# ---------------------------------------------------------------------------------------------


def document_to_json(form: FormDefinition, doc: Node, *, relevant_only: bool = False) -> dict:
    """The canonical JSON of an instance tree (non-relevant nodes omitted when asked)."""
    root = doc.children[0] if doc.is_document else doc

    def include(node: Node) -> bool:
        return not relevant_only or node.state is None or node.state.relevant

    def fill(elements: list[Element], parent: Node, prefix: str, out: dict) -> None:
        for el in elements:
            key = prefix + el.name
            nodes = [n for n in parent.named(el.name) if include(n)]
            if el.kind == "repeat":
                items = []
                for inst in nodes:
                    item: dict = {}
                    fill(el.children, inst, "", item)
                    items.append(item)
                if items:
                    out[key] = items
            elif el.kind == "group":
                if nodes:
                    fill(el.children, nodes[0], key + "/", out)
                    for name in _kept_attributes(el):  # an entity's @id, @create…
                        out[f"{key}/@{name}"] = nodes[0].attrs.get(name, "")
                    if el.name == "meta":
                        for extra in META_EXTRA:
                            n = nodes[0].child(extra)
                            if n is not None:
                                out[key + "/" + extra] = n.text or None
            elif nodes:
                out[key] = text_to_json(el, nodes[0].text)

    out: dict = {}
    fill(form.elements, root, "", out)
    return out


def json_to_document(form: FormDefinition, data: dict) -> Node:
    """Build an instance tree from canonical JSON. Unknown keys are refused, with their path."""
    if not isinstance(data, dict):
        raise SubmissionFormatError("a submission's data must be a JSON object")
    root = Node(form.root_name, attrs=_root_attrs(form))

    def build(
        elements: list[Element], parent: Node, prefix: str, values: dict, where: str
    ) -> set[str]:
        used: set[str] = set()
        for el in elements:
            key = prefix + el.name
            if el.kind == "repeat":
                if key not in values:
                    continue
                used.add(key)
                items = values[key]
                if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                    raise SubmissionFormatError(f"{where}{key}: a repeat must be a list of objects")
                for i, item in enumerate(items, 1):
                    inst = parent.append(Node(el.name))
                    inner = build(el.children, inst, "", item, f"{where}{key}[{i}]/")
                    unknown = set(item) - inner
                    if unknown:
                        raise SubmissionFormatError(
                            f"{where}{key}[{i}]: {', '.join(sorted(unknown))} not in form '{form.form_id}'"
                        )
            elif el.kind == "group":
                group = Node(el.name, attrs=dict(el.attributes))
                inner = build(el.children, group, key + "/", values, where)
                for name in _kept_attributes(el):
                    if f"{key}/@{name}" in values:
                        inner.add(f"{key}/@{name}")
                        group.attrs[name] = json_to_text(None, values[f"{key}/@{name}"], key)
                if el.name == "meta":
                    for extra in META_EXTRA:
                        if key + "/" + extra in values:
                            inner.add(key + "/" + extra)
                            group.append(
                                Node(extra, json_to_text(None, values[key + "/" + extra], key))
                            )
                if inner:
                    parent.append(group)
                    used |= inner
            elif key in values:
                used.add(key)
                parent.append(Node(el.name, json_to_text(el, values[key], where + key)))
        return used

    used = build(form.elements, root, "", data, "")
    unknown = set(data) - used
    if unknown:
        raise SubmissionFormatError(
            f"these fields are not in form '{form.form_id}' version '{form.version}': {', '.join(sorted(unknown))}"
        )
    return make_document(root)


def _kept_attributes(el: Element) -> list[str]:
    """The attributes of an element that a submission carries as answers of their own
    (``meta/entity/@id``): an entity declaration's, but its list (``dataset``), which is the
    form's."""
    return [name for name in el.attributes if name != "dataset"] if el.attributes else []


def _root_attrs(form: FormDefinition) -> dict[str, str]:
    attrs = {"id": form.form_id}
    if form.version:
        attrs["version"] = form.version
    return attrs


# ---------------------------------------------------------------------------------------------
# XML <-> instance tree
# ---------------------------------------------------------------------------------------------


def document_to_xml(doc: Node, *, relevant_only: bool = False) -> str:
    """Serialise an instance tree as compact OpenRosa XML (no declaration, no indentation)."""
    root = doc.children[0] if doc.is_document else doc
    out: list[str] = []

    def write(node: Node) -> None:
        if relevant_only and node.state is not None and not node.state.relevant:
            return
        attrs = "".join(f" {k}={quoteattr(v)}" for k, v in node.attrs.items())
        if node.children:
            out.append(f"<{node.name}{attrs}>")
            for c in node.children:
                write(c)
            out.append(f"</{node.name}>")
        elif node.text:
            out.append(f"<{node.name}{attrs}>{escape(node.text)}</{node.name}>")
        else:
            out.append(f"<{node.name}{attrs}/>")

    write(root)
    return "".join(out)


def xml_to_document(form: FormDefinition, xml: str | bytes, *, check_version: bool = True) -> Node:
    """Parse an OpenRosa submission and check it belongs to ``form``."""
    try:
        doc = parse_document(xml)
    except ET.ParseError as exc:
        raise SubmissionFormatError(f"the submission is not well-formed XML: {exc}") from None
    root = doc.children[0]
    _check_root(form, root.name, root.attrs, check_version)
    _check_known(form, root)
    return doc


def _check_root(
    form: FormDefinition, name: str, attrs: dict[str, str], check_version: bool
) -> None:
    if name != form.root_name:
        raise SubmissionFormatError(
            f"the submission's root element is <{name}>, the form's is <{form.root_name}>"
        )
    if attrs.get("id", form.form_id) != form.form_id:
        raise SubmissionFormatError(
            f"the submission is for form '{attrs.get('id')}', not '{form.form_id}'"
        )
    if check_version and attrs.get("version", "") != form.version:
        raise SubmissionFormatError(
            f"the submission is for version '{attrs.get('version', '')}' of '{form.form_id}', "
            f"this form is version '{form.version}'"
        )


def _check_known(form: FormDefinition, root: Node) -> None:
    def check(elements: list[Element], node: Node, where: str) -> None:
        known = {e.name: e for e in elements}
        for c in node.children:
            el = known.get(c.name)
            if el is None:
                if where.endswith("/meta/") and c.name in META_EXTRA:
                    continue
                raise SubmissionFormatError(
                    f"<{c.name}> at {where} is not a field of form '{form.form_id}'"
                )
            if el.children:
                check(el.children, c, f"{where}{c.name}/")

    check(form.elements, root, f"/{root.name}/")


def json_to_xml(form: FormDefinition, data: dict) -> str:
    return document_to_xml(json_to_document(form, data))


def xml_to_json(
    form: FormDefinition, xml: str | bytes | ET.Element, *, check_version: bool = True
) -> dict:
    """The canonical JSON of an OpenRosa submission (its text, or its root element already
    parsed), checked as :func:`xml_to_document` checks it; read straight from the parsed XML
    (a server reads thousands of these)."""
    if isinstance(xml, ET.Element):
        root = xml
    else:
        try:
            root = xmlsafe.parse(xml)
        except ET.ParseError as exc:
            raise SubmissionFormatError(f"the submission is not well-formed XML: {exc}") from None
    _check_root(
        form, _local(root.tag), {_local(k): v for k, v in root.attrib.items()}, check_version
    )
    out: dict = {}

    def fill(reading: _Reading, node: ET.Element, prefix: str, out: dict, where: str) -> None:
        known, fields = reading
        by_name: dict[str, list[ET.Element]] = {}
        for c in node:
            tag = c.tag
            name = tag.rsplit("}", 1)[-1] if "}" in tag else tag  # _local, inline
            same = by_name.get(name)
            if same is None:
                by_name[name] = [c]
            else:
                same.append(c)
        for name in by_name:
            if name not in known and not (where.endswith("/meta/") and name in META_EXTRA):
                raise SubmissionFormatError(
                    f"<{name}> at {where} is not a field of form '{form.form_id}'"
                )
        for name, el, inside in fields:
            nodes = by_name.get(name)
            if not nodes:
                continue
            key = prefix + name
            if inside is None:  # a question
                if len(nodes[0]):  # never dropped unseen
                    raise SubmissionFormatError(
                        f"<{name}> at {where} holds elements: a question's answer is text"
                    )
                out[key] = text_to_json(el, nodes[0].text or "")
            elif el.kind == "repeat":
                inner = f"{where}{name}/"
                items = []
                for inst in nodes:
                    item: dict = {}
                    fill(inside, inst, "", item, inner)
                    items.append(item)
                out[key] = items
            else:  # a group
                inner = f"{where}{name}/"
                fill(inside, nodes[0], key + "/", out, inner)
                for attribute in _kept_attributes(el):
                    value = nodes[0].get(attribute)
                    if value is not None:
                        out[f"{key}/@{attribute}"] = value
                for again in nodes[1:]:  # checked like the first, read from the first only
                    fill(inside, again, key + "/", {}, inner)
                if name == "meta":
                    for extra in META_EXTRA:
                        found = next((c for c in nodes[0] if _local(c.tag) == extra), None)
                        if found is not None:
                            out[key + "/" + extra] = _text(found) or None

    fill(_reading(form), root, "", out, f"/{_local(root.tag)}/")
    return out


# The form's elements as xml_to_json reads them: (the names at a level, and for each element
# its name, itself and what is inside it — None for a question)
_Reading = tuple[frozenset[str], list[tuple[str, Element, Any]]]


def _reading(form: FormDefinition) -> _Reading:
    """Made once per form (a server reads thousands of submissions of each)."""
    found = form._reading
    if found is None:

        def of(elements: list[Element]) -> _Reading:
            return frozenset(e.name for e in elements), [
                (e.name, e, of(e.children) if e.kind in ("repeat", "group") else None)
                for e in elements
            ]

        found = form._reading = of(form.elements)
    return found  # type: ignore[return-value]


def _text(element: ET.Element) -> str:
    """A node's text as :func:`form_engine.nodes.from_element` reads it."""
    return (element.text or "").strip() if len(element) else element.text or ""


def instance_id(data: dict) -> str | None:
    value = data.get("meta/instanceID")
    return value if isinstance(value, str) else None
