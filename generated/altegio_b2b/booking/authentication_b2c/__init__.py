"""Authentication B2C: operations of Altegio's Online Booking API (``altegio_b2b.booking.authentication_b2c``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``authorize_online_booking_user``: Authorize Online Booking User
- ``log_in_with_phone_number_and_code``: Log in with phone number and code
- ``send_booking_verification_code``: Send SMS Verification Code
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        authorize_online_booking_user,
        log_in_with_phone_number_and_code,
        send_booking_verification_code,
    )

__all__ = (
    "authorize_online_booking_user",
    "log_in_with_phone_number_and_code",
    "send_booking_verification_code",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
