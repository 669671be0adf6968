from .._runtime.enums import OpenStrEnum


class CreateTimetableEventScheduleResponse201OriginalEntityType(OpenStrEnum):
    ACTIVITY = "activity"
    RECORD = "record"
