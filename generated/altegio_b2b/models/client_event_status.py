from .._runtime.enums import OpenStrEnum


class ClientEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
