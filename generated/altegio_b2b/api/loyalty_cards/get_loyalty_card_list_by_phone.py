"""Get a List of Customer Cards by Phone Number

GET /loyalty/cards/{phone}/{chain_id}/{location_id} (operation `get_loyalty_card_list_by_phone` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_loyalty_card_list_by_phone_response_200 import GetLoyaltyCardListByPhoneResponse200
from ...types import Response

_OPERATION = Operation(
    "get_loyalty_card_list_by_phone", "GET", "/loyalty/cards/{phone}/{chain_id}/{location_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("GetLoyaltyCardListByPhoneResponse200")


def _request(
    phone: str,
    chain_id: int,
    location_id: int,
) -> RequestParts:

    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("location_id", location_id, required=True)

    return RequestParts(
        path_params={
            "phone": phone,
            "chain_id": chain_id,
            "location_id": location_id,
        },
    )


def _parse_data(data: Any) -> GetLoyaltyCardListByPhoneResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLoyaltyCardListByPhoneResponse200 | None:
    """Get a List of Customer Cards by Phone Number

    Returns a list of customer cards with programs that are active in this location

    | Attribute        | Type    | Description
    |
    |------------------|---------|----------------------------------------------------------------------
    -------------------------|
    | id               | int     | Loyalty card ID
    |
    | balance          | decimal | Loyalty card balance
    |
    | paid_amount      | decimal | Amount "Paid"
    |
    | sold_amount      | decimal | Amount "Sold"
    |
    | visits_count     | int     | Number of visits
    |
    | number           | string  | Card number
    |
    | type_id          | int     | Loyalty card type identifier
    |
    | salon_group_id   | int     | ID of the chain where the card was created
    |
    | type             | object  | Object that contains the "id" and "title" fields: card type
    identifier and name             |
    | salon_group      | object  | Object that contains the "id" and "title" fields: identifier of the
    chain where the card type was created and the name of this chain |
    | programs         | array   | Array with information about promotions linked to a loyalty card
    |
    | rules            | array   | Array with information about the rules configured in the action
    |

    The programs array consists of objects with the following fields:

    | Attribute         | Type    | Description                                   |
    |-------------------|---------|-----------------------------------------------|
    | id                | int     | Promotion ID                                  |
    | title             | string  | Action name                                   |
    | loyalty_type_id   | int     | Promotion type ID                             |
    | item_type_id      | int     | Is cashback accrued from products             |
    | value_unit_id     | int     | Bonus field — Discount % or Fixed amount      |
    | group_id          | int     | ID of the chain where the action was created  |
    | loyalty_type      | object  | Object with information about the action      |

    The rules array consists of objects with the following fields:

    | Attribute           | Type    | Description                                                  |
    |---------------------|---------|--------------------------------------------------------------|
    | id                  | int     | Rule ID                                                      |
    | loyalty_program_id  | int     | Identifier of the promotion to which the rule is attached    |
    | loyalty_type_id     | int     | Promotion type ID                                            |
    | value               | decimal | Value from which the rule will work                          |

    GET /loyalty/cards/{phone}/{chain_id}/{location_id} (operation `get_loyalty_card_list_by_phone` of the Business Management API); needs the partner and the user token.

    Args:
        phone (str): Customer phone number in the format +13155550175
        chain_id (int): Chain ID
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLoyaltyCardListByPhoneResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyCardListByPhoneResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLoyaltyCardListByPhoneResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                phone=phone,
                chain_id=chain_id,
                location_id=location_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyCardListByPhoneResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
        ),
        _parse_data,
        options,
    )
