from .._runtime.enums import OpenStrEnum


class ScheduleEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
