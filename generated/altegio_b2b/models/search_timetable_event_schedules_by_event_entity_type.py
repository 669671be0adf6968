from enum import Enum


class SearchTimetableEventSchedulesByEventEntityType(str, Enum):
    ACTIVITY = "activity"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
