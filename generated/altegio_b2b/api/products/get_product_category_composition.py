"""Example of a request to get the composition of a category

GET /goods/category_node/{location_id}/{category_id} (operation `get_product_category_composition` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_product_category_composition_response_200 import GetProductCategoryCompositionResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_product_category_composition", "GET", "/goods/category_node/{location_id}/{category_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("GetProductCategoryCompositionResponse200")


def _request(
    location_id: int,
    category_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("category_id", category_id, required=True)

    _arguments.integer("page", page, required=False)

    _arguments.integer("count", count, required=False)

    params: dict[str, Any] = {}
    params["page"] = page
    params["count"] = count
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "location_id": location_id,
            "category_id": category_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetProductCategoryCompositionResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    category_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetProductCategoryCompositionResponse200 | None:
    """Example of a request to get the composition of a category

    ##№ Composition of the product category

    Information on a product category and its descendants can be obtained by making a request specifying
    the location ID and product category.
    Pagination is supported, specified by the `page` and `count` parameters.

    **Composition of a product category** has the following structure:

    | Field           | Type                                                                 |
    Description
    |
    |-----------------|----------------------------------------------------------------------|----------
    -------------------------------------------------------------------------------------------------|
    | parent_id       | number                                                               | Parent
    element ID (0 for root elements)                                                                   |
    | item_id         | number                                                               | Item ID
    (always 0)                                                                                        |
    | category_id     | number                                                               | Product
    category ID                                                                                       |
    | title           | string                                                               | Product
    category name                                                                                     |
    | is_chain        | boolean                                                              | Is the
    element chain-bound? true - the element is connected to the chain, false - not connected          |
    | is_category     | boolean                                                              | Is the
    element a category? always true                                                                    |
    | is_item         | boolean                                                              | Is the
    item a product? always false                                                                       |
    | children        | array of objects ([Product tree element](#good-category-tree-node)) | Child
    elements of a product category
    |
    | children_count  | number                                                               | Total
    number of child products and categories (no recursion)
    |

    GET /goods/category_node/{location_id}/{category_id} (operation `get_product_category_composition` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        category_id (int): Product Category ID
        page (int | Unset): Page number
        count (int | Unset): The number of products displayed on the page. Maximum 1000
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetProductCategoryCompositionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    category_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetProductCategoryCompositionResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    category_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetProductCategoryCompositionResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                category_id=category_id,
                page=page,
                count=count,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    category_id: int,
    *,
    page: int | Unset = UNSET,
    count: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetProductCategoryCompositionResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
            page=page,
            count=count,
        ),
        _parse_data,
        options,
    )
