"""The JSON decoder for everything the client reads from Altegio (answers and webhook bodies):
the json module's, refusing what JSON does not allow or a float cannot hold (NaN, Infinity,
1e400), so no model ever holds a number that is not one."""

from __future__ import annotations

import json
import math
from typing import Any


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:40]} is beyond a float's range")
    return value


# One decoder, built once (json.loads with hooks would build a new one per call).
DECODER = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite_float)


def loads(content: bytes | str) -> Any:
    """``content`` decoded strictly; bytes as json.loads reads them (UTF-8/16/32 by the first
    bytes). Raises ValueError (also UnicodeDecodeError and the refusals above) or RecursionError."""
    text = content if isinstance(content, str) else content.decode(json.detect_encoding(content), "surrogatepass")
    return DECODER.decode(text)
