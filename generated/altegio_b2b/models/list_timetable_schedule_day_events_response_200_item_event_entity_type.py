from .._runtime.enums import OpenStrEnum


class ListTimetableScheduleDayEventsResponse200ItemEventEntityType(OpenStrEnum):
    ACTIVITY = "activity"
    RECORD = "record"
