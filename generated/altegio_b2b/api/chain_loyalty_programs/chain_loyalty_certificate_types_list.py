"""List certificate types

GET /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_list` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.chain_loyalty_certificate_types_list_response_200_item import (
    ChainLoyaltyCertificateTypesListResponse200Item,
)
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "chain_loyalty_certificate_types_list",
    "GET",
    "/chain/{chain_id}/loyalty/certificate_types",
    "BearerPartnerUser",
    paging=Paging("query", "page", "page_size"),
)
_RESPONSE = _fields.ListOf(_fields.Model("ChainLoyaltyCertificateTypesListResponse200Item"))


def _request(
    chain_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("page", page, required=False)

    _arguments.integer("page_size", page_size, required=False)

    params: dict[str, Any] = {}
    params["title"] = title
    params["page"] = page
    params["page_size"] = page_size
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[ChainLoyaltyCertificateTypesListResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ChainLoyaltyCertificateTypesListResponse200Item] | None:
    """List certificate types

    Retrieves a list of certificate types at the chain level.

    Returns all certificate types configured for the chain with optional filtering
    and pagination.

    **Query Parameters:**
    - `title` - Filter by certificate type name (partial match)
    - `page` - Page number (default: 1)
    - `page_size` - Items per page (default: 10, max: 100)

    **Item Type Restrictions:**
    - 0 = All services and products
    - 1 = Any services (no products)
    - 2 = Any products (no services)
    - 3 = Specific services only (no products)
    - 4 = Specific services + any products

    **Expiration Types:**
    - 0 = No expiration
    - 1 = Fixed date for all instances
    - 2 = Fixed period from sale date

    **Expiration Units:**
    - 1 = day
    - 2 = week
    - 3 = month
    - 4 = year

    GET /chain/{chain_id}/loyalty/certificate_types (operation `chain_loyalty_certificate_types_list` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        title (str | Unset): Filter by certificate type name (partial match)
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Items per page (max 100) Default: 10.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[ChainLoyaltyCertificateTypesListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ChainLoyaltyCertificateTypesListResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[ChainLoyaltyCertificateTypesListResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                title=title,
                page=page,
                page_size=page_size,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    title: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[ChainLoyaltyCertificateTypesListResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            title=title,
            page=page,
            page_size=page_size,
        ),
        _parse_data,
        options,
    )
