"""Loyalty Programs: operations of Altegio's Business Management API (``altegio_b2b.api.loyalty_programs``).

One module per operation, each with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``;
modules load on first use.

- ``apply_discount_promotion``: Apply a Discount Promotion in a Visit
- ``apply_loyalty_card_deduction``: Apply Deduction from the Loyalty Card in the Visit
- ``apply_referral_program``: Apply Referral Program During a Visit
- ``cancel_discount_promotion``: Cancel the Application of the Discount Promotion in the Visit
- ``cancel_loyalty_card_withdrawal``: Cancel Withdrawal from the Loyalty Card During the Visit
- ``generate_loyalty_code``: Gift Card/Membership Code Generation
- ``get_location_loyalty_program_list``: Get a List of Promotions Active in the Location
- ``get_loyalty_transactions_by_visit``: Get loyalty transactions by visit
"""

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
