"""What a generated model does with each field's value: read it from an answer (as it is, or
through the lossless reads of coercions.py, nothing else) and write it into a request body (the
declared Python type only). Anything else raises ``FieldError`` naming the field's path.

The models inline the common checks (``type(value) is not int``) and call the ``read_*``/
``write_*`` functions only when those fail; the ``Kind`` objects describe the shapes too varied to
inline (lists, unions, enums, nested models) and are built once per model module.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Mapping
from importlib import import_module
from io import BytesIO
from typing import Any

import attrs

from . import coercions
from .errors import FieldError
from .timestamps import parse_date, parse_datetime

_NOT_READ = coercions.NOT_READ


# An instance without running __init__: from_dict sets every field itself.
new = object.__new__


def init_added_fields(model: Any, generated: type) -> None:
    """A subclass of a generated model, built by ``from_dict``: the fields it adds get their
    defaults, as its ``__init__`` would give them (one without a default cannot be made up)."""
    declared = {field.name for field in attrs.fields(generated)}
    for field in attrs.fields(type(model)):
        if field.name in declared:
            continue
        default = field.default
        if default is attrs.NOTHING:
            raise TypeError(
                f"{type(model).__name__}.from_dict cannot fill {field.name!r}, which has no default: "
                f"give it one, or override from_dict"
            )
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory(model) if default.takes_self else default.factory()
        object.__setattr__(model, field.name, default)


def mapping(value: Any) -> Mapping[str, Any]:
    """``from_dict``'s argument: a JSON object (any Mapping), or ``[]``, PHP's empty object."""
    if isinstance(value, Mapping):
        return value
    result = coercions.as_object(value)
    if result is _NOT_READ:
        raise FieldError("an object", value)
    return result  # type: ignore[no-any-return]


def _as_datetime(value: Any) -> Any:
    if not isinstance(value, str):
        return _NOT_READ
    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        return _NOT_READ


def _as_date(value: Any) -> Any:
    if not isinstance(value, str):
        return _NOT_READ
    try:
        return parse_date(value)
    except (ValueError, OverflowError):
        return _NOT_READ


# The fast paths of the date and date-time reads (the models call them inline; on failure,
# read_datetime/read_date below try the other forms Altegio sends).
datetime_fromisoformat = _dt.datetime.fromisoformat
date_fromisoformat = _dt.date.fromisoformat


def _python_type(value: Any, types: tuple[type, ...]) -> bool:
    return isinstance(value, types) and not isinstance(value, bool)


def _finite(value: Any) -> bool:
    return _python_type(value, (int, float)) and (type(value) is int or math.isfinite(value))


def write_model(value: Any, cls: type, key: str) -> Any:
    """A nested model of a request body: an instance of ``cls``, written as its dict."""
    if not isinstance(value, cls):
        name = cls.__name__
        raise FieldError(f"a {name} (build it with {name}(...) or {name}.from_dict(...))", value, (key,))
    try:
        return value.to_dict()  # type: ignore[attr-defined]
    except FieldError as error:
        raise error.within(key)  # noqa: B904 - the same error, its path one level longer


# -- kinds: the field shapes read and written through one object each --------------------------


class Kind:
    """One declared field type. ``read``/``write`` raise FieldError with the path below the value;
    ``read_field``/``write_field`` add the field's key."""

    __slots__ = ()
    expected = "a value"  # in an answer (JSON terms)
    wanted = "a value"  # in a request body (Python terms)

    def takes(self, value: Any) -> bool:
        """Whether an answer's value is of this JSON type as it stands (no coercion)."""
        return True

    def holds(self, value: Any) -> bool:
        """Whether a Python value is of this type (what a request body may carry)."""
        return True

    def read(self, value: Any) -> Any:
        return value

    def write(self, value: Any) -> Any:
        return value

    def read_field(self, value: Any, key: str | int) -> Any:
        try:
            return self.read(value)
        except FieldError as error:
            raise error.within(key)  # noqa: B904 - the same error, its path one level longer

    def write_field(self, value: Any, key: str | int) -> Any:
        try:
            return self.write(value)
        except FieldError as error:
            raise error.within(key)  # noqa: B904

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self.expected}>"


