"""The `custom_fields` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_custom_field,
        delete_custom_field,
        get_custom_field_list,
        update_custom_field,
    )

__all__ = (
    "create_custom_field",
    "delete_custom_field",
    "get_custom_field_list",
    "update_custom_field",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
