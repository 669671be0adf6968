"""Turning an HTTP answer into ``data`` + ``meta``, or into the right typed error.

Altegio wraps most bodies in ``{"success": bool, "data": ..., "meta": {...} | []}``, whether or
not the spec says so. A JSON object is taken for that envelope by its keys: ``success`` next to
``data`` or ``meta``, or exactly the two keys ``data`` and ``meta``. Other bodies are taken as
they are.

The one rule for ``success``: only a JSON boolean counts. On a 2xx answer ``true`` hands over
``data``, ``false`` is an ``AltegioApiError`` (with ``meta.message``), and anything else —
missing, ``"true"``, ``1``, ``null`` — is a ``ResponseFormatError``: such an answer does not say
whether the call worked, and the client does not guess. Any other status is an error whatever
``success`` says (a 3xx but 304 is a ``RedirectError``: redirects are never followed).

Numbers JSON cannot hold (NaN, Infinity) and numbers beyond a float's range (1e400) are refused,
as are bodies nested deeper than Python can decode: ``ResponseFormatError`` again.

Everything taken from the answer into an exception passes through the call's ``Redactor``
first, so a server echoing the Authorization header cannot put a token into an error. Errors
are raised from frames that hold no server data in their locals (what error trackers record).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from . import errors, strict_json
from .operation import Operation
from .redact import NO_SECRETS, Redactor
from .response import Response
from .retry import parse_retry_after

T = TypeVar("T")

_NO_BODY: Any = object()
_MISSING: Any = object()
_SNIPPET = 200


class Decoded:
    """An answer's ``data`` and ``meta``; the repr shows neither (a traceback's frame locals show
    reprs, and the server may echo anything). A plain slotted class: one is made per call."""

    __slots__ = ("data", "enveloped", "meta")

    def __init__(self, data: Any, meta: Any, enveloped: bool) -> None:
        self.data = data
        self.meta = meta
        self.enveloped = enveloped

    def __repr__(self) -> str:
        return f"Decoded(enveloped={self.enveloped})"


class _Json:
    """An answer's decoded JSON, or why it could not be decoded; the repr shows neither."""

    __slots__ = ("failure", "value")

    def __init__(self, value: Any, failure: str | None = None) -> None:
        self.value = value
        self.failure = failure

    def __repr__(self) -> str:
        return "<answer body>"


# The `fast` extra: msgspec decodes about twice as fast (and is as strict: see _decode_json).
# Looked up on the first answer, not at import: importing msgspec costs ~12 ms.
_UNKNOWN: Any = object()
_fast_decode: Callable[[bytes], Any] | None = _UNKNOWN
# DecodeError and its ValidationError are ValueErrors; so is UnicodeDecodeError (bad UTF-8).
_FAST_DECODE_ERRORS = (ValueError, RecursionError)


def _find_fast_decoder() -> Callable[[bytes], Any] | None:
    global _fast_decode  # noqa: PLW0603 - resolved once
    try:
        import msgspec.json

        _fast_decode = msgspec.json.decode
    except ImportError:  # pragma: no cover - where msgspec is not installed
        _fast_decode = None
    return _fast_decode


def _decode_json(content: bytes) -> _Json:
    if not content or content.isspace():
        return _Json(_NO_BODY)
    fast = _find_fast_decoder() if _fast_decode is _UNKNOWN else _fast_decode
    if fast is not None:
        # msgspec refuses what the decoder below refuses (NaN, 1e400) and keeps big integers
        # exact; anything it does not take (other encodings, lone surrogates, bad JSON) goes the
        # standard way, which decides, with its own error message.
        try:
            return _Json(fast(content))
        except _FAST_DECODE_ERRORS:
            pass
    try:
        return _Json(strict_json.loads(content))
    except RecursionError:
        return _Json(_NO_BODY, "it is nested too deeply to decode")
    except ValueError as exc:  # also UnicodeDecodeError and the two refusals above
        return _Json(_NO_BODY, f"it is not valid JSON ({exc})")


