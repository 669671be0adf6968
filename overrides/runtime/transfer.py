"""One API call on the wire: each attempt is sent without following redirects, and its answer's
body is streamed under the call's total deadline and size limits.

``Call`` holds what bounds one call across all its attempts; ``send_sync``/``send_async`` carry
out one attempt and are what the attempt loop (exchange.py) is given as its ``send``;
``Call.bounded_sleep`` wraps its ``sleep`` so no retry starts past the deadline.

Time (see options.py for the settings): each attempt gets httpx's timeouts capped at the time
it has left — until its own deadline (a number for ``timeout``) or the call's, whichever comes
first — so no single wait outlasts either; the clock is checked again as each piece of the body
arrives. An attempt past its own deadline fails like a read timeout (the retry policy judges
it); past the call's, the call fails with ``DeadlineExceededError``. A retry whose wait would
end past the call's deadline is not made: the last answer stands (its error is raised).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx

from . import errors
from .inflate import Decoder, LimitExceeded, UnreadableEncoding, decoder_for
from .log import log_attempt, log_gave_up
from .options import Limits

# A timeout that fires this close to the deadline was the deadline's doing (timers are not exact).
_DEADLINE_SLACK = 0.005
# Statuses that never carry a body: bytes sent with one would be read as the next answer.
_BODYLESS = frozenset({204, 304})


class StopRetrying(Exception):
    """Internal: the wait before the next attempt would end past the deadline."""


class Call:
    """The deadline, limits and attempt count of one API call."""

    __slots__ = ("attempt_deadline", "attempt_started", "attempts", "capped", "deadline", "last", "limits", "request")

    def __init__(self, request: httpx.Request, limits: Limits) -> None:
        self.request = request
        self.limits = limits
        self.attempt_started = time.monotonic()
        self.deadline = self.attempt_started + limits.total_timeout
        self.attempt_deadline = self.deadline
        self.attempts = 0
        self.capped = False  # whether the request's timeouts were last set below httpx's own
        # The last attempt's outcome: what stands when no retry fits before the deadline.
        self.last: httpx.Response | httpx.TransportError | None = None

    def begin_attempt(self) -> None:
        now = self.attempt_started = time.monotonic()
        if now >= self.deadline:
            raise self.deadline_error()
        self.attempts += 1
        own = self.limits.attempt_timeout
        self.attempt_deadline = self.deadline if own is None else min(self.deadline, now + own)
        self._cap_timeouts(self.attempt_deadline - now)

    def _cap_timeouts(self, left: float) -> None:
        # httpcore reads these when it connects, writes, waits for the headers and starts the body.
        if left < self.limits.longest_wait:
            self.request.extensions["timeout"] = {
                phase: left if limit is None else min(limit, left)
                for phase, limit in self.limits.timeout.as_dict().items()
            }
            self.capped = True
        elif self.capped:  # a retry after a capped attempt: httpx's own timeouts again
            self.request.extensions["timeout"] = self.limits.timeout.as_dict()
            self.capped = False

    def before_body(self) -> None:
        self._cap_timeouts(max(self.attempt_deadline - time.monotonic(), 0.001))

    def past_deadline(self) -> bool:
        return time.monotonic() >= self.deadline - _DEADLINE_SLACK

    def overdue(self, response: httpx.Response) -> errors.AltegioError | httpx.TimeoutException | None:
        """Checked as the body arrives: the error for an attempt or a call out of time, if it is."""
        now = time.monotonic()
        if now <= self.attempt_deadline:
            return None
        if now >= self.deadline:
            return self.deadline_error(arriving=response)
        return httpx.ReadTimeout(
            f"the answer took longer than timeout={self.limits.attempt_timeout:g} s in all", request=self.request
        )

    def failed(self, error: httpx.TransportError) -> errors.AltegioError | None:
        """Record a failed attempt; the error to raise instead when the deadline caused it."""
        self.last = error
        if isinstance(error, httpx.TimeoutException) and self.past_deadline():
            return self.deadline_error(error)
        return None

    def deadline_error(
        self, cause: httpx.TransportError | None = None, arriving: httpx.Response | None = None
    ) -> errors.DeadlineExceededError:
        last = cause or self.last
        if arriving is not None:
            why = f"; an answer (HTTP {arriving.status_code}) was still arriving"
        elif isinstance(last, httpx.Response):
            why = f"; the last answer was HTTP {last.status_code}"
        elif last is not None:
            why = f"; the last attempt failed with {type(last).__name__}"
        else:
            why = ""
        return errors.DeadlineExceededError(
            f"no complete answer within the total timeout of {self.limits.total_timeout:g} s{why}",
            total_timeout=self.limits.total_timeout,
            method=self.request.method,
            url=str(self.request.url),
            attempts=self.attempts,
        )

    def outcome_at_deadline(self) -> httpx.Response:
        """After StopRetrying: the last answer (its error is raised as usual), or the deadline error."""
        log_gave_up(self.request.method, self.request.url.path, self.attempts)
        if isinstance(self.last, httpx.Response):
            return self.last
        raise self.deadline_error()

    def bounded_sleep(self, sleep: Callable[[float], Any]) -> Callable[[float], Any]:
        def bounded(seconds: float) -> Any:
            if time.monotonic() + seconds >= self.deadline:
                raise StopRetrying
            return sleep(seconds)

        return bounded

    def bounded_async_sleep(self, sleep: Callable[[float], Awaitable[Any]]) -> Callable[[float], Awaitable[Any]]:
        async def bounded(seconds: float) -> Any:
            if time.monotonic() + seconds >= self.deadline:
                raise StopRetrying
            return await sleep(seconds)

        return bounded

    def log_failure(self, error: Exception) -> None:
        elapsed = time.monotonic() - self.attempt_started
        log_attempt(self.request.method, self.request.url.path, self.attempts, elapsed, error=type(error).__name__)


class _Body:
    """The body of one answer, taken piece by piece: sizes counted as the bytes arrive (raw and
    decoded), the deadline checked after each piece. A failure is kept and raised by ``content()``,
    so no frame of the traceback holds the server's bytes."""

    __slots__ = ("_call", "_decoder", "_failure", "_parts", "_raw", "_response")

    def __init__(self, call: Call, response: httpx.Response) -> None:
        self._call = call
        self._response = response
        self._parts: list[bytes] = []
        self._raw = 0
        self._failure: errors.AltegioError | httpx.TimeoutException | None = None
        limits = call.limits
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > limits.max_response_size:
            self._failure = _too_large(self._call, self._response, errors.ResponseTooLargeError)
        self._decoder: Decoder | None = None
        try:
            self._decoder = decoder_for(response.headers.get("content-encoding"), limits.max_decompressed_size)
        except UnreadableEncoding as exc:
            self._failure = self._failure or _unreadable(call, response, str(exc))

    @property
    def wanted(self) -> bool:
        return self._failure is None

    def take(self, chunks: Iterator[bytes]) -> None:
        chunk = b""
        try:
            for chunk in chunks:
                if not self._feed(chunk):
                    return
        finally:
            del chunk  # a traceback keeps frame locals; the server's bytes stay out of them

    async def atake(self, chunks: AsyncIterator[bytes]) -> None:
        chunk = b""
        try:
            async for chunk in chunks:
                if not self._feed(chunk):
                    return
        finally:
            del chunk

    def _feed(self, chunk: bytes) -> bool:
        assert self._decoder is not None
        self._raw += len(chunk)
        if self._raw > self._call.limits.max_response_size:
            self._failure = _too_large(self._call, self._response, errors.ResponseTooLargeError)
        else:
            try:
                self._parts.append(self._decoder.decode(chunk))
            except LimitExceeded:
                self._failure = _too_large(self._call, self._response, errors.DecompressedTooLargeError)
            except UnreadableEncoding as exc:
                self._failure = _unreadable(self._call, self._response, str(exc))
            if self._failure is None:
                self._failure = self._call.overdue(self._response)
        return self._failure is None

    def content(self) -> bytes:
        """The decoded body, or the failure raised (outside any handler: no chained context)."""
        if self._failure is None and self._decoder is not None:
            try:
                self._parts.append(self._decoder.flush())
            except LimitExceeded:
                self._failure = _too_large(self._call, self._response, errors.DecompressedTooLargeError)
        if self._failure is not None:
            failure, self._failure = self._failure, None
            if isinstance(failure, errors.AltegioError):  # an httpx error is logged by the attempt loop
                self._call.log_failure(failure)
            raise failure
        return b"".join(self._parts)

    @property
    def smuggles(self) -> bool:
        """A bodiless status announcing a body: whatever follows must not reach the next call."""
        response = self._response
        if not (100 <= response.status_code < 200 or response.status_code in _BODYLESS):
            return False
        return response.headers.get("content-length", "0") != "0" or "transfer-encoding" in response.headers


