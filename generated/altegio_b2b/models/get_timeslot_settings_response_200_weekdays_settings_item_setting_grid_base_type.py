from .._runtime.enums import OpenStrEnum


class GetTimeslotSettingsResponse200WeekdaysSettingsItemSettingGridBaseType(OpenStrEnum):
    PREDEFINED = "predefined"
    SCHEDULE = "schedule"
    TIMESLOTS = "timeslots"
