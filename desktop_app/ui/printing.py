"""Paper questionnaires printed from the same XLSForm (``daftari form print``, and Print on the
batches screen): in any of the form's languages, right to left where the language is, every
question numbered as keyed entry numbers it, each choice with the code a clerk keys, the skip
logic written out in words ("Ask only if 5 = 1 (Yes)"), a roster as a table, and a QR code
carrying the form, its version and the questionnaire's number — keying a printed
questionnaire starts from it (a scanner types it into the number box) or from the number.

Qt renders it (QTextDocument to QPdfWriter), with the bundled fonts, so Amharic prints on a
machine that has no Ethiopic font."""

from __future__ import annotations

import errno
import html
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop_app.keying import is_keyed, qr_text, question_numbers
from form_engine import Element, FormDefinition
from form_engine.codes import printed_choices
from form_engine.model import NO_LANGUAGE

ROSTER_ROWS = 10  # rows printed for a roster (a household's members)
WORDS = {  # the printed words, by language code (the form's language, not the interface's)
    "en": {
        "q": "Q",
        "answered": "is answered",
        "number": "Questionnaire number",
        "date": "Interview date",
        "enumerator": "Enumerator",
        "batch": "Batch",
        "only_if": "Ask only if",
        "several": "tick all that apply",
        "roster_codes": "Codes",
        "and": "and",
        "or": "or",
        "includes": "includes",
        "not": "not",
    },
    "fr": {
        "q": "Q",
        "answered": "a une réponse",
        "number": "Numéro du questionnaire",
        "date": "Date de l'entretien",
        "enumerator": "Enquêteur",
        "batch": "Lot",
        "only_if": "Poser seulement si",
        "several": "cocher tout ce qui s'applique",
        "roster_codes": "Codes",
        "and": "et",
        "or": "ou",
        "includes": "comprend",
        "not": "non",
    },
    "sw": {
        "q": "S",
        "answered": "limejibiwa",
        "number": "Namba ya hojaji",
        "date": "Tarehe ya mahojiano",
        "enumerator": "Mhojaji",
        "batch": "Kundi",
        "only_if": "Uliza tu kama",
        "several": "weka alama kwa yote yanayohusika",
        "roster_codes": "Misimbo",
        "and": "na",
        "or": "au",
        "includes": "inajumuisha",
        "not": "si",
    },
    "so": {
        "q": "S",
        "answered": "waa la jawaabay",
        "number": "Lambarka su'aalaha",
        "date": "Taariikhda wareysiga",
        "enumerator": "Xogururiye",
        "batch": "Kooxda",
        "only_if": "Weydii oo keliya haddii",
        "several": "calaamadee dhammaan kuwa khuseeya",
        "roster_codes": "Koodhadhka",
        "and": "iyo",
        "or": "ama",
        "includes": "waxaa ku jira",
        "not": "ma aha",
    },
    "ar": {
        "q": "س",
        "answered": "مُجاب",
        "number": "رقم الاستبيان",
        "date": "تاريخ المقابلة",
        "enumerator": "الباحث",
        "batch": "الدفعة",
        "only_if": "يُسأل فقط إذا",
        "several": "ضع علامة على كل ما ينطبق",
        "roster_codes": "الرموز",
        "and": "و",
        "or": "أو",
        "includes": "يتضمن",
        "not": "ليس",
    },
    "am": {
        "q": "ጥ",
        "answered": "ተመልሷል",
        "number": "የመጠይቁ ቁጥር",
        "date": "የቃለ መጠይቁ ቀን",
        "enumerator": "ቆጣሪ",
        "batch": "ጥቅል",
        "only_if": "የሚጠየቀው ብቻ",
        "several": "የሚመለከቱትን ሁሉ ምልክት ያድርጉ",
        "roster_codes": "ኮዶች",
        "and": "እና",
        "or": "ወይም",
        "includes": "ያካትታል",
        "not": "አይደለም",
    },
}
_RTL = ("ar", "fa", "ur", "he", "ps")
QUOTES = "'\""


def language_code(form: FormDefinition, language: str | None) -> str:
    """The two-letter code of a form language ("Arabic (ar)" -> "ar")."""
    m = re.search(r"\((\w{2,3})\)\s*$", language or "")
    if m:
        return m[1].lower()
    return (language or "en").strip().lower()[:2]


def pick_language(form: FormDefinition, wanted: str | None) -> str | None:
    """The form's language asked for, by name or code; None: the form's default."""
    if not wanted:
        return form.default_language or (form.languages[0] if form.languages else None)
    for lang in form.languages:
        if lang == wanted or language_code(form, lang) == wanted.lower():
            return lang
    raise ValueError(
        f"the form has no language '{wanted}': {', '.join(form.languages) or 'only its default'}"
    )


