from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_product_category_body import UpdateProductCategoryBody
from ...models.update_product_category_response_200 import UpdateProductCategoryResponse200
from ...types import Response

_OPERATION = OPERATIONS["update_product_category"]


def _get_kwargs(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("category_id", category_id, required=True)

    _arguments.instance("body", body, UpdateProductCategoryBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/goods_categories/{location_id}/{category_id}".format(
            location_id=quote(str(location_id), safe=""),
            category_id=quote(str(category_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateProductCategoryResponse200:
    response_200 = UpdateProductCategoryResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateProductCategoryResponse200]:
    """Edit a Product Category

    The method allows you to edit the product category

    PUT /goods_categories/{location_id}/{category_id} (operation `update_product_category`)

    Args:
        location_id (int): Location ID
        category_id (int): Product category ID
        body (UpdateProductCategoryBody): Create a Product Category
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateProductCategoryResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        category_id=category_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    PUT /goods_categories/{location_id}/{category_id} (operation `update_product_category`)

    Args:
        location_id (int): Location ID
        category_id (int): Product category ID
        body (UpdateProductCategoryBody): Create a Product Category
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateProductCategoryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        category_id=category_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateProductCategoryResponse200]:
    """Edit a Product Category

    The method allows you to edit the product category

    PUT /goods_categories/{location_id}/{category_id} (operation `update_product_category`)

    Args:
        location_id (int): Location ID
        category_id (int): Product category ID
        body (UpdateProductCategoryBody): Create a Product Category
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateProductCategoryResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        category_id=category_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    category_id: int,
    *,
    body: UpdateProductCategoryBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateProductCategoryResponse200 | None:
    """Edit a Product Category

    The method allows you to edit the product category

    PUT /goods_categories/{location_id}/{category_id} (operation `update_product_category`)

    Args:
        location_id (int): Location ID
        category_id (int): Product category ID
        body (UpdateProductCategoryBody): Create a Product Category
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateProductCategoryResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            category_id=category_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
