"""Search products and categories

GET /goods/search/{location_id} (operation `search_product` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.search_product_response_200_item import SearchProductResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = Operation("search_product", "GET", "/goods/search/{location_id}", "BearerPartnerUser")
_RESPONSE = _fields.ListOf(_fields.Model("SearchProductResponse200Item"))


def _request(
    location_id: int,
    *,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("count", count, required=False)

    params: dict[str, Any] = {}
    params["term"] = term
    params["count"] = count
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> list[SearchProductResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchProductResponse200Item] | None:
    """Search products and categories

    ### List of products and product categories

    You can retrieve a list of products and product categories by providing the location ID. Use the
    `search_term` parameter to filter:
    + Product categories by name or article
    + Products by name, article, or barcode

    Limit the number of results using the `max_count` parameter.

    If `search_term` is not provided, the response will return a list of root categories for the
    specified location. In this case, the `max_count` parameter is ignored. If `search_term` is
    provided, the system will first search among categories. If fewer than `max_count` results are
    found, the search will continue among products to fill the remaining count.

    The result is returned as an array of [products tree elements](#product-category-tree-node).

    <a name="product-category-tree-node"></a>
    **Product tree element** has the following structure:

    | Field | Type | Description |
    | -------------| ------- | --------------------------------------------------
    ----------------------------------------- |
    | parent_id | number | Parent element ID (0 for root elements) |
    | item_id | number | Item ID (0 if item is a category) |
    | category_id | number | Product category ID (0 if the item is a product) |
    | title | string | Product name or product category |
    | is_chain | boolean | Is the element chain-bound? true - the element is connected to the chain,
    false - not connected |
    | is_category | boolean | Is the element a category? true - category, false - product |
    | is_item | boolean | Is the item a product? true - product, false - category |

    GET /goods/search/{location_id} (operation `search_product` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        term (str | Unset): Search query by name, article number or barcode
        count (int | Unset): The number of output lines per page. Maximum 100
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[SearchProductResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            term=term,
            count=count,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchProductResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            term=term,
            count=count,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[SearchProductResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                term=term,
                count=count,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    term: str | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[SearchProductResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            term=term,
            count=count,
        ),
        _parse_data,
        options,
    )
