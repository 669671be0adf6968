"""The `schedule_resources` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

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
