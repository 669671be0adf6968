from .._runtime.enums import OpenStrEnum


class GetLocationResponse200PaymentPolicyType(OpenStrEnum):
    CARD_GUARANTEE = "card_guarantee"
    DEPOSIT = "deposit"
    NONE = "none"
