from .._runtime.enums import OpenStrEnum


class SalaryCalculationItemTargetObjectTargetTypeSlug(OpenStrEnum):
    GOOD = "good"
    SERVICE = "service"
