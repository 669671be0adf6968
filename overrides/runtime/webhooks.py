"""Reading the events Altegio posts to a partner's URL (the machinery behind ``altegio_b2b.webhooks``).

A delivery is an HTTP POST with a JSON body ``{company_id, resource, resource_id, status, data}``
and the ``Authorization: Bearer ...`` header configured for the location's webhooks. Deliveries
can repeat (two retries 1.5 s apart on 429/5xx, and after a timeout): receivers answer 2xx fast,
queue, and deduplicate by :func:`delivery_key`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import AltegioError

# Bodies larger than this are refused unread (Altegio's events are a few KB).
MAX_BODY_BYTES = 5 * 1024 * 1024


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

    resource: str | None
    status: str | None
    company_id: Any
    resource_id: Any
    payload: dict[str, Any] = field(repr=False)


def delivery_key(event: Any) -> str:
    """A stable key of one delivery's content, for deduplicating repeated deliveries: the sha256
    of the event's canonical JSON (sorted keys, no spaces). Equal payloads give equal keys."""
    payload = event.payload if isinstance(event, UnknownEvent) else event.to_dict()
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def check_token(headers: Mapping[str, str] | None, expected_token: str) -> None:
    """The ``Authorization: Bearer <token>`` of a delivery against the expected token, in constant
    time; raises :class:`WebhookAuthError` (which never shows either token)."""
    if not isinstance(expected_token, str) or not expected_token:
        raise WebhookAuthError("expected_token must be the non-empty token configured for the webhooks")
    value = next((v for k, v in (headers or {}).items() if k.lower() == "authorization"), None)
    if value is None:
        raise WebhookAuthError("the delivery has no Authorization header")
    scheme, _, token = value.strip().partition(" ")
    given = token.strip().encode("utf-8") if scheme.lower() == "bearer" else b""
    if not hmac.compare_digest(given, expected_token.encode("utf-8")):
        raise WebhookAuthError("the delivery's Authorization token is not the expected one")


def decode_body(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    """The event object of a delivery body given as bytes, text or an already decoded mapping."""
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not isinstance(body, (bytes, bytearray)):
        raise WebhookFormatError(f"the body must be bytes, str or a mapping, not {type(body).__name__}")
    if len(body) > MAX_BODY_BYTES:
        raise WebhookFormatError(f"the body is {len(body):,} bytes, over the {MAX_BODY_BYTES:,} a delivery may be")
    try:
        decoded = json.loads(body, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:  # also UnicodeDecodeError
        raise WebhookFormatError(f"the body is not JSON ({type(exc).__name__})") from None
    if not isinstance(decoded, dict):
        raise WebhookFormatError(f"the body is JSON {type(decoded).__name__}, not an event object")
    return decoded


def parse_event(
    body: bytes | str | Mapping[str, Any],
    model_for: Callable[[str], Any],
    *,
    headers: Mapping[str, str] | None = None,
    expected_token: str | None = None,
) -> Any:
    """The typed event of one delivery: ``model_for(resource)`` gives the model class for a
    resource (None when there is none: an :class:`UnknownEvent`)."""
    if expected_token is not None:
        check_token(headers, expected_token)
    payload = decode_body(body)
    resource = payload.get("resource")
    model = model_for(resource) if isinstance(resource, str) else None
    if model is None:
        return UnknownEvent(
            resource if isinstance(resource, str) else None,
            payload.get("status") if isinstance(payload.get("status"), str) else None,
            payload.get("company_id"),
            payload.get("resource_id"),
            payload,
        )
    try:
        return model.from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError) as exc:
        raise WebhookFormatError(
            f"a {resource!r} event that does not fit its model ({type(exc).__name__}: {exc})"
        ) from None


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


__all__ = [
    "MAX_BODY_BYTES",
    "UnknownEvent",
    "WebhookAuthError",
    "WebhookError",
    "WebhookFormatError",
    "check_token",
    "decode_body",
    "delivery_key",
    "parse_event",
]
