from .._runtime.enums import OpenStrEnum


class ScheduleEventResource(OpenStrEnum):
    SCHEDULE = "schedule"
