from .._runtime.enums import OpenStrEnum


class FinancialOperationEventResource(OpenStrEnum):
    FINANCES_OPERATION = "finances_operation"
