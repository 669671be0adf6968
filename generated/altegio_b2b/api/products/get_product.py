"""Get Products

GET /goods/{location_id}/{product_id} (operation `get_product` of the Business Management API); needs the partner and the user token.
"""

import datetime
from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime import shapes as _shapes
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_product_response_200_item import GetProductResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_product",
    "GET",
    "/goods/{location_id}/{product_id}",
    "BearerPartnerUser",
    paging=Paging("query", "page", "count"),
)
_RESPONSE = _fields.ListOf(_fields.Model("GetProductResponse200Item"))


def _request(
    location_id: int,
    product_id: int,
    *,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("product_id", product_id, required=True)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    _arguments.integer("category_id", category_id, required=False)

    _arguments.datetime("changed_after", changed_after, required=False)

    _arguments.datetime("changed_before", changed_before, required=False)

    params: dict[str, Any] = {}
    params["term"] = term
    params["page"] = page
    params["count"] = count
    params["category_id"] = category_id
    json_changed_after: str | Unset = UNSET
    if not isinstance(changed_after, Unset):
        json_changed_after = changed_after.isoformat()
    params["changed_after"] = json_changed_after
    json_changed_before: str | Unset = UNSET
    if not isinstance(changed_before, Unset):
        json_changed_before = changed_before.isoformat()
    params["changed_before"] = json_changed_before
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "product_id": product_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[GetProductResponse200Item]:
    data = _shapes.as_list(data)
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    product_id: int,
    *,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetProductResponse200Item] | None:
    """Get Products

    + term: Name, article or barcode

    + page (number, `1`) - Page number (not used if product_id is passed)

    + count (number, `25`) - Number of products on the page (not used if product_id is passed)

    + category_id (number, `777`) - Id of the product category (not used if product_id is passed)

    + changed_after (string) - filtering products changed/created since a specific date and time (not
    used if product_id is passed)

    + changed_before (string) - filtering products changed/created before a specific date and time (not
    used if product_id is passed)

    GET /goods/{location_id}/{product_id} (operation `get_product` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        product_id (int): Product ID (if you need to get a specific product)
        term (str | Unset): name, article number or barcode
        page (int | Unset): page number
        count (int | Unset): number of products per page
        category_id (int | Unset): Product category ID
        changed_after (datetime.datetime | Unset): filtering products modified/created since a
            specific date and time
        changed_before (datetime.datetime | Unset): filtering products modified/created before a
            specific date and time
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetProductResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    product_id: int,
    *,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetProductResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetProductResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                product_id=product_id,
                term=term,
                page=page,
                count=count,
                category_id=category_id,
                changed_after=changed_after,
                changed_before=changed_before,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    term: str | Unset = UNSET,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    category_id: int | Unset = UNSET,
    changed_after: datetime.datetime | Unset = UNSET,
    changed_before: datetime.datetime | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetProductResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            term=term,
            page=page,
            count=count,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
        ),
        _parse_data,
        options,
    )
