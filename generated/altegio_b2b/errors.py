"""The exceptions this package raises (implemented in ``_runtime.errors``)."""

from ._runtime.errors import (
    AltegioApiError,
    AltegioError,
    ArgumentError,
    AuthenticationError,
    BadRequestError,
    MissingUserTokenError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RateLimiterUnavailableError,
    ResponseFormatError,
    ServerError,
    TimeoutError,
    TransportError,
    ValidationError,
)

__all__ = [
    "AltegioApiError",
    "AltegioError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "MissingUserTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimiterUnavailableError",
    "RateLimitError",
    "ResponseFormatError",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "ValidationError",
]
