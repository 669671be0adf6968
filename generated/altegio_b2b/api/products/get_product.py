"""Get Products

GET /goods/{location_id}/{product_id} (operation `get_product`); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_product_response_200 import GetProductResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation("get_product", "GET", "/goods/{location_id}/{product_id}", "BearerPartnerUser")


def _request(
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    term: str | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("product_id", product_id, required=True)

    _arguments.integer("category_id", category_id, required=False)

    _arguments.number("count", count, required=False)

    _arguments.number("page", page, required=False)

    params: dict[str, Any] = {}
    params["category_id"] = category_id
    params["changed_after"] = changed_after
    params["changed_before"] = changed_before
    params["count"] = count
    params["page"] = page
    params["term"] = term
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "product_id": product_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetProductResponse200:
    response_200 = GetProductResponse200.from_dict(data)

    return response_200


def sync(
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetProductResponse200 | None:
    """Get Products

    + term: Name, article or barcode

    + page (number, `1`) - Page number (not used if product_id is passed)

    + count (number, `25`) - Number of products on the page (not used if product_id is passed)

    + category_id (number, `777`) - Id of the product category (not used if product_id is passed)

    + changed_after (string) - filtering products changed/created since a specific date and time (not
    used if product_id is passed)

    + changed_before (string) - filtering products changed/created before a specific date and time (not
    used if product_id is passed)

    GET /goods/{location_id}/{product_id} (operation `get_product`); needs the partner and the user token.

    Args:
        location_id (int): location ID
        product_id (int): Product ID (if you need to get a specific product)
        category_id (int | Unset): Product category ID
        changed_after (str | Unset): filtering products modified/created since a specific date and
            time
        changed_before (str | Unset): filtering products modified/created before a specific date
            and time
        count (float | Unset): number of products per page
        page (float | Unset): page number
        term (str | Unset): name, article number or barcode
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetProductResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            page=page,
            term=term,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetProductResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            page=page,
            term=term,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetProductResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                product_id=product_id,
                category_id=category_id,
                changed_after=changed_after,
                changed_before=changed_before,
                count=count,
                page=page,
                term=term,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    category_id: int | Unset = UNSET,
    changed_after: str | Unset = UNSET,
    changed_before: str | Unset = UNSET,
    count: float | Unset = UNSET,
    page: float | Unset = UNSET,
    term: str | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetProductResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            category_id=category_id,
            changed_after=changed_after,
            changed_before=changed_before,
            count=count,
            page=page,
            term=term,
        ),
        _parse_data,
        options,
    )
