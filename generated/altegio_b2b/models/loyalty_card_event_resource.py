from .._runtime.enums import OpenStrEnum


class LoyaltyCardEventResource(OpenStrEnum):
    LOYALTY_CARD = "loyalty_card"
