"""Argument checks the endpoint modules run before building a request: a clear error naming
the argument, instead of a malformed URL or a server-side 422 after a round trip."""

from __future__ import annotations

import datetime as _dt
import enum
import math
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from .errors import ArgumentError, FieldError
from .fields import Kind
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
    # but a request should only send what the spec lists. A list or dict is no enum value (and unhashable).
    known = cls._value2member_map_.get(value) if isinstance(value, Hashable) and not isinstance(value, bool) else None
    if known is None:
        raise ArgumentError(name, f"a {cls.__name__} or one of {allowed}", value)
    return known


def date(name: str, value: Any, *, required: bool) -> None:
    if not _check_presence(name, value, required, "a datetime.date"):
        return
    if isinstance(value, _dt.datetime):
        raise ArgumentError(name, "a datetime.date, not a datetime (pass value.date())", value)
    if not isinstance(value, _dt.date):
        raise ArgumentError(name, "a datetime.date (e.g. date(2026, 5, 1))", value)


def datetime(name: str, value: Any, *, required: bool) -> None:
    """A timezone-aware datetime: Altegio reads the offset; a naive one would mean the server's zone."""
    expected = "a timezone-aware datetime.datetime"
    if not _check_presence(name, value, required, expected):
        return
    if not isinstance(value, _dt.datetime):
        raise ArgumentError(name, expected, value)
    if value.utcoffset() is None:
        raise ArgumentError(
            name,
            f"{expected}: attach a timezone, e.g. datetime(2026, 5, 1, 9, 0, tzinfo=ZoneInfo('Europe/London')) "
            "or value.astimezone()",
            value,
        )


def _items(name: str, value: Any, required: bool, expected: str, check: Callable[[str, Any], Any]) -> Any:
    """A list (a tuple is taken too), each item checked (and converted) by ``check``."""
    if not _check_presence(name, value, required, f"a list of {expected}"):
        return value
    if not isinstance(value, (list, tuple)):
        raise ArgumentError(name, f"a list of {expected}", value)
    return [check(f"{name}[{index}]", item) for index, item in enumerate(value)]


def _checked(check: Callable[..., Any]) -> Callable[[str, Any], Any]:
    def item(label: str, value: Any) -> Any:
        check(label, value, required=True)
        return value

    return item


def integers(name: str, value: Any, *, required: bool) -> Any:
    return _items(name, value, required, "integers", _checked(integer))


def numbers(name: str, value: Any, *, required: bool) -> Any:
    return _items(name, value, required, "numbers", _checked(number))


def strings(name: str, value: Any, *, required: bool) -> Any:
    return _items(name, value, required, "strings", _checked(string))


def dates(name: str, value: Any, *, required: bool) -> Any:
    return _items(name, value, required, "datetime.date values", _checked(date))


def members(name: str, value: Any, cls: type[E], *, required: bool) -> Any:
    """A list of enum members, each given as a member or its plain value."""
    return _items(name, value, required, cls.__name__, lambda label, item: member(label, item, cls, required=True))


def body(name: str, kind: Kind, value: Any) -> Any:
    """A request body as JSON (or form fields), every field checked against its declared type:
    an ArgumentError naming the field (``body.services[0].id``) instead of a failure deep inside."""
    try:
        return kind.write(value)
    except FieldError as error:
        got = None if error.got is UNSET else error.got
        raise ArgumentError(error.where(name), error.expected, got) from None
