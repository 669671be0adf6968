"""Compare two OpenAPI documents as users of the generated functions see them.

Usage: python -m altegio_dev spec-diff OLD NEW [--require-version VERSION --since VERSION]

Both documents are normalized first (profile "generate"), so quirks the normalizer fixes are
not reported as API changes. Every change is marked breaking or not:

  breaking      an operation or parameter removed, a parameter or body field newly required,
                a body or response field removed, a type changed
  non-breaking  an operation, optional parameter or field added, an operation deprecated,
                a requirement dropped

With --require-version/--since the command fails (exit 1) when the changes need a bigger
version bump than VERSION is over the --since version (see version_rule.py).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .normalizer import normalize
from .normalizer.walk import iter_operations, without_refs
from .spec_io import load_spec
from .version_rule import is_enough, next_version


@dataclass(frozen=True, order=True)
class Change:
    operation: str
    kind: str  # e.g. "operation added", "parameter now required", "response field removed"
    detail: str
    breaking: bool

    def line(self) -> str:
        mark = "BREAKING" if self.breaking else "non-breaking"
        return f"- [{mark}] `{self.operation}`: {self.kind}{': ' + self.detail if self.detail else ''}"


# The formats that change the Python type (date, datetime, File, UUID); `int32`, `float` and the
# like do not (an integer is an `int` whatever its format), so they make no change for users.
PYTHON_TYPE_FORMATS = frozenset({"date", "date-time", "binary", "uuid"})


def type_name(schema: dict[str, Any]) -> str:
    """A comparable description of a schema's Python type (nullability ignored)."""
    declared = schema.get("type")
    types = sorted(t for t in declared if t != "null") if isinstance(declared, list) else [declared]
    name = "|".join(str(t) for t in types if t) or ("object" if "properties" in schema else "any")
    if schema.get("format") in PYTHON_TYPE_FORMATS:
        name += f"({schema['format']})"
    if schema.get("enum"):
        name += "{" + ",".join(sorted(map(str, schema["enum"]))) + "}"
    return name


def flatten(schema: dict[str, Any], prefix: str = "", required: bool = True) -> dict[str, tuple[str, bool]]:
    """``{"field.sub[]": (type, required)}`` for every property below ``schema``."""
    fields: dict[str, tuple[str, bool]] = {}
    variants = schema.get("oneOf") or schema.get("anyOf") or []
    for variant in variants:
        fields.update(flatten(variant, prefix, required))
    if "array" in str(schema.get("type")) and isinstance(schema.get("items"), dict):
        fields.update(flatten(schema["items"], prefix + "[]", required))
    required_names = set(schema.get("required") or [])
    for name, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, dict):
            continue
        path = f"{prefix}.{name}" if prefix else name
        is_required = required and name in required_names
        fields[path] = (type_name(prop), is_required)
        fields.update(flatten(prop, path, is_required))
    return fields


def _operations(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op.get("operationId") or f"{m.upper()} {p}": op for p, m, op in iter_operations(doc)}


def _body_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    content = (op.get("requestBody") or {}).get("content") or {}
    media = next(iter(content.values()), None)
    return media.get("schema") if isinstance(media, dict) else None


def _response_schema(op: dict[str, Any]) -> dict[str, Any]:
    for status, response in (op.get("responses") or {}).items():
        if str(status).startswith("2"):
            media = next(iter((response.get("content") or {}).values()), None)
            schema = media.get("schema") if isinstance(media, dict) else None
            if isinstance(schema, dict):
                return schema
    return {}


