"""The one home of the lossless reads: values of another JSON type that a model reads as its
field's declared type without losing anything, because Altegio's PHP backend sends them so.

- a number in a string field: ``13155550177`` -> ``"13155550177"`` (PHP keeps phones as numbers);
- a numeric string in an integer or number field: ``"12"`` -> ``12``, ``"1.5"`` -> ``1.5`` (PHP
  reads columns as strings). Only plain JSON number text counts: no spaces, ``_``, ``+``, leading
  zeros (``"007"`` is a code, not 7), ``NaN`` or ``inf``; an integer field takes integers only;
- 0/1 and "0"/"1" in a boolean field (PHP's ints for flags), and also "true"/"false": the words
  JSON itself uses, unambiguous, and what PHP's ``var_export`` and string-typed settings carry;
- ``[]`` for an object: PHP's ``json_encode`` writes an empty associative array as ``[]``, so any
  object field (or a whole ``data``) may arrive so when empty. It reads as ``{}``; a non-empty list
  is no object.

Besides these, an integral float (``12.0``) is an integer, as JSON Schema counts it.

The models (``fields.py``) read through the functions below; the normalizer loads this file
(stdlib only, so it loads without the package) and does not widen a type for a documented example
that ``reads_as`` takes: the two cannot disagree.
"""

from __future__ import annotations

import math
import re
from typing import Any, Final

# (declared JSON type, the value's JSON type): the pairs some value reads across. A table for
# people and the tests; ``reads_as`` is what decides, value by value.
LOSSLESS_READS: Final = frozenset({
    ("string", "integer"), ("string", "number"),
    ("number", "integer"),
    ("integer", "string"), ("number", "string"),
    ("boolean", "integer"), ("boolean", "string"),
    ("object", "array"),
})  # fmt: skip

NOT_READ: Final[Any] = object()
"""What the ``as_*`` functions return for a value they cannot read losslessly."""

_INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_BOOLEANS: Final = {0: False, 1: True, "0": False, "1": True, "false": False, "true": True}


def as_string(value: Any) -> Any:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    return NOT_READ


def as_integer(value: Any) -> Any:
    if isinstance(value, bool):
        return NOT_READ
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else NOT_READ
    if isinstance(value, str) and _INTEGER_TEXT.fullmatch(value):
        return int(value)
    return NOT_READ


def as_number(value: Any) -> Any:
    """An int stays an int (exact; ``float`` annotations take ints); text becomes int or float."""
    if isinstance(value, bool):
        return NOT_READ
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value):
        if _INTEGER_TEXT.fullmatch(value):
            return int(value)
        number = float(value)
        return number if math.isfinite(number) else NOT_READ
    return NOT_READ


def as_boolean(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, str)) and type(value) in (int, str):
        return _BOOLEANS.get(value, NOT_READ)
    return NOT_READ


def as_object(value: Any) -> Any:
    if isinstance(value, dict):
        return value
    if isinstance(value, list) and not value:
        return {}
    return NOT_READ


READERS: Final = {
    "string": as_string,
    "integer": as_integer,
    "number": as_number,
    "boolean": as_boolean,
    "object": as_object,
}


def reads_as(declared: str, value: Any) -> bool:
    """Whether a field of JSON type ``declared`` takes ``value`` (as it is, or read across)."""
    reader = READERS.get(declared)
    return reader is not None and reader(value) is not NOT_READ
