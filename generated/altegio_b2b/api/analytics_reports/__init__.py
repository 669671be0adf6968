"""Analytics & Reports: operations of Altegio's Business Management API (``altegio_b2b.api.analytics_reports``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``get_appointment_analytics_by_source``: Get the Structure of Appointments by Source
- ``get_appointment_analytics_by_status``: Get the Structure of Appointments by Visit Status
- ``get_day_end_report_data``: Get day-end report data
- ``get_location_analytics_appointments_daily``: Get Data on the Number of Appointments by Day
- ``get_location_analytics_occupancy_daily``: Get occupancy data by day
- ``get_location_analytics_overall``: Get key location metrics
- ``get_location_analytics_revenue_daily``: Get data on revenue by day
- ``get_loyalty_program_client_statistics``: Get customer statistics
- ``get_loyalty_program_revenue_statistics``: Get revenue statistics
- ``get_loyalty_program_team_member_statistics``: Get team member return
"""

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
