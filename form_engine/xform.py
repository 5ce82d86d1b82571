"""Reads an ODK XForm (as pyxform writes it) into the typed form model."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from form_engine import xmlsafe
from form_engine.errors import FormLoadError
from form_engine.model import (
    NO_LANGUAGE,
    Choice,
    ChoiceSource,
    Element,
    FormDefinition,
    SetValue,
    Texts,
)
from form_engine.paradata import AuditSettings

NS = {
    "xf": "http://www.w3.org/2002/xforms",
    "h": "http://www.w3.org/1999/xhtml",
    "jr": "http://openrosa.org/javarosa",
    "odk": "http://www.opendatakit.org/xforms",
    "orx": "http://openrosa.org/xforms",
    "entities": "http://www.opendatakit.org/xforms/entities",
}
_PREFIX = {v: k for k, v in NS.items()}
_ITEXT_REF = re.compile(r"""^\s*jr:itext\(\s*['"](.+?)['"]\s*\)\s*$""")
_INSTANCE_REF = re.compile(r"""^\s*instance\(\s*['"](.+?)['"]\s*\)""")
CONTROLS = {"input", "select1", "select", "upload", "trigger", "range", "rank", "odk:rank"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _qname(tag: str) -> str:
    """'{jr-namespace}constraintMsg' -> 'jr:constraintMsg'; xforms names stay bare."""
    if tag.startswith("{"):
        ns, local = tag[1:].split("}", 1)
        prefix = _PREFIX.get(ns)
        return local if prefix in (None, "xf", "h") else f"{prefix}:{local}"
    return tag


def _segments(value: ET.Element) -> list:
    parts: list = []
    if value.text:
        parts.append(value.text)
    for child in value:
        if _local(child.tag) == "output":
            expr = child.get("value") or child.get("ref") or ""
            parts.append({"output": expr.strip()})
        if child.tail:
            parts.append(child.tail)
    # pyxform pads values that contain outputs with spaces; they are not part of the label.
    if parts and isinstance(parts[0], str):
        parts[0] = parts[0].lstrip()
    if parts and isinstance(parts[-1], str):
        parts[-1] = parts[-1].rstrip()
    return [p for p in parts if p != ""]


class _Reader:
    def __init__(self, xform: str) -> None:
        try:
            self.root = xmlsafe.parse(xform)
        except ET.ParseError as exc:
            raise FormLoadError(f"the XForm is not well-formed XML: {exc}") from None
        head = self.root.find("h:head", NS)
        model = head.find("xf:model", NS) if head is not None else None
        if model is None:
            raise FormLoadError("the XForm has no model")
        self.head = head
        self.model = model
        self.body = self.root.find("h:body", NS)
        # translations[lang][text_id][form] = segments
        self.translations: dict[str, dict[str, dict[str, list]]] = {}
        self.default_language: str | None = None
        self.binds: dict[str, dict[str, str]] = {}

    # -- itext -------------------------------------------------------------------------------
    def read_itext(self) -> None:
        itext = self.model.find("xf:itext", NS)
        if itext is None:
            return
        for tr in itext.findall("xf:translation", NS):
            lang = tr.get("lang") or NO_LANGUAGE
            if (tr.get("default") or "").strip() in ("true()", "true"):
                self.default_language = lang
            texts = self.translations.setdefault(lang, {})
            for text in tr.findall("xf:text", NS):
                forms = texts.setdefault(text.get("id") or "", {})
                for value in text.findall("xf:value", NS):
                    forms[value.get("form") or "text"] = _segments(value)

    def texts(self, text_id: str, form: str = "text") -> Texts:
        out: Texts = {}
        for lang, texts in self.translations.items():
            seg = texts.get(text_id, {}).get(form)
            if seg is not None and seg != ["-"]:
                out[lang] = seg
        return out

    def media(self, text_id: str) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        for lang, texts in self.translations.items():
            for form, seg in texts.get(text_id, {}).items():
                if form in ("image", "audio", "video", "big-image"):
                    out.setdefault(lang, {})[form] = "".join(s for s in seg if isinstance(s, str))
        return out

    def label_like(self, el: ET.Element | None) -> tuple[Texts, str | None]:
        """Texts of a <label>/<hint> element and its itext id (if any)."""
        if el is None:
            return {}, None
        ref = el.get("ref")
        if ref:
            m = _ITEXT_REF.match(ref)
            if m:
                return self.texts(m[1]), m[1]
        return {NO_LANGUAGE: _segments(el)}, None

    def message(self, raw: str | None) -> Texts:
        if not raw:
            return {}
        m = _ITEXT_REF.match(raw)
        if m:
            return self.texts(m[1])
        return {NO_LANGUAGE: [raw]}

    # -- model -------------------------------------------------------------------------------
    def read_binds(self) -> None:
        for b in self.model.findall("xf:bind", NS):
            nodeset = (b.get("nodeset") or "").strip()
            self.binds[nodeset] = {_qname(k): v for k, v in b.attrib.items()}

    def instances(self) -> tuple[ET.Element, dict[str, str], dict[str, str]]:
        primary = None
        inline: dict[str, str] = {}
        external: dict[str, str] = {}
        for inst in self.model.findall("xf:instance", NS):
            iid = inst.get("id")
            if iid is None and primary is None:
                children = list(inst)
                if len(children) != 1:
                    raise FormLoadError(
                        "the XForm's main instance must have exactly one root element"
                    )
                primary = children[0]
            elif iid is not None:
                if inst.get("src"):
                    external[iid] = inst.get("src") or ""
                else:
                    children = list(inst)
                    inline[iid] = (
                        ET.tostring(children[0], encoding="unicode") if children else "<root/>"
                    )
        if primary is None:
            raise FormLoadError("the XForm has no main instance")
        return primary, inline, external

    def model_setvalues(self) -> list[SetValue]:
        out = []
        for sv in self.model:
            if _local(sv.tag) in ("setvalue", "setgeopoint"):
                out.append(
                    SetValue(
                        event=sv.get("event") or "", ref=sv.get("ref") or "", value=sv.get("value")
                    )
                )
        return out


def _choice_source(reader: _Reader, control: ET.Element) -> ChoiceSource | None:
    itemset = control.find("xf:itemset", NS)
    if itemset is not None:
        nodeset = itemset.get("nodeset") or ""
        m = _INSTANCE_REF.match(nodeset)
        value_el = itemset.find("xf:value", NS)
        value_ref = (value_el.get("ref") if value_el is not None else None) or "name"
        label_el = itemset.find("xf:label", NS)
        label_ref = (label_el.get("ref") if label_el is not None else None) or "label"
        return ChoiceSource(
            instance_id=m[1] if m else None,
            nodeset=nodeset,
            value_ref=value_ref or "name",
            label_ref=label_ref or "label",
        )
    items = control.findall("xf:item", NS)
    if items:
        inline = []
        for item in items:
            label, itext_id = reader.label_like(item.find("xf:label", NS))
            value_el = item.find("xf:value", NS)
            inline.append(
                Choice(
                    value=(value_el.text or "").strip() if value_el is not None else "",
                    label=label,
                    media=reader.media(itext_id) if itext_id else {},
                )
            )
        return ChoiceSource(inline=inline)
    return None


def _choice_lists(reader: _Reader, inline: dict[str, str]) -> dict[str, list[Choice]]:
    lists: dict[str, list[Choice]] = {}
    for iid, xml in inline.items():
        root = xmlsafe.parse(xml)
        items = [c for c in root if _local(c.tag) == "item"]
        if not items or not any(_local(x.tag) in ("itextId", "name") for x in items[0]):
            continue
        choices = []
        for item in items:
            fields = {_local(x.tag): (x.text or "") for x in item}
            label: Texts = {}
            media: dict[str, dict[str, str]] = {}
            if "itextId" in fields:
                label = reader.texts(fields["itextId"])
                media = reader.media(fields["itextId"])
            elif "label" in fields:
                label = {NO_LANGUAGE: [fields["label"]]}
            choices.append(Choice(value=fields.get("name", ""), label=label, media=media))
        lists[iid] = choices
    return lists


def read_xform(xform: str) -> FormDefinition:
    """Build the form model from XForm text. Raises FormLoadError on a malformed XForm."""
    reader = _Reader(xform)
    reader.read_itext()
    reader.read_binds()
    primary, inline, external = reader.instances()
    root_name = _local(primary.tag)
    root_path = "/" + root_name

    # Body controls by their ref, in body order.
    controls: dict[str, tuple[str, ET.Element]] = {}
    repeat_groups: dict[str, ET.Element] = {}  # the <group> wrapping a <repeat>, by repeat path

    def visit(el: ET.Element) -> None:
        for child in el:
            name = _qname(child.tag)
            if name == "group":
                ref = child.get("ref") or child.get("nodeset")
                inner = child.find("xf:repeat", NS)
                if inner is not None and (inner.get("nodeset") == ref or ref is None):
                    repeat_groups[inner.get("nodeset") or ""] = child
                elif ref:
                    controls[ref] = ("group", child)
                visit(child)
            elif name == "repeat":
                controls[child.get("nodeset") or ""] = ("repeat", child)
                visit(child)
            elif name in CONTROLS:
                controls[child.get("ref") or ""] = (name, child)
            elif name not in ("label", "hint", "setvalue", "odk:setgeopoint", "item", "itemset"):
                visit(child)

    if reader.body is not None:
        visit(reader.body)

    new_repeat_setvalues: list[SetValue] = []

    def element_for(node: ET.Element, path: str) -> Element:
        bind = reader.binds.get(path, {})
        control_name, control = controls.get(path, (None, None))
        children_nodes = _distinct_children(node)
        is_repeat = (
            control_name == "repeat" or node.get("{{{}}}template".format(NS["jr"])) is not None
        )
        # an entity declaration is a group, even an update's without a label inside
        entity = _local(node.tag) == "entity" and node.get("dataset") is not None
        if children_nodes or control_name in ("group", "repeat") or is_repeat or entity:
            kind = "repeat" if is_repeat else "group"
        else:
            kind = "question"
        label_source = (
            repeat_groups.get(path) if kind == "repeat" and path in repeat_groups else control
        )
        label, label_id = reader.label_like(
            label_source.find("xf:label", NS) if label_source is not None else None
        )
        hint, hint_id = reader.label_like(
            control.find("xf:hint", NS) if control is not None else None
        )
        guidance = reader.texts(hint_id, "guidance") if hint_id else {}
        if not guidance and label_id:
            guidance = reader.texts(label_id, "guidance")
        element = Element(
            kind=kind,  # type: ignore[arg-type]
            path=path,
            name=_local(node.tag),
            data_type=bind.get("type") or ("string" if kind == "question" else None),
            control=None if control_name in ("group", "repeat") else control_name,
            label=label,
            hint=hint,
            guidance_hint=guidance,
            media=reader.media(label_id) if label_id else {},
            constraint_message=reader.message(bind.get("jr:constraintMsg")),
            required_message=reader.message(bind.get("jr:requiredMsg")),
            relevant=bind.get("relevant"),
            constraint=bind.get("constraint"),
            calculate=bind.get("calculate"),
            required=bind.get("required"),
            readonly=bind.get("readonly"),
            preload=bind.get("jr:preload"),
            preload_params=bind.get("jr:preloadParams"),
            save_to=bind.get("entities:saveto"),
        )
        if kind != "question" and node.attrib:  # an entity declaration's attributes
            template = "{{{}}}template".format(NS["jr"])
            element.attributes = {_local(k): v for k, v in node.attrib.items() if k != template}
            element.attribute_calculates = {
                name: reader.binds[f"{path}/@{name}"]["calculate"]
                for name in element.attributes
                if reader.binds.get(f"{path}/@{name}", {}).get("calculate")
            }
        default = (node.text or "").strip()
        if kind == "question" and not children_nodes and default:
            element.default = default
        if control is not None:
            appearance = control.get("appearance")
            if kind == "repeat" and path in repeat_groups:
                appearance = appearance or repeat_groups[path].get("appearance")
            element.appearance = appearance
            element.repeat_count = (
                control.get("{{{}}}count".format(NS["jr"])) if kind == "repeat" else None
            )
            element.mediatype = control.get("mediatype")
            if control_name == "range":
                element.parameters = {
                    k: control.get(k) or "" for k in ("start", "end", "step") if control.get(k)
                }
            element.choices = (
                _choice_source(reader, control)
                if control_name in ("select1", "select", "rank", "odk:rank")
                else None
            )
            for sv in control:
                if _local(sv.tag) in ("setvalue", "setgeopoint"):
                    action = SetValue(
                        event=sv.get("event") or "", ref=sv.get("ref") or "", value=sv.get("value")
                    )
                    if "odk-new-repeat" in action.event.split():
                        new_repeat_setvalues.append(action)
                    else:
                        element.on_change.append(action)
        if kind != "question":
            element.children = [element_for(c, f"{path}/{_local(c.tag)}") for c in children_nodes]
        return element

    form_id = primary.get("id") or root_name
    elements = [element_for(c, f"{root_path}/{_local(c.tag)}") for c in _distinct_children(primary)]
    title_el = reader.head.find("h:title", NS) if reader.head is not None else None
    languages = [lang for lang in reader.translations if lang != NO_LANGUAGE]
    instance_name_bind = reader.binds.get(f"{root_path}/meta/instanceName", {})
    audit_bind = reader.binds.get(f"{root_path}/meta/audit")
    submission = reader.model.find("xf:submission", NS)
    return FormDefinition(
        form_id=form_id,
        version=_form_version(primary),
        title=(title_el.text or "").strip() if title_el is not None else form_id,
        default_language=reader.default_language or (languages[0] if languages else None),
        languages=languages,
        instance_name=instance_name_bind.get("calculate"),
        public_key=submission.get("base64RsaPublicKey") if submission is not None else None,
        root_name=root_name,
        instance_xml=ET.tostring(primary, encoding="unicode"),
        secondary_instances=inline,
        external_instances=external,
        choice_lists=_choice_lists(reader, inline),
        setvalues=reader.model_setvalues() + new_repeat_setvalues,
        elements=elements,
        entities_version=next(
            (v for k, v in reader.model.attrib.items() if _local(k) == "entities-version"), None
        ),
        audit=AuditSettings.from_bind(audit_bind) if audit_bind is not None else None,
        xform=xform,
    )


def _form_version(primary: ET.Element) -> str:
    """The form's version: the primary instance's ``version`` attribute — or one of that name
    in a namespace (``orx:version``, as the XForms spec's examples and ODK Central's own test
    forms write it), which ODK Central and JavaRosa read as the version too."""
    plain = primary.get("version")
    if plain:
        return plain
    return next((v for k, v in primary.attrib.items() if _local(k) == "version" and v), "")


def _distinct_children(node: ET.Element) -> list[ET.Element]:
    """Children in order, with repeated instances of a repeat collapsed into one (the template)."""
    seen: dict[str, ET.Element] = {}
    template_attr = "{{{}}}template".format(NS["jr"])
    for c in node:
        name = _local(c.tag)
        if name not in seen or c.get(template_attr) is not None:
            seen[name] = c
    return list(seen.values())
