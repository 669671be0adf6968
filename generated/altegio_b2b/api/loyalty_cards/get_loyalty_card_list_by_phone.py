from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_loyalty_card_list_by_phone_response_200 import GetLoyaltyCardListByPhoneResponse200
from ...types import Response

_OPERATION = OPERATIONS["get_loyalty_card_list_by_phone"]


def _get_kwargs(
    phone: str,
    chain_id: int,
    location_id: int,
) -> dict[str, Any]:

    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("location_id", location_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/cards/{phone}/{chain_id}/{location_id}".format(
            phone=quote(str(phone), safe=""),
            chain_id=quote(str(chain_id), safe=""),
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> GetLoyaltyCardListByPhoneResponse200:
    response_200 = GetLoyaltyCardListByPhoneResponse200.from_dict(data)

    return response_200


def sync_detailed(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyCardListByPhoneResponse200]:
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

    GET /loyalty/cards/{phone}/{chain_id}/{location_id} (operation `get_loyalty_card_list_by_phone`)

    Args:
        phone (str): Customer phone number in the format +13155550175
        chain_id (int): Chain ID
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetLoyaltyCardListByPhoneResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        phone=phone,
        chain_id=chain_id,
        location_id=location_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /loyalty/cards/{phone}/{chain_id}/{location_id} (operation `get_loyalty_card_list_by_phone`)

    Args:
        phone (str): Customer phone number in the format +13155550175
        chain_id (int): Chain ID
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLoyaltyCardListByPhoneResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        phone=phone,
        chain_id=chain_id,
        location_id=location_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    phone: str,
    chain_id: int,
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyCardListByPhoneResponse200]:
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

    GET /loyalty/cards/{phone}/{chain_id}/{location_id} (operation `get_loyalty_card_list_by_phone`)

    Args:
        phone (str): Customer phone number in the format +13155550175
        chain_id (int): Chain ID
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetLoyaltyCardListByPhoneResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        phone=phone,
        chain_id=chain_id,
        location_id=location_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    GET /loyalty/cards/{phone}/{chain_id}/{location_id} (operation `get_loyalty_card_list_by_phone`)

    Args:
        phone (str): Customer phone number in the format +13155550175
        chain_id (int): Chain ID
        location_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLoyaltyCardListByPhoneResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            phone=phone,
            chain_id=chain_id,
            location_id=location_id,
            client=client,
            options=options,
        )
    ).parsed
