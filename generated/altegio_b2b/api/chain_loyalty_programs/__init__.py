"""The `chain_loyalty_programs` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

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
