from typing import Any, cast
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...types import Response

_OPERATION = OPERATIONS["get_client_account_by_chain_and_phone"]


def _get_kwargs(
    chain_id: int,
    phone: float,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    _arguments.number("phone", phone, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deposits/chain/{chain_id}/phone/{phone}".format(
            chain_id=quote(str(chain_id), safe=""),
            phone=quote(str(phone), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> Any:
    return cast(Any, data)


def sync_detailed(
    chain_id: int,
    phone: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Get a list of client accounts by chain and customer phone number

    GET /deposits/chain/{chain_id}/phone/{phone} (operation `get_client_account_by_chain_and_phone`)

    Args:
        chain_id (int): Chain ID
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
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        phone=phone,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    chain_id: int,
    phone: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a list of client accounts by chain and customer phone number

    GET /deposits/chain/{chain_id}/phone/{phone} (operation `get_client_account_by_chain_and_phone`)

    Args:
        chain_id (int): Chain ID
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
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        phone=phone,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    phone: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Get a list of client accounts by chain and customer phone number

    GET /deposits/chain/{chain_id}/phone/{phone} (operation `get_client_account_by_chain_and_phone`)

    Args:
        chain_id (int): Chain ID
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
        Response[Any]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        phone=phone,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    chain_id: int,
    phone: float,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a list of client accounts by chain and customer phone number

    GET /deposits/chain/{chain_id}/phone/{phone} (operation `get_client_account_by_chain_and_phone`)

    Args:
        chain_id (int): Chain ID
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
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            phone=phone,
            client=client,
            options=options,
        )
    ).parsed