def _too_large(
    call: Call, response: httpx.Response, cls: type[errors.ResponseTooLargeError]
) -> errors.ResponseTooLargeError:
    decompressed = cls is errors.DecompressedTooLargeError
    setting = "max_decompressed_size" if decompressed else "max_response_size"
    limit = call.limits.max_decompressed_size if decompressed else call.limits.max_response_size
    verb = "inflates to" if decompressed else "is"
    return cls(
        f"the answer (HTTP {response.status_code}) {verb} more than {setting}={limit:,} bytes; "
        f"if such answers are expected, raise it: AltegioClient({setting}=...) or RequestOptions({setting}=...)",
        limit=limit,
        status_code=response.status_code,
        method=call.request.method,
        url=str(call.request.url),
        attempts=call.attempts,
    )


def _unreadable(call: Call, response: httpx.Response, reason: str) -> errors.ResponseFormatError:
    return errors.ResponseFormatError(
        reason,
        status_code=response.status_code,
        method=call.request.method,
        url=str(call.request.url),
        body=b"",
        headers=dict(response.headers),
    )


def _received(call: Call, response: httpx.Response, content: bytes) -> httpx.Response:
    # Where httpx's own read() keeps the body: later code reads response.content as usual.
    response._content = content
    call.last = response
    return response


