"""The `deposits` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

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
