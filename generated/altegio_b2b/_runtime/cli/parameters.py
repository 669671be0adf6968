"""An operation's parameters, read from its endpoint function's signature and ``_OPERATION``: the
name, where it goes (a path placeholder is a path parameter, ``body`` the JSON body, the rest the
query), its type and whether it is required; and the click option that reads each one from text.

Text is converted to the annotated type (int, float, bool, date, aware datetime, enum values,
lists from repeated flags) before the call, so the endpoint function's own checks apply to it.
Nothing here is listed per operation.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import click

from ..operation import Operation
from ..unset import Unset

if TYPE_CHECKING:  # generic in click 8.5 only: subscripted for mypy, plain at run time (click 8.1 too)
    from typing import TypeAlias

    _ParamType: TypeAlias = click.ParamType[Any, Any]
    _Choice: TypeAlias = click.Choice[str]
else:
    _ParamType, _Choice = click.ParamType, click.Choice

# The endpoint functions' own keyword arguments: not parameters of the operation.
CLIENT_ARGUMENTS = frozenset({"client", "options"})
SCALARS: dict[Any, str] = {
    int: "integer",
    float: "number",
    str: "text",
    bool: "true/false",
    dt.date: "date (YYYY-MM-DD)",
    dt.datetime: "datetime with offset (2026-05-01T09:00:00+01:00)",
}


@dataclass(frozen=True)
class Parameter:
    name: str  # the Python argument (`type_` for the query's `type`)
    where: str  # "path", "query" or "body"
    annotation: Any  # without `| Unset`
    required: bool
    description: str

    @property
    def flag(self) -> str:
        return "--" + self.name.rstrip("_").replace("_", "-")

    @property
    def repeatable(self) -> bool:
        return typing.get_origin(self.annotation) is list and self.where != "body"

    @property
    def item(self) -> Any:
        """The type of one value: the list's item type for a repeatable flag, else the annotation."""
        return typing.get_args(self.annotation)[0] if self.repeatable else self.annotation

    @property
    def is_json(self) -> bool:
        """A value given as JSON (the body, a model): neither a scalar, an enum nor a list of them."""
        return self.where == "body" or not (self.item in SCALARS or _enum(self.item) is not None)

    @property
    def type_text(self) -> str:
        if self.is_json:
            return "JSON: " + _type_name(self.annotation)
        enum_class = _enum(self.item)
        text = SCALARS[self.item] if enum_class is None else "one of " + ", ".join(str(m.value) for m in enum_class)
        return f"{text} (repeat the flag for more)" if self.repeatable else text


def members(annotation: Any) -> tuple[Any, ...]:
    """The members of a union (``X | Y`` or ``Union[X, Y]``), else the annotation alone."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


def _without_unset(annotation: Any) -> Any:
    kept = [arg for arg in members(annotation) if arg not in (Unset, type(None))]
    return kept[0] if len(kept) == 1 else typing.Union[tuple(kept)]  # noqa: UP007 - built at run time


def _enum(annotation: Any) -> type[enum.Enum] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, enum.Enum) else None


def _type_name(annotation: Any) -> str:
    """``list[GetAppointmentListResponse200Item]``, ``StandardAppointment | GroupEventAppointment``."""
    if len(members(annotation)) > 1:
        return " | ".join(_type_name(member) for member in members(annotation))
    arguments = typing.get_args(annotation)
    if arguments:
        origin = typing.get_origin(annotation)
        return f"{getattr(origin, '__name__', origin)}[{', '.join(_type_name(a) for a in arguments)}]"
    return getattr(annotation, "__name__", str(annotation).replace("typing.", ""))


def _placeholders(path: str) -> set[str]:
    return {part[1:-1] for part in path.split("/") if part.startswith("{") and part.endswith("}")}


@cache
def parameters(module: types.ModuleType) -> tuple[Parameter, ...]:
    """The parameters of the operation of ``module`` (a generated endpoint module), in call order."""
    from docstring_parser import parse

    operation: Operation = module._OPERATION
    function = module.sync
    hints = typing.get_type_hints(function)
    described = {p.arg_name: " ".join((p.description or "").split()) for p in parse(function.__doc__ or "").params}
    path = _placeholders(operation.path)
    found = []
    for name, parameter in inspect.signature(function).parameters.items():
        if name in CLIENT_ARGUMENTS:
            continue
        where = "path" if name in path else "body" if name == "body" else "query"
        required = parameter.default is inspect.Parameter.empty
        found.append(Parameter(name, where, _without_unset(hints[name]), required, described.get(name, "")))
    return tuple(found)


class DateType(_ParamType):
    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date like 2026-05-01", param, ctx)


class DateTimeType(_ParamType):
    """An ISO 8601 datetime; a naive one is passed on, and the endpoint's check asks for an offset."""

    name = "datetime"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, dt.datetime):
            return value
        text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value  # 3.10 reads no "Z"
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{value!r} is not a datetime like 2026-05-01T09:00:00+01:00", param, ctx)


class EnumType(_Choice):
    """One of the enum's values, given as text (an int enum's too), converted to the member."""

    def __init__(self, enum_class: type[enum.Enum]) -> None:
        self.enum_class = enum_class
        super().__init__([str(member.value) for member in enum_class])

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, self.enum_class):
            return value
        text = super().convert(value, param, ctx)
        return next(member for member in self.enum_class if str(member.value) == text)


class JsonType(_ParamType):
    """JSON text, ``@file`` or ``-`` (standard input), decoded; the endpoint's type is built from it
    by ``body.build``."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import json

        from .body import read_text

        if not isinstance(value, str):
            return value
        text = read_text(value)
        try:
            return json.loads(text)
        except ValueError as error:
            self.fail(f"is not JSON ({error})", param, ctx)


def click_type(parameter: Parameter) -> _ParamType:
    if parameter.is_json:
        return JsonType()
    enum_class = _enum(parameter.item)
    if enum_class is not None:
        return EnumType(enum_class)
    types_by_annotation: dict[Any, _ParamType] = {
        int: click.INT,
        float: click.FLOAT,
        str: click.STRING,
        bool: click.BOOL,
        dt.date: DateType(),
        dt.datetime: DateTimeType(),
    }
    return types_by_annotation[parameter.item]


def option(parameter: Parameter) -> click.Option:
    """The click option for ``parameter`` (a path parameter is required, as in the Python call)."""
    where = {"path": "path parameter", "query": "query parameter", "body": "the JSON body: text, @file or -"}
    help_text = f"[{where[parameter.where]}] {parameter.description}".strip()
    return click.Option(
        [parameter.flag, parameter.name],
        type=click_type(parameter),
        required=parameter.required,
        multiple=parameter.repeatable,
        help=help_text,
        metavar="JSON" if parameter.is_json else None,
    )
