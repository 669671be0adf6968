from .._runtime.enums import OpenStrEnum


class CreateTimetableEventScheduleIncludeItem(OpenStrEnum):
    DAYS = "days"