class Scalar(Kind):
    __slots__ = ("_as", "_exact", "_holds", "_to_json", "expected", "wanted")

    def __init__(
        self,
        expected: str,
        wanted: str,
        exact: tuple[type, ...],
        read_as: Callable[[Any], Any],
        holds: Callable[[Any], bool],
        to_json: Callable[[Any], Any] | None = None,
    ) -> None:
        self.expected = expected
        self.wanted = wanted
        self._exact = exact
        self._as = read_as
        self._holds = holds
        self._to_json = to_json

    def takes(self, value: Any) -> bool:
        return type(value) in self._exact

    def holds(self, value: Any) -> bool:
        return self._holds(value)

    def read(self, value: Any) -> Any:
        result = self._as(value)
        if result is _NOT_READ:
            raise FieldError(self.expected, value)
        return result

    def write(self, value: Any) -> Any:
        if not self._holds(value):
            raise FieldError(self.wanted, value)
        return value if self._to_json is None else self._to_json(value)


STRING = Scalar("a string", "a str", (str,), coercions.as_string, lambda v: isinstance(v, str))
INTEGER = Scalar("an integer", "an int", (int,), coercions.as_integer, lambda v: _python_type(v, (int,)))
NUMBER = Scalar("a number", "a finite number (int or float)", (int, float), coercions.as_number, _finite)
BOOLEAN = Scalar("a boolean", "a bool", (bool,), coercions.as_boolean, lambda v: isinstance(v, bool))


class _Timestamp(Scalar):
    __slots__ = ()

    def takes(self, value: Any) -> bool:
        """A string that parses: a date or date-time is a string in JSON."""
        return isinstance(value, str) and self._as(value) is not _NOT_READ


DATETIME = _Timestamp(
    "an ISO 8601 date-time string",
    "a datetime.datetime",
    (),
    _as_datetime,
    lambda v: isinstance(v, _dt.datetime),
    lambda v: v.isoformat(),
)
DATE = _Timestamp(
    "an ISO 8601 date string",
    "a datetime.date (not a datetime)",
    (),
    _as_date,
    lambda v: isinstance(v, _dt.date) and not isinstance(v, _dt.datetime),
    lambda v: v.isoformat(),
)
NULL = Scalar("null", "None", (type(None),), lambda v: v if v is None else _NOT_READ, lambda v: v is None)
ANY = Kind()

# The slow paths of the checks the models inline, ``(value, key)`` -> the value read or written,
# or FieldError naming the key: the scalar kinds' own, so each check and message has one home.
read_string, write_string = STRING.read_field, STRING.write_field
read_integer, write_integer = INTEGER.read_field, INTEGER.write_field
read_number, write_number = NUMBER.read_field, NUMBER.write_field
read_boolean, write_boolean = BOOLEAN.read_field, BOOLEAN.write_field
read_datetime, write_datetime = DATETIME.read_field, DATETIME.write_field
read_date, write_date = DATE.read_field, DATE.write_field


class Const(Kind):
    __slots__ = ("expected", "value", "wanted")

    def __init__(self, value: Any) -> None:
        self.value = value
        self.expected = self.wanted = repr(value)

    def takes(self, value: Any) -> bool:
        return type(value) is type(self.value) and value == self.value

    holds = takes

    def read(self, value: Any) -> Any:
        if not self.takes(value):
            raise FieldError(self.expected, value)
        return value

    write = read


def _generated(name: str) -> Any:
    """A generated model or enum class, by name (``altegio_b2b.models`` loads its module)."""
    return getattr(import_module("..models", __package__), name)


