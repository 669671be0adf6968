"""Deposits: operations of Altegio's Business Management API (``altegio_b2b.api.deposits``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_client_account_topup_operation``: Create a client account topup operation
- ``get_chain_client_account_history``: Get client account transaction history
- ``get_client_account_by_chain_and_phone``: Get a list of client accounts by chain and customer phone number
- ``get_client_account_list_by_chain``: Get a list of client accounts by chain and a set of filters
- ``get_client_account_list_by_location_and_client``: Get a List of Client Accounts by Location and Client
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_client_account_topup_operation,
        get_chain_client_account_history,
        get_client_account_by_chain_and_phone,
        get_client_account_list_by_chain,
        get_client_account_list_by_location_and_client,
    )

__all__ = (
    "create_client_account_topup_operation",
    "get_chain_client_account_history",
    "get_client_account_by_chain_and_phone",
    "get_client_account_list_by_chain",
    "get_client_account_list_by_location_and_client",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
