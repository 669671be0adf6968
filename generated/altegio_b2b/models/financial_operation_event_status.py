from .._runtime.enums import OpenStrEnum


class FinancialOperationEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
