from enum import Enum


class UpdateTimetableEventScheduleResponse200OriginalEntityType(str, Enum):
    ACTIVITY = "activity"
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
