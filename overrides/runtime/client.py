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
from functools import partial
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import errors
from .auth import TOKEN_RULE, Credentials, is_usable_token
from .envelope import finish
from .exchange import attempts, run_async, run_sync
from .inflate import ACCEPT_ENCODING
from .operation import Operation
from .options import (
    BASE_URL_VARIABLE,
    DEFAULT_BASE_URL,
    PARTNER_TOKEN_VARIABLE,
    USER_TOKEN_VARIABLE,
    Limits,
    RequestOptions,
    TimeoutLike,
    checked_base_url,
    checked_headers,
)
from .ratelimit import DEFAULT_LIMITER, Limiter, budget_key, default_limiter, limiter_from_env
from .redact import Redactor, Secret
from .request import RequestParts, fill_path
from .response import Response
from .retry import RetryPolicy
from .transfer import Call, StopRetrying, send_async, send_sync
from .version import __version__

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")
U = TypeVar("U")
C = TypeVar("C", bound="BaseClient")

ACCEPT = "application/vnd.api.v2+json"
USER_AGENT = f"altegio-b2b/{__version__} (python; httpx/{httpx.__version__})"


class BaseClient:
    """Tokens, base URL and transport policy; the path every request takes.

    ``AltegioClient(partner_token, user_token=None, *, base_url=..., timeout=None, total_timeout=None,
    max_response_size=None, max_decompressed_size=None, max_retries=None, retry_policy=None,
    rate_limiter=DEFAULT_LIMITER, httpx_client=None, async_httpx_client=None, headers=None,
    allow_insecure_http=False)``. Defaults: 5 s to connect, 60 s per read, 300 s per call in
    all (retries included), 32 MiB per body (64 MiB inflated), 2 retries (see options.py).

    Credentials stay with ``base_url``'s origin: a redirect is never followed (it raises
    ``RedirectError``), whatever httpx client is passed, and plain ``http://`` is refused
    unless the host is this machine or ``allow_insecure_http=True``.

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
        total_timeout: float | None = None,
        max_response_size: int | None = None,
        max_decompressed_size: int | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: Limiter | None = DEFAULT_LIMITER,
        httpx_client: httpx.Client | None = None,
        async_httpx_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        sleep: Callable[[float], Any] = time.sleep,
        async_sleep: Callable[[float], Awaitable[Any]] | None = None,
    ) -> None:
        try:
            self._credentials = Credentials(partner_token, user_token)
        finally:
            del partner_token, user_token  # a traceback keeps frame locals (error trackers record them)
        self.base_url = checked_base_url(base_url, allow_insecure_http)
        self.limits = Limits.of(timeout, total_timeout, max_response_size, max_decompressed_size)
        # max_retries alone is the common case; it overrides a given policy's own count.
        policy = retry_policy or RetryPolicy()
        self.retry_policy = policy if max_retries is None else dataclasses.replace(policy, max_retries=max_retries)
        if rate_limiter is not None and not isinstance(rate_limiter, Limiter):
            raise errors.ArgumentError(
                "rate_limiter", "a Limiter (RateLimiter, RedisRateLimiter) or None", rate_limiter
            )
        self.rate_limiter = default_limiter(os.environ) if rate_limiter is DEFAULT_LIMITER else rate_limiter
        self._budget = budget_key(self.base_url) if self.rate_limiter is not None else None
        # Lowercase names: a user's "accept" replaces ours instead of being sent beside it.
        # Accept-Encoding on every request, whatever httpx client sends it: only the codings
        # inflate.py decodes with a size bound (httpx also offers br/zstd when they are installed).
        self._headers = {
            "accept": ACCEPT,
            "accept-encoding": ACCEPT_ENCODING,
            "user-agent": USER_AGENT,
            **checked_headers("headers", headers),
        }
        self._httpx_client = httpx_client
        self._owns_client = httpx_client is None
        self._user_async_client = async_httpx_client
        # Ours, one per event loop (by id; the loop is kept, so the id stays its own): a connection
        # pool cannot outlive the loop it was made in.
        self._async_clients: dict[int, tuple[asyncio.AbstractEventLoop | None, httpx.AsyncClient]] = {}
        self._lock = threading.Lock()
        self._sleep = sleep
        self._async_sleep = async_sleep

    @classmethod
    def from_env(cls: type[C], environ: Mapping[str, str] | None = None, **kwargs: Any) -> C:
        """Build from ``ALTEGIO_PARTNER_TOKEN``, ``ALTEGIO_USER_TOKEN``, ``ALTEGIO_BASE_URL``
        (surrounding whitespace stripped: env files often end a line with some) and
        ``ALTEGIO_RATE_LIMIT_URL`` (with ``_NAMESPACE`` and ``_ON_ERROR``, see ``RedisRateLimiter``)."""
        env = os.environ if environ is None else environ
        partner = Secret(env.get(PARTNER_TOKEN_VARIABLE, "").strip())
        user = env.get(USER_TOKEN_VARIABLE, "").strip()
        kwargs.setdefault("user_token", Secret(user) if user else None)
        if env.get(BASE_URL_VARIABLE):
            kwargs.setdefault("base_url", env[BASE_URL_VARIABLE])
        if isinstance(kwargs["user_token"], str):
            kwargs["user_token"] = Secret(kwargs["user_token"])
        if "rate_limiter" not in kwargs and (limiter := limiter_from_env(env)) is not None:
            kwargs["rate_limiter"] = limiter
        # repr(os.environ) shows every variable, and a traceback keeps frame locals.
        del env, environ, user
        if not partner:
            raise errors.AltegioError(
                f"{PARTNER_TOKEN_VARIABLE} is not set: export your partner token (Altegio developer "
                "account) or pass it to AltegioClient(partner_token, ...)"
            )
        return cls(partner, **kwargs)

    # -- tokens ---------------------------------------------------------------------------

    @property
    def user_token(self) -> str | None:
        return self._credentials.user_token

    @user_token.setter
    def user_token(self, token: str | None) -> None:
        """Takes effect on the next request, sync or async."""
        try:
            self._credentials.user_token = token
        finally:
            del token  # a traceback keeps frame locals

    @property
    def has_user_token(self) -> bool:
        return self._credentials.has_user_token

    @property
    def timeout(self) -> httpx.Timeout:
        return self.limits.timeout

    @staticmethod
    def _login_fields(login: str, password: str) -> dict[str, str]:
        """The body fields of a login, checked before anything is sent; the password as a Secret,
        whose repr is redacted (the login body's repr, and every frame that holds it, show no password)."""
        secret = _secret("password", password, "a non-empty string", strip=False)
        del password  # a traceback keeps frame locals (error trackers record them)
        return _body_fields("login", login, "a phone number like +13155550175 or an email address", "password", secret)

    @staticmethod
    def _booking_login_fields(phone: str, code: str) -> dict[str, str]:
        """The body fields of a booking login, checked before anything is sent; the code as a
        Secret (a one-time password: the body's repr, and every frame that holds it, hide it)."""
        # A str: an int would lose leading zeros.
        secret = _secret("code", code, "the code from the SMS, as a non-empty str", strip=True)
        del code  # a traceback keeps frame locals (error trackers record them)
        return _body_fields("phone", phone, "the phone number the code was sent to, like +13155550175", "code", secret)

    def _store_user(self, user: U | None) -> U:
        """Keep the ``user_token`` of a login answer for the requests that follow."""
        token = getattr(user, "user_token", None)
        if user is not None and is_usable_token(token):
            self._credentials.user_token = token
            return user
        present = isinstance(token, str) and bool(token)
        del user, token  # a traceback keeps frame locals; an unusable token is still a credential
        if present:
            raise errors.AltegioError(f"the login answered a user_token that is not {TOKEN_RULE}; it was not stored")
        raise errors.AltegioError("the login answered without a user_token")

    # -- transports -------------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        if self._httpx_client is None:
            with self._lock:  # threads sharing a new client must not each open a pool
                if self._httpx_client is None:
                    self._httpx_client = httpx.Client(timeout=self.timeout, follow_redirects=False)
        return self._httpx_client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async transport of the running event loop: the one passed as ``async_httpx_client``,
        or one of ours per loop, so the client works across successive ``asyncio.run()`` calls."""
        if self._user_async_client is not None:
            return self._user_async_client
        loop = _running_loop()
        entry = self._async_clients.get(id(loop))
        if entry is not None and entry[0] is loop:
            return entry[1]
        with self._lock:
            # Forget the pools of closed loops: they can neither be used nor closed any more.
            for key, (other, _) in list(self._async_clients.items()):
                if other is not None and other.is_closed():
                    del self._async_clients[key]
            client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)
            self._async_clients[id(loop)] = (loop, client)
        return client

    def close(self) -> None:
        if self._owns_client and self._httpx_client is not None:
            self._httpx_client.close()
            self._httpx_client = None

    async def aclose(self) -> None:
        """Close this event loop's transport (another loop's pool is closed by a call there)."""
        loop = _running_loop()
        with self._lock:
            entry = self._async_clients.pop(id(loop), None)
        if entry is not None:
            await entry[1].aclose()

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        # Safe on a client whose __init__ failed half-way (a debugger or a traceback may show one).
        credentials = getattr(self, "_credentials", None)
        user = "none" if credentials is None or not credentials.has_user_token else "set"
        base_url = getattr(self, "base_url", "<unset>")
        return f"{type(self).__name__}(base_url={base_url!r}, partner_token=<redacted>, user_token=<{user}>)"

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
        limits = self.limits if options is None else options.limits(self.limits)
        request = self._build_request(client, operation, parts, options, limits)
        call = Call(request, limits)
        steps = attempts(operation, request, self.retry_policy, self._max_retries(options), self._budget)
        try:
            response: httpx.Response | None = run_sync(
                steps, partial(send_sync, client, call), call.bounded_sleep(self._sleep), self.rate_limiter
            )
        except StopRetrying:
            response = None
        if response is None:  # outside the handler: no StopRetrying in the error's context
            response = call.outcome_at_deadline()
        return finish(operation, request, response, parse, self._redactor(parts))

    async def asend(
        self,
        operation: Operation,
        parts: RequestParts,
        parse: Callable[[Any], T],
        options: RequestOptions | None = None,
    ) -> Response[T]:
        client = self.get_async_httpx_client()
        limits = self.limits if options is None else options.limits(self.limits)
        request = self._build_request(client, operation, parts, options, limits)
        call = Call(request, limits)
        steps = attempts(operation, request, self.retry_policy, self._max_retries(options), self._budget)
        sleep = call.bounded_async_sleep(self._async_sleep or _asyncio_sleep)
        try:
            response: httpx.Response | None = await run_async(
                steps, partial(send_async, client, call), sleep, self.rate_limiter
            )
        except StopRetrying:
            response = None
        if response is None:
            response = call.outcome_at_deadline()
        return finish(operation, request, response, parse, self._redactor(parts))

    def _redactor(self, parts: RequestParts) -> Redactor:
        """The client's tokens, plus any Secret the body carries (the login password)."""
        redactor = self._credentials.redactor
        body = parts.json
        if isinstance(body, dict):
            secrets = [value for value in body.values() if isinstance(value, Secret)]
            if secrets:
                return redactor.with_secrets(secrets)
        return redactor

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
        limits: Limits,
    ) -> httpx.Request:
        if operation.deprecated:
            warnings.warn(
                f"{operation.operation_id} is deprecated in the Altegio spec; expect it to be removed",
                DeprecationWarning,
                stacklevel=_caller_stacklevel(),
            )
        if operation.needs_user_token and not self._credentials.has_user_token:
            raise errors.MissingUserTokenError(operation.operation_id)
        if options is not None:
            parts = options.apply(operation, parts)  # extra_query, extra_body
        headers = dict(self._headers)
        if parts.headers:
            headers.update(checked_headers("headers", parts.headers))
        if operation.media_type:
            headers["accept"] = f"{ACCEPT}, {operation.media_type}"
        if options is not None and options.extra_headers:
            headers.update(options.extra_headers)  # checked and lowercased; last, so they win
        headers["authorization"] = self._credentials.header(with_user=operation.send_user_token)
        return client.build_request(
            operation.method,
            # Paths are absolute ("/accounts/1"); plain concatenation keeps the base path
            # (/api/v1) and saves httpx a second URL parse per request.
            self.base_url + fill_path(operation.path, parts.path_params),
            params=parts.params,
            headers=headers,
            cookies=parts.cookies,
            json=parts.json,
            data=parts.data,
            files=parts.files,
            content=parts.content,
            timeout=limits.timeout,
        )


