from .._runtime.enums import OpenStrEnum


class TeamMemberEventStatus(OpenStrEnum):
    CREATE = "create"
    DELETE = "delete"
    UPDATE = "update"
