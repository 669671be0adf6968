from .._runtime.enums import OpenStrEnum


class UpdateChainLoyaltyProgramResponse200ExpirationTimeoutUnit(OpenStrEnum):
    DAY = "day"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"