def is_envelope(body: Any) -> bool:
    """Altegio's envelope, recognised by its keys (see the module docstring)."""
    if not isinstance(body, dict):
        return False
    if "success" in body:
        return "data" in body or "meta" in body
    return len(body) == 2 and "data" in body and "meta" in body


def decode(
    operation: Operation, request: httpx.Request, response: httpx.Response, redactor: Redactor = NO_SECRETS
) -> Decoded:
    """The payload of a successful answer; raises ``AltegioApiError``/``ResponseFormatError``."""
    outcome = _outcome(operation, request, response, redactor)
    if isinstance(outcome, errors.AltegioError):
        raise outcome
    return outcome


def _outcome(
    operation: Operation, request: httpx.Request, response: httpx.Response, redactor: Redactor
) -> Decoded | errors.AltegioError:
    status = response.status_code
    ok = 200 <= status < 300
    if ok and operation.response_kind == "bytes" and not _looks_like_json(response):
        return Decoded(response.content, None, False)
    body = _decode_json(response.content)
    if not ok:
        return _api_error(request, response, body, redactor)
    if body.failure is not None:
        return errors.ResponseFormatError(
            f"the body is not what the API sends: {body.failure}; starts with {_snippet(response.content, redactor)}",
            **_context(request, response, redactor),
        )
    if body.value is _NO_BODY:
        return Decoded(None, None, False)
    if not is_envelope(body.value):
        return Decoded(body.value, None, False)
    success = body.value.get("success", _MISSING)
    if success is True:
        return Decoded(body.value.get("data"), body.value.get("meta"), True)
    if success is False:
        return _api_error(request, response, body, redactor)
    shown = "missing" if success is _MISSING else f"{errors.shorten(success)} ({type(success).__name__})"
    return errors.ResponseFormatError(
        f"the envelope's success is {shown}, not true or false: the answer does not say whether the call worked",
        data=redactor.data(body.value),
        **_context(request, response, redactor),
    )


def finish(
    operation: Operation,
    request: httpx.Request,
    response: httpx.Response,
    parse: Callable[[Any], T],
    redactor: Redactor = NO_SECRETS,
) -> Response[T]:
    """The ``Response`` of one answer: envelope decoded, errors raised, ``data`` parsed by ``parse``."""
    if len(response.content) > PAUSE_COLLECTOR_ABOVE and gc.isenabled():
        # A big answer becomes hundreds of thousands of dicts, lists and models, none of them
        # garbage, and the cyclic collector would walk them again and again as they pile up
        # (measured: 55% of decoding and parsing 10,000 appointments). Paused for this answer
        # only, and only when it was running; msgspec's decoder does the same inside.
        gc.disable()
        try:
            return _finish(operation, request, response, parse, redactor)
        finally:
            gc.enable()
    return _finish(operation, request, response, parse, redactor)


# Smaller answers parse in well under a millisecond: pausing would buy nothing.
PAUSE_COLLECTOR_ABOVE = 256 * 1024


def _finish(
    operation: Operation,
    request: httpx.Request,
    response: httpx.Response,
    parse: Callable[[Any], T],
    redactor: Redactor,
) -> Response[T]:
    decoded = decode(operation, request, response, redactor)
    parsed: T | None = None
    hidden: errors.ResponseFormatError | None = None
    if decoded.data is not None:
        try:
            parsed = parse(decoded.data)
        except errors.MODEL_DATA_ERRORS as exc:
            error = errors.ResponseFormatError(
                f"the data does not match the {operation.operation_id} response schema: {_mismatch(exc, redactor)}",
                data=redactor.data(decoded.data),
                **_context(request, response, redactor),
            )
            if not redactor.finds_in(decoded.data):
                raise error from exc
            # The cause's frames hold the data as the server sent it: raised below, unchained.
            hidden = error
        if hidden is not None:
            raise hidden
    return Response(
        status_code=_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        meta=decoded.meta,
        enveloped=decoded.enveloped,
    )


