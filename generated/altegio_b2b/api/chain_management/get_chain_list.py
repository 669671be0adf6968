from typing import Any

from ..._operations import OPERATIONS
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_chain_list_response_200_item import GetChainListResponse200Item
from ...types import Response

_OPERATION = OPERATIONS["get_chain_list"]


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups",
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetChainListResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetChainListResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainListResponse200Item]]:
    """Obtaining chains available to the user

    The location chain object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Location chain ID |
    | title | string | Location chain name |
    | locations | array | List of chain locations |
    | access | object | Object with access rights for chain management |

    GET /groups (operation `get_chain_list`)

    Args:
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetChainListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs()
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainListResponse200Item] | None:
    """Obtaining chains available to the user

    The location chain object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Location chain ID |
    | title | string | Location chain name |
    | locations | array | List of chain locations |
    | access | object | Object with access rights for chain management |

    GET /groups (operation `get_chain_list`)

    Args:
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetChainListResponse200Item]]:
    """Obtaining chains available to the user

    The location chain object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Location chain ID |
    | title | string | Location chain name |
    | locations | array | List of chain locations |
    | access | object | Object with access rights for chain management |

    GET /groups (operation `get_chain_list`)

    Args:
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetChainListResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs()
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetChainListResponse200Item] | None:
    """Obtaining chains available to the user

    The location chain object has the following fields:

    | Field | Type | Description |
    | ------------- | ------------- | ------------- |
    | id | number | Location chain ID |
    | title | string | Location chain name |
    | locations | array | List of chain locations |
    | access | object | Object with access rights for chain management |

    GET /groups (operation `get_chain_list`)

    Args:
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetChainListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            client=client,
            options=options,
        )
    ).parsed
