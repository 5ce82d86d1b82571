"""The code a choice is keyed by, printed beside it on a paper questionnaire and typed to pick
it on screen: the choice's own name when every name of the list is a number (as a
questionnaire designer numbers them, and as CSPro keys them), else its position 1, 2, 3… in
the form's order."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from form_engine.model import Choice, Element, FormDefinition


def choice_codes(values: list[str]) -> list[str]:
    """The code of each choice, in the same order."""
    if (
        values
        and all(v.isdigit() and v.isascii() for v in values)
        and len(set(values)) == len(values)
    ):
        return list(values)
    return [str(i) for i in range(1, len(values) + 1)]


def printed_choices(form: FormDefinition, el: Element) -> list[tuple[str, Choice]]:
    """(code, choice) of every choice of a question's list, as a paper prints them: a choice
    filter narrows what may be chosen, never the codes. Empty for a list computed from a
    file or an expression (no paper order to print)."""
    src = el.choices
    if src is None:
        return []
    listed = (
        list(src.inline) if src.inline else list(form.choice_lists.get(src.instance_id or "", []))
    )
    return list(zip(choice_codes([c.value for c in listed]), listed, strict=True))
