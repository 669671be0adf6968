"""Get client gift cards

GET /loyalty/certificates (operation `get_client_gift_cards` of the Business Management API); needs the partner token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_client_gift_cards_response_200_item import GetClientGiftCardsResponse200Item
from ...types import UNSET, Response

_OPERATION = Operation("get_client_gift_cards", "GET", "/loyalty/certificates", "BearerPartner")
_RESPONSE = _fields.ListOf(_fields.Model("GetClientGiftCardsResponse200Item"))


def _request(
    *,
    copmany_id: int,
    phone: str,
) -> RequestParts:
    _arguments.integer("copmany_id", copmany_id, required=True)

    params: dict[str, Any] = {}
    params["copmany_id"] = copmany_id
    params["phone"] = phone
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        params=params,
    )


def _parse_data(data: Any) -> list[GetClientGiftCardsResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    *,
    copmany_id: int,
    phone: str,
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

    GET /loyalty/certificates (operation `get_client_gift_cards` of the Business Management API); needs the partner token.

    Args:
        copmany_id (int): Location ID
        phone (str): Customer phone number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetClientGiftCardsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            copmany_id=copmany_id,
            phone=phone,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    *,
    copmany_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientGiftCardsResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            copmany_id=copmany_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    *,
    copmany_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetClientGiftCardsResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                copmany_id=copmany_id,
                phone=phone,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    *,
    copmany_id: int,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetClientGiftCardsResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            copmany_id=copmany_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )
