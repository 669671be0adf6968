"""The `sales` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_payment_with_loyalty_methods,
        delete_location_account_payment,
        delete_loyalty_payment_transaction,
        get_sale_transaction,
    )

__all__ = (
    "create_payment_with_loyalty_methods",
    "delete_location_account_payment",
    "delete_loyalty_payment_transaction",
    "get_sale_transaction",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
