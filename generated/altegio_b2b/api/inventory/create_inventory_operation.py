from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_inventory_operation_body import CreateInventoryOperationBody
from ...models.create_inventory_operation_response_200 import CreateInventoryOperationResponse200
from ...types import Response

_OPERATION = OPERATIONS["create_inventory_operation"]


def _get_kwargs(
    location_id: int,
    *,
    body: CreateInventoryOperationBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateInventoryOperationBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/storage_operations/operation/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreateInventoryOperationResponse200:
    response_200 = CreateInventoryOperationResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    body: CreateInventoryOperationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateInventoryOperationResponse200]:
    """Create an inventory operation

    An inventory operation is created by submitting a document along with multiple product transactions
    in a single API request. If a payment type is specified, the corresponding financial transactions
    will be generated automatically.

    POST /storage_operations/operation/{location_id} (operation `create_inventory_operation`)

    Args:
        location_id (int): location ID
        body (CreateInventoryOperationBody): Create an inventory operation
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateInventoryOperationResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    POST /storage_operations/operation/{location_id} (operation `create_inventory_operation`)

    Args:
        location_id (int): location ID
        body (CreateInventoryOperationBody): Create an inventory operation
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateInventoryOperationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: CreateInventoryOperationBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateInventoryOperationResponse200]:
    """Create an inventory operation

    An inventory operation is created by submitting a document along with multiple product transactions
    in a single API request. If a payment type is specified, the corresponding financial transactions
    will be generated automatically.

    POST /storage_operations/operation/{location_id} (operation `create_inventory_operation`)

    Args:
        location_id (int): location ID
        body (CreateInventoryOperationBody): Create an inventory operation
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateInventoryOperationResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    POST /storage_operations/operation/{location_id} (operation `create_inventory_operation`)

    Args:
        location_id (int): location ID
        body (CreateInventoryOperationBody): Create an inventory operation
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateInventoryOperationResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
