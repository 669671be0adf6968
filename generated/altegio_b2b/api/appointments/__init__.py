"""Appointments: operations of Altegio's Business Management API (``altegio_b2b.api.appointments``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_appointment``: Create a New Appointment
- ``create_timetable_client_schedule``: Create Recurring Appointments
- ``delete_appointment``: Delete Appointment
- ``delete_timetable_client_schedule``: Delete Recurring Appointments
- ``get_appointment``: Get an Appointment
- ``get_appointment_list``: Get list of appointments
- ``get_comments``: Get comments
- ``get_partner_appointment_list``: Get a List of Partner Appointments
- ``get_visit``: Get a visit
- ``get_visit_details``: Get Visit Details
- ``get_visit_receipt_pdf``: Receipt PDF for the visit
- ``leave_comment``: Leave a Comment
- ``update_appointment``: Edit Appointment
- ``update_appointment_attendance``: Change Appointment attendance status
- ``update_timetable_client_schedule``: Update Recurring Appointments
- ``update_visit``: Edit Visit
"""

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
