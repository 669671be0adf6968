"""Timeouts, body size limits, headers and the base URL: the client's settings and their per-call
overrides (``RequestOptions``), each checked before anything is sent.

What bounds a call:
- connect: ``timeout``'s connect part, at most 5 s unless an ``httpx.Timeout`` says otherwise;
- read: every single wait for bytes is at most ``timeout`` (its read part);
- attempt: with a number for ``timeout``, each attempt, from connecting to the last byte of the
  body, is at most ``timeout`` in all, however slowly the server drips it (then it counts as a
  read timeout, which the retry policy may retry);
- total: ``total_timeout`` (default 300 s) bounds the whole call, attempts, retries and their
  waits included; past it the call raises ``DeadlineExceededError`` and is not retried.
"""

from __future__ import annotations

import ipaddress
import math
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .errors import ArgumentError
from .extras import checked_body, checked_query, with_extras
from .operation import Operation
from .request import RequestParts

DEFAULT_BASE_URL = "https://api.alteg.io/api/v1"
# The environment variables AltegioClient.from_env (and the `altegio` command line) read.
PARTNER_TOKEN_VARIABLE = "ALTEGIO_PARTNER_TOKEN"  # noqa: S105 - a variable's name
USER_TOKEN_VARIABLE = "ALTEGIO_USER_TOKEN"  # noqa: S105 - a variable's name
BASE_URL_VARIABLE = "ALTEGIO_BASE_URL"
# Connecting should be quick; some reports and bulk writes take long to answer.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
# Three 60 s attempts and their backoff fit; a server that drips bytes forever does not.
DEFAULT_TOTAL_TIMEOUT = 300.0
# Altegio's largest pages are a few MB of JSON; a body beyond these is an attack or a bug.
DEFAULT_MAX_RESPONSE_SIZE = 32 * 2**20
DEFAULT_MAX_DECOMPRESSED_SIZE = 64 * 2**20

TimeoutLike = float | httpx.Timeout


def as_timeout(value: TimeoutLike | None, default: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.Timeout:
    if value is None:
        return default
    if isinstance(value, httpx.Timeout):
        return value
    seconds = _seconds("timeout", value, "a positive number of seconds or an httpx.Timeout")
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or 5.0))


def _seconds(name: str, value: object, expected: str = "a positive number of seconds") -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < math.inf:
        raise ArgumentError(name, expected, value)
    return float(value)


def _size(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ArgumentError(name, "a number of bytes (an integer >= 1)", value)
    return value


@dataclass(frozen=True, slots=True)
class Limits:
    """What bounds one call: httpx's timeouts, each attempt's and the whole call's time, body sizes."""

    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    attempt_timeout: float | None = None
    total_timeout: float = DEFAULT_TOTAL_TIMEOUT
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE
    max_decompressed_size: int = DEFAULT_MAX_DECOMPRESSED_SIZE
    # The longest single wait httpx allows (inf if one is unbounded): with more time left than
    # this, capping httpx's timeouts at the time left would change nothing (and is skipped).
    longest_wait: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        waits = self.timeout.as_dict().values()
        longest = math.inf if None in waits else max(w for w in waits if w is not None)
        object.__setattr__(self, "longest_wait", longest)

    @classmethod
    def of(
        cls,
        timeout: TimeoutLike | None = None,
        total_timeout: float | None = None,
        max_response_size: int | None = None,
        max_decompressed_size: int | None = None,
        base: Limits | None = None,
    ) -> Limits:
        """``base`` (the defaults if None) with the given settings checked and applied."""
        base = base or cls()
        phases = as_timeout(timeout, base.timeout)
        attempt = base.attempt_timeout
        if timeout is not None:
            # A number bounds each whole attempt too; an httpx.Timeout only its phases.
            attempt = None if isinstance(timeout, httpx.Timeout) else float(timeout)
        return cls(
            phases,
            attempt,
            base.total_timeout if total_timeout is None else _seconds("total_timeout", total_timeout),
            base.max_response_size if max_response_size is None else _size("max_response_size", max_response_size),
            base.max_decompressed_size
            if max_decompressed_size is None
            else _size("max_decompressed_size", max_decompressed_size),
        )


# RFC 9110 field names; values: visible ASCII, space and tab (no CR/LF, nothing httpx cannot encode).
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\x20-\x7e\t]*")


# Headers the client owns: the tokens, and the framing httpx derives from the URL and the body
# (a stale Content-Length would cut the body short or make the server wait for more).
_REFUSED_HEADERS = {
    "authorization": "headers other than Authorization (set tokens on the client)",
    "host": "headers other than Host (base_url names the host)",
    "content-length": "headers other than Content-Length (it is computed from the body)",
    "transfer-encoding": "headers other than Transfer-Encoding (it is computed from the body)",
}


