"""Transaction update

PUT /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `update_transaction` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_transaction_body import UpdateTransactionBody
from ...models.update_transaction_response_200 import UpdateTransactionResponse200
from ...types import Response

_OPERATION = Operation(
    "update_transaction",
    "PUT",
    "/storage_operations/goods_transactions/{location_id}/{transaction_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("UpdateTransactionResponse200")

_BODY = _fields.Model("UpdateTransactionBody")


def _request(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("transaction_id", transaction_id, required=True)

    _arguments.instance("body", body, UpdateTransactionBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "transaction_id": transaction_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateTransactionResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateTransactionResponse200 | None:
    """Transaction update

    PUT /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `update_transaction` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateTransactionBody): Create Transaction Example: {'document_id': 22254960,
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
        UpdateTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            transaction_id=transaction_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateTransactionResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            transaction_id=transaction_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateTransactionResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                transaction_id=transaction_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateTransactionResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            transaction_id=transaction_id,
            body=body,
        ),
        _parse_data,
        options,
    )
