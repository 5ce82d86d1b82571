"""The expression evaluator as a JSON-lines filter (``daftari form eval-jsonl``).

Input line:  {"id", "expr", "xml", "context"?, "secondary"?: {id: xml}, "type"?: any|string|number|boolean|nodes}
Output line: {"id", "ok": true, "type", "value"} or {"id", "ok": false, "error"}
Numbers that are NaN or infinite are written as the strings "NaN", "Infinity", "-Infinity";
a node-set as the list of its nodes' string values.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from xml.etree.ElementTree import ParseError

from form_engine.errors import FormEngineError
from form_engine.nodes import parse_document
from form_engine.xpath.evaluator import EvalEnv, compile_expression
from form_engine.xpath.values import to_boolean, to_number, to_string, type_name


def _json_number(x: float) -> object:
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def evaluate_request(request: dict) -> dict:
    rid = request.get("id")
    try:
        expr = request["expr"]
        doc = parse_document(request.get("xml") or "<data/>")
        secondary = {k: parse_document(v) for k, v in (request.get("secondary") or {}).items()}
        env = EvalEnv(instances=secondary, main_document=doc)
        context = doc.children[0]
        if request.get("context"):
            found = compile_expression(request["context"]).evaluate(doc, env)
            if not isinstance(found, list) or not found:
                return {
                    "id": rid,
                    "ok": False,
                    "error": f"context {request['context']!r} matches no node",
                }
            context = found[0]
        value = compile_expression(expr).evaluate(context, env)
        wanted = request.get("type") or "any"
        if wanted == "string":
            value = to_string(value)
        elif wanted == "number":
            value = to_number(value)
        elif wanted == "boolean":
            value = to_boolean(value)
        elif wanted == "nodes" and not isinstance(value, list):
            return {"id": rid, "ok": False, "error": "the expression does not give a node-set"}
        kind = type_name(value)
        out: object
        if isinstance(value, list):
            out = [n.string_value() for n in value]
        elif kind == "number":
            out = _json_number(to_number(value))
        elif kind == "boolean":
            out = value
        else:
            out = to_string(value)
        return {"id": rid, "ok": True, "type": kind, "value": out}
    except KeyError as exc:
        return {"id": rid, "ok": False, "error": f"missing field {exc}"}
    except (FormEngineError, ParseError, TypeError, ValueError) as exc:
        return {"id": rid, "ok": False, "error": str(exc)}


def run(lines: Iterable[str]) -> Iterator[str]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except json.JSONDecodeError as exc:
            yield json.dumps({"id": None, "ok": False, "error": f"line {n} is not JSON: {exc}"})
            continue
        if not isinstance(request, dict):
            yield json.dumps({"id": None, "ok": False, "error": f"line {n} is not a JSON object"})
            continue
        yield json.dumps(evaluate_request(request), ensure_ascii=False)
