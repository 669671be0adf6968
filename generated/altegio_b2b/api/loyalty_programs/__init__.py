"""The `loyalty_programs` operations: one module each, with `sync`, `sync_detailed`,
`asyncio` and `asyncio_detailed`. Modules load on first use."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_attributes

if TYPE_CHECKING:
    from . import (
        apply_discount_promotion,
        apply_loyalty_card_deduction,
        apply_referral_program,
        cancel_discount_promotion,
        cancel_loyalty_card_withdrawal,
        generate_loyalty_code,
        get_location_loyalty_program_list,
        get_loyalty_transactions_by_visit,
    )

__all__ = (
    "apply_discount_promotion",
    "apply_loyalty_card_deduction",
    "apply_referral_program",
    "cancel_discount_promotion",
    "cancel_loyalty_card_withdrawal",
    "generate_loyalty_code",
    "get_location_loyalty_program_list",
    "get_loyalty_transactions_by_visit",
)

__getattr__, __dir__ = lazy_attributes(__name__, globals(), submodules=__all__)
