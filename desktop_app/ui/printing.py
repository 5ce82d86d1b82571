"""Paper questionnaires printed from the same XLSForm (``daftari form print``, and Print on the
batches screen): in any of the form's languages, right to left where the language is (a
roster's table too), every question numbered as keyed entry numbers it, each choice with the
code a clerk keys, boxes for as many digits as a number's rule allows, the skip logic written
out in words with those numbers and codes ("Ask only if Q5 = 1 (Yes)"; a calculation said as
what it computes, never a field's name or XPath), a roster as a table with its headers in
whole words, and a QR code carrying the form, its version and the questionnaire's number —
keying a printed questionnaire starts from it (a scanner types it into the number box) or from
the number. A question (or a roster) never runs over the foot of a page: it moves to the next.

Qt renders it (QTextDocument to QPdfWriter), with the bundled fonts, so Amharic prints on a
machine that has no Ethiopic font."""

from __future__ import annotations

import errno
import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from desktop_app.keying import is_keyed, most_digits, qr_text, question_numbers
from form_engine import Element, FormDefinition, XPathSyntaxError
from form_engine.codes import printed_choices
from form_engine.model import NO_LANGUAGE
from form_engine.xpath import parser as xpath

ROSTER_ROWS = 10  # rows printed for a roster (a household's members)
HEADER_CHARS = 40  # a roster column's header: a longer label is cut at a word, printed below
UNBOUNDED_DIGITS = 8  # boxes for a number whose rule sets no upper bound
PRINT_POINT_SIZE = 9.0  # the printed type, whatever the window's zoom
WORDS = {  # the printed words, by language code (the form's language, not the interface's)
    "en": {
        "q": "Q",
        "answered": "is answered",
        "number": "Questionnaire number",
        "date": "Interview date",
        "enumerator": "Enumerator",
        "batch": "Batch",
        "visit": "Follow-up of",
        "registered": "As registered",
        "only_if": "Ask only if",
        "several": "tick all that apply",
        "roster_codes": "Codes",
        "and": "and",
        "or": "or",
        "includes": "includes",
        "not": "not",
        "unanswered": "is not answered",
        "excludes": "does not include",
        "ticked_some": "at least one answer is ticked in {q}",
        "ticked_none": "no answer is ticked in {q}",
        "ticked_count": "the number of answers ticked in {q}",
        "rows": "the number of rows of “{roster}”",
        "rows_some": "{cond} in at least one row of “{roster}”",
        "rows_none": "{cond} in no row of “{roster}”",
        "rows_count": "the number of rows of “{roster}” where {cond}",
        "total": "the total of {value} over the rows of “{roster}”",
        "in_row": "{q} in row {n} of “{roster}”",
        "rule": "a rule of the form about {questions}",
        "rule_plain": "a rule of the form",
        "questions": "Questions in full",
    },
    "fr": {
        "q": "Q",
        "answered": "a une réponse",
        "number": "Numéro du questionnaire",
        "date": "Date de l'entretien",
        "enumerator": "Enquêteur",
        "batch": "Lot",
        "visit": "Suivi de",
        "registered": "Tel qu’enregistré",
        "only_if": "Poser seulement si",
        "several": "cocher tout ce qui s'applique",
        "roster_codes": "Codes",
        "and": "et",
        "or": "ou",
        "includes": "comprend",
        "not": "non",
        "unanswered": "n'a pas de réponse",
        "excludes": "ne comprend pas",
        "ticked_some": "au moins une réponse est cochée à {q}",
        "ticked_none": "aucune réponse n'est cochée à {q}",
        "ticked_count": "le nombre de réponses cochées à {q}",
        "rows": "le nombre de lignes de « {roster} »",
        "rows_some": "{cond} pour au moins une ligne de « {roster} »",
        "rows_none": "{cond} pour aucune ligne de « {roster} »",
        "rows_count": "le nombre de lignes de « {roster} » où {cond}",
        "total": "le total de {value} sur les lignes de « {roster} »",
        "in_row": "{q} à la ligne {n} de « {roster} »",
        "rule": "une règle du formulaire portant sur {questions}",
        "rule_plain": "une règle du formulaire",
        "questions": "Questions en entier",
    },
    "sw": {
        "q": "S",
        "answered": "limejibiwa",
        "number": "Namba ya hojaji",
        "date": "Tarehe ya mahojiano",
        "enumerator": "Mhojaji",
        "batch": "Kundi",
        "visit": "Ufuatiliaji wa",
        "registered": "Kama ilivyosajiliwa",
        "only_if": "Uliza tu kama",
        "several": "weka alama kwa yote yanayohusika",
        "roster_codes": "Misimbo",
        "and": "na",
        "or": "au",
        "includes": "inajumuisha",
        "not": "si",
        "unanswered": "halijajibiwa",
        "excludes": "haijumuishi",
        "ticked_some": "angalau jibu moja limewekewa alama katika {q}",
        "ticked_none": "hakuna jibu lililowekewa alama katika {q}",
        "ticked_count": "idadi ya majibu yaliyowekewa alama katika {q}",
        "rows": "idadi ya mistari ya “{roster}”",
        "rows_some": "{cond} katika angalau mstari mmoja wa “{roster}”",
        "rows_none": "{cond} katika hakuna mstari wa “{roster}”",
        "rows_count": "idadi ya mistari ya “{roster}” ambapo {cond}",
        "total": "jumla ya {value} katika mistari ya “{roster}”",
        "in_row": "{q} katika mstari {n} wa “{roster}”",
        "rule": "kanuni ya fomu kuhusu {questions}",
        "rule_plain": "kanuni ya fomu",
        "questions": "Maswali kamili",
    },
    "so": {
        "q": "S",
        "answered": "waa la jawaabay",
        "number": "Lambarka su'aalaha",
        "date": "Taariikhda wareysiga",
        "enumerator": "Xogururiye",
        "batch": "Kooxda",
        "visit": "Dabagalka",
        "registered": "Sida loo diiwaangeliyay",
        "only_if": "Weydii oo keliya haddii",
        "several": "calaamadee dhammaan kuwa khuseeya",
        "roster_codes": "Koodhadhka",
        "and": "iyo",
        "or": "ama",
        "includes": "waxaa ku jira",
        "not": "ma aha",
        "unanswered": "lama jawaabin",
        "excludes": "kuma jiro",
        "ticked_some": "ugu yaraan hal jawaab ayaa lagu calaamadeeyay {q}",
        "ticked_none": "jawaab lagama calaamadeyn {q}",
        "ticked_count": "tirada jawaabaha lagu calaamadeeyay {q}",
        "rows": "tirada safafka “{roster}”",
        "rows_some": "{cond} ugu yaraan hal saf oo ka mid ah “{roster}”",
        "rows_none": "{cond} saf kasta oo ka mid ah “{roster}” maaha",
        "rows_count": "tirada safafka “{roster}” ee {cond}",
        "total": "wadarta {value} ee safafka “{roster}”",
        "in_row": "{q} safka {n} ee “{roster}”",
        "rule": "xeer foomka ah oo ku saabsan {questions}",
        "rule_plain": "xeer foomka ah",
        "questions": "Su'aalaha oo dhammaystiran",
    },
    "ar": {
        "q": "س",
        "answered": "مُجاب",
        "number": "رقم الاستبيان",
        "date": "تاريخ المقابلة",
        "enumerator": "الباحث",
        "batch": "الدفعة",
        "visit": "متابعة",
        "registered": "كما سُجّل",
        "only_if": "يُسأل فقط إذا",
        "several": "ضع علامة على كل ما ينطبق",
        "roster_codes": "الرموز",
        "and": "و",
        "or": "أو",
        "includes": "يتضمن",
        "not": "ليس",
        "unanswered": "غير مُجاب",
        "excludes": "لا يتضمن",
        "ticked_some": "وُضعت علامة على إجابة واحدة على الأقل في {q}",
        "ticked_none": "لم توضع علامة على أي إجابة في {q}",
        "ticked_count": "عدد الإجابات المعلَّمة في {q}",
        "rows": "عدد صفوف «{roster}»",
        "rows_some": "{cond} في صف واحد على الأقل من «{roster}»",
        "rows_none": "{cond} في لا صف من «{roster}»",
        "rows_count": "عدد صفوف «{roster}» التي فيها {cond}",
        "total": "مجموع {value} في صفوف «{roster}»",
        "in_row": "{q} في الصف {n} من «{roster}»",
        "rule": "قاعدة في الاستمارة تخص {questions}",
        "rule_plain": "قاعدة في الاستمارة",
        "questions": "الأسئلة كاملة",
    },
    "am": {
        "q": "ጥ",
        "answered": "ተመልሷል",
        "number": "የመጠይቁ ቁጥር",
        "date": "የቃለ መጠይቁ ቀን",
        "enumerator": "ቆጣሪ",
        "batch": "ጥቅል",
        "visit": "ክትትል",
        "registered": "እንደተመዘገበው",
        "only_if": "የሚጠየቀው ብቻ",
        "several": "የሚመለከቱትን ሁሉ ምልክት ያድርጉ",
        "roster_codes": "ኮዶች",
        "and": "እና",
        "or": "ወይም",
        "includes": "ያካትታል",
        "not": "አይደለም",
        "unanswered": "አልተመለሰም",
        "excludes": "አያካትትም",
        "ticked_some": "በ{q} ቢያንስ አንድ መልስ ምልክት ተደርጎበታል",
        "ticked_none": "በ{q} ምንም መልስ ምልክት አልተደረገበትም",
        "ticked_count": "በ{q} ምልክት የተደረገባቸው መልሶች ብዛት",
        "rows": "የ«{roster}» ረድፎች ብዛት",
        "rows_some": "በ«{roster}» ቢያንስ በአንድ ረድፍ {cond}",
        "rows_none": "በ«{roster}» በአንድም ረድፍ {cond} አይደለም",
        "rows_count": "በ«{roster}» ውስጥ {cond} የሆኑ ረድፎች ብዛት",
        "total": "በ«{roster}» ረድፎች ላይ የ{value} ድምር",
        "in_row": "{q} በ«{roster}» ረድፍ {n}",
        "rule": "ስለ {questions} የቅጹ ደንብ",
        "rule_plain": "የቅጹ ደንብ",
        "questions": "ጥያቄዎቹ ሙሉ በሙሉ",
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
        self.sheet: Sheet | None = None  # the assignment sheet being laid out, if one

    # -- texts -----------------------------------------------------------------------------
    def text(self, texts: dict) -> str:
        segments: list = (
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
        """The question's (or group's) relevance in words, with the paper's question numbers
        and codes, a calculation replaced by what it computes; what cannot be put in words
        names the questions it depends on — never a field's name or XPath."""
        relevant = (el.relevant or "").strip()
        if not relevant:
            return ""
        return f"{self.words['only_if']} {_Condition(self).said(relevant, el.path)}"

    # -- the page --------------------------------------------------------------------------
    def html(self, number: str = "", moved: Iterable[int] = (), sheet: Sheet | None = None) -> str:
        """One questionnaire as HTML; ``moved``: the parts (by index) that start a new page;
        ``sheet``: an assignment's (its household's facts at its head)."""
        direction = "rtl" if self.rtl else "ltr"
        body = self._body(number, set(moved), sheet=sheet)
        return f"<html><body dir='{direction}'>{body}</body></html>"

    def _body(
        self, number: str, moved: set[int], *, new_page: bool = False, sheet: Sheet | None = None
    ) -> str:
        self.sheet = sheet
        w = self.words
        title = (
            self.form.titles.get(self.language or "")
            or self.form.titles.get(language_code(self.form, self.language))
            or self.form.title
        )
        blank = "_______________"
        facts = (
            f"<td><h2>{html.escape(title or self.form.form_id)}</h2>"
            f"<p>{w['number']}: <b>{html.escape(number) if number else blank}</b>"
            f" &nbsp;&nbsp; {w['date']}: __/__/____</p>"
            f"<p>{w['enumerator']}: {blank} &nbsp;&nbsp; {w['batch']}: {blank}</p></td>"
        )
        qr = (
            f"<td align='{'left' if self.rtl else 'right'}' width='110'>"
            f"<img src='{_qr_url(number, sheet)}' width='100' height='100'></td>"
        )
        style = " style='page-break-before: always'" if new_page else ""
        cells = qr + facts if self.rtl else facts + qr  # Qt lays a table left to right
        head = f"<table width='100%'{style}><tr>{cells}</tr></table>"
        if sheet is not None:
            head += self._sheet_facts(sheet)
        head += "<hr>"
        parts = (_marked(part, i, i in moved) for i, part in enumerate(self.parts()))
        return head + "".join(parts)

    def _sheet_facts(self, sheet: Sheet) -> str:
        """An assignment's household and what the list says of it, as its preloaded answers
        name them (the question's label: the value, a choice by its label)."""
        rows = []
        for path, value in sheet.preload.items():
            el = self.by_path.get(path)
            if el is None or path == sheet.picker:
                continue
            shown = value
            if el.choices is not None and el.choices.inline:
                by_value = {c.value: self.text(c.label) or c.value for c in el.choices.inline}
                shown = by_value.get(value, value)
            label = self.text(el.label) or el.name
            rows.append(
                f"<tr><td>{html.escape(label)}</td><td><b>{html.escape(shown)}</b></td></tr>"
            )
        table = f"<table cellpadding='2'>{''.join(rows)}</table>" if rows else ""
        return f"<p>{self.words['visit']}: <b>{html.escape(sheet.title)}</b></p>" + (
            f"<p>{self.words['registered']}:</p>{table}" if table else ""
        )

    def parts(self) -> list[str]:
        """The questionnaire's parts after its head, each kept whole on one page: a question,
        or a roster, with the heading (and condition) of a group that it opens."""
        parts: list[str] = []
        lead = ""
        for piece, leads in self._pieces(self.form.elements):
            if leads:
                lead += piece
            else:
                parts.append(lead + piece)
                lead = ""
        return parts + [lead] if lead else parts

    def _pieces(self, elements: list[Element]) -> Iterator[tuple[str, bool]]:
        """Each question's and roster's HTML, and each group's heading (True: it leads)."""
        for el in elements:
            if el.kind == "repeat":
                yield self._roster(el), False
            elif el.kind == "group":
                label = self.text(el.label)
                condition = self.condition(el)
                heading = f"<h3>{html.escape(label)}</h3>" if label else ""
                if condition:
                    heading += f"<p><i>{html.escape(condition)}</i></p>"
                if heading:
                    yield heading, True
                yield from self._pieces(el.children)
            elif is_keyed(el):
                yield self._question(el), False

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
        if self.sheet is not None and el.path == self.sheet.picker:
            parts.append(f"<b>{html.escape(self.sheet.title)}</b> ▣")  # the code binds it
        elif el.control in ("select1", "select", "rank", "odk:rank"):
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
        labels = [self.text(el.label) or el.name for el in columns]
        headers = [_header(label) for label in labels]
        cells = ["<th>#</th>"] + [
            f"<th><small>{self.numbers.get(el.path, '')}. {html.escape(header)}</small></th>"
            for el, header in zip(columns, headers, strict=True)
        ]
        rows = [
            [f"<td>{i}</td>"] + ["<td>&nbsp;</td>"] * len(columns)
            for i in range(1, ROSTER_ROWS + 1)
        ]
        if self.rtl:  # Qt lays a table left to right: the first column goes on the right
            cells.reverse()
            for row in rows:
                row.reverse()
        table = "".join(f"<tr>{''.join(row)}</tr>" for row in [cells, *rows])
        wording = [  # a shortened header's question, whole, as the enumerator reads it out
            f"<b>{self.numbers.get(el.path, '')}.</b> {html.escape(label)}"
            for el, label, header in zip(columns, labels, headers, strict=True)
            if header != label
        ]
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
        out = [f"<h3>{title}</h3>"]
        asked = self.condition(repeat)
        if asked:
            out.append(f"<p><i>{html.escape(asked)}</i></p>")
        out.append(
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>{table}</table>"
        )
        for heading, notes in (
            (self.words["questions"], wording),
            (self.words["roster_codes"], codes + conditions),
        ):
            if notes:
                lines = "".join(f"<br><small>{note}</small>" for note in notes)
                out.append(f"<p><small>{heading}:</small>{lines}</p>")
        return "".join(out)

    # -- the PDF ---------------------------------------------------------------------------
    def pdf(self, out: Path, numbers: list[str]) -> int:
        """One questionnaire per number ("" for a blank one), each from a new page; returns
        how many were printed."""
        import segno

        if not out.parent.is_dir():
            raise OSError(errno.ENOENT, "no such folder", str(out.parent))
        partial = out.with_name(out.name + ".partial")  # whole or not at all
        # the paper's own type size, whatever the window's zoom (the application's font is
        # the window's: at a larger zoom a roster's words would break inside the columns)
        writer, doc = self._writer(partial)
        for number in numbers:
            payload = qr_text(self.form.form_id, self.form.version, number)
            image = _qr_image(segno, payload)
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"qr://{number or 'blank'}"), image
            )
        moved = self._page_breaks(doc, numbers[0])
        direction = "rtl" if self.rtl else "ltr"
        bodies = (self._body(n, moved, new_page=i > 0) for i, n in enumerate(numbers))
        doc.setHtml(f"<html><body dir='{direction}'>{''.join(bodies)}</body></html>")
        doc.print_(writer)
        del writer  # the file is finished when its writer goes
        if not partial.exists() or partial.stat().st_size == 0:
            partial.unlink(missing_ok=True)
            raise OSError(errno.EIO, "the PDF could not be written", str(out))
        partial.replace(out)
        return len(numbers)

    def sheets_pdf(self, out: Path, sheets: list[Sheet]) -> int:
        """One assignment sheet per assignment, each from a new page: the questionnaire with
        its household's facts at its head and a QR code that binds the keyed paper to it;
        returns how many were printed."""
        import segno

        if not out.parent.is_dir():
            raise OSError(errno.ENOENT, "no such folder", str(out.parent))
        partial = out.with_name(out.name + ".partial")
        writer, doc = self._writer(partial)
        for sheet in sheets:
            payload = qr_text(self.form.form_id, self.form.version, sheet.number, sheet.assignment)
            doc.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(_qr_url(sheet.number, sheet)),
                _qr_image(segno, payload),
            )
        bodies = [
            self._body(
                sheet.number,
                self._page_breaks(doc, sheet.number, sheet),
                new_page=i > 0,
                sheet=sheet,
            )
            for i, sheet in enumerate(sheets)
        ]
        direction = "rtl" if self.rtl else "ltr"
        doc.setHtml(f"<html><body dir='{direction}'>{''.join(bodies)}</body></html>")
        doc.print_(writer)
        del writer
        if not partial.exists() or partial.stat().st_size == 0:
            partial.unlink(missing_ok=True)
            raise OSError(errno.EIO, "the PDF could not be written", str(out))
        partial.replace(out)
        return len(sheets)

    def _writer(self, path: Path) -> tuple[QPdfWriter, QTextDocument]:
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(150)
        writer.setTitle(self.form.title or self.form.form_id)
        doc = QTextDocument()
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(PRINT_POINT_SIZE)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet("h2 { margin: 0 } h3 { margin-top: 8px } th { background: #eee }")
        page = writer.pageLayout().paintRectPixels(writer.resolution()).size()
        doc.setPageSize(QSizeF(page.width(), page.height()))
        return writer, doc

    def _page_breaks(self, doc: QTextDocument, number: str, sheet: Sheet | None = None) -> set[int]:
        """The parts to move to the next page so that none runs over the foot of one: laid
        out on one questionnaire, which each of the others repeats from a new page."""
        moved: set[int] = set()
        while True:
            doc.setHtml(self.html(number, moved, sheet))
            split = _first_split(doc, moved)
            if split is None:
                return moved
            moved.add(split)


