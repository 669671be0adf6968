"""The `appointments` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_appointment,
        create_timetable_client_schedule,
        delete_appointment,
        delete_timetable_client_schedule,
        get_appointment,
        get_appointment_list,
        get_comments,
        get_partner_appointment_list,
        get_visit,
        get_visit_details,
        get_visit_receipt_pdf,
        leave_comment,
        update_appointment,
        update_appointment_attendance,
        update_timetable_client_schedule,
        update_visit,
    )

__all__ = (
    "create_appointment",
    "create_timetable_client_schedule",
    "delete_appointment",
    "delete_timetable_client_schedule",
    "get_appointment",
    "get_appointment_list",
    "get_comments",
    "get_partner_appointment_list",
    "get_visit",
    "get_visit_details",
    "get_visit_receipt_pdf",
    "leave_comment",
    "update_appointment",
    "update_appointment_attendance",
    "update_timetable_client_schedule",
    "update_visit",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