class _Generated(Kind):
    """A kind backed by a generated class (an enum or a model), named, looked up on first use."""

    __slots__ = ("_cls", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._cls: Any = None

    @property
    def cls(self) -> Any:
        if self._cls is None:
            self._cls = _generated(self.name)
        return self._cls


class EnumOf(_Generated):
    """An open enum (enums.py): unknown values of the right raw type are kept, as pseudo-members.
    ``base``: the kind of its raw values (STRING or INTEGER)."""

    __slots__ = ("_base", "expected", "wanted")

    def __init__(self, name: str, base: Scalar) -> None:
        super().__init__(name)
        self._base = base
        self.expected = f"a {name} value ({base.expected})"
        self.wanted = f"a {name} or one of its values"

    def takes(self, value: Any) -> bool:
        return self._base.takes(value)

    def holds(self, value: Any) -> bool:
        if isinstance(value, self.cls):
            return True
        try:
            return not isinstance(value, bool) and value in self.cls._value2member_map_
        except TypeError:  # unhashable
            return False

    def read(self, value: Any) -> Any:
        if type(value) is self.cls:
            return value
        return self.cls(self._base.read(value))

    def write(self, value: Any) -> Any:
        if isinstance(value, self.cls):
            return value.value
        if self.holds(value):
            return value
        known = ", ".join(repr(member.value) for member in self.cls)
        raise FieldError(f"a {self.name} or one of {known}", value)


class Model(_Generated):
    """A nested generated model, named; its class is looked up in ``altegio_b2b.models`` on first
    use (model modules refer to each other in cycles, so they cannot import each other up front)."""

    __slots__ = ("expected", "wanted")

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.expected = "an object"
        self.wanted = f"a {name} (build it with {name}(...) or {name}.from_dict(...))"

    def takes(self, value: Any) -> bool:
        return type(value) is dict or isinstance(value, Mapping)

    def holds(self, value: Any) -> bool:
        return isinstance(value, self.cls)

    def read(self, value: Any) -> Any:
        return self.cls.from_dict(value)

    def write(self, value: Any) -> Any:
        if not isinstance(value, self.cls):
            raise FieldError(self.wanted, value)
        return value.to_dict()


class FileOf(Kind):
    """A file of a multipart body (``altegio_b2b.types.File``); read from bytes, as the stock template did."""

    __slots__ = ()
    expected = wanted = "a File (altegio_b2b.types.File(payload=...))"

    @property
    def cls(self) -> Any:
        return import_module("..types", __package__).File

    def takes(self, value: Any) -> bool:
        return isinstance(value, (bytes, self.cls))

    def holds(self, value: Any) -> bool:
        return isinstance(value, self.cls)

    def read(self, value: Any) -> Any:
        if isinstance(value, self.cls):
            return value
        if isinstance(value, bytes):
            return self.cls(payload=BytesIO(value))
        raise FieldError(self.expected, value)

    def write(self, value: Any) -> Any:
        if not isinstance(value, self.cls):
            raise FieldError(self.expected, value)
        return value


FILE = FileOf()


class ListOf(Kind):
    __slots__ = ("expected", "item", "wanted")

    def __init__(self, item: Kind) -> None:
        self.item = item
        self.expected = f"a list of {_plural(item)}"
        self.wanted = f"a list of {_plural(item, python=True)}"

    def takes(self, value: Any) -> bool:
        return type(value) is list

    def holds(self, value: Any) -> bool:
        return isinstance(value, (list, tuple))

    def read(self, value: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise FieldError(self.expected, value)
        item = self.item
        read = item.cls.from_dict if type(item) is Model else item.read
        try:
            return [read(each) for each in value]
        except FieldError:
            pass
        # The slow path: find the first item that fails (reading is deterministic) to name it.
        for index, each in enumerate(value):
            item.read_field(each, index)
        raise AssertionError("unreachable: an item failed, then none did")  # pragma: no cover

    def write(self, value: Any) -> Any:
        if not isinstance(value, (list, tuple)):
            raise FieldError(self.wanted, value)
        return [self.item.write_field(each, index) for index, each in enumerate(value)]


class OneOf(Kind):
    """A union: an option of the value's own JSON type wins (tried in the declared order); only
    then is any option's lossless read tried, in the same order."""

    __slots__ = ("expected", "options", "wanted")

    def __init__(self, *options: Kind) -> None:
        self.options = options
        self.expected = " or ".join(option.expected for option in options)
        self.wanted = " or ".join(option.wanted for option in options)

    def takes(self, value: Any) -> bool:
        return any(option.takes(value) for option in self.options)

    def holds(self, value: Any) -> bool:
        return any(option.holds(value) for option in self.options)

    def read(self, value: Any) -> Any:
        first: FieldError | None = None
        for option in self.options:
            if option.takes(value):
                try:
                    return option.read(value)
                except FieldError as error:
                    first = first or error
        if first is not None:  # of the right JSON type, but not the right contents
            raise first
        for option in self.options:
            try:
                return option.read(value)
            except FieldError:
                continue
        raise FieldError(self.expected, value)

    def write(self, value: Any) -> Any:
        for option in self.options:
            if option.holds(value):
                return option.write(value)
        raise FieldError(self.wanted, value)


def _plural(kind: Kind, python: bool = False) -> str:
    if isinstance(kind, Model):
        return f"{kind.name} objects"
    return f"items each {kind.wanted if python else kind.expected}"


def read_extra(kind: Kind, data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The keys a model does not declare (its ``additional_properties``), read as ``kind``."""
    if kind is ANY:
        return {key: value for key, value in data.items() if key not in known}
    return {key: kind.read_field(value, key) for key, value in data.items() if key not in known}


def write_extra(kind: Kind, extra: Mapping[str, Any]) -> dict[str, Any]:
    if kind is ANY:
        return dict(extra)
    return {key: kind.write_field(value, key) for key, value in extra.items()}
