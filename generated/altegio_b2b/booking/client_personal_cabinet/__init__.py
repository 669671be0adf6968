"""Client Personal Cabinet: operations of Altegio's Online Booking API (``altegio_b2b.booking.client_personal_cabinet``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``delete_user_appointment``: Delete User Appointment
- ``get_booking_user``: Get Online Booking User Data
- ``get_feedback_form_status``: Get appointment review
- ``get_user_appointment_list``: Get User Appointments
- ``send_phone_update_verification_code``: Send SMS Verification Code for Phone Update
- ``submit_feedback_form``: Submit appointment review
- ``update_booking_user``: Update Online Booking User Data
- ``update_booking_user_password``: Update Online Booking User Password
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        delete_user_appointment,
        get_booking_user,
        get_feedback_form_status,
        get_user_appointment_list,
        send_phone_update_verification_code,
        submit_feedback_form,
        update_booking_user,
        update_booking_user_password,
    )

__all__ = (
    "delete_user_appointment",
    "get_booking_user",
    "get_feedback_form_status",
    "get_user_appointment_list",
    "send_phone_update_verification_code",
    "submit_feedback_form",
    "update_booking_user",
    "update_booking_user_password",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
