"""``RedisRateLimiter``: one budget in Redis, shared by every process and host that uses it
(Celery/RQ/gunicorn workers, overlapping cron jobs, hosts behind one egress IP).

Needs the extra: ``pip install 'altegio-b2b[redis]'`` (redis-py; sync ``redis.Redis``, async
``redis.asyncio`` so an event loop is never blocked).

One Lua script per request checks the pause flag and every rate and, only if all allow it,
logs the grant: one round trip, atomic across processes. It reads Redis's own clock (``TIME``),
so hosts with skewed clocks still share one timeline, and it counts every logged grant, so a
process whose script runs a moment late still sees the grants logged before it.

Why not a library (measured on this 2-core machine, 8 processes sharing 50 requests per 2 s,
grant times counted in every 2 s window, 3 runs each): pyrate-limiter 4.5's ``RedisBucket``,
with Redis-synchronised timestamps and the same 0.1 s guard, let 51-52 through (its entries
carry the caller's timestamp and it counts only those up to its own, so a script that runs after
a newer-stamped grant misses it); this script: 50 each time. ``limits`` 5.8 has whole-second
windows only (no sub-second guard: 56 in a window) and checks one rate per call, so a request
can spend the 1 s rate's slot and then be refused by the 60 s one.

When Redis cannot be reached (or answers slower than ``timeout``) the limiter does what
``on_error`` says: ``"open"`` falls back to an in-process ``RateLimiter`` with the same rates
(logging ONE warning per outage), ``"closed"`` raises ``RateLimiterUnavailableError``. Redis is
tried again every ``retry_interval`` seconds, and used again as soon as it answers.
"""

from __future__ import annotations

import itertools
import random
import secrets
import threading
import time
import weakref
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal
from urllib.parse import urlsplit

from .errors import ArgumentError, RateLimiterUnavailableError
from .log import logger
from .ratelimit import DEFAULT_GUARD, DEFAULT_RESUME_SPREAD, Limiter, Rate, RateLimiter, _is_seconds

if TYPE_CHECKING:
    import asyncio

# KEYS: the budget's log (sorted set of grant times in microseconds) and its pause flag.
# ARGV: a unique member name, then requests and window (microseconds) for each rate.
# Returns {granted, microseconds to wait, paused}.
ACQUIRE_SCRIPT = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then
    return {0, paused * 1000, 1}
end
local wait = 0
local longest = 0
for i = 2, #ARGV, 2 do
    local requests = tonumber(ARGV[i])
    local window = tonumber(ARGV[i + 1])
    longest = math.max(longest, window)
    if redis.call('ZCOUNT', KEYS[1], string.format('(%.0f', now - window), '+inf') >= requests then
        local blocker = redis.call('ZREVRANGE', KEYS[1], requests - 1, requests - 1, 'WITHSCORES')
        wait = math.max(wait, tonumber(blocker[2]) + window - now)
    end
end
if wait > 0 then
    return {0, wait, 0}
