from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_chain_client_account_history_response_200_item import GetChainClientAccountHistoryResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["get_chain_client_account_history"]


def _get_kwargs(
    chain_id: int,
    deposit_id: int,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("deposit_id", deposit_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chain/{chain_id}/deposits/{deposit_id}/history".format(
            chain_id=quote(str(chain_id), safe=""),
            deposit_id=quote(str(deposit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetChainClientAccountHistoryResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetChainClientAccountHistoryResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    chain_id: int,
    deposit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainClientAccountHistoryResponse200Item]]:
    """Get client account transaction history

    Retrieves the transaction history for a specific client account in the chain.

    Returns a list of all transactions (top-ups, withdrawals, etc.) made on the client account.

    **Note:** Requires chain-level permissions.

    GET /chain/{chain_id}/deposits/{deposit_id}/history (operation `get_chain_client_account_history`)

    Args:
        chain_id (int): Chain ID
        deposit_id (int): Client account ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetChainClientAccountHistoryResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        deposit_id=deposit_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    deposit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainClientAccountHistoryResponse200Item] | None:
    """Get client account transaction history

    Retrieves the transaction history for a specific client account in the chain.

    Returns a list of all transactions (top-ups, withdrawals, etc.) made on the client account.

    **Note:** Requires chain-level permissions.

    GET /chain/{chain_id}/deposits/{deposit_id}/history (operation `get_chain_client_account_history`)

    Args:
        chain_id (int): Chain ID
        deposit_id (int): Client account ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainClientAccountHistoryResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        deposit_id=deposit_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    deposit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainClientAccountHistoryResponse200Item]]:
    """Get client account transaction history

    Retrieves the transaction history for a specific client account in the chain.

    Returns a list of all transactions (top-ups, withdrawals, etc.) made on the client account.

    **Note:** Requires chain-level permissions.

    GET /chain/{chain_id}/deposits/{deposit_id}/history (operation `get_chain_client_account_history`)

    Args:
        chain_id (int): Chain ID
        deposit_id (int): Client account ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetChainClientAccountHistoryResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        deposit_id=deposit_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    deposit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainClientAccountHistoryResponse200Item] | None:
    """Get client account transaction history

    Retrieves the transaction history for a specific client account in the chain.

    Returns a list of all transactions (top-ups, withdrawals, etc.) made on the client account.

    **Note:** Requires chain-level permissions.

    GET /chain/{chain_id}/deposits/{deposit_id}/history (operation `get_chain_client_account_history`)

    Args:
        chain_id (int): Chain ID
        deposit_id (int): Client account ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainClientAccountHistoryResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            deposit_id=deposit_id,
            client=client,
            options=options,
        )
    ).parsed
