"""The exceptions the client raises. None of them ever holds a token or the login password: tokens
are never put in, and what a server echoes is redacted before it gets here (see redact.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .unset import UNSET


class AltegioError(Exception):
    """Base of every error this package raises on purpose."""


class ArgumentError(AltegioError, ValueError):
    """An argument is missing or of the wrong type; raised before anything is sent.

    ``secret=True`` (tokens, passwords): the message names the type of what was given, never its value.
    """

    def __init__(self, argument: str, expected: str, got: object, *, secret: bool = False) -> None:
        self.argument = argument
        self.expected = expected
        if got is None:
            shown = "nothing"
        elif secret:
            shown = f"a {type(got).__name__} (not shown: it is secret)"
        else:
            shown = f"{shorten(got)} ({type(got).__name__})"
        super().__init__(f"argument {argument!r}: expected {expected}, got {shown}")


class FieldError(AltegioError, ValueError):
    """A model's field holds (or was given) a value of another type than it declares, or a
    required field is missing. ``path`` names the field from the model down, like
    ``services[0].id``; ``expected`` says what it takes; ``got`` is what was there (``UNSET``:
    nothing). ``from_dict`` and ``to_dict`` raise it; the client turns it into a
    ``ResponseFormatError`` (an answer) or an ``ArgumentError`` (a request body) naming the whole path.
    """

    def __init__(self, expected: str, got: object, path: tuple[str | int, ...] = ()) -> None:
        self.expected = expected
        self.got = got
        self.path = path
        super().__init__(expected, got)

    def within(self, segment: str | int) -> FieldError:
        """This error, one level further out (``segment``: the key or list index holding it)."""
        self.path = (segment, *self.path)
        return self

    def where(self, root: str = "") -> str:
        """The path as one would write it in Python/JSON terms: ``data[3].client.phone``."""
        text = root
        for segment in self.path:
            text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
        return text

    def shown(self) -> str:
        """What was there, briefly: ``'x' (str)``, ``null``, ``nothing``."""
        if self.got is None:
            return "null"
        if self.got is UNSET:
            return "nothing (the field is missing)"
        return f"{shorten(self.got)} ({type(self.got).__name__})"

    def __str__(self) -> str:
        where = self.where() or "the value"
        return f"{where}: expected {self.expected}, got {self.shown()}"


class TransportError(AltegioError):
    """The request could not be sent or no complete answer arrived (after any retries)."""

    def __init__(self, message: str, *, method: str, url: str, attempts: int) -> None:
        self.method = method
        self.url = url
        self.attempts = attempts
        super().__init__(f"{method} {url}: {message} (after {attempts} attempt(s))")


class APITimeoutError(TransportError):
    """No answer within the timeout. (Named so as not to shadow Python's built-in ``TimeoutError``;
    ``altegio_b2b.TimeoutError`` is a deprecated alias of it.)"""


class DeadlineExceededError(APITimeoutError):
    """The call, retries and waits included, ran past its total timeout (``total_timeout``)."""

    def __init__(self, message: str, *, total_timeout: float, **kwargs: Any) -> None:
        self.total_timeout = total_timeout
        super().__init__(message, **kwargs)


class ResponseTooLargeError(TransportError):
    """The answer's body is larger than ``limit`` bytes (``max_response_size``); it was not kept."""

    def __init__(self, message: str, *, limit: int, status_code: int, **kwargs: Any) -> None:
        self.limit = limit
        self.status_code = status_code
        super().__init__(message, **kwargs)


class DecompressedTooLargeError(ResponseTooLargeError):
    """The answer inflates (gzip/deflate) to more than ``limit`` bytes (``max_decompressed_size``)."""


