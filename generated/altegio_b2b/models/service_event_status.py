from .._runtime.enums import OpenStrEnum


class ServiceEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