class Printer:
    """One form's printed questionnaires in one language."""

    def __init__(self, form: FormDefinition, language: str | None) -> None:
        self.form = form
        self.language = language
        code = language_code(form, language)
        self.words = WORDS.get(code, WORDS["en"])
        self.rtl = code in _RTL
        self.numbers = question_numbers(form)
        self.by_name = {el.name: el for el in form.walk()}
        self.by_path = {el.path: el for el in form.walk()}

    # -- texts -----------------------------------------------------------------------------
    def text(self, texts: dict) -> str:
        segments = (
            texts.get(self.language or "")
            or texts.get(NO_LANGUAGE)
            or texts.get(self.form.default_language or "")
            or next(iter(texts.values()), [])
        )
        out = []
        for s in segments:
            out.append(s if isinstance(s, str) else "…")  # an output: filled in when asked
        return " ".join("".join(out).split())

    def choices(self, el: Element) -> list[tuple[str, str]]:
        """(code, label) of each choice, as keyed entry codes them."""
        return [(code, self.text(c.label) or c.value) for code, c in printed_choices(self.form, el)]

    def condition(self, el: Element) -> str:
        """The question's relevance in words, with the paper's question numbers and codes;
        what cannot be put in words is shown with the numbers in place of the names."""
        relevant = (el.relevant or "").strip()
        if not relevant:
            return ""
        w = self.words

        def ref(name: str) -> tuple[str, Element | None]:
            """A question by its name, absolute path or ../name: its number on the paper, or
            its name where it has none (a calculation)."""
            if name.startswith("/"):
                target = self.by_path.get(name)
            else:
                target = self.by_name.get(name.rsplit("/", 1)[-1])
            if target is None:
                return name.rsplit("/", 1)[-1], None
            number = self.numbers.get(target.path)
            return (f"{w['q']}{number}", target) if number else (target.name, target)

        def coded(target: Element | None, value: str) -> str:
            if target is None or not value:
                return f"'{value}'" if not value else value
            for code, choice in printed_choices(self.form, target):
                if choice.value == value:
                    return f"{code} ({self.text(choice.label) or value})"
            return value

        name = r"(\$\{\w+\}|/[\w.-]+(?:/[\w.-]+)+|(?:\.\./)+[\w.-]+)"

        def clean(token: str) -> str:
            return token[2:-1] if token.startswith("${") else token

        def selected(m: re.Match) -> str:
            number, target = ref(clean(m[1]))
            return f"{number} {w['includes']} {coded(target, m[2])}"

        def compare(m: re.Match) -> str:
            number, target = ref(clean(m[1]))
            op = {"=": "=", "!=": "≠", ">": ">", "<": "<", ">=": "≥", "<=": "≤"}[m[2]]
            quoted = m[3][0] in QUOTES
            value = m[3].strip("'\"")
            if quoted and not value and op == "≠":
                return f"{number} {w['answered']}"
            shown = coded(target, value) if quoted else value
            return f"{number} {op} {shown}"

        text = re.sub(rf"selected\(\s*{name}\s*,\s*'([^']*)'\s*\)", selected, relevant)
        text = re.sub(rf"{name}\s*(!=|>=|<=|=|>|<)\s*('[^']*'|\"[^\"]*\"|[\w.-]+)", compare, text)
        text = re.sub(name, lambda m: ref(clean(m[1]))[0], text)
        text = re.sub(r"\bnot\(", f"{w['not']} (", text)
        text = re.sub(r"\band\b", w["and"], text)
        text = re.sub(r"\bor\b", w["or"], text)
        text = " ".join(text.split())
        return f"{w['only_if']} {text}"

    # -- the page --------------------------------------------------------------------------
    def html(self, number: str = "") -> str:
        w = self.words
        direction = "rtl" if self.rtl else "ltr"
        title = (
            self.form.titles.get(self.language or "")
            or self.form.titles.get(language_code(self.form, self.language))
            or self.form.title
        )
        blank = "_______________"
        head = (
            f"<table width='100%'><tr><td>"
            f"<h2>{html.escape(title or self.form.form_id)}</h2>"
            f"<p>{w['number']}: <b>{html.escape(number) if number else blank}</b>"
            f" &nbsp;&nbsp; {w['date']}: __/__/____</p>"
            f"<p>{w['enumerator']}: {blank} &nbsp;&nbsp; {w['batch']}: {blank}</p>"
            f"</td><td align='{'left' if self.rtl else 'right'}' width='110'>"
            f"<img src='qr://{html.escape(number or 'blank')}' width='100' height='100'></td>"
            "</tr></table><hr>"
        )
        body = [head]
        body.extend(self._elements(self.form.elements))
        return f"<html><body dir='{direction}'>{''.join(body)}</body></html>"

    def _elements(self, elements: list[Element]) -> list[str]:
        out: list[str] = []
        for el in elements:
            if el.kind == "repeat":
                out.append(self._roster(el))
            elif el.kind == "group":
                label = self.text(el.label)
                if label:
                    out.append(f"<h3>{html.escape(label)}</h3>")
                condition = self.condition(el)
                if condition:
                    out.append(f"<p><i>{html.escape(condition)}</i></p>")
                out.extend(self._elements(el.children))
            elif is_keyed(el):
                out.append(self._question(el))
        return out

    def _question(self, el: Element) -> str:
        number = self.numbers.get(el.path, "")
        label = html.escape(self.text(el.label) or el.name)
        parts = [f"<p><b>{number}.</b> {label}"]
        hint = self.text(el.hint)
        if hint:
            parts.append(f"<br><small>{html.escape(hint)}</small>")
        condition = self.condition(el)
        if condition:
            parts.append(f"<br><i>{html.escape(condition)}</i>")
        parts.append("<br>")
        if el.control in ("select1", "select", "rank", "odk:rank"):
            if el.control != "select1":
                parts.append(f"<small>({self.words['several']})</small><br>")
            parts.append(
                " &nbsp;&nbsp; ".join(
                    f"<b>{code}</b> □ {html.escape(label)}" for code, label in self.choices(el)
                )
            )
        elif el.control == "trigger":
            parts.append("<b>1</b> □ OK")
        else:
            parts.append(_answer_space(el))
        parts.append("</p>")
        return "".join(parts)

    def _roster(self, repeat: Element) -> str:
        columns = [el for el in repeat.walk() if is_keyed(el) and el is not repeat]
        title = html.escape(self.text(repeat.label) or repeat.name)
        head = "".join(
            f"<th><small>{self.numbers.get(el.path, '')}. {html.escape(self.text(el.label)[:40])}"
            "</small></th>"
            for el in columns
        )
        rows = "".join(
            f"<tr><td>{i}</td>" + "<td>&nbsp;</td>" * len(columns) + "</tr>"
            for i in range(1, ROSTER_ROWS + 1)
        )
        codes = [
            f"<b>{self.numbers.get(el.path, '')}.</b> "
            + ", ".join(f"{c} {html.escape(label)}" for c, label in self.choices(el))
            for el in columns
            if el.choices is not None
        ]
        conditions = [
            f"<b>{self.numbers.get(el.path, '')}.</b> {html.escape(self.condition(el))}"
            for el in columns
            if el.relevant
        ]
        for group in repeat.walk():  # a group's condition holds for each of its questions
            inside = [c for c in columns if c.path.startswith(group.path + "/")]
            if group.kind == "group" and group.relevant and inside:
                span = f"{self.numbers.get(inside[0].path, '')}–{self.numbers.get(inside[-1].path, '')}"
                conditions.append(f"<b>{span}.</b> {html.escape(self.condition(group))}")
        notes = "".join(f"<br><small>{c}</small>" for c in codes + conditions)
        return (
            f"<h3>{title}</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<tr><th>#</th>{head}</tr>{rows}</table>"
            f"<p><small>{self.words['roster_codes']}:</small>{notes}</p>"
        )

    # -- the PDF ---------------------------------------------------------------------------
    def pdf(self, out: Path, numbers: list[str]) -> int:
        """One questionnaire per number ("" for a blank one), each from a new page; returns
        how many were printed."""
        import segno

        if not out.parent.is_dir():
            raise OSError(errno.ENOENT, "no such folder", str(out.parent))
        partial = out.with_name(out.name + ".partial")  # whole or not at all
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(150)
        writer.setTitle(self.form.title or self.form.form_id)
        doc = QTextDocument()
        doc.setDefaultStyleSheet("h2 { margin: 0 } h3 { margin-top: 8px } th { background: #eee }")
        page = writer.pageLayout().paintRectPixels(writer.resolution()).size()
        doc.setPageSize(QSizeF(page.width(), page.height()))
        pages = []
        for number in numbers:
            payload = qr_text(self.form.form_id, self.form.version, number)
            image = _qr_image(segno, payload)
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"qr://{number or 'blank'}"), image
            )
            pages.append(self.html(number))
        joined = "<div style='page-break-before: always'></div>".join(
            re.sub(r"^<html><body[^>]*>|</body></html>$", "", p) for p in pages
        )
        direction = "rtl" if self.rtl else "ltr"
        doc.setHtml(f"<html><body dir='{direction}'>{joined}</body></html>")
        doc.print_(writer)
        del writer  # the file is finished when its writer goes
        if not partial.exists() or partial.stat().st_size == 0:
            partial.unlink(missing_ok=True)
            raise OSError(errno.EIO, "the PDF could not be written", str(out))
        partial.replace(out)
        return len(numbers)


def _qr_image(segno, payload: str) -> QImage:
    import io

    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=6, border=2)
    return QImage.fromData(buffer.getvalue(), "PNG")


def _answer_space(el: Element) -> str:
    kind = el.data_type or "string"
    if kind == "int":
        return "|__|__|__|__|"
    if kind == "decimal":
        return "|__|__|__|__|__| , |__|__|"
    if kind == "date":
        return "__ __ / __ __ / __ __ __ __"
    if kind == "time":
        return "__ __ : __ __"
    if kind == "geopoint":
        return "lat ____________ &nbsp; lon ____________"
    return "_" * 48


def print_questionnaires(
    form: FormDefinition,
    out: Path,
    *,
    language: str | None,
    count: int = 1,
    first: int | None = None,
) -> int:
    """``count`` questionnaires, numbered from ``first`` (blank numbers when None)."""
    numbers = [str(first + i) if first is not None else "" for i in range(max(1, count))]
    return Printer(form, pick_language(form, language)).pdf(out, numbers)
