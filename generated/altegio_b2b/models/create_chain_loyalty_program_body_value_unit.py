from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramBodyValueUnit(OpenStrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"
