"""Edit Products

PUT /goods/{location_id}/{product_id} (operation `update_product` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime import shapes as _shapes
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_product_body import UpdateProductBody
from ...models.update_product_response_200_item import UpdateProductResponse200Item
from ...types import Response

_OPERATION = Operation("update_product", "PUT", "/goods/{location_id}/{product_id}", "BearerPartnerUser")
_RESPONSE = _fields.ListOf(_fields.Model("UpdateProductResponse200Item"))

_BODY = _fields.Model("UpdateProductBody")


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
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "product_id": product_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> list[UpdateProductResponse200Item]:
    data = _shapes.as_list(data)
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    product_id: int,
    *,
    body: UpdateProductBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateProductResponse200Item] | None:
    """Edit Products

    The method allows you to change the product parameters.
    When editing units of measure for a product that already has inventory operations, you must add an
    array of rules for recalculating units of measure - correction_rules. Otherwise, the array is
    optional.

    PUT /goods/{location_id}/{product_id} (operation `update_product` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        product_id (int): Product ID
        body (UpdateProductBody): Product Creation Method Example: {'title': 'Shampoo',
            'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
            'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762,
            'unit_equals': 100, 'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto':
            250, 'comment': 'Test comment 123', 'tax_variant': 0, 'vat_id': 3, 'correction_rules':
            [{'type': 1, 'base_unit': 'service'}, {'type': 2, 'base_unit': 'service'}, {'type': 3,
            'base_unit': 'sale'}, {'type': 4, 'base_unit': 'sale'}, {'type': 5, 'base_unit':
            'sale'}]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateProductResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
) -> Response[list[UpdateProductResponse200Item]]:
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
) -> list[UpdateProductResponse200Item] | None:
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
) -> Response[list[UpdateProductResponse200Item]]:
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
