from .._runtime.enums import OpenStrEnum


class LocationEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