end
redis.call('ZADD', KEYS[1], string.format('%.0f', now), ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.0f', now - longest))
redis.call('PEXPIRE', KEYS[1], math.ceil(longest / 1000))
return {1, 0, 0}
"""

# KEYS: the budget's pause flag. ARGV: milliseconds. A shorter pause never cuts a longer one short.
PAUSE_SCRIPT = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
    redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 0
"""

# Waiters for the same freed slot wake at slightly different moments, not in lockstep.
_POLL_JITTER = 0.005


def _import_redis() -> Any:
    try:
        import redis
        import redis.asyncio
        import redis.asyncio.retry
        import redis.backoff
        import redis.retry
    except ImportError as exc:
        raise ImportError("RedisRateLimiter needs the redis client: pip install 'altegio-b2b[redis]'") from exc
    return redis


class RedisRateLimiter(Limiter):
    """``RedisRateLimiter("redis://host:6379/0", namespace="egress-a", on_error="open")``.

    ``rates`` default to Altegio's (``ALTEGIO_RATES``). Clients that share a Redis and a
    ``namespace`` share one budget per API host; give each egress IP or partner account its own
    namespace. ``timeout`` (seconds) bounds every Redis call; past it Redis counts as down.
    """

    _shared: ClassVar[dict[tuple[str, str, str], RedisRateLimiter]] = {}
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        url: str,
        *rates: Rate,
        namespace: str = "altegio",
        on_error: Literal["open", "closed"] = "open",
        timeout: float = 0.25,
        retry_interval: float = 1.0,
        guard: float = DEFAULT_GUARD,
        resume_spread: float = DEFAULT_RESUME_SPREAD,
    ) -> None:
        if not isinstance(url, str) or urlsplit(url).scheme not in ("redis", "rediss", "unix"):
            raise ArgumentError("url", "a redis://, rediss:// or unix:// URL", _redact(url))
        if not isinstance(namespace, str) or not namespace or "{" in namespace or "}" in namespace:
            raise ArgumentError("namespace", "a non-empty string without braces", namespace)
        if on_error not in ("open", "closed"):
            raise ArgumentError("on_error", '"open" (fall back to in-process) or "closed" (raise)', on_error)
        for name, value in (("timeout", timeout), ("retry_interval", retry_interval)):
            if not _is_seconds(value) or value <= 0:
                raise ArgumentError(name, "a positive number of seconds", value)
        # The in-process limiter fails open to, and checks rates, guard and resume_spread for us.
        self.fallback = RateLimiter(*rates, guard=guard, resume_spread=resume_spread)
        self.rates = self.fallback.rates
        self.namespace = namespace
        self.on_error = on_error
        self.timeout = float(timeout)
        self.retry_interval = float(retry_interval)
        self._url = url
        self._where = _redact(url)
        self._rate_args = [
            str(value) for n, window in self.fallback._windows for value in (n, round(window * 1_000_000))
        ]
        self._redis_module = _import_redis()
        self._redis = self._redis_module.Redis.from_url(url, **self._connection_options(self._redis_module.retry))
        self._acquire_script = self._redis.register_script(ACQUIRE_SCRIPT)
        self._pause_script = self._redis.register_script(PAUSE_SCRIPT)
        # redis.asyncio connections belong to the event loop that made them: one client per loop.
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _AsyncRedis] = weakref.WeakKeyDictionary()
        self._members = itertools.count()
        self._token = secrets.token_hex(6)
        self._rng = random.Random()  # noqa: S311 - jitter, not secrets
        self._state_lock = threading.Lock()
        self._down_since: float | None = None
        self._next_try = 0.0
        self.outages = 0

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> RedisRateLimiter:
        """The process-wide limiter for ``ALTEGIO_RATE_LIMIT_URL``, ``ALTEGIO_RATE_LIMIT_NAMESPACE``
        (default ``altegio``) and ``ALTEGIO_RATE_LIMIT_ON_ERROR`` (``open``, the default, or ``closed``)."""
        url = environ.get("ALTEGIO_RATE_LIMIT_URL", "").strip()
        namespace = environ.get("ALTEGIO_RATE_LIMIT_NAMESPACE", "").strip() or "altegio"
        on_error = environ.get("ALTEGIO_RATE_LIMIT_ON_ERROR", "").strip().lower() or "open"
        if on_error not in ("open", "closed"):
            raise ArgumentError("ALTEGIO_RATE_LIMIT_ON_ERROR", '"open" or "closed"', on_error)
        with cls._shared_lock:
            limiter = cls._shared.get((url, namespace, on_error))
            if limiter is None:
                limiter = cls(url, namespace=namespace, on_error=on_error)  # type: ignore[arg-type]
                cls._shared[(url, namespace, on_error)] = limiter
            return limiter

    def __repr__(self) -> str:
        rates = ", ".join(f"Rate({r.requests}, {r.per:g})" for r in self.rates)
        return f"RedisRateLimiter({self._where!r}, {rates}, namespace={self.namespace!r}, on_error={self.on_error!r})"

    # -- the Limiter interface ------------------------------------------------------------------

    def acquire(self, key: str) -> None:
        while self._redis_in_use():
            try:
                granted, wait, paused = self._acquire_script(keys=self._keys(key), args=self._args())
            except self._errors() as exc:
                # A stale pooled connection would fail again after recovery, as a new outage.
                self._redis.connection_pool.disconnect(inuse_connections=False)
                self._failed(exc)
                continue
            self._answered()
            if granted:
                return
            time.sleep(self._wait(wait, paused))
        self._check_fail_open()
        self.fallback.acquire(key)

    async def aacquire(self, key: str) -> None:
        import asyncio

        while self._redis_in_use():
            try:
                entry = await self._async_redis()
                granted, wait, paused = await entry.acquire(keys=self._keys(key), args=self._args())
            except self._errors() as exc:
                await self._disconnect_async()
                self._failed(exc)
                continue
            self._answered()
            if granted:
                return
            await asyncio.sleep(self._wait(wait, paused))
        self._check_fail_open()
        await self.fallback.aacquire(key)

    # A pause that cannot reach Redis never raises: the answer that caused it is what the caller
    # must see, and the fallback (which always gets the pause) holds this process meanwhile.
    def pause(self, key: str, seconds: float) -> None:
        self.fallback.pause(key, seconds)
        if self._redis_in_use():
            try:
                self._pause_script(keys=[self._keys(key)[1]], args=[_milliseconds(seconds)])
            except self._errors() as exc:
                self._redis.connection_pool.disconnect(inuse_connections=False)
                self._failed(exc, raise_closed=False)
            else:
                self._answered()

    async def apause(self, key: str, seconds: float) -> None:
        self.fallback.pause(key, seconds)
        if self._redis_in_use():
            try:
                entry = await self._async_redis()
                await entry.pause(keys=[self._keys(key)[1]], args=[_milliseconds(seconds)])
            except self._errors() as exc:
                await self._disconnect_async()
                self._failed(exc, raise_closed=False)
            else:
                self._answered()

    def close(self) -> None:
        """Close the sync connections (they reopen on next use)."""
        self._redis.close()

    async def aclose(self) -> None:
        """Close this event loop's connections (also done when ``asyncio.run`` ends)."""
        import asyncio

        entry = self._async.pop(asyncio.get_running_loop(), None)
        if entry is not None:
            await entry.client.aclose()

    # -- Redis plumbing -----------------------------------------------------------------------

    def _connection_options(self, retry: Any) -> dict[str, Any]:
        # No retries inside redis-py: a Redis that does not answer within `timeout` is down.
        no_retries = retry.Retry(self._redis_module.backoff.NoBackoff(), 0)
        return {"socket_timeout": self.timeout, "socket_connect_timeout": self.timeout, "retry": no_retries}

    def _keys(self, key: str) -> list[str]:
        # One hash tag per budget keeps both keys in one Redis Cluster slot.
        tag = f"{{{self.namespace}:{key}}}"
        return [f"{tag}:log", f"{tag}:pause"]

    def _args(self) -> list[str]:
        return [f"{self._token}:{next(self._members)}", *self._rate_args]

    def _errors(self) -> tuple[type[BaseException], ...]:
        return (self._redis_module.RedisError, OSError)

    async def _async_redis(self) -> _AsyncRedis:
        import asyncio

        loop = asyncio.get_running_loop()
        entry = self._async.get(loop)
        if entry is None:
            options = self._connection_options(self._redis_module.asyncio.retry)
            client = self._redis_module.asyncio.Redis.from_url(self._url, **options)
            entry = _AsyncRedis(client, client.register_script(ACQUIRE_SCRIPT), client.register_script(PAUSE_SCRIPT))
            # asyncio.run() closes every live async generator before closing its loop: this one
            # closes the loop's connections then, so none is left dangling.
            entry.closer = _close_at_loop_end(client)
            await entry.closer.__anext__()
            self._async[loop] = entry
        return entry

    async def _disconnect_async(self) -> None:
        """After a failure no pooled connection may survive: a stale one would fail after recovery."""
        import asyncio

        entry = self._async.get(asyncio.get_running_loop())
        if entry is not None:
            await entry.client.connection_pool.disconnect(inuse_connections=False)

    def _wait(self, microseconds: int, paused: int) -> float:
        seconds = microseconds / 1_000_000
        if paused:  # resume at a random moment in the spread, not all processes at once
            return seconds + self._rng.uniform(0.0, self.fallback.resume_spread)
        return seconds + self._rng.uniform(0.0, _POLL_JITTER)

    # -- outages: one warning each, a retry every retry_interval ------------------------------

    def _redis_in_use(self) -> bool:
        """Try Redis now? Not while it is down, except one caller every retry_interval."""
        with self._state_lock:
            now = time.monotonic()
            if self._down_since is None or now >= self._next_try:
                if self._down_since is not None:
                    self._next_try = now + self.retry_interval  # this caller probes, the others do not
                return True
            return False

    def _check_fail_open(self) -> None:
        if self.on_error == "closed":
            raise RateLimiterUnavailableError(
                f"the shared rate limiter at {self._where} is unreachable (on_error='closed'): nothing was sent"
            )

    def _failed(self, exc: BaseException, *, raise_closed: bool = True) -> None:
        with self._state_lock:
            now = time.monotonic()
            first = self._down_since is None
            if first:
                self._down_since = now
                self.outages += 1
            self._next_try = now + self.retry_interval
        if first:
            fallback = (
                "using the in-process limiter" if self.on_error == "open" else "raising RateLimiterUnavailableError"
            )
            logger.warning(
                "rate limiter: Redis at %s unreachable (%s: %s); %s until it answers again",
                self._where, type(exc).__name__, exc, fallback,
            )  # fmt: skip
        if raise_closed and self.on_error == "closed":
            raise RateLimiterUnavailableError(
                f"the shared rate limiter at {self._where} is unreachable ({type(exc).__name__}): nothing was sent"
            ) from exc

    def _answered(self) -> None:
        if self._down_since is None:
            return
        with self._state_lock:
            down_since, self._down_since = self._down_since, None
        if down_since is not None:
            logger.info(
                "rate limiter: Redis at %s answers again after %.1f s; the shared budget is back in use",
                self._where, time.monotonic() - down_since,
            )  # fmt: skip


class _AsyncRedis:
    __slots__ = ("acquire", "client", "closer", "pause")

    def __init__(self, client: Any, acquire: Any, pause: Any) -> None:
        self.client = client
        self.acquire = acquire
        self.pause = pause
        self.closer: AsyncIterator[None] | None = None


async def _close_at_loop_end(client: Any) -> AsyncIterator[None]:
    try:
        yield
    finally:
        await client.aclose()


def _milliseconds(seconds: float) -> str:
    return str(max(1, round(seconds * 1000)))


def _redact(url: object) -> str:
    """The URL without its password, for messages and reprs."""
    if not isinstance(url, str):
        return repr(url)
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:" if parts.username else ":"
    return parts._replace(netloc=f"{user}***@{netloc}").geturl()
