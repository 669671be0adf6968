from enum import Enum


class CreateTimetableEventScheduleResponse201OriginalEntityType(str, Enum):
    ACTIVITY = "activity"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
