from .._runtime.enums import OpenStrEnum


class UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit(OpenStrEnum):
    DAY = "day"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"
