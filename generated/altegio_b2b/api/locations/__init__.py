"""The `locations` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

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