def _parameters(op: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    return {
        f"{p['name']} ({p.get('in')})": (type_name(p.get("schema") or {}), bool(p.get("required")))
        for p in op.get("parameters", [])
    }


def _compare_fields(
    operation: str, what: str, old: dict[str, tuple[str, bool]], new: dict[str, tuple[str, bool]], *, request: bool
) -> list[Change]:
    """Request side: additions break when required, removals always. Response side: removals break."""
    changes = []
    for name in sorted(set(new) - set(old)):
        breaking = request and new[name][1]
        kind = f"{what} added" + (" (required)" if new[name][1] and request else "")
        changes.append(Change(operation, kind, f"`{name}` {new[name][0]}", breaking))
    for name in sorted(set(old) - set(new)):
        changes.append(Change(operation, f"{what} removed", f"`{name}`", True))
    for name in sorted(set(old) & set(new)):
        (old_type, old_required), (new_type, new_required) = old[name], new[name]
        if old_type != new_type:
            changes.append(Change(operation, f"{what} type changed", f"`{name}` {old_type} -> {new_type}", True))
        if request and new_required and not old_required:
            changes.append(Change(operation, f"{what} now required", f"`{name}`", True))
        if request and old_required and not new_required:
            changes.append(Change(operation, f"{what} no longer required", f"`{name}`", False))
    return changes


def _items_as_object(fields: dict[str, tuple[str, bool]]) -> dict[str, tuple[str, bool]]:
    """`[].title` -> `title`: the fields of a list's items named as the fields of one object."""
    return {name.removeprefix("[]").removeprefix("."): kind for name, kind in fields.items() if name != "[]"}


def diff_documents(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> list[Change]:
    """Changes between two raw documents (each normalized first)."""
    return diff_normalized(normalize(old_doc, "generate")[0], normalize(new_doc, "generate")[0])


def diff_normalized(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> list[Change]:
    """Changes between two documents already normalized with the "generate" profile."""
    old_ops, new_ops = _operations(without_refs(old_doc)), _operations(without_refs(new_doc))
    changes: list[Change] = []
    for name in sorted(set(new_ops) - set(old_ops)):
        op = new_ops[name]
        changes.append(Change(name, "operation added", op.get("summary", ""), False))
    for name in sorted(set(old_ops) - set(new_ops)):
        changes.append(Change(name, "operation removed", old_ops[name].get("summary", ""), True))
    for name in sorted(set(old_ops) & set(new_ops)):
        old, new = old_ops[name], new_ops[name]
        if new.get("deprecated") and not old.get("deprecated"):
            changes.append(Change(name, "operation deprecated", "", False))
        changes += _compare_fields(name, "parameter", _parameters(old), _parameters(new), request=True)
        old_body, new_body = _body_schema(old), _body_schema(new)
        if old_body is None and new_body is not None:
            required = bool((new.get("requestBody") or {}).get("required"))
            changes.append(Change(name, "request body added", "required" if required else "optional", required))
        elif old_body is not None and new_body is None:
            changes.append(Change(name, "request body removed", "", True))
        elif old_body is not None and new_body is not None:
            changes += _compare_fields(name, "request body field", flatten(old_body), flatten(new_body), request=True)
        old_schema, new_schema = _response_schema(old), _response_schema(new)
        old_response, new_response = flatten(old_schema), flatten(new_schema)
        old_type, new_type = type_name(old_schema), type_name(new_schema)
        if {old_type, new_type} == {"array", "object"}:
            # One object became a list of them (or the reverse): said once below, not per field.
            old_response, new_response = _items_as_object(old_response), _items_as_object(new_response)
        changes += _compare_fields(name, "response field", old_response, new_response, request=False)
        if old_type != new_type:
            changes.append(Change(name, "response type changed", f"{old_type} -> {new_type}", True))
    return sorted(changes, key=lambda c: (not c.breaking, c.operation, c.kind, c.detail))


def markdown(changes: list[Change]) -> str:
    if not changes:
        return "No API changes.\n"
    breaking = sum(c.breaking for c in changes)
    lines = [f"{len(changes)} change(s), {breaking} breaking.", ""]
    lines += [change.line() for change in changes]
    return "\n".join(lines) + "\n"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--require-version", help="the version the new spec ships as")
    parser.add_argument("--since", help="the version the old spec shipped as")


def run(args: argparse.Namespace) -> int:
    changes = diff_documents(load_spec(args.old), load_spec(args.new))
    print(markdown(changes), end="")
    if args.require_version and args.since and not is_enough(args.since, args.require_version, changes):
        needed = next_version(args.since, changes)
        print(f"version {args.require_version} is not enough over {args.since}: these changes need "
              f"{needed} or later (scripts/altegio_dev/version_rule.py)", file=sys.stderr)  # fmt: skip
        return 1
    return 0
