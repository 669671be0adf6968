from .._runtime.enums import OpenStrEnum


class CreateTimetableEventScheduleBodyDaysItemDayOfWeek(OpenStrEnum):
    FRI = "fri"
    MON = "mon"
    SAT = "sat"
    SUN = "sun"
    THU = "thu"
    TUE = "tue"
    WED = "wed"
