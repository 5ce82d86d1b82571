"""The typed form model shared by the desktop client and the server.

It is built from the XForm that pyxform produces (the same document ODK Collect and Enketo
run), enriched with what only the XLSForm knows: the question's XLSForm type and its row.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

from form_engine.paradata import AuditSettings

# A translatable text: language -> segments, each either literal text or {"output": xpath}
# (an ``${field}`` reference inside a label becomes an output).
Segment = str | dict[str, str]
Texts = dict[str, list[Segment]]

# The key of text that has no language (an untranslated label in a form with translations).
NO_LANGUAGE = ""


class Choice(BaseModel):
    value: str
    label: Texts = Field(default_factory=dict)
    media: dict[str, dict[str, str]] = Field(default_factory=dict)


class ChoiceSource(BaseModel):
    """Where a select question's choices come from.

    ``nodeset`` is the itemset expression, choice filter included (e.g.
    ``instance('city')/root/item[country = current()/../country]``), evaluated against the
    secondary instance ``instance_id``. ``value_ref``/``label_ref`` are relative to each item.
    """

    instance_id: str | None = None
    nodeset: str | None = None
    value_ref: str = "name"
    label_ref: str = "label"
    inline: list[Choice] = Field(default_factory=list)


class SetValue(BaseModel):
    """A ``setvalue`` action: on ``event``, set ``ref`` to ``value`` (empty when None)."""

    event: str
    ref: str
    value: str | None = None


ElementKind = Literal["question", "group", "repeat"]


class Element(BaseModel):
    kind: ElementKind
    path: str
    name: str
    xlsform_type: str = ""
    data_type: str | None = None  # the XForm bind type: string, int, decimal, date, select1, …
    control: str | None = None  # input, select1, select, upload, trigger, range, rank, None
    label: Texts = Field(default_factory=dict)
    hint: Texts = Field(default_factory=dict)
    guidance_hint: Texts = Field(default_factory=dict)
    constraint_message: Texts = Field(default_factory=dict)
    required_message: Texts = Field(default_factory=dict)
    media: dict[str, dict[str, str]] = Field(default_factory=dict)
    relevant: str | None = None
    constraint: str | None = None
    calculate: str | None = None
    required: str | None = None
    readonly: str | None = None
    appearance: str | None = None
    parameters: dict[str, str] = Field(default_factory=dict)
    mediatype: str | None = None
    choices: ChoiceSource | None = None
    repeat_count: str | None = None
    default: str | None = None
    preload: str | None = None
    preload_params: str | None = None
    on_change: list[SetValue] = Field(default_factory=list)
    row: int | None = None
    children: list[Element] = Field(default_factory=list)
    # An element that carries attributes of its own (an entity declaration's <entity
    # dataset="…" id="" create="1">): their values in the blank form, and the calculations
    # of those that are computed (``@id``, ``@baseVersion``…), by attribute name.
    attributes: dict[str, str] = Field(default_factory=dict)
    attribute_calculates: dict[str, str] = Field(default_factory=dict)
    save_to: str | None = None  # the entity property this answer is saved to (entities:saveto)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def expressions(self) -> list[tuple[str, str, str]]:
        """(XLSForm column, XForm property, expression) for each expression this element has."""
        found = [
            ("relevant", "relevant", self.relevant),
            ("constraint", "constraint", self.constraint),
            ("calculation", "calculate", self.calculate),
            ("required", "required", self.required),
            ("read_only", "readonly", self.readonly),
            ("repeat_count", "repeat_count", self.repeat_count),
            ("choice_filter", "choice_filter", self.choices.nodeset if self.choices else None),
        ]
        return [(column, kind, text) for column, kind, text in found if text]

    @property
    def is_field_list(self) -> bool:
        return self.kind == "group" and "field-list" in (self.appearance or "").split()


class NeededFile(BaseModel):
    """A file the form names that was not found where it was loaded (ODK Central accepts such a
    form and asks for its attachments): the form works once it is added."""

    name: str
    use: str  # "choices" (select_one_from_file) or "pulldata"
    question: str | None = None
    row: int | None = None
    instance_id: str | None = None  # the secondary instance it fills

    def describe(self) -> str:
        where = f"'{self.question}', survey row {self.row}" if self.question else ""
        what = f"the choices of {where}" if self.use == "choices" else "pulldata()"
        return f"{self.name} ({what})" if where or self.use != "choices" else self.name


class FormDefinition(BaseModel):
    form_id: str
    version: str = ""
    title: str = ""
    titles: dict[str, str] = Field(default_factory=dict)  # the title by language, where given
    default_language: str | None = None
    languages: list[str] = Field(default_factory=list)
    instance_name: str | None = None
    public_key: str | None = None
    allow_choice_duplicates: bool = False
    root_name: str = "data"
    instance_xml: str  # the primary instance (with jr:template repeats), as XForm gives it
    secondary_instances: dict[str, str] = Field(default_factory=dict)  # id -> XML
    external_instances: dict[str, str] = Field(default_factory=dict)  # id -> jr:// src
    attachments: dict[str, str] = Field(default_factory=dict)  # file name -> text (CSV/XML/GeoJSON)
    missing_files: list[NeededFile] = Field(default_factory=list)  # named, not found
    choice_lists: dict[str, list[Choice]] = Field(default_factory=dict)  # instance id -> choices
    setvalues: list[SetValue] = Field(default_factory=list)  # model-level actions
    elements: list[Element] = Field(default_factory=list)
    entities_version: str | None = None  # the ODK Entities spec version the form declares
    # what the form's ``audit`` meta asks to record (form_engine.paradata); None: no audit
    audit: AuditSettings | None = None
    # the secondary instances (their ids) that are entity lists, not files: ``households``
    # for jr://file-csv/households.csv where a form declares the list "households"
    entity_lists: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    xform: str = ""
    # The compiled runtime (dependency graph, templates), built on first use by the session.
    _runtime: object = PrivateAttr(default=None)
    # How form_engine.submission.xml_to_json reads its instances, made on first use.
    _reading: object = PrivateAttr(default=None)
    # Its entity declarations (form_engine.entities.declarations), read on first use.
    _entities: object = PrivateAttr(default=None)
    # Secondary instances given already built (form_engine.attachments.rows_instance: an
    # entity list of 100,000), by id: read instead of parsing their text.
    _documents: object = PrivateAttr(default=None)

    def walk(self):
        for e in self.elements:
            yield from e.walk()

    def require_files(self) -> None:
        """Raise FormLoadError naming every file the form still needs (to fill it, the choices
        and tables must be there)."""
        if self.missing_files:
            from form_engine.errors import FormLoadError

            first = self.missing_files[0]
            names = "; ".join(m.describe() for m in self.missing_files)
            raise FormLoadError(
                f"the form needs files that are not beside the workbook: {names} "
                "(put them next to the .xlsx or in its '-media' folder)",
                sheet="survey",
                row=first.row,
                column="type" if first.row else None,
                code="missing_attachment",
            )

    def element(self, path: str) -> Element | None:
        for e in self.walk():
            if e.path == path:
                return e
        return None

    def questions(self) -> list[Element]:
        return [e for e in self.walk() if e.kind == "question"]

    def repeats(self) -> list[Element]:
        return [e for e in self.walk() if e.kind == "repeat"]
