"""A filled (or being-filled) form: the instance tree plus everything computed from it.

Changing one answer re-evaluates only the triggerables that depend on it (see
:mod:`form_engine.dependencies`), restricted to the repeat instance the change happened in.
"""

from __future__ import annotations

import random
import re
import uuid as uuidlib
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import cast

from form_engine.collector import collector_resting
from form_engine.dependencies import WILDCARD, Triggerable
from form_engine.errors import XPathEvalError, XPathValueError
from form_engine.model import NO_LANGUAGE, Choice, ChoiceSource, Element, FormDefinition, Texts
from form_engine.nodes import AttrNode, Node, NodeState, RowNode, parse_document
from form_engine.repeat_counts import count_source_invalid, holds_answers
from form_engine.runtime import TEMPLATE_ATTR, FormRuntime
from form_engine.xpath.evaluator import EvalEnv, compile_expression
from form_engine.xpath.values import number_to_string, to_boolean, to_number, to_string

# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms)
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

# A repeat count beyond this is a typo (a phone number in "how many members"), not a household.
MAX_REPEAT_COUNT = 1000


class FormSession:
    """One submission's instance: :meth:`new` for a blank one; or an existing instance tree
    (``validation`` builds one from a submission's JSON)."""

    def __init__(
        self,
        form: FormDefinition,
        doc: Node,
        *,
        now: Callable[[], datetime] | None = None,
        rng: random.Random | None = None,
        language: str | None = None,
        recompute_calculations: bool = True,
    ) -> None:
        self.form = form
        self.runtime = FormRuntime.of(form)
        self.doc = doc
        self.root = doc.children[0]
        self.language = language or form.default_language or NO_LANGUAGE
        self.recompute_calculations = recompute_calculations
        self.env = EvalEnv(
            instances=self.runtime.secondary,
            now=now or (lambda: datetime.now().astimezone()),
            rng=rng or random.Random(),
            choice_name=self._choice_name,
            pulldata=self._pulldata,
            main_document=doc,
        )
        self._index: dict[str, list[Node]] = {}
        # (triggerable, node) -> the value error its last evaluation met
        self.value_problems: dict[tuple[int, int], tuple[Triggerable, Node, XPathValueError]] = {}
        self._reindex()
        self.recompute_all()

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def new(
        cls,
        form: FormDefinition,
        *,
        now: Callable[[], datetime] | None = None,
        rng: random.Random | None = None,
        instance_id: str | None = None,
        username: str = "",
        deviceid: str = "",
        language: str | None = None,
    ) -> FormSession:
        """A blank submission: defaults, metadata and first-load actions applied."""
        doc = parse_document(form.instance_xml)
        for node in list(doc.iter()):
            if TEMPLATE_ATTR in node.attrs and node.parent is not None:
                node.parent.remove(node)
        session = cls(form, doc, now=now, rng=rng, language=language)
        session._preload(instance_id=instance_id, username=username, deviceid=deviceid)
        session._run_setvalues("odk-instance-first-load", session.root)
        session._calculations_win("odk-instance-first-load")
        return session

    def _preload(self, *, instance_id: str | None, username: str, deviceid: str) -> None:
        for el in self.form.walk():
            if not el.preload:
                continue
            for node in self.nodes(el.path):
                value = ""
                if el.preload == "uid":
                    value = (
                        instance_id
                        or f"uuid:{uuidlib.UUID(int=self.env.rng.getrandbits(128), version=4)}"
                    )
                elif el.preload == "timestamp" and el.preload_params == "start":
                    value = to_string(self.env.now())
                elif el.preload == "date" and el.preload_params == "today":
                    value = self.env.now().date().isoformat()
                elif el.preload == "property":
                    value = {
                        "deviceid": deviceid,
                        "username": username,
                        "uri:username": username,
                    }.get(el.preload_params or "", "")
                if value:
                    self.set_value(node, value)

    def stamp_end(self) -> None:
        """Set ``end`` metadata (preload timestamp/end); called at finalize."""
        for el in self.form.walk():
            if el.preload == "timestamp" and el.preload_params == "end":
                for node in self.nodes(el.path):
                    self.set_value(node, to_string(self.env.now()))

    # -- lookup ------------------------------------------------------------------------------
    def _reindex(self) -> None:
        """Rebuild generic path -> concrete nodes (document order); paths computed top-down."""
        index: dict[str, list[Node]] = {}
        elements = self.runtime.elements
        stack = [(self.root, "/" + self.root.name)]
        while stack:
            node, path = stack.pop()
            index.setdefault(path, []).append(node)
            if node.state is None:
                node.state = NodeState(path, elements.get(path))
            stack.extend((c, f"{path}/{c.name}") for c in reversed(node.children))
        self._index = index

    def nodes(self, generic_path: str) -> list[Node]:
        return self._index.get(generic_path, [])

    def node(self, path: str) -> Node:
        """A concrete node by indexed path, e.g. ``/data/member[2]/age``."""
        found = compile_expression(path).evaluate(self.root, self.env)
        if not isinstance(found, list) or not found:
            raise KeyError(path)
        return found[0]

    def element(self, node: Node) -> Element | None:
        state = node.state
        if state is not None:
            return state.element  # type: ignore[return-value]
        return self.runtime.elements.get(node.generic_path())

    def value(self, node_or_path: Node | str) -> str:
        node = self.node(node_or_path) if isinstance(node_or_path, str) else node_or_path
        return node.text

    # -- state -------------------------------------------------------------------------------
    def is_relevant(self, node: Node) -> bool:
        return node.state.relevant if node.state else True

    def is_required(self, node: Node) -> bool:
        el = self.element(node)
        if el is None or not el.required:
            return False
        if el.required.strip() == "true()":
            return True
        return node.state.required if node.state else False

    def is_readonly(self, node: Node) -> bool:
        el = self.element(node)
        if el is None:
            return False
        if el.calculate or (el.readonly or "").strip() == "true()":
            return True
        return bool(el.readonly) and node.state is not None and node.state.readonly

    # -- changes -----------------------------------------------------------------------------
    def set_value(self, node: Node, text: str) -> None:
        """Store an answer (canonical text) and re-evaluate what depends on it."""
        self._assign(node, text, typed="")

    def _assign(self, node: Node, text: str, *, typed: str) -> None:
        state = node.state
        if state is not None and state.typed != typed:
            state.typed = typed
            if node.text == text:  # what reads the answer's validity (repeat counts) rereads
                self._cascade(_path(node), node)
                return
        if node.text == text:
            return
        node.text = text
        el = self.element(node)
        self._cascade(_path(node), node)
        if el is not None:
            for action in el.on_change:
                self._apply_setvalue(action.ref, action.value, node)

    def set_typed(self, node: Node, typed: str) -> None:
        """Keep text that is not a value of the question's type yet ("12x", "2026-0"): the
        question's value becomes empty (nothing computed reads half-typed text) and
        validation reports the typed text until it is corrected."""
        self._assign(node, "", typed=typed)

    def typed_texts(self) -> dict[str, str]:
        """Every kept typed text by indexed node path (what a draft saves beside its data)."""
        return {
            node.abs_path(indexed=True): node.state.typed
            for nodes in self._index.values()
            for node in nodes
            if node.state is not None and node.state.typed
        }

    def add_repeat(self, repeat_path: str, parent: Node | None = None) -> Node:
        """Append a new instance of a repeat (inside ``parent`` for nested repeats)."""
        if parent is None:
            parents = self.nodes(repeat_path.rsplit("/", 1)[0])
            if len(parents) != 1:
                raise ValueError(f"say which parent to add {repeat_path} to")
            parent = parents[0]
        instance = self._insert_instance(repeat_path, parent)
        self._structure_changed(repeat_path, [instance], parent)
        return instance

    def _insert_instance(self, repeat_path: str, parent: Node) -> Node:
        template = self.runtime.templates.get(repeat_path)
        if template is None:
            raise KeyError(f"{repeat_path} is not a repeat of this form")
        instance = template.clone()
        siblings = parent.named(instance.name)
        if siblings:
            parent.insert(parent.children.index(siblings[-1]) + 1, instance)
        else:
            parent.insert(self._insert_position(parent, instance.name), instance)
        return instance

    def remove_repeat(self, instance: Node) -> None:
        parent = instance.parent
        if parent is None:
            return
        path = _path(instance)
        parent.remove(instance)
        self._structure_changed(path, [], parent)

    def _insert_position(self, parent: Node, name: str) -> int:
        """Where a repeat's first instance goes among its parent's children (form order)."""
        if parent is self.root:
            order = [e.name for e in self.form.elements]
        else:
            el = self.element(parent)
            order = [c.name for c in el.children] if el else []
        if name not in order:
            return len(parent.children)
        before = set(order[: order.index(name)])
        pos = 0
        for i, c in enumerate(parent.children):
            if c.name in before:
                pos = i + 1
        return pos

    def _structure_changed(self, repeat_path: str, new_instances: list[Node], parent: Node) -> None:
        """After instances were added or removed: index once, initialise the new ones, cascade."""
        self._reindex()
        inside = [
            t
            for t in self.runtime.graph.triggerables
            if t.target == repeat_path or t.target.startswith(repeat_path + "/")
        ]
        for instance in new_instances:
            self._inherit_relevance(instance)
            self._run_setvalues("odk-new-repeat", instance)
            for t in inside:
                for target in self._targets(t):
                    if target.is_within(instance):
                        self._evaluate(t, target)
        self._cascade(repeat_path, parent, entries=True)

    def _run_setvalues(self, event: str, scope: Node) -> None:
        for action in self.form.setvalues:
            if event in action.event.split():  # "odk-instance-first-load odk-new-repeat"
                self._apply_setvalue(action.ref, action.value, scope)

    def _calculations_win(self, event: str) -> None:
        """What a calculation gives, on a node that an ``event`` setvalue set too: as in
        ODK Collect (JavaRosa runs the odk-instance-first-load actions before it first
        evaluates the calculations) and as when the draft is opened again (every calculation
        redone). pyxform 2.0 to 4.4 wrote both for an entity's ``@id`` whose entities sheet
        gives an ``entity_id`` (pyxform #819): the id must not change when the draft is
        opened again."""
        refs = {a.ref.strip() for a in self.form.setvalues if event in a.event.split()}
        if not refs:
            return
        for t in self.runtime.graph.triggerables:
            if t.kind == "calculate" and t.target in refs:
                moved = False
                for target in self._targets(t):
                    moved = self._evaluate(t, target) or moved
                if moved:
                    self._cascade(t.target, None)

    def _apply_setvalue(self, ref: str, value: str | None, scope: Node) -> None:
        """Run a setvalue action. Inside a repeat it acts on the instance it happened in: the new
        instance (odk-new-repeat) or the instance of the question that triggered it."""
        path = ref.strip()
        targets = self._nodes_at(path)
        repeat = _nearest_shared_repeat(scope, path, self.runtime.repeat_paths)
        if repeat is not None:
            targets = [t for t in targets if t.is_within(repeat)]
        for target in list(targets):
            if value is None:
                text = ""
            else:
                at = cast(Node, target)  # an attribute is walked as a node (its parent, its text)
                text = to_string(compile_expression(value).evaluate(at, self.env, target=at))
            if isinstance(target, AttrNode):
                self._set_attribute(target, text)
            else:
                self.set_value(target, self._canonical(target, text))

    def _nodes_at(self, path: str) -> list[Node | AttrNode]:
        """The nodes at a generic path — or, for ``…/entity/@id``, that attribute of each."""
        if "/@" in path:
            owner, name = path.rsplit("/@", 1)
            return [AttrNode(name, n) for n in self.nodes(owner)]
        return list(self.nodes(path))

    def _set_attribute(self, target: AttrNode, text: str) -> None:
        attrs = target.parent.attrs
        if attrs.get(target.name) == text:
            return
        attrs[target.name] = text
        self._cascade(f"{_path(target.parent)}/@{target.name}", target.parent)

    def _targets(self, t: Triggerable) -> list[Node | AttrNode]:
        # A repeat count is a property of the repeat's parent: it holds even with no instances.
        if t.kind == "repeat_count":
            return list(self.nodes(t.target.rsplit("/", 1)[0]))
        return self._nodes_at(t.target)

    def recompute_all(self) -> None:
        for t in self.runtime.graph.triggerables:
            for target in self._targets(t):
                self._evaluate(t, target)

    def _cascade(self, changed_path: str, scope: Node | None, *, entries: bool = False) -> None:
        """Re-evaluate, in dependency order, what reads ``changed_path`` (with ``entries``: the
        entries of that repeat were added or removed) — and what reads those, but only while
        something really changes: a calculation that comes out the same stops the cascade
        there."""
        changed = {changed_path}
        reshaped = {changed_path} if entries else set()
        for t in self.runtime.graph.closure(changed_path, entries=entries):
            if not (
                any(_related(d, c) for d in t.deps for c in changed)
                or any(s == r or s.startswith(r + "/") for s in t.shape for r in reshaped)
            ):
                continue
            targets = self._targets(t)
            # Within the repeat entry the change happened in — unless this one reads the
            # changed path in every entry (indexed-repeat, an absolute path), whose results
            # then move elsewhere too, and the rest of the cascade follows them everywhere.
            wide = WILDCARD in t.deps or any(_related(d, c) for d in t.every for c in changed)
            if scope is not None and not wide:
                repeat = _nearest_shared_repeat(scope, t.target, self.runtime.repeat_paths)
                if repeat is not None:
                    targets = [n for n in targets if n.is_within(repeat)]
            moved = False
            for target in targets:
                moved = self._evaluate(t, target) or moved
            if moved and wide:
                scope = None
            if moved:
                changed.add(t.target)
                if t.kind == "repeat_count":
                    reshaped.add(t.target)

    def _evaluate(self, t: Triggerable, target: Node | AttrNode) -> bool:
        """Evaluate one triggerable on one node; True when what others read changed."""
        if target.parent is None and target is not self.root:
            return False  # removed by an earlier repeat-count change in this cascade
        if isinstance(target, AttrNode):
            return self._evaluate_attribute(t, target)
        kind = t.kind
        context = target
        try:
            result = t.expr.evaluate(context, self.env, target=target)
        except XPathValueError as exc:
            # The answers it read make no sense (a 30 February): empty here, and the
            # questions it read say why (validation.check_answer).
            self.value_problems[id(t), id(target)] = (t, target, exc)
            result = ""
        except XPathEvalError:
            result = ""  # an expression that fails on this data (e.g. bad regex) yields empty
        else:
            self.value_problems.pop((id(t), id(target)), None)
        state = target.state
        assert state is not None  # every node of a session's instance has its state
        if kind == "calculate":
            if not self.recompute_calculations and target.text != "":
                return False
            text = self._canonical(
                target, to_string(result) if not isinstance(result, float) else result
            )
            if text == target.text:
                return False
            target.text = text
            return True
        if kind == "relevant":
            new = to_boolean(result)
            if state.relevant_self == new:
                return False
            state.relevant_self = new
            self._inherit_relevance(target)
            return True
        if kind == "required":
            state.required = to_boolean(result)
        elif kind == "readonly":
            state.readonly = to_boolean(result)
        elif kind == "repeat_count":
            return self._set_repeat_count(t, target, result)
        return False

    def _evaluate_attribute(self, t: Triggerable, target: AttrNode) -> bool:
        """A computed attribute of an entity declaration (``@id``, ``@create``,
        ``@baseVersion``…): what the expression gives, as text; empty where it fails."""
        attrs = target.parent.attrs
        if not self.recompute_calculations and attrs.get(target.name, "") != "":
            return False
        text = self._attribute_value(t, target)
        if attrs.get(target.name) == text:
            return False
        if target.name == "id" and attrs.get("id") and self._attribute_value(t, target) != text:
            # an id that comes out new at each evaluation (coalesce(${hh}, uuid())) is made
            # once: opening the draft again, or editing a returned submission, must not
            # register the household a second time under another id
            return False
        attrs[target.name] = text
        return True

    def _attribute_value(self, t: Triggerable, target: AttrNode) -> str:
        at = cast(Node, target)  # walked as a node: its parent, its text
        try:
            result = t.expr.evaluate(at, self.env, target=at)
        except (XPathValueError, XPathEvalError):
            result = ""
        return number_to_string(result) if isinstance(result, float) else to_string(result)

    def value_problem(self, node: Node) -> XPathValueError | None:
        """The value error of an expression that read this question's answer (directly or
        through calculations) in the same repeat entry, if one failed on it."""
        el = self.element(node)
        if el is None:
            return None
        for t, target, error in self.value_problems.values():
            if target.parent is None and target is not self.root:
                continue  # its entry was removed
            if not self.is_relevant(target) or el.path not in self.runtime.graph.sources(t):
                continue
            repeat = _nearest_shared_repeat(node, t.target, self.runtime.repeat_paths)
            if repeat is None or target.is_within(repeat):
                return error
        return None

    def _inherit_relevance(self, top: Node) -> None:
        parent_relevant = (
            top.parent.state.relevant if top.parent is not None and top.parent.state else True
        )
        stack = [(top, parent_relevant)]
        while stack:
            node, inherited = stack.pop()
            st = node.state
            if st is None:
                continue
            st.relevant = inherited and st.relevant_self
            stack.extend((c, st.relevant) for c in node.children)

    def _set_repeat_count(self, t: Triggerable, parent: Node, result: object) -> bool:
        """Make the number of instances follow the count — but only a count the enumerator
        could finalize (one that fails its own constraint, 75 where the form says 1–30, builds
        nothing), and without ever dropping answers: instances that hold answers stay until
        the enumerator confirms their removal (:mod:`form_engine.repeat_counts`)."""
        repeat_path = t.target
        name = repeat_path.rsplit("/", 1)[-1]
        n = to_number(result)
        if (n != n and to_string(result).strip()) or count_source_invalid(self, t, parent):
            # Not a count anyone could finalize ("7" on the way to "75" where the form says
            # 1–30): it builds nothing, and the entries made for the "7" go if still blank.
            n = 0.0
            grow = False
        else:
            grow = True
        wanted = 0 if n != n or n < 0 else min(int(n), MAX_REPEAT_COUNT)
        if len(parent.named(name)) == wanted:
            return False
        # As ODK Collect, extra instances go from the end; here only those without answers.
        removed = False
        while len(parent.named(name)) > wanted and not holds_answers(self, parent.named(name)[-1]):
            parent.remove(parent.named(name)[-1])
            removed = True
        added = []
        while grow and len(parent.named(name)) < wanted:
            added.append(self._insert_instance(repeat_path, parent))
        if not (added or removed):
            return False
        self._structure_changed(repeat_path, added, parent)
        return True

    def _canonical(self, node: Node, value: object) -> str:
        """The text stored for a computed value, shaped by the field's type."""
        el = self.element(node)
        data_type = el.data_type if el else "string"
        if isinstance(value, float):
            if value != value:
                return ""
            if data_type == "int":
                return number_to_string(float(int(value))) if abs(value) != float("inf") else ""
            return number_to_string(value)
        return str(value)

    # -- choices and texts ----------------------------------------------------------------------
    def choices(self, node: Node) -> list[Choice]:
        """The choices the question offers now (choice filter applied)."""
        el = self.element(node)
        if el is None or el.choices is None:
            return []
        src = el.choices
        if src.inline:
            return list(src.inline)
        static = self.runtime.static_choices.get(src.nodeset or "")
        if static is not None:
            return list(static)
        out = self._choices_from_instance(src, node)
        if _context_free(src.nodeset or ""):  # the same for every node of every session
            self.runtime.static_choices[src.nodeset or ""] = out
        return list(out)

    def _choices_from_instance(self, src: ChoiceSource, node: Node) -> list[Choice]:
        items = compile_expression(src.nodeset or "").evaluate(node, self.env, current=node)
        if not isinstance(items, list):
            return []
        value_expr = compile_expression(src.value_ref)
        by_value = self.runtime.choice_by_value.get(src.instance_id or "", {})
        out = []
        # an entity list's 100,000 items: short-lived values, no cycles to free
        with collector_resting():
            plain = src.value_ref if src.value_ref.isidentifier() else ""
            for item in items:
                value = item.cell(plain) if plain and isinstance(item, RowNode) else None
                if value is None:
                    value = value_expr.string(item, self.env)
                known = by_value.get(value)
                if known is not None:
                    out.append(known)
                else:
                    label_node = item.child(src.label_ref) if "(" not in src.label_ref else None
                    text = label_node.text if label_node else value
                    out.append(Choice(value=value, label={NO_LANGUAGE: [text]}))
        return out

    def render(
        self,
        texts: Texts,
        node: Node | None = None,
        language: str | None = None,
        *,
        isolate_outputs: bool = False,
    ) -> str:
        """A label/hint in ``language`` with its ``${field}`` outputs filled in. On screen
        (``isolate_outputs``) each output keeps its own direction: a date or a number in an
        Arabic label reads 2024-02-29, not 29-02-2024."""
        lang = language or self.language
        segments = texts.get(lang)
        if segments is None:
            segments = texts.get(NO_LANGUAGE)
        if segments is None and self.form.default_language:
            segments = texts.get(self.form.default_language)
        if segments is None:
            segments = next(iter(texts.values()), [])
        out = []
        isolate = isolate_outputs and any(
            isinstance(seg, str) and _RIGHT_TO_LEFT.search(seg) for seg in segments
        )
        for seg in segments:
            if isinstance(seg, str):
                out.append(seg)
            else:
                value = compile_expression(seg["output"]).evaluate(node or self.root, self.env)
                text = to_string(value)
                out.append(f"\u2068{text}\u2069" if isolate and text else text)
        return "".join(out)

    def _choice_name(self, value: str, path: str, current: Node) -> str:
        generic = "/".join(part.split("[")[0] for part in path.split("/"))
        el = self.runtime.elements.get(generic)
        if el is None or el.choices is None:
            raise XPathEvalError(f"jr:choice-name(): {path} is not a select question")
        pool = el.choices.inline or self.form.choice_lists.get(el.choices.instance_id or "", [])
        for choice in pool:
            if choice.value == value:
                return self.render(choice.label, current)
        return ""

    def _pulldata(self, table: str, column: str, key_column: str, key: str) -> str:
        rows = self.runtime.pulldata_tables.get(table)
        if rows is None:
            raise XPathEvalError(f"pulldata(): the form has no attached file '{table}.csv'")
        for row in rows:
            if row.get(key_column) == key:
                return row.get(column) or ""
        return ""

    # -- walking -----------------------------------------------------------------------------
    def walk(self, *, relevant_only: bool = True) -> Iterator[tuple[Element, Node]]:
        """Every (element, concrete node) in form order; repeat instances in order."""

        def visit(elements: list[Element], parent: Node) -> Iterator[tuple[Element, Node]]:
            for el in elements:
                for node in parent.named(el.name):
                    if relevant_only and not self.is_relevant(node):
                        continue
                    yield el, node
                    if el.children:
                        yield from visit(el.children, node)

        yield from visit(self.form.elements, self.root)

    def instance_name(self) -> str:
        node = self.root.child("meta")
        name = node.child("instanceName") if node is not None else None
        return name.text if name is not None else ""


def _path(node: Node) -> str:
    return node.state.path if node.state is not None else node.generic_path()


def _related(a: str, b: str) -> bool:
    """True when one path is the other or contains it (or either is unknown)."""
    if a == b or a == WILDCARD or b == WILDCARD:
        return True
    return a.startswith(b + "/") or b.startswith(a + "/")


def _nearest_shared_repeat(scope: Node, target_path: str, repeat_paths: set[str]) -> Node | None:
    """The concrete repeat instance around ``scope`` that also contains ``target_path``."""
    n: Node | None = scope
    while n is not None and not n.is_document:
        path = _path(n)
        if path in repeat_paths and (target_path == path or target_path.startswith(path + "/")):
            return n
        n = n.parent
    return None


def _context_free(nodeset: str) -> bool:
    """A choice list read from a secondary instance with no filter
    (``instance('x')/root/item``): it does not depend on the question or the answers, and the
    instance never changes, so it is read once per form."""
    return nodeset.startswith("instance(") and "[" not in nodeset and "current()" not in nodeset
