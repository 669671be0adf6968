from enum import Enum


class CreateChainLoyaltyProgramResponse200ParamsSourceType(str, Enum):
    ACTIVE_COMPANIES = "active_companies"
    CHAIN = "chain"
    LOYALTY_CARD = "loyalty_card"

    def __str__(self) -> str:
        return str(self.value)
