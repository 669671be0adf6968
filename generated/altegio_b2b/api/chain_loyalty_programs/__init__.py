"""Chain Loyalty Programs: operations of Altegio's Business Management API (``altegio_b2b.api.chain_loyalty_programs``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``chain_loyalty_certificate_types_create``: Create certificate type
- ``chain_loyalty_certificate_types_delete``: Delete certificate type
- ``chain_loyalty_certificate_types_get``: Get certificate type
- ``chain_loyalty_certificate_types_list``: List certificate types
- ``chain_loyalty_certificate_types_update``: Update certificate type
- ``chain_loyalty_membership_types_archive``: Archive or unarchive membership type
- ``chain_loyalty_membership_types_clone``: Clone membership type
- ``chain_loyalty_membership_types_create``: Create membership type
- ``chain_loyalty_membership_types_delete``: Delete membership type
- ``chain_loyalty_membership_types_list``: List membership types
- ``chain_loyalty_membership_types_read``: Get membership type details
- ``chain_loyalty_membership_types_restore``: Restore deleted membership type
- ``chain_loyalty_membership_types_update``: Update membership type
- ``chain_loyalty_memberships_freeze``: Freeze membership
- ``chain_loyalty_memberships_set_balance``: Change membership balance
- ``chain_loyalty_memberships_set_period``: Change membership validity period
- ``chain_loyalty_memberships_unfreeze``: Unfreeze membership
- ``create_chain_loyalty_program``: Create a Chain Promotion
- ``delete_chain_loyalty_program``: Delete Chain Promotion
- ``get_chain_loyalty_notification_template_list``: Get a list of loyalty notification templates
- ``get_chain_loyalty_program``: Get a Chain Promotion
- ``get_chain_loyalty_transaction_list``: Get a List of Chain Loyalty Transactions
- ``update_chain_loyalty_program``: Edit Chain Promotion
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        chain_loyalty_certificate_types_create,
        chain_loyalty_certificate_types_delete,
        chain_loyalty_certificate_types_get,
        chain_loyalty_certificate_types_list,
        chain_loyalty_certificate_types_update,
        chain_loyalty_membership_types_archive,
        chain_loyalty_membership_types_clone,
        chain_loyalty_membership_types_create,
        chain_loyalty_membership_types_delete,
        chain_loyalty_membership_types_list,
        chain_loyalty_membership_types_read,
        chain_loyalty_membership_types_restore,
        chain_loyalty_membership_types_update,
        chain_loyalty_memberships_freeze,
        chain_loyalty_memberships_set_balance,
        chain_loyalty_memberships_set_period,
        chain_loyalty_memberships_unfreeze,
        create_chain_loyalty_program,
        delete_chain_loyalty_program,
        get_chain_loyalty_notification_template_list,
        get_chain_loyalty_program,
        get_chain_loyalty_transaction_list,
        update_chain_loyalty_program,
    )

__all__ = (
    "chain_loyalty_certificate_types_create",
    "chain_loyalty_certificate_types_delete",
    "chain_loyalty_certificate_types_get",
    "chain_loyalty_certificate_types_list",
    "chain_loyalty_certificate_types_update",
    "chain_loyalty_membership_types_archive",
    "chain_loyalty_membership_types_clone",
    "chain_loyalty_membership_types_create",
    "chain_loyalty_membership_types_delete",
    "chain_loyalty_membership_types_list",
    "chain_loyalty_membership_types_read",
    "chain_loyalty_membership_types_restore",
    "chain_loyalty_membership_types_update",
    "chain_loyalty_memberships_freeze",
    "chain_loyalty_memberships_set_balance",
    "chain_loyalty_memberships_set_period",
    "chain_loyalty_memberships_unfreeze",
    "create_chain_loyalty_program",
    "delete_chain_loyalty_program",
    "get_chain_loyalty_notification_template_list",
    "get_chain_loyalty_program",
    "get_chain_loyalty_transaction_list",
    "update_chain_loyalty_program",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