def _mismatch(exc: BaseException, redactor: Redactor) -> str:
    """Where and how: ``data[3].client.phone: expected a string, got {...} (dict)``."""
    if isinstance(exc, errors.FieldError):
        got = errors.shorten(exc.shown(), 300, str)
        return redactor.text(f"{exc.where('data')}: expected {exc.expected}, got {got}")
    return f"{type(exc).__name__}: {redactor.text(errors.shorten(exc, 300, str))}"


_STATUSES = {status.value: status for status in HTTPStatus}  # a dict lookup: HTTPStatus(code) costs ~1 us


def _status(code: int) -> HTTPStatus | int:
    return _STATUSES.get(code, code)  # 209, 299...: unregistered but still a success


def _looks_like_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "")


def _snippet(content: bytes, redactor: Redactor) -> str:
    text = redactor.text(content[: _SNIPPET * 2].decode("utf-8", "replace"))[:_SNIPPET]
    return repr(text + ("..." if len(content) > _SNIPPET else ""))


def _context(request: httpx.Request, response: httpx.Response, redactor: Redactor) -> dict[str, Any]:
    return {
        "status_code": response.status_code,
        "method": request.method,
        "url": redactor.text(str(request.url)),
        "body": redactor.bytes(response.content),
        "headers": {name: redactor.text(value) for name, value in response.headers.items()},
    }


def _message_and_errors(body: Any) -> tuple[str | None, dict[str, Any], Any]:
    if not isinstance(body, dict):
        return None, {}, None
    meta = body.get("meta")
    source = meta if isinstance(meta, dict) else body
    # Altegio's meta.message; also RFC 7807 problem documents (title/detail) from proxies and mocks.
    message = source.get("message") or body.get("message") or body.get("error")
    if not message and (body.get("title") or body.get("detail")):
        message = ": ".join(errors.shorten(body[k], 500, str) for k in ("title", "detail") if body.get(k))
    field_errors = source.get("errors") or body.get("errors") or {}
    if isinstance(field_errors, list):
        field_errors = {str(i): e for i, e in enumerate(field_errors)}
    if not isinstance(field_errors, dict):
        field_errors = {"_": field_errors}
    return (errors.shorten(message, 2000, str) if message else None), field_errors, meta


_ERROR_CLASSES: dict[int, type[errors.AltegioApiError]] = {
    400: errors.BadRequestError,
    401: errors.UnauthorizedError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    422: errors.ValidationError,
    429: errors.RateLimitError,
}


def _api_error(
    request: httpx.Request, response: httpx.Response, body: _Json, redactor: Redactor
) -> errors.AltegioApiError:
    status = response.status_code
    field_errors: dict[str, Any] = {}
    meta: Any = None
    if body.failure is not None:
        message = f"non-JSON error body: {_snippet(response.content, redactor)}"
    else:
        said, field_errors, meta = _message_and_errors(body.value)
        message = redactor.text(said) if said else f"HTTP {status} {response.reason_phrase}".strip()
        field_errors, meta = redactor.data(field_errors), redactor.data(meta)
    extra: dict[str, Any] = {}
    cls = _ERROR_CLASSES.get(status)
    if 300 <= status < 400 and status != 304:  # 304 answers a conditional request; none is sent
        cls = errors.RedirectError
        location = response.headers.get("location")
        extra["location"] = None if location is None else redactor.text(location)
        where = f"to {extra['location']!r}" if location else "without a Location"
        message = (
            f"a redirect {where} was not followed: credentials stay with base_url's origin "
            f"(is base_url right?); the answer said: {message}"
        )
    elif cls is None:
        if status >= 500:
            cls = errors.ServerError
        elif field_errors and status in (200, 400):
            cls = errors.ValidationError
        else:
            cls = errors.AltegioApiError
    elif cls is errors.BadRequestError and field_errors:
        cls = errors.ValidationError
    if cls is errors.RateLimitError:
        extra["retry_after"] = parse_retry_after(response.headers.get("retry-after"))
    return cls(message, errors=field_errors, meta=meta, **_context(request, response, redactor), **extra)
