from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_product_body import UpdateProductBody
from ...models.update_product_response_200 import UpdateProductResponse200
from ...types import Response

_OPERATION = OPERATIONS["update_product"]


def _get_kwargs(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("product_id", product_id, required=True)

    _arguments.instance("body", body, UpdateProductBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/goods/{location_id}/{product_id}".format(
            location_id=quote(str(location_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateProductResponse200:
    response_200 = UpdateProductResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateProductResponse200]:
    """Edit Products

    The method allows you to change the product parameters.
    When editing units of measure for a product that already has inventory operations, you must add an
    array of rules for recalculating units of measure - correction_rules. Otherwise, the array is
    optional.

    PUT /goods/{location_id}/{product_id} (operation `update_product`)

    Args:
        location_id (int): Location ID
        product_id (int): Product ID
        body (UpdateProductBody): Product Creation Method
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateProductResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateProductResponse200 | None:
    """Edit Products

    The method allows you to change the product parameters.
    When editing units of measure for a product that already has inventory operations, you must add an
    array of rules for recalculating units of measure - correction_rules. Otherwise, the array is
    optional.

    PUT /goods/{location_id}/{product_id} (operation `update_product`)

    Args:
        location_id (int): Location ID
        product_id (int): Product ID
        body (UpdateProductBody): Product Creation Method
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateProductResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        product_id=product_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateProductResponse200]:
    """Edit Products

    The method allows you to change the product parameters.
    When editing units of measure for a product that already has inventory operations, you must add an
    array of rules for recalculating units of measure - correction_rules. Otherwise, the array is
    optional.

    PUT /goods/{location_id}/{product_id} (operation `update_product`)

    Args:
        location_id (int): Location ID
        product_id (int): Product ID
        body (UpdateProductBody): Product Creation Method
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateProductResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        product_id=product_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateProductResponse200 | None:
    """Edit Products

    The method allows you to change the product parameters.
    When editing units of measure for a product that already has inventory operations, you must add an
    array of rules for recalculating units of measure - correction_rules. Otherwise, the array is
    optional.

    PUT /goods/{location_id}/{product_id} (operation `update_product`)

    Args:
        location_id (int): Location ID
        product_id (int): Product ID
        body (UpdateProductBody): Product Creation Method
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateProductResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            product_id=product_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
