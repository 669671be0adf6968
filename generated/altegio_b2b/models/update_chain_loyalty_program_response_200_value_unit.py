from .._runtime.enums import OpenStrEnum


class UpdateChainLoyaltyProgramResponse200ValueUnit(OpenStrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"
