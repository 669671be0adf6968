"""Edit Products

PUT /goods/{location_id}/{product_id} (operation `update_product`); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_product_body import UpdateProductBody
from ...models.update_product_response_200 import UpdateProductResponse200
from ...types import Response

_OPERATION = Operation("update_product", "PUT", "/goods/{location_id}/{product_id}", "BearerPartnerUser")


def _request(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("product_id", product_id, required=True)

    _arguments.instance("body", body, UpdateProductBody, required=True)

    _json: Any = None
    _json = body.to_dict()

    return RequestParts(
        path_params={
            "location_id": location_id,
            "product_id": product_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateProductResponse200:
    response_200 = UpdateProductResponse200.from_dict(data)

    return response_200


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

    PUT /goods/{location_id}/{product_id} (operation `update_product`); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        product_id (int): Product ID
        body (UpdateProductBody): Product Creation Method
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateProductResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateProductResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateProductResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                product_id=product_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateProductResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            product_id=product_id,
            body=body,
        ),
        _parse_data,
        options,
    )
