"""The escape hatches of ``RequestOptions``: ``extra_query``, ``extra_body`` (and ``extra_headers``,
checked in options.py), for what the spec does not declare but the API reads.

Checked twice, both times before anything is sent: the values when ``RequestOptions`` is built,
and against the operation (its body, its typed arguments) when the request is.

- ``extra_query`` is merged into the query after the typed arguments, by wire name: a key the
  operation also sends replaces the typed value. Values go out the way typed ones do: a bool as
  1/0, a date as YYYY-MM-DD, a list once per item (name the key ``ids[]`` if the API wants brackets).
- ``extra_body`` is merged, shallowly, into a JSON object body after the typed fields. An
  operation without a body gets it as its JSON object body (but a GET sends no body); a
  multipart or form body gets each key as one more text field (scalar values only); a JSON
  array or raw bytes body cannot take it (an ``ArgumentError`` names the operation).
- The API accepts several names for some parameters (``ALIAS_FAMILIES``); sending two names of
  one family leaves the server to pick one, so it is refused: ``team_member_id=`` typed plus
  ``extra_query={"staff_id": ...}`` is an ``ArgumentError``.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import math
from collections.abc import Mapping
from typing import Any

from .errors import ArgumentError
from .operation import Operation
from .request import RequestParts

# Names the V1 API reads as one parameter (Altegio renamed company -> location, staff/master ->
# team member, record -> appointment, good -> product; the old names still work). One per request.
ALIAS_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"location_id", "company_id", "salon_id"}),
    frozenset({"chain_id", "company_group_id", "salon_group_id"}),
    frozenset({"team_member_id", "staff_id", "master_id"}),
    frozenset({"appointment_id", "record_id"}),
    frozenset({"product_id", "good_id"}),
)
_FAMILY_OF = {name: family for family in ALIAS_FAMILIES for name in family}

QueryValue = str | list[str]
_SCALARS = "a string, an integer, a finite number, a bool, a date, an aware datetime or an enum member"
_METHODS_WITHOUT_BODY = frozenset({"GET", "HEAD"})


def _scalar(argument: str, value: object) -> str:
    """One query value or form field as the API reads it (the typed arguments' encoding)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ArgumentError(argument, "an aware datetime (Altegio reads the offset)", value)
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise ArgumentError(argument, _SCALARS, value)


def _keys(argument: str, value: object) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise ArgumentError(argument, "a mapping of names to values", value)
    for key in value:
        if not isinstance(key, str) or not key:
            raise ArgumentError(argument, "non-empty string names", key)
    return value


def checked_query(value: object) -> dict[str, QueryValue]:
    """``extra_query`` with every value encoded; a list or tuple is sent once per item."""
    query: dict[str, QueryValue] = {}
    for key, item in _keys("extra_query", value).items():
        label = f"extra_query[{key!r}]"
        if isinstance(item, (list, tuple)):
            query[key] = [_scalar(f"{label}[{i}]", part) for i, part in enumerate(item)]
        else:
            query[key] = _scalar(label, item)
    _one_name_per_family("extra_query", query, {})
    return query


def checked_body(value: object) -> dict[str, Any]:
    """``extra_body``: a mapping of field names to JSON values (NaN and infinities are not JSON)."""
    body = dict(_keys("extra_body", value))
    for key, item in body.items():
        try:
            json.dumps(item, allow_nan=False)
        except (TypeError, ValueError):
            expected = "a JSON value (None, bool, number, string, or lists and str-keyed dicts of them)"
            raise ArgumentError(f"extra_body[{key!r}]", expected, item) from None
    _one_name_per_family("extra_body", body, {})
    return body


def _one_name_per_family(argument: str, extra: Mapping[str, Any], typed: Mapping[str, Any]) -> None:
    """Refuse a second name of one alias family, among the extras or beside a typed argument."""
    seen: dict[frozenset[str], str] = {}
    for name in typed:
        family = _FAMILY_OF.get(name)
        if family is not None:
            seen[family] = name
    for name in extra:
        family = _FAMILY_OF.get(name)
        if family is None:
            continue
        other = seen.setdefault(family, name)
        if other != name:
            names = ", ".join(sorted(family))
            raise ArgumentError(
                f"{argument}[{name!r}]", f"one name per alias family ({names}); {other!r} is already sent", extra[name]
            )


def with_extras(
    operation: Operation,
    parts: RequestParts,
    extra_query: Mapping[str, QueryValue] | None,
    extra_body: Mapping[str, Any] | None,
) -> RequestParts:
    """``parts`` with the (checked) extras merged in after the typed arguments."""
    changes: dict[str, Any] = {}
    if extra_query:
        typed = parts.params or {}
        _one_name_per_family("extra_query", extra_query, typed)
        changes["params"] = {**typed, **extra_query}
    if extra_body:
        changes.update(_body_with(operation, parts, extra_body))
    return dataclasses.replace(parts, **changes) if changes else parts


def _body_with(operation: Operation, parts: RequestParts, extra: Mapping[str, Any]) -> dict[str, Any]:
    """The RequestParts fields that carry the body, with ``extra`` merged in."""
    where = f"{operation.operation_id} ({operation.method} {operation.path})"
    if parts.content is not None:
        raise ArgumentError("extra_body", f"an operation with a JSON or form body; {where} sends raw bytes", extra)
    if parts.files is not None or parts.data is not None:
        # Form fields are text: a nested value has no one encoding the API is known to read.
        fields = {key: _scalar(f"extra_body[{key!r}]", value) for key, value in extra.items()}
        if parts.files is not None:
            # Generated multipart bodies are lists of (name, (filename, bytes, content type)).
            _one_name_per_family("extra_body", fields, {part[0]: None for part in parts.files})
            kept = [part for part in parts.files if part[0] not in fields]
            return {"files": kept + [(key, (None, value.encode(), "text/plain")) for key, value in fields.items()]}
        _one_name_per_family("extra_body", fields, parts.data or {})
        return {"data": {**(parts.data or {}), **fields}}
    if parts.json is None:
        if operation.method in _METHODS_WITHOUT_BODY:
            raise ArgumentError(
                "extra_body", f"an operation that sends a body; {where} sends none (extra_query?)", extra
            )
        return {"json": dict(extra)}
    if not isinstance(parts.json, dict):
        kind = "array" if isinstance(parts.json, list) else type(parts.json).__name__
        expected = f"an operation whose body is a JSON object; {where} sends a JSON {kind}"
        raise ArgumentError("extra_body", expected, extra)
    _one_name_per_family("extra_body", extra, parts.json)
    return {"json": {**parts.json, **extra}}
