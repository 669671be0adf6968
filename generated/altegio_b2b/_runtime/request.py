"""What an endpoint function hands the client: the parts of one request, typed.

The endpoint module checks and encodes its arguments; the client adds what every request shares
(base URL, auth, Accept, User-Agent, timeouts) and sends it. Method, path and the other facts of
the operation live in the module's ``Operation`` (see operation.py), not here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


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
