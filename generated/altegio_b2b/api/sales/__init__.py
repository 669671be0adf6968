"""Sales: operations of Altegio's Business Management API (``altegio_b2b.api.sales``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_payment_with_loyalty_methods``: Payment at the Location Account and Loyalty (Various Methods)
- ``delete_location_account_payment``: Delete a Cashier Payment Transaction
- ``delete_loyalty_payment_transaction``: Delete a Loyalty Payment Transaction
- ``get_sale_transaction``: Receipt of a Sales Transaction
"""

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
