"""Build valid call arguments for any operation from its (generation-normalized) spec.

Values are derived from the schema (enum, const, format, type, bounds), so the request Prism
validates is what the spec asks for; nothing is hand-listed per operation.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import io
import types
import typing
from dataclasses import dataclass
from typing import Any

from altegio_b2b.types import File, Unset
from altegio_dev.normalizer.patches import python_identifier

SAMPLE_FORMATS: dict[str, Any] = {
    "date": "2026-09-21",
    "date-time": "2026-09-21T10:00:00+00:00",
    "email": "client@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "7d9f2c1e-3b4a-4f6e-9a8b-1c2d3e4f5a6b",
    "time": "10:00:00",
}


def sample_value(schema: dict[str, Any], depth: int = 0) -> Any:
    """A value valid against ``schema`` (required properties only, one array item)."""
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return sample_value(schema[key][0], depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample_value(part, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    declared = schema.get("type")
    kind = next((t for t in declared if t != "null"), "null") if isinstance(declared, list) else declared
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "integer":
        return int(max(schema.get("minimum", 1), 1))
    if kind == "number":
        return max(schema.get("minimum", 1), 1)
    if kind == "boolean":
        return True
    if kind == "string":
        if schema.get("format") == "binary":
            return b"%PDF-1.4 sample"
        text = SAMPLE_FORMATS.get(schema.get("format", ""), "sample")
        return text + "x" * max(0, schema.get("minLength", 0) - len(text))
    if kind == "array":
        items = schema.get("items") or {}
        count = max(1, schema.get("minItems", 1)) if depth < 6 else 0
        return [sample_value(items, depth + 1) for _ in range(count)]
    if kind == "object":
        properties = schema.get("properties") or {}
        return {name: sample_value(properties.get(name, {}), depth + 1) for name in schema.get("required", [])}
    return None


def _concrete(annotation: Any) -> Any:
    """``X | Unset`` / ``X | None`` -> X."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        options = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        # sample_value() takes the first oneOf/anyOf branch; the generator keeps that order.
        return options[0] if options else annotation
    return annotation


def _options(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
    return [annotation]


def coerce(annotation: Any, value: Any) -> Any:
    """Turn a JSON-shaped value into what the generated signature takes (models, enums, dates, files)."""
    models = [option for option in _options(annotation) if inspect.isclass(option) and hasattr(option, "from_dict")]
    if models and isinstance(value, dict):
        # A union with models: the one the sample fits (the generator may order the variants otherwise).
        for model in models:
            try:
                return model.from_dict(value)
            except (KeyError, TypeError, ValueError):
                continue
    target = _concrete(annotation)
    if target is File:
        return File(payload=io.BytesIO(value if isinstance(value, bytes) else b"sample"), file_name="sample.pdf")
    if inspect.isclass(target) and hasattr(target, "from_dict"):
        return target.from_dict(value)
    if inspect.isclass(target) and issubclass(target, enum.Enum):
        return target(value)
    if target is datetime.date:
        return datetime.date.fromisoformat(str(value)[:10])
    if target is datetime.datetime:
        return datetime.datetime.fromisoformat(str(value))
    if typing.get_origin(target) is list and isinstance(value, list):
        (inner,) = typing.get_args(target) or (Any,)
        return [coerce(inner, v) for v in value]
    if target is float and isinstance(value, int):
        return float(value)
    return value


@dataclass
class Call:
    args: list[Any]
    kwargs: dict[str, Any]


def build_call(function: Any, operation: dict[str, Any]) -> Call:
    """Positional path parameters, keyword required query parameters and body, from the spec."""
    signature = inspect.signature(function)
    by_python_name = {python_identifier(p["name"]): p for p in operation.get("parameters", [])}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if name in ("client", "options"):
            continue
        if name == "body":
            content: dict[str, Any] = operation.get("requestBody", {}).get("content") or {}
            media: dict[str, Any] = next(iter(content.values()), {})
            schema = media.get("schema", {})
            value = coerce(parameter.annotation, sample_value(schema))
            if value is not None or parameter.default is inspect.Parameter.empty:
                kwargs["body"] = value
            continue
        spec_param = by_python_name.get(name) or by_python_name.get(name.removesuffix("_"))
        required = parameter.default is inspect.Parameter.empty
        if not required:
            continue
        value = coerce(parameter.annotation, sample_value((spec_param or {}).get("schema", {})))
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(value)
        else:
            kwargs[name] = value
    return Call(args, kwargs)


def matches_return_type(value: Any, annotation: Any) -> bool:
    """Does ``value`` have the type the generated function declares?"""
    if annotation is Any or annotation is inspect.Signature.empty:
        return True
    if annotation is None or annotation is type(None):
        return value is None
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return any(matches_return_type(value, option) for option in typing.get_args(annotation))
    origin = typing.get_origin(annotation)
    if origin is list:
        (inner,) = typing.get_args(annotation) or (Any,)
        return isinstance(value, list) and all(matches_return_type(v, inner) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if annotation is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if inspect.isclass(annotation):
        return isinstance(value, annotation)
    return True
