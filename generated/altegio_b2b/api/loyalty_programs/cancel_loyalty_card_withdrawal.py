"""Cancel Withdrawal from the Loyalty Card During the Visit

POST /visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id} (operation `cancel_loyalty_card_withdrawal` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.cancel_loyalty_card_withdrawal_body import CancelLoyaltyCardWithdrawalBody
from ...models.cancel_loyalty_card_withdrawal_response_200 import CancelLoyaltyCardWithdrawalResponse200
from ...types import Response

_OPERATION = Operation(
    "cancel_loyalty_card_withdrawal",
    "POST",
    "/visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("CancelLoyaltyCardWithdrawalResponse200")

_BODY = _fields.Model("CancelLoyaltyCardWithdrawalBody")


def _request(
    location_id: int,
    card_id: int,
    *,
    body: CancelLoyaltyCardWithdrawalBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("card_id", card_id, required=True)

    _arguments.instance("body", body, CancelLoyaltyCardWithdrawalBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "card_id": card_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> CancelLoyaltyCardWithdrawalResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    card_id: int,
    *,
    body: CancelLoyaltyCardWithdrawalBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CancelLoyaltyCardWithdrawalResponse200 | None:
    """Cancel Withdrawal from the Loyalty Card During the Visit

    Cancellation of write-off from the loyalty card.

    POST /visit/loyalty/cancel_card_withdrawal/{location_id}/{card_id} (operation `cancel_loyalty_card_withdrawal` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): Location ID
        card_id (int): Client card ID
        body (CancelLoyaltyCardWithdrawalBody): Apply promotion Example: {'record_id': 0,
            'visit_id': 0}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        CancelLoyaltyCardWithdrawalResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            card_id=card_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    card_id: int,
    *,
    body: CancelLoyaltyCardWithdrawalBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CancelLoyaltyCardWithdrawalResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            card_id=card_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    card_id: int,
    *,
    body: CancelLoyaltyCardWithdrawalBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> CancelLoyaltyCardWithdrawalResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                card_id=card_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    card_id: int,
    *,
    body: CancelLoyaltyCardWithdrawalBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[CancelLoyaltyCardWithdrawalResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            card_id=card_id,
            body=body,
        ),
        _parse_data,
        options,
    )
