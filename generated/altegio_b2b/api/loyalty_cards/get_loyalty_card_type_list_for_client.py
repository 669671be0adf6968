"""Get a List of Card Types Available for Issuance to the Client

GET /loyalty/card_types/client/{location_id}/{phone} (operation `get_loyalty_card_type_list_for_client` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_loyalty_card_type_list_for_client_response_200_item import (
    GetLoyaltyCardTypeListForClientResponse200Item,
)
from ...types import Response

_OPERATION = Operation(
    "get_loyalty_card_type_list_for_client",
    "GET",
    "/loyalty/card_types/client/{location_id}/{phone}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.ListOf(_fields.Model("GetLoyaltyCardTypeListForClientResponse200Item"))


def _request(
    location_id: int,
    phone: str,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "phone": phone,
        },
    )


def _parse_data(data: Any) -> list[GetLoyaltyCardTypeListForClientResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    phone: str,
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

    GET /loyalty/card_types/client/{location_id}/{phone} (operation `get_loyalty_card_type_list_for_client` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
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
        list[GetLoyaltyCardTypeListForClientResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            phone=phone,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLoyaltyCardTypeListForClientResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLoyaltyCardTypeListForClientResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                phone=phone,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLoyaltyCardTypeListForClientResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )
