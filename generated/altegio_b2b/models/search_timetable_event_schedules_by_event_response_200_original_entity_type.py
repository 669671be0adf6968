from .._runtime.enums import OpenStrEnum


class SearchTimetableEventSchedulesByEventResponse200OriginalEntityType(OpenStrEnum):
    ACTIVITY = "activity"
    RECORD = "record"