@dataclass(frozen=True)
class Sheet:
    """An assignment's paper: its number, the assignment its QR code names, the household
    (``title``) and its preloaded answers by question path (``picker``: the question that
    picks the household, not printed: the code binds it)."""

    number: str
    assignment: int
    title: str
    preload: dict[str, str]
    picker: str = ""


def _qr_url(number: str, sheet: Sheet | None) -> str:
    key = f"{number or 'blank'}-a{sheet.assignment}" if sheet is not None else number or "blank"
    return f"qr://{html.escape(key)}"


def print_assignment_sheets(
    form: FormDefinition, out: Path, *, language: str | None, assignments: list
) -> int:
    """A sheet for each assignment (desktop_app.assignments.Assignment) of ``form``,
    numbered by the assignment's id (unique on the server)."""
    from form_engine.entities import follow_up_question

    sheets = []
    for a in assignments:
        picker = follow_up_question(form, a.list_name) if a.list_name else None
        sheets.append(
            Sheet(str(a.id), a.id, a.title, dict(a.preload), picker.path if picker else "")
        )
    return Printer(form, pick_language(form, language)).sheets_pdf(out, sheets)


def _marked(part: str, index: int, new_page: bool) -> str:
    """A part whose first block carries its index (Qt's block user state, 1 on), to be found
    in the laid-out document; and starts a new page where ``new_page``."""
    style = f"-qt-user-state: {index + 1}" + ("; page-break-before: always" if new_page else "")
    return re.sub(r"^<(\w+)", rf"<\1 style='{style}'", part, count=1)


