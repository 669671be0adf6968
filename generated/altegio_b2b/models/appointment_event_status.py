from .._runtime.enums import OpenStrEnum


class AppointmentEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
