"""What a reviewer said when sending a submission back, as kept (encrypted) with it on the
desktop: the comment on the whole, then one line per answer commented on. The form view shows
each answer's comment beside that answer."""

from __future__ import annotations

import re

_ANSWER = re.compile(r"^  › (?P<path>[^\n]+?): (?P<text>.*)$", re.MULTILINE)
_FIRST = re.compile(r"\[1\]")


def compose(by: str, comment: str, answers: dict[str, str]) -> str:
    lines = [f"{by}: {comment}" if comment else f"{by}:"]
    lines += [f"  › {path}: {text}" for path, text in sorted(answers.items())]
    return "\n".join(lines)


def answer_comments(note: str) -> dict[str, str]:
    """The comments on single answers, by the answer's key (first repeat entries unnumbered:
    "members/member[1]/age" and "members/member/age" are the same answer)."""
    return {key(m["path"]): m["text"] for m in _ANSWER.finditer(note or "")}


def key(path: str) -> str:
    return _FIRST.sub("", path.strip().strip("/"))


def readable(note: str, label_of) -> str:
    """The note with each answer named by its question (``label_of(path)``, None when it
    cannot say) instead of its path."""

    def named(m: re.Match) -> str:
        label = label_of(m["path"])
        return f"  › {label or m['path']}: {m['text']}"

    return _ANSWER.sub(named, note or "")
