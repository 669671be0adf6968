"""Client-side limiters that keep bulk jobs under Altegio's limits: 200 requests per minute AND
5 per second, per IP.

``Limiter`` is what the client needs from one: ``acquire(key)`` (or ``await aacquire(key)``)
returns when a request on budget ``key`` (the API's ``host:port``) may go out, and
``pause(key, seconds)`` holds every request on that budget after a 429 or a 503 with
Retry-After. ``RateLimiter`` keeps budgets in this process; ``RedisRateLimiter`` (extra
``altegio-b2b[redis]``) keeps them in Redis, shared by processes and hosts.

``RateLimiter`` is a sliding log per budget: a request is granted at ``now`` only if, for every
``Rate``, fewer than ``requests`` grants lie in the last ``per + guard`` seconds, so no window of
``per`` seconds ever holds more than ``requests``. Waiters book a time (first come, first
booked) so they wake one by one instead of all at once, and check the log again when they wake;
a waiter that is cancelled removes its booking, so its slot goes to the next caller.
"""

from __future__ import annotations

import bisect
import math
import random
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .errors import ArgumentError

# A request granted on time may still reach the server a little late (scheduling, network), and
# the server counts arrivals: every window is kept this much longer than the limit's own.
DEFAULT_GUARD = 0.1
# After a pause, waiters resume at random moments within this many seconds, not all at once.
DEFAULT_RESUME_SPREAD = 1.0


def _is_seconds(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True)
class Rate:
    """At most ``requests`` requests in any ``per`` seconds."""

    requests: int
    per: float

    def __post_init__(self) -> None:
        if isinstance(self.requests, bool) or not isinstance(self.requests, int) or self.requests < 1:
            raise ArgumentError("requests", "an integer >= 1", self.requests)
        if not _is_seconds(self.per) or self.per <= 0:
            raise ArgumentError("per", "a positive number of seconds", self.per)


ALTEGIO_RATES: tuple[Rate, ...] = (Rate(200, 60.0), Rate(5, 1.0))
"""Altegio's documented limits per IP: 200 requests per minute and 5 per second."""


class Limiter(ABC):
    """The rate limiter interface the client uses; ``key`` names one budget (``host:port``)."""

    @abstractmethod
    def acquire(self, key: str) -> None:
        """Block until one request on ``key`` may be sent."""

    @abstractmethod
    async def aacquire(self, key: str) -> None:
        """Wait, without blocking the event loop, until one request on ``key`` may be sent.
        A cancelled wait takes nothing from the budget."""

    @abstractmethod
    def pause(self, key: str, seconds: float) -> None:
        """Hold every request on ``key`` for ``seconds`` (the server said: wait)."""

    async def apause(self, key: str, seconds: float) -> None:
        self.pause(key, seconds)


class _Budget:
    """One budget's sliding log: grant times and waiters' booked times, sorted."""

    __slots__ = ("resume_at", "times")

    def __init__(self) -> None:
        self.times: list[float] = []
        self.resume_at = -math.inf


