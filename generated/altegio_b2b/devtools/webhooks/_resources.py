"""``devtools.webhooks``: the Webhooks operations of Altegio's Developer Tools API as methods
(``client.devtools.webhooks.<operation_id>(...)``; ``client.aio.devtools.webhooks`` has the async forms). Each
is the module function ``altegio_b2b.devtools.webhooks.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.get_event_notification_settings_response_200 import GetEventNotificationSettingsResponse200
    from ...models.update_event_notification_settings_body import UpdateEventNotificationSettingsBody
    from ...models.update_event_notification_settings_response_201 import UpdateEventNotificationSettingsResponse201


class Webhooks:
    """The Webhooks operations as methods of ``client.devtools.webhooks``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<devtools.webhooks: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_event_notification_settings",
            "update_event_notification_settings",
        ]

    def get_event_notification_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetEventNotificationSettingsResponse200 | None:
        """Get event notification settings

        GET /hooks_settings/{location_id} (operation `get_event_notification_settings` of the Developer Tools API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetEventNotificationSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.webhooks.get_event_notification_settings.sync``; ``client.aio`` has the async form.
        """

        from .get_event_notification_settings import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def update_event_notification_settings(
        self,
        location_id: int,
        *,
        body: UpdateEventNotificationSettingsBody | Unset = UNSET,
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
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateEventNotificationSettingsResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.devtools.webhooks.update_event_notification_settings.sync``; ``client.aio`` has the async form.
        """

        from .update_event_notification_settings import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncWebhooks:
    """The async forms: ``await client.aio.devtools.webhooks.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.devtools.webhooks: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "get_event_notification_settings",
            "update_event_notification_settings",
        ]

    async def get_event_notification_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetEventNotificationSettingsResponse200 | None:
        """The async form of ``client.devtools.webhooks.get_event_notification_settings`` (see its docstring)."""
        from .get_event_notification_settings import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def update_event_notification_settings(
        self,
        location_id: int,
        *,
        body: UpdateEventNotificationSettingsBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateEventNotificationSettingsResponse201 | None:
        """The async form of ``client.devtools.webhooks.update_event_notification_settings`` (see its docstring)."""
        from .update_event_notification_settings import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )
