"""Inventory: operations of Altegio's Business Management API (``altegio_b2b.api.inventory``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_document``: Create document
- ``create_inventory_operation``: Create an inventory operation
- ``create_transaction``: Create Transaction
- ``delete_document``: Delete document
- ``delete_transaction``: Deleting a transaction
- ``get_appointment_consumables``: Retrieve a list of bill of materials and consumables
- ``get_bill_of_materials_list``: Retrieve a list of bill of materials and consumables
- ``get_document``: Get document
- ``get_document_product_transactions``: Get Product Transactions of a Document
- ``get_location_inventories``: Get location inventories
- ``get_team_member_service_bill_of_materials``: Get the Bill of Materials for a Team Member’s Service
- ``get_transaction``: Get a transaction
- ``search_for_product_transactions``: Search for product transactions
- ``unlink_appointment_service_association``: Unlink Appointment-Service Association
- ``update_appointment_service_consumables``: Update Consumables for the Appointment-Service Association
- ``update_document``: Update Document
- ``update_transaction``: Transaction update
"""

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
