"""A one-screen description of a loaded form (what ``daftari form check`` prints)."""

from __future__ import annotations

from form_engine.model import FormDefinition, NeededFile


def form_summary(form: FormDefinition) -> dict:
    questions = [e for e in form.questions() if e.control and not e.preload]
    calculations = [e for e in form.questions() if e.calculate and not e.control]
    repeats = [
        {
            "name": r.name,
            "path": r.path,
            "row": r.row,
            "count": r.repeat_count.strip() if r.repeat_count else None,
            "questions": sum(1 for e in r.walk() if e.kind == "question" and e.control),
        }
        for r in form.repeats()
    ]
    types: dict[str, int] = {}
    for q in questions:
        base = (q.xlsform_type or q.control or "").split(" ")[0]
        types[base] = types.get(base, 0) + 1
    return {
        "form_id": form.form_id,
        "version": form.version,
        "title": form.title,
        "languages": form.languages,
        "default_language": form.default_language,
        "questions": len(questions),
        "calculations": len(calculations),
        "groups": sum(1 for e in form.walk() if e.kind == "group" and e.name != "meta"),
        "repeats": repeats,
        "question_types": dict(sorted(types.items())),
        "instance_name": form.instance_name,
        "encrypted": bool(form.public_key),
        "attachments": sorted(form.attachments),
        "needs_files": [m.model_dump() for m in form.missing_files],
        "notices": form.notices,
        "warnings": form.warnings,
    }


def format_summary(summary: dict) -> str:
    lines = [
        f"{summary['title']}",
        f"  form id      {summary['form_id']}",
        f"  version      {summary['version'] or '(none)'}",
        f"  languages    {', '.join(summary['languages']) or '(untranslated)'}"
        + (f"  [default: {summary['default_language']}]" if summary["default_language"] else ""),
        f"  questions    {summary['questions']}  (+{summary['calculations']} calculations, "
        f"{summary['groups']} groups)",
    ]
    types = ", ".join(f"{k} {v}" for k, v in summary["question_types"].items())
    if types:
        lines.append(f"  types        {types}")
    if summary["repeats"]:
        for r in summary["repeats"]:
            count = f"count {r['count']}" if r["count"] else "open-ended"
            lines.append(
                f"  repeat       {r['path']} ({r['questions']} questions, {count}, row {r['row']})"
            )
    else:
        lines.append("  repeats      none")
    if summary["attachments"]:
        lines.append(f"  files        {', '.join(summary['attachments'])}")
    for m in summary["needs_files"]:
        needed = NeededFile(**m)
        lines.append(
            f"  needs file   {needed.describe()}: not found beside the workbook; put it next "
            "to the .xlsx or in its '-media' folder (a server takes it with "
            "'daftari-server form attach')"
        )
    for n in summary["notices"]:
        lines.append(f"  notice       {n}")
    for w in summary["warnings"]:
        lines.append(f"  warning      {w}")
    return "\n".join(lines)
