from enum import Enum


class GetLocationLoyaltyProgramListResponse200ItemGoodItemType(str, Enum):
    ANY_ALLOWED = "any_allowed"
    CUSTOM_ALLOWED = "custom_allowed"
    NOT_ALLOWED = "not_allowed"

    def __str__(self) -> str:
        return str(self.value)
