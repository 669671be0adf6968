"""Create Transaction

POST /storage_operations/goods_transactions/{location_id} (operation `create_transaction` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_transaction_body import CreateTransactionBody
from ...models.create_transaction_response_200 import CreateTransactionResponse200
from ...types import Response

_OPERATION = Operation(
    "create_transaction", "POST", "/storage_operations/goods_transactions/{location_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("CreateTransactionResponse200")

_BODY = _fields.Model("CreateTransactionBody")


def _request(
    location_id: int,
    *,
    body: CreateTransactionBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, CreateTransactionBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreateTransactionResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: CreateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTransactionResponse200 | None:
    """Create Transaction

    POST /storage_operations/goods_transactions/{location_id} (operation `create_transaction` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (CreateTransactionBody): Create Transaction Example: {'document_id': 22254960,
            'good_id': 232674, 'amount': 1, 'cost_per_unit': 100, 'discount': 10, 'cost': 90,
            'operation_unit_type': 1, 'master_id': 26781, 'client_id': 0, 'supplier_id': 0, 'comment':
            'Transaction comment'}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: CreateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTransactionResponse200]:
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
    body: CreateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateTransactionResponse200 | None:
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
    body: CreateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateTransactionResponse200]:
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
