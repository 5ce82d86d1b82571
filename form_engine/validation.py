"""Checking answers against their form: types, choices, required, constraints, relevance.

The same checks serve the desktop (one question at a time, as it is answered) and the server
(a whole submission as it arrives).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel, Field

from form_engine.errors import XPathEvalError, XPathValueError
from form_engine.model import NO_LANGUAGE, Element, FormDefinition
from form_engine.nodes import Node
from form_engine.repeat_counts import surplus
from form_engine.session import FormSession
from form_engine.submission import document_to_json, json_to_document
from form_engine.xpath.evaluator import compile_expression
from form_engine.xpath.values import parse_date, parse_datetime, parse_time

# Daftari's own messages, by language code. The form's constraint_message / required_message,
# when given, win over these. (Translations to be reviewed by native speakers.)
MESSAGES: dict[str, dict[str, str]] = {
    "required": {
        "en": "This question requires an answer.",
        "sw": "Swali hili linahitaji jibu.",
        "so": "Su'aalkan waxa uu u baahan yahay jawaab.",
        "ar": "هذا السؤال يتطلب إجابة.",
        "am": "ይህ ጥያቄ መልስ ያስፈልገዋል።",
        "fr": "Cette question exige une réponse.",
    },
    "constraint": {
        "en": "Sorry, this response is invalid.",
        "sw": "Samahani, jibu hili si sahihi.",
        "so": "Waan ka xumahay, jawaabtani ma saxna.",
        "ar": "عذراً، هذه الإجابة غير صالحة.",
        "am": "ይቅርታ፣ ይህ መልስ ትክክል አይደለም።",
        "fr": "Désolé, cette réponse n'est pas valide.",
    },
    "int": {
        "en": "Enter a whole number.",
        "sw": "Weka namba kamili.",
        "so": "Geli tiro dhan.",
        "ar": "أدخل عدداً صحيحاً.",
        "am": "ሙሉ ቁጥር ያስገቡ።",
        "fr": "Saisissez un nombre entier.",
    },
    "decimal": {
        "en": "Enter a number.",
        "sw": "Weka namba.",
        "so": "Geli tiro.",
        "ar": "أدخل رقماً.",
        "am": "ቁጥር ያስገቡ።",
        "fr": "Saisissez un nombre.",
    },
    "date": {
        "en": "Enter a date as YYYY-MM-DD.",
        "sw": "Weka tarehe kama YYYY-MM-DD.",
        "so": "Geli taariikh sida YYYY-MM-DD.",
        "ar": "أدخل تاريخاً بالشكل YYYY-MM-DD.",
        "am": "ቀን በ YYYY-MM-DD ቅርጸት ያስገቡ።",
        "fr": "Saisissez une date au format AAAA-MM-JJ.",
    },
    "time": {
        "en": "Enter a time as HH:MM.",
        "sw": "Weka saa kama HH:MM.",
        "so": "Geli waqti sida HH:MM.",
        "ar": "أدخل وقتاً بالشكل HH:MM.",
        "am": "ሰዓት በ HH:MM ቅርጸት ያስገቡ።",
        "fr": "Saisissez une heure au format HH:MM.",
    },
    "dateTime": {
        "en": "Enter a date and time.",
        "sw": "Weka tarehe na saa.",
        "so": "Geli taariikh iyo waqti.",
        "ar": "أدخل التاريخ والوقت.",
        "am": "ቀን እና ሰዓት ያስገቡ።",
        "fr": "Saisissez une date et une heure.",
    },
    "geopoint": {
        "en": "Enter latitude (-90 to 90), longitude (-180 to 180), and optionally altitude and accuracy in metres.",
        "sw": "Weka latitudo (-90 hadi 90), longitudo (-180 hadi 180), na ukipenda mwinuko na usahihi kwa mita.",
        "so": "Geli loolka (-90 ilaa 90), dhererka (-180 ilaa 180), iyo haddii aad rabto joogga iyo saxnaanta mitir ahaan.",
        "ar": "أدخل خط العرض (-90 إلى 90) وخط الطول (-180 إلى 180)، واختيارياً الارتفاع والدقة بالأمتار.",
        "am": "ኬክሮስ (-90 እስከ 90)፣ ኬንትሮስ (-180 እስከ 180) እና ከፈለጉ ከፍታ እና ትክክለኛነት በሜትር ያስገቡ።",
        "fr": "Saisissez la latitude (-90 à 90), la longitude (-180 à 180), et éventuellement l'altitude et la précision en mètres.",
    },
    "choice": {
        "en": "This is not one of the choices offered.",
        "sw": "Hili si mojawapo ya machaguo yaliyotolewa.",
        "so": "Tani ma aha mid ka mid ah doorashooyinka la bixiyay.",
        "ar": "هذا ليس من الخيارات المعروضة.",
        "am": "ይህ ከቀረቡት ምርጫዎች አንዱ አይደለም።",
        "fr": "Ce n'est pas l'un des choix proposés.",
    },
    "range": {
        "en": "The value is outside the allowed range.",
        "sw": "Thamani iko nje ya kiwango kinachoruhusiwa.",
        "so": "Qiimuhu waa ka baxsan xadka la oggol yahay.",
        "ar": "القيمة خارج النطاق المسموح.",
        "am": "እሴቱ ከተፈቀደው ክልል ውጭ ነው።",
        "fr": "La valeur est hors de la plage autorisée.",
    },
    "repeat_count": {
        "en": "There are more entries than the count says: remove the extra ones or correct the count.",
        "sw": "Kuna maingizo mengi kuliko idadi iliyotajwa: ondoa ya ziada au sahihisha idadi.",
        "so": "Waxaa jira gelisyo ka badan tirada la sheegay: ka saar kuwa dheeraadka ah ama sax tirada.",
        "ar": "عدد الإدخالات أكبر من العدد المذكور: احذف الزائد أو صحّح العدد.",
        "am": "ከተጠቀሰው ቁጥር በላይ ግቤቶች አሉ፦ ትርፎቹን ያስወግዱ ወይም ቁጥሩን ያስተካክሉ።",
        "fr": "Il y a plus d'entrées que le nombre indiqué : supprimez celles en trop ou corrigez le nombre.",
    },
    "no_such_day": {
        "en": "The answers make the date {date}, which does not exist in the calendar.",
        "sw": "Majibu yanaunda tarehe {date}, ambayo haipo kwenye kalenda.",
        "so": "Jawaabuhu waxay sameeyaan taariikhda {date}, oo aan jirin kalandarka.",
        "ar": "الإجابات تكوّن التاريخ {date}، وهو يوم غير موجود في التقويم.",
        "am": "መልሶቹ ቀኑን {date} ያደርጉታል፤ ይህ ቀን በቀን መቁጠሪያ ውስጥ የለም።",
        "fr": "Les réponses donnent la date {date}, qui n'existe pas dans le calendrier.",
    },
    "file": {
        "en": "An attachment must be a file name.",
        "sw": "Kiambatisho lazima kiwe jina la faili.",
        "so": "Lifaaqu waa inuu noqdaa magac fayl.",
        "ar": "يجب أن يكون المرفق اسم ملف.",
        "am": "አባሪ የፋይል ስም መሆን አለበት።",
        "fr": "Une pièce jointe doit être un nom de fichier.",
    },
}

_LANG_CODE = re.compile(r"\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\)\s*$")
_NAMES = {
    "english": "en",
    "swahili": "sw",
    "kiswahili": "sw",
    "somali": "so",
    "arabic": "ar",
    "amharic": "am",
    "french": "fr",
}
_INT = re.compile(r"^-?\d{1,10}$")
_DECIMAL = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)$")
_FILE = re.compile(r"^[^/\\]+$")


def language_code(language: str) -> str:
    m = _LANG_CODE.search(language or "")
    if m:
        return m[1].lower()
    return _NAMES.get((language or "").strip().lower(), "en")


def builtin_message(key: str, form: FormDefinition) -> dict[str, str]:
    catalogue = MESSAGES[key]
    langs = form.languages or [NO_LANGUAGE]
    return {lang: catalogue.get(language_code(lang), catalogue["en"]) for lang in langs}


class Issue(BaseModel):
    """One problem with one answer. ``message`` is keyed by the form's language names."""

    path: str
    name: str
    code: str  # required | constraint | type | choice | range | repeat_count | value
    message: dict[str, str] = Field(default_factory=dict)
    row: int | None = None
    value: str = ""

    def text(self, language: str | None = None) -> str:
        if language and language in self.message:
            return self.message[language]
        return next(iter(self.message.values()), self.code)


