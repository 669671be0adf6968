from typing import Any

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_client_gift_cards_response_200_item import GetClientGiftCardsResponse200Item
from ...types import UNSET, Response

_OPERATION = OPERATIONS["get_client_gift_cards"]


def _get_kwargs(
    *,
    copmany_id: int,
    phone: float,
) -> dict[str, Any]:
    _arguments.integer("copmany_id", copmany_id, required=True)

    _arguments.number("phone", phone, required=True)

    params: dict[str, Any] = {}

    params["copmany_id"] = copmany_id

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/certificates",
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetClientGiftCardsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetClientGiftCardsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    *,
    copmany_id: int,
    phone: float,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientGiftCardsResponse200Item]]:
    """Get client gift cards

    Returns a list of client gift cards by phone

    | Attribute         | Type      | Description
    |
    |-------------------|-----------|-------------------------------------------------------------------
    --------|
    | id                | int       | Gift card ID
    |
    | number            | string    | Gift card code
    |
    | balance           | decimal   | Current balance
    |
    | default_balance   | decimal   | Initial balance
    |
    | type_id           | int       | Gift card type identifier
    |
    | status_id         | int       | Status ID
    |
    | created_date      | timestamp | Date of sale
    |
    | expiration_date   | datetime  | Burn date
    |
    | type              | object    | Object with gift card type information
    |
    | status            | object    | An object with information about the current gift card status
    |

    The type array contains the following objects:

    | Attribute                | Type      | Description
    |
    |--------------------------|-----------|------------------------------------------------------------
    -----------------------------------------------------------|
    | id                       | int       | Gift card type identifier
    |
    | title                    | string    | Type name
    |
    | balance                  | decimal   | Gift card denomination
    |
    | is_multi                 | boolean   | Is it available for multiple debits
    |
    | company_group_id         | int       | ID of the chain where the certificate type was created
    |
    | item_type_id             | int       | Restriction on the use of redemption points. 0 - no limit,
    1 - services only, 2 - some services + all products, 3 - some services, 4 - products only |
    | expiration_type_id       | int       | The ID of the expiration limit. 0 - unlimited, 1 - fixed
    date, 2 - fixed term                                        |
    | expiration_date          | timestamp | Burn date of all gift cards. Populated with
    expiration_type_id = 1                                                  |
    | expiration_timeout       | int       | Validity period of gift card. Populated with
    expiration_type_id = 2                                                 |
    | expiration_timeout_unit_id | int     | Time units. 1 - Day, 2 - Week, 3 - Month, 4 - Year
    |
    | is_allow_empty_code      | boolean   | Sale without code
    |
    | item_type                | object    | Object with item_type_id and its name
    |

    GET /loyalty/certificates (operation `get_client_gift_cards`)

    Args:
        copmany_id (int): Location ID
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
        Response[list[GetClientGiftCardsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        copmany_id=copmany_id,
        phone=phone,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    *,
    copmany_id: int,
    phone: float,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientGiftCardsResponse200Item] | None:
    """Get client gift cards

    Returns a list of client gift cards by phone

    | Attribute         | Type      | Description
    |
    |-------------------|-----------|-------------------------------------------------------------------
    --------|
    | id                | int       | Gift card ID
    |
    | number            | string    | Gift card code
    |
    | balance           | decimal   | Current balance
    |
    | default_balance   | decimal   | Initial balance
    |
    | type_id           | int       | Gift card type identifier
    |
    | status_id         | int       | Status ID
    |
    | created_date      | timestamp | Date of sale
    |
    | expiration_date   | datetime  | Burn date
    |
    | type              | object    | Object with gift card type information
    |
    | status            | object    | An object with information about the current gift card status
    |

    The type array contains the following objects:

    | Attribute                | Type      | Description
    |
    |--------------------------|-----------|------------------------------------------------------------
    -----------------------------------------------------------|
    | id                       | int       | Gift card type identifier
    |
    | title                    | string    | Type name
    |
    | balance                  | decimal   | Gift card denomination
    |
    | is_multi                 | boolean   | Is it available for multiple debits
    |
    | company_group_id         | int       | ID of the chain where the certificate type was created
    |
    | item_type_id             | int       | Restriction on the use of redemption points. 0 - no limit,
    1 - services only, 2 - some services + all products, 3 - some services, 4 - products only |
    | expiration_type_id       | int       | The ID of the expiration limit. 0 - unlimited, 1 - fixed
    date, 2 - fixed term                                        |
    | expiration_date          | timestamp | Burn date of all gift cards. Populated with
    expiration_type_id = 1                                                  |
    | expiration_timeout       | int       | Validity period of gift card. Populated with
    expiration_type_id = 2                                                 |
    | expiration_timeout_unit_id | int     | Time units. 1 - Day, 2 - Week, 3 - Month, 4 - Year
    |
    | is_allow_empty_code      | boolean   | Sale without code
    |
    | item_type                | object    | Object with item_type_id and its name
    |

    GET /loyalty/certificates (operation `get_client_gift_cards`)

    Args:
        copmany_id (int): Location ID
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
        list[GetClientGiftCardsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        client=client,
        copmany_id=copmany_id,
        phone=phone,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    copmany_id: int,
    phone: float,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientGiftCardsResponse200Item]]:
    """Get client gift cards

    Returns a list of client gift cards by phone

    | Attribute         | Type      | Description
    |
    |-------------------|-----------|-------------------------------------------------------------------
    --------|
    | id                | int       | Gift card ID
    |
    | number            | string    | Gift card code
    |
    | balance           | decimal   | Current balance
    |
    | default_balance   | decimal   | Initial balance
    |
    | type_id           | int       | Gift card type identifier
    |
    | status_id         | int       | Status ID
    |
    | created_date      | timestamp | Date of sale
    |
    | expiration_date   | datetime  | Burn date
    |
    | type              | object    | Object with gift card type information
    |
    | status            | object    | An object with information about the current gift card status
    |

    The type array contains the following objects:

    | Attribute                | Type      | Description
    |
    |--------------------------|-----------|------------------------------------------------------------
    -----------------------------------------------------------|
    | id                       | int       | Gift card type identifier
    |
    | title                    | string    | Type name
    |
    | balance                  | decimal   | Gift card denomination
    |
    | is_multi                 | boolean   | Is it available for multiple debits
    |
    | company_group_id         | int       | ID of the chain where the certificate type was created
    |
    | item_type_id             | int       | Restriction on the use of redemption points. 0 - no limit,
    1 - services only, 2 - some services + all products, 3 - some services, 4 - products only |
    | expiration_type_id       | int       | The ID of the expiration limit. 0 - unlimited, 1 - fixed
    date, 2 - fixed term                                        |
    | expiration_date          | timestamp | Burn date of all gift cards. Populated with
    expiration_type_id = 1                                                  |
    | expiration_timeout       | int       | Validity period of gift card. Populated with
    expiration_type_id = 2                                                 |
    | expiration_timeout_unit_id | int     | Time units. 1 - Day, 2 - Week, 3 - Month, 4 - Year
    |
    | is_allow_empty_code      | boolean   | Sale without code
    |
    | item_type                | object    | Object with item_type_id and its name
    |

    GET /loyalty/certificates (operation `get_client_gift_cards`)

    Args:
        copmany_id (int): Location ID
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
        Response[list[GetClientGiftCardsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        copmany_id=copmany_id,
        phone=phone,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    *,
    copmany_id: int,
    phone: float,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientGiftCardsResponse200Item] | None:
    """Get client gift cards

    Returns a list of client gift cards by phone

    | Attribute         | Type      | Description
    |
    |-------------------|-----------|-------------------------------------------------------------------
    --------|
    | id                | int       | Gift card ID
    |
    | number            | string    | Gift card code
    |
    | balance           | decimal   | Current balance
    |
    | default_balance   | decimal   | Initial balance
    |
    | type_id           | int       | Gift card type identifier
    |
    | status_id         | int       | Status ID
    |
    | created_date      | timestamp | Date of sale
    |
    | expiration_date   | datetime  | Burn date
    |
    | type              | object    | Object with gift card type information
    |
    | status            | object    | An object with information about the current gift card status
    |

    The type array contains the following objects:

    | Attribute                | Type      | Description
    |
    |--------------------------|-----------|------------------------------------------------------------
    -----------------------------------------------------------|
    | id                       | int       | Gift card type identifier
    |
    | title                    | string    | Type name
    |
    | balance                  | decimal   | Gift card denomination
    |
    | is_multi                 | boolean   | Is it available for multiple debits
    |
    | company_group_id         | int       | ID of the chain where the certificate type was created
    |
    | item_type_id             | int       | Restriction on the use of redemption points. 0 - no limit,
    1 - services only, 2 - some services + all products, 3 - some services, 4 - products only |
    | expiration_type_id       | int       | The ID of the expiration limit. 0 - unlimited, 1 - fixed
    date, 2 - fixed term                                        |
    | expiration_date          | timestamp | Burn date of all gift cards. Populated with
    expiration_type_id = 1                                                  |
    | expiration_timeout       | int       | Validity period of gift card. Populated with
    expiration_type_id = 2                                                 |
    | expiration_timeout_unit_id | int     | Time units. 1 - Day, 2 - Week, 3 - Month, 4 - Year
    |
    | is_allow_empty_code      | boolean   | Sale without code
    |
    | item_type                | object    | Object with item_type_id and its name
    |

    GET /loyalty/certificates (operation `get_client_gift_cards`)

    Args:
        copmany_id (int): Location ID
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
        list[GetClientGiftCardsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            client=client,
            copmany_id=copmany_id,
            phone=phone,
            options=options,
        )
    ).parsed
