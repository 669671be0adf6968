from .._runtime.enums import OpenStrEnum


class SearchTimetableEventSchedulesByEventEntityType(OpenStrEnum):
    ACTIVITY = "activity"
    RECORD = "record"
