from .._runtime.enums import OpenStrEnum


class SalaryCalculationObjectStatus(OpenStrEnum):
    CONFIRMED = "confirmed"
    DRAFT = "draft"
