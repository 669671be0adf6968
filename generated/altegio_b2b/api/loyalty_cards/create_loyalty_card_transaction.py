from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
from ...models.create_loyalty_card_transaction_response_200 import CreateLoyaltyCardTransactionResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["create_loyalty_card_transaction"]


def _get_kwargs(
    location_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("card_id", card_id, required=True)

    _arguments.instance("body", body, CreateLoyaltyCardTransactionBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/company/{location_id}/loyalty/cards/{card_id}/manual_transaction".format(
            location_id=quote(str(location_id), safe=""),
            card_id=quote(str(card_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> CreateLoyaltyCardTransactionResponse200:
    response_200 = CreateLoyaltyCardTransactionResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateLoyaltyCardTransactionResponse200]:
    """Manual withdraw/deposit to loyalty card in location

    Manual withdraw/deposit to loyalty card in location

    POST /company/{location_id}/loyalty/cards/{card_id}/manual_transaction (operation `create_loyalty_card_transaction`)

    Args:
        location_id (int): ID of a location.
        card_id (int): Loyalty card ID
        body (CreateLoyaltyCardTransactionBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateLoyaltyCardTransactionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateLoyaltyCardTransactionResponse200 | None:
    """Manual withdraw/deposit to loyalty card in location

    Manual withdraw/deposit to loyalty card in location

    POST /company/{location_id}/loyalty/cards/{card_id}/manual_transaction (operation `create_loyalty_card_transaction`)

    Args:
        location_id (int): ID of a location.
        card_id (int): Loyalty card ID
        body (CreateLoyaltyCardTransactionBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateLoyaltyCardTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        card_id=card_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateLoyaltyCardTransactionResponse200]:
    """Manual withdraw/deposit to loyalty card in location

    Manual withdraw/deposit to loyalty card in location

    POST /company/{location_id}/loyalty/cards/{card_id}/manual_transaction (operation `create_loyalty_card_transaction`)

    Args:
        location_id (int): ID of a location.
        card_id (int): Loyalty card ID
        body (CreateLoyaltyCardTransactionBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[CreateLoyaltyCardTransactionResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        card_id=card_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    card_id: int,
    *,
    body: CreateLoyaltyCardTransactionBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateLoyaltyCardTransactionResponse200 | None:
    """Manual withdraw/deposit to loyalty card in location

    Manual withdraw/deposit to loyalty card in location

    POST /company/{location_id}/loyalty/cards/{card_id}/manual_transaction (operation `create_loyalty_card_transaction`)

    Args:
        location_id (int): ID of a location.
        card_id (int): Loyalty card ID
        body (CreateLoyaltyCardTransactionBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateLoyaltyCardTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            card_id=card_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