def _preloaded(call: Call, response: httpx.Response) -> bytes:
    """The body a custom transport handed over already read and decoded: only its size to check."""
    content = response.content
    if len(content) > call.limits.max_response_size:
        failure = _too_large(call, response, errors.ResponseTooLargeError)
    elif len(content) > call.limits.max_decompressed_size:
        failure = _too_large(call, response, errors.DecompressedTooLargeError)
    else:
        return content
    del content  # a traceback keeps frame locals
    call.log_failure(failure)
    raise failure


def send_sync(client: httpx.Client, call: Call, request: httpx.Request) -> httpx.Response:
    """One attempt; httpx.TransportError propagates for the retry policy to judge."""
    call.begin_attempt()
    try:
        response = client.send(request, stream=True, follow_redirects=False)
        if response.is_stream_consumed:  # a custom transport's answer, read (and decoded) already
            return _received(call, response, _preloaded(call, response))
        try:
            body = _Body(call, response)
            if body.wanted:
                call.before_body()
                body.take(response.iter_raw())
            content = body.content()
            if body.smuggles and (stream := response.extensions.get("network_stream")) is not None:
                stream.close()  # the pool sees a closed socket and drops the connection
        finally:
            response.close()
    except httpx.TransportError as exc:
        replacement = call.failed(exc)
        if replacement is None:
            raise
        call.log_failure(replacement)
        raise replacement from exc
    return _received(call, response, content)


async def send_async(client: httpx.AsyncClient, call: Call, request: httpx.Request) -> httpx.Response:
    """The async twin of :func:`send_sync`."""
    call.begin_attempt()
    try:
        response = await client.send(request, stream=True, follow_redirects=False)
        if response.is_stream_consumed:
            return _received(call, response, _preloaded(call, response))
        try:
            body = _Body(call, response)
            if body.wanted:
                call.before_body()
                await body.atake(response.aiter_raw())
            content = body.content()
            if body.smuggles and (stream := response.extensions.get("network_stream")) is not None:
                await stream.aclose()
        finally:
            await response.aclose()
    except httpx.TransportError as exc:
        replacement = call.failed(exc)
        if replacement is None:
            raise
        call.log_failure(replacement)
        raise replacement from exc
    return _received(call, response, content)
