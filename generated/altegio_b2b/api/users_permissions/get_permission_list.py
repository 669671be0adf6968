from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_permission_list_response_200 import GetPermissionListResponse200
from ...types import UNSET, Response, Unset

_OPERATION = OPERATIONS["get_permission_list"]


def _get_kwargs(
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    params: dict[str, Any] = {}

    json_group_permissions: list[str] | Unset = UNSET
    if not isinstance(group_permissions, Unset):
        json_group_permissions = group_permissions

    params["group_permissions[]"] = json_group_permissions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/permissions/{location_id}".format(
            location_id=quote(str(location_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_data(data: Any) -> GetPermissionListResponse200:
    response_200 = GetPermissionListResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetPermissionListResponse200]:
    """Get effective permissions for the authenticated Business User

    Returns the authenticated Business User's effective permission groups for this Location. Use the
    same User Token as the request returning 403. Optionally pass `group_permissions[]` to limit the
    returned groups; without it, all groups are returned. This checks the user's Location access and
    cannot inspect another user or the Marketplace application's declared permissions. The caller must
    have access to the Location (`canEditSalon`). A missing Location returns 404; insufficient Location
    access returns 403.

    GET /user/permissions/{location_id} (operation `get_permission_list`)

    Args:
        location_id (int): location ID
        group_permissions (list[str] | Unset): Permission group names to return, for example
            `loyalty` or `storages`. Repeat the parameter for multiple groups.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetPermissionListResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        group_permissions=group_permissions,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetPermissionListResponse200 | None:
    """Get effective permissions for the authenticated Business User

    Returns the authenticated Business User's effective permission groups for this Location. Use the
    same User Token as the request returning 403. Optionally pass `group_permissions[]` to limit the
    returned groups; without it, all groups are returned. This checks the user's Location access and
    cannot inspect another user or the Marketplace application's declared permissions. The caller must
    have access to the Location (`canEditSalon`). A missing Location returns 404; insufficient Location
    access returns 403.

    GET /user/permissions/{location_id} (operation `get_permission_list`)

    Args:
        location_id (int): location ID
        group_permissions (list[str] | Unset): Permission group names to return, for example
            `loyalty` or `storages`. Repeat the parameter for multiple groups.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetPermissionListResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        group_permissions=group_permissions,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetPermissionListResponse200]:
    """Get effective permissions for the authenticated Business User

    Returns the authenticated Business User's effective permission groups for this Location. Use the
    same User Token as the request returning 403. Optionally pass `group_permissions[]` to limit the
    returned groups; without it, all groups are returned. This checks the user's Location access and
    cannot inspect another user or the Marketplace application's declared permissions. The caller must
    have access to the Location (`canEditSalon`). A missing Location returns 404; insufficient Location
    access returns 403.

    GET /user/permissions/{location_id} (operation `get_permission_list`)

    Args:
        location_id (int): location ID
        group_permissions (list[str] | Unset): Permission group names to return, for example
            `loyalty` or `storages`. Repeat the parameter for multiple groups.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetPermissionListResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        group_permissions=group_permissions,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    group_permissions: list[str] | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetPermissionListResponse200 | None:
    """Get effective permissions for the authenticated Business User

    Returns the authenticated Business User's effective permission groups for this Location. Use the
    same User Token as the request returning 403. Optionally pass `group_permissions[]` to limit the
    returned groups; without it, all groups are returned. This checks the user's Location access and
    cannot inspect another user or the Marketplace application's declared permissions. The caller must
    have access to the Location (`canEditSalon`). A missing Location returns 404; insufficient Location
    access returns 403.

    GET /user/permissions/{location_id} (operation `get_permission_list`)

    Args:
        location_id (int): location ID
        group_permissions (list[str] | Unset): Permission group names to return, for example
            `loyalty` or `storages`. Repeat the parameter for multiple groups.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetPermissionListResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            group_permissions=group_permissions,
            options=options,
        )
    ).parsed
