from .._runtime.enums import OpenStrEnum


class EventInAScheduleEventEntityType(OpenStrEnum):
    ACTIVITY = "activity"
    RECORD = "record"
