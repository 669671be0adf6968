"""Get a list of client accounts by chain and customer phone number

GET /deposits/chain/{chain_id}/phone/{phone} (operation `get_client_account_by_chain_and_phone` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...types import Response

_OPERATION = Operation(
    "get_client_account_by_chain_and_phone", "GET", "/deposits/chain/{chain_id}/phone/{phone}", "BearerPartnerUser"
)
_RESPONSE = _fields.ANY


def _request(
    chain_id: int,
    phone: str,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    return RequestParts(
        path_params={
            "chain_id": chain_id,
            "phone": phone,
        },
    )


def _parse_data(data: Any) -> Any:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """Get a list of client accounts by chain and customer phone number

    GET /deposits/chain/{chain_id}/phone/{phone} (operation `get_client_account_by_chain_and_phone` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
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
        Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            phone=phone,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    chain_id: int,
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            chain_id=chain_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    chain_id: int,
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Any:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                chain_id=chain_id,
                phone=phone,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    phone: str,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[Any]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            chain_id=chain_id,
            phone=phone,
        ),
        _parse_data,
        options,
    )
