from .._runtime.enums import OpenStrEnum


class GetChainLoyaltyProgramResponse200ValueUnit(OpenStrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"
