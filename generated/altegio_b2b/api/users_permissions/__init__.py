"""Users & Permissions: operations of Altegio's Business Management API (``altegio_b2b.api.users_permissions``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``copy_user_permissions_to_locations``: Copy a User to Companies
- ``create_user_invitation``: Create and Send an Invitation
- ``deprecated_get_location_users``: Deprecated. Get location users
- ``get_location_users``: Get location users
- ``get_permission_list``: Get a list of rights
- ``get_user_permissions``: Getting permission values and user role
- ``get_user_roles``: Getting a list of user roles in the context of a location user
- ``list_roles``: Getting a list of user roles
- ``remove_user_from_location``: Remove the user from the location
- ``remove_user_from_locations``: Removing a User from Companies
- ``update_user_permissions``: Updating permission values and user role
"""

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
