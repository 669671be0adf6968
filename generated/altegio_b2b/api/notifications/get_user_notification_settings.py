from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_user_notification_settings_response_200 import GetUserNotificationSettingsResponse200
from ...types import Response

_OPERATION = OPERATIONS["get_user_notification_settings"]


def _get_kwargs(
    location_id: int,
    user_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.integer("user_id", user_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification_settings/{location_id}/users/{user_id}".format(
            location_id=quote(str(location_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> GetUserNotificationSettingsResponse200:
    response_200 = GetUserNotificationSettingsResponse200.from_dict(data)

    return response_200


def sync_detailed(
    location_id: int,
    user_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetUserNotificationSettingsResponse200]:
    """Get User Notification Settings

    The method allows you to get notification settings for a particular location user.

    GET /notification_settings/{location_id}/users/{user_id} (operation `get_user_notification_settings`)

    Args:
        location_id (int): location ID
        user_id (int): User ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetUserNotificationSettingsResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    user_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetUserNotificationSettingsResponse200 | None:
    """Get User Notification Settings

    The method allows you to get notification settings for a particular location user.

    GET /notification_settings/{location_id}/users/{user_id} (operation `get_user_notification_settings`)

    Args:
        location_id (int): location ID
        user_id (int): User ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetUserNotificationSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        user_id=user_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    user_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[GetUserNotificationSettingsResponse200]:
    """Get User Notification Settings

    The method allows you to get notification settings for a particular location user.

    GET /notification_settings/{location_id}/users/{user_id} (operation `get_user_notification_settings`)

    Args:
        location_id (int): location ID
        user_id (int): User ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[GetUserNotificationSettingsResponse200]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
        user_id=user_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    user_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> GetUserNotificationSettingsResponse200 | None:
    """Get User Notification Settings

    The method allows you to get notification settings for a particular location user.

    GET /notification_settings/{location_id}/users/{user_id} (operation `get_user_notification_settings`)

    Args:
        location_id (int): location ID
        user_id (int): User ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        GetUserNotificationSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            user_id=user_id,
            client=client,
            options=options,
        )
    ).parsed
