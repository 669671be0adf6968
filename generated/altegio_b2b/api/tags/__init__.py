"""Tags: operations of Altegio's Business Management API (``altegio_b2b.api.tags``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_tag``: Create a Tag (Deprecated)
- ``delete_tag_by_tag_id``: Delete location tag (Deprecated)
- ``get_tag_list_by_entity``: Get location tags (Deprecated)
- ``update_tag_by_tag_id``: Update Tag (Deprecated)
"""

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
