from enum import Enum


class GetLocationResponse200PaymentPolicyType(str, Enum):
    CARD_GUARANTEE = "card_guarantee"
    DEPOSIT = "deposit"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
