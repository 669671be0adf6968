from .._runtime.enums import OpenStrEnum


class GetLocationLoyaltyProgramListResponse200ItemGoodItemType(OpenStrEnum):
    ANY_ALLOWED = "any_allowed"
    CUSTOM_ALLOWED = "custom_allowed"
    NOT_ALLOWED = "not_allowed"