class ValidationResult(BaseModel):
    issues: list[Issue] = Field(default_factory=list)
    data: dict = Field(default_factory=dict)  # the submission with non-relevant answers dropped

    @property
    def valid(self) -> bool:
        return not self.issues


def _geopoint_ok(text: str) -> bool:
    parts = text.split()
    if len(parts) < 2 or len(parts) > 4:
        return False
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        return False
    if not (-90 <= nums[0] <= 90 and -180 <= nums[1] <= 180):
        return False
    return not (len(nums) == 4 and nums[3] < 0)


def type_problem(el: Element, text: str) -> str | None:
    """The message key when ``text`` is not a value of the question's type, else None."""
    t = el.data_type or "string"
    if t == "int":
        return None if _INT.match(text) and -(2**31) <= int(text) <= 2**31 - 1 else "int"
    if t == "decimal":
        return None if _DECIMAL.match(text) else "decimal"
    if t == "date":
        return None if parse_date(text) else "date"
    if t == "time":
        return None if parse_time(text) else "time"
    if t == "dateTime":
        return None if parse_datetime(text) else "dateTime"
    if t == "geopoint":
        return None if _geopoint_ok(text) else "geopoint"
    if t in ("geotrace", "geoshape"):
        points = [p for p in text.split(";") if p.strip()]
        minimum = 2 if t == "geotrace" else 4
        return (
            None if len(points) >= minimum and all(_geopoint_ok(p) for p in points) else "geopoint"
        )
    if t == "binary":
        return None if _FILE.match(text) else "file"
    return None


