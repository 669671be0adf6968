from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_chain_loyalty_card_type_list_response_200_item import GetChainLoyaltyCardTypeListResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["get_chain_loyalty_card_type_list"]


def _get_kwargs(
    chain_id: int,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/loyalty/card_types".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetChainLoyaltyCardTypeListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetChainLoyaltyCardTypeListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    chain_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainLoyaltyCardTypeListResponse200Item]]:
    """Get a List of Card Types Available at the Chain

    GET /chain/{chain_id}/loyalty/card_types (operation `get_chain_loyalty_card_type_list`)

    Args:
        chain_id (int): Chain ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetChainLoyaltyCardTypeListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainLoyaltyCardTypeListResponse200Item] | None:
    """Get a List of Card Types Available at the Chain

    GET /chain/{chain_id}/loyalty/card_types (operation `get_chain_loyalty_card_type_list`)

    Args:
        chain_id (int): Chain ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainLoyaltyCardTypeListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainLoyaltyCardTypeListResponse200Item]]:
    """Get a List of Card Types Available at the Chain

    GET /chain/{chain_id}/loyalty/card_types (operation `get_chain_loyalty_card_type_list`)

    Args:
        chain_id (int): Chain ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetChainLoyaltyCardTypeListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainLoyaltyCardTypeListResponse200Item] | None:
    """Get a List of Card Types Available at the Chain

    GET /chain/{chain_id}/loyalty/card_types (operation `get_chain_loyalty_card_type_list`)

    Args:
        chain_id (int): Chain ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainLoyaltyCardTypeListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            options=options,
        )
    ).parsed
