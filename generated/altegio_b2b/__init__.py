"""Python client for Altegio's v1 APIs, generated from their OpenAPI documents.

    from altegio_b2b import AltegioClient
    from altegio_b2b.api.chain_loyalty_programs import create_chain_loyalty_program

Names below load on first use, so ``import altegio_b2b`` stays cheap.
"""

from typing import TYPE_CHECKING

from ._runtime.lazy import Deprecated, lazy_attributes
from ._runtime.version import __version__

if TYPE_CHECKING:
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
    from ._runtime.options import RequestOptions
    from ._runtime.pagination import apaginate, paginate
    from ._runtime.ratelimit import ALTEGIO_RATES, DEFAULT_LIMITER, Limiter, Rate, RateLimiter
    from ._runtime.redis_limiter import RedisRateLimiter
    from ._runtime.response import Response
    from ._runtime.retry import RetryPolicy
    from .client import AltegioClient

    TimeoutError = APITimeoutError  # deprecated: type checkers see the alias, the runtime warns on use

__all__ = (
    "__version__",
    "AltegioClient",
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
    "RequestOptions",
    "apaginate",
    "paginate",
    "ALTEGIO_RATES",
    "DEFAULT_LIMITER",
    "Limiter",
    "Rate",
    "RateLimiter",
    "RedisRateLimiter",
    "Response",
    "RetryPolicy",
)

__getattr__, __dir__ = lazy_attributes(
    __name__,
    globals(),
    {
        "AltegioClient": ".client",
        "AltegioApiError": "._runtime.errors",
        "AltegioError": "._runtime.errors",
        "APITimeoutError": "._runtime.errors",
        "ArgumentError": "._runtime.errors",
        "AuthenticationError": "._runtime.errors",
        "BadRequestError": "._runtime.errors",
        "DeadlineExceededError": "._runtime.errors",
        "DecompressedTooLargeError": "._runtime.errors",
        "FieldError": "._runtime.errors",
        "MissingUserTokenError": "._runtime.errors",
        "NotFoundError": "._runtime.errors",
        "PaginationError": "._runtime.errors",
        "PermissionDeniedError": "._runtime.errors",
        "RateLimiterUnavailableError": "._runtime.errors",
        "RateLimitError": "._runtime.errors",
        "RedirectError": "._runtime.errors",
        "ResponseFormatError": "._runtime.errors",
        "ResponseTooLargeError": "._runtime.errors",
        "ServerError": "._runtime.errors",
        "TransportError": "._runtime.errors",
        "UnauthorizedError": "._runtime.errors",
        "ValidationError": "._runtime.errors",
        "RequestOptions": "._runtime.options",
        "apaginate": "._runtime.pagination",
        "paginate": "._runtime.pagination",
        "ALTEGIO_RATES": "._runtime.ratelimit",
        "DEFAULT_LIMITER": "._runtime.ratelimit",
        "Limiter": "._runtime.ratelimit",
        "Rate": "._runtime.ratelimit",
        "RateLimiter": "._runtime.ratelimit",
        "RedisRateLimiter": "._runtime.redis_limiter",
        "Response": "._runtime.response",
        "RetryPolicy": "._runtime.retry",
    },
    deprecated={
        "TimeoutError": Deprecated("._runtime.errors", "APITimeoutError", "0.4.0"),
    },
)
