"""The printed questionnaire read back from its PDF, as an enumerator and a clerk read it: every
question whole on one page, answer boxes for the largest answer its rule allows, a roster's
headers in whole words with its questions' full wording below it, an Arabic roster right to
left, and every skip condition in words with the paper's question numbers — never a field's
name or XPath."""

import re
import unicodedata

import pytest
from pypdf import PdfReader

from desktop_app.keying import is_keyed
from desktop_app.ui.i18n import load_fonts
from desktop_app.ui.printing import Printer, print_questionnaires
from form_engine import Element, FormDefinition, load_xlsform
from tests.conftest import REPO

HOUSEHOLD = REPO / "forms" / "household.xlsx"
SAMPLE_FORMS = sorted((REPO / "forms").glob("*.xlsx")) + sorted(
    (REPO / "tests" / "forms" / "good").glob("*.xlsx")
)
XPATH = ("${", "/data/", "../", "count-selected(", "selected(", "position(", "if(", "()")


def flat(text: str) -> str:
    """Text as compared here: ligatures undone ("ﬃ"), no white space (the PDF spaces words
    as it lays them out)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def printed(tmp_path, form: FormDefinition, language: str | None, count: int = 1) -> PdfReader:
    out = tmp_path / f"{form.form_id}-{language or 'default'}.pdf"
    print_questionnaires(form, out, language=language, count=count, first=201)
    return PdfReader(out)


def questions(form: FormDefinition) -> list[Element]:
    """The questions printed as paragraphs (not in a roster's table)."""
    rosters = [el.path + "/" for el in form.walk() if el.kind == "repeat"]
    return [
        el for el in form.walk() if is_keyed(el) and not any(el.path.startswith(r) for r in rosters)
    ]


@pytest.fixture(scope="module")
def household():
    return load_xlsform(HOUSEHOLD)


@pytest.fixture(scope="module", autouse=True)
def fonts(qapp):
    load_fonts()  # as ``daftari form print`` and the app do: Ethiopic where no font has it


@pytest.mark.parametrize("language", ["English (en)", "Amharic (am)"])
def test_no_question_runs_over_the_foot_of_a_page(qapp, tmp_path, household, language):
    printer = Printer(household, language)
    pages = [flat(p.extract_text()) for p in printed(tmp_path, household, language, 2).pages]
    asked = questions(household)
    keys = [flat(f"{printer.numbers[el.path]}. {printer.text(el.label)}") for el in asked]
    for el, key in zip(asked, keys, strict=True):
        on = [i for i, page in enumerate(pages) if key in page]
        assert len(on) == 2, f"{key}: on pages {on}"  # once a questionnaire, never cut
        choices = printer.choices(el)
        end = flat(f"{choices[-1][0]} □ {choices[-1][1]}") if choices else "__"
        for i in on:
            page = pages[i]
            start = page.index(key) + len(key)
            following = [at for k in keys if (at := page.find(k, start)) > 0]
            assert end in page[start : min(following, default=len(page))], f"{key} on page {i}"


def test_answer_boxes_hold_the_largest_answer_the_rule_allows(qapp, tmp_path, household):
    printer = Printer(household, "English (en)")
    pdf = printed(tmp_path, household, "English (en)")
    text = "".join(flat(p.extract_text()) for p in pdf.pages)

    def boxes(name: str) -> int:
        el = next(el for el in household.walk() if el.name == name)
        key = flat(f"{printer.numbers[el.path]}. {printer.text(el.label)}")
        return re.search(r"\|((?:__\|)+)", text[text.index(key) :])[1].count("__")

    assert boxes("hh_no") == 5  # 1 to 99999
    assert boxes("hh_size") == 2  # 1 to 30
    assert boxes("fcs_cereals") == 1  # days: 0 to 7
    assert boxes("income_amount") >= 8  # no upper bound: a million shillings and more


def test_roster_headers_are_whole_words_and_its_questions_are_printed_in_full(
    qapp, tmp_path, household
):
    printer = Printer(household, "English (en)")
    page = next(
        flat(p.extract_text())
        for p in printed(tmp_path, household, "English (en)").pages
        if "Householdmembers" in flat(p.extract_text())
    )
    roster = next(el for el in household.walk() if el.name == "member")
    asked = [el for el in roster.walk() if is_keyed(el)]
    header = page[page.index("#7.") + 1 : page.index("12345678910")]
    numbers = [printer.numbers[el.path] for el in asked]
    for el, number, following in zip(asked, numbers, numbers[1:] + [None], strict=True):
        label = printer.text(el.label)
        cell = header[header.index(f"{number}.") + len(number) + 1 :]
        cell = cell[: cell.index(f"{following}.")] if following else cell
        words = label.split()
        whole = [flat(" ".join(words[:n])).rstrip(",;:") for n in range(1, len(words) + 1)]
        assert cell == flat(label) or cell.removesuffix(flat("…")) in whole, f"{number}: {cell}"
        assert flat(f"{number}. {label}") in page  # read out verbatim: somewhere in full
    assert flat("Does … have difficulty seeing, even if wearing glasses?") in page


def header_row(reader: PdfReader, numbers: list[str]) -> dict[str, float]:
    """How far from the left the roster's header row prints "#" and each question's number."""
    seen: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, *_):
        seen.extend((word.strip("."), tm[4], tm[5]) for word in text.split())

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
        if any(t == "#" for t, _, _ in seen):
            break
        seen.clear()
    y = next(y for t, _, y in seen if t == "#")
    return {t: x for t, x, ty in seen if abs(ty - y) < 4 and t in ["#", *numbers]}


