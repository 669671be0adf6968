"""Payments: operations of Altegio's Business Management API (``altegio_b2b.api.payments``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_financial_transaction``: Create a Financial Transaction
- ``delete_financial_transaction``: Deleting a transaction
- ``get_account_list``: Get location accounts
- ``get_document_financial_transactions``: Get document financial transactions
- ``get_financial_transaction``: Getting a financial transaction
- ``get_transactions``: Get transactions
- ``get_transactions_by_visit_or_appointment_id``: Get Transactions by Visit or Appointment ID
- ``update_financial_transaction``: Financial Transaction Update
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_financial_transaction,
        delete_financial_transaction,
        get_account_list,
        get_document_financial_transactions,
        get_financial_transaction,
        get_transactions,
        get_transactions_by_visit_or_appointment_id,
        update_financial_transaction,
    )

__all__ = (
    "create_financial_transaction",
    "delete_financial_transaction",
    "get_account_list",
    "get_document_financial_transactions",
    "get_financial_transaction",
    "get_transactions",
    "get_transactions_by_visit_or_appointment_id",
    "update_financial_transaction",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
