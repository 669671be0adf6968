"""The `subscriptions_certificates` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        check_memberships_for_event,
        get_client_gift_cards,
        get_client_membership_activity_history,
        get_client_memberships,
        get_gift_card_type_list,
        get_gift_card_type_list_by_id,
        get_membership_list,
        get_membership_type_list,
        get_membership_type_list_by_id,
        get_user_gift_cards,
        get_user_memberships,
        search_memberships_for_event,
    )

__all__ = (
    "check_memberships_for_event",
    "get_client_gift_cards",
    "get_client_membership_activity_history",
    "get_client_memberships",
    "get_gift_card_type_list",
    "get_gift_card_type_list_by_id",
    "get_membership_list",
    "get_membership_type_list",
    "get_membership_type_list_by_id",
    "get_user_gift_cards",
    "get_user_memberships",
    "search_memberships_for_event",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
