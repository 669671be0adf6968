"""Get a List of Customer Cards by ID

GET /loyalty/client_cards/{client_id} (operation `get_loyalty_card_list_by_client_id` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_loyalty_card_list_by_client_id_response_200 import GetLoyaltyCardListByClientIdResponse200
from ...types import Response

_OPERATION = Operation(
    "get_loyalty_card_list_by_client_id", "GET", "/loyalty/client_cards/{client_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("GetLoyaltyCardListByClientIdResponse200")


def _request(
    client_id: int,
) -> RequestParts:
    _arguments.integer("client_id", client_id, required=True)

    return RequestParts(
        path_params={
            "client_id": client_id,
        },
    )


def _parse_data(data: Any) -> GetLoyaltyCardListByClientIdResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLoyaltyCardListByClientIdResponse200 | None:
    """Get a List of Customer Cards by ID

    Returns a list of customer cards with programs that are active in this location

    The attributes in the response to the request completely match the "Get a list of issued cards by
    phone number" method described above

    GET /loyalty/client_cards/{client_id} (operation `get_loyalty_card_list_by_client_id` of the Business Management API); needs the partner and the user token.

    Args:
        client_id (int): Client ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLoyaltyCardListByClientIdResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            client_id=client_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyCardListByClientIdResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            client_id=client_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLoyaltyCardListByClientIdResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                client_id=client_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyCardListByClientIdResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            client_id=client_id,
        ),
        _parse_data,
        options,
    )
