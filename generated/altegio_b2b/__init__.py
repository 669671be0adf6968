"""Python client for the Altegio B2B API v1 (Business Management), generated from its OpenAPI spec.

    from altegio_b2b import AltegioClient
    from altegio_b2b.api.chain_loyalty_programs import create_chain_loyalty_program

Names below load on first use, so ``import altegio_b2b`` stays cheap.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._runtime.version import __version__

if TYPE_CHECKING:
    from ._runtime.client import AltegioClient
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
    from ._runtime.options import RequestOptions
    from ._runtime.pagination import apaginate, paginate
    from ._runtime.ratelimit import ALTEGIO_RATES, DEFAULT_LIMITER, Limiter, Rate, RateLimiter
    from ._runtime.redis_limiter import RedisRateLimiter
    from ._runtime.response import Response
    from ._runtime.retry import RetryPolicy

_MODULE_OF: dict[str, str] = {
    "AltegioClient": "._runtime.client",
    "RequestOptions": "._runtime.options",
    "paginate": "._runtime.pagination",
    "apaginate": "._runtime.pagination",
    "DEFAULT_LIMITER": "._runtime.ratelimit",
    "RateLimiter": "._runtime.ratelimit",
    "ALTEGIO_RATES": "._runtime.ratelimit",
    "Limiter": "._runtime.ratelimit",
    "Rate": "._runtime.ratelimit",
    "RedisRateLimiter": "._runtime.redis_limiter",
    "Response": "._runtime.response",
    "RetryPolicy": "._runtime.retry",
    **dict.fromkeys(
        (
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
        ),
        "._runtime.errors",
    ),
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "__version__",
    "apaginate",
    "paginate",
    "AltegioApiError",
    "AltegioClient",
    "AltegioError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ALTEGIO_RATES",
    "DEFAULT_LIMITER",
    "Limiter",
    "MissingUserTokenError",
    "NotFoundError",
    "PermissionDeniedError",
    "Rate",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RedisRateLimiter",
    "RequestOptions",
    "ResponseFormatError",
    "Response",
    "RetryPolicy",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "ValidationError",
)
