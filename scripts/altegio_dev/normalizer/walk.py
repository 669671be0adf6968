"""Iterating over the operations and the (nested) schemas of an OpenAPI document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .rules import HTTP_METHODS

Schema = dict[str, Any]


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation under ``paths``."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def operation_label(path: str, method: str, operation: dict[str, Any]) -> str:
    return str(operation.get("operationId") or f"{method.upper()} {path}")


def count_operations(doc: dict[str, Any]) -> int:
    return sum(1 for _ in iter_operations(doc))


def child_schemas(schema: Schema) -> Iterator[tuple[str, Schema]]:
    """Direct sub-schemas with a short label of where they sit."""
    for name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict):
            yield f".{name}", prop
    for key in ("items", "additionalProperties", "not"):
        sub = schema.get(key)
        if isinstance(sub, dict):
            yield f"[{key}]", sub
    for key in ("oneOf", "anyOf", "allOf", "prefixItems"):
        for index, sub in enumerate(schema.get(key) or []):
            if isinstance(sub, dict):
                yield f"[{key}:{index}]", sub


def iter_nested(schema: Schema, where: str) -> Iterator[tuple[str, Schema]]:
    """``schema`` and everything below it, depth first."""
    yield where, schema
    for label, sub in child_schemas(schema):
        yield from iter_nested(sub, where + label)


def root_schemas(doc: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    """Every top-level schema: parameters, request and response bodies, components."""
    for path, method, op in iter_operations(doc):
        label = operation_label(path, method, op)
        for param in op.get("parameters", []):
            if isinstance(param.get("schema"), dict):
                yield f"{label} parameter {param.get('name')}", param["schema"]
        for content_type, media in (op.get("requestBody", {}).get("content") or {}).items():
            if isinstance(media.get("schema"), dict):
                yield f"{label} body {content_type}", media["schema"]
        for status, response in (op.get("responses") or {}).items():
            for media in (response.get("content") or {}).values():
                if isinstance(media.get("schema"), dict):
                    yield f"{label} response {status}", media["schema"]
    for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
        yield f"components.schemas.{name}", schema


def iter_all_schemas(doc: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    for where, schema in root_schemas(doc):
        yield from iter_nested(schema, where)


def schema_types(schema: Schema) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return set(declared)
    return {declared} if isinstance(declared, str) else set()


def resolve_pointer(doc: dict[str, Any], ref: str) -> Any:
    """The node a local `$ref` (``#/components/schemas/x``, JSON Pointer escapes) names in ``doc``."""
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def iter_objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON tree, ``node`` included, in no particular order (iteratively: the
    documents nest deeper than the recursion limit likes)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def without_refs(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with each local `$ref` replaced by what it points to, so a field is compared by where
    users see it (`rules[].id`), whether the document writes it inline or as a shared component.
    Shared targets stay shared (nothing is copied); a reference back into itself stays a `$ref`."""
    resolved: dict[str, Any] = {}

    def walk(node: Any, active: frozenset[str]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                if ref in active:
                    return node
                if ref not in resolved:
                    resolved[ref] = walk(resolve_pointer(doc, ref), active | {ref})
                return resolved[ref]
            return {key: walk(value, active) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item, active) for item in node]
        return node

    return {key: walk(value, frozenset()) for key, value in doc.items() if key != "components"}
