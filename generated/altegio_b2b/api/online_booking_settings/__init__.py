"""Online Booking Settings: operations of Altegio's Business Management API (``altegio_b2b.api.online_booking_settings``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_booking_widget``: Create a Booking Widget
- ``delete_booking_widget``: Delete Booking Widget
- ``get_booking_widget``: Get a Booking Widget
- ``get_booking_widget_list``: Get a list of booking widgets
- ``get_online_booking_settings``: Get Online Booking Settings
- ``get_timeslot_settings``: Get timeslot settings
- ``update_booking_widget``: Change Booking Widget
- ``update_online_booking_settings``: Update Online Booking Settings
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_booking_widget,
        delete_booking_widget,
        get_booking_widget,
        get_booking_widget_list,
        get_online_booking_settings,
        get_timeslot_settings,
        update_booking_widget,
        update_online_booking_settings,
    )

__all__ = (
    "create_booking_widget",
    "delete_booking_widget",
    "get_booking_widget",
    "get_booking_widget_list",
    "get_online_booking_settings",
    "get_timeslot_settings",
    "update_booking_widget",
    "update_online_booking_settings",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
