from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_user_permissions_body import UpdateUserPermissionsBody
from ...models.update_user_permissions_response_200 import UpdateUserPermissionsResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["update_user_permissions"]


def _get_kwargs(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserPermissionsBody | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("user_id", user_id, required=True)

    _arguments.instance("body", body, UpdateUserPermissionsBody, required=False)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/company/{location_id}/users/{user_id}/permissions".format(
            location_id=quote(str(location_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateUserPermissionsResponse200:
    response_200 = UpdateUserPermissionsResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserPermissionsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateUserPermissionsResponse200]:
    """Updating permission values and user role

    Updates the role and permissions of the user, as well as the team member who is attached to this
    user.

    PUT /company/{location_id}/users/{user_id}/permissions (operation `update_user_permissions`)

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        body (UpdateUserPermissionsBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateUserPermissionsResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        body=body,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserPermissionsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateUserPermissionsResponse200 | None:
    """Updating permission values and user role

    Updates the role and permissions of the user, as well as the team member who is attached to this
    user.

    PUT /company/{location_id}/users/{user_id}/permissions (operation `update_user_permissions`)

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        body (UpdateUserPermissionsBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateUserPermissionsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        user_id=user_id,
        client=client,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserPermissionsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateUserPermissionsResponse200]:
    """Updating permission values and user role

    Updates the role and permissions of the user, as well as the team member who is attached to this
    user.

    PUT /company/{location_id}/users/{user_id}/permissions (operation `update_user_permissions`)

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        body (UpdateUserPermissionsBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateUserPermissionsResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
        body=body,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserPermissionsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateUserPermissionsResponse200 | None:
    """Updating permission values and user role

    Updates the role and permissions of the user, as well as the team member who is attached to this
    user.

    PUT /company/{location_id}/users/{user_id}/permissions (operation `update_user_permissions`)

    Args:
        location_id (int): ID of a location.
        user_id (int): ID of a user.
        body (UpdateUserPermissionsBody | Unset):
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateUserPermissionsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            user_id=user_id,
            client=client,
            body=body,
            options=options,
        )
    ).parsed
