"""The `users_permissions` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        copy_user_permissions_to_locations,
        create_user_invitation,
        deprecated_get_location_users,
        get_location_users,
        get_permission_list,
        get_user_permissions,
        get_user_roles,
        list_roles,
        remove_user_from_location,
        remove_user_from_locations,
        update_user_permissions,
    )

__all__ = (
    "copy_user_permissions_to_locations",
    "create_user_invitation",
    "deprecated_get_location_users",
    "get_location_users",
    "get_permission_list",
    "get_user_permissions",
    "get_user_roles",
    "list_roles",
    "remove_user_from_location",
    "remove_user_from_locations",
    "update_user_permissions",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
