"""Files a form needs beside it: CSV, XML and GeoJSON choice lists (``select_one_from_file``)
and ``pulldata()`` tables, looked for as ODK tools do; and the last-saved instance. A file not
found does not stop the form loading: it is listed in ``FormDefinition.missing_files``."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from form_engine import xmlsafe
from form_engine.errors import FormLoadError
from form_engine.model import NO_LANGUAGE, Choice, FormDefinition, NeededFile
from form_engine.nodes import Node, RowNode, make_document


def _csv_instance(text: str, name: str) -> tuple[str, list[Choice]]:
    """A CSV attachment as an instance document root/item[column...], plus its choices."""
    from xml.sax.saxutils import escape

    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        raise FormLoadError(
            f"the attached file '{name}' is empty or has no header row", code="bad_attachment"
        )
    parts = ["<root>"]
    choices: list[Choice] = []
    tag_ok = re.compile(r"^[A-Za-z_][\w.\-]*$")
    for row in reader:
        parts.append("<item>")
        for key, value in row.items():
            if key is None or not tag_ok.match(key.split("::")[0]):
                continue
            tag = (
                key.split("::")[0]
                if "::" not in key
                else key.replace("::", "_").replace(" ", "_").replace("(", "").replace(")", "")
            )
            parts.append(f"<{tag}>{escape(value or '')}</{tag}>")
        parts.append("</item>")
        label = {}
        for key, value in row.items():
            if key == "label":
                label[NO_LANGUAGE] = [value or ""]
            elif key and key.startswith("label::"):
                label[key.split("::", 1)[1]] = [value or ""]
        choices.append(Choice(value=row.get("name") or "", label=label))
    parts.append("</root>")
    return "".join(parts), choices


_FIELDS = set(Choice.model_fields)  # shared by a list's choices: never assigned to
_NO_MEDIA: dict = {}  # likewise (a list's rows have no images)
_new, _set = object.__new__, object.__setattr__


def _choice(value: str, label: dict) -> Choice:
    """A choice as ``Choice.model_construct`` makes it (no validation: the list's own
    values), in a third of its time and with fewer objects for the collector to walk —
    100,000 of them for a site's list of households. Read only, as a list's choices are."""
    choice = _new(Choice)
    _set(choice, "__dict__", {"value": value, "label": label, "media": _NO_MEDIA})
    _set(choice, "__pydantic_fields_set__", _FIELDS)
    _set(choice, "__pydantic_extra__", None)
    _set(choice, "__pydantic_private__", None)
    return choice


def rows_instance(header: list[str], rows: Iterable[Sequence[str]]) -> tuple[Node, list[Choice]]:
    """A list's rows (an entity list, as a CSV attachment would hold it) as an instance
    document root/item[column...] and its choices, built at once: no CSV or XML text made and
    parsed again (100,000 households)."""
    tag_ok = re.compile(r"^[A-Za-z_][\w.\-]*$")
    columns = [
        (i, key.split("::")[0] if "::" not in key else key.replace("::", "_").replace(" ", "_"))
        for i, key in enumerate(header)
        if key and tag_ok.match(key.split("::")[0])
    ]
    name_at = header.index("name") if "name" in header else None
    labels = [
        (i, NO_LANGUAGE if key == "label" else key.split("::", 1)[1])
        for i, key in enumerate(header)
        if key == "label" or key.startswith("label::")
    ]
    root = Node("root")
    choices: list[Choice] = []
    by_tag: dict[str, int] = {}
    for i, tag in columns:
        by_tag.setdefault(tag, i)  # a tag twice: its first column
    items = root.children
    for row in rows:
        item = RowNode(row, by_tag)  # its columns made only when walked (RowNode.cell)
        item.parent = root
        items.append(item)
        choices.append(
            _choice(
                row[name_at] if name_at is not None else "",
                {lang: [row[i]] for i, lang in labels},
            )
        )
    return make_document(root), choices


def _find_attachment(name: str, search_dirs: list[Path]) -> Path | None:
    for d in search_dirs:
        candidate = d / name
        if candidate.is_file():
            return candidate
    return None


def choice_file_suffix(src: str) -> str:
    return ".csv" if "file-csv" in src else ".xml" if src.endswith(".xml") else ""


def load_external_instances(
    form: FormDefinition,
    attachments: dict[str, str],
    search_dirs: list[Path],
    rows: dict[str, tuple[int, str]],
) -> None:
    for iid, src in form.external_instances.items():
        if src == "jr://instance/last-saved":
            # Until the desktop supplies the last saved submission, it is the blank form.
            form.secondary_instances[iid] = _blank_instance(form.instance_xml)
            continue
        file_name = src.rsplit("/", 1)[-1]
        users = [el for el in form.walk() if el.choices and el.choices.instance_id == iid]
        where: dict[str, Any] = {
            "sheet": "survey",
            "row": users[0].row if users else None,
            "column": "type" if users else None,
        }
        text = attachments.get(file_name)
        if text is None:
            found = _find_attachment(file_name, search_dirs)
            if found is not None:
                try:
                    text = found.read_text(encoding="utf-8-sig")
                except UnicodeDecodeError:
                    raise FormLoadError(
                        f"the attached file '{file_name}' is not UTF-8 text (save it as CSV UTF-8)",
                        code="bad_attachment",
                        **where,
                    ) from None
        if text is None:
            # Loaded all the same, as ODK Central does: the file can be added afterwards.
            form.missing_files.append(
                NeededFile(
                    name=file_name,
                    use="choices" if users else "pulldata",
                    question=users[0].name if users else None,
                    row=where["row"],
                    instance_id=iid,
                )
            )
            form.secondary_instances[iid] = "<root/>"
            continue
        form.attachments[file_name] = text
        if file_name.lower().endswith(".csv"):
            xml, choices = _csv_instance(text, file_name)
            form.secondary_instances[iid] = xml
            form.choice_lists[iid] = choices
        elif file_name.lower().endswith(".xml"):
            from xml.etree import ElementTree as ET

            try:
                xmlsafe.parse(text)
            except ET.ParseError as exc:
                raise FormLoadError(
                    f"the attached file '{file_name}' is not well-formed XML: {exc}",
                    code="bad_attachment",
                    **where,
                ) from None
            form.secondary_instances[iid] = text
        elif file_name.lower().endswith(".geojson"):
            form.secondary_instances[iid] = geojson_instance(text, file_name, where)
        else:
            raise FormLoadError(
                f"choices from '{file_name}' are not supported: Daftari reads CSV, XML and "
                "GeoJSON choice files",
                code="unsupported_attachment",
                **where,
            )


def geojson_instance(text: str, name: str, where: dict[str, Any]) -> str:
    """A GeoJSON FeatureCollection as ODK Collect reads it for ``select_one_from_file``: one
    item per feature, holding its ``geometry`` in ODK's "lat lon alt accuracy" form and each
    of its properties; the feature's own ``id`` when its properties have none."""
    import json
    from xml.sax.saxutils import escape

    def refuse(why: str) -> FormLoadError:
        return FormLoadError(f"the attached file '{name}' {why}", code="bad_attachment", **where)

    try:
        data = json.loads(text)
    except ValueError as exc:
        raise refuse(f"is not GeoJSON (not JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise refuse("is not a GeoJSON FeatureCollection")
    features = data.get("features")
    if not isinstance(features, list):
        raise refuse("has no list of features")
    tag_ok = re.compile(r"^[A-Za-z_][\w.\-]*$")
    parts = ["<root>"]
    for n, feature in enumerate(features, 1):
        if not isinstance(feature, dict) or not isinstance(feature.get("geometry"), dict):
            raise refuse(f"has a feature without a geometry (feature {n})")
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            raise refuse(f"has a feature whose properties are not an object (feature {n})")
        geometry = _odk_geometry(feature["geometry"])
        if geometry is None:
            raise refuse(
                f"has a geometry ODK cannot use (feature {n}: only Point, LineString and Polygon)"
            )
        parts.append(f"<item><geometry>{geometry}</geometry>")
        if "id" not in properties and feature.get("id") is not None:
            parts.append(f"<id>{escape(str(feature['id']))}</id>")
        for key, value in properties.items():
            if key != "geometry" and tag_ok.match(key) and not isinstance(value, dict | list):
                shown = (
                    ""
                    if value is None
                    else str(value).lower()
                    if isinstance(value, bool)
                    else str(value)
                )
                parts.append(f"<{key}>{escape(shown)}</{key}>")
        parts.append("</item>")
    parts.append("</root>")
    return "".join(parts)


def _odk_geometry(geometry: dict) -> str | None:
    def point(p: object) -> str | None:
        if not isinstance(p, list) or len(p) < 2 or not all(isinstance(x, int | float) for x in p):
            return None
        return f"{p[1]} {p[0]} {p[2] if len(p) > 2 else 0} 0"

    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Point":
        return point(coordinates)
    if kind == "Polygon" and isinstance(coordinates, list) and coordinates:
        coordinates = coordinates[0]  # the outer ring, as ODK's geoshape
    elif kind != "LineString":
        return None
    if not isinstance(coordinates, list) or not coordinates:
        return None
    points = [point(p) for p in coordinates]
    return None if None in points else "; ".join(p for p in points if p)


def _blank_instance(instance_xml: str) -> str:
    from xml.etree import ElementTree as ET

    root = xmlsafe.parse(instance_xml)
    for parent in list(root.iter()):
        for child in list(parent):
            if any(k.endswith("template") for k in child.attrib):
                parent.remove(child)
    return ET.tostring(root, encoding="unicode")