def test_an_arabic_roster_runs_right_to_left(qapp, tmp_path, household):
    printer = Printer(household, "Arabic (ar)")
    roster = next(el for el in household.walk() if el.name == "member")
    numbers = [printer.numbers[el.path] for el in roster.walk() if is_keyed(el)]
    english = header_row(printed(tmp_path, household, "English (en)"), numbers)
    assert sorted(english, key=english.get) == ["#", *numbers]  # the first column on the left
    arabic = header_row(printed(tmp_path, household, "Arabic (ar)"), numbers)
    assert sorted(arabic, key=arabic.get, reverse=True) == ["#", *numbers]  # on the right


def field_names(form: FormDefinition) -> set[str]:
    """The names of the form's questions, groups and calculations."""
    return {el.name for el in form.walk()} - {""}


@pytest.mark.parametrize("path", SAMPLE_FORMS, ids=lambda p: p.name)
def test_every_condition_is_in_words_with_question_numbers(path):
    form = load_xlsform(path)
    names = field_names(form)
    for language in form.languages or [None]:
        printer = Printer(form, language)
        labels = [printer.text(c.label) for lst in form.choice_lists.values() for c in lst]
        labels += [printer.text(el.label) for el in form.walk()]
        vocabulary = set(re.sub(r"\{\w+\}", " ", " ".join(printer.words.values())).split())
        for el in form.walk():
            if not el.relevant or not (is_keyed(el) or el.kind in ("group", "repeat")):
                continue
            said = printer.condition(el)
            for label in sorted(filter(None, labels), key=len, reverse=True):
                said = said.replace(label, " ")  # a choice's or a roster's label: any words
            assert not any(x in said for x in XPATH), f"{el.name}: {printer.condition(el)}"
            words = set(re.findall(r"[\w.-]+", said)) - vocabulary
            named = {w for w in words & names if not re.fullmatch(r"[QqSs]\d+", w)}
            assert not named, f"{el.name}: {printer.condition(el)}"


@pytest.mark.parametrize("path", SAMPLE_FORMS, ids=lambda p: p.name)
def test_no_field_name_or_xpath_is_printed(qapp, tmp_path, path):
    form = load_xlsform(path)
    text = "\n".join(p.extract_text() for p in printed(tmp_path, form, None).pages)
    assert not any(x in text for x in XPATH[:5]), text
    internal = {n for n in field_names(form) if re.search(r"_|\d", n)}  # n_under5, shock_types
    assert not {n for n in internal if re.search(rf"\b{re.escape(n)}\b", text)}


def test_conditions_say_what_calculations_compute(household):
    said = {
        el.name: Printer(household, "English (en)").condition(el)
        for el in household.walk()
        if el.relevant
    }
    assert said["birth_certificates"] == (
        "Ask only if Q9 < 5 in at least one row of “Household members”"
    )  # n_under5 > 0: n_under5 counts the members under 5
    assert said["coping"] == (
        "Ask only if Q43 does not include 8 (None) and at least one answer is ticked in Q43"
    )
    assert said["water_minutes"] == (
        "Ask only if Q23 ≠ 1 (Piped into the dwelling) and Q23 ≠ 2 (Piped into the yard or plot)"
        " and Q23 ≠ 13 (Bottled or sachet water)"
    )
    arabic = Printer(household, "Arabic (ar)")
    coping = next(el for el in household.walk() if el.name == "coping")
    assert "count" not in arabic.condition(coping) and "س43" in arabic.condition(coping)


def test_what_cannot_be_put_in_words_names_its_questions_only(make_form):
    form = make_form(
        [
            {"type": "integer", "name": "age", "label": "Age"},
            {"type": "text", "name": "code", "label": "Code"},
            {"type": "calculate", "name": "adult", "calculation": "if(${age} >= 18, 1, 0)"},
            {"type": "calculate", "name": "stamp", "calculation": "once(today())"},
            {"type": "text", "name": "a", "label": "A", "relevant": "${adult} = 1"},
            {"type": "text", "name": "b", "label": "B", "relevant": "regex(${code}, '^K')"},
            {"type": "text", "name": "c", "label": "C", "relevant": "${stamp} != ''"},
            {"type": "text", "name": "d", "label": "D", "relevant": "string-length(${code}) = 0"},
        ]
    )
    said = {el.name: Printer(form, None).condition(el) for el in form.walk() if el.relevant}
    assert said == {
        "a": "Ask only if Q1 ≥ 18",
        "b": "Ask only if a rule of the form about Q2",
        "c": "Ask only if a rule of the form",
        "d": "Ask only if Q2 is not answered",
    }


def test_the_window_zoom_never_changes_the_paper(qapp, tmp_path, household):
    """Printed from the batches screen of a window at a larger zoom, the paper is the paper
    `daftari form print` makes: its type does not follow the window's (at 150 % a roster's
    words broke inside its columns and each questionnaire took a page more)."""
    from desktop_app.ui.i18n import apply_zoom

    def words(reader):
        found = []
        for page in reader.pages:
            page.extract_text(visitor_text=lambda text, *_: found.extend(text.split()))
        return found

    for name in ("plain", "zoomed"):
        (tmp_path / name).mkdir()
    plain = printed(tmp_path / "plain", household, "English (en)")
    before = qapp.font()
    try:
        apply_zoom(qapp, 1.6)
        zoomed = printed(tmp_path / "zoomed", household, "English (en)")
    finally:
        qapp.setFont(before)
    assert len(zoomed.pages) == len(plain.pages)
    assert "Relationship" in words(zoomed) and words(zoomed) == words(plain)
