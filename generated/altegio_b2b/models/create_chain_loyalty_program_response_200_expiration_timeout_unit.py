from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramResponse200ExpirationTimeoutUnit(OpenStrEnum):
    DAY = "day"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"