def _range_problem(el: Element, text: str) -> bool:
    try:
        value = Decimal(text)
        start = Decimal(el.parameters.get("start", "0"))
        end = Decimal(el.parameters.get("end", "10"))
        step = Decimal(el.parameters.get("step", "1"))
    except InvalidOperation:
        return True
    lo, hi = min(start, end), max(start, end)
    if not lo <= value <= hi:
        return True
    return step != 0 and (value - start) % step != 0


def check_answer(session: FormSession, el: Element, node: Node) -> Issue | None:
    """The first problem with one relevant question's answer, as the enumerator would see it."""
    form = session.form
    text = node.text

    def issue(code: str, message: dict[str, str]) -> Issue:
        return Issue(
            path=node.abs_path(indexed=True),
            name=el.name,
            code=code,
            message=message,
            row=el.row,
            value=text,
        )

    def message_for(texts, fallback_key: str) -> dict[str, str]:
        if texts:
            langs = form.languages or [NO_LANGUAGE]
            return {lang: session.render(texts, node, lang) for lang in langs}
        return builtin_message(fallback_key, form)

    typed = node.state.typed if node.state is not None else ""
    if typed:  # typed text that is not a value yet: the value is empty meanwhile
        found = issue("type", builtin_message(type_problem(el, typed) or "constraint", form))
        return found.model_copy(update={"value": typed})
    if text == "":
        if session.is_required(node) and not el.calculate:
            return issue("required", message_for(el.required_message, "required"))
        return None
    problem = type_problem(el, text)
    if problem:
        return issue("type", builtin_message(problem, form))
    if el.control == "range" and _range_problem(el, text):
        return issue("range", builtin_message("range", form))
    if (
        el.control in ("select1", "select", "rank", "odk:rank")
        and el.choices is not None
        and not _from_missing_file(form, el)
    ):
        offered = {c.value for c in session.choices(node)}
        several = el.control != "select1"  # select_multiple and rank hold a list of choices
        values = text.split() if several else [text]
        if any(v not in offered for v in values) or (several and len(set(values)) != len(values)):
            return issue("choice", builtin_message("choice", form))
    if el.constraint:
        try:
            ok = compile_expression(el.constraint).boolean(node, session.env)
        except XPathValueError as exc:
            return issue("value", value_message(exc, form))
        except XPathEvalError:
            ok = False
        if not ok:
            return issue("constraint", message_for(el.constraint_message, "constraint"))
    failed = session.value_problem(node)
    if failed is not None:
        return issue("value", value_message(failed, form))
    return None


