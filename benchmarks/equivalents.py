"""Equivalents of a generated attrs model for the parse benchmarks, built from its own annotations
(so they cannot drift from it): a pydantic v2 model (validated by ``TypeAdapter.validate_json``)
and a msgspec Struct (typed ``msgspec.json.decode``, the physical reference).

Same fields, same wire names, same types: ``X | Unset`` becomes ``X | None = None``, a nested
model its equivalent, an enum its raw type (str or int: ours are open), ``Any`` stays ``Any``.
Pydantic keeps unknown keys (``extra="allow"``, like ``additional_properties``); msgspec drops them.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from typing import Any

import attrs
import msgspec
import pydantic
from openapi_python_client.strings import PythonIdentifier

import altegio_b2b.models
from altegio_b2b.types import File, Unset


class _Models(dict[str, Any]):
    """Names in the models' annotations (imported there only under TYPE_CHECKING), looked up lazily."""

    def __missing__(self, name: str) -> Any:
        if name == "datetime":
            return datetime
        try:
            return getattr(altegio_b2b.models, name)
        except AttributeError:
            raise KeyError(name) from None  # then globals and builtins are looked at


def _fields(cls: type) -> dict[str, Any]:
    module = vars(__import__(cls.__module__, fromlist=["_"]))
    hints = typing.get_type_hints(cls, globalns={**module, "Unset": Unset, "File": File}, localns=_Models())
    return {field.name: hints[field.name] for field in attrs.fields(cls) if field.name != "additional_properties"}


def wire_names(cls: type, sample: dict[str, Any]) -> dict[str, str]:
    """Python attribute -> wire key, for the keys of ``sample`` (the generator's own naming rule)."""
    return {str(PythonIdentifier(key, "field_")): key for key in sample}


class Builder:
    """Converts annotations of generated models, caching one equivalent per model class."""

    def __init__(self, make_model: Any, samples: dict[type, dict[str, Any]]) -> None:
        self._make_model = make_model
        self._samples = samples
        self._done: dict[type, Any] = {}

    def convert(self, annotation: Any) -> Any:
        if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
            options = [self.convert(option) for option in typing.get_args(annotation) if option is not Unset]
            union = options[0]
            for option in options[1:]:
                union = union | option
            return union
        origin = typing.get_origin(annotation)
        if origin is list:
            (inner,) = typing.get_args(annotation) or (Any,)
            return list[self.convert(inner)]  # type: ignore[misc]
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return int if issubclass(annotation, int) else str
        if attrs.has(annotation):
            return self.model(annotation)
        return annotation

    def model(self, cls: type) -> Any:
        if cls not in self._done:
            fields = {name: self.convert(kind) for name, kind in _fields(cls).items()}
            names = wire_names(cls, self._samples.get(cls, {}))
            self._done[cls] = self._make_model(cls.__name__, fields, names)
        return self._done[cls]


def _pydantic_model(name: str, fields: dict[str, Any], names: dict[str, str]) -> Any:
    definitions: dict[str, Any] = {
        attribute: (kind | None, pydantic.Field(default=None, alias=names.get(attribute, attribute)))
        for attribute, kind in fields.items()
    }
    config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    return pydantic.create_model(name, __config__=config, **definitions)


def _msgspec_struct(name: str, fields: dict[str, Any], names: dict[str, str]) -> Any:
    definitions = [(attribute, kind | None, None) for attribute, kind in fields.items()]
    return msgspec.defstruct(name, definitions, rename={a: names.get(a, a) for a in fields})


def samples_of(cls: type, item: dict[str, Any]) -> dict[type, dict[str, Any]]:
    """The sample dict of every model reachable from ``cls`` (for their wire names)."""
    found: dict[type, dict[str, Any]] = {cls: item}
    hints = _fields(cls)
    for attribute, key in wire_names(cls, item).items():
        value = item.get(key)
        for option in _models_in(hints.get(attribute)):
            nested = value[0] if isinstance(value, list) and value else value
            if isinstance(nested, dict):
                found.update(samples_of(option, nested))
    return found


def _models_in(annotation: Any) -> list[type]:
    if annotation is None:
        return []
    if attrs.has(annotation):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


def pydantic_envelope(cls: type, item: dict[str, Any]) -> pydantic.TypeAdapter[Any]:
    """``{"success": bool, "data": [cls...], "meta": Any}`` as a pydantic TypeAdapter."""
    data = Builder(_pydantic_model, samples_of(cls, item)).model(cls)
    items: Any = list[data]  # type: ignore[valid-type]
    envelope = pydantic.create_model(
        f"{cls.__name__}Envelope", success=(bool, ...), data=(items, ...), meta=(Any, None)
    )
    return pydantic.TypeAdapter(envelope)


def msgspec_envelope(cls: type, item: dict[str, Any]) -> msgspec.json.Decoder[Any]:
    data = Builder(_msgspec_struct, samples_of(cls, item)).model(cls)
    items: Any = list[data]  # type: ignore[valid-type]
    envelope = msgspec.defstruct(f"{cls.__name__}Envelope", [("success", bool), ("data", items), ("meta", Any, None)])
    return msgspec.json.Decoder(envelope)
