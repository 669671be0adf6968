"""Turning an HTTP answer into ``data`` + ``meta``, or into the right typed error.

Altegio wraps most bodies in ``{"success": bool, "data": ..., "meta": {...} | []}``, whether or
not the spec says so; any body of that shape is unwrapped, others are taken as they are.
Errors use the same envelope with ``meta.message`` and ``meta.errors``; ``success: false`` is an
error even with HTTP 200.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from . import errors
from .operation import Operation
from .response import Response
from .retry import parse_retry_after

T = TypeVar("T")

_NO_BODY: Any = object()
_SNIPPET = 200


@dataclass(frozen=True, slots=True)
class Decoded:
    data: Any
    meta: Any
    enveloped: bool


def is_envelope(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("success"), bool) and ("data" in body or "meta" in body)


def decode(operation: Operation, request: httpx.Request, response: httpx.Response) -> Decoded:
    """The payload of a successful answer; raises ``AltegioApiError``/``ResponseFormatError``."""
    status = response.status_code
    content = response.content
    ok = 200 <= status < 300
    if ok and operation.response_kind == "bytes" and not _looks_like_json(response):
        return Decoded(content, None, False)

    body = _NO_BODY
    if content.strip():
        try:
            body = json.loads(content)
        except ValueError as exc:  # also UnicodeDecodeError
            if ok:
                raise errors.ResponseFormatError(
                    f"the body is not valid JSON ({exc}); starts with {_snippet(content)}",
                    **_context(request, response),
                ) from None
            raise _api_error(request, response, None, f"non-JSON error body: {_snippet(content)}") from None

    if not ok:
        raise _api_error(request, response, body, None)
    if body is _NO_BODY:
        return Decoded(None, None, False)
    if is_envelope(body):
        if body["success"] is False:
            raise _api_error(request, response, body, None)
        return Decoded(body.get("data"), body.get("meta"), True)
    return Decoded(body, None, False)


def finish(
    operation: Operation, request: httpx.Request, response: httpx.Response, parse: Callable[[Any], T]
) -> Response[T]:
    """The ``Response`` of one answer: envelope decoded, errors raised, ``data`` parsed by ``parse``."""
    decoded = decode(operation, request, response)
    parsed: T | None = None
    if decoded.data is not None:
        try:
            parsed = parse(decoded.data)
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise errors.ResponseFormatError(
                f"the data does not match the {operation.operation_id} response schema ({type(exc).__name__}: {exc})",
                data=decoded.data,
                **_context(request, response),
            ) from exc
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        meta=decoded.meta,
        enveloped=decoded.enveloped,
    )


def _status(code: int) -> HTTPStatus | int:
    try:
        return HTTPStatus(code)
    except ValueError:  # 209, 299...: unregistered but still a success
        return code


def _looks_like_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "")


def _snippet(content: bytes) -> str:
    text = content[:_SNIPPET].decode("utf-8", "replace")
    return repr(text + ("..." if len(content) > _SNIPPET else ""))


def _context(request: httpx.Request, response: httpx.Response) -> dict[str, Any]:
    return {
        "status_code": response.status_code,
        "method": request.method,
        "url": str(request.url),
        "body": response.content,
        "headers": dict(response.headers),
    }


def _message_and_errors(body: Any) -> tuple[str | None, dict[str, Any], Any]:
    if not isinstance(body, dict):
        return None, {}, None
    meta = body.get("meta")
    source = meta if isinstance(meta, dict) else body
    # Altegio's meta.message; also RFC 7807 problem documents (title/detail) from proxies and mocks.
    message = source.get("message") or body.get("message") or body.get("error")
    if not message and (body.get("title") or body.get("detail")):
        message = ": ".join(str(body[k]) for k in ("title", "detail") if body.get(k))
    field_errors = source.get("errors") or body.get("errors") or {}
    if isinstance(field_errors, list):
        field_errors = {str(i): e for i, e in enumerate(field_errors)}
    if not isinstance(field_errors, dict):
        field_errors = {"_": field_errors}
    return (str(message) if message else None), field_errors, meta


_ERROR_CLASSES: dict[int, type[errors.AltegioApiError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    422: errors.ValidationError,
    429: errors.RateLimitError,
}


def _api_error(
    request: httpx.Request, response: httpx.Response, body: Any, fallback: str | None
) -> errors.AltegioApiError:
    status = response.status_code
    message, field_errors, meta = _message_and_errors(body)
    message = message or fallback or f"HTTP {status} {response.reason_phrase}".strip()
    cls = _ERROR_CLASSES.get(status)
    if cls is None:
        if status >= 500:
            cls = errors.ServerError
        elif field_errors and status in (200, 400):
            cls = errors.ValidationError
        else:
            cls = errors.AltegioApiError
    elif cls is errors.BadRequestError and field_errors:
        cls = errors.ValidationError
    extra: dict[str, Any] = {}
    if cls is errors.RateLimitError:
        extra["retry_after"] = parse_retry_after(response.headers.get("retry-after"))
    return cls(message, errors=field_errors, meta=meta, **_context(request, response), **extra)
