"""``schedule_resources``: the Schedule & Resources operations of Altegio's Business Management API as methods
(``client.schedule_resources.<operation_id>(...)``; ``client.aio.schedule_resources`` has the async forms). Each
is the module function ``altegio_b2b.api.schedule_resources.<operation_id>.sync`` with the
client filled in: the same arguments, return type and errors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..._runtime.options import RequestOptions
    from ...client import AltegioClient
    from ...models.create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
    from ...models.create_timetable_event_schedule_include_item import CreateTimetableEventScheduleIncludeItem
    from ...models.create_timetable_event_schedule_response_201 import CreateTimetableEventScheduleResponse201
    from ...models.create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
    from ...models.create_timetable_schedule_day_include_item import CreateTimetableScheduleDayIncludeItem
    from ...models.create_timetable_schedule_day_response_201 import CreateTimetableScheduleDayResponse201
    from ...models.delete_timetable_event_schedule_response_204_type_0 import (
        DeleteTimetableEventScheduleResponse204Type0,
    )
    from ...models.delete_timetable_schedule_day_response_204_type_0 import DeleteTimetableScheduleDayResponse204Type0
    from ...models.get_appointment_calendar_sessions_response_200_item import (
        GetAppointmentCalendarSessionsResponse200Item,
    )
    from ...models.get_appointment_calendar_settings_response_200 import GetAppointmentCalendarSettingsResponse200
    from ...models.get_resource_list_response_200_item import GetResourceListResponse200Item
    from ...models.get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
    from ...models.get_team_member_schedule_list_response_200_item import GetTeamMemberScheduleListResponse200Item
    from ...models.get_team_member_schedule_response_200_item import GetTeamMemberScheduleResponse200Item
    from ...models.list_timetable_schedule_day_events_response_200_item import (
        ListTimetableScheduleDayEventsResponse200Item,
    )
    from ...models.schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem
    from ...models.search_timetable_event_schedules_by_event_entity_type import (
        SearchTimetableEventSchedulesByEventEntityType,
    )
    from ...models.search_timetable_event_schedules_by_event_include_item import (
        SearchTimetableEventSchedulesByEventIncludeItem,
    )
    from ...models.search_timetable_event_schedules_by_event_response_200 import (
        SearchTimetableEventSchedulesByEventResponse200,
    )
    from ...models.set_team_member_schedule_body import SetTeamMemberScheduleBody
    from ...models.set_team_member_schedule_response_200_item import SetTeamMemberScheduleResponse200Item
    from ...models.update_appointment_calendar_settings_body import UpdateAppointmentCalendarSettingsBody
    from ...models.update_appointment_calendar_settings_response_200 import UpdateAppointmentCalendarSettingsResponse200
    from ...models.update_team_member_schedule_body_type_0 import UpdateTeamMemberScheduleBodyType0
    from ...models.update_timetable_event_schedule_body import UpdateTimetableEventScheduleBody
    from ...models.update_timetable_event_schedule_response_200 import UpdateTimetableEventScheduleResponse200
    from ...models.update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
    from ...models.update_timetable_schedule_day_include_item import UpdateTimetableScheduleDayIncludeItem
    from ...models.update_timetable_schedule_day_response_200 import UpdateTimetableScheduleDayResponse200


class ScheduleResources:
    """The Schedule & Resources operations as methods of ``client.schedule_resources``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<schedule_resources: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_timetable_event_schedule",
            "create_timetable_schedule_day",
            "delete_timetable_event_schedule",
            "delete_timetable_schedule_day",
            "get_appointment_calendar_dates",
            "get_appointment_calendar_sessions",
            "get_appointment_calendar_settings",
            "get_resource_list",
            "get_team_member_schedule",
            "get_team_member_schedule_list",
            "list_timetable_schedule_day_events",
            "schedule_team_member_update_deprecated",
            "search_timetable_event_schedules_by_event",
            "set_team_member_schedule",
            "update_appointment_calendar_settings",
            "update_team_member_schedule",
            "update_timetable_event_schedule",
            "update_timetable_schedule_day",
        ]

    def create_timetable_event_schedule(
        self,
        location_id: int,
        *,
        body: CreateTimetableEventScheduleBody | Unset = UNSET,
        include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateTimetableEventScheduleResponse201 | None:
        """Create a Schedule

        Creates a schedule for appointments or events based on the original associated entity.

        POST /company/{location_id}/schedules (operation `create_timetable_event_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            include (list[CreateTimetableEventScheduleIncludeItem] | Unset): Requested set of an
                included models.
            body (CreateTimetableEventScheduleBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateTimetableEventScheduleResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.create_timetable_event_schedule.sync``; ``client.aio`` has the async form.
        """

        from .create_timetable_event_schedule import sync

        return sync(
            location_id=location_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )

    def create_timetable_schedule_day(
        self,
        location_id: int,
        schedule_id: int,
        *,
        body: CreateTimetableScheduleDayBody | Unset = UNSET,
        include: list[CreateTimetableScheduleDayIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateTimetableScheduleDayResponse201 | None:
        """Create a Schedule Series

        Adds a new series to an existing schedule of appointments or events.

        POST /company/{location_id}/schedules/{schedule_id}/days (operation `create_timetable_schedule_day` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            include (list[CreateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
                included models.
            body (CreateTimetableScheduleDayBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            CreateTimetableScheduleDayResponse201 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.create_timetable_schedule_day.sync``; ``client.aio`` has the async form.
        """

        from .create_timetable_schedule_day import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )

    def delete_timetable_event_schedule(
        self,
        location_id: int,
        schedule_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteTimetableEventScheduleResponse204Type0 | None | None:
        """Delete a Schedule

        Completely deletes a schedule along with all its series and the linked appointments or events.

        DELETE /company/{location_id}/schedules/{schedule_id} (operation `delete_timetable_event_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            DeleteTimetableEventScheduleResponse204Type0 | None | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.delete_timetable_event_schedule.sync``; ``client.aio`` has the async form.
        """

        from .delete_timetable_event_schedule import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            client=self._client,
            options=options,
        )

    def delete_timetable_schedule_day(
        self,
        location_id: int,
        schedule_id: int,
        day_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteTimetableScheduleDayResponse204Type0 | None | None:
        """Delete a schedule series

        Deletes a schedule series and all appointments or events linked to it.

        DELETE /company/{location_id}/schedules/{schedule_id}/days/{day_id} (operation `delete_timetable_schedule_day` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            day_id (int): ID of a schedule series.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            DeleteTimetableScheduleDayResponse204Type0 | None | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.delete_timetable_schedule_day.sync``; ``client.aio`` has the async form.
        """

        from .delete_timetable_schedule_day import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=self._client,
            options=options,
        )

    def get_appointment_calendar_dates(
        self,
        location_id: int,
        date: datetime.date,
        *,
        staff_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Get a list of dates for Appointment Calendar

        The Appointment Calendar dates are returned as an array of date strings, for example:
        [\\"2026-10-26\\", \\"2026-10-30\\"]. To retrieve this list, you must provide a reference date. The
        response will return the available working dates of the specified location or team member relative
        to that date

        GET /timetable/dates/{location_id}/{date} (operation `get_appointment_calendar_dates` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            date (datetime.date): date in iso8601 format.
                Filter by appointment date (eg '2026-09-30')
            staff_id (int | Unset): team member ID.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.get_appointment_calendar_dates.sync``; ``client.aio`` has the async form.
        """

        from .get_appointment_calendar_dates import sync

        return sync(
            location_id=location_id,
            date=date,
            staff_id=staff_id,
            client=self._client,
            options=options,
        )

    def get_appointment_calendar_sessions(
        self,
        location_id: int,
        team_member_id: int,
        date: datetime.date,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentCalendarSessionsResponse200Item] | None:
        """Get a list of sessions for the Appointment Calendar

        The sessions object for the log has the following fields:

        | Field | Type | Description |
        | ------------- | ------------- | ------------- |
        | time | string | Session time (17:30 for example) |
        | free | boolean | Free time or busy |

        GET /timetable/seances/{location_id}/{team_member_id}/{date} (operation `get_appointment_calendar_sessions` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            team_member_id (int): team member ID.
            date (datetime.date): date in iso8601 format.
                Filter by appointment date (eg '2026-09-30')
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetAppointmentCalendarSessionsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.get_appointment_calendar_sessions.sync``; ``client.aio`` has the async form.
        """

        from .get_appointment_calendar_sessions import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            client=self._client,
            options=options,
        )

    def get_appointment_calendar_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetAppointmentCalendarSettingsResponse200 | None:
        """Retrieving Appointment Calendar Settings

        GET /company/{location_id}/settings/timetable (operation `get_appointment_calendar_settings` of the Business Management API); needs the partner and the user token.

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
            GetAppointmentCalendarSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.get_appointment_calendar_settings.sync``; ``client.aio`` has the async form.
        """

        from .get_appointment_calendar_settings import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_resource_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetResourceListResponse200Item] | None:
        """Getting Resources at a Location

        GET /resources/{location_id} (operation `get_resource_list` of the Business Management API); needs the partner and the user token.

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
            list[GetResourceListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.get_resource_list.sync``; ``client.aio`` has the async form.
        """

        from .get_resource_list import sync

        return sync(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    def get_team_member_schedule(
        self,
        location_id: int,
        team_member_id: int,
        start_date: datetime.date,
        end_date: datetime.date,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberScheduleResponse200Item] | None:
        """Get schedule of a specific team member

        GET /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `get_team_member_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            team_member_id (int): team member ID.
            start_date (datetime.date): Period start date
            end_date (datetime.date): Period end date
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTeamMemberScheduleResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.get_team_member_schedule.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_schedule import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
            options=options,
        )

    def get_team_member_schedule_list(
        self,
        location_id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberScheduleListResponse200Item] | None:
        """Get team member schedules

        Retrieves work schedules for team members as working intervals.

        Optionally includes:
        - Busy intervals (appointments and events)
        - Off-day type identifiers

        **Query Parameters:**
        - `start_date` / `end_date` - Date range for schedule search
        - `staff_ids[]` - Filter by specific team members
        - `include[]` - Include additional data (busy_intervals, off_day_type)

        GET /company/{location_id}/staff/schedule (operation `get_team_member_schedule_list` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            start_date (datetime.date | Unset): Start date for schedule search (YYYY-MM-DD)
            end_date (datetime.date | Unset): End date for schedule search (YYYY-MM-DD)
            staff_ids (list[int] | Unset): Team member IDs to filter by.
                Example: `staff_ids[]=123&staff_ids[]=234`
            include (list[GetTeamMemberScheduleListIncludeItem] | Unset): Additional data to include
                in response.
                Example: `include[]=busy_intervals&include[]=off_day_type`
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[GetTeamMemberScheduleListResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.get_team_member_schedule_list.sync``; ``client.aio`` has the async form.
        """

        from .get_team_member_schedule_list import sync

        return sync(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
            client=self._client,
            options=options,
        )

    def list_timetable_schedule_day_events(
        self,
        location_id: int,
        schedule_id: int,
        day_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[ListTimetableScheduleDayEventsResponse200Item] | None:
        """Get a List of Scheduled Appointments and Events

        Prints  a list of events of scheduled records/activities.

        GET /company/{location_id}/schedules/{schedule_id}/days/{day_id}/events (operation `list_timetable_schedule_day_events` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            day_id (int): ID of a schedule series.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[ListTimetableScheduleDayEventsResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.list_timetable_schedule_day_events.sync``; ``client.aio`` has the async form.
        """

        from .list_timetable_schedule_day_events import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=self._client,
            options=options,
        )

    def schedule_team_member_update_deprecated(
        self,
        location_id: int,
        team_member_id: int,
        *,
        body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
        options: RequestOptions | None = None,
    ) -> Any:
        """Update team member schedule (deprecated)

        Deprecated: Altegio marks this operation deprecated; expect it to be removed.

        **DEPRECATED:** Use `PUT /location/{location_id}/staff/schedule` instead.

        Updates the work schedule for a specific team member.

        PUT /schedule/{location_id}/{team_member_id} (operation `schedule_team_member_update_deprecated` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            team_member_id (int): Team member ID
            body (list[ScheduleTeamMemberUpdateDeprecatedBodyItem]):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.schedule_team_member_update_deprecated.sync``; ``client.aio`` has the async form.
        """

        from .schedule_team_member_update_deprecated import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
            client=self._client,
            options=options,
        )

    def search_timetable_event_schedules_by_event(
        self,
        location_id: int,
        entity_type: SearchTimetableEventSchedulesByEventEntityType,
        entity_id: int,
        *,
        include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> SearchTimetableEventSchedulesByEventResponse200 | None:
        """Search a Schedule by Event

        Search for a schedule based on the appointment or event linked to it, or based on the associated
        appointment or event.

        GET /company/{location_id}/schedules/search/{entity_type}/{entity_id} (operation `search_timetable_event_schedules_by_event` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            entity_type (SearchTimetableEventSchedulesByEventEntityType): Type of an entity schedule
                is searched by:
                `record` - individual appointment, currently not supported;
                `activity` - group event.
            entity_id (int): ID of an entity schedule is searched by.
            include (list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset): Requested set of
                an included models.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            SearchTimetableEventSchedulesByEventResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.search_timetable_event_schedules_by_event.sync``; ``client.aio`` has the async form.
        """

        from .search_timetable_event_schedules_by_event import sync

        return sync(
            location_id=location_id,
            entity_type=entity_type,
            entity_id=entity_id,
            include=include,
            client=self._client,
            options=options,
        )

    def set_team_member_schedule(
        self,
        location_id: int,
        *,
        body: SetTeamMemberScheduleBody,
        options: RequestOptions | None = None,
    ) -> list[SetTeamMemberScheduleResponse200Item] | None:
        """Set team member schedules

        Sets work schedules for team members by date.

        Supports both setting new schedules and deleting existing ones in a single request.

        Returns the resulting schedules for affected team members within the date range
        from minimum to maximum modified date.

        PUT /company/{location_id}/staff/schedule (operation `set_team_member_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): Location ID
            body (SetTeamMemberScheduleBody):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            list[SetTeamMemberScheduleResponse200Item] | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.set_team_member_schedule.sync``; ``client.aio`` has the async form.
        """

        from .set_team_member_schedule import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_appointment_calendar_settings(
        self,
        location_id: int,
        *,
        body: UpdateAppointmentCalendarSettingsBody,
        options: RequestOptions | None = None,
    ) -> UpdateAppointmentCalendarSettingsResponse200 | None:
        """Update Appointment Calendar settings

        PATCH /company/{location_id}/settings/timetable (operation `update_appointment_calendar_settings` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            body (UpdateAppointmentCalendarSettingsBody): Timetable settings for a location Example:
                {'record_type': 0, 'activity_record_clients_count_max': 1}.
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateAppointmentCalendarSettingsResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.update_appointment_calendar_settings.sync``; ``client.aio`` has the async form.
        """

        from .update_appointment_calendar_settings import sync

        return sync(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_team_member_schedule(
        self,
        location_id: int,
        team_member_id: int,
        start_date: datetime.date,
        end_date: datetime.date,
        *,
        body: list[Any] | Unset | UpdateTeamMemberScheduleBodyType0 = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """Change schedule of a specific team member

        PUT /schedule/{location_id}/{team_member_id}/{start_date}/{end_date} (operation `update_team_member_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): location ID
            team_member_id (int): team member ID
            start_date (datetime.date): Start date (YYYY-MM-DD)
            end_date (datetime.date): End date (YYYY-MM-DD)
            body (list[Any] | Unset | UpdateTeamMemberScheduleBodyType0):  Example: [{'date':
                '2026-09-21T23:00:00.000-05:00', 'is_working': True, 'slots': [{'from': '10:00', 'to':
                '14:30'}, {'from': '15:00', 'to': '22:00'}]}, {'date': '2026-09-21T23:00:00.000-05:00',
                'is_working': True, 'slots': [{'from': '10:00', 'to': '14:00'}, {'from': '15:00', 'to':
                '23:15'}]}].
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            Any | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.update_team_member_schedule.sync``; ``client.aio`` has the async form.
        """

        from .update_team_member_schedule import sync

        return sync(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            body=body,
            client=self._client,
            options=options,
        )

    def update_timetable_event_schedule(
        self,
        location_id: int,
        schedule_id: int,
        *,
        body: UpdateTimetableEventScheduleBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateTimetableEventScheduleResponse200 | None:
        """Update a Schedule

        Updates the settings of a schedule containing appointments or events.

        PATCH /company/{location_id}/schedules/{schedule_id} (operation `update_timetable_event_schedule` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            body (UpdateTimetableEventScheduleBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateTimetableEventScheduleResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.update_timetable_event_schedule.sync``; ``client.aio`` has the async form.
        """

        from .update_timetable_event_schedule import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
            client=self._client,
            options=options,
        )

    def update_timetable_schedule_day(
        self,
        location_id: int,
        schedule_id: int,
        day_id: int,
        *,
        body: UpdateTimetableScheduleDayBody | Unset = UNSET,
        include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateTimetableScheduleDayResponse200 | None:
        """Update a schedule series

        Updates the settings of a schedule series for appointments or events.

        PATCH /company/{location_id}/schedules/{schedule_id}/days/{day_id} (operation `update_timetable_schedule_day` of the Business Management API); needs the partner and the user token.

        Args:
            location_id (int): ID of a location.
            schedule_id (int): ID of a schedule.
            day_id (int): ID of a schedule series.
            include (list[UpdateTimetableScheduleDayIncludeItem] | Unset): Requested set of an
                included models.
            body (UpdateTimetableScheduleDayBody | Unset):
            options (RequestOptions | None): per-call timeout, retry and header overrides.

        Raises:
            ArgumentError: an argument has the wrong type or a required one is missing (nothing is sent).
            MissingUserTokenError: the operation needs a user token and the client has none.
            AltegioApiError: the API answered with an error (subclasses per status) or `success: false`.
            ResponseFormatError: the body is not the JSON the spec promises.
            TransportError: the request could not be sent or no answer arrived.

        Returns:
            UpdateTimetableScheduleDayResponse200 | None: the envelope's `data`, parsed (None for `data: null` or no body).
            The same as ``altegio_b2b.api.schedule_resources.update_timetable_schedule_day.sync``; ``client.aio`` has the async form.
        """

        from .update_timetable_schedule_day import sync

        return sync(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )


class AsyncScheduleResources:
    """The async forms: ``await client.aio.schedule_resources.<operation_id>(...)``."""

    __slots__ = ("_client",)

    def __init__(self, client: AltegioClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<aio.schedule_resources: {len(self.__dir__())} operations of {self._client!r}>"

    def __dir__(self) -> list[str]:
        return [
            "create_timetable_event_schedule",
            "create_timetable_schedule_day",
            "delete_timetable_event_schedule",
            "delete_timetable_schedule_day",
            "get_appointment_calendar_dates",
            "get_appointment_calendar_sessions",
            "get_appointment_calendar_settings",
            "get_resource_list",
            "get_team_member_schedule",
            "get_team_member_schedule_list",
            "list_timetable_schedule_day_events",
            "schedule_team_member_update_deprecated",
            "search_timetable_event_schedules_by_event",
            "set_team_member_schedule",
            "update_appointment_calendar_settings",
            "update_team_member_schedule",
            "update_timetable_event_schedule",
            "update_timetable_schedule_day",
        ]

    async def create_timetable_event_schedule(
        self,
        location_id: int,
        *,
        body: CreateTimetableEventScheduleBody | Unset = UNSET,
        include: list[CreateTimetableEventScheduleIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateTimetableEventScheduleResponse201 | None:
        """The async form of ``client.schedule_resources.create_timetable_event_schedule`` (see its docstring)."""
        from .create_timetable_event_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )

    async def create_timetable_schedule_day(
        self,
        location_id: int,
        schedule_id: int,
        *,
        body: CreateTimetableScheduleDayBody | Unset = UNSET,
        include: list[CreateTimetableScheduleDayIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateTimetableScheduleDayResponse201 | None:
        """The async form of ``client.schedule_resources.create_timetable_schedule_day`` (see its docstring)."""
        from .create_timetable_schedule_day import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )

    async def delete_timetable_event_schedule(
        self,
        location_id: int,
        schedule_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteTimetableEventScheduleResponse204Type0 | None | None:
        """The async form of ``client.schedule_resources.delete_timetable_event_schedule`` (see its docstring)."""
        from .delete_timetable_event_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            client=self._client,
            options=options,
        )

    async def delete_timetable_schedule_day(
        self,
        location_id: int,
        schedule_id: int,
        day_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> DeleteTimetableScheduleDayResponse204Type0 | None | None:
        """The async form of ``client.schedule_resources.delete_timetable_schedule_day`` (see its docstring)."""
        from .delete_timetable_schedule_day import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=self._client,
            options=options,
        )

    async def get_appointment_calendar_dates(
        self,
        location_id: int,
        date: datetime.date,
        *,
        staff_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.schedule_resources.get_appointment_calendar_dates`` (see its docstring)."""
        from .get_appointment_calendar_dates import asyncio

        return await asyncio(
            location_id=location_id,
            date=date,
            staff_id=staff_id,
            client=self._client,
            options=options,
        )

    async def get_appointment_calendar_sessions(
        self,
        location_id: int,
        team_member_id: int,
        date: datetime.date,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetAppointmentCalendarSessionsResponse200Item] | None:
        """The async form of ``client.schedule_resources.get_appointment_calendar_sessions`` (see its docstring)."""
        from .get_appointment_calendar_sessions import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            date=date,
            client=self._client,
            options=options,
        )

    async def get_appointment_calendar_settings(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> GetAppointmentCalendarSettingsResponse200 | None:
        """The async form of ``client.schedule_resources.get_appointment_calendar_settings`` (see its docstring)."""
        from .get_appointment_calendar_settings import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_resource_list(
        self,
        location_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetResourceListResponse200Item] | None:
        """The async form of ``client.schedule_resources.get_resource_list`` (see its docstring)."""
        from .get_resource_list import asyncio

        return await asyncio(
            location_id=location_id,
            client=self._client,
            options=options,
        )

    async def get_team_member_schedule(
        self,
        location_id: int,
        team_member_id: int,
        start_date: datetime.date,
        end_date: datetime.date,
        *,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberScheduleResponse200Item] | None:
        """The async form of ``client.schedule_resources.get_team_member_schedule`` (see its docstring)."""
        from .get_team_member_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
            options=options,
        )

    async def get_team_member_schedule_list(
        self,
        location_id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        staff_ids: list[int] | Unset = UNSET,
        include: list[GetTeamMemberScheduleListIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[GetTeamMemberScheduleListResponse200Item] | None:
        """The async form of ``client.schedule_resources.get_team_member_schedule_list`` (see its docstring)."""
        from .get_team_member_schedule_list import asyncio

        return await asyncio(
            location_id=location_id,
            start_date=start_date,
            end_date=end_date,
            staff_ids=staff_ids,
            include=include,
            client=self._client,
            options=options,
        )

    async def list_timetable_schedule_day_events(
        self,
        location_id: int,
        schedule_id: int,
        day_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> list[ListTimetableScheduleDayEventsResponse200Item] | None:
        """The async form of ``client.schedule_resources.list_timetable_schedule_day_events`` (see its docstring)."""
        from .list_timetable_schedule_day_events import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            client=self._client,
            options=options,
        )

    async def schedule_team_member_update_deprecated(
        self,
        location_id: int,
        team_member_id: int,
        *,
        body: list[ScheduleTeamMemberUpdateDeprecatedBodyItem],
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.schedule_resources.schedule_team_member_update_deprecated`` (see its docstring)."""
        from .schedule_team_member_update_deprecated import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def search_timetable_event_schedules_by_event(
        self,
        location_id: int,
        entity_type: SearchTimetableEventSchedulesByEventEntityType,
        entity_id: int,
        *,
        include: list[SearchTimetableEventSchedulesByEventIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> SearchTimetableEventSchedulesByEventResponse200 | None:
        """The async form of ``client.schedule_resources.search_timetable_event_schedules_by_event`` (see its docstring)."""
        from .search_timetable_event_schedules_by_event import asyncio

        return await asyncio(
            location_id=location_id,
            entity_type=entity_type,
            entity_id=entity_id,
            include=include,
            client=self._client,
            options=options,
        )

    async def set_team_member_schedule(
        self,
        location_id: int,
        *,
        body: SetTeamMemberScheduleBody,
        options: RequestOptions | None = None,
    ) -> list[SetTeamMemberScheduleResponse200Item] | None:
        """The async form of ``client.schedule_resources.set_team_member_schedule`` (see its docstring)."""
        from .set_team_member_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_appointment_calendar_settings(
        self,
        location_id: int,
        *,
        body: UpdateAppointmentCalendarSettingsBody,
        options: RequestOptions | None = None,
    ) -> UpdateAppointmentCalendarSettingsResponse200 | None:
        """The async form of ``client.schedule_resources.update_appointment_calendar_settings`` (see its docstring)."""
        from .update_appointment_calendar_settings import asyncio

        return await asyncio(
            location_id=location_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_team_member_schedule(
        self,
        location_id: int,
        team_member_id: int,
        start_date: datetime.date,
        end_date: datetime.date,
        *,
        body: list[Any] | Unset | UpdateTeamMemberScheduleBodyType0 = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """The async form of ``client.schedule_resources.update_team_member_schedule`` (see its docstring)."""
        from .update_team_member_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            team_member_id=team_member_id,
            start_date=start_date,
            end_date=end_date,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_timetable_event_schedule(
        self,
        location_id: int,
        schedule_id: int,
        *,
        body: UpdateTimetableEventScheduleBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateTimetableEventScheduleResponse200 | None:
        """The async form of ``client.schedule_resources.update_timetable_event_schedule`` (see its docstring)."""
        from .update_timetable_event_schedule import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            body=body,
            client=self._client,
            options=options,
        )

    async def update_timetable_schedule_day(
        self,
        location_id: int,
        schedule_id: int,
        day_id: int,
        *,
        body: UpdateTimetableScheduleDayBody | Unset = UNSET,
        include: list[UpdateTimetableScheduleDayIncludeItem] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> UpdateTimetableScheduleDayResponse200 | None:
        """The async form of ``client.schedule_resources.update_timetable_schedule_day`` (see its docstring)."""
        from .update_timetable_schedule_day import asyncio

        return await asyncio(
            location_id=location_id,
            schedule_id=schedule_id,
            day_id=day_id,
            body=body,
            include=include,
            client=self._client,
            options=options,
        )
