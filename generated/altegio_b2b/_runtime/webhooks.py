"""Reading the events Altegio posts to a partner's URL (the machinery behind ``altegio_b2b.webhooks``).

A delivery is an HTTP POST with a JSON body ``{company_id, resource, resource_id, status, data}``
and the ``Authorization: Bearer ...`` header configured for the location's webhooks. Deliveries
can repeat (a retry after a 429, a 5xx or a timeout carries the same body): receivers answer 2xx
fast, queue, and deduplicate by :func:`delivery_key`.

Secrets: neither the expected token nor the one a delivery carries appears in an error message,
a repr, or the locals of a frame an error passes through (error trackers record those).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import strict_json
from .errors import MODEL_DATA_ERRORS, AltegioError, ArgumentError

# Bodies larger than this are refused unread (Altegio's events are a few KB).
MAX_BODY_BYTES = 5 * 1024 * 1024
EXPECTED_TOKEN_RULE = "the non-empty token configured for the webhooks, as a str"  # noqa: S105 - a description


class HeaderItems(Protocol):
    """What ``headers=`` may be: a mapping, or anything with ``items()`` of (name, value) pairs,
    such as ``http.server``'s ``self.headers`` (an ``email.message.Message``) or Starlette's
    ``request.headers``; names match case-insensitively, values may be str or bytes."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


class WebhookError(AltegioError):
    """A delivery that could not be read; nothing of it was parsed into an event."""


class WebhookAuthError(WebhookError):
    """The delivery's ``Authorization`` header is missing or not the expected token (compared in
    constant time). Answer 401 and parse nothing."""


class WebhookFormatError(WebhookError):
    """The body is not a JSON event object (or an event the package knows does not fit its model)."""