def _first_split(doc: QTextDocument, moved: set[int]) -> int | None:
    """The first part, not yet moved, whose top and foot lie on different pages."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    pages: dict[int, list[int]] = {}  # part (1 on): the pages its blocks' tops and feet are on
    part = 0
    block = doc.begin()
    while block.isValid():
        part = block.userState() if block.userState() > 0 else part  # a table's cells: its part
        if part:
            rect, fmt = layout.blockBoundingRect(block), block.blockFormat()
            top, foot = rect.top() + fmt.topMargin(), rect.bottom() - fmt.bottomMargin() - 1
            pages.setdefault(part, []).extend((int(top // height), int(foot // height)))
        block = block.next()
    split = (p - 1 for p, on in pages.items() if min(on) != max(on) and p - 1 not in moved)
    return next(split, None)


def _header(label: str) -> str:
    """A roster column's header: its label, or as many of its first words as fit, and "…"."""
    if len(label) <= HEADER_CHARS:
        return label
    cut = label.rfind(" ", 0, HEADER_CHARS + 1)
    return (label[:cut] if cut > 0 else label.split()[0]).rstrip(" ,;:") + " …"


def _qr_image(segno, payload: str) -> QImage:
    import io

    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=6, border=2)
    # PySide6's stub types the format as bytes, but PySide6 6.11 accepts only str here
    return QImage.fromData(buffer.getvalue(), "PNG")  # type: ignore[arg-type]


