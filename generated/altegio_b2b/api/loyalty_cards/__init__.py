"""Loyalty Cards: operations of Altegio's Business Management API (``altegio_b2b.api.loyalty_cards``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``create_chain_loyalty_card_transaction``: Manual withdraw/deposit to loyalty card in chain
- ``create_loyalty_card_transaction``: Manual withdraw/deposit to loyalty card in location
- ``get_chain_loyalty_card_type_list``: Get a List of Card Types Available at the Chain
- ``get_loyalty_card_list_by_client_id``: Get a List of Customer Cards by ID
- ``get_loyalty_card_list_by_phone``: Get a List of Customer Cards by Phone Number
- ``get_loyalty_card_type_list``: Get a list of card types available at the location
- ``get_loyalty_card_type_list_for_client``: Get a List of Card Types Available for Issuance to the Client
- ``get_user_loyalty_cards``: Get User Loyalty Cards
- ``issue_loyalty_card``: Issue a Loyalty Card
- ``remove_loyalty_card``: Remove a Loyalty Card
"""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        create_chain_loyalty_card_transaction,
        create_loyalty_card_transaction,
        get_chain_loyalty_card_type_list,
        get_loyalty_card_list_by_client_id,
        get_loyalty_card_list_by_phone,
        get_loyalty_card_type_list,
        get_loyalty_card_type_list_for_client,
        get_user_loyalty_cards,
        issue_loyalty_card,
        remove_loyalty_card,
    )

__all__ = (
    "create_chain_loyalty_card_transaction",
    "create_loyalty_card_transaction",
    "get_chain_loyalty_card_type_list",
    "get_loyalty_card_list_by_client_id",
    "get_loyalty_card_list_by_phone",
    "get_loyalty_card_type_list",
    "get_loyalty_card_type_list_for_client",
    "get_user_loyalty_cards",
    "issue_loyalty_card",
    "remove_loyalty_card",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
