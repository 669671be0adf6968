"""The client core every generated endpoint function sends through (``altegio_b2b.AltegioClient``
subclasses it with the API-specific parts, such as ``login``)."""

from __future__ import annotations

import dataclasses
import os
import sys
import threading
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from types import FrameType
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from . import errors
from .auth import Credentials
from .envelope import finish
from .exchange import attempts, run_async, run_sync
from .operation import Operation
from .options import DEFAULT_BASE_URL, RequestOptions, TimeoutLike, as_timeout
from .ratelimit import DEFAULT_LIMITER, Limiter, budget_key, default_limiter, limiter_from_env
from .request import RequestParts
from .response import Response
from .retry import RetryPolicy
from .version import __version__

T = TypeVar("T")
U = TypeVar("U")
C = TypeVar("C", bound="BaseClient")

ACCEPT = "application/vnd.api.v2+json"
USER_AGENT = f"altegio-b2b/{__version__} (python; httpx/{httpx.__version__})"


class BaseClient:
    """Tokens, base URL and transport policy; the path every request takes.

    ``AltegioClient(partner_token, user_token=None, *, base_url=..., timeout=None, max_retries=None,
    retry_policy=None, rate_limiter=DEFAULT_LIMITER, httpx_client=None, async_httpx_client=None,
    headers=None)``; ``timeout``/``max_retries`` default to 5 s connect + 60 s read and 2 retries.

    Every request carries ``Authorization: Bearer {partner}``, plus ``, User {user}`` whenever a
    user token is set (``login()`` sets one) — except ``POST /auth`` itself, which gets the partner
    token only. An operation that needs the user fails fast when no user token is set. Pass your own
    ``httpx.Client``/``httpx.AsyncClient`` for proxies, custom transports or event hooks; auth,
    unwrapping, retries and the rate limiter still apply. ``rate_limiter=None`` turns limiting off;
    the default is ``DEFAULT_LIMITER`` (in-process), or the Redis limiter ``ALTEGIO_RATE_LIMIT_URL``
    names when that is set. Each ``host:port`` is its own budget.
    """

    def __init__(
        self,
        partner_token: str,
        user_token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: Limiter | None = DEFAULT_LIMITER,
        httpx_client: httpx.Client | None = None,
        async_httpx_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        self._credentials = Credentials(partner_token, user_token)
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise errors.ArgumentError("base_url", "an http(s) URL", base_url)
        self.base_url = base_url.rstrip("/")
        self.timeout = as_timeout(timeout)
        # max_retries alone is the common case; it overrides a given policy's own count.
        policy = retry_policy or RetryPolicy()
        self.retry_policy = policy if max_retries is None else dataclasses.replace(policy, max_retries=max_retries)
        if rate_limiter is not None and not isinstance(rate_limiter, Limiter):
            raise errors.ArgumentError(
                "rate_limiter", "a Limiter (RateLimiter, RedisRateLimiter) or None", rate_limiter
            )
        self.rate_limiter = default_limiter(os.environ) if rate_limiter is DEFAULT_LIMITER else rate_limiter
        self._budget = budget_key(self.base_url) if self.rate_limiter is not None else None
        self._headers = {"Accept": ACCEPT, "User-Agent": USER_AGENT, **(headers or {})}
        self._httpx_client = httpx_client
        self._async_httpx_client = async_httpx_client
        self._owns_client = httpx_client is None
        self._owns_async_client = async_httpx_client is None
        self._lock = threading.Lock()
        self._sleep = sleep
        self._async_sleep = async_sleep

    @classmethod
    def from_env(cls: type[C], environ: Mapping[str, str] | None = None, **kwargs: Any) -> C:
        """Build from ``ALTEGIO_PARTNER_TOKEN``, ``ALTEGIO_USER_TOKEN``, ``ALTEGIO_BASE_URL`` and
        ``ALTEGIO_RATE_LIMIT_URL`` (with ``_NAMESPACE`` and ``_ON_ERROR``, see ``RedisRateLimiter``)."""
        env = os.environ if environ is None else environ
        partner = env.get("ALTEGIO_PARTNER_TOKEN", "")
        if not partner.strip():
            raise errors.AltegioError(
                "ALTEGIO_PARTNER_TOKEN is not set: export your partner token (Altegio developer "
                "account) or pass it to AltegioClient(partner_token, ...)"
            )
        kwargs.setdefault("user_token", env.get("ALTEGIO_USER_TOKEN") or None)
        if env.get("ALTEGIO_BASE_URL"):
            kwargs.setdefault("base_url", env["ALTEGIO_BASE_URL"])
        if "rate_limiter" not in kwargs and (limiter := limiter_from_env(env)) is not None:
            kwargs["rate_limiter"] = limiter
        return cls(partner, **kwargs)

    # -- tokens ---------------------------------------------------------------------------

    @property
    def user_token(self) -> str | None:
        return self._credentials.user_token

    @user_token.setter
    def user_token(self, token: str | None) -> None:
        """Takes effect on the next request, sync or async."""
        self._credentials.user_token = token

    @property
    def has_user_token(self) -> bool:
        return self._credentials.has_user_token

    @staticmethod
    def _login_fields(login: str, password: str) -> dict[str, str]:
        """The body fields of a login, checked before anything is sent."""
        if not isinstance(login, str) or not login.strip():
            raise errors.ArgumentError("login", "a phone number like +13155550175 or an email address", login)
        if not isinstance(password, str) or not password:
            raise errors.ArgumentError("password", "a non-empty string", "<redacted>")
        return {"login": login.strip(), "password": password}

    def _store_user(self, user: U | None) -> U:
        """Keep the ``user_token`` of a login answer for the requests that follow."""
        token = getattr(user, "user_token", None)
        if user is None or not isinstance(token, str) or not token:
            raise errors.AltegioError("the login answered without a user_token")
        self._credentials.user_token = token
        return user

    # -- transports -------------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        if self._httpx_client is None:
            with self._lock:  # threads sharing a new client must not each open a pool
                if self._httpx_client is None:
                    self._httpx_client = httpx.Client(timeout=self.timeout)
        return self._httpx_client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async transport; after ``aclose()`` a new one is made (e.g. for another event loop)."""
        if self._async_httpx_client is None:
            self._async_httpx_client = httpx.AsyncClient(timeout=self.timeout)
        return self._async_httpx_client

    def close(self) -> None:
        if self._owns_client and self._httpx_client is not None:
            self._httpx_client.close()
            self._httpx_client = None

    async def aclose(self) -> None:
        if self._owns_async_client and self._async_httpx_client is not None:
            await self._async_httpx_client.aclose()
            self._async_httpx_client = None

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        user = "set" if self.has_user_token else "none"
        return f"{type(self).__name__}(base_url={self.base_url!r}, partner_token=<redacted>, user_token=<{user}>)"

    __str__ = __repr__

    # -- the path every generated endpoint function takes ---------------------------------

    def send(
        self,
        operation: Operation,
        parts: RequestParts,
        parse: Callable[[Any], T],
        options: RequestOptions | None = None,
    ) -> Response[T]:
        client = self.get_httpx_client()
        request = self._build_request(client, operation, parts, options)
        steps = attempts(operation, request, self.retry_policy, self._max_retries(options), self._budget)
        response = run_sync(steps, client.send, self._sleep, self.rate_limiter)
        return finish(operation, request, response, parse)

    async def asend(
        self,
        operation: Operation,
        parts: RequestParts,
        parse: Callable[[Any], T],
        options: RequestOptions | None = None,
    ) -> Response[T]:
        client = self.get_async_httpx_client()
        request = self._build_request(client, operation, parts, options)
        steps = attempts(operation, request, self.retry_policy, self._max_retries(options), self._budget)
        response = await run_async(steps, client.send, self._async_sleep or _asyncio_sleep, self.rate_limiter)
        return finish(operation, request, response, parse)

    def _max_retries(self, options: RequestOptions | None) -> int:
        if options is not None and options.max_retries is not None:
            return options.max_retries
        return self.retry_policy.max_retries

    def _build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        parts: RequestParts,
        options: RequestOptions | None,
    ) -> httpx.Request:
        if operation.deprecated:
            warnings.warn(
                f"{operation.operation_id} is deprecated in the Altegio spec; expect it to be removed",
                DeprecationWarning,
                stacklevel=_caller_stacklevel(),
            )
        if operation.needs_user_token and not self._credentials.has_user_token:
            raise errors.MissingUserTokenError(operation.operation_id)
        headers = dict(self._headers)
        if parts.headers:
            headers.update(parts.headers)
        if options is not None and options.headers:
            headers.update(options.headers)
        headers["Authorization"] = self._credentials.header(with_user=operation.send_user_token)
        if operation.media_type:
            headers["Accept"] = f"{ACCEPT}, {operation.media_type}"
        timeout = as_timeout(options.timeout, self.timeout) if options is not None else self.timeout
        return client.build_request(
            operation.method,
            # Paths are absolute ("/accounts/1"); plain concatenation keeps the base path
            # (/api/v1) and saves httpx a second URL parse per request.
            self.base_url + _fill_path(operation.path, parts.path_params),
            params=parts.params,
            headers=headers,
            cookies=parts.cookies,
            json=parts.json,
            data=parts.data,
            files=parts.files,
            content=parts.content,
            timeout=timeout,
        )


def _fill_path(template: str, values: Mapping[str, Any] | None) -> str:
    """The path with each {placeholder} replaced by its value, quoted as one path segment."""
    if not values:
        return template
    return template.format_map({name: quote(str(value), safe="") for name, value in values.items()})


def _caller_stacklevel() -> int:
    """The warnings.warn stacklevel of the first frame outside this package (the user's call)."""
    level = 1
    caller: FrameType | None = sys._getframe(1)
    while caller is not None and str(caller.f_globals.get("__name__", "")).startswith("altegio_b2b."):
        caller, level = caller.f_back, level + 1
    return level


async def _asyncio_sleep(seconds: float) -> None:
    # Imported on first async use: asyncio costs sync-only users ~15 ms of import time.
    import asyncio

    await asyncio.sleep(seconds)
