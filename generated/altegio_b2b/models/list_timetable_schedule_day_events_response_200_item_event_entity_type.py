from enum import Enum


class ListTimetableScheduleDayEventsResponse200ItemEventEntityType(str, Enum):
    ACTIVITY = "activity"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
