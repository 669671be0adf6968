from .._runtime.enums import OpenStrEnum


class GetLocationLoyaltyProgramListResponse200ItemParamsSourceType(OpenStrEnum):
    ACTIVE_COMPANIES = "active_companies"
    CHAIN = "chain"
    LOYALTY_CARD = "loyalty_card"
