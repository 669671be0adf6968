from .._runtime.enums import OpenStrEnum


class CreateTimetableEventScheduleBodyOriginalEntityType(OpenStrEnum):
    ACTIVITY = "activity"
    RECORD = "record"
