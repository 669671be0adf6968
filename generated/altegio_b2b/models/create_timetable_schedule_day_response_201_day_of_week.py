from .._runtime.enums import OpenStrEnum


class CreateTimetableScheduleDayResponse201DayOfWeek(OpenStrEnum):
    FRI = "fri"
    MON = "mon"
    SAT = "sat"
    SUN = "sun"
    THU = "thu"
    TUE = "tue"
    WED = "wed"
