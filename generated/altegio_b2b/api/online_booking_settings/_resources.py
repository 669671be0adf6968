"""``online_booking_settings``: the Online Booking Settings operations of Altegio's Business Management API as methods
(``client.online_booking_settings.<operation_id>(...)``; ``client.aio.online_booking_settings`` has the async forms). Each
is the module function ``altegio_b2b.api.online_booking_settings.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_booking_widget_body import CreateBookingWidgetBody
    from ...models.create_booking_widget_response_201 import CreateBookingWidgetResponse201
    from ...models.get_booking_widget_list_response_200_item import GetBookingWidgetListResponse200Item
    from ...models.get_booking_widget_response_200 import GetBookingWidgetResponse200
    from ...models.get_online_booking_settings_response_200 import GetOnlineBookingSettingsResponse200
    from ...models.get_timeslot_settings_response_200 import GetTimeslotSettingsResponse200
    from ...models.update_booking_widget_body import UpdateBookingWidgetBody
    from ...models.update_booking_widget_response_200 import UpdateBookingWidgetResponse200
    from ...models.update_online_booking_settings_body import UpdateOnlineBookingSettingsBody
    from ...models.update_online_booking_settings_response_200 import UpdateOnlineBookingSettingsResponse200


class OnlineBookingSettings:
    """The Online Booking Settings operations as methods of ``client.online_booking_settings``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<online_booking_settings: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_booking_widget",
            "delete_booking_widget",
            "get_booking_widget",
            "get_booking_widget_list",
            "get_online_booking_settings",
            "get_timeslot_settings",
            "update_booking_widget",
            "update_online_booking_settings",
        ]

    def create_booking_widget(
        self,
        location_id: int,
        *,
        body: CreateBookingWidgetBody,
        options: RequestOptions | None = None,
    ) -> CreateBookingWidgetResponse201 | None:
        """Create a Booking Widget

        POST /company/{location_id}/booking_forms (operation `create_booking_widget` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateBookingWidgetBody): Request to create a letterform
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateBookingWidgetResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.online_booking_settings.create_booking_widget.sync``; ``client.aio`` has the async form.
        """

        from .create_booking_widget import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_booking_widget(
        self,
        location_id: int,
        form_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Delete Booking Widget

        DELETE /company/{location_id}/booking_forms/{form_id} (operation `delete_booking_widget` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            form_id (int): appointment widget ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.online_booking_settings.delete_booking_widget.sync``; ``client.aio`` has the async form.
        """

        from .delete_booking_widget import sync

        return sync(
            location_id=location_id,
            form_id=form_id,
            client=self._client,
            options=options,
        )

    def get_booking_widget(
        self,
        location_id: int,
        form_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetBookingWidgetResponse200 | None:
        """Get a Booking Widget

        GET /company/{location_id}/booking_forms/{form_id} (operation `get_booking_widget` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            form_id (int): appointment widget ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetBookingWidgetResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.online_booking_settings.get_booking_widget.sync``; ``client.aio`` has the async form.
        """

        from .get_booking_widget import sync

        return sync(
            location_id=location_id,
            form_id=form_id,
            client=self._client,
            options=options,
        )

    def get_booking_widget_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetBookingWidgetListResponse200Item] | None:
        """Get a list of booking widgets

        GET /company/{location_id}/booking_forms (operation `get_booking_widget_list` of the Business Management API); needs the partner and the user token.

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
            list[GetBookingWidgetListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.online_booking_settings.get_booking_widget_list.sync``; ``client.aio`` has the async form.
        """

        from .get_booking_widget_list import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_online_booking_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetOnlineBookingSettingsResponse200 | None:
        """Get Online Booking Settings

        GET /company/{location_id}/settings/online (operation `get_online_booking_settings` of the Business Management API); needs the partner and the user token.

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
            GetOnlineBookingSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.online_booking_settings.get_online_booking_settings.sync``; ``client.aio`` has the async form.
        """

        from .get_online_booking_settings import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_timeslot_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTimeslotSettingsResponse200 | None:
        """Get timeslot settings

        Retrieves the timeslot configuration for online booking at a location.

        Timeslot settings control how available booking times are displayed to clients:
        - Grid type (predefined, schedule-based, or dynamic)
        - Available time range
        - Step interval between slots
        - Delay before nearest available slot
        - Per-weekday and per-date overrides

        **Timeslot values are in seconds from midnight** (e.g., 7200 = 02:00, 50400 = 14:00).

        GET /company/{location_id}/settings/timeslots (operation `get_timeslot_settings` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetTimeslotSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.online_booking_settings.get_timeslot_settings.sync``; ``client.aio`` has the async form.
        """

        from .get_timeslot_settings import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def update_booking_widget(
        self,
        location_id: int,
        form_id: int,
        *,
        body: UpdateBookingWidgetBody,
        options: RequestOptions | None = None,
    ) -> UpdateBookingWidgetResponse200 | None:
        """Change Booking Widget

        PATCH /company/{location_id}/booking_forms/{form_id} (operation `update_booking_widget` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            form_id (int): appointment widget ID
            body (UpdateBookingWidgetBody): Request to change the letterform
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateBookingWidgetResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.online_booking_settings.update_booking_widget.sync``; ``client.aio`` has the async form.
        """

        from .update_booking_widget import sync

        return sync(
            location_id=location_id,
            form_id=form_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_online_booking_settings(
        self,
        location_id: int,
        *,
        body: UpdateOnlineBookingSettingsBody,
        options: RequestOptions | None = None,
    ) -> UpdateOnlineBookingSettingsResponse200 | None:
        """Update Online Booking Settings

        PATCH /company/{location_id}/settings/online (operation `update_online_booking_settings` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (UpdateOnlineBookingSettingsBody):  Example: {'confirm_number': False, 'any_master':
                True, 'seance_delay_step': 90, 'activity_online_record_clients_count_max': 1}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateOnlineBookingSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.online_booking_settings.update_online_booking_settings.sync``; ``client.aio`` has the async form.
        """

        from .update_online_booking_settings import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncOnlineBookingSettings:
    """The async forms: ``await client.aio.online_booking_settings.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.online_booking_settings: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_booking_widget",
            "delete_booking_widget",
            "get_booking_widget",
            "get_booking_widget_list",
            "get_online_booking_settings",
            "get_timeslot_settings",
            "update_booking_widget",
            "update_online_booking_settings",
        ]

    async def create_booking_widget(
        self,
        location_id: int,
        *,
        body: CreateBookingWidgetBody,
        options: RequestOptions | None = None,
    ) -> CreateBookingWidgetResponse201 | None:
        """The async form of ``client.online_booking_settings.create_booking_widget`` (see its docstring)."""
        from .create_booking_widget import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_booking_widget(
        self,
        location_id: int,
        form_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.online_booking_settings.delete_booking_widget`` (see its docstring)."""
        from .delete_booking_widget import asyncio

        return await asyncio(
            location_id=location_id,
            form_id=form_id,
            client=self._client,
            options=options,
        )

    async def get_booking_widget(
        self,
        location_id: int,
        form_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetBookingWidgetResponse200 | None:
        """The async form of ``client.online_booking_settings.get_booking_widget`` (see its docstring)."""
        from .get_booking_widget import asyncio

        return await asyncio(
            location_id=location_id,
            form_id=form_id,
            client=self._client,
            options=options,
        )

    async def get_booking_widget_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetBookingWidgetListResponse200Item] | None:
        """The async form of ``client.online_booking_settings.get_booking_widget_list`` (see its docstring)."""
        from .get_booking_widget_list import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_online_booking_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetOnlineBookingSettingsResponse200 | None:
        """The async form of ``client.online_booking_settings.get_online_booking_settings`` (see its docstring)."""
        from .get_online_booking_settings import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_timeslot_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetTimeslotSettingsResponse200 | None:
        """The async form of ``client.online_booking_settings.get_timeslot_settings`` (see its docstring)."""
        from .get_timeslot_settings import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def update_booking_widget(
        self,
        location_id: int,
        form_id: int,
        *,
        body: UpdateBookingWidgetBody,
        options: RequestOptions | None = None,
    ) -> UpdateBookingWidgetResponse200 | None:
        """The async form of ``client.online_booking_settings.update_booking_widget`` (see its docstring)."""
        from .update_booking_widget import asyncio

        return await asyncio(
            location_id=location_id,
            form_id=form_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_online_booking_settings(
        self,
        location_id: int,
        *,
        body: UpdateOnlineBookingSettingsBody,
        options: RequestOptions | None = None,
    ) -> UpdateOnlineBookingSettingsResponse200 | None:
        """The async form of ``client.online_booking_settings.update_online_booking_settings`` (see its docstring)."""
        from .update_online_booking_settings import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )
