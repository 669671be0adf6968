"""Change User Push Notification Settings

POST /notification_settings/{location_id}/users/{user_id} (operation `update_user_notification_settings` of the Business Management API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_user_notification_settings_body import UpdateUserNotificationSettingsBody
from ...models.update_user_notification_settings_response_200 import UpdateUserNotificationSettingsResponse200
from ...types import Response

_OPERATION = Operation(
    "update_user_notification_settings",
    "POST",
    "/notification_settings/{location_id}/users/{user_id}",
    "BearerPartnerUser",
)
_RESPONSE = _fields.Model("UpdateUserNotificationSettingsResponse200")

_BODY = _fields.Model("UpdateUserNotificationSettingsBody")


def _request(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("user_id", user_id, required=True)

    _arguments.instance("body", body, UpdateUserNotificationSettingsBody, required=True)

    _json: Any = None
    _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
            "user_id": user_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateUserNotificationSettingsResponse200:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


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

    POST /notification_settings/{location_id}/users/{user_id} (operation `update_user_notification_settings` of the Business Management API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        user_id (int): User ID
        body (UpdateUserNotificationSettingsBody): Change User Push Notification Settings Example:
            {'notification_types': [{'type': 'record_create_online_admin', 'channels': {'push': 1}},
            {'type': 'record_create_offline_admin', 'channels': {'push': 1}}, {'type':
            'record_delete_admin', 'channels': {'push': 1}}, {'type': 'record_move_admin', 'channels':
            {'push': 1}}, {'type': 'license_expire', 'channels': {'push': 1}}]}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateUserNotificationSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            user_id=user_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateUserNotificationSettingsResponse200]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            user_id=user_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateUserNotificationSettingsResponse200 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                user_id=user_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    body: UpdateUserNotificationSettingsBody,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateUserNotificationSettingsResponse200]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            user_id=user_id,
            body=body,
        ),
        _parse_data,
        options,
    )
