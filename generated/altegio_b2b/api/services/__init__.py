"""Services: operations of Altegio's Business Management API (``altegio_b2b.api.services``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``assign_service_to_team_member``: Linking a Team Member to a Provided Service
- ``create_service``: Create a service
- ``create_service_category``: Create a service category
- ``delete_service``: Delete a service
- ``delete_service_category``: Delete service category
- ``deprecated_get_service_category_list``: Deprecated. Get a list of service categories
- ``deprecated_get_service_list_by_id``: Deprecated. Get a list of services / specific service
- ``deprecated_update_service_by_id``: Update a service
- ``get_chain_service_category_list``: Get a list of chain service categories
- ``get_service``: Get a list of services / specific service
- ``get_service_category``: Get service category
- ``get_service_category_list``: Get a list of service categories
- ``get_service_list``: Get a list of services
- ``patch_service``: Update a service (partial)
- ``remove_service_from_team_member``: Deleting a Team Member Service Link
- ``update_service_category``: Change service category
- ``update_service_links``: Update service links
- ``update_service_team_member_assignment``: Updating Team Member Service Link Settings
"""

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
