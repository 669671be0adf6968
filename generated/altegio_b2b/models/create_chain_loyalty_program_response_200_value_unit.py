from .._runtime.enums import OpenStrEnum


class CreateChainLoyaltyProgramResponse200ValueUnit(OpenStrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"
