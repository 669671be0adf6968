"""Fiscalization: operations of Altegio's Business Management API (``altegio_b2b.api.fiscalization``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``get_fiscal_transaction_list``: Get fiscal transactions
- ``get_tax_system_list``: List request example
- ``handle_fiscalization_callback``: Example of a request in case of successful fiscalization or in case of an error
- ``print_fiscal_receipt``: Print fiscal receipt
"""

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
