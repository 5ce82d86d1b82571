"""The code a choice is keyed by, printed beside it on a paper questionnaire and typed to pick
it on screen: the choice's own name when every name of the list is a number (as a
questionnaire designer numbers them, and as CSPro keys them), else its position 1, 2, 3… in
the form's order."""

from __future__ import annotations


def choice_codes(values: list[str]) -> list[str]:
    """The code of each choice, in the same order."""
    if (
        values
        and all(v.isdigit() and v.isascii() for v in values)
        and len(set(values)) == len(values)
    ):
        return list(values)
    return [str(i) for i in range(1, len(values) + 1)]
