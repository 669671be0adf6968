from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_client_account_list_by_chain"]


def _get_kwargs(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    page: float | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.number("balance_from", balance_from, required=False)

    _arguments.number("balance_to", balance_to, required=False)

    _arguments.number("limit", limit, required=False)

    _arguments.number("page", page, required=False)

    params: dict[str, Any] = {}

    params["balance_from"] = balance_from

    params["balance_to"] = balance_to

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits/chain/{chain_id}".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    page: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Get a list of client accounts by chain and a set of filters

    GET /deposits/chain/{chain_id} (operation `get_client_account_list_by_chain`)

    Args:
        chain_id (int): Chain ID
        balance_from (float | Unset): Minimum balance for filtering
        balance_to (float | Unset): Maximum balance for filtering
        limit (float | Unset): Number of items per page
        page (float | Unset): Page number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        balance_from=balance_from,
        balance_to=balance_to,
        limit=limit,
        page=page,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    page: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a list of client accounts by chain and a set of filters

    GET /deposits/chain/{chain_id} (operation `get_client_account_list_by_chain`)

    Args:
        chain_id (int): Chain ID
        balance_from (float | Unset): Minimum balance for filtering
        balance_to (float | Unset): Maximum balance for filtering
        limit (float | Unset): Number of items per page
        page (float | Unset): Page number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        balance_from=balance_from,
        balance_to=balance_to,
        limit=limit,
        page=page,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    page: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Get a list of client accounts by chain and a set of filters

    GET /deposits/chain/{chain_id} (operation `get_client_account_list_by_chain`)

    Args:
        chain_id (int): Chain ID
        balance_from (float | Unset): Minimum balance for filtering
        balance_to (float | Unset): Maximum balance for filtering
        limit (float | Unset): Number of items per page
        page (float | Unset): Page number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        balance_from=balance_from,
        balance_to=balance_to,
        limit=limit,
        page=page,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    *,
    balance_from: float | Unset = UNSET,
    balance_to: float | Unset = UNSET,
    limit: float | Unset = UNSET,
    page: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a list of client accounts by chain and a set of filters

    GET /deposits/chain/{chain_id} (operation `get_client_account_list_by_chain`)

    Args:
        chain_id (int): Chain ID
        balance_from (float | Unset): Minimum balance for filtering
        balance_to (float | Unset): Maximum balance for filtering
        limit (float | Unset): Number of items per page
        page (float | Unset): Page number
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            balance_from=balance_from,
            balance_to=balance_to,
            limit=limit,
            page=page,
            options=options,
        )
    ).parsed