def _answer_space(el: Element) -> str:
    kind = el.data_type or "string"
    if kind in ("int", "decimal"):
        # a box for each digit of the largest answer its rule allows (keying's count; for a
        # decimal, the digits before its point); no upper bound: enough for an income in UGX
        digits = most_digits(el.model_copy(update={"data_type": "int"})) or UNBOUNDED_DIGITS
        boxes = "|" + "__|" * digits
        return boxes if kind == "int" else f"{boxes} , |__|__|"
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


# -- a condition in words ----------------------------------------------------------------------
_SIGN = {"=": "=", "!=": "≠", ">": ">", "<": "<", ">=": "≥", "<=": "≤"}
_MIRROR = {"=": "=", "!=": "!=", ">": "<", "<": ">", ">=": "<=", "<=": ">="}  # 5 < x: x > 5
_ARITHMETIC = {"+": ("+", 1), "-": ("−", 1), "*": ("×", 2), "div": ("÷", 2)}  # sign, precedence


class _Unsayable(Exception):
    """An expression the paper cannot put in words."""


@dataclass(frozen=True)
class _Side:
    """A side of a comparison, as the paper says it."""

    kind: str  # question, ticked, length, flag, rows, value or constant
    text: str  # "Q9"; "Q33 × 2"; a flag's or a count's condition; a constant's value
    question: Element | None = None  # whose choices give a compared value's code
    roster: Element | None = None  # the roster whose rows are counted
    quoted: bool = False  # a constant written as text ('yes'), not as a number
    level: int = 3  # how tightly it binds: 1 a sum, 2 a product, 3 one thing
    compound: bool = False  # a flag's condition with "and" or "or" in it, in brackets


