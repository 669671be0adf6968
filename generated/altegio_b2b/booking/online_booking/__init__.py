"""Online Booking: operations of Altegio's Online Booking API (``altegio_b2b.booking.online_booking``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``book_event``: Book Event
- ``create_online_booking``: Create an Online Booking
- ``get_booking_form_config``: Get Booking Form Configuration
- ``get_dates_available_for_booking``: Get Dates Available for Booking
- ``get_i18n_options``: Get Internationalization Options
- ``get_location_privacy_policy``: Get location privacy policy for online booking
- ``get_nearest_time_slots``: Get Nearest Available Time Slots for Team Member
- ``get_online_booking_details``: Get Online Booking Details
- ``get_services_available_for_booking``: Get Services Available for Booking
- ``get_team_members_available_for_booking``: Get Team Members Available for Booking
- ``get_time_slots_for_booking``: Get a List of Time Slots Available for Booking
- ``update_online_booking_datetime``: Change Online Booking Date/Time
- ``validate_booking_params``: Validate Booking Parameters
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        book_event,
        create_online_booking,
        get_booking_form_config,
        get_dates_available_for_booking,
        get_i18n_options,
        get_location_privacy_policy,
        get_nearest_time_slots,
        get_online_booking_details,
        get_services_available_for_booking,
        get_team_members_available_for_booking,
        get_time_slots_for_booking,
        update_online_booking_datetime,
        validate_booking_params,
    )

__all__ = (
    "book_event",
    "create_online_booking",
    "get_booking_form_config",
    "get_dates_available_for_booking",
    "get_i18n_options",
    "get_location_privacy_policy",
    "get_nearest_time_slots",
    "get_online_booking_details",
    "get_services_available_for_booking",
    "get_team_members_available_for_booking",
    "get_time_slots_for_booking",
    "update_online_booking_datetime",
    "validate_booking_params",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
