from .._runtime.enums import OpenStrEnum


class UpdateTimetableEventScheduleResponse200OriginalEntityType(OpenStrEnum):
    ACTIVITY = "activity"
    RECORD = "record"
