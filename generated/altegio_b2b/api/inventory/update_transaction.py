from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_transaction_body import UpdateTransactionBody
from ...models.update_transaction_response_200 import UpdateTransactionResponse200
from ...types import Response

_OPERATION = OPERATIONS["update_transaction"]


def _get_kwargs(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("transaction_id", transaction_id, required=True)

    _arguments.instance("body", body, UpdateTransactionBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/storage_operations/goods_transactions/{location_id}/{transaction_id}".format(
            location_id=quote(str(location_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateTransactionResponse200:
    response_200 = UpdateTransactionResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateTransactionResponse200]:
    """Transaction update

    PUT /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `update_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateTransactionBody): Create Transaction
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateTransactionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        transaction_id=transaction_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateTransactionResponse200 | None:
    """Transaction update

    PUT /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `update_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateTransactionBody): Create Transaction
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        transaction_id=transaction_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateTransactionResponse200]:
    """Transaction update

    PUT /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `update_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateTransactionBody): Create Transaction
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateTransactionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        transaction_id=transaction_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateTransactionResponse200 | None:
    """Transaction update

    PUT /storage_operations/goods_transactions/{location_id}/{transaction_id} (operation `update_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateTransactionBody): Create Transaction
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            transaction_id=transaction_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
