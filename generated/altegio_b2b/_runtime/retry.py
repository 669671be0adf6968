"""When to try a request again, and how long to wait first.

Idempotent methods (GET, PUT, DELETE, HEAD, OPTIONS) are retried on 429, 502, 503, 504 and on
connection failures. POST and PATCH are retried only when the request provably did not reach
the server (the connection was never made) or on 429 (the server refused it unprocessed):
a write that may have happened is never sent twice.

A 429, or a 503 with Retry-After, also pauses every client sharing the rate limiter's budget
(see ``pauses_budget``): the server is refusing that IP, not just this one request.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from dataclasses import dataclass, field

import httpx

from .errors import ArgumentError

RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Statuses whose Retry-After header is honoured.
RETRY_AFTER_STATUSES = frozenset({429, 503})
# Failures raised before a single byte of the request left this machine.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that another attempt cannot mend (a bad URL scheme, a request httpx cannot write).
HOPELESS_ERRORS: tuple[type[Exception], ...] = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """``max_retries`` extra attempts with exponential backoff and jitter, capped.

    The waits are capped twice: a single ``Retry-After`` longer than ``retry_after_max`` is not
    waited for, and one call never waits more than ``total_wait_max`` seconds in all between its
    attempts (two ``Retry-After: 59`` make one 59 s wait, then the error). A retry that would
    pass either cap is not made: the last error is raised at once. A ``Retry-After`` that is
    negative, a date in the past, or unreadable is ignored in favour of the normal backoff.
    Time spent waiting for the rate limiter's go-ahead is not retry waiting and not counted.
    """

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    total_wait_max: float = 60.0
    jitter: float = 0.25
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ArgumentError("max_retries", "an integer >= 0", self.max_retries)
        for name in ("backoff_initial", "backoff_max", "retry_after_max", "total_wait_max", "jitter"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < math.inf:
                raise ArgumentError(name, "a finite number >= 0", value)

    def backoff(self, attempt: int) -> float:
        """Delay before attempt ``attempt + 1``: initial * 2**(attempt-1), capped, +/- jitter."""
        base = min(self.backoff_max, self.backoff_initial * 2.0 ** (attempt - 1))
        return max(0.0, base * (1 + self.jitter * (2 * self.rng.random() - 1)))

    def delay_after_response(
        self, response: httpx.Response, *, idempotent: bool, attempt: int, max_retries: int, waited: float = 0.0
    ) -> float | None:
        """Seconds to wait before retrying, or None to stop here; ``waited``: this call's retry waits so far."""
        status = response.status_code
        if attempt > max_retries or status not in RETRY_STATUSES:
            return None
        if status != 429 and not idempotent:
            return None
        return self._within_total(self.hold_off(response, attempt), waited)

    def delay_after_error(
        self, error: httpx.TransportError, *, idempotent: bool, attempt: int, max_retries: int, waited: float = 0.0
    ) -> float | None:
        if attempt > max_retries or isinstance(error, HOPELESS_ERRORS):
            return None
        if isinstance(error, NOT_SENT_ERRORS) or idempotent:
            return self._within_total(self.backoff(attempt), waited)
        return None

    def hold_off(self, response: httpx.Response, attempt: int) -> float | None:
        """How long the server asks us to wait: its Retry-After (on 429/503) if sane, else our backoff;
        None when the Retry-After is beyond ``retry_after_max``."""
        if response.status_code in RETRY_AFTER_STATUSES:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None:
                return retry_after if retry_after <= self.retry_after_max else None
        return self.backoff(attempt)

    def _within_total(self, delay: float | None, waited: float) -> float | None:
        return delay if delay is not None and waited + delay <= self.total_wait_max else None


def pauses_budget(response: httpx.Response) -> bool:
    """A 429, or a 503 with a usable Retry-After: every client on this budget should hold off."""
    status = response.status_code
    if status == 429:
        return True
    return status == 503 and parse_retry_after(response.headers.get("retry-after")) is not None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date; None if absent, unreadable,
    negative, infinite or a date in the past (the caller then uses its own backoff)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds
