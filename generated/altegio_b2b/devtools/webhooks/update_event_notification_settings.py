"""Change Event Notification Settings

POST /hooks_settings/{location_id} (operation `update_event_notification_settings` of the Developer Tools API); needs the partner and the user token.
"""

from typing import Any

from ..._runtime import arguments as _arguments
from ..._runtime import fields as _fields
from ..._runtime.operation import Operation
from ..._runtime.options import RequestOptions
from ..._runtime.request import RequestParts
from ...client import AltegioClient
from ...models.update_event_notification_settings_body import UpdateEventNotificationSettingsBody
from ...models.update_event_notification_settings_response_201 import UpdateEventNotificationSettingsResponse201
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    "update_event_notification_settings", "POST", "/hooks_settings/{location_id}", "BearerPartnerUser"
)
_RESPONSE = _fields.Model("UpdateEventNotificationSettingsResponse201")

_BODY = _fields.Model("UpdateEventNotificationSettingsBody")


def _request(
    location_id: int,
    *,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
) -> RequestParts:
    _arguments.integer("location_id", location_id, required=True)

    _arguments.instance("body", body, UpdateEventNotificationSettingsBody, required=False)

    _json: Any = None
    if not isinstance(body, Unset):
        _json = _arguments.body("body", _BODY, body)

    return RequestParts(
        path_params={
            "location_id": location_id,
        },
        json=_json,
    )


def _parse_data(data: Any) -> UpdateEventNotificationSettingsResponse201:
    return _RESPONSE.read(data)  # type: ignore[no-any-return]


def sync(
    location_id: int,
    *,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateEventNotificationSettingsResponse201 | None:
    """Change Event Notification Settings

    POST /hooks_settings/{location_id} (operation `update_event_notification_settings` of the Developer Tools API); needs the partner and the user token.

    Args:
        location_id (int): location ID
        body (UpdateEventNotificationSettingsBody | Unset):  Example: {'urls':
            ['https://dev.tools.test.com/test/Hooks'], 'active': 0, 'salon': 1, 'service_category': 0,
            'service': 1, 'good': 1, 'master': 1, 'client': 1, 'record': 1, 'goods_operations_sale':
            1, 'goods_operations_receipt': 1, 'goods_operations_consumable': 1,
            'goods_operations_stolen': 1, 'goods_operations_move': 1, 'finances_operation': 1,
            'self_sending': 0}.
        client (AltegioClient): the client carrying tokens, base URL and transport policy.
        options (RequestOptions | None): per-call timeout, retry and header overrides.

    Raises:
        ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
        MissingUserTokenError: the operation needs a user token and the client has none.
        AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
        ResponseFormatError: the body is not the JSON the spec promises.
        TransportError: the request could not be sent or no answer arrived.

    Returns:
        UpdateEventNotificationSettingsResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
        `sync_detailed` returns the whole Response; `asyncio` and `asyncio_detailed` are the async forms.
    """

    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    ).parsed


def sync_detailed(
    location_id: int,
    *,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateEventNotificationSettingsResponse201]:
    """Like :func:`sync`, but returns the whole :class:`~altegio_b2b.Response` (status, headers, raw body, ``meta``)."""
    return client.send(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )


async def asyncio(
    location_id: int,
    *,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> UpdateEventNotificationSettingsResponse201 | None:
    """The async form of :func:`sync`."""
    return (
        await client.asend(
            _OPERATION,
            _request(
                location_id=location_id,
                body=body,
            ),
            _parse_data,
            options,
        )
    ).parsed


async def asyncio_detailed(
    location_id: int,
    *,
    body: UpdateEventNotificationSettingsBody | Unset = UNSET,
    client: AltegioClient,
    options: RequestOptions | None = None,
) -> Response[UpdateEventNotificationSettingsResponse201]:
    """The async form of :func:`sync_detailed`."""
    return await client.asend(
        _OPERATION,
        _request(
            location_id=location_id,
            body=body,
        ),
        _parse_data,
        options,
    )
