"""The JSON a user gives (``--body '{...}'``, ``--body @file.json``, ``--body -``) turned into what
the endpoint function takes: its body model (``from_dict``), one of a union's models, a list of
them, or plain JSON where the spec says only that. The function's own checks then apply."""

from __future__ import annotations

import sys
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .exits import UsageError

if TYPE_CHECKING:
    from .parameters import Parameter

# What a generated model's from_dict raises on data of the wrong shape.
_MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def read_text(value: str) -> str:
    """``value`` itself, the content of the file ``@path``, or standard input for ``-``."""
    if value == "-":
        return sys.stdin.read()
    if value.startswith("@"):
        try:
            return Path(value[1:]).read_text(encoding="utf-8")
        except OSError as error:
            raise UsageError(f"--body: cannot read {value[1:]}: {error.strerror}") from None
    return value


def _build_one(annotation: Any, data: Any) -> Any:
    """``data`` as ``annotation`` (one member of a union); raises _MODEL_ERRORS when it does not fit."""
    origin = typing.get_origin(annotation)
    if origin is list:
        if not isinstance(data, list):
            raise TypeError("not a list")
        (item,) = typing.get_args(annotation) or (Any,)
        return [_build_one(item, element) for element in data]
    if annotation is Any:
        return data
    if hasattr(annotation, "from_dict"):
        if not isinstance(data, dict):
            raise TypeError("not an object")
        return annotation.from_dict(data)
    if isinstance(annotation, type) and isinstance(data, annotation):
        return data
    raise TypeError(f"not a {annotation!r}")


def build(parameter: Parameter, data: Any) -> Any:
    """``data`` (decoded JSON) as the first member of the parameter's annotation it fits, else a
    usage error naming the option and what it expects."""
    from ..errors import FieldError
    from .parameters import members

    fitting = members(parameter.annotation)
    problems = []
    for member in fitting:
        try:
            return _build_one(member, data)
        except _MODEL_ERRORS as error:
            # The field and what it takes, never the value given (a body may hold a password).
            if isinstance(error, FieldError):
                problems.append(f"{error.where(parameter.name)}: expected {error.expected}")
    expected = " or ".join(getattr(m, "__name__", str(m)) for m in fitting)
    detail = f" ({'; '.join(problems)})" if problems else ""
    raise UsageError(f"{parameter.flag}: the JSON does not fit {expected}{detail} (`altegio show` lists its fields)")
