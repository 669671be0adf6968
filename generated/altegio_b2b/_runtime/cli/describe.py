"""What `altegio show` tells about an operation, read from the generated code (the spec's image):
its parameters (parameters.py), the body model's fields, the response shape, and an example
`altegio call` built from the documented examples where the spec has them."""

from __future__ import annotations

import ast
import shlex
import types
import typing
from dataclasses import dataclass
from typing import Any

from .parameters import Parameter, _enum, _type_name, members, parameters

# Stand-ins for a required parameter the spec gives no example for.
_SAMPLES: dict[Any, str] = {
    int: "1",
    float: "1.5",
    str: "text",
    bool: "true",
}


@dataclass(frozen=True)
class Field:
    name: str
    type_text: str
    required: bool
    description: str


def _models(annotation: Any) -> list[type]:
    """The model classes in ``annotation`` (through unions and lists)."""
    found: list[type] = []
    for member in members(annotation):
        if typing.get_origin(member) is list:
            found += _models(typing.get_args(member)[0]) if typing.get_args(member) else []
        elif isinstance(member, type) and hasattr(member, "from_dict") and _enum(member) is None:
            found.append(member)
    return found


def fields(model: type) -> list[Field]:
    """The fields of a generated model: the names, types and descriptions its docstring lists,
    required where the attrs field has no default."""
    import attrs
    from docstring_parser import parse

    documented = {p.arg_name: p for p in parse(model.__doc__ or "").params}
    found = []
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        doc = documented.get(field.name)
        type_text = (doc.type_name if doc else None) or str(field.type)
        found.append(
            Field(
                field.name,
                type_text.replace(" | Unset", ""),
                field.default is attrs.NOTHING,
                " ".join(doc.description.split()) if doc and doc.description else "",
            )
        )
    return found


def example_data(model: type) -> Any:
    """The model's documented example (its docstring's ``Example:``), decoded; None without one."""
    from docstring_parser import parse

    for example in parse(model.__doc__ or "").examples:
        try:
            return ast.literal_eval(example.description or "")
        except (ValueError, SyntaxError):
            continue
    return None


def response_shape(module: types.ModuleType) -> tuple[str, list[type]]:
    """What ``sync`` returns, as text, and the model classes in it."""
    annotation = typing.get_type_hints(module.sync)["return"]
    kept = [m for m in members(annotation) if m is not type(None)]
    if not kept:
        return "nothing (no body)", []
    text = " or ".join(_type_name(m) for m in kept)
    return text, [model for member in kept for model in _models(member)]


def _sample(parameter: Parameter) -> str:
    item = parameter.item
    enum_class = _enum(item)
    if enum_class is not None:
        return str(next(iter(enum_class)).value)
    if getattr(item, "__name__", "") == "date":
        return "2026-05-01"
    if getattr(item, "__name__", "") == "datetime":
        return "2026-05-01T09:00:00+00:00"
    return _SAMPLES.get(item, "1")


def example_call(module: types.ModuleType) -> str:
    """An `altegio call` with every required parameter (and the body), shell-quoted."""
    import json

    words = ["altegio", "call", module._OPERATION.operation_id]
    for parameter in parameters(module):
        if parameter.where == "body":
            data = next((d for m in _models(parameter.annotation) if (d := example_data(m)) is not None), None)
            words += ["--body", json.dumps(data, ensure_ascii=False) if data is not None else "@body.json"]
        elif parameter.required:
            words += [parameter.flag, _sample(parameter)]
    return " ".join(shlex.quote(word) for word in words)


def body_models(module: types.ModuleType) -> list[type]:
    return [model for p in parameters(module) if p.where == "body" for model in _models(p.annotation)]
