"""The `online_booking_settings` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

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
