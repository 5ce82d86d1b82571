"""ODK geographic functions, secondary instances and repeats."""

from __future__ import annotations

import math

from form_engine.errors import XPathEvalError
from form_engine.xpath.library import _flatten_strings, _fn, _nodes
from form_engine.xpath.values import (
    NAN,
    to_number,
    to_string,
)

# ---------------------------------------------------------------------------------------------
# ODK: geography
# ---------------------------------------------------------------------------------------------

_EARTH_RADIUS = 6378100.0


def _points(args: tuple) -> list[tuple[float, float]]:
    texts = _flatten_strings(args)
    if len(texts) == 1:
        texts = [p for p in texts[0].split(";")]
    points = []
    for t in texts:
        parts = t.split()
        if len(parts) < 2:
            raise XPathEvalError(f"not a geopoint: {t!r}")
        points.append((float(parts[0]), float(parts[1])))
    return points


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS * math.asin(math.sqrt(h))


@_fn("distance", 1, None)
def _distance(ctx, *args) -> float:
    try:
        pts = _points(args)
    except (ValueError, XPathEvalError):
        return NAN
    return sum(_haversine(p, q) for p, q in zip(pts, pts[1:], strict=False))


@_fn("area", 1)
def _area(ctx, shape) -> float:
    try:
        pts = _points((shape,))
    except (ValueError, XPathEvalError):
        return NAN
    if len(pts) < 3:
        return 0.0
    total = 0.0
    for (lat1, lon1), (lat2, lon2) in zip(pts, pts[1:] + pts[:1], strict=True):
        total += math.radians(lon2 - lon1) * (
            2 + math.sin(math.radians(lat1)) + math.sin(math.radians(lat2))
        )
    return abs(total * _EARTH_RADIUS * _EARTH_RADIUS / 2.0)


# ---------------------------------------------------------------------------------------------
# Instances and repeats
# ---------------------------------------------------------------------------------------------


@_fn("instance", 1)
def _instance(ctx, name) -> list:
    key = to_string(name)
    doc = ctx.env.instances.get(key)
    if doc is None:
        raise XPathEvalError(f"instance('{key}') does not exist in this form")
    return [doc]


@_fn("current", 0)
def _current(ctx) -> list:
    return [ctx.current]


@_fn("indexed-repeat", 3, None)
def _indexed_repeat(ctx, target, *pairs) -> str:
    if len(pairs) % 2:
        raise XPathEvalError("indexed-repeat() takes a field, then repeat/index pairs")
    nodes = _nodes(target, "indexed-repeat")
    for repeat_nodes, index in zip(pairs[0::2], pairs[1::2], strict=True):
        instances = _nodes(repeat_nodes, "indexed-repeat")
        i = to_number(index)
        if i != i or i < 1 or int(i) > len(instances):
            return ""
        chosen = instances[int(i) - 1]
        nodes = [n for n in nodes if n.is_within(chosen)]
    return nodes[0].string_value() if nodes else ""


@_fn("randomize", 1, 2)
def _randomize(ctx, nodes, seed=None) -> list:
    import random

    items = list(_nodes(nodes, "randomize"))
    rng = random.Random(to_number(seed)) if seed is not None else ctx.env.rng
    rng.shuffle(items)
    return items
