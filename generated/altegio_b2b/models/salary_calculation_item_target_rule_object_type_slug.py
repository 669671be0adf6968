from .._runtime.enums import OpenStrEnum


class SalaryCalculationItemTargetRuleObjectTypeSlug(OpenStrEnum):
    FIX = "fix"
    PERCENT = "percent"
