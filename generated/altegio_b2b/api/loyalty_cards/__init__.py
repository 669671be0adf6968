"""The `loyalty_cards` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

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
