from enum import Enum


class GetChainLoyaltyProgramResponse200ValueUnit(str, Enum):
    AMOUNT = "amount"
    PERCENT = "percent"

    def __str__(self) -> str:
        return str(self.value)
