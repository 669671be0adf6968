from typing import Any

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_user_memberships_response_200_item import GetUserMembershipsResponse200Item
from ...types import UNSET, Response

_OPERATION = OPERATIONS["get_user_memberships"]


def _get_kwargs(
    *,
    company_id: int,
) -> dict[str, Any]:
    _arguments.integer("company_id", company_id, required=True)

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/loyalty/abonements",
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetUserMembershipsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetUserMembershipsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    *,
    company_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetUserMembershipsResponse200Item]]:
    """Get User Memberships

    Returns a list of memberships of an authorized user

    GET /user/loyalty/abonements (operation `get_user_memberships`)

    Args:
        company_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetUserMembershipsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        company_id=company_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    *,
    company_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetUserMembershipsResponse200Item] | None:
    """Get User Memberships

    Returns a list of memberships of an authorized user

    GET /user/loyalty/abonements (operation `get_user_memberships`)

    Args:
        company_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetUserMembershipsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    *,
    company_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetUserMembershipsResponse200Item]]:
    """Get User Memberships

    Returns a list of memberships of an authorized user

    GET /user/loyalty/abonements (operation `get_user_memberships`)

    Args:
        company_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetUserMembershipsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        company_id=company_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    *,
    company_id: int,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetUserMembershipsResponse200Item] | None:
    """Get User Memberships

    Returns a list of memberships of an authorized user

    GET /user/loyalty/abonements (operation `get_user_memberships`)

    Args:
        company_id (int): Location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetUserMembershipsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            options=options,
        )
    ).parsed