class _Condition:
    """A relevance expression in the paper's words: question numbers for names, codes for the
    choices' values, and each calculation replaced by what it computes ("n_under5 > 0": "Q9 <
    5 in at least one row of “Household members”")."""

    def __init__(self, printer: Printer) -> None:
        self.printer = printer
        self.w = printer.words
        self.depth = 0  # calculations within calculations

    def said(self, expression: str, here: str) -> str:
        """``expression``, evaluated at the path ``here``, in words."""
        try:
            tree = xpath.parse(self._paths(expression))
        except (_Unsayable, XPathSyntaxError):
            return self.w["rule_plain"]
        try:
            return self.say(tree, here)
        except _Unsayable:
            asked = sorted(set(self._asked(tree, here)), key=int)
            if not asked:
                return self.w["rule_plain"]
            return self.w["rule"].format(questions=", ".join(f"{self.w['q']}{n}" for n in asked))

    def _paths(self, expression: str) -> str:
        def path(m: re.Match) -> str:
            el = self.printer.by_name.get(m[1])
            if el is None:
                raise _Unsayable(m[0])
            return el.path

        return re.sub(r"\$\{([\w.-]+)\}", path, expression)

    def _asked(self, tree: object, here: str) -> Iterator[str]:
        """The numbers of the questions an expression depends on, through its calculations."""
        for node in xpath.walk(tree):
            if not isinstance(node, xpath.Path):
                continue
            try:
                el = self.element(node, here)
            except _Unsayable:
                continue
            if el.path in self.printer.numbers:
                yield self.printer.numbers[el.path]
            elif el.calculate and self.depth < 20:
                self.depth += 1
                try:
                    yield from self._asked(xpath.parse(el.calculate), el.path)
                except XPathSyntaxError:
                    pass
                self.depth -= 1

    # -- booleans ------------------------------------------------------------------------------
    def say(self, node: object, here: str) -> str:
        if isinstance(node, xpath.BinaryOp) and node.op in ("and", "or"):
            parts = []
            for part in (node.left, node.right):
                text = self.say(part, here)
                if isinstance(part, xpath.BinaryOp) and part.op in ("and", "or"):
                    text = f"({text})" if part.op != node.op else text  # mixed: in brackets
                parts.append(text)
            return f" {self.w[node.op]} ".join(parts)
        if isinstance(node, xpath.BinaryOp) and node.op in _SIGN:
            return self.compare(node.op, node.left, node.right, here)
        if isinstance(node, xpath.FunctionCall) and node.name == "not" and len(node.args) == 1:
            return self.say_not(node.args[0], here)
        if isinstance(node, xpath.FunctionCall) and node.name == "selected":
            return self.selected(node, here, self.w["includes"])
        side = self.side(node, here)
        if side.kind == "flag":
            return side.text
        raise _Unsayable(node)

    def say_not(self, node: object, here: str) -> str:
        if isinstance(node, xpath.FunctionCall) and node.name == "selected":
            return self.selected(node, here, self.w["excludes"])
        negated = _negated(node)
        if negated is not None:
            return self.say(negated, here)
        return f"{self.w['not']} ({self.say(node, here)})"

    def selected(self, node: xpath.FunctionCall, here: str, verb: str) -> str:
        if len(node.args) != 2 or not isinstance(node.args[1], xpath.Literal):
            raise _Unsayable(node)
        side = self.side(node.args[0], here)
        if side.kind != "question":
            raise _Unsayable(node)
        return f"{side.text} {verb} {self.coded(side.question, node.args[1].value)}"

    def compare(self, op: str, left: object, right: object, here: str) -> str:
        if _constant(left) and not _constant(right):
            left, right, op = right, left, _MIRROR[op]
        a, b = self.side(left, here), self.side(right, here)
        sign, w = _SIGN[op], self.w
        if b.kind != "constant":
            if {a.kind, b.kind} <= {"question", "value"}:
                return f"{a.text} {sign} {b.text}"
            raise _Unsayable(right)
        if a.kind == "question":
            if b.quoted and not b.text:
                if op in ("=", "!="):
                    return f"{a.text} {w['unanswered' if op == '=' else 'answered']}"
                raise _Unsayable(right)
            shown = self.coded(a.question, b.text) if b.quoted else b.text
            return f"{a.text} {sign} {shown}"
        if a.kind == "value":
            return f"{a.text} {sign} {_shown(b)}"
        some = _some(op, _number_of(b))
        if a.kind == "ticked":
            if some is None:
                return f"{w['ticked_count'].format(q=a.text)} {sign} {b.text}"
            return w["ticked_some" if some else "ticked_none"].format(q=a.text)
        if a.kind == "length" and some is not None:
            return f"{a.text} {w['answered' if some else 'unanswered']}"
        if a.kind == "flag":
            truth = _truth(op, _number_of(b))
            if truth is not None:
                if truth:
                    return a.text
                return f"{w['not']} {a.text}" if a.compound else f"{w['not']} ({a.text})"
        if a.kind == "rows" and a.roster is not None:
            roster = self.roster_name(a.roster)
            if not a.text:
                return f"{w['rows'].format(roster=roster)} {sign} {b.text}"
            if some is None:
                counted = w["rows_count"].format(cond=a.text, roster=roster)
                return f"{counted} {sign} {b.text}"
            return w["rows_some" if some else "rows_none"].format(cond=a.text, roster=roster)
        raise _Unsayable(left)

    # -- values --------------------------------------------------------------------------------
    def side(self, node: object, here: str) -> _Side:
        w = self.w
        if isinstance(node, xpath.Literal):
            return _Side("constant", node.value, quoted=True)
        if isinstance(node, xpath.Number):
            return _Side("constant", _number_text(node.value))
        if isinstance(node, xpath.Path):
            el = self.element(node, here)
            number = self.printer.numbers.get(el.path)
            if number:
                return _Side("question", f"{w['q']}{number}", question=el)
            if el.kind == "repeat":
                return _Side("rows", "", roster=el)
            if el.calculate and self.depth < 20:
                self.depth += 1
                try:
                    return self.side(xpath.parse(el.calculate), el.path)
                except XPathSyntaxError as exc:
                    raise _Unsayable(el.calculate) from exc
                finally:
                    self.depth -= 1
            raise _Unsayable(el.name)  # metadata, a hidden field
        if isinstance(node, xpath.FunctionCall):
            return self.function(node, here)
        if isinstance(node, xpath.BinaryOp) and node.op in _ARITHMETIC:
            sign, level = _ARITHMETIC[node.op]
            a, b = self.side(node.left, here), self.side(node.right, here)
            if not {a.kind, b.kind} <= {"question", "value", "constant"}:
                raise _Unsayable(node)
            left = f"({a.text})" if a.level < level else _shown(a)
            right = f"({b.text})" if b.level < level + (node.op in ("-", "div")) else _shown(b)
            return _Side("value", f"{left} {sign} {right}", level=level)
        if isinstance(node, xpath.Negate):
            a = self.side(node.operand, here)
            if a.kind not in ("question", "value", "constant"):
                raise _Unsayable(node)
            return _Side("value", f"−{a.text}" if a.level == 3 else f"−({a.text})")
        raise _Unsayable(node)

    def function(self, node: xpath.FunctionCall, here: str) -> _Side:
        name, args, w = node.name, node.args, self.w
        if name in ("number", "int", "string") and len(args) == 1:
            return self.side(args[0], here)
        if name == "coalesce" and len(args) == 2 and _constant(args[1]):
            return self.side(args[0], here)  # the answer, or nothing where there is none
        if name in ("count-selected", "string-length") and len(args) == 1:
            asked = self.side(args[0], here)
            if asked.kind == "question":
                kind = "ticked" if name == "count-selected" else "length"
                return _Side(kind, asked.text, question=asked.question)
        if name == "count" and len(args) == 1:
            rows = self.side(args[0], here)
            if rows.kind == "rows" and not rows.text:
                return rows
        if name == "sum" and len(args) == 1:
            roster = self.roster_of(self.element(args[0], here))
            each = self.side(args[0], here)
            if each.kind == "flag":
                return _Side("rows", each.text, roster=roster)
            if each.kind in ("question", "value"):
                total = w["total"].format(value=each.text, roster=self.roster_name(roster))
                return _Side("value", total)
        if name == "if" and len(args) == 3 and all(map(_constant, args[1:])):
            values = (_constant_text(args[1]), _constant_text(args[2]))
            if values in (("1", "0"), ("0", "1")):
                cond = args[0]
                if values == ("0", "1"):
                    cond = _negated(cond) or xpath.FunctionCall("not", [cond])
                compound = isinstance(cond, xpath.BinaryOp) and cond.op in ("and", "or")
                text = self.say(cond, here)
                return _Side("flag", f"({text})" if compound else text, compound=compound)
        if name == "indexed-repeat" and len(args) == 3 and isinstance(args[2], xpath.Number):
            asked, roster = self.side(args[0], here), self.element(args[1], here)
            if asked.kind == "question" and roster.kind == "repeat":
                text = w["in_row"].format(
                    q=asked.text, n=_number_text(args[2].value), roster=self.roster_name(roster)
                )
                return _Side("question", text, question=asked.question)
        raise _Unsayable(name)

    # -- the form's things -----------------------------------------------------------------------
    def element(self, node: object, here: str) -> Element:
        """The element a location path names, read from the path ``here``."""
        if not isinstance(node, xpath.Path) or node.start is not None:
            raise _Unsayable(node)
        parts = [] if node.absolute else here.strip("/").split("/")
        for step in node.steps:
            if step.predicates:
                raise _Unsayable(node)
            if step.axis == "parent" and step.test == "node()" and parts:
                parts.pop()
            elif step.axis == "child" and step.test not in ("*", "node()", "text()"):
                parts.append(step.test)
            elif not (step.axis == "self" and step.test == "node()"):
                raise _Unsayable(node)
        el = self.printer.by_path.get("/" + "/".join(parts))
        if el is None:
            raise _Unsayable(node)
        return el

    def roster_of(self, el: Element) -> Element:
        rosters = [
            r
            for r in self.printer.by_path.values()
            if r.kind == "repeat" and el.path.startswith(r.path + "/")
        ]
        if not rosters:
            raise _Unsayable(el.name)
        return max(rosters, key=lambda r: len(r.path))

    def roster_name(self, roster: Element) -> str:
        """A roster's title, or the numbers of its questions where it has none."""
        title = self.printer.text(roster.label)
        if title:
            return title
        numbers = [
            self.printer.numbers[el.path] for el in roster.walk() if el.path in self.printer.numbers
        ]
        if not numbers:
            raise _Unsayable(roster.name)
        q = self.w["q"]
        return f"{q}{numbers[0]}–{q}{numbers[-1]}" if len(numbers) > 1 else f"{q}{numbers[0]}"

    def coded(self, question: Element | None, value: str) -> str:
        """A choice's value as the paper prints it: its code and label ("1 (Yes)")."""
        if question is not None:
            for code, choice in printed_choices(self.printer.form, question):
                if choice.value == value:
                    return f"{code} ({self.printer.text(choice.label) or value})"
        return _shown(_Side("constant", value, quoted=True))


