"""Get a chain client by phone number.

GET /group/{chain_id}/clients (operation `get_chain_client_by_phone_number` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.get_chain_client_by_phone_number_response_200 import GetChainClientByPhoneNumberResponse200
from ...types import UNSET, Response

_OPERATION = Operation("get_chain_client_by_phone_number", "GET", "/group/{chain_id}/clients", "BearerPartnerUser")
_RESPONSE = _fields.Model("GetChainClientByPhoneNumberResponse200")


def _request(
    chain_id: int,
    *,
    phone: str,
) -> RequestParts:
    _arguments.integer("chain_id", chain_id, required=True)

    params: dict[str, Any] = {}
    params["phone"] = phone
    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestParts(
        path_params={
            "chain_id": chain_id,
        },
        params=params,
    )


def _parse_data(data: Any) -> GetChainClientByPhoneNumberResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    chain_id: int,
    *,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetChainClientByPhoneNumberResponse200 | None:
    """Get a chain client by phone number.

    + Parameter
        + group_id (required, number, `43877`) - ID of the location chain


    #### Client filtering
    + phone:'+13155550175' (optional, string) - Phone to filter clients

    GET /group/{chain_id}/clients (operation `get_chain_client_by_phone_number` of the Business Management API); needs the partner and the user token.

    Args:
        chain_id (int): Chain ID
        phone (str): Phone to filter clients, required parameter
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetChainClientByPhoneNumberResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    *,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetChainClientByPhoneNumberResponse200]:
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
    *,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetChainClientByPhoneNumberResponse200 | None:
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
    *,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetChainClientByPhoneNumberResponse200]:
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
