"""Subscriptions & Certificates: operations of Altegio's Business Management API (``altegio_b2b.api.subscriptions_certificates``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``check_memberships_for_event``: Check membership availability for event
- ``get_client_gift_cards``: Get client gift cards
- ``get_client_membership_activity_history``: Get a client's membership activity history
- ``get_client_memberships``: Get Client Memberships
- ``get_gift_card_type_list``: Get a List of Available Gift Card Types
- ``get_gift_card_type_list_by_id``: Get a List of Gift Card Types by ID
- ``get_membership_list``: Get a List of Memberships by Filter
- ``get_membership_type_list``: Get a List of Available Membership Types
- ``get_membership_type_list_by_id``: Get a List of Membership Types by ID
- ``get_user_gift_cards``: Get user gift cards
- ``get_user_memberships``: Get User Memberships
- ``search_memberships_for_event``: Search available subscriptions for event
"""

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