def _negated(node: object) -> object | None:
    """``not(node)`` as an expression without "not", where one says it as plainly."""
    if isinstance(node, xpath.BinaryOp) and node.op in ("and", "or"):
        left, right = _negated(node.left), _negated(node.right)
        if left is None or right is None:
            return None
        return xpath.BinaryOp("or" if node.op == "and" else "and", left, right)
    if isinstance(node, xpath.BinaryOp) and node.op in ("=", "!="):
        return xpath.BinaryOp("!=" if node.op == "=" else "=", node.left, node.right)
    if isinstance(node, xpath.FunctionCall) and node.name == "not" and len(node.args) == 1:
        return node.args[0]
    if isinstance(node, xpath.FunctionCall) and node.name == "selected":
        return xpath.FunctionCall("not", [node])
    return None


def _constant(node: object) -> bool:
    return isinstance(node, xpath.Literal | xpath.Number)


def _constant_text(node: object) -> str:
    if isinstance(node, xpath.Number):
        return _number_text(node.value)
    return node.value if isinstance(node, xpath.Literal) else ""


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _number_of(side: _Side) -> float:
    try:
        return float(side.text)
    except ValueError as exc:
        raise _Unsayable(side.text) from exc


def _shown(side: _Side) -> str:
    """A constant as printed: a number as it is, a text in quotes."""
    if side.kind == "constant" and side.quoted:
        try:
            float(side.text)
        except ValueError:
            return f"“{side.text}”"
    return side.text


def _some(op: str, n: float) -> bool | None:
    """Whether comparing a count so means "at least one" (True), "none" (False), or neither."""
    if (op, n) in ((">", 0), (">=", 1), ("!=", 0)):
        return True
    if (op, n) in (("=", 0), ("<", 1), ("<=", 0)):
        return False
    return None


def _truth(op: str, n: float) -> bool | None:
    """Whether comparing a 0-or-1 flag so means that it holds, that it does not, or neither."""
    if (op, n) in (("=", 1), (">=", 1)):
        return True
    if (op, n) == ("!=", 1):
        return False
    return _some(op, n)