def value_message(error: XPathValueError, form: FormDefinition) -> dict[str, str]:
    """What an expression that met an impossible value says, in the form's languages."""
    # the date as written, left to right even inside an Arabic sentence
    params = {k: f"\u2066{v}\u2069" for k, v in error.params.items()}
    return {lang: text.format(**params) for lang, text in builtin_message(error.key, form).items()}


def _from_missing_file(form: FormDefinition, el: Element) -> bool:
    """Choices from a file the form was loaded without (a server still waiting for it), or
    from an entity list (the device's, as it was): an answer cannot be judged against them,
    so it is not refused."""
    source = el.choices.instance_id if el.choices else None
    return source is not None and (
        source in form.entity_lists  # an entity list: the one the device had is not here
        or any(m.instance_id == source for m in form.missing_files)
    )


def check_session(session: FormSession) -> list[Issue]:
    """Every problem in a filled instance, in form order."""
    issues = []
    for el, node in session.walk():
        if el.kind != "question" or el.preload:
            continue
        found = check_answer(session, el, node)
        if found:
            issues.append(found)
    for extra in surplus(session):
        first = extra.extra[0]
        issues.append(
            Issue(
                path=first.abs_path(indexed=True),
                name=extra.repeat.name,
                code="repeat_count",
                message=builtin_message("repeat_count", session.form),
                row=extra.repeat.row,
            )
        )
    return issues


def validate_submission(form: FormDefinition, data: dict) -> ValidationResult:
    """Validate a submission's canonical JSON against its form version.

    Calculated values are kept as submitted (they may depend on the time they were computed);
    relevance is recomputed and answers to questions that are not relevant are dropped.
    Raises SubmissionFormatError when ``data`` does not even fit the form's structure.
    """
    doc = json_to_document(form, data)
    fill_missing_fields(form, doc)
    session = FormSession(form, doc, recompute_calculations=False)
    issues = check_session(session)
    cleaned = document_to_json(form, session.doc, relevant_only=True)
    return ValidationResult(issues=issues, data=cleaned)


def fill_missing_fields(form: FormDefinition, doc: Node) -> None:
    """Give an instance built from a submission an (empty) node for every field it left out,
    so relevance can bring a question back and a missing required answer is reported."""
    _complete(form.elements, doc.children[0])


def _complete(elements: list[Element], parent: Node) -> None:
    """Add empty nodes for fields a submission left out, so that a relevant required question
    that is missing is reported, not skipped. Repeats keep the instances they came with."""
    position = 0
    for el in elements:
        present = parent.named(el.name)
        if not present and el.kind != "repeat":
            parent.insert(position, Node(el.name))
            present = parent.named(el.name)
        if present:
            position = parent.children.index(present[-1]) + 1
        for node in present:
            if el.children:
                _complete(el.children, node)
