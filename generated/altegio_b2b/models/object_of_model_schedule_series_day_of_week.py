from .._runtime.enums import OpenStrEnum


class ObjectOfModelScheduleSeriesDayOfWeek(OpenStrEnum):
    FRI = "fri"
    MON = "mon"
    SAT = "sat"
    SUN = "sun"
    THU = "thu"
    TUE = "tue"
    WED = "wed"
