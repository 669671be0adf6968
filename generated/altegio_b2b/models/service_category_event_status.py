from .._runtime.enums import OpenStrEnum


class ServiceCategoryEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
