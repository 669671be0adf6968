"""The attempt loop (rate limit, send, retry, log) written once for sync and async callers.

``attempts()`` is a generator that yields what to do next, ``Sleep`` or ``Send``, and is sent
the outcome of each ``Send`` (an ``httpx.Response`` or the ``httpx.TransportError`` raised).
``run_sync`` and ``run_async`` carry the actions out.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any

import httpx

from . import errors
from .log import log_attempt, log_retry
from .operation import Operation
from .ratelimit import RateLimiter
from .retry import RetryPolicy


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Send:
    request: httpx.Request


Action = Sleep | Send
Outcome = httpx.Response | httpx.TransportError | None
Attempts = Generator[Action, Outcome, httpx.Response]


def attempts(
    operation: Operation,
    request: httpx.Request,
    policy: RetryPolicy,
    max_retries: int,
    limiter: RateLimiter | None,
) -> Attempts:
    path = request.url.path
    attempt = 0
    while True:
        attempt += 1
        if limiter is not None:
            wait = limiter.reserve()
            if wait > 0:
                yield Sleep(wait)
        started = time.perf_counter()
        outcome = yield Send(request)
        elapsed = time.perf_counter() - started
        if isinstance(outcome, httpx.Response):
            log_attempt(request.method, path, attempt, elapsed, status=outcome.status_code)
            delay = policy.delay_after_response(
                outcome, idempotent=operation.idempotent, attempt=attempt, max_retries=max_retries
            )
            if delay is None:
                return outcome
        else:
            assert isinstance(outcome, httpx.TransportError)
            log_attempt(request.method, path, attempt, elapsed, error=type(outcome).__name__)
            delay = policy.delay_after_error(
                outcome, idempotent=operation.idempotent, attempt=attempt, max_retries=max_retries
            )
            if delay is None:
                raise _transport_error(outcome, request, attempt) from outcome
        log_retry(request.method, path, attempt, delay)
        yield Sleep(delay)


def _transport_error(error: httpx.TransportError, request: httpx.Request, attempt: int) -> errors.TransportError:
    cls = errors.TimeoutError if isinstance(error, httpx.TimeoutException) else errors.TransportError
    reason = str(error) or type(error).__name__
    return cls(f"{type(error).__name__}: {reason}", method=request.method, url=str(request.url), attempts=attempt)


def run_sync(
    steps: Attempts, send: Callable[[httpx.Request], httpx.Response], sleep: Callable[[float], Any]
) -> httpx.Response:
    outcome: Outcome = None
    try:
        while True:
            action = steps.send(outcome)
            if isinstance(action, Sleep):
                sleep(action.seconds)
                outcome = None
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
) -> httpx.Response:
    outcome: Outcome = None
    try:
        while True:
            action = steps.send(outcome)
            if isinstance(action, Sleep):
                await sleep(action.seconds)
                outcome = None
            else:
                try:
                    outcome = await send(action.request)
                except httpx.TransportError as exc:
                    outcome = exc
    except StopIteration as stop:
        response: httpx.Response = stop.value
        return response
