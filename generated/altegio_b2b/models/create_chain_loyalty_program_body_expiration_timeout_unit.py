from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramBodyExpirationTimeoutUnit(OpenStrEnum):
    DAY = "day"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"
