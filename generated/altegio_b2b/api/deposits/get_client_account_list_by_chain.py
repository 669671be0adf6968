"""Get a list of client accounts by chain and a set of filters

GET /deposits/chain/{chain_id} (operation `get_client_account_list_by_chain` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation, Paging
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "get_client_account_list_by_chain",
    "GET",
    "/deposits/chain/{chain_id}",
    "BearerPartnerUser",
    paging=Paging("query", "page", "limit"),
)
_RESPONSE = _fields.ANY


def _request(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.number("balance_from", balance_from, required=False)

    _arguments.number("balance_to", balance_to, required=False)

    _arguments.integer("page", page, required=False)

    _arguments.integer("limit", limit, required=False)

    params: dict[str, Any] = {}
    params["balance_from"] = balance_from
    params["balance_to"] = balance_to
    params["page"] = page
    params["limit"] = limit
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a list of client accounts by chain and a set of filters

    GET /deposits/chain/{chain_id} (operation `get_client_account_list_by_chain` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        balance_from (float | Unset): Minimum balance for filtering
        balance_to (float | Unset): Maximum balance for filtering
        page (int | Unset): Page number
        limit (int | Unset): Number of items per page
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            balance_from=balance_from,
            balance_to=balance_to,
            page=page,
            limit=limit,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            balance_from=balance_from,
            balance_to=balance_to,
            page=page,
            limit=limit,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                balance_from=balance_from,
                balance_to=balance_to,
                page=page,
                limit=limit,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            balance_from=balance_from,
            balance_to=balance_to,
            page=page,
            limit=limit,
        ),
        _parse_data,
        options,
    )
