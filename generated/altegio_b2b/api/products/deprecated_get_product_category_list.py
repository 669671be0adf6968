"""Get a list of product categories

GET /goods_categories/{location_id}/{category_id} (operation `deprecated_get_product_category_list` of the Business Management API); needs the partner and the user token.
Deprecated by Altegio.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.deprecated_get_product_category_list_response_200_item import (
    DeprecatedGetProductCategoryListResponse200Item,
)
from ...types import Response

_OPERATION = Operation(
    "deprecated_get_product_category_list",
    "GET",
    "/goods_categories/{location_id}/{category_id}",
    "BearerPartnerUser",
    deprecated=True,
)
_RESPONSE = _fields.ListOf(_fields.Model("DeprecatedGetProductCategoryListResponse200Item"))


def _request(
    location_id: int,
    category_id: int,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("category_id", category_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "category_id": category_id,
        },
    )


def _parse_data(data: Any) -> list[DeprecatedGetProductCategoryListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    category_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeprecatedGetProductCategoryListResponse200Item] | None:
    """Get a list of product categories

    Deprecated: Altegio marks this operation deprecated; expect it to be removed.

    GET /goods_categories/{location_id}/{category_id} (operation `deprecated_get_product_category_list` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        category_id (int): ID of the parent product category. Default 0 - top-level categories are
            displayed (optional)
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[DeprecatedGetProductCategoryListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    category_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeprecatedGetProductCategoryListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    category_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[DeprecatedGetProductCategoryListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                category_id=category_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    category_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[DeprecatedGetProductCategoryListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
        ),
        _parse_data,
        options,
    )
