from .._runtime.enums import OpenStrEnum


class ProductOperationEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
