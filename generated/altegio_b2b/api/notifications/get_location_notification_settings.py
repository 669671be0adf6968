from typing import Any
from urllib.parse import quote

from ..._operations import OPERATIONS
from ..._runtime import arguments as _arguments
from ..._runtime.client import AltegioClient
from ..._runtime.options import RequestOptions
from ...models.get_location_notification_settings_response_200_item import (
    GetLocationNotificationSettingsResponse200Item,
)
from ...types import Response

_OPERATION = OPERATIONS["get_location_notification_settings"]


def _get_kwargs(
    location_id: int,
) -> dict[str, Any]:
    _arguments.integer("location_id", location_id, required=True)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notification_settings/{location_id}/notification_types".format(
            location_id=quote(str(location_id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> list[GetLocationNotificationSettingsResponse200Item]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = GetLocationNotificationSettingsResponse200Item.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def sync_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationNotificationSettingsResponse200Item]]:
    """Get notification settings in a location

    The method allows you to get notification settings in a location.

    GET /notification_settings/{location_id}/notification_types (operation `get_location_notification_settings`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLocationNotificationSettingsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return client.send(_OPERATION, kwargs, _parse_data, options)


def sync(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationNotificationSettingsResponse200Item] | None:
    """Get notification settings in a location

    The method allows you to get notification settings in a location.

    GET /notification_settings/{location_id}/notification_types (operation `get_location_notification_settings`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationNotificationSettingsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return sync_detailed(
        location_id=location_id,
        client=client,
        options=options,
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[list[GetLocationNotificationSettingsResponse200Item]]:
    """Get notification settings in a location

    The method allows you to get notification settings in a location.

    GET /notification_settings/{location_id}/notification_types (operation `get_location_notification_settings`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        Response[list[GetLocationNotificationSettingsResponse200Item]]: status, headers, raw body, `meta` and the parsed data.
    """

    kwargs = _get_kwargs(
        location_id=location_id,
    )
    return await client.asend(_OPERATION, kwargs, _parse_data, options)


async def asyncio(
    location_id: int,
    *,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> list[GetLocationNotificationSettingsResponse200Item] | None:
    """Get notification settings in a location

    The method allows you to get notification settings in a location.

    GET /notification_settings/{location_id}/notification_types (operation `get_location_notification_settings`)

    Args:
        location_id (int): location ID
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout and retry overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        list[GetLocationNotificationSettingsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
    """

    return (
        await asyncio_detailed(
            location_id=location_id,
            client=client,
            options=options,
        )
    ).parsed
