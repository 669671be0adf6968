from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_location_users_response_200_item import GetLocationUsersResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_location_users"]


def _get_kwargs(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.number("filteris_approved", filteris_approved, required=False)

    params: dict[str, Any] = {}

    params["filter[is_approved]"] = filteris_approved

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/users".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetLocationUsersResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetLocationUsersResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationUsersResponse200Item]]:
    """Get location users

    The method allows you to get users of the location.
     location User object:

    | Attribute  | Type | Description |
    | ------------- | ------------- | ------------- |
    |  id  |  number   | User ID   |
    |  name  | string  | User name  |
    |  phone  | string  | User phone |
    | email  | string  | User email |
    | information  | string  | User information |
    |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
    |  is_non_deletable  |  boolean  | Whether the user is non-deletable

    GET /company/{location_id}/users (operation `get_location_users`)

    Args:
        location_id (int): location ID
        filteris_approved (float | Unset): Whether the user accepted the invitation to manage the
            location. 1 - accepted, 0 - not accepted
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLocationUsersResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filteris_approved=filteris_approved,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationUsersResponse200Item] | None:
    """Get location users

    The method allows you to get users of the location.
     location User object:

    | Attribute  | Type | Description |
    | ------------- | ------------- | ------------- |
    |  id  |  number   | User ID   |
    |  name  | string  | User name  |
    |  phone  | string  | User phone |
    | email  | string  | User email |
    | information  | string  | User information |
    |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
    |  is_non_deletable  |  boolean  | Whether the user is non-deletable

    GET /company/{location_id}/users (operation `get_location_users`)

    Args:
        location_id (int): location ID
        filteris_approved (float | Unset): Whether the user accepted the invitation to manage the
            location. 1 - accepted, 0 - not accepted
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationUsersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        filteris_approved=filteris_approved,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationUsersResponse200Item]]:
    """Get location users

    The method allows you to get users of the location.
     location User object:

    | Attribute  | Type | Description |
    | ------------- | ------------- | ------------- |
    |  id  |  number   | User ID   |
    |  name  | string  | User name  |
    |  phone  | string  | User phone |
    | email  | string  | User email |
    | information  | string  | User information |
    |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
    |  is_non_deletable  |  boolean  | Whether the user is non-deletable

    GET /company/{location_id}/users (operation `get_location_users`)

    Args:
        location_id (int): location ID
        filteris_approved (float | Unset): Whether the user accepted the invitation to manage the
            location. 1 - accepted, 0 - not accepted
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLocationUsersResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        filteris_approved=filteris_approved,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    filteris_approved: float | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationUsersResponse200Item] | None:
    """Get location users

    The method allows you to get users of the location.
     location User object:

    | Attribute  | Type | Description |
    | ------------- | ------------- | ------------- |
    |  id  |  number   | User ID   |
    |  name  | string  | User name  |
    |  phone  | string  | User phone |
    | email  | string  | User email |
    | information  | string  | User information |
    |  is_approved  |  boolean | Whether the user accepted the invitation to manage the location  |
    |  is_non_deletable  |  boolean  | Whether the user is non-deletable

    GET /company/{location_id}/users (operation `get_location_users`)

    Args:
        location_id (int): location ID
        filteris_approved (float | Unset): Whether the user accepted the invitation to manage the
            location. 1 - accepted, 0 - not accepted
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationUsersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            filteris_approved=filteris_approved,
            options=options,
        )
    ).parsed
