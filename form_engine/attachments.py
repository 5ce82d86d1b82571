"""Files a form needs beside it: CSV and XML choice lists (``select_one_from_file``) and
``pulldata()`` tables, looked for as ODK tools do; and the last-saved instance."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from form_engine.errors import FormLoadError
from form_engine.model import NO_LANGUAGE, Choice, FormDefinition


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
            raise FormLoadError(
                f"the form needs the file '{file_name}', which is not beside the workbook "
                f"(put it next to the .xlsx or in the '-media' folder)",
                code="missing_attachment",
                **where,
            )
        form.attachments[file_name] = text
        if file_name.lower().endswith(".csv"):
            xml, choices = _csv_instance(text, file_name)
            form.secondary_instances[iid] = xml
            form.choice_lists[iid] = choices
        elif file_name.lower().endswith(".xml"):
            from xml.etree import ElementTree as ET

            try:
                ET.fromstring(text)
            except ET.ParseError as exc:
                raise FormLoadError(
                    f"the attached file '{file_name}' is not well-formed XML: {exc}",
                    code="bad_attachment",
                    **where,
                ) from None
            form.secondary_instances[iid] = text
        else:
            raise FormLoadError(
                f"choices from '{file_name}' are not supported: Daftari reads CSV and XML choice files",
                code="unsupported_attachment",
                **where,
            )


def _blank_instance(instance_xml: str) -> str:
    from xml.etree import ElementTree as ET

    root = ET.fromstring(instance_xml)
    for parent in list(root.iter()):
        for child in list(parent):
            if any(k.endswith("template") for k in child.attrib):
                parent.remove(child)
    return ET.tostring(root, encoding="unicode")