class _ResponseError(AltegioError):
    """Common fields of errors that carry an HTTP answer."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        body: bytes,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        self.headers = headers or {}
        super().__init__(f"{method} {url} -> HTTP {status_code}: {message}")


class ResponseFormatError(_ResponseError):
    """The body is not the JSON the spec promises (an HTML error page, truncated JSON, a
    shape the generated model cannot read). ``body`` holds the raw bytes; ``data`` what was
    decoded, if anything."""

    def __init__(self, message: str, *, data: Any = None, **kwargs: Any) -> None:
        self.data = data
        super().__init__(message, **kwargs)


class AltegioApiError(_ResponseError):
    """The API answered with an error status, or with ``success: false``."""

    def __init__(
        self,
        message: str,
        *,
        errors: dict[str, Any] | None = None,
        meta: Any = None,
        **kwargs: Any,
    ) -> None:
        self.errors = errors or {}
        self.meta = meta
        super().__init__(message, **kwargs)

    def __str__(self) -> str:
        text = super().__str__()
        if self.errors:
            text += f" (field errors: {shorten(self.errors, 300)})"
        return text


class BadRequestError(AltegioApiError):
    """400: the request was malformed."""


class ValidationError(BadRequestError):
    """422 (or a 400 with field errors): ``errors`` maps fields to messages."""


class AuthenticationError(AltegioError):
    """The credentials did not get the call through: what ``except AuthenticationError`` means.

    Either the API answered 401 (``UnauthorizedError``, an ``AltegioApiError`` with the answer's
    fields) or the call needs a user token the client does not have (``MissingUserTokenError``,
    raised before anything is sent, so it has no HTTP answer). Both have ``message`` and
    ``status_code``: 401, or None when nothing was sent.
    """

    # Set by the subclasses' __init__ (no __init__ here: UnauthorizedError's comes from AltegioApiError).
    message: str
    status_code: int | None


# mypy wants one type for an attribute two bases declare; status_code is int here and
# int | None on AuthenticationError, and is never reassigned after __init__.
class UnauthorizedError(AltegioApiError, AuthenticationError):  # type: ignore[misc]
    """401: the partner or user token is missing, wrong, or was regenerated by a password change."""


class MissingUserTokenError(AuthenticationError):
    """The operation needs a user token and the client has none; raised before anything is sent,
    so ``status_code`` is None and there is no answer, method or URL to show."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id
        self.status_code = None
        self.message = (
            f"{operation_id} needs a user token (security BearerPartnerUser) and this client has none: "
            "call client.login(login, password) (or await client.alogin(...)), pass "
            "AltegioClient(partner_token, user_token=...), or set ALTEGIO_USER_TOKEN for from_env()"
        )
        super().__init__(self.message)


class PermissionDeniedError(AltegioApiError):
    """403: the user lacks the rights for this operation or location."""


class NotFoundError(AltegioApiError):
    """404: no such resource."""


class RateLimitError(AltegioApiError):
    """429: more than 200 requests per minute from this IP. ``retry_after`` in seconds, if sent."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)


class ServerError(AltegioApiError):
    """5xx: the API failed."""


class RateLimiterUnavailableError(AltegioError):
    """The shared rate limiter's store (Redis) cannot be reached and it was set to fail closed
    (``on_error="closed"``): nothing was sent. It may be retried once the store is back."""


class RedirectError(AltegioApiError):
    """3xx: the client never follows a redirect (credentials stay with ``base_url``'s origin);
    ``location`` is where it pointed (None if the answer named no place)."""

    def __init__(self, message: str, *, location: str | None = None, **kwargs: Any) -> None:
        self.location = location
        super().__init__(message, **kwargs)


class PaginationError(AltegioError):
    """``paginate`` stopped: the server repeated a page or sent more items than its own total."""

    def __init__(self, message: str, *, page: int) -> None:
        self.page = page
        super().__init__(message)


# What a generated model's from_dict raises on data of the wrong shape (FieldError is a ValueError).
MODEL_DATA_ERRORS = (KeyError, TypeError, ValueError, AttributeError, OverflowError, RecursionError)


def shorten(value: object, limit: int = 80, show: Callable[[object], str] = repr) -> str:
    """``show(value)`` cut to ``limit`` characters (a server's value may be huge, or nested too
    deeply for repr)."""
    try:
        text = show(value)
    except RecursionError:
        return "<nested too deeply to show>"
    return text if len(text) <= limit else text[: limit - 3] + "..."
