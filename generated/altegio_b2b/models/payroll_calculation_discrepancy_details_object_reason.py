from .._runtime.enums import OpenStrEnum


class PayrollCalculationDiscrepancyDetailsObjectReason(OpenStrEnum):
    DELETED = "deleted"
    NEW = "new"
    UPDATED_RULE = "updated_rule"
    UPDATED_SUM = "updated_sum"
