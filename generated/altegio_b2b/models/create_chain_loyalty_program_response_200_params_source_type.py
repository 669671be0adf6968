from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramResponse200ParamsSourceType(OpenStrEnum):
    ACTIVE_COMPANIES = "active_companies"
    CHAIN = "chain"
    LOYALTY_CARD = "loyalty_card"
