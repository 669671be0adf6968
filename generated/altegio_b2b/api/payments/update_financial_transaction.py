from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_financial_transaction_body import UpdateFinancialTransactionBody
from ...models.update_financial_transaction_response_200_item import UpdateFinancialTransactionResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["update_financial_transaction"]


def _get_kwargs(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateFinancialTransactionBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("transaction_id", transaction_id, required=True)

    _arguments.instance("body", body, UpdateFinancialTransactionBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/finance_transactions/{location_id}/{transaction_id}".format(
            location_id=quote(str(location_id), safe=""),
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> list[UpdateFinancialTransactionResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = UpdateFinancialTransactionResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    transaction_id: int,
    *,
    body: UpdateFinancialTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateFinancialTransactionResponse200Item]]:
    """Financial Transaction Update

    PUT /finance_transactions/{location_id}/{transaction_id} (operation `update_financial_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateFinancialTransactionBody): Create a Financial Transaction
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UpdateFinancialTransactionResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
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
    body: UpdateFinancialTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateFinancialTransactionResponse200Item] | None:
    """Financial Transaction Update

    PUT /finance_transactions/{location_id}/{transaction_id} (operation `update_financial_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateFinancialTransactionBody): Create a Financial Transaction
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateFinancialTransactionResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: UpdateFinancialTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[UpdateFinancialTransactionResponse200Item]]:
    """Financial Transaction Update

    PUT /finance_transactions/{location_id}/{transaction_id} (operation `update_financial_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateFinancialTransactionBody): Create a Financial Transaction
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[UpdateFinancialTransactionResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
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
    body: UpdateFinancialTransactionBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[UpdateFinancialTransactionResponse200Item] | None:
    """Financial Transaction Update

    PUT /finance_transactions/{location_id}/{transaction_id} (operation `update_financial_transaction`)

    Args:
        location_id (int): location ID
        transaction_id (int): transaction ID
        body (UpdateFinancialTransactionBody): Create a Financial Transaction
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[UpdateFinancialTransactionResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
