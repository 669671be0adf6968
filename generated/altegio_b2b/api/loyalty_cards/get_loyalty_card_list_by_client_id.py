from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_loyalty_card_list_by_client_id_response_200 import GetLoyaltyCardListByClientIdResponse200
from ...types import Response

_OPERATION = OPERATIONS["get_loyalty_card_list_by_client_id"]


def _get_kwargs(
    client_id: int,
) -> dict[str, Any]:
    _arguments.integer("client_id", client_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/loyalty/client_cards/{client_id}".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> GetLoyaltyCardListByClientIdResponse200:
    response_200 = GetLoyaltyCardListByClientIdResponse200.from_dict(data)

    return response_200


def sync_detailed(
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyCardListByClientIdResponse200]:
    """Get a List of Customer Cards by ID

    Returns a list of customer cards with programs that are active in this location

    The attributes in the response to the request completely match the "Get a list of issued cards by
    phone number" method described above

    GET /loyalty/client_cards/{client_id} (operation `get_loyalty_card_list_by_client_id`)

    Args:
        client_id (int): Client ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetLoyaltyCardListByClientIdResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /loyalty/client_cards/{client_id} (operation `get_loyalty_card_list_by_client_id`)

    Args:
        client_id (int): Client ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLoyaltyCardListByClientIdResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetLoyaltyCardListByClientIdResponse200]:
    """Get a List of Customer Cards by ID

    Returns a list of customer cards with programs that are active in this location

    The attributes in the response to the request completely match the "Get a list of issued cards by
    phone number" method described above

    GET /loyalty/client_cards/{client_id} (operation `get_loyalty_card_list_by_client_id`)

    Args:
        client_id (int): Client ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetLoyaltyCardListByClientIdResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    client_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetLoyaltyCardListByClientIdResponse200 | None:
    """Get a List of Customer Cards by ID

    Returns a list of customer cards with programs that are active in this location

    The attributes in the response to the request completely match the "Get a list of issued cards by
    phone number" method described above

    GET /loyalty/client_cards/{client_id} (operation `get_loyalty_card_list_by_client_id`)

    Args:
        client_id (int): Client ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetLoyaltyCardListByClientIdResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            options=options,
        )
    ).parsed
