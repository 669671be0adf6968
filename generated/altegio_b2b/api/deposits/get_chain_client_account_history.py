"""Get client account transaction history

GET /chain/{chain_id}/deposits/{deposit_id}/history (operation `get_chain_client_account_history` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_chain_client_account_history_response_200_item import GetChainClientAccountHistoryResponse200Item
from ...types import Response

_OPERATION = Operation(
    "get_chain_client_account_history", "GET", "/chain/{chain_id}/deposits/{deposit_id}/history", "BearerPartnerUser"
)
_RESPONSE = _fields.ListOf(_fields.Model("GetChainClientAccountHistoryResponse200Item"))


def _request(
    chain_id: int,
    deposit_id: int,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.integer("deposit_id", deposit_id, required=True)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
            "deposit_id": deposit_id,
        },
    )


def _parse_data(data: Any) -> list[GetChainClientAccountHistoryResponse200Item]:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


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

    GET /chain/{chain_id}/deposits/{deposit_id}/history (operation `get_chain_client_account_history` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        deposit_id (int): Client account ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainClientAccountHistoryResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            deposit_id=deposit_id,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    deposit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainClientAccountHistoryResponse200Item]]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            deposit_id=deposit_id,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    deposit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainClientAccountHistoryResponse200Item] | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                deposit_id=deposit_id,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    deposit_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainClientAccountHistoryResponse200Item]]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            deposit_id=deposit_id,
        ),
        _parse_data,
        options,
    )
