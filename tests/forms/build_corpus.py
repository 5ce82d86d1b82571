"""Writes the conformance corpus: tests/forms/good/*.xlsx (every feature, must load) and
tests/forms/broken/*.xlsx (must be refused at the place named in broken/expected.json).

    .venv/bin/python tests/forms/build_corpus.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from form_engine.authoring import write_xlsform  # noqa: E402

S = {"form_id": "corpus", "version": "1"}
YN = [
    {"list_name": "yn", "name": "yes", "label": "Yes"},
    {"list_name": "yn", "name": "no", "label": "No"},
]

GOOD: dict[str, dict] = {
    "question_types": {
        "survey": [
            {
                "type": "text",
                "name": "t",
                "label": "Text",
                "hint": "A hint",
                "guidance_hint": "Ask slowly",
            },
            {
                "type": "integer",
                "name": "i",
                "label": "Integer",
                "required": "yes",
                "required_message": "Please answer",
            },
            {
                "type": "decimal",
                "name": "d",
                "label": "Decimal",
                "constraint": ". >= 0",
                "constraint_message": "Not negative",
            },
            {"type": "range", "name": "r", "label": "Range", "parameters": "start=1 end=5 step=1"},
            {"type": "select_one yn", "name": "s1", "label": "One", "appearance": "minimal"},
            {"type": "select_multiple yn", "name": "sm", "label": "Many"},
            {"type": "select_one yn or_other", "name": "so", "label": "Other"},
            {"type": "date", "name": "da", "label": "Date", "default": "today()"},
            {"type": "time", "name": "ti", "label": "Time"},
            {"type": "dateTime", "name": "dt", "label": "DateTime"},
            {"type": "geopoint", "name": "gp", "label": "Point"},
            {"type": "note", "name": "no", "label": "Integer was ${i}"},
            {"type": "calculate", "name": "c", "calculation": "${i} + 1"},
            {"type": "hidden", "name": "h"},
            {"type": "acknowledge", "name": "ack", "label": "OK"},
            {"type": "image", "name": "img", "label": "Image", "parameters": "max-pixels=1024"},
            {"type": "audio", "name": "au", "label": "Audio"},
            {"type": "file", "name": "fi", "label": "File"},
            {"type": "barcode", "name": "bc", "label": "Barcode"},
            {
                "type": "text",
                "name": "ro",
                "label": "Read only",
                "read_only": "yes",
                "default": "fixed",
            },
            {"type": "start", "name": "start"},
            {"type": "end", "name": "end"},
            {"type": "today", "name": "today"},
            {"type": "deviceid", "name": "deviceid"},
            {"type": "username", "name": "username"},
            {"type": "audit", "name": "audit"},
        ],
        "choices": YN,
    },
    "groups_and_repeats": {
        "survey": [
            {"type": "integer", "name": "n", "label": "How many?"},
            {"type": "begin_group", "name": "page", "label": "Page", "appearance": "field-list"},
            {"type": "text", "name": "a", "label": "A"},
            {"type": "text", "name": "b", "label": "B"},
            {"type": "end_group"},
            {"type": "begin_repeat", "name": "counted", "label": "Counted", "repeat_count": "${n}"},
            {"type": "text", "name": "x", "label": "X"},
            {"type": "begin_repeat", "name": "nested", "label": "Nested"},
            {"type": "integer", "name": "y", "label": "Y"},
            {
                "type": "calculate",
                "name": "where",
                "calculation": "concat(position(../..), '.', position(..))",
            },
            {"type": "end_repeat"},
            {"type": "end_repeat"},
            {"type": "begin_repeat", "name": "fixed", "label": "Fixed", "repeat_count": "3"},
            {"type": "text", "name": "z", "label": "Z"},
            {"type": "end_repeat"},
            {
                "type": "calculate",
                "name": "second_x",
                "calculation": "indexed-repeat(${x}, ${counted}, 2)",
            },
        ],
    },
    "expressions": {
        "survey": [
            {"type": "select_multiple yn", "name": "m", "label": "M"},
            {"type": "text", "name": "t", "label": "T", "constraint": "regex(., '^[A-Z][a-z]+$')"},
            {"type": "date", "name": "dob", "label": "Birth", "constraint": ". <= today()"},
            {
                "type": "calculate",
                "name": "c1",
                "calculation": "if(selected(${m}, 'yes'), count-selected(${m}), 0)",
            },
            {"type": "calculate", "name": "c2", "calculation": "coalesce(${t}, 'none')"},
            {
                "type": "calculate",
                "name": "c3",
                "calculation": "concat(substr(${t}, 0, 2), string-length(${t}))",
            },
            {"type": "calculate", "name": "c4", "calculation": "format-date(${dob}, '%d/%m/%Y')"},
            {
                "type": "calculate",
                "name": "c5",
                "calculation": "int((decimal-date-time(today()) - decimal-date-time(${dob})) div 365.25)",
            },
            {
                "type": "calculate",
                "name": "c6",
                "calculation": "round(max(1, 2.567, min(5, 7)), 1)",
            },
            {
                "type": "calculate",
                "name": "c7",
                "calculation": "jr:choice-name(selected-at(${m}, 0), '${m}')",
            },
            {"type": "calculate", "name": "c8", "calculation": "once(uuid())"},
            {
                "type": "calculate",
                "name": "c9",
                "calculation": "boolean-from-string('true') and not(false()) and true()",
            },
            {
                "type": "calculate",
                "name": "c10",
                "calculation": "starts-with(${t}, 'A') or ends-with(${t}, 'a') or contains(${t}, 'm')",
            },
            {
                "type": "calculate",
                "name": "c11",
                "calculation": "number('12') + date('2026-01-01') - now() * 0",
            },
            {"type": "calculate", "name": "c12", "calculation": "join(' ', ${m})"},
            {
                "type": "calculate",
                "name": "c13",
                "calculation": "pulldata('prices', 'price', 'item', 'rice')",
            },
        ],
        "choices": YN,
        "files": {"prices.csv": "item,price\nrice,120\nbeans,90\n"},
    },
    "choice_filters_and_files": {
        "survey": [
            {"type": "select_one country", "name": "country", "label": "Country"},
            {
                "type": "select_one city",
                "name": "city",
                "label": "City",
                "choice_filter": "country = ${country}",
            },
            {
                "type": "select_one_from_file towns.csv",
                "name": "town",
                "label": "Town",
                "choice_filter": "city = ${city}",
            },
            {"type": "select_multiple_from_file towns.csv", "name": "towns", "label": "Towns"},
        ],
        "choices": [
            {"list_name": "country", "name": "ke", "label": "Kenya"},
            {"list_name": "country", "name": "ug", "label": "Uganda"},
            {"list_name": "city", "name": "kakuma", "label": "Kakuma", "country": "ke"},
            {"list_name": "city", "name": "koboko", "label": "Koboko", "country": "ug"},
        ],
        "files": {
            "towns.csv": "name,label,city\nkalobeyei,Kalobeyei,kakuma\nlobule,Lobule,koboko\n"
        },
    },
    "languages": {
        "survey": [
            {
                "type": "text",
                "name": "name",
                **{
                    f"label::{lang}": text
                    for lang, text in [
                        ("English (en)", "Name"),
                        ("Swahili (sw)", "Jina"),
                        ("Somali (so)", "Magaca"),
                        ("Arabic (ar)", "الاسم"),
                        ("Amharic (am)", "ስም"),
                        ("French (fr)", "Nom"),
                    ]
                },
                "hint::English (en)": "Full name",
                "hint::Arabic (ar)": "الاسم الكامل",
                "media::image::English (en)": "name.png",
            },
        ],
        "settings": {"form_id": "corpus", "version": "1", "default_language": "English (en)"},
    },
    "dynamic_defaults_and_triggers": {
        "survey": [
            {"type": "integer", "name": "a", "label": "A", "default": "2 + 3"},
            {
                "type": "integer",
                "name": "b",
                "label": "B",
                "calculation": "${a} * 2",
                "trigger": "${a}",
            },
            {"type": "begin_repeat", "name": "r", "label": "R"},
            {"type": "integer", "name": "pos", "label": "Pos", "default": "position(..)"},
            {"type": "end_repeat"},
        ],
    },
    "real_world_quirks": {
        # Seen in public forms: Excel's smart quotes in expressions, ${last-saved#…} defaults,
        # and a default that is not one of the choices.
        "survey": [
            {
                "type": "text",
                "name": "code",
                "label": "Code",
                "constraint": "regex(., \u2019^[A-Z]{2}[1-5]$\u2019)",
            },
            {
                "type": "select_one yn",
                "name": "again",
                "label": "Again?",
                "default": "${last-saved#again}",
            },
            {
                "type": "text",
                "name": "note",
                "label": "Note",
                "relevant": "${again} = \u201cyes\u201d",
            },
            {
                "type": "select_one yn",
                "name": "bad_default",
                "label": "Bad default",
                "default": "Fixme",
            },
        ],
        "choices": YN,
    },
    "settings_sheet": {
        "survey": [{"type": "text", "name": "head", "label": "Head"}],
        "settings": {
            "form_id": "settings_corpus",
            "version": "2026010101",
            "form_title": "Settings",
            "instance_name": "concat('HH ', ${head})",
            "allow_choice_duplicates": "yes",
            "default_language": "English (en)",
        },
    },
}

# name -> (rows, choices, files, expected {code, sheet, row, column-starts-with})
BROKEN: dict[str, dict] = {
    "unsupported_function": {
        "survey": [
            {"type": "text", "name": "a", "label": "A"},
            {"type": "text", "name": "b", "label": "B", "relevant": "frobnicate(${a})"},
        ],
        "expect": {
            "code": "unsupported_function",
            "sheet": "survey",
            "row": 3,
            "column": "relevant",
        },
    },
    "syntax_error": {
        "survey": [{"type": "integer", "name": "a", "label": "A", "constraint": ". > > 3"}],
        "expect": {
            "code": "expression_syntax",
            "sheet": "survey",
            "row": 2,
            "column": "constraint",
        },
    },
    "unknown_reference": {
        "survey": [
            {"type": "integer", "name": "a", "label": "A"},
            {"type": "calculate", "name": "c", "calculation": "${aa} + 1"},
        ],
        "expect": {
            "code": "unknown_reference",
            "sheet": "survey",
            "row": 3,
            "column": "calculation",
        },
    },
    "unknown_type": {
        "survey": [
            {"type": "text", "name": "a", "label": "A"},
            {"type": "txet", "name": "b", "label": "B"},
        ],
        "expect": {"code": "pyxform", "sheet": "survey", "row": 3},
    },
    "missing_choice_list": {
        "survey": [{"type": "select_one colours", "name": "c", "label": "Colour"}],
        "choices": YN,
        "expect": {"code": "pyxform", "sheet": "survey", "row": 2},
    },
    "duplicate_name": {
        "survey": [
            {"type": "text", "name": "a", "label": "A"},
            {"type": "text", "name": "a", "label": "A again"},
        ],
        "expect": {"code": "pyxform", "sheet": "survey", "row": 3},
    },
    "unclosed_group": {
        "survey": [
            {"type": "begin_group", "name": "g", "label": "G"},
            {"type": "text", "name": "a", "label": "A"},
        ],
        "expect": {"code": "pyxform", "sheet": "survey", "row": 2},
    },
    "missing_attachment": {
        "survey": [
            {"type": "text", "name": "a", "label": "A"},
            {"type": "select_one_from_file nowhere.csv", "name": "b", "label": "B"},
        ],
        "expect": {"code": "missing_attachment", "sheet": "survey", "row": 3, "column": "type"},
    },
    "unsupported_type": {
        "survey": [
            {"type": "text", "name": "a", "label": "A"},
            {"type": "osm buildings", "name": "b", "label": "B"},
        ],
        "choices": [{"list_name": "buildings", "name": "x", "label": "X"}],
        "expect": {"code": "unsupported_type", "sheet": "survey", "row": 3, "column": "type"},
    },
    "dependency_cycle": {
        "survey": [
            {"type": "calculate", "name": "a", "calculation": "${b} + 1"},
            {"type": "calculate", "name": "b", "calculation": "${a} + 1"},
        ],
        "expect": {"code": "dependency_cycle", "sheet": "survey", "row": 2},
    },
    "bad_instance_name": {
        "survey": [{"type": "text", "name": "a", "label": "A"}],
        "settings": {"form_id": "corpus", "version": "1", "instance_name": "concat(${a}, "},
        "expect": {
            "code": "expression_syntax",
            "sheet": "settings",
            "row": 2,
            "column": "instance_name",
        },
    },
}
RAW_BROKEN = {
    "corrupt.xlsx": (b"PK\x03\x04 this is not really a zip file", {"code": "unreadable"}),
    "not_a_workbook.xlsx": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", {"code": "unreadable"}),
}


def build() -> None:
    for name, spec in GOOD.items():
        for fname, text in spec.get("files", {}).items():
            (HERE / "good" / fname).write_text(text, encoding="utf-8")
        write_xlsform(
            HERE / "good" / f"{name}.xlsx",
            spec["survey"],
            choices=spec.get("choices", ()),
            settings=spec.get("settings", {**S, "form_id": name}),
        )
    expected = {}
    for name, spec in BROKEN.items():
        write_xlsform(
            HERE / "broken" / f"{name}.xlsx",
            spec["survey"],
            choices=spec.get("choices", ()),
            settings=spec.get("settings", S),
        )
        expected[f"{name}.xlsx"] = spec["expect"]
    for fname, (content, expect) in RAW_BROKEN.items():
        (HERE / "broken" / fname).write_bytes(content)
        expected[fname] = expect
    (HERE / "broken" / "expected.json").write_text(json.dumps(expected, indent=2) + "\n")


if __name__ == "__main__":
    build()
    print(f"wrote {len(GOOD)} good and {len(BROKEN) + len(RAW_BROKEN)} broken forms")
