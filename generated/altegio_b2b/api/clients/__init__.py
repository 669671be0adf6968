"""Clients: operations of Altegio's Business Management API (``altegio_b2b.api.clients``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``bulk_create_clients``: Bulk adding clients
- ``create_client``: Adding a Client
- ``create_client_comment``: Add a comment for a client
- ``delete_client``: Delete client
- ``delete_client_comment``: Delete a comment for a client
- ``delete_client_file``: Delete request example
- ``deprecated_get_client_list``: Deprecated. Get a list of clients
- ``get_client``: Get a client
- ``get_client_file_list``: Sample Request to Get a List of Client Files
- ``get_client_list``: Get a list of clients
- ``list_client_comments``: List of a comments for a client
- ``search_client_visits``: Search by customer history
- ``update_client``: Edit client
- ``upload_client_file``: Upload a completed document to a client card
"""

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
