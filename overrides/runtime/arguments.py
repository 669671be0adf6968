"""Argument checks the endpoint modules run before building a request: a clear error naming
the argument, instead of a malformed URL or a server-side 422 after a round trip."""

from __future__ import annotations

import enum
import math
from typing import Any, TypeVar

from .errors import ArgumentError
from .unset import UNSET

E = TypeVar("E", bound=enum.Enum)


def _absent(value: Any) -> bool:
    return value is None or value is UNSET


def _check_presence(name: str, value: Any, required: bool, expected: str) -> bool:
    """True when there is a value to check; raises for a missing required one."""
    if _absent(value):
        if required:
            raise ArgumentError(name, expected, None)
        return False
    return True


def integer(name: str, value: Any, *, required: bool) -> None:
    if not _check_presence(name, value, required, "an integer"):
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ArgumentError(name, "an integer", value)


def number(name: str, value: Any, *, required: bool) -> None:
    if not _check_presence(name, value, required, "a number"):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ArgumentError(name, "a finite number", value)


def string(name: str, value: Any, *, required: bool) -> None:
    if not _check_presence(name, value, required, "a string"):
        return
    if not isinstance(value, str):
        raise ArgumentError(name, "a string", value)
    if required and not value:
        raise ArgumentError(name, "a non-empty string", value)


def boolean(name: str, value: Any, *, required: bool) -> None:
    if not _check_presence(name, value, required, "a bool"):
        return
    if not isinstance(value, bool):
        raise ArgumentError(name, "a bool", value)


def instance(name: str, value: Any, cls: type | tuple[type, ...], *, required: bool) -> None:
    classes = cls if isinstance(cls, tuple) else (cls,)
    names = " or ".join(c.__name__ for c in classes)
    expected = f"a {names} (build it with {classes[0].__name__}(...) or {classes[0].__name__}.from_dict(...))"
    if not _check_presence(name, value, required, expected):
        return
    if not isinstance(value, cls):
        raise ArgumentError(name, expected, value)


def member(name: str, value: Any, cls: type[E], *, required: bool) -> Any:
    """The enum member for ``value``: a member itself or its plain value ("applicable_items")."""
    allowed = ", ".join(repr(m.value) for m in cls)
    if not _check_presence(name, value, required, f"one of {allowed}"):
        return value
    if isinstance(value, cls):
        return value
    # Strict on the way out: generated enums accept unknown values (answers may carry new ones),
    # but a request should only send what the spec lists.
    known = cls._value2member_map_.get(value)
    if known is None:
        raise ArgumentError(name, f"a {cls.__name__} or one of {allowed}", value)
    return known