def checked_headers(argument: str, headers: object) -> dict[str, str]:
    """Extra request headers, names lowercased (HTTP compares them case-insensitively, and so do
    we when merging); Authorization, Host and the body's framing are refused (``_REFUSED_HEADERS``)."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ArgumentError(argument, "a mapping of header names to values", headers)
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise ArgumentError(argument, "header names made of letters, digits and -_.!#$%&'*+^`|~", name)
        refused = _REFUSED_HEADERS.get(name.lower())
        if refused is not None:
            raise ArgumentError(argument, refused, f"{name}: <not shown>")
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            # Not echoed: custom headers sometimes carry keys of their own.
            raise ArgumentError(
                f"{argument}[{name!r}]", "a string of visible ASCII characters, spaces or tabs", value, secret=True
            )
        checked[name.lower()] = value
    return checked


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_base_url(base_url: object, allow_insecure_http: bool) -> str:
    """The base URL without its trailing slash; plain http only to this machine unless allowed."""
    expected = "an http(s) URL such as https://api.alteg.io/api/v1"
    if not isinstance(base_url, str):
        raise ArgumentError("base_url", expected, base_url)
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise ArgumentError("base_url", expected, base_url)
    if url.userinfo:
        no_userinfo = "a URL without user:password@ (credentials go in the tokens)"
        raise ArgumentError("base_url", no_userinfo, base_url, secret=True)
    if url.query or url.fragment:
        raise ArgumentError("base_url", "a URL without ?query or #fragment (paths are appended to it)", base_url)
    if not isinstance(allow_insecure_http, bool):
        raise ArgumentError("allow_insecure_http", "a bool", allow_insecure_http)
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ArgumentError(
            "base_url",
            "an https:// URL: over plain http:// to another machine both tokens travel in clear text "
            "(pass allow_insecure_http=True to accept that, e.g. for a mock on your network)",
            base_url,
        )
    return base_url.rstrip("/")


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides: ``sync(..., options=RequestOptions(timeout=5, max_retries=0))``.

    ``timeout``, ``total_timeout``, ``max_response_size`` and ``max_decompressed_size`` replace
    the client's for this call (see options.py's docstring for what each bounds).

    Escape hatches, for what the spec does not declare but the API reads (see extras.py), merged
    after the typed arguments and checked before anything is sent:

    - ``extra_query``: query parameters by wire name (``{"page": 2, "count": 50}``); one
      replaces a typed parameter of the same name.
    - ``extra_body``: fields merged into the JSON object body (or sent as one, or added to a
      multipart/form body as text fields); a JSON array or raw body cannot take them.
    - ``extra_headers``: request headers (tracing, ``Prefer`` for a mock); they replace the
      client's, ``Accept`` included, but never ``Authorization`` (nor Host, Content-Length or
      Transfer-Encoding), whatever the case of the name.

    Send one name per alias family (``location_id``/``company_id``/``salon_id``, ...: see
    ``ALIAS_FAMILIES`` in extras.py); a second name of a family already sent is refused.
    ``headers`` is the old name of ``extra_headers`` (deprecated, removed in 0.4.0).
    """

    timeout: TimeoutLike | None = None
    max_retries: int | None = None
    headers: Mapping[str, str] | None = None
    total_timeout: float | None = None
    max_response_size: int | None = None
    max_decompressed_size: int | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    extra_headers: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        # Checked now, so a bad option fails where it is written, not at the call.
        Limits.of(self.timeout, self.total_timeout, self.max_response_size, self.max_decompressed_size)
        if self.max_retries is not None and (
            isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0
        ):
            raise ArgumentError("max_retries", "an integer >= 0", self.max_retries)
        if self.headers is not None:
            if self.extra_headers is not None:
                raise ArgumentError("headers", "nothing when extra_headers is given (it is its old name)", "headers")
            warnings.warn(
                "RequestOptions(headers=...) is deprecated and will be removed in 0.4.0: use extra_headers=...",
                DeprecationWarning,
                stacklevel=3,  # __post_init__ <- the dataclass __init__ <- the caller
            )
            object.__setattr__(self, "extra_headers", self.headers)
            object.__setattr__(self, "headers", None)
        if self.extra_headers is not None:
            object.__setattr__(self, "extra_headers", checked_headers("extra_headers", self.extra_headers))
        if self.extra_query is not None:
            object.__setattr__(self, "extra_query", checked_query(self.extra_query))
        if self.extra_body is not None:
            object.__setattr__(self, "extra_body", checked_body(self.extra_body))

    def limits(self, base: Limits) -> Limits:
        """The client's limits with this call's overrides applied."""
        if (
            self.timeout is None
            and self.total_timeout is None
            and self.max_response_size is None
            and self.max_decompressed_size is None
        ):
            return base
        return Limits.of(self.timeout, self.total_timeout, self.max_response_size, self.max_decompressed_size, base)

    def apply(self, operation: Operation, parts: RequestParts) -> RequestParts:
        """The request's parts with ``extra_query`` and ``extra_body`` merged in (see extras.py)."""
        return with_extras(operation, parts, self.extra_query, self.extra_body)
