from .._runtime.enums import OpenStrEnum


class ProductEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
