from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_user_roles_include_item import GetUserRolesIncludeItem
from ...models.get_user_roles_response_200_item import GetUserRolesResponse200Item
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_user_roles"]


def _get_kwargs(
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("user_id", user_id, required=True)

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/company/{location_id}/users/{user_id}/roles".format(
            location_id=quote(str(location_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetUserRolesResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetUserRolesResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetUserRolesResponse200Item]]:
    """Getting a list of user roles in the context of a location user

    Returns a list of user roles along with permissions for each role. Allows to get the editable status
    for each permission of a location user (`is_editable` field). This status depends on the current
    user's permissions.

    GET /company/{location_id}/users/{user_id}/roles (operation `get_user_roles`)

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        include (list[GetUserRolesIncludeItem] | Unset): Requested set of an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetUserRolesResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        include=include,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetUserRolesResponse200Item] | None:
    """Getting a list of user roles in the context of a location user

    Returns a list of user roles along with permissions for each role. Allows to get the editable status
    for each permission of a location user (`is_editable` field). This status depends on the current
    user's permissions.

    GET /company/{location_id}/users/{user_id}/roles (operation `get_user_roles`)

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        include (list[GetUserRolesIncludeItem] | Unset): Requested set of an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetUserRolesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        user_id=user_id,
        client=client,
        include=include,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetUserRolesResponse200Item]]:
    """Getting a list of user roles in the context of a location user

    Returns a list of user roles along with permissions for each role. Allows to get the editable status
    for each permission of a location user (`is_editable` field). This status depends on the current
    user's permissions.

    GET /company/{location_id}/users/{user_id}/roles (operation `get_user_roles`)

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        include (list[GetUserRolesIncludeItem] | Unset): Requested set of an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetUserRolesResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        include=include,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    user_id: int,
    *,
    include: list[GetUserRolesIncludeItem] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetUserRolesResponse200Item] | None:
    """Getting a list of user roles in the context of a location user

    Returns a list of user roles along with permissions for each role. Allows to get the editable status
    for each permission of a location user (`is_editable` field). This status depends on the current
    user's permissions.

    GET /company/{location_id}/users/{user_id}/roles (operation `get_user_roles`)

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        include (list[GetUserRolesIncludeItem] | Unset): Requested set of an included models.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetUserRolesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            user_id=user_id,
            client=client,
            include=include,
            options=options,
        )
    ).parsed
