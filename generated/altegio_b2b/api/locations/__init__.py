"""Locations: operations of Altegio's Business Management API (``altegio_b2b.api.locations``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_location``: Create a location
- ``delete_location``: Delete location
- ``get_location``: Get location
- ``get_location_list``: Get a list of locations
- ``update_location``: Change location
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_location,
        delete_location,
        get_location,
        get_location_list,
        update_location,
    )

__all__ = (
    "create_location",
    "delete_location",
    "get_location",
    "get_location_list",
    "update_location",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
