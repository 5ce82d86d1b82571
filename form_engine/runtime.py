"""What is computed once per form definition and shared by every session of that form:
the dependency graph, repeat templates, secondary instances and choice lookups."""

from __future__ import annotations

import csv
import io
from functools import cached_property

from form_engine.dependencies import DependencyGraph
from form_engine.model import Choice, Element, FormDefinition
from form_engine.nodes import Node, parse_document

TEMPLATE_ATTR = "template"


class FormRuntime:
    """What is computed once per form definition and shared by all its sessions."""

    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self.graph = DependencyGraph(form)
        self.elements: dict[str, Element] = {e.path: e for e in form.walk()}
        self.repeat_paths = {e.path for e in form.walk() if e.kind == "repeat"}
        template_doc = parse_document(form.instance_xml)
        self.templates: dict[str, Node] = {}
        for node in template_doc.iter():
            if TEMPLATE_ATTR in node.attrs:
                clone = node.clone()
                clone.attrs.pop(TEMPLATE_ATTR, None)
                self.templates[node.generic_path()] = clone
        for node in template_doc.iter():  # no jr:template: the first entry is one (JavaRosa)
            path = node.generic_path()
            if path in self.repeat_paths and path not in self.templates:
                self.templates[path] = node.clone()
        built = form._documents if isinstance(form._documents, dict) else {}
        self.secondary: dict[str, Node] = {
            k: built[k] if k in built else parse_document(v)
            for k, v in form.secondary_instances.items()
        }
        self.choice_by_value: dict[str, dict[str, Choice]] = {
            iid: {c.value: c for c in reversed(choices)}
            for iid, choices in form.choice_lists.items()
        }
        # the choices of an unfiltered choice list, by nodeset (FormSession.choices)
        self.static_choices: dict[str, list[Choice]] = {}

    @classmethod
    def of(cls, form: FormDefinition) -> FormRuntime:
        runtime = form._runtime
        if not isinstance(runtime, FormRuntime):
            runtime = cls(form)
            form._runtime = runtime
        return runtime

    @cached_property
    def pulldata_tables(self) -> dict[str, list[dict[str, str]]]:
        tables = {}
        for name, text in self.form.attachments.items():
            if name.lower().endswith(".csv"):
                tables[name[:-4]] = list(csv.DictReader(io.StringIO(text)))
        built = self.form._documents if isinstance(self.form._documents, dict) else {}
        for iid, doc in built.items():  # an entity list: its file is named for it
            tables[iid] = [
                {c.name: c.text for c in item.children} for item in doc.children[0].children
            ]
        return tables
