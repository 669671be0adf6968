"""Timeouts and per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from .errors import ArgumentError

DEFAULT_BASE_URL = "https://api.alteg.io/api/v1"
# Connecting should be quick; some reports and bulk writes take long to answer.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

TimeoutLike = float | httpx.Timeout


def as_timeout(value: TimeoutLike | None, default: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.Timeout:
    if value is None:
        return default
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ArgumentError("timeout", "a positive number of seconds or an httpx.Timeout", value)
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides: ``sync(..., options=RequestOptions(timeout=5, max_retries=0))``.

    ``headers`` adds request headers (tracing, ``Prefer`` for a mock); the client's own
    ``Authorization`` cannot be replaced this way.
    """

    timeout: TimeoutLike | None = None
    max_retries: int | None = None
    headers: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        if self.timeout is not None:
            as_timeout(self.timeout)
        if self.max_retries is not None and (
            isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0
        ):
            raise ArgumentError("max_retries", "an integer >= 0", self.max_retries)
        if self.headers is not None and any(k.lower() == "authorization" for k in self.headers):
            raise ArgumentError("headers", "headers other than Authorization (set tokens on the client)", "<redacted>")
