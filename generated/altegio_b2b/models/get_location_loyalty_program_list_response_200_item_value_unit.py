from .._runtime.enums import OpenStrEnum


class GetLocationLoyaltyProgramListResponse200ItemValueUnit(OpenStrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"
