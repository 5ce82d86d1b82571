"""The registry of XPath functions: how a function is declared (``_fn``), and how a call is
compiled with its argument count checked. The functions themselves live in the ``fn_*`` modules."""

from __future__ import annotations

from collections.abc import Callable

from form_engine.errors import XPathEvalError
from form_engine.xpath.values import to_string

Impl = Callable[..., object]
# name -> (min args, max args or None, implementation(ctx, *values))
_REGISTRY: dict[str, tuple[int, int | None, Impl]] = {}
# Functions that take their arguments unevaluated (compiled closures) to evaluate lazily.
_LAZY: dict[str, tuple[int, int | None, Impl]] = {}


def _fn(name: str, lo: int, hi: int | None = -1, *, lazy: bool = False):
    def register(impl: Impl) -> Impl:
        table = _LAZY if lazy else _REGISTRY
        for alias in name.split("|"):
            table[alias] = (lo, lo if hi == -1 else hi, impl)
        return impl

    return register


def _nodes(value: object, fname: str) -> list:
    if not isinstance(value, list):
        raise XPathEvalError(f"{fname}() needs a node-set argument, got {to_string(value)!r}")
    return value


def _flatten_strings(values: tuple) -> list[str]:
    out: list[str] = []
    for v in values:
        if isinstance(v, list):
            out.extend(n.string_value() for n in v)
        else:
            out.append(to_string(v))
    return out


def implementation(name: str) -> Impl | None:
    """The function called ``name`` (None: no such function)."""
    entry = _LAZY.get(name) or _REGISTRY.get(name)
    return entry[2] if entry is not None else None


def compile_call(name: str, args: list):
    lazy = name in _LAZY
    entry = _LAZY.get(name) or _REGISTRY.get(name)
    if entry is None:
        raise XPathEvalError(f"the function {name}() is not supported")
    lo, hi, impl = entry
    if len(args) < lo or (hi is not None and len(args) > hi):
        expected = f"{lo}" if lo == hi else f"{lo} to {hi}" if hi is not None else f"at least {lo}"
        raise XPathEvalError(f"{name}() takes {expected} argument(s), got {len(args)}")
    if lazy:
        return lambda ctx: impl(ctx, *args)
    if not args:
        return lambda ctx: impl(ctx)
    if len(args) == 1:
        a0 = args[0]
        return lambda ctx: impl(ctx, a0(ctx))
    return lambda ctx: impl(ctx, *[a(ctx) for a in args])


def supported() -> frozenset[str]:
    return frozenset(_REGISTRY) | frozenset(_LAZY)
