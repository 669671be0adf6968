"""The `payments` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

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
