from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_loyalty_card_type_list_for_client_response_200_item import (
    GetLoyaltyCardTypeListForClientResponse200Item,
)
from ...types import Response

_OPERATION = OPERATIONS["get_loyalty_card_type_list_for_client"]


def _get_kwargs(
    location_id: int,
    phone: float,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.number("phone", phone, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/card_types/client/{location_id}/{phone}".format(
            location_id=quote(str(location_id), safe=""),
            phone=quote(str(phone), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetLoyaltyCardTypeListForClientResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetLoyaltyCardTypeListForClientResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    phone: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLoyaltyCardTypeListForClientResponse200Item]]:
    """Get a List of Card Types Available for Issuance to the Client

    Returns a list of card types that are available for issuance to a location client.

    | Attribute        | Type    | Description
    |
    |------------------|---------|----------------------------------------------------------------------
    -------------------------|
    | id               | int     | Card type identifier
    |
    | title            | string  | Card type name
    |
    | salon_group_id   | int     | ID of the chain where the card type was created
    |
    | salon_group      | object  | An object that contains the "id" and "title" fields: identifier of
    the chain where the card type was created and the name of this chain |

    GET /loyalty/card_types/client/{location_id}/{phone} (operation `get_loyalty_card_type_list_for_client`)

    Args:
        location_id (int): location ID
        phone (float): Customer phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLoyaltyCardTypeListForClientResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        phone=phone,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    phone: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLoyaltyCardTypeListForClientResponse200Item] | None:
    """Get a List of Card Types Available for Issuance to the Client

    Returns a list of card types that are available for issuance to a location client.

    | Attribute        | Type    | Description
    |
    |------------------|---------|----------------------------------------------------------------------
    -------------------------|
    | id               | int     | Card type identifier
    |
    | title            | string  | Card type name
    |
    | salon_group_id   | int     | ID of the chain where the card type was created
    |
    | salon_group      | object  | An object that contains the "id" and "title" fields: identifier of
    the chain where the card type was created and the name of this chain |

    GET /loyalty/card_types/client/{location_id}/{phone} (operation `get_loyalty_card_type_list_for_client`)

    Args:
        location_id (int): location ID
        phone (float): Customer phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLoyaltyCardTypeListForClientResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        phone=phone,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    phone: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLoyaltyCardTypeListForClientResponse200Item]]:
    """Get a List of Card Types Available for Issuance to the Client

    Returns a list of card types that are available for issuance to a location client.

    | Attribute        | Type    | Description
    |
    |------------------|---------|----------------------------------------------------------------------
    -------------------------|
    | id               | int     | Card type identifier
    |
    | title            | string  | Card type name
    |
    | salon_group_id   | int     | ID of the chain where the card type was created
    |
    | salon_group      | object  | An object that contains the "id" and "title" fields: identifier of
    the chain where the card type was created and the name of this chain |

    GET /loyalty/card_types/client/{location_id}/{phone} (operation `get_loyalty_card_type_list_for_client`)

    Args:
        location_id (int): location ID
        phone (float): Customer phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLoyaltyCardTypeListForClientResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        phone=phone,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    phone: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLoyaltyCardTypeListForClientResponse200Item] | None:
    """Get a List of Card Types Available for Issuance to the Client

    Returns a list of card types that are available for issuance to a location client.

    | Attribute        | Type    | Description
    |
    |------------------|---------|----------------------------------------------------------------------
    -------------------------|
    | id               | int     | Card type identifier
    |
    | title            | string  | Card type name
    |
    | salon_group_id   | int     | ID of the chain where the card type was created
    |
    | salon_group      | object  | An object that contains the "id" and "title" fields: identifier of
    the chain where the card type was created and the name of this chain |

    GET /loyalty/card_types/client/{location_id}/{phone} (operation `get_loyalty_card_type_list_for_client`)

    Args:
        location_id (int): location ID
        phone (float): Customer phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLoyaltyCardTypeListForClientResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            phone=phone,
            client=client,
            options=options,
        )
    ).parsed
