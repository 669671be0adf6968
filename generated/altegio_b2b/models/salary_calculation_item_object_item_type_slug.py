from .._runtime.enums import OpenStrEnum


class SalaryCalculationItemObjectItemTypeSlug(OpenStrEnum):
    ACTIVITY = "activity"
    BONUS = "bonus"
    PENALTY = "penalty"
    PERIODIC = "periodic"
    RECORD = "record"
    RETRO_BONUS = "retro_bonus"
    SALE = "sale"
