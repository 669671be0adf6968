"""How much of what the API documents it sends reaches users typed: every key of every documented
response example, parsed by the installed package's generated functions.

A key counts as typed when it lands in a declared model attribute whose annotation is not `Any`;
a key that lands in `additional_properties`, under an untyped value (a plain dict), or in an answer
the function cannot parse counts as untyped.

Usage: python -m altegio_dev typed-share [SPEC] [--failures]   (default: the pinned B2B document, overlay applied)
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Any

import attrs
from openapi_python_client.strings import PythonIdentifier

from .normalizer import normalize
from .normalizer.examples import response_examples
from .operation_table import operation_rows
from .spec_io import load_pinned


def _keys(raw: Any) -> int:
    """The number of object keys in a JSON value, at every depth."""
    if isinstance(raw, dict):
        return sum(1 + _keys(value) for value in raw.values())
    if isinstance(raw, list):
        return sum(_keys(item) for item in raw)
    return 0


def _untyped(annotation: Any) -> bool:
    parts = [part.strip() for part in str(annotation).split("|")]
    return any(part in ("Any", "typing.Any") for part in parts)


def share(parsed: Any, raw: Any) -> tuple[int, int]:
    """(typed keys, all keys) of ``raw`` as ``parsed`` holds it."""
    if isinstance(raw, list):
        if not isinstance(parsed, list) or len(parsed) != len(raw):
            return 0, _keys(raw)
        pairs = [share(p, r) for p, r in zip(parsed, raw, strict=True)]
        return sum(t for t, _ in pairs), sum(n for _, n in pairs)
    if not isinstance(raw, dict):
        return 0, 0
    if not attrs.has(type(parsed)):
        return 0, _keys(raw)
    fields = attrs.fields_dict(type(parsed))
    extra = getattr(parsed, "additional_properties", {})
    typed = total = 0
    for key, value in raw.items():
        attribute = str(PythonIdentifier(key, "field_"))
        total += 1 + _keys(value)
        if key in extra or attribute not in fields or _untyped(fields[attribute].type):
            continue
        sub_typed, _ = share(getattr(parsed, attribute), value)
        typed += 1 + sub_typed
    return typed, total


def measure(document: dict[str, Any]) -> tuple[int, int, list[str]]:
    normalized, _ = normalize(document, "generate")
    modules = {row.operation_id: row.import_path for row in operation_rows(normalized)}
    typed = total = 0
    failures = []
    for example in response_examples(normalized):
        operation_id = example.where.split(" ")[0]
        raw = example.value
        if raw is None:  # `data: null`: nothing to type (the client does not parse it)
            continue
        try:
            module = importlib.import_module(modules[operation_id])
            parsed = module._parse_data(raw)
        except Exception as exc:  # an answer the package cannot read: all of it untyped
            failures.append(f"{example.where}: {type(exc).__name__}: {str(exc)[:120]}")
            total += _keys(raw)
            continue
        example_typed, example_total = share(parsed, raw)
        typed, total = typed + example_typed, total + example_total
    return typed, total, failures


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", nargs="?", type=Path, help="a document to read the examples from (default: the pin)")
    parser.add_argument("--failures", action="store_true", help="list the examples that do not parse")


def run(args: argparse.Namespace) -> int:
    typed, total, failures = measure(load_pinned(spec=args.spec))
    print(f"typed response fields: {typed:,} of {total:,} documented keys ({typed / max(total, 1):.1%}); "
          f"{len(failures)} example(s) not parsed")  # fmt: skip
    if args.failures:
        print("\n".join(failures), file=sys.stderr)
    return 0
