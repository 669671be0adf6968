"""The `inventory` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_document,
        create_inventory_operation,
        create_transaction,
        delete_document,
        delete_transaction,
        get_appointment_consumables,
        get_bill_of_materials_list,
        get_document,
        get_document_product_transactions,
        get_location_inventories,
        get_team_member_service_bill_of_materials,
        get_transaction,
        search_for_product_transactions,
        unlink_appointment_service_association,
        update_appointment_service_consumables,
        update_document,
        update_transaction,
    )

__all__ = (
    "create_document",
    "create_inventory_operation",
    "create_transaction",
    "delete_document",
    "delete_transaction",
    "get_appointment_consumables",
    "get_bill_of_materials_list",
    "get_document",
    "get_document_product_transactions",
    "get_location_inventories",
    "get_team_member_service_bill_of_materials",
    "get_transaction",
    "search_for_product_transactions",
    "unlink_appointment_service_association",
    "update_appointment_service_consumables",
    "update_document",
    "update_transaction",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
