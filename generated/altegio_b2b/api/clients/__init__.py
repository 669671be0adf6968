"""The `clients` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        bulk_create_clients,
        create_client,
        create_client_comment,
        delete_client,
        delete_client_comment,
        delete_client_file,
        deprecated_get_client_list,
        get_client,
        get_client_file_list,
        get_client_list,
        list_client_comments,
        search_client_visits,
        update_client,
        upload_client_file,
    )

__all__ = (
    "bulk_create_clients",
    "create_client",
    "create_client_comment",
    "delete_client",
    "delete_client_comment",
    "delete_client_file",
    "deprecated_get_client_list",
    "get_client",
    "get_client_file_list",
    "get_client_list",
    "list_client_comments",
    "search_client_visits",
    "update_client",
    "upload_client_file",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