def _caller_stacklevel() -> int:
    """The warnings.warn stacklevel of the first frame outside this package (the user's call)."""
    level = 1
    caller: FrameType | None = sys._getframe(1)
    while caller is not None and str(caller.f_globals.get("__name__", "")).startswith("altegio_b2b."):
        caller, level = caller.f_back, level + 1
    return level


def _secret(argument: str, value: object, expected: str, *, strip: bool) -> Secret | errors.ArgumentError:
    """A login secret as a Secret, or the error to raise (made here, raised where no frame holds it)."""
    text = value.strip() if strip and isinstance(value, str) else value
    if isinstance(text, str) and text:
        return Secret(text)
    return errors.ArgumentError(argument, expected, value, secret=True)


def _body_fields(
    name: str, value: object, expected: str, secret_name: str, secret: Secret | errors.ArgumentError
) -> dict[str, str]:
    """A login body's fields: who logs in (stripped) and the secret (already checked)."""
    if isinstance(secret, errors.ArgumentError):
        raise secret
    if not isinstance(value, str) or not value.strip():
        raise errors.ArgumentError(name, expected, value)
    return {name: value.strip(), secret_name: secret}


def _running_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop; None under another async library (trio), which gets one pool."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


async def _asyncio_sleep(seconds: float) -> None:
    # Imported on first async use: asyncio costs sync-only users ~15 ms of import time.
    import asyncio

    await asyncio.sleep(seconds)
