"""``events``: the Events operations of Altegio's Business Management API as methods
(``client.events.<operation_id>(...)``; ``client.aio.events`` has the async forms). Each
is the module function ``altegio_b2b.api.events.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_event_body import CreateEventBody
    from ...models.create_event_duplication_strategy_body import CreateEventDuplicationStrategyBody
    from ...models.create_event_response_200 import CreateEventResponse200
    from ...models.duplicate_event_body import DuplicateEventBody
    from ...models.get_event_date_range_response_200 import GetEventDateRangeResponse200
    from ...models.get_event_response_200 import GetEventResponse200
    from ...models.get_event_search_filters_response_200_item import GetEventSearchFiltersResponse200Item
    from ...models.search_event_services_response_200_item import SearchEventServicesResponse200Item
    from ...models.search_events_response_200_item import SearchEventsResponse200Item
    from ...models.update_event_body import UpdateEventBody
    from ...models.update_event_duplication_strategy_body import UpdateEventDuplicationStrategyBody
    from ...models.update_event_response_200 import UpdateEventResponse200


class Events:
    """The Events operations as methods of ``client.events``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<events: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_event",
            "create_event_duplication_strategy",
            "delete_event",
            "duplicate_event",
            "get_event",
            "get_event_date_range",
            "get_event_search_filters",
            "list_event_duplication_strategies",
            "search_event_dates",
            "search_event_services",
            "search_events",
            "update_event",
            "update_event_duplication_strategy",
        ]

    def create_event(
        self,
        location_id: int,
        *,
        body: CreateEventBody,
        options: RequestOptions | None = None,
    ) -> CreateEventResponse200 | None:
        """Deprecated. Create Event

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **This endpoint is deprecated.** Use `POST /v2/locations/{location_id}/events` instead.

        **Migration:** The V2 Events API provides enhanced validation, better error handling, and JSON:API
        format responses. See operation `create_event` for details.

        POST /activity/{location_id} (operation `create_event` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateEventBody): Event creation/update request body Example: {'date': '2026-10-10
                15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity': 9,
                'resource_instance_ids': [3127], 'force': False}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.create_event.sync``; ``client.aio`` has the async form.
        """

        from .create_event import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def create_event_duplication_strategy(
        self,
        location_id: int,
        *,
        body: CreateEventDuplicationStrategyBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Create Event Duplication Strategy

        POST /activity/{location_id}/duplication_strategy (operation `create_event_duplication_strategy` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (CreateEventDuplicationStrategyBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.create_event_duplication_strategy.sync``; ``client.aio`` has the async form.
        """

        from .create_event_duplication_strategy import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def delete_event(
        self,
        location_id: int,
        event_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """Deprecated. Delete Event

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **This endpoint is deprecated.** Use `DELETE /v2/locations/{location_id}/events/{event_id}` instead.

        **Migration:** The V2 Events API provides JSON:API formatted responses. See operation `delete_event`
        for details.

        DELETE /activity/{location_id}/{event_id} (operation `delete_event` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            event_id (int): Event ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.delete_event.sync``; ``client.aio`` has the async form.
        """

        from .delete_event import sync

        return sync(
            location_id=location_id,
            event_id=event_id,
            client=self._client,
            options=options,
        )

    def duplicate_event(
        self,
        location_id: int,
        event_id: int,
        *,
        body: DuplicateEventBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Duplicate Event

        A request for duplication can be made in 3 ways:

        - Specifying a list of dates and times to duplicate

        - Specifying the ID of the repetition strategy

        - By specifying all repetition parameters

        POST /activity/{location_id}/{event_id}/duplicate (operation `duplicate_event` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int):
            event_id (int):
            body (DuplicateEventBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.duplicate_event.sync``; ``client.aio`` has the async form.
        """

        from .duplicate_event import sync

        return sync(
            location_id=location_id,
            event_id=event_id,
            body=body,
            client=self._client,
            options=options,
        )

    def get_event(
        self,
        location_id: int,
        event_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetEventResponse200 | None:
        """Deprecated. Get Event

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **This endpoint is deprecated.** Use `GET /v2/locations/{location_id}/events/{event_id}` instead.

        **Migration:** The V2 Events API provides JSON:API formatted responses. See operation `get_event`
        for details.

        GET /activity/{location_id}/{event_id} (operation `get_event` of the Business Management API); needs the partner token.

        Args:
            location_id (int): location ID
            event_id (int): Event ID
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.get_event.sync``; ``client.aio`` has the async form.
        """

        from .get_event import sync

        return sync(
            location_id=location_id,
            event_id=event_id,
            client=self._client,
            options=options,
        )

    def get_event_date_range(
        self,
        location_id: int,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetEventDateRangeResponse200 | None:
        """Get Event Date Range

        GET /activity/{location_id}/search_dates_range (operation `get_event_date_range` of the Business Management API); needs the partner token.

        Args:
            location_id (int): ID of a location.
            service_ids (list[int] | Unset): Filter by services IDs.
            staff_ids (list[int] | Unset): Filter by team member IDs.
            resource_ids (list[int] | Unset): Filter by resources IDs.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            GetEventDateRangeResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.get_event_date_range.sync``; ``client.aio`` has the async form.
        """

        from .get_event_date_range import sync

        return sync(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            client=self._client,
            options=options,
        )

    def get_event_search_filters(
        self,
        location_id: int,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetEventSearchFiltersResponse200Item] | None:
        """Get Event Search Filters

        GET /activity/{location_id}/filters (operation `get_event_search_filters` of the Business Management API); needs the partner token.

        Args:
            location_id (int): ID of a location.
            service_ids (list[int] | Unset): Filter by services IDs.
            staff_ids (list[int] | Unset): Filter by team member IDs.
            resource_ids (list[int] | Unset): Filter by resources IDs.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetEventSearchFiltersResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.get_event_search_filters.sync``; ``client.aio`` has the async form.
        """

        from .get_event_search_filters import sync

        return sync(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            client=self._client,
            options=options,
        )

    def list_event_duplication_strategies(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """List Event Duplication Strategies

        Duplication of Events occurs based on a set of parameters combined in the "duplication strategy"
        entity

        | Field | Type | Description |
        | ------------- | ------------- | ----------------------------------------- |
        | title | string | Strategy name |
        | repeat_mode_id| integer | Repeat mode |
        | days | integer[] | List of days of the week: 0 Sun, 6 Fri |
        | interval | integer | Break in searching for dates, in units of type |
        | content_type | integer | Duplicate appointments? 1 - no, 2 - yes |

        The repeat mode can take the values

        | Meaning | Description | Break unit |
        | -------- | ------------- | ------------------------------ |
        | 1 | Daily | Day |
        | 2 | Weekdays | - |
        | 3 | Mon Wed Fri | - |
        | 4 | Tue Thu | - |
        | 5 | Every week | Week |
        | 6 | Every month | Month |
        | 7 | Every year | Year |

        The days field is relevant only for mode 5 - week, for specifying specific days of repetition
        If you specify repeat_mode = 5, days = [1,4], interval = 2, then the Event will be
        repeat every 3rd week on Mon and Thu

        GET /activity/{location_id}/duplication_strategy (operation `list_event_duplication_strategies` of the Business Management API); needs the partner token.

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
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.list_event_duplication_strategies.sync``; ``client.aio`` has the async form.
        """

        from .list_event_duplication_strategies import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def search_event_dates(
        self,
        location_id: int,
        *,
        from_: datetime.date,
        till: datetime.date,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Search Event Dates

        GET /activity/{location_id}/search_dates (operation `search_event_dates` of the Business Management API); needs the partner token.

        Args:
            location_id (int): ID of a location.
            from_ (datetime.date): Search start date (YYYY-MM-DD format).
            till (datetime.date): Search end date (YYYY-MM-DD format).
            service_ids (list[int] | Unset): Filter by services IDs.
            staff_ids (list[int] | Unset): Filter by team member IDs.
            resource_ids (list[int] | Unset): Filter by resources IDs.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.search_event_dates.sync``; ``client.aio`` has the async form.
        """

        from .search_event_dates import sync

        return sync(
            location_id=location_id,
            from_=from_,
            till=till,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            client=self._client,
            options=options,
        )

    def search_event_services(
        self,
        location_id: int,
        *,
        staff_id: int | Unset = UNSET,
        term: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[SearchEventServicesResponse200Item] | None:
        """Search Event Services

        GET /activity/{location_id}/services (operation `search_event_services` of the Business Management API); needs the partner token.

        Args:
            location_id (int): location ID
            staff_id (int | Unset): team member ID to filter
            term (str | Unset): Search by name or part of the service name
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[SearchEventServicesResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.search_event_services.sync``; ``client.aio`` has the async form.
        """

        from .search_event_services import sync

        return sync(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
            client=self._client,
            options=options,
        )

    def search_events(
        self,
        location_id: int,
        *,
        from_: datetime.date,
        till: datetime.date,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[SearchEventsResponse200Item] | None:
        """Search Events

        GET /activity/{location_id}/search (operation `search_events` of the Business Management API); needs the partner token.

        Args:
            location_id (int): ID of a location.
            from_ (datetime.date): Search start date (YYYY-MM-DD format).
            till (datetime.date): Search end date (YYYY-MM-DD format).
            service_ids (list[int] | Unset): Filter by services IDs.
            staff_ids (list[int] | Unset): Filter by team member IDs.
            resource_ids (list[int] | Unset): Filter by resources IDs.
            page (int | Unset): Page number (default 1).
            count (int | Unset): Page size (default 25).
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[SearchEventsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.search_events.sync``; ``client.aio`` has the async form.
        """

        from .search_events import sync

        return sync(
            location_id=location_id,
            from_=from_,
            till=till,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    def update_event(
        self,
        location_id: int,
        event_id: int,
        *,
        body: UpdateEventBody,
        options: RequestOptions | None = None,
    ) -> UpdateEventResponse200 | None:
        """Deprecated. Update Event

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **This endpoint is deprecated.** Use `PUT /v2/locations/{location_id}/events/{event_id}` instead.

        **Migration:** The V2 Events API provides enhanced validation and JSON:API formatted responses. See
        operation `update_event` for details.

        PUT /activity/{location_id}/{event_id} (operation `update_event` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            event_id (int): Event ID
            body (UpdateEventBody): Event creation/update request body Example: {'date': '2026-10-10
                15:30', 'service_id': 1185299, 'staff_id': 26427, 'length': 3600, 'capacity': 9,
                'resource_instance_ids': [3127], 'force': False}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.update_event.sync``; ``client.aio`` has the async form.
        """

        from .update_event import sync

        return sync(
            location_id=location_id,
            event_id=event_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_event_duplication_strategy(
        self,
        location_id: int,
        strategy_id: int,
        *,
        body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Update Event Duplication Strategy

        POST /activity/{location_id}/duplication_strategy/{strategy_id} (operation `update_event_duplication_strategy` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            strategy_id (int): Replication strategy ID
            body (UpdateEventDuplicationStrategyBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.events.update_event_duplication_strategy.sync``; ``client.aio`` has the async form.
        """

        from .update_event_duplication_strategy import sync

        return sync(
            location_id=location_id,
            strategy_id=strategy_id,
            body=body,
            client=self._client,
            options=options,
        )


class AsyncEvents:
    """The async forms: ``await client.aio.events.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.events: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_event",
            "create_event_duplication_strategy",
            "delete_event",
            "duplicate_event",
            "get_event",
            "get_event_date_range",
            "get_event_search_filters",
            "list_event_duplication_strategies",
            "search_event_dates",
            "search_event_services",
            "search_events",
            "update_event",
            "update_event_duplication_strategy",
        ]

    async def create_event(
        self,
        location_id: int,
        *,
        body: CreateEventBody,
        options: RequestOptions | None = None,
    ) -> CreateEventResponse200 | None:
        """The async form of ``client.events.create_event`` (see its docstring)."""
        from .create_event import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def create_event_duplication_strategy(
        self,
        location_id: int,
        *,
        body: CreateEventDuplicationStrategyBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.events.create_event_duplication_strategy`` (see its docstring)."""
        from .create_event_duplication_strategy import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def delete_event(
        self,
        location_id: int,
        event_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.events.delete_event`` (see its docstring)."""
        from .delete_event import asyncio

        return await asyncio(
            location_id=location_id,
            event_id=event_id,
            client=self._client,
            options=options,
        )

    async def duplicate_event(
        self,
        location_id: int,
        event_id: int,
        *,
        body: DuplicateEventBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.events.duplicate_event`` (see its docstring)."""
        from .duplicate_event import asyncio

        return await asyncio(
            location_id=location_id,
            event_id=event_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def get_event(
        self,
        location_id: int,
        event_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetEventResponse200 | None:
        """The async form of ``client.events.get_event`` (see its docstring)."""
        from .get_event import asyncio

        return await asyncio(
            location_id=location_id,
            event_id=event_id,
            client=self._client,
            options=options,
        )

    async def get_event_date_range(
        self,
        location_id: int,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetEventDateRangeResponse200 | None:
        """The async form of ``client.events.get_event_date_range`` (see its docstring)."""
        from .get_event_date_range import asyncio

        return await asyncio(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            client=self._client,
            options=options,
        )

    async def get_event_search_filters(
        self,
        location_id: int,
        *,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetEventSearchFiltersResponse200Item] | None:
        """The async form of ``client.events.get_event_search_filters`` (see its docstring)."""
        from .get_event_search_filters import asyncio

        return await asyncio(
            location_id=location_id,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            client=self._client,
            options=options,
        )

    async def list_event_duplication_strategies(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.events.list_event_duplication_strategies`` (see its docstring)."""
        from .list_event_duplication_strategies import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def search_event_dates(
        self,
        location_id: int,
        *,
        from_: datetime.date,
        till: datetime.date,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.events.search_event_dates`` (see its docstring)."""
        from .search_event_dates import asyncio

        return await asyncio(
            location_id=location_id,
            from_=from_,
            till=till,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            client=self._client,
            options=options,
        )

    async def search_event_services(
        self,
        location_id: int,
        *,
        staff_id: int | Unset = UNSET,
        term: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[SearchEventServicesResponse200Item] | None:
        """The async form of ``client.events.search_event_services`` (see its docstring)."""
        from .search_event_services import asyncio

        return await asyncio(
            location_id=location_id,
            staff_id=staff_id,
            term=term,
            client=self._client,
            options=options,
        )

    async def search_events(
        self,
        location_id: int,
        *,
        from_: datetime.date,
        till: datetime.date,
        service_ids: list[int] | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        resource_ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        count: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[SearchEventsResponse200Item] | None:
        """The async form of ``client.events.search_events`` (see its docstring)."""
        from .search_events import asyncio

        return await asyncio(
            location_id=location_id,
            from_=from_,
            till=till,
            service_ids=service_ids,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            page=page,
            count=count,
            client=self._client,
            options=options,
        )

    async def update_event(
        self,
        location_id: int,
        event_id: int,
        *,
        body: UpdateEventBody,
        options: RequestOptions | None = None,
    ) -> UpdateEventResponse200 | None:
        """The async form of ``client.events.update_event`` (see its docstring)."""
        from .update_event import asyncio

        return await asyncio(
            location_id=location_id,
            event_id=event_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_event_duplication_strategy(
        self,
        location_id: int,
        strategy_id: int,
        *,
        body: UpdateEventDuplicationStrategyBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.events.update_event_duplication_strategy`` (see its docstring)."""
        from .update_event_duplication_strategy import asyncio

        return await asyncio(
            location_id=location_id,
            strategy_id=strategy_id,
            body=body,
            client=self._client,
            options=options,
        )
