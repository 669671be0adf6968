"""The `fiscalization` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        get_fiscal_transaction_list,
        get_tax_system_list,
        handle_fiscalization_callback,
        print_fiscal_receipt,
    )

__all__ = (
    "get_fiscal_transaction_list",
    "get_tax_system_list",
    "handle_fiscalization_callback",
    "print_fiscal_receipt",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
