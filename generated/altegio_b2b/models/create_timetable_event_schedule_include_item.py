from enum import Enum


class CreateTimetableEventScheduleIncludeItem(str, Enum):
    DAYS = "days"

    def __str__(self) -> str:
        return str(self.value)
