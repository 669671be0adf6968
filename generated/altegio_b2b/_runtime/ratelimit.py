"""A client-side limiter so bulk jobs stay under Altegio's 200 requests per minute per IP.

A token bucket sized so that no window of ``per`` seconds ever admits more than ``requests``:
``burst`` tokens up front, refilled at (requests - burst) / per. One instance can be shared by
any number of clients, threads and event loops: ``reserve()`` books a slot under a lock and
says how long to wait; the caller sleeps (blocking or ``await``) outside the lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from .errors import ArgumentError


class RateLimiter:
    def __init__(
        self,
        requests: int = 200,
        per: float = 60.0,
        burst: int = 5,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
            raise ArgumentError("requests", "an integer >= 1", requests)
        if not isinstance(per, (int, float)) or per <= 0:
            raise ArgumentError("per", "a positive number of seconds", per)
        if isinstance(burst, bool) or not isinstance(burst, int) or not 1 <= burst <= requests:
            raise ArgumentError("burst", f"an integer from 1 to requests ({requests})", burst)
        self.requests = requests
        self.per = float(per)
        self.burst = burst
        self._rate = (requests - burst) / self.per if requests > burst else requests / self.per
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = float(burst)
        self._updated = clock()

    def __repr__(self) -> str:
        return f"RateLimiter(requests={self.requests}, per={self.per}, burst={self.burst})"

    def reserve(self) -> float:
        """Book one request; return the seconds to wait before sending it (0 if none)."""
        with self._lock:
            now = self._clock()
            self._tokens = min(float(self.burst), self._tokens + (now - self._updated) * self._rate)
            self._updated = now
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self._rate


DEFAULT_LIMITER = RateLimiter()
"""Shared by every client that does not bring its own: one process, one IP, one budget."""
