"""Schedule & Resources: operations of Altegio's Business Management API (``altegio_b2b.api.schedule_resources``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_timetable_event_schedule``: Create a Schedule
- ``create_timetable_schedule_day``: Create a Schedule Series
- ``delete_timetable_event_schedule``: Delete a Schedule
- ``delete_timetable_schedule_day``: Delete a schedule series
- ``get_appointment_calendar_dates``: Get a list of dates for Appointment Calendar
- ``get_appointment_calendar_sessions``: Get a list of sessions for the Appointment Calendar
- ``get_appointment_calendar_settings``: Retrieving Appointment Calendar Settings
- ``get_resource_list``: Getting Resources at a Location
- ``get_team_member_schedule``: Get schedule of a specific team member
- ``get_team_member_schedule_list``: Get team member schedules
- ``list_timetable_schedule_day_events``: Get a List of Scheduled Appointments and Events
- ``schedule_team_member_update_deprecated``: Update team member schedule (deprecated)
- ``search_timetable_event_schedules_by_event``: Search a Schedule by Event
- ``set_team_member_schedule``: Set team member schedules
- ``update_appointment_calendar_settings``: Update Appointment Calendar settings
- ``update_team_member_schedule``: Change schedule of a specific team member
- ``update_timetable_event_schedule``: Update a Schedule
- ``update_timetable_schedule_day``: Update a schedule series
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_timetable_event_schedule,
        create_timetable_schedule_day,
        delete_timetable_event_schedule,
        delete_timetable_schedule_day,
        get_appointment_calendar_dates,
        get_appointment_calendar_sessions,
        get_appointment_calendar_settings,
        get_resource_list,
        get_team_member_schedule,
        get_team_member_schedule_list,
        list_timetable_schedule_day_events,
        schedule_team_member_update_deprecated,
        search_timetable_event_schedules_by_event,
        set_team_member_schedule,
        update_appointment_calendar_settings,
        update_team_member_schedule,
        update_timetable_event_schedule,
        update_timetable_schedule_day,
    )

__all__ = (
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
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
