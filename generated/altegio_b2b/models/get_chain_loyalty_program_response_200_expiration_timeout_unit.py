from .._runtime.enums import OpenStrEnum


class GetChainLoyaltyProgramResponse200ExpirationTimeoutUnit(OpenStrEnum):
    DAY = "day"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"
