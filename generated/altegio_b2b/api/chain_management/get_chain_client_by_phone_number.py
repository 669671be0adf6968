from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_chain_client_by_phone_number_response_200 import GetChainClientByPhoneNumberResponse200
from ...types import UNSET, Response

_OPERATION = OPERATIONS["get_chain_client_by_phone_number"]


def _get_kwargs(
    chain_id: int,
    *,
    phone: str,
) -> dict[str, Any]:
    _arguments.integer("chain_id", chain_id, required=True)

    params: dict[str, Any] = {}

    params["phone"] = phone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/group/{chain_id}/clients".format(
            chain_id=quote(str(chain_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> GetChainClientByPhoneNumberResponse200:
    response_200 = GetChainClientByPhoneNumberResponse200.from_dict(data)

    return response_200


def sync_detailed(
    chain_id: int,
    *,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetChainClientByPhoneNumberResponse200]:
    """Get a chain client by phone number.

    + Parameter
        + group_id (required, number, `43877`) - ID of the location chain


    #### Client filtering
    + phone:'+13155550175' (optional, string) - Phone to filter clients

    GET /group/{chain_id}/clients (operation `get_chain_client_by_phone_number`)

    Args:
        chain_id (int): Chain ID
        phone (str): Phone to filter clients, required parameter
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetChainClientByPhoneNumberResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        phone=phone,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


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

    GET /group/{chain_id}/clients (operation `get_chain_client_by_phone_number`)

    Args:
        chain_id (int): Chain ID
        phone (str): Phone to filter clients, required parameter
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetChainClientByPhoneNumberResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        chain_id=chain_id,
        client=client,
        phone=phone,
        options=options,
    ).parsed


async def asyncio_detailed(
    chain_id: int,
    *,
    phone: str,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetChainClientByPhoneNumberResponse200]:
    """Get a chain client by phone number.

    + Parameter
        + group_id (required, number, `43877`) - ID of the location chain


    #### Client filtering
    + phone:'+13155550175' (optional, string) - Phone to filter clients

    GET /group/{chain_id}/clients (operation `get_chain_client_by_phone_number`)

    Args:
        chain_id (int): Chain ID
        phone (str): Phone to filter clients, required parameter
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetChainClientByPhoneNumberResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        chain_id=chain_id,
        phone=phone,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
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

    GET /group/{chain_id}/clients (operation `get_chain_client_by_phone_number`)

    Args:
        chain_id (int): Chain ID
        phone (str): Phone to filter clients, required parameter
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetChainClientByPhoneNumberResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            chain_id=chain_id,
            client=client,
            phone=phone,
            options=options,
        )
    ).parsed
