"""Custom Fields: operations of Altegio's Business Management API (``altegio_b2b.api.custom_fields``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_custom_field``: Adding a Custom Field
- ``delete_custom_field``: Remove a Custom Field from a Location
- ``get_custom_field_list``: Getting a collection of location fields
- ``update_custom_field``: Update a Custom Field
"""

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
