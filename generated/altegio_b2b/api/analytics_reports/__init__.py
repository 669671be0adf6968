"""The `analytics_reports` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        get_appointment_analytics_by_source,
        get_appointment_analytics_by_status,
        get_day_end_report_data,
        get_location_analytics_appointments_daily,
        get_location_analytics_occupancy_daily,
        get_location_analytics_overall,
        get_location_analytics_revenue_daily,
        get_loyalty_program_client_statistics,
        get_loyalty_program_revenue_statistics,
        get_loyalty_program_team_member_statistics,
    )

__all__ = (
    "get_appointment_analytics_by_source",
    "get_appointment_analytics_by_status",
    "get_day_end_report_data",
    "get_location_analytics_appointments_daily",
    "get_location_analytics_occupancy_daily",
    "get_location_analytics_overall",
    "get_location_analytics_revenue_daily",
    "get_loyalty_program_client_statistics",
    "get_loyalty_program_revenue_statistics",
    "get_loyalty_program_team_member_statistics",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
