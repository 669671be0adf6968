"""Create an inventory operation

POST /storage_operations/operation/{location_id} (operation `create_inventory_operation` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_inventory_operation_body import CreateInventoryOperationBody
from ...models.create_inventory_operation_response_200 import CreateInventoryOperationResponse200
from ...types import Response

_OPERATION = Operation(
    "create_inventory_operation", "POST", "/storage_operations/operation/{location_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("CreateInventoryOperationResponse200")

_BODY = _fields.Model("CreateInventoryOperationBody")


def _request(
    location_id: int,
    *,
    body: CreateInventoryOperationBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateInventoryOperationBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreateInventoryOperationResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: CreateInventoryOperationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateInventoryOperationResponse200 | None:
    """Create an inventory operation

    An inventory operation is created by submitting a document along with multiple product transactions
    in a single API request. If a payment type is specified, the corresponding financial transactions
    will be generated automatically.

    POST /storage_operations/operation/{location_id} (operation `create_inventory_operation` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (CreateInventoryOperationBody): Create an inventory operation Example: {'type_id': 1,
            'comment': 'test document comment', 'create_date': '2026-09-21T23:00:00.000-05:00',
            'master_id': 0, 'storage_id': 91271, 'transactions': [{'good_id': 232674,
            'operation_unit_type': 1, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
            'client_id': 0, 'supplier_id': 0, 'comment': 'test transaction comment'}]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateInventoryOperationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: CreateInventoryOperationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateInventoryOperationResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: CreateInventoryOperationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateInventoryOperationResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: CreateInventoryOperationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateInventoryOperationResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
