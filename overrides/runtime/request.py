"""What an endpoint function hands the client: the parts of one request, typed.

The endpoint module checks and encodes its arguments; the client adds what every request shares
(base URL, auth, Accept, User-Agent, timeouts) and sends it. Path parameters are checked in one
place for every operation, here (``fill_path``), as the client fills the path. Method, path and the other facts of
the operation live in the module's ``Operation`` (see operation.py), not here.
"""

from __future__ import annotations

import datetime
import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from . import errors


@dataclass(frozen=True, slots=True)
class RequestParts:
    # Values of the path template's {placeholders}; the client checks and quotes them.
    path_params: Mapping[str, Any] | None = None
    # Query parameters by wire name; a list value is sent once per item.
    params: Mapping[str, Any] | None = None
    headers: Mapping[str, str] | None = None
    cookies: dict[str, str] | None = None
    # At most one body: JSON, form fields, multipart files (with form fields in `data`), or bytes.
    json: Any = None
    data: Mapping[str, Any] | None = None
    files: Any = None
    content: bytes | None = None


def fill_path(template: str, values: Mapping[str, Any] | None) -> str:
    """The path with each {placeholder} replaced by its value, checked and quoted as one segment."""
    if not values:
        return template
    return template.format_map({name: _segment(name, value) for name, value in values.items()})


_SEGMENT_TYPES = "a string, an integer, a finite number, a date or an enum member"


def _segment(name: str, value: Any) -> str:
    """One path segment. ``.``, ``..`` and ``''`` are refused: the URL would name another endpoint
    (``DELETE /custom_fields/../8/9`` is ``DELETE /8/9``); so is anything but the types below,
    which would otherwise be sent as their repr."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        raise errors.ArgumentError(name, _SEGMENT_TYPES, value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        if value in ("", ".", ".."):
            raise errors.ArgumentError(name, "a path segment other than '', '.' and '..'", value)
        return quote(value, safe="")
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise errors.ArgumentError(name, _SEGMENT_TYPES, value)
