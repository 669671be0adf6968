"""The `tags` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_tag,
        delete_tag_by_tag_id,
        get_tag_list_by_entity,
        update_tag_by_tag_id,
    )

__all__ = (
    "create_tag",
    "delete_tag_by_tag_id",
    "get_tag_list_by_entity",
    "update_tag_by_tag_id",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