class RateLimiter(Limiter):
    """In-process limiter: ``RateLimiter(Rate(200, 60), Rate(5, 1))`` (the default, ``ALTEGIO_RATES``).

    One instance can be shared by any number of clients, threads and event loops; each
    ``host:port`` the clients talk to has its own budget. ``guard`` (seconds) is added to every
    window; ``resume_spread`` (seconds) is how widely waiters scatter when a pause ends;
    ``clock`` and ``sleep`` are for simulations (tests drive the limiter on a fake clock).
    """

    def __init__(
        self,
        *rates: Rate,
        guard: float = DEFAULT_GUARD,
        resume_spread: float = DEFAULT_RESUME_SPREAD,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        for rate in rates:
            if not isinstance(rate, Rate):
                raise ArgumentError("rates", "Rate(requests, per) objects", rate)
        if not _is_seconds(guard) or guard < 0:
            raise ArgumentError("guard", "a number of seconds >= 0", guard)
        if not _is_seconds(resume_spread) or resume_spread < 0:
            raise ArgumentError("resume_spread", "a number of seconds >= 0", resume_spread)
        self.rates: tuple[Rate, ...] = rates or ALTEGIO_RATES
        self.guard = float(guard)
        self.resume_spread = float(resume_spread)
        # (requests, window in seconds) per rate; a log entry older than the longest window is dropped.
        self._windows = tuple((rate.requests, rate.per + self.guard) for rate in self.rates)
        self._horizon = max(window for _, window in self._windows)
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not secrets
        self._lock = threading.Lock()
        self._budgets: dict[str, _Budget] = {}

    def __repr__(self) -> str:
        rates = ", ".join(f"Rate({r.requests}, {r.per:g})" for r in self.rates)
        return f"RateLimiter({rates}, guard={self.guard:g})"

    def acquire(self, key: str) -> None:
        wait, booking = self._book(key)
        try:
            while wait > 0:
                self._sleep(wait)
                wait, booking = self._claim(key, booking)
        except BaseException:  # KeyboardInterrupt included: the booking must not outlive its waiter
            self._cancel(key, booking)
            raise

    async def aacquire(self, key: str) -> None:
        import asyncio  # not at module level: sync users do not pay for importing asyncio

        wait, booking = self._book(key)
        try:
            while wait > 0:
                await asyncio.sleep(wait)
                wait, booking = self._claim(key, booking)
        except BaseException:  # CancelledError above all
            self._cancel(key, booking)
            raise

    def pause(self, key: str, seconds: float) -> None:
        if not _is_seconds(seconds) or seconds < 0:
            raise ArgumentError("seconds", "a number of seconds >= 0", seconds)
        with self._lock:
            now = self._clock()
            budget = self._budget(key, now)
            budget.resume_at = max(budget.resume_at, now + seconds)

    # -- the sliding log, always under self._lock ---------------------------------------------

    def _budget(self, key: str, now: float) -> _Budget:
        budget = self._budgets.get(key)
        if budget is None:
            budget = self._budgets[key] = _Budget()
        del budget.times[: bisect.bisect_right(budget.times, now - self._horizon)]
        return budget

    def _resume_time(self, budget: _Budget, now: float) -> float | None:
        """While paused: a random moment in the spread after the pause (the claim then checks the log)."""
        if now >= budget.resume_at:
            return None
        return budget.resume_at + self._rng.uniform(0.0, self.resume_spread)

    def _book(self, key: str) -> tuple[float, float]:
        """Grant now, or book the earliest time after every entry: (seconds to wait, booked time)."""
        with self._lock:
            now = self._clock()
            budget = self._budget(key, now)
            times = budget.times
            at = self._resume_time(budget, now)
            if at is None:
                at = max(now, times[-1] if times else now, self._earliest(times, len(times)))
            return _enter(times, at, now)

    def _claim(self, key: str, booking: float) -> tuple[float, float]:
        """A waiter woke up: grant it now if the log allows, else book it again."""
        with self._lock:
            now = self._clock()
            budget = self._budget(key, now)
            times = budget.times
            _remove(times, booking)
            at = self._resume_time(budget, now)
            if at is None:
                # Entries up to now include late waiters' bookings: counting them too only errs strict.
                at = max(now, self._earliest(times, bisect.bisect_right(times, now)))
            return _enter(times, at, now)

    def _earliest(self, times: list[float], end: int) -> float:
        """When one more entry fits after times[:end] under every rate."""
        return max((times[end - n] + window for n, window in self._windows if end >= n), default=-math.inf)

    def _cancel(self, key: str, booking: float) -> None:
        with self._lock:
            budget = self._budgets.get(key)
            if budget is not None:
                _remove(budget.times, booking)


def _enter(times: list[float], at: float, now: float) -> tuple[float, float]:
    """Log a grant now if ``at`` has come, else a booking at ``at``: (seconds to wait, logged time)."""
    logged = max(at, now)
    bisect.insort(times, logged)
    return logged - now, logged


def _remove(times: list[float], value: float) -> None:
    index = bisect.bisect_left(times, value)
    if index < len(times) and times[index] == value:
        del times[index]


def budget_key(base_url: str) -> str:
    """The budget a base URL draws on: its ``host:port`` (Altegio limits per IP, so per host here)."""
    parts = urlsplit(base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.hostname}:{port}"


DEFAULT_LIMITER = RateLimiter()
"""Shared by every client that does not bring its own (unless ALTEGIO_RATE_LIMIT_URL is set)."""


def limiter_from_env(environ: Mapping[str, str]) -> Limiter | None:
    """The shared Redis limiter ``ALTEGIO_RATE_LIMIT_URL`` names, or None when it is not set."""
    url = environ.get("ALTEGIO_RATE_LIMIT_URL", "").strip()
    if not url:
        return None
    from .redis_limiter import RedisRateLimiter

    return RedisRateLimiter.from_env(environ)


def default_limiter(environ: Mapping[str, str]) -> Limiter:
    """What ``rate_limiter=DEFAULT_LIMITER`` means: Redis when ALTEGIO_RATE_LIMIT_URL is set."""
    return limiter_from_env(environ) or DEFAULT_LIMITER
