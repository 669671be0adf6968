"""The exceptions this package raises (implemented in ``_runtime.errors``)."""

from typing import TYPE_CHECKING

from ._runtime.errors import (
    AltegioApiError,
    AltegioError,
    APITimeoutError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    DeadlineExceededError,
    DecompressedTooLargeError,
    FieldError,
    MissingUserTokenError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RateLimiterUnavailableError,
    RedirectError,
    ResponseFormatError,
    ResponseTooLargeError,
    ServerError,
    TransportError,
    UnauthorizedError,
    ValidationError,
)
from ._runtime.lazy import Deprecated, lazy_attributes

if TYPE_CHECKING:
    TimeoutError = APITimeoutError  # deprecated: type checkers see the alias, the runtime warns on use

__all__ = [
    "AltegioApiError",
    "AltegioError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "DeadlineExceededError",
    "DecompressedTooLargeError",
    "FieldError",
    "MissingUserTokenError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimiterUnavailableError",
    "RateLimitError",
    "RedirectError",
    "ResponseFormatError",
    "ResponseTooLargeError",
    "ServerError",
    "TransportError",
    "UnauthorizedError",
    "ValidationError",
]

__getattr__, __dir__ = lazy_attributes(
    __name__,
    globals(),
    deprecated={
        "TimeoutError": Deprecated("._runtime.errors", "APITimeoutError", "0.4.0"),
    },
)
