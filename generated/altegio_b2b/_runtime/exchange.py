"""The attempt loop (rate limit, send, retry, log) written once for sync and async callers.

``attempts()`` is a generator that yields what to do next (``Acquire``, ``Send``, ``Pause`` or
``Sleep``) and is sent the outcome of each ``Send`` (an ``httpx.Response`` or the
``httpx.TransportError`` raised). ``run_sync`` and ``run_async`` carry the actions out, the
limiter steps included, so a limiter that does I/O (Redis) never blocks an event loop.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from typing import Any

import httpx

from . import errors
from .log import log_attempt, log_retry
from .operation import Operation
from .ratelimit import Limiter
from .retry import RetryPolicy, pauses_budget


# Plain slotted classes, not dataclasses: made once or twice per call, and a slotted dataclass
# costs about 1 ms of import time each.
class Acquire:
    """Wait for the limiter's go-ahead on budget ``key``."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key


class Pause:
    """Hold every request on budget ``key`` for ``seconds``; the next ``Acquire`` waits it out."""

    __slots__ = ("key", "seconds")

    def __init__(self, key: str, seconds: float) -> None:
        self.key = key
        self.seconds = seconds


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Send:
    __slots__ = ("request",)

    def __init__(self, request: httpx.Request) -> None:
        self.request = request


Action = Acquire | Pause | Sleep | Send
Outcome = httpx.Response | httpx.TransportError | None
Attempts = Generator[Action, Outcome, httpx.Response]


def attempts(
    operation: Operation,
    request: httpx.Request,
    policy: RetryPolicy,
    max_retries: int,
    budget: str | None,
) -> Attempts:
    """``budget``: the limiter key to draw on, or None when the client has no limiter."""
    path = request.url.path
    attempt = 0
    waited = 0.0  # retry waits so far, capped by policy.total_wait_max
    while True:
        attempt += 1
        if budget is not None:
            yield Acquire(budget)
        started = time.perf_counter()
        outcome = yield Send(request)
        elapsed = time.perf_counter() - started
        paused = False
        if isinstance(outcome, httpx.Response):
            log_attempt(request.method, path, attempt, elapsed, status=outcome.status_code)
            delay = policy.delay_after_response(
                outcome, idempotent=operation.idempotent, attempt=attempt, max_retries=max_retries, waited=waited
            )
            if budget is not None and pauses_budget(outcome):
                # Everyone on this budget holds off, this call included (even if it does not retry).
                hold = delay if delay is not None else policy.hold_off(outcome, attempt)
                if hold is not None:
                    yield Pause(budget, hold)
                    paused = True
            if delay is None:
                return outcome
        else:
            assert isinstance(outcome, httpx.TransportError)
            log_attempt(request.method, path, attempt, elapsed, error=type(outcome).__name__)
            delay = policy.delay_after_error(
                outcome, idempotent=operation.idempotent, attempt=attempt, max_retries=max_retries, waited=waited
            )
            if delay is None:
                raise _transport_error(outcome, request, attempt) from outcome
        waited += delay
        log_retry(request.method, path, attempt, delay)
        if not paused:  # after a Pause the next Acquire does the waiting, with the others
            yield Sleep(delay)


def _transport_error(error: httpx.TransportError, request: httpx.Request, attempt: int) -> errors.TransportError:
    cls = errors.APITimeoutError if isinstance(error, httpx.TimeoutException) else errors.TransportError
    reason = str(error) or type(error).__name__
    return cls(f"{type(error).__name__}: {reason}", method=request.method, url=str(request.url), attempts=attempt)


def run_sync(
    steps: Attempts,
    send: Callable[[httpx.Request], httpx.Response],
    sleep: Callable[[float], Any],
    limiter: Limiter | None = None,
) -> httpx.Response:
    outcome: Outcome = None
    try:
        while True:
            action = steps.send(outcome)
            outcome = None
            if isinstance(action, Acquire):
                assert limiter is not None
                limiter.acquire(action.key)
            elif isinstance(action, Pause):
                assert limiter is not None
                limiter.pause(action.key, action.seconds)
            elif isinstance(action, Sleep):
                sleep(action.seconds)
            else:
                try:
                    outcome = send(action.request)
                except httpx.TransportError as exc:
                    outcome = exc
    except StopIteration as stop:
        response: httpx.Response = stop.value
        return response


async def run_async(
    steps: Attempts,
    send: Callable[[httpx.Request], Awaitable[httpx.Response]],
    sleep: Callable[[float], Awaitable[Any]],
    limiter: Limiter | None = None,
) -> httpx.Response:
    outcome: Outcome = None
    try:
        while True:
            action = steps.send(outcome)
            outcome = None
            if isinstance(action, Acquire):
                assert limiter is not None
                await limiter.aacquire(action.key)
            elif isinstance(action, Pause):
                assert limiter is not None
                await limiter.apause(action.key, action.seconds)
            elif isinstance(action, Sleep):
                await sleep(action.seconds)
            else:
                try:
                    outcome = await send(action.request)
                except httpx.TransportError as exc:
                    outcome = exc
    except StopIteration as stop:
        response: httpx.Response = stop.value
        return response