@dataclass(frozen=True)
class UnknownEvent:
    """An event whose ``resource`` this package has no model for (a new kind of event): kept whole."""

    resource: str
    status: str | None
    company_id: Any
    resource_id: Any
    payload: dict[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The event as it was posted (a copy), like a model's ``to_dict``."""
        return dict(self.payload)


def delivery_key(event: Any) -> str:
    """A stable key of one delivery's content, for deduplicating repeated deliveries: the sha256
    of the event's canonical JSON (sorted keys, no spaces). Equal payloads give equal keys.

    A retry repeats its delivery byte for byte, but two changes can also post equal bodies
    (A -> B -> A): keep the keys seen for a short while only (minutes, not forever), or per
    ``(company_id, resource, resource_id)`` the last one processed."""
    to_dict = getattr(event, "to_dict", None)
    if not callable(to_dict):
        raise ArgumentError("event", "an event from webhooks.parse (a model or an UnknownEvent)", event)
    canonical = json.dumps(to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def check_token(headers: Mapping[str, str] | HeaderItems | None, expected_token: str) -> None:
    """The ``Authorization: Bearer <token>`` of a delivery against the expected token, in constant
    time (``hmac.compare_digest`` of their sha256 digests, so not even the length shows); raises
    :class:`WebhookAuthError` or, for an unusable ``expected_token``, ``ArgumentError`` (neither
    shows a token)."""
    try:
        problem = _token_problem(headers, expected_token)
    finally:
        del headers, expected_token  # a traceback keeps frame locals (error trackers record them)
    if problem is not None:
        raise problem


def _token_problem(headers: object, expected_token: object) -> AltegioError | None:
    """What is wrong with a delivery's token, or None; returns the error instead of raising it,
    so that no frame holding a token is part of its traceback."""
    if not isinstance(expected_token, str) or not expected_token.strip():
        return ArgumentError("expected_token", EXPECTED_TOKEN_RULE, expected_token, secret=True)
    items = getattr(headers, "items", None)
    if headers is not None and not callable(items):
        # Shown as its type only: it holds the delivery's token.
        return ArgumentError("headers", "a mapping of header names to values (or None)", headers, secret=True)
    pairs = () if items is None else items()
    values = [_text(value) for name, value in pairs if _text(name).lower() == "authorization"]
    if not values:
        return WebhookAuthError("the delivery has no Authorization header")
    if len(values) > 1:
        return WebhookAuthError("the delivery has more than one Authorization header")
    scheme, _, given = values[0].strip().partition(" ")
    expected = hashlib.sha256(expected_token.strip().encode("utf-8", "surrogatepass")).digest()
    # The scheme is checked apart, so a comparison happens (and takes its time) whatever came.
    offered = hashlib.sha256(given.strip().encode("utf-8", "surrogatepass")).digest()
    if not hmac.compare_digest(offered, expected):
        return WebhookAuthError("the delivery's Authorization token is not the expected one")
    if scheme.lower() != "bearer":
        return WebhookAuthError("the delivery's Authorization header is not a Bearer token")
    return None


def _text(value: object) -> str:
    if isinstance(value, (bytes, bytearray)):  # ASGI servers hand headers over as bytes
        return bytes(value).decode("latin-1")
    return value if isinstance(value, str) else str(value)


def decode_body(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    """The event object of a delivery body given as bytes, text or an already decoded mapping
    (which is taken through JSON too, so every event is made of plain JSON values)."""
    if isinstance(body, Mapping):
        try:
            body = json.dumps(dict(body), allow_nan=False)
        except (TypeError, ValueError, RecursionError) as exc:
            raise WebhookFormatError(f"the body mapping is not JSON data ({type(exc).__name__})") from None
    elif isinstance(body, (bytes, bytearray, memoryview)):
        body = bytes(body)
    elif not isinstance(body, str):
        raise ArgumentError("body", "the delivery's body as bytes, str or a decoded mapping", body)
    if len(body) > MAX_BODY_BYTES:
        raise WebhookFormatError(f"the body is {len(body):,} long, over the {MAX_BODY_BYTES:,} bytes a delivery may be")
    try:
        decoded = strict_json.loads(body)
    except RecursionError:
        raise WebhookFormatError("the body is JSON nested too deeply to decode") from None
    except ValueError as exc:  # also UnicodeDecodeError and the refusals above
        raise WebhookFormatError(f"the body is not JSON ({type(exc).__name__})") from None
    if not isinstance(decoded, dict):
        raise WebhookFormatError(f"the body is a JSON {type(decoded).__name__}, not an event object")
    return decoded


def parse_event(
    body: bytes | str | Mapping[str, Any],
    model_for: Callable[[str], Any],
    *,
    headers: Mapping[str, str] | HeaderItems | None = None,
    expected_token: str | None = None,
) -> Any:
    """The typed event of one delivery: ``model_for(resource)`` gives the model class for a
    resource (None when there is none: an :class:`UnknownEvent`). With ``expected_token`` the
    token is checked first, and nothing is decoded when it is wrong or missing."""
    try:
        if expected_token is not None:
            check_token(headers, expected_token)
    finally:
        del headers, expected_token  # a traceback keeps frame locals (error trackers record them)
    payload = decode_body(body)
    resource = payload.get("resource")
    if not isinstance(resource, str):
        raise WebhookFormatError(f"the event has no resource name (got {type(resource).__name__})")
    model = model_for(resource)
    if model is None:
        status = payload.get("status")
        return UnknownEvent(
            resource,
            status if isinstance(status, str) else None,
            payload.get("company_id"),
            payload.get("resource_id"),
            payload,
        )
    try:
        return model.from_dict(payload)
    except MODEL_DATA_ERRORS as exc:
        raise WebhookFormatError(
            f"a {resource[:40]!r} event that does not fit its model {model.__name__} ({type(exc).__name__})"
        ) from None


__all__ = [
    "MAX_BODY_BYTES",
    "HeaderItems",
    "UnknownEvent",
    "WebhookAuthError",
    "WebhookError",
    "WebhookFormatError",
    "check_token",
    "decode_body",
    "delivery_key",
    "parse_event",
]
