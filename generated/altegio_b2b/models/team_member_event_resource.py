from .._runtime.enums import OpenStrEnum


class TeamMemberEventResource(OpenStrEnum):
    STAFF = "staff"
