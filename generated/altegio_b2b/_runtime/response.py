"""What ``*_detailed`` endpoint functions return."""

from __future__ import annotations

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import Any, Generic, TypeVar

from attrs import define, field

T = TypeVar("T")


@define
class Response(Generic[T]):
    """One answer: status, headers, raw body, the envelope's ``meta`` and the parsed ``data``.

    ``meta`` is what the envelope carried (an object with counts and messages, or ``[]``);
    it is None when the body was not an envelope.
    """

    # An HTTPStatus where the code is a registered one (it is an int either way).
    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    meta: Any = None
    enveloped: bool = field(default=False)
