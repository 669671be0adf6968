"""Edit a Product Category

PUT /goods_categories/{location_id}/{category_id} (operation `update_product_category` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_product_category_body import UpdateProductCategoryBody
from ...models.update_product_category_response_200 import UpdateProductCategoryResponse200
from ...types import Response

_OPERATION = Operation(
    "update_product_category", "PUT", "/goods_categories/{location_id}/{category_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("UpdateProductCategoryResponse200")

_BODY = _fields.Model("UpdateProductCategoryBody")


def _request(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("category_id", category_id, required=True)

    _arguments.instance("body", body, UpdateProductCategoryBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "category_id": category_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateProductCategoryResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateProductCategoryResponse200 | None:
    """Edit a Product Category

    The method allows you to edit the product category

    PUT /goods_categories/{location_id}/{category_id} (operation `update_product_category` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        category_id (int): Product category ID
        body (UpdateProductCategoryBody): Create a Product Category Example: {'title': 'Manicure',
            'parent_category_id': 123456, 'article': '123article', 'comment': 'Category of products
            for manicure'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateProductCategoryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateProductCategoryResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateProductCategoryResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                category_id=category_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateProductCategoryResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            category_id=category_id,
            body=body,
        ),
        _parse_data,
        options,
    )
