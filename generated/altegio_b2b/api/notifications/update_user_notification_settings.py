from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.update_user_notification_settings_body import UpdateUserNotificationSettingsBody
from ...models.update_user_notification_settings_response_200 import UpdateUserNotificationSettingsResponse200
from ...types import Response

_OPERATION = OPERATIONS["update_user_notification_settings"]


def _get_kwargs(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("user_id", user_id, required=True)

    _arguments.instance("body", body, UpdateUserNotificationSettingsBody, required=True)

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notification_settings/{location_id}/users/{user_id}".format(
            location_id=quote(str(location_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> UpdateUserNotificationSettingsResponse200:
    response_200 = UpdateUserNotificationSettingsResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateUserNotificationSettingsResponse200]:
    """Change User Push Notification Settings

    The method allows you to change the user's PUSH notification settings.
    The type of notification to be changed (record_create_online_staff or record_create_online_admin,
    etc.) should be selected based on the type of notification specified by the user (mode: admin or
    mode: team_member). Note: 'staff' in notification type names is a legacy term for team member.

    POST /notification_settings/{location_id}/users/{user_id} (operation `update_user_notification_settings`)

    Args:
        location_id (int): location ID
        user_id (int): User ID
        body (UpdateUserNotificationSettingsBody): Change User Push Notification Settings
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateUserNotificationSettingsResponse200]: status, headers, raw body, `meta` and the parsed data.
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
    body: UpdateUserNotificationSettingsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateUserNotificationSettingsResponse200 | None:
    """Change User Push Notification Settings

    The method allows you to change the user's PUSH notification settings.
    The type of notification to be changed (record_create_online_staff or record_create_online_admin,
    etc.) should be selected based on the type of notification specified by the user (mode: admin or
    mode: team_member). Note: 'staff' in notification type names is a legacy term for team member.

    POST /notification_settings/{location_id}/users/{user_id} (operation `update_user_notification_settings`)

    Args:
        location_id (int): location ID
        user_id (int): User ID
        body (UpdateUserNotificationSettingsBody): Change User Push Notification Settings
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateUserNotificationSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
    body: UpdateUserNotificationSettingsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateUserNotificationSettingsResponse200]:
    """Change User Push Notification Settings

    The method allows you to change the user's PUSH notification settings.
    The type of notification to be changed (record_create_online_staff or record_create_online_admin,
    etc.) should be selected based on the type of notification specified by the user (mode: admin or
    mode: team_member). Note: 'staff' in notification type names is a legacy term for team member.

    POST /notification_settings/{location_id}/users/{user_id} (operation `update_user_notification_settings`)

    Args:
        location_id (int): location ID
        user_id (int): User ID
        body (UpdateUserNotificationSettingsBody): Change User Push Notification Settings
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[UpdateUserNotificationSettingsResponse200]: status, headers, raw body, `meta` and the parsed data.
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
    body: UpdateUserNotificationSettingsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateUserNotificationSettingsResponse200 | None:
    """Change User Push Notification Settings

    The method allows you to change the user's PUSH notification settings.
    The type of notification to be changed (record_create_online_staff or record_create_online_admin,
    etc.) should be selected based on the type of notification specified by the user (mode: admin or
    mode: team_member). Note: 'staff' in notification type names is a legacy term for team member.

    POST /notification_settings/{location_id}/users/{user_id} (operation `update_user_notification_settings`)

    Args:
        location_id (int): location ID
        user_id (int): User ID
        body (UpdateUserNotificationSettingsBody): Change User Push Notification Settings
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateUserNotificationSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
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
