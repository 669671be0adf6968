from .._runtime.enums import OpenStrEnum


class GetLocationLoyaltyProgramListResponse200ItemExpirationTimeoutUnit(OpenStrEnum):
    DAY = "day"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"
