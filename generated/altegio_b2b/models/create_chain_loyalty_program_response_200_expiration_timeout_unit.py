from enum import Enum


class CreateChainLoyaltyProgramResponse200ExpirationTimeoutUnit(str, Enum):
    DAY = "day"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
