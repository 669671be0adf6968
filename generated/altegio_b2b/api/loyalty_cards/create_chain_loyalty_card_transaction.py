"""Manual withdraw/deposit to loyalty card in chain

POST /chain/{chain_id}/loyalty/cards/{card_id}/manual_transaction (operation `create_chain_loyalty_card_transaction` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.create_chain_loyalty_card_transaction_body import CreateChainLoyaltyCardTransactionBody
from ...models.create_chain_loyalty_card_transaction_response_200 import CreateChainLoyaltyCardTransactionResponse200
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "create_chain_loyalty_card_transaction",
    "POST",
    "/chain/{chain_id}/loyalty/cards/{card_id}/manual_transaction",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("CreateChainLoyaltyCardTransactionResponse200")

_BODY = _fields.Model("CreateChainLoyaltyCardTransactionBody")


def _request(
    chain_id: int,
    card_id: int,
    *,
    body: CreateChainLoyaltyCardTransactionBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("card_id", card_id, required=True)

    _arguments.instance("body", body, CreateChainLoyaltyCardTransactionBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
            "card_id": card_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CreateChainLoyaltyCardTransactionResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    card_id: int,
    *,
    body: CreateChainLoyaltyCardTransactionBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateChainLoyaltyCardTransactionResponse200 | None:
    """Manual withdraw/deposit to loyalty card in chain

    Manual withdraw/deposit to loyalty card in chain

    POST /chain/{chain_id}/loyalty/cards/{card_id}/manual_transaction (operation `create_chain_loyalty_card_transaction` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): ID of a chain.
        card_id (int): Loyalty card ID
        body (CreateChainLoyaltyCardTransactionBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CreateChainLoyaltyCardTransactionResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            card_id=card_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    card_id: int,
    *,
    body: CreateChainLoyaltyCardTransactionBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateChainLoyaltyCardTransactionResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            card_id=card_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    card_id: int,
    *,
    body: CreateChainLoyaltyCardTransactionBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CreateChainLoyaltyCardTransactionResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                card_id=card_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    card_id: int,
    *,
    body: CreateChainLoyaltyCardTransactionBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CreateChainLoyaltyCardTransactionResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            card_id=card_id,
            body=body,
        ),
        _parse_data,
        options,
    )
