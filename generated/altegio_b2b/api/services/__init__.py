"""The `services` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        assign_service_to_team_member,
        create_service,
        create_service_category,
        delete_service,
        delete_service_category,
        deprecated_get_service_category_list,
        deprecated_get_service_list_by_id,
        deprecated_update_service_by_id,
        get_chain_service_category_list,
        get_service,
        get_service_category,
        get_service_category_list,
        get_service_list,
        patch_service,
        remove_service_from_team_member,
        update_service_category,
        update_service_links,
        update_service_team_member_assignment,
    )

__all__ = (
    "assign_service_to_team_member",
    "create_service",
    "create_service_category",
    "delete_service",
    "delete_service_category",
    "deprecated_get_service_category_list",
    "deprecated_get_service_list_by_id",
    "deprecated_update_service_by_id",
    "get_chain_service_category_list",
    "get_service",
    "get_service_category",
    "get_service_category_list",
    "get_service_list",
    "patch_service",
    "remove_service_from_team_member",
    "update_service_category",
    "update_service_links",
    "update_service_team_member_assignment",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
